/**
 * A preload (`NODE_OPTIONS=--require out/test/reliability/record-io.js`) that records every attempt
 * to reach the network, resolve a name, start a process or a worker thread, and every file the public
 * `fs` API opens, as JSON lines in the file named by IL_RECORD_FILE. Network, process and worker
 * attempts are also refused (they throw), so nothing escapes while it is being recorded.
 *
 * `installRecorder()` does the same inside the test process, for in-process checks.
 */
// Default imports: the real module objects, which the code under test also reads its functions from
// at call time (`import * as` would give a copy whose properties cannot be replaced).
import childProcess from 'node:child_process';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import workerThreads from 'node:worker_threads';

export interface Recorded {
  readonly kind: 'network' | 'dns' | 'process' | 'worker' | 'fetch' | 'fs';
  readonly what: string;
}

type AnyFunction = (...args: unknown[]) => unknown;

function describeArg(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg instanceof URL) return arg.href;
  if (Buffer.isBuffer(arg)) return arg.toString();
  if (typeof arg === 'object' && arg !== null) return JSON.stringify(arg, (_, v: unknown) => (typeof v === 'function' ? undefined : v))?.slice(0, 200) ?? '';
  return String(arg);
}

const REFUSING = ['network', 'dns', 'process', 'worker', 'fetch'] as const;

/**
 * Patches the module objects (and `fetch`); returns the calls recorded so far and a restore function.
 * With `onCall`, each call is also reported as it happens (the preload writes it to a file).
 */
export function installRecorder(onCall?: (call: Recorded) => void): { calls: Recorded[]; restore: () => void } {
  const calls: Recorded[] = [];
  const restores: (() => void)[] = [];
  const note = (call: Recorded): void => {
    calls.push(call);
    onCall?.(call);
  };
  const patch = (target: object, name: string, kind: Recorded['kind'], label: string): void => {
    const owner = target as Record<string, unknown>;
    const original = owner[name];
    if (typeof original !== 'function') return;
    const refuse = (REFUSING as readonly string[]).includes(kind);
    const replacement = function (this: unknown, ...args: unknown[]): unknown {
      note({ kind, what: `${label}.${name} ${describeArg(args[0])}`.trim() });
      if (refuse) throw new Error(`intervention-lint test: ${label}.${name} is not allowed during checking`);
      return (original as AnyFunction).apply(this, args);
    };
    owner[name] = replacement;
    restores.push(() => (owner[name] = original));
  };
  patch(net.Socket.prototype, 'connect', 'network', 'net.Socket');
  for (const name of ['connect', 'createConnection']) patch(net, name, 'network', 'net');
  patch(tls, 'connect', 'network', 'tls');
  for (const name of ['request', 'get']) {
    patch(http, name, 'network', 'http');
    patch(https, name, 'network', 'https');
  }
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) patch(dns, name, 'dns', 'dns');
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) patch(dns.promises, name, 'dns', 'dns.promises');
  for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) patch(childProcess, name, 'process', 'child_process');
  patch(workerThreads, 'Worker', 'worker', 'worker_threads');
  patch(globalThis, 'fetch', 'fetch', 'globalThis');
  for (const name of ['open', 'openSync', 'readFile', 'readFileSync', 'createReadStream', 'opendir', 'opendirSync', 'readdir', 'readdirSync']) patch(fs, name, 'fs', 'fs');
  for (const name of ['open', 'readFile', 'opendir', 'readdir']) patch(fs.promises, name, 'fs', 'fs.promises');
  return { calls, restore: () => restores.reverse().forEach((undo) => undo()) };
}

// As a preload: record into the file named by IL_RECORD_FILE for the whole life of the process.
const target = process.env['IL_RECORD_FILE'];
if (target !== undefined && target !== '' && require.main !== module) {
  const append = fs.appendFileSync;
  installRecorder((call) => append(target, `${JSON.stringify(call)}\n`));
}
