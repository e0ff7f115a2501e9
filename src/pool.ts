/**
 * The supervisor of the lint workers: child processes by default (a thread can take its whole
 * process down: V8 aborts on some allocations whatever the thread's heap limit, and buffers
 * outside the heap are not limited at all), worker threads on request.
 *
 * - A task waits in the queue until a worker is free; its time limit starts when a worker takes
 *   it. The queue has its own bound (`queueTimeout`).
 * - The time limit counts work: a process worker's task is stopped once it has used `timeout`
 *   seconds of CPU (/proc/PID/stat, its own threads and the children it waited for, such as
 *   Tesseract) and as many seconds have passed. Whatever CPU it had, a task is stopped after
 *   `WALL_FACTOR` times the limit of wall-clock time: a hang that uses no CPU, or a machine so
 *   starved that the work does not get done, cannot hold a batch. A busy machine that gives the
 *   worker a share of a core does not make a file fail that would pass alone, and idle time is not work.
 * - Each process worker runs with `--max-old-space-size` and is watched from outside: its resident
 *   memory (/proc/PID/status) is sampled and the process killed when it goes over the cap.
 * - A worker that is killed, runs out of memory or crashes is replaced; only its task fails.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { WorkProgress } from './work-progress.js';

export type WorkerKind = 'process' | 'thread';

export interface PoolOptions {
  /** Workers at most (started as tasks come). */
  jobs: number;
  /** Memory cap per worker in MB: heap limit, and resident-memory cap for processes. */
  memoryMb: number;
  /** Tasks that may wait at most; more are refused at once. */
  maxQueue?: number;
  kind?: WorkerKind;
  /** The module whose exports run the tasks (default: worker.js). */
  module?: URL;
}

/** Why a task did not give its result. */
export class PoolError extends Error {
  constructor(readonly reason: 'timeout' | 'queue' | 'memory' | 'crash' | 'full' | 'closed', message: string) {
    super(message);
  }
}

interface Job {
  task: unknown;
  name: string;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
  queueTimer?: NodeJS.Timeout;
  onProgress?: (p: WorkProgress) => void;
}

interface Slot {
  proc: ChildProcess | Worker;
  pid?: number;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** When the running task started (ms since the epoch). */
  startedAt?: number;
  /** The worker's CPU time (ms) when the task started, or null when it cannot be read. */
  cpuAtStart?: number | null;
  /** The task's time limit in ms (work), grown by each OCR page. */
  budget?: number;
  /** What the worker wrote on stderr since its last message (dropped when it dies). */
  stderr: string[];
  /** Set when we stopped the worker, with what its task is told. */
  stopped?: PoolError;
}

/** How often a process worker's resident memory is read. */
const SAMPLE_MS = 50;
/**
 * A process is killed when its resident memory passes this share of the cap (memory can grow
 * between two samples, and the cap is a promise); its V8 heap is limited to a smaller share.
 */
const KILL_SHARE = 0.9;
const HEAP_SHARE = 0.75;
const WORKER_ENTRY = new URL('./pool-worker.js', import.meta.url);
/**
 * Seconds a task's time limit grows by for each scanned page it has read by OCR (a page takes a
 * few seconds of one core; a 44-page scan is a normal upload, not a file that hangs).
 */
