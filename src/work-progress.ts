/**
 * Work a lint task reports while it runs, from inside a worker: each scanned page OCR has read.
 * The worker entry (pool-worker.ts) passes it to the supervisor, which counts it as work done
 * (the time limit grows by a page's allowance) rather than as a file that hangs. Outside a worker
 * nothing listens and reporting costs nothing.
 */
export interface WorkProgress {
  ocrPagesDone: number;
  ocrPagesTotal: number;
}

let reporter: ((p: WorkProgress) => void) | undefined;

export function setWorkReporter(fn: (p: WorkProgress) => void): void {
  reporter = fn;
}

export function reportWork(p: WorkProgress): void {
  reporter?.(p);
}
