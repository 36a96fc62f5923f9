/** The command lines of each ```sh block, without their trailing comments. */
export function shellBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((block) =>
    block[1]!
      .split('\n')
      .map(withoutComment)
      .filter((line) => line !== ''),
  );
}

function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== undefined) quote = c === quote ? undefined : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ')) return line.slice(0, i).trim();
  }
  return line.trim();
}
