/**
 * Writes a check run's outputs: each format streamed report by report; standard output in pieces
 * of ~64 KiB as they fill, a file atomically at the end (the atomic writer needs the whole
 * content: an output file is never seen half written).
 */
import { resolve } from 'node:path';
import type { FileReport } from './check';
import { STREAMS, type RunContext } from './formatters';
import type { CliIo } from './io';
import { writeAtomic } from '../node/atomic-write';

export interface Output {
  readonly format: string;
  readonly path: string | undefined;
}

const PIECE = 64 * 1024;

/** Writes one output after the other, in the order given (a failing file stops the rest, as before). */
export async function writeOutputs(outputs: readonly Output[], reports: readonly FileReport[], context: (output: Output) => RunContext, io: CliIo): Promise<void> {
  for (const output of outputs) {
    const stream = STREAMS[output.format]!(context(output));
    const chunks: string[] = [];
    let pending = 0;
    const add = (text: string): void => {
      if (text === '') return;
      chunks.push(text);
      pending += text.length;
      if (output.path === undefined && pending >= PIECE) {
        io.write(chunks.join(''));
        chunks.length = 0;
        pending = 0;
      }
    };
    for (const report of reports) add(stream.file(report));
    add(stream.end());
    if (output.path === undefined) {
      if (chunks.length > 0) io.write(chunks.join(''));
    } else await writeAtomic(resolve(io.cwd, output.path), chunks.join(''));
  }
}
