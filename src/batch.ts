/**
 * Many reports at once: a worker pool (tinypool), results in input order, one bad file never
 * stopping the rest. Each file is bounded in time (`--timeout`: the worker is stopped) and in
 * memory (a worker that goes over its heap limit ends; the file gets one line saying so).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { FileResult } from './model.js';
import type { LintOptions } from './lint.js';
import type { AnnotateOutcome, Task } from './worker.js';
import { failed as failedResult } from './results.js';

export interface BatchOptions {
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** Per-file time limit in seconds (default 60). */
  timeout?: number;
  /** Per-worker heap limit in MB (default 1536). */
  memoryMb?: number;
  /** Called as each file finishes. */
  onDone?: (done: number, total: number, path: string) => void;
}

/** Lint one task in the pool: a stopped, crashed or timed-out worker becomes a one-line error result. */
export function runTask(pool: Tinypool, task: Task, timeout: number, memoryMb: number): Promise<FileResult> {
  return runInPool(pool, task, timeout, memoryMb, 'default', (r) => r);
}

/** Lint and annotate one task in the pool (worker.ts `annotateTask`), with the same limits. */
export function runAnnotateTask(pool: Tinypool, task: Task, timeout: number, memoryMb: number): Promise<AnnotateOutcome> {
  return runInPool(pool, task, timeout, memoryMb, 'annotateTask', (result) => ({ result }));
}

/** Run a worker function; a stopped, crashed or timed-out worker becomes a one-line error result. */
async function runInPool<T>(pool: Tinypool, task: Task, timeout: number, memoryMb: number, name: string, stopped: (r: FileResult) => T): Promise<T> {
  const { path, options } = task;
  const failed = (en: string, id: string) => stopped(failedResult(path, options, en, id));
  try {
    return (await pool.run(task, { name, signal: AbortSignal.timeout(timeout * 1000) })) as T;
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string };
    if (err.name === 'AbortError' || err.name === 'TimeoutError') return failed(`stopped after ${timeout} s (--timeout); the file is unusually heavy: check it, or raise --timeout`, `dihentikan setelah ${timeout} detik (--timeout); berkas ini luar biasa berat: periksa berkasnya, atau naikkan --timeout`);
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(err.message ?? '')) return failed(`stopped: it needed more than ${memoryMb} MB of memory; the file is unusually heavy: check it`, `dihentikan: butuh lebih dari ${memoryMb} MB memori; berkas ini luar biasa berat: periksa berkasnya`);
    const first = (err.message ?? String(e)).split('\n')[0];
    return failed(`internal error: ${first}; run it alone with --debug for details`, `galat internal: ${first}; jalankan berkas ini sendiri dengan --debug untuk rinciannya`);
  }
}

/** A worker pool for lint tasks (the batch runner's and the web server's). */
export function createPool(jobs: number, memoryMb: number, maxQueue?: number): Tinypool {
  return new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: jobs,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    ...(maxQueue !== undefined ? { maxQueue } : {}),
  });
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
  // Every file, a single one too, runs in a worker thread: bounded in time and memory by default.
  // The main thread only starts the pool; the linter itself loads in the worker.
  const pool = createPool(jobs, memoryMb);
  try {
    // The pool takes tasks in the order they come. Biggest files first, so that no worker is
    // left with a large report at the end while the others wait (results keep the given order).
    const results = new Array<Promise<FileResult>>(files.length);
    for (const k of dispatchOrder(files)) {
      const path = files[k]!;
      results[k] = runTask(pool, { path, options }, timeout, memoryMb).then((r) => {
        batch.onDone?.(++done, files.length, path);
        return r;
      });
    }
    return await Promise.all(results);
  } finally {
    await pool.destroy();
  }
}

/** One report linted and annotated (`--annotate`) in a worker, bounded like every other file. */
export async function annotateFile(path: string, options: LintOptions, batch: BatchOptions = {}): Promise<AnnotateOutcome> {
  const timeout = batch.timeout ?? 60;
  const memoryMb = batch.memoryMb ?? 1536;
  const pool = createPool(1, memoryMb);
  try {
    const outcome = await runAnnotateTask(pool, { path, options }, timeout, memoryMb);
    batch.onDone?.(1, 1, path);
    return outcome;
  } finally {
    await pool.destroy();
  }
}
