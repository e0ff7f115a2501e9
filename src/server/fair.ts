/**
 * Sharing the lint workers between clients: each client (by address) has its own queue of files,
 * and the workers take the next file from each client in turn. A client that sent fifty files
 * does not make another client's one file wait behind all fifty: it waits for at most one file of
 * every other client that has files queued.
 */
export class FairQueue {
  /** Clients with files waiting, in the order they are served next (Map keeps insertion order). */
  private readonly waiting = new Map<string, Array<() => void>>();
  private running = 0;

  constructor(private readonly slots: number) {
    if (!(slots >= 1)) throw new RangeError('a fair queue needs at least one slot');
  }

  /** Files waiting for a worker. */
  get queued(): number {
    let n = 0;
    for (const q of this.waiting.values()) n += q.length;
    return n;
  }

  /** Files being linted now. */
  get active(): number {
    return this.running;
  }

  /** Run `work` when it is this client's turn and a worker is free. */
  run<T>(client: string, work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        let settled: Promise<T>;
        try {
          settled = work();
        } catch (e) {
          settled = Promise.reject(e);
        }
        settled.then(resolve, reject).finally(() => {
          this.running--;
          this.pump();
        });
      };
      const q = this.waiting.get(client);
      if (q) q.push(start);
      else this.waiting.set(client, [start]);
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.slots && this.waiting.size > 0) {
      const [client, q] = this.waiting.entries().next().value as [string, Array<() => void>];
      const next = q.shift()!;
      // The client goes to the back of the line; it keeps its place only while it has files.
      this.waiting.delete(client);
      if (q.length) this.waiting.set(client, q);
      next();
    }
  }
}