const OCR_PAGE_SECONDS = 20;
/** Any task (one using no CPU, or starved of it) is stopped after this many times its time limit of wall-clock time. */
export const WALL_FACTOR = 5;
/** Clock ticks per second in /proc/PID/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** CPU time in ms of a process (all its threads) and of its children it has waited for (Linux), or null. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // After the command name in parentheses: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const t = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    return Number.isFinite(t) ? (t * 1000) / TICKS : null;
  } catch {
    return null;
  }
}

/** Resident memory of a process in MB (Linux), or null when it cannot be read. */
export function residentMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export class LintPool {
  readonly kind: WorkerKind;
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private readonly module: URL;
  private closed = false;
  private watchdog?: NodeJS.Timeout;
  /** Workers that died before they were ever ready, in a row (a broken install, not a bad file). */
  private failedStarts = 0;

  constructor(private readonly options: PoolOptions) {
    this.kind = options.kind ?? 'process';
    this.module = options.module ?? new URL('./worker.js', import.meta.url);
  }

  /** Tasks waiting for a worker. */
  get queueSize(): number {
    return this.queue.length;
  }

  /** The workers running now. */
  get threads(): unknown[] {
    return [...this.slots];
  }

  /**
   * Run `name` (an export of the worker module) on `task`. The time limit counts from when a
   * worker takes the task; `queueTimeout` bounds the wait before that.
   */
  run(task: unknown, { name = 'default', timeout, queueTimeout = Infinity, onProgress }: { name?: string; timeout: number; queueTimeout?: number; onProgress?: (p: WorkProgress) => void }): Promise<unknown> {
    if (this.closed) return Promise.reject(new PoolError('closed', 'the pool is closed'));
    if (this.options.maxQueue !== undefined && this.queue.length >= this.options.maxQueue && this.idleSlot() === undefined) return Promise.reject(new PoolError('full', 'the queue is full'));
    return new Promise((resolve, reject) => {
      const job: Job = { task, name, timeoutMs: timeout * 1000, resolve, reject, ...(onProgress ? { onProgress } : {}) };
      if (Number.isFinite(queueTimeout)) {
        job.queueTimer = setTimeout(() => {
          const k = this.queue.indexOf(job);
          if (k >= 0) {
            this.queue.splice(k, 1);
            reject(new PoolError('queue', `waited ${queueTimeout} s for a free worker`));
          }
        }, queueTimeout * 1000);
        job.queueTimer.unref();
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  async destroy(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      clearTimeout(job.queueTimer);
      job.reject(new PoolError('closed', 'the pool is closed'));
    }
    clearInterval(this.watchdog);
    await Promise.all([...this.slots].map((s) => this.stop(s, new PoolError('closed', 'the pool is closed'))));
  }

  private idleSlot(): Slot | undefined {
    for (const s of this.slots) if (s.ready && !s.job) return s;
    return undefined;
  }

  /** Hand queued tasks to idle workers; start workers while there are tasks and room. */
  private dispatch(): void {
    if (this.closed) return;
    for (let slot = this.idleSlot(); slot && this.queue.length; slot = this.idleSlot()) this.give(slot, this.queue.shift()!);
    const starting = [...this.slots].filter((s) => !s.ready).length;
    for (let k = starting; k < this.queue.length && this.slots.size < this.options.jobs; k++) this.start();
  }

  private give(slot: Slot, job: Job): void {
    clearTimeout(job.queueTimer);
    slot.job = job;
    slot.startedAt = Date.now();
    slot.cpuAtStart = slot.pid !== undefined ? cpuMs(slot.pid) : null;
    this.arm(slot, job.timeoutMs);
    this.send(slot, { name: job.name, task: job.task });
  }

  /**
   * (Re)set the time limit of the task a worker runs to `budget` ms of work. Without CPU times
   * (threads, no /proc) the limit is wall-clock time; with them, the watchdog stops the task once
   * its CPU time and its wall-clock time are both over the budget, and this timer is the bound
   * for a task that does not work at all.
   */
  private arm(slot: Slot, budget: number): void {
    const job = slot.job!;
    clearTimeout(slot.timer);
    slot.budget = budget;
    const wall = slot.cpuAtStart != null ? budget * WALL_FACTOR : budget;
    slot.timer = setTimeout(() => void this.stop(slot, new PoolError('timeout', `stopped after ${job.timeoutMs / 1000} s`)), Math.max(0, slot.startedAt! + wall - Date.now()));
  }

  /** The CPU time the task a worker runs has used, in ms, or null. */
  private used(slot: Slot): number | null {
    if (slot.pid === undefined || slot.cpuAtStart == null) return null;
    const now = cpuMs(slot.pid);
    return now === null ? null : now - slot.cpuAtStart;
  }

  private send(slot: Slot, message: unknown): void {
    if (slot.proc instanceof Worker) slot.proc.postMessage(message);
    else slot.proc.send(message as object);
  }

  private start(): void {
    const { memoryMb } = this.options;
    const entry = WORKER_ENTRY;
    let slot: Slot;
    if (this.kind === 'thread') {
      const proc = new Worker(entry, { workerData: { module: this.module.href }, resourceLimits: { maxOldGenerationSizeMb: memoryMb }, stderr: true });
      slot = { proc, ready: false, stderr: [] };
      proc.on('message', (m) => this.onMessage(slot, m));
      proc.on('error', (e: Error & { code?: string }) => {
        slot.stopped ??= e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new PoolError('memory', e.message) : new PoolError('crash', e.message.split('\n')[0]!);
      });
      proc.on('exit', (code) => this.onExit(slot, `exit code ${code}`));
      proc.stderr.on('data', (d: Buffer) => slot.stderr.push(d.toString()));
    } else {
      const proc = fork(entry, [this.module.href], {
        execArgv: [`--max-old-space-size=${Math.floor(memoryMb * HEAP_SHARE)}`],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      });
      slot = { proc, ready: false, stderr: [] };
      if (proc.pid !== undefined) slot.pid = proc.pid;
      proc.on('message', (m) => this.onMessage(slot, m as { ready?: true }));
      proc.on('error', (e) => {
        slot.stopped ??= new PoolError('crash', e.message);
      });
      proc.on('exit', (code, signal) => this.onExit(slot, signal ? `signal ${signal}` : `exit code ${code}`));
      proc.stderr!.on('data', (d: Buffer) => slot.stderr.push(d.toString()));
      this.watch();
    }
    this.slots.add(slot);
  }

  /**
   * Sample every process worker's resident memory, and the CPU time of a task past its time
   * limit in wall-clock time; kill the ones over the cap or the budget.
   */
  private watch(): void {
    if (this.watchdog) return;
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) {
        if (slot.pid === undefined || slot.stopped) continue;
        const mb = residentMb(slot.pid);
        if (mb !== null && mb > this.options.memoryMb * KILL_SHARE) {
          void this.stop(slot, new PoolError('memory', `resident memory ${Math.round(mb)} MB`));
          continue;
        }
        const job = slot.job;
        if (!job || slot.budget === undefined || now - slot.startedAt! <= slot.budget) continue;
        const cpu = this.used(slot);
        if (cpu !== null && cpu > slot.budget) void this.stop(slot, new PoolError('timeout', `stopped after ${job.timeoutMs / 1000} s`));
      }
    }, SAMPLE_MS);
    this.watchdog.unref();
  }

  /** What the worker wrote on stderr goes out once it has answered (not the trace of a worker that died). */
  private flushStderr(slot: Slot): void {
    if (slot.stderr.length) process.stderr.write(slot.stderr.splice(0).join(''));
  }

  private onMessage(slot: Slot, m: { ready?: true; result?: unknown; error?: string; progress?: WorkProgress }): void {
    if (m.progress) {
      // A scanned page read by OCR is work done: the time limit grows by a page's allowance.
      if (slot.job && !slot.stopped && slot.budget !== undefined) this.arm(slot, slot.budget + OCR_PAGE_SECONDS * 1000);
      if (slot.job && !slot.stopped) slot.job.onProgress?.(m.progress);
      return;
    }
    this.flushStderr(slot);
    if (m.ready) {
      slot.ready = true;
      this.failedStarts = 0;
      this.dispatch();
      return;
    }
    const job = slot.job;
    if (!job || slot.stopped) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    if (m.error !== undefined) job.reject(new Error(m.error));
    else job.resolve(m.result);
    this.dispatch();
  }

  private onExit(slot: Slot, how: string): void {
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    const trace = slot.stderr.join('');
    slot.stderr = [];
    let why = slot.stopped;
    // V8 aborts a process whose heap is full ("Reached heap limit", "Allocation failed").
    if (!why && /heap limit|out of memory|Allocation failed/i.test(trace)) why = new PoolError('memory', 'the heap is full');
    why ??= new PoolError('crash', `the worker stopped (${how})`);
    if (!slot.ready && !slot.stopped) {
      // A worker that cannot even start fails what waits, instead of being restarted forever.
      if (++this.failedStarts >= 3) for (const job of this.queue.splice(0)) job.reject(new PoolError('crash', `the worker could not start (${how}): ${trace.trim().split('\n')[0] ?? ''}`));
    }
    slot.job?.reject(why);
    slot.job = undefined;
    this.dispatch();
  }

  /** Stop a worker; its task (if any) is told `why`. Resolves when it is gone. */
  private stop(slot: Slot, why: PoolError): Promise<void> {
    slot.stopped ??= why;
    return new Promise((done) => {
      if (!this.slots.has(slot)) return done();
      slot.proc.once('exit', () => done());
      if (slot.proc instanceof Worker) void slot.proc.terminate();
      else slot.proc.kill('SIGKILL');
    });
  }
}
