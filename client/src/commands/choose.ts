import * as vscode from 'vscode';

/**
 * A value given by the caller (tests, the walkthrough), checked against the known ones, or else the
 * user's pick from a quick pick; undefined when cancelled or unknown (the user is told which are known).
 */
export async function givenOrPicked<T extends string, I extends vscode.QuickPickItem>(
  given: T | undefined,
  known: readonly string[],
  pick: { readonly items: I[]; readonly title: string; readonly placeHolder: string; readonly valueOf: (item: I) => T },
  unknown: (value: string, known: string) => string,
): Promise<T | undefined> {
  if (given !== undefined) {
    if (known.includes(given)) return given;
    void vscode.window.showErrorMessage(unknown(String(given), known.join(', ')));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(pick.items, { title: pick.title, placeHolder: pick.placeHolder });
  return picked ? pick.valueOf(picked) : undefined;
}
