/**
 * Spreads a large run over worker threads. Each worker runs the same `checkFile` on its share of the
 * files; results come back as plain data (findings, text) and are put back in the original order.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { countLines, type Config, type Finding } from '../core';
import { checkFile, type FileReport } from './check';
import type { Target } from './files';
import { append } from '../core';

/** Below this many files a worker's start-up (~50 ms) costs more than it saves. */
export const PARALLEL_THRESHOLD = 1000;

interface WorkerInput {
  readonly kind: 'intervention-lint-check';
  readonly targets: readonly Target[];
  readonly config: Config;
  readonly today: number;
  /** Send each file's text back (fixes, baselines); otherwise findings and line starts only. */
  readonly keepText: boolean;
}

interface WorkerResult {
  readonly index: number;
  readonly findings: readonly Finding[];
  readonly text: string | undefined;
  readonly bom: boolean;
  readonly error: string | undefined;
  readonly id: string | undefined;
  /** For files without text (too large, not UTF-8): the line starts the findings need. */
  readonly lineStarts: readonly number[] | undefined;
}

export function workerCount(files: number): number {
  if (files < PARALLEL_THRESHOLD) return 0;
  return Math.min(availableParallelism(), Math.ceil(files / PARALLEL_THRESHOLD));
}

async function runWorker(script: string, input: WorkerInput, onResult: (result: WorkerResult) => void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.on('message', onResult);
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with code ${code}`))));
  });
}

/** Checks the targets over `workers` threads running `script` (the bundled CLI itself). */
export async function checkInWorkers(
  script: string,
  targets: readonly Target[],
  config: Config,
  today: Date,
  workers: number,
  onProgress?: (done: number) => void,
  keepText = true,
): Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array<FileReport | undefined>(targets.length);
  let done = 0;
  const shares = Array.from({ length: workers }, (_, w) => targets.map((t, i) => ({ t, i })).filter((_, i) => i % workers === w));
  await Promise.all(
    shares.map((share) =>
      runWorker(script, { kind: 'intervention-lint-check', targets: share.map((s) => s.t), config, today: today.getTime(), keepText }, (result) => {
        const original = share[result.index]!;
        const lines = result.lineStarts ? fromLineStarts(result.lineStarts) : result.text !== undefined ? countLines(result.text) : undefined;
        reports[original.i] = { target: original.t, findings: result.findings, lines, text: result.text, bom: result.bom, error: result.error, id: result.id };
        onProgress?.(++done);
      }),
    ),
  );
  return reports.map((report, i) => report ?? { target: targets[i]!, findings: [], lines: undefined, text: undefined, bom: false, error: 'not checked (worker failed)' });
}

function fromLineStarts(starts: readonly number[]): ReturnType<typeof countLines> {
  const lines = countLines('');
  lines.lineStarts.length = 0;
  append(lines.lineStarts, starts);
  return lines;
}

/** The worker side: when this module runs inside a check worker, check its share and exit. */
export function serveWorkerIfAny(): boolean {
  const input = workerData as WorkerInput | undefined;
  if (isMainThread || input?.kind !== 'intervention-lint-check' || !parentPort) return false;
  const port = parentPort;
  void (async () => {
    const today = new Date(input.today);
    for (const [index, target] of input.targets.entries()) {
      const report = await checkFile(target, input.config, today);
      const result: WorkerResult = {
        index,
        findings: report.findings,
        text: input.keepText ? report.text : undefined,
        bom: report.bom,
        error: report.error,
        id: report.id,
        lineStarts: input.keepText && report.text !== undefined ? undefined : report.lines?.lineStarts,
      };
      port.postMessage(result);
    }
  })().then(() => port.close());
  return true;
}
