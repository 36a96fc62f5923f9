/**
 * Spreads a large run over threads: `--workers N` means N threads check files, the main thread
 * being one of them (N − 1 worker threads). One queue hands out small batches of file names; each
 * worker reads and checks its files itself (`checkedInOrder`, a few reads ahead) and sends back what the output needs
 * (findings and line starts, the text only for fixes and baselines). Results are put back in the
 * original order. The main thread checks batches too: with a thread of its own for every core the
 * main thread only waited, and each extra thread costs ~50 MiB (its own heap and copy of the code).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { countLines, type Config, type Finding } from '../core';
import { checkedInOrder, linesFrom, neededLineStarts, withoutText, type FileReport } from './check';
import type { Target } from './files';

/** Below this many files a worker's start-up (~50–100 ms: loading the bundle) costs more than it saves. */
export const PARALLEL_THRESHOLD = 1000;

/**
 * Files per message. A batch is ~40 ms of work: large enough that messages cost nothing, small
 * enough that a worker slowed down by other load on the machine does not leave the other waiting
 * at the end (fixed shares did: the slower share decided the run).
 */
export const BATCH_SIZE = 25;

/** Batches a worker holds at once: it starts the next while the main thread answers. */
const IN_FLIGHT = 2;

interface WorkerInput {
  readonly kind: 'intervention-lint-check';
  readonly config: Config;
  readonly today: number;
  /** Send each file's text and fixes back (fixes, baselines); otherwise findings and line starts only. */
  readonly keepText: boolean;
}

interface WorkItem {
  readonly index: number;
  readonly target: Target;
}

/** Main → worker: the next files, or `undefined` when the queue is empty. */
type ToWorker = readonly WorkItem[] | undefined;

interface WorkerResult {
  readonly index: number;
  readonly findings: readonly Finding[];
  readonly text: string | undefined;
  readonly bom: boolean;
  readonly error: string | undefined;
  readonly id: string | undefined;
  /** The line starts the findings' positions need, when the text is not sent. */
  readonly lineStarts: readonly number[] | undefined;
}

/** One worker per core for large runs, never more than the files justify. */
export function workerCount(files: number, cores = availableParallelism()): number {
  if (files < PARALLEL_THRESHOLD) return 0;
  return Math.min(cores, Math.ceil(files / PARALLEL_THRESHOLD));
}

/** Checks the targets over `workers` threads: this one and `workers − 1` running `script` (the bundled CLI itself). */
export async function checkInWorkers(
  script: string,
  targets: readonly Target[],
  config: Config,
  today: Date,
  workers: number,
  onProgress?: (done: number) => void,
  keepText = true,
): Promise<FileReport[]> {
  const reports = new Array<FileReport | undefined>(targets.length);
  let next = 0;
  let done = 0;
  const take = (): ToWorker => {
    if (next >= targets.length) return undefined;
    const batch = targets.slice(next, next + BATCH_SIZE).map((target, i) => ({ index: next + i, target }));
    next += batch.length;
    return batch;
  };
  const input: WorkerInput = { kind: 'intervention-lint-check', config, today: today.getTime(), keepText };
  const run = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: input });
      let pending = 0;
      const send = (): void => {
        const batch = take();
        worker.postMessage(batch satisfies ToWorker);
        if (batch) pending++;
      };
      worker.on('message', (results: readonly WorkerResult[]) => {
        for (const result of results) {
          reports[result.index] = toReport(targets[result.index]!, result);
          onProgress?.(++done);
        }
        pending--;
        // Once the queue is empty, the one `undefined` sent tells the worker to finish.
        if (pending > 0 && next >= targets.length) return;
        send();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with code ${code}`))));
      for (let i = 0; i < IN_FLIGHT && next < targets.length; i++) send();
      if (pending === 0) send();
    });
  const here = async (): Promise<void> => {
    for (let batch = take(); batch; batch = take()) {
      let at = 0;
      for await (const report of checkedInOrder(batch.map((item) => item.target), config, today)) {
        reports[batch[at++]!.index] = keepText ? report : withoutText(report);
        onProgress?.(++done);
      }
    }
  };
  await Promise.all([...Array.from({ length: workers - 1 }, run), here()]);
  return reports.map((report, i) => report ?? { target: targets[i]!, findings: [], lines: undefined, text: undefined, bom: false, error: 'not checked (worker failed)' });
}

function toReport(target: Target, result: WorkerResult): FileReport {
  const lines = result.lineStarts ? linesFrom(result.lineStarts) : result.text !== undefined ? countLines(result.text) : undefined;
  return { target, findings: result.findings, lines, text: result.text, bom: result.bom, error: result.error, id: result.id };
}

async function checkBatch(items: readonly WorkItem[], input: WorkerInput, today: Date): Promise<WorkerResult[]> {
  const results: WorkerResult[] = [];
  let at = 0;
  for await (const report of checkedInOrder(items.map((item) => item.target), input.config, today)) {
    const { index } = items[at++]!;
    results.push({
      index,
      // Fixes are computed for the editor; the output of a run without --fix has no use for them.
      findings: input.keepText ? report.findings : report.findings.map((f) => ({ ...f, fixes: [] })),
      text: input.keepText ? report.text : undefined,
      bom: report.bom,
      error: report.error,
      id: report.id,
      lineStarts: input.keepText && report.text !== undefined ? undefined : neededLineStarts(report.findings, report.lines?.lineStarts),
    });
  }
  return results;
}

/** The worker side: when this module runs inside a check worker, check batches until told to stop. */
export function serveWorkerIfAny(): boolean {
  const input = workerData as WorkerInput | undefined;
  if (isMainThread || input?.kind !== 'intervention-lint-check' || !parentPort) return false;
  const port: MessagePort = parentPort;
  const today = new Date(input.today);
  // Batches are checked one after the other, in the order they came.
  let queue = Promise.resolve();
  port.on('message', (batch: ToWorker) => {
    queue = queue.then(async () => {
      if (batch === undefined) port.close();
      else port.postMessage(await checkBatch(batch, input, today));
    });
  });
  return true;
}
