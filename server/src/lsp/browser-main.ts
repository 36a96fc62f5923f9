import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';

// VS Code for the Web: the same server in a web worker, without a file system; the client provides
// the open documents, so workspace-wide checks of closed files are left to the desktop server.
// The worker scope's type lives in the WebWorker lib, which this node-typed build does not load.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { fs: undefined, ruleDocsBase: undefined });
