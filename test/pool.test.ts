/**
 * The worker supervisor (src/pool.ts) with a stand-in task module whose tasks sleep, allocate or
 * throw, so that what is tested is the pool's bookkeeping and not how fast the machine lints:
 * the time limit counts from when a worker takes a task, the queue has its own bound, and a
 * worker that is killed (time, memory) or dies is replaced while only its task fails.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintPool as Pool, PoolError as PoolErrorT, PoolOptions } from '../src/pool.js';

// The pool starts the compiled worker entry (dist/), as the installed command does.
const { LintPool, PoolError } = (await import(join(import.meta.dirname, '..', 'dist', 'src', 'pool.js'))) as { LintPool: typeof Pool; PoolError: typeof PoolErrorT };

const dir = mkdtempSync(join(tmpdir(), 'lkjip-pool-'));
const tasks = join(dir, 'tasks.mjs');
writeFileSync(
  tasks,
  `export default async ({ sleep, id }) => { await new Promise((r) => setTimeout(r, sleep)); return { id, pid: process.pid }; };
export async function outsideHeap({ mb }) { const kept = []; for (let k = 0; k < mb; k += 64) { kept.push(Buffer.alloc(64 * 1024 * 1024, 1)); await new Promise((r) => setTimeout(r, 20)); } return kept.length; }
export async function fillHeap() { const kept = []; for (;;) kept.push(new Array(1e6).fill({ a: Math.random() })); }
export async function fail() { throw new Error('bad task'); }
export async function die() { process.exit(7); }
export async function readScan({ pages, report }) {
  const { reportWork } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'src', 'work-progress.js')).href)});
  for (let k = 1; k <= pages; k++) { await compute({ ms: 1000 }); if (report) reportWork({ ocrPagesDone: k, ocrPagesTotal: pages }); }
  return pages;
}
/** Work for ms of this process's CPU time (however long that takes on a busy machine), yielding now and then. */
export async function compute({ ms }) {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return ms;
    const until = Date.now() + 20;
    while (Date.now() < until);
    await new Promise((r) => setImmediate(r));
  }
}
`,
);
const pools: Pool[] = [];
const pool = (o: Partial<PoolOptions> = {}) => {
  const p = new LintPool({ jobs: 2, memoryMb: 256, module: pathToFileURL(tasks), ...o });
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.destroy()));
});
const reason = (e: unknown) => (e instanceof PoolError ? e.reason : String(e));

describe('worker pool', () => {
  it('3× more tasks than workers: each meets its own time limit however long it waited for a worker, in processes and in threads', async () => {
    // 12 tasks of 1 s on 2 workers: the last ones wait 5 s in the queue, over their 4 s limit.
    // A thread's limit is wall-clock time (no CPU time of its own): it too starts when a worker takes the task.
    for (const kind of ['process', 'thread'] as const) {
      const p = pool({ kind });
      const results = await Promise.allSettled(Array.from({ length: 12 }, (_, id) => p.run({ sleep: 1000, id }, { timeout: 4 })));
      expect(results.map((r) => r.status), kind).toEqual(Array(12).fill('fulfilled'));
      expect(results.map((r) => (r as PromiseFulfilledResult<{ id: number }>).value.id), kind).toEqual([...Array(12).keys()]);
      expect(p.threads.length, kind).toBe(2);
    }
  });
  it('a thread over its time limit is stopped however short its wait, and the queue bound is its own', async () => {
    const p = pool({ jobs: 1, kind: 'thread' });
    const slow = p.run({ sleep: 120_000, id: 0 }, { timeout: 1 }).catch(reason);
    const waiting = p.run({ sleep: 10, id: 1 }, { timeout: 60, queueTimeout: 0.2 }).catch(reason);
    const next = p.run({ sleep: 10, id: 2 }, { timeout: 60 });
    await expect(waiting).resolves.toBe('queue');
    await expect(slow).resolves.toBe('timeout');
    await expect(next).resolves.toMatchObject({ id: 2 });
  });
  it('a task over its time limit is stopped; its worker is replaced and the next task runs', async () => {
    const p = pool({ jobs: 1 });
    const slow = p.run({ sleep: 120_000, id: 0 }, { timeout: 1 });
    const next = p.run({ sleep: 10, id: 1 }, { timeout: 60 });
    await expect(slow.catch(reason)).resolves.toBe('timeout');
    await expect(next).resolves.toMatchObject({ id: 1 });
  });
  it('the time limit counts work: waiting is not work, computing is', async () => {
    // Under a 1 s limit: a task that waits 2 s without computing finishes (a busy machine's wait
    // is not the file's work; only a task idle for 5 times its limit is taken for a hang), one
    // that computes 4 s of CPU is stopped.
    const p = pool({ jobs: 2 });
    const waits = p.run({ sleep: 2000, id: 5 }, { timeout: 1 });
    const computes = p.run({ ms: 4000 }, { name: 'compute', timeout: 1 }).catch(reason);
    await expect(waits).resolves.toMatchObject({ id: 5 });
    await expect(computes).resolves.toBe('timeout');
  });
  it('each scanned page read by OCR is work done: the time limit grows with it', async () => {
    // 4 pages of 1 s of CPU each under a 2 s limit: the task that reports its pages gets the
    // time, the same task without reports is a file that hangs.
    const p = pool({ jobs: 2 });
    const reporting = p.run({ pages: 4, report: true }, { name: 'readScan', timeout: 2 });
    const silent = p.run({ pages: 4, report: false }, { name: 'readScan', timeout: 2 }).catch(reason);
    await expect(reporting).resolves.toBe(4);
    await expect(silent).resolves.toBe('timeout');
  });
  it('the queue has its own bound', async () => {
    const p = pool({ jobs: 1 });
    const first = p.run({ sleep: 3000, id: 0 }, { timeout: 60 });
    const waiting = p.run({ sleep: 10, id: 1 }, { timeout: 60, queueTimeout: 0.2 });
    await expect(waiting.catch(reason)).resolves.toBe('queue');
    await expect(first).resolves.toMatchObject({ id: 0 });
  });
  it('a process over its memory cap is killed from outside, also for memory outside the V8 heap', async () => {
    const p = pool({ jobs: 1, memoryMb: 300 });
    await expect(p.run({ mb: 2048 }, { name: 'outsideHeap', timeout: 120 }).catch(reason)).resolves.toBe('memory');
    await expect(p.run({ sleep: 10, id: 2 }, { timeout: 60 })).resolves.toMatchObject({ id: 2 });
  });
  it('a full heap ends only its worker, in processes and in threads', async () => {
    for (const kind of ['process', 'thread'] as const) {
      const p = pool({ jobs: 1, memoryMb: 128, kind });
      await expect(p.run({}, { name: 'fillHeap', timeout: 120 }).catch(reason), kind).resolves.toBe('memory');
      await expect(p.run({ sleep: 10, id: 3 }, { timeout: 60 }), kind).resolves.toMatchObject({ id: 3 });
    }
  });
  it('a task that throws fails alone; a worker that exits is replaced', async () => {
    const p = pool({ jobs: 1 });
    await expect(p.run({}, { name: 'fail', timeout: 60 })).rejects.toThrow('bad task');
    await expect(p.run({}, { name: 'die', timeout: 60 }).catch(reason)).resolves.toBe('crash');
    await expect(p.run({ sleep: 10, id: 4 }, { timeout: 60 })).resolves.toMatchObject({ id: 4 });
  });
});
