import type { WorkspaceView } from './rules';

/** A workspace view over `file → id`, as the CLI and the language server collect it. */
export function workspaceView(idsByFile: ReadonlyMap<string, string | undefined>, self: string): WorkspaceView {
  return {
    otherFilesWithId: (id) => [...idsByFile].filter(([file, other]) => other === id && file !== self).map(([file]) => file).sort(),
  };
}
