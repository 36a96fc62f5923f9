import { join, relative } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { MAX_CONFIG_BYTES } from '../core';
import { readBounded } from '../node/bounded-read';
import { findProjectFiles } from '../node/project-files';
import type { Runtime } from './runtime';

/**
 * What the server reads at most: far above any description limit (`limits.maxFileBytes`, which
 * `validate` applies to what was read, as in the CLI), far below what hurts the editor.
 */
const MAX_READ_BYTES = 64 * 1024 * 1024;
import { startServer } from './server';

const nodeRuntime: Runtime = {
  fs: {
    findFiles: async (folder, globs) => {
      const found = await findProjectFiles(folder, globs).catch((error: unknown) => {
        console.error(`cannot search ${folder}: ${error instanceof Error ? error.message : String(error)}`);
        return { files: [], escapes: [] };
      });
      // Spec §6: a link out of the project is never a file to check; say which one was left out.
      for (const escape of found.escapes) console.error(`${relative(folder, escape.path)} leads outside the project folder (to ${escape.target}); it is not checked`);
      return [...found.files];
    },
    unreadable: async (path) => {
      const read = await readBounded(path, MAX_CONFIG_BYTES);
      if (read.kind === 'error') return read.code === 'ENOENT' ? undefined : read.message;
      if (read.kind === 'too-large') return `${read.bytes} bytes, more than the ${MAX_CONFIG_BYTES} a config may have`;
      return undefined;
    },
    readFile: async (path) => {
      const read = await readBounded(path, MAX_READ_BYTES);
      if (read.kind === 'text') return read.text;
      // As an editor shows such a file: with replacement characters (docs/reliability.md, known limits).
      if (read.kind === 'invalid-utf8') return read.lenient;
      if (read.kind !== 'error' || read.code !== 'ENOENT') console.error(`cannot read ${path}: ${read.kind === 'error' ? read.message : `${read.bytes} bytes, more than ${MAX_READ_BYTES}`}`);
      return undefined;
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
