/**
 * Many reports at once: a pool of worker processes (pool.ts), results in input order, one bad
 * file never stopping the rest. Each file is bounded in time (`--timeout`, counted from when a
 * worker takes it: the worker is stopped) and in memory (a worker over its cap is killed and
 * replaced; the file gets one line saying so).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FileResult } from './model.js';
import type { LintOptions } from './lint.js';
import type { AnnotateOutcome, Task } from './worker.js';
import type { AnnotateOptions } from './annotate/index.js';
import { failed as failedResult } from './results.js';
import type { MessageKey, Vars } from './messages.js';
import { LintPool, PoolError, type WorkerKind } from './pool.js';

export { LintPool } from './pool.js';

export interface BatchOptions {
  /** Workers (default: the number of cores). */
  jobs?: number;
  /** Per-file time limit in seconds, from when a worker takes the file (default 60). */
  timeout?: number;
  /** How long a file may wait for a free worker, in seconds (default: no limit in a batch). */
  queueTimeout?: number;
  /** Per-worker memory cap in MB (default 1536). */
  memoryMb?: number;
  /** Worker processes (default) or threads. */
  workers?: WorkerKind;
  /** Called as each file finishes. */
  onDone?: (done: number, total: number, path: string) => void;
  /** Called as each scanned page of a file is read by OCR (page `done` of `total`). */
  onPage?: (path: string, done: number, total: number) => void;
  /** Called with each file's result (and its index in `files`) as it finishes, before the batch ends. */
  onResult?: (index: number, result: FileResult) => void;
}

/** How long a task may wait for a worker when the caller does not say: ten of its own time limits. */
const queueBound = (timeout: number) => 10 * timeout;

/** Lint one task in the pool: a stopped, crashed or timed-out worker becomes a one-line error result. */
export function runTask(pool: LintPool, task: Task, timeout: number, memoryMb: number, queueTimeout = queueBound(timeout), onPage?: BatchOptions['onPage']): Promise<FileResult> {
  return runInPool(pool, task, timeout, memoryMb, queueTimeout, 'default', (r) => r, onPage);
}

/** Lint and annotate one task in the pool (worker.ts `annotateTask`), with the same limits. */
export function runAnnotateTask(pool: LintPool, task: Task, timeout: number, memoryMb: number, queueTimeout = queueBound(timeout)): Promise<AnnotateOutcome> {
  return runInPool(pool, task, timeout, memoryMb, queueTimeout, 'annotateTask', (result) => ({ result }));
}

/** Run a worker function; a stopped, crashed or timed-out worker becomes a one-line error result. */
async function runInPool<T>(pool: LintPool, task: Task, timeout: number, memoryMb: number, queueTimeout: number, name: string, stopped: (r: FileResult) => T, onPage?: BatchOptions['onPage']): Promise<T> {
  const { path, options } = task;
  const failed = (key: MessageKey, vars: Vars = {}) => stopped(failedResult(path, options, key, vars));
  try {
    const onProgress = onPage ? (p: { ocrPagesDone: number; ocrPagesTotal: number }) => onPage(path, p.ocrPagesDone, p.ocrPagesTotal) : undefined;
    return (await pool.run(task, { name, timeout, queueTimeout, ...(onProgress ? { onProgress } : {}) })) as T;
  } catch (e) {
    const reason = e instanceof PoolError ? e.reason : null;
    if (reason === 'timeout') return failed('run.timeout', { s: timeout });
    if (reason === 'memory') return failed('run.memory', { mb: memoryMb });
    if (reason === 'queue' || reason === 'full') return failed('run.queue', { s: queueTimeout });
    const first = ((e as Error).message ?? String(e)).split('\n')[0];
    return failed('run.internal', { reason: first ?? '' });
  }
}

/** A worker pool for lint tasks (the batch runner's and the web server's). */
export function createPool(jobs: number, memoryMb: number, maxQueue?: number, kind?: WorkerKind): LintPool {
  return new LintPool({ jobs, memoryMb, ...(maxQueue !== undefined ? { maxQueue } : {}), ...(kind ? { kind } : {}) });
}

/**
 * Indexes of `files`, the costliest first: size weighted by what a byte costs to lint (measured
 * on the corpus: about 11 ms per KB of .docx, 3.4 of .pdf, 0.7 of text).
 */
export function dispatchOrder(files: string[]): number[] {
  const weight = (f: string) => (/\.docx$/i.test(f) ? 3 : /\.(txt|md|markdown)$/i.test(f) ? 0.2 : 1);
  const cost = files.map((f) => {
    try {
      return statSync(f).size * weight(f);
    } catch {
      return 0;
    }
  });
  return files.map((_, k) => k).sort((a, b) => cost[b]! - cost[a]! || a - b);
}

export async function lintFiles(files: string[], options: LintOptions, batch: BatchOptions = {}): Promise<FileResult[]> {
  const timeout = batch.timeout ?? 60;
  const memoryMb = batch.memoryMb ?? 1536;
  const jobs = Math.max(1, Math.min(batch.jobs ?? availableParallelism(), files.length));
  let done = 0;
  const queueTimeout = batch.queueTimeout ?? Infinity;
  // Every file, a single one too, runs in a worker: bounded in time and memory by default.
  // The main process only starts the pool; the linter itself loads in the worker.
  const pool = createPool(jobs, memoryMb, undefined, batch.workers);
  try {
    // The pool takes tasks in the order they come (each one's time starts when a worker takes it). Biggest files first, so that no worker is
    // left with a large report at the end while the others wait (results keep the given order).
    const results = new Array<Promise<FileResult>>(files.length);
    for (const k of dispatchOrder(files)) {
      const path = files[k]!;
      results[k] = runTask(pool, { path, options }, timeout, memoryMb, queueTimeout, batch.onPage).then((r) => {
        batch.onDone?.(++done, files.length, path);
        batch.onResult?.(k, r);
        return r;
      });
    }
    return await Promise.all(results);
  } finally {
    await pool.destroy();
  }
}

/** One report linted and annotated (`--annotate`) in a worker, bounded like every other file. */
export async function annotateFile(path: string, options: LintOptions, batch: BatchOptions = {}, annotate: AnnotateOptions = {}): Promise<AnnotateOutcome> {
  const timeout = batch.timeout ?? 60;
  const memoryMb = batch.memoryMb ?? 1536;
  const pool = createPool(1, memoryMb, undefined, batch.workers);
  try {
    const outcome = await runInPool(pool, { path, options, annotate }, timeout, memoryMb, Infinity, 'annotateTask', (result): AnnotateOutcome => ({ result }), batch.onPage);
    batch.onDone?.(1, 1, path);
    return outcome;
  } finally {
    await pool.destroy();
  }
}
