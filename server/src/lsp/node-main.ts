import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { Runtime } from './runtime';
import { startServer } from './server';

const nodeRuntime: Runtime = {
  fs: {
    findFiles: (folder, globs) =>
      glob([...globs], { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false }).catch(() => []),
    readFile: async (path) => {
      try {
        const text = await readFile(path, 'utf8');
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      } catch {
        return undefined;
      }
    },
  },
  // dist/cli.js → <package>/docs/rules
  ruleDocsBase: URI.file(join(__dirname, '..', 'docs', 'rules')).toString(),
};

/** `intervention-lint server --stdio`: the language server over standard input and output. */
export function startStdioServer(): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // Anything logged goes to the client, never to stdout, which carries the protocol.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startServer(connection, nodeRuntime);
}
