/**
 * Loopback clients for probing the server: a multipart body, a client that trickles an upload a
 * byte at a time, and a wait for a condition. Shared by `npm run bad-inputs` (scripts/hostile-server.ts)
 * and test/server-hostile.test.ts.
 */
import net from 'node:net';

export function multipart(files: Array<[string, Buffer]>, boundary = 'lkjipB0undary'): { body: Buffer; headers: Record<string, string> } {
  const b = boundary;
  const parts = files.map(([n, bytes]) => Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${n}"\r\nContent-Type: application/octet-stream\r\n\r\n`), bytes, Buffer.from('\r\n')]));
  return { body: Buffer.concat([...parts, Buffer.from(`--${b}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

export interface Trickle {
  /** Everything the server answered so far. */
  answer: () => string;
  /** The HTTP status of the answer, once there is one. */
  status: () => string | undefined;
  closed: () => boolean;
  stop: () => void;
}

/** A client that sends the start of an upload, then one byte every `ms`, until the server closes it. */
export function trickle(port: number, head: string, ms: number): Trickle {
  const s = net.connect(port, '127.0.0.1');
  let answer = '';
  let closed = false;
  s.on('data', (d) => (answer += d.toString('latin1')));
  s.on('error', () => {});
  s.on('close', () => (closed = true));
  s.write(head);
  let sent = 0;
  const tick = setInterval(() => {
    // At most 400 bytes: the loop ends by itself even if the server never cut it off.
    if (closed || ++sent > 400) {
      clearInterval(tick);
      s.destroy();
    } else s.write('a');
  }, ms);
  return { answer: () => answer, status: () => /^HTTP\/1\.1 (\d+)/.exec(answer)?.[1], closed: () => closed, stop: () => (clearInterval(tick), s.destroy()) };
}

/** Whether `what` holds within `seconds` (polled every 100 ms). */
export async function until(what: () => boolean | Promise<boolean>, seconds: number): Promise<boolean> {
  for (let k = 0; k < seconds * 10; k++) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return what();
}
