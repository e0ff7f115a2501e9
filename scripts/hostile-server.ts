/**
 * The server probes of `npm run bad-inputs` (issue 21): `lkjip-lint serve` started as its own
 * process on loopback, and attacked as a hostile client would: uploads that trickle, raw bodies
 * held open, malformed multipart, wrong methods, a foreign Host, a cross-site post, hostile files,
 * one request of 50 PDFs, one client's many files beside another's one. Each probe gives its
 * answer, its time and the peak resident memory of the server's process tree (the server and its
 * lint workers, sampled every 50 ms from /proc). Every loop is bounded and stops by itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { multipart, trickle, until } from './harness/http-probe.js';

export interface ProbeRow {
  probe: string;
  /** What came back (statuses, exit codes, counts). */
  answer: string;
  seconds: number;
  /** Peak resident memory in MB, or null where it cannot be read. */
  peakMb: number | null;
  /** The probe's outcome is what the issue asks for. */
  ok: boolean;
}

const MB = 1024 * 1024;

/** Resident memory in MB of a process and all its descendants (Linux /proc), or null. */
export function treeRssMb(root: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'latin1');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(e), Number(f[1]));
      // Field 24 of stat: resident pages.
      rss.set(Number(e), (Number(f[21]) * 4096) / MB);
    } catch {
      // Gone since the listing.
    }
  }
  if (!rss.has(root)) return null;
  let total = 0;
  const inTree = (pid: number): boolean => {
    for (let p = pid, k = 0; p > 1 && k < 64; p = parent.get(p) ?? 0, k++) if (p === root) return true;
    return false;
  };
  for (const [pid, mb] of rss) if (inTree(pid)) total += mb;
  return total;
}

/** Samples a process tree's resident memory until stopped; gives the peak. */
export function samplePeak(pid: number): () => number | null {
  let peak: number | null = null;
  const tick = () => {
    const mb = treeRssMb(pid);
    if (mb !== null) peak = Math.max(peak ?? 0, mb);
  };
  tick();
  const timer = setInterval(tick, 50);
  return () => {
    clearInterval(timer);
    tick();
    return peak === null ? null : Math.round(peak);
  };
}

interface Server {
  port: number;
  proc: ChildProcess;
  alive: () => boolean;
  stop: () => Promise<void>;
}

async function startServer(cli: string, args: string[]): Promise<Server> {
  const proc = spawn(process.execPath, [cli, 'serve', '--port', '0', '--log-level', 'silent', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = false;
  proc.on('exit', () => (exited = true));
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(?:mendengarkan di|listening on) http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    proc.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return {
    port,
    proc,
    alive: () => !exited && proc.exitCode === null,
    stop: () =>
      new Promise((done) => {
        if (exited) return done();
        proc.once('exit', () => done());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
      }),
  };
}

interface Answer {
  status: number;
  body: string;
  seconds: number;
}

function request(port: number, o: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer; localAddress?: string } = {}): Promise<Answer> {
  const t = performance.now();
  return new Promise((resolve) => {
    const r = http.request({ host: '127.0.0.1', port, method: o.method ?? 'POST', path: o.path ?? '/api/lint', headers: o.headers ?? {}, localAddress: o.localAddress, agent: false, timeout: 600_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, seconds: (performance.now() - t) / 1000 }));
    });
    r.on('error', (e) => resolve({ status: 0, body: e.message, seconds: (performance.now() - t) / 1000 }));
    r.end(o.body);
  });
}


const count = (xs: (string | number | undefined)[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(String(x), (m.get(String(x)) ?? 0) + 1);
  return [...m].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
};

interface LintAnswer {
  files: { path: string; error?: string }[];
}
const errors = (a: Answer) => {
  try {
    return (JSON.parse(a.body) as LintAnswer).files.filter((f) => f.error !== undefined);
  } catch {
    return null;
  }
};

/**
 * Run the server probes; `dir` holds the generated bad inputs (makeBadInputs), `corpus` the
 * corpus reports. `only` filters probes by name.
 */
export async function* serverProbes(cli: string, dir: string, corpus: string, o: { repeat: number; only: RegExp | null }): AsyncGenerator<ProbeRow> {
  const report = readFileSync(join(corpus, 'cilegon-2021.txt'));
  const normal = multipart([['cilegon-2021.txt', report]]);
  const probes: Array<[string, (s: Server) => Promise<Omit<ProbeRow, 'probe' | 'peakMb' | 'seconds'> & { seconds?: number }>, string[]]> = [
    [
      'server: a normal upload (the baseline)',
      async (s) => {
        const a = await request(s.port, { body: normal.body, headers: normal.headers });
        return { answer: `${a.status}`, ok: a.status === 200 && errors(a)?.length === 0, seconds: a.seconds };
      },
      ['--jobs', '2'],
    ],
    [
      'server: 8 uploads trickling a byte a second, and a normal upload beside them (--request-timeout 10)',
      async (s) => {
        const heads = Array.from({ length: 8 }, (_, k) =>
          k % 2
            ? `POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n`
            : `POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 100000\r\n\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\n\r\n`,
        );
        const slow = heads.map((h) => trickle(s.port, h, 1000));
        try {
          await new Promise((r) => setTimeout(r, 1500));
          const a = await request(s.port, { body: normal.body, headers: normal.headers });
          const cut = await until(() => slow.every((t) => t.closed()), 40);
          return { answer: `normal ${a.status} in ${a.seconds.toFixed(2)} s; slow ones: ${cut ? count(slow.map((t) => t.status() ?? 'closed')) : 'still open after 40 s'}`, ok: a.status === 200 && cut && slow.every((t) => t.status() === '408'), seconds: a.seconds };
        } finally {
          slow.forEach((t) => t.stop());
        }
      },
      ['--jobs', '2', '--request-timeout', '10'],
    ],
    [
      'server: 40 raw-body uploads of 45 MB held open after 20 MB each (8 client addresses)',
      async (s) => {
        const socks = Array.from({ length: 40 }, (_, k) => {
          const c = net.connect({ port: s.port, host: '127.0.0.1', localAddress: `127.0.0.${2 + (k % 8)}` });
          let answer = '';
          c.on('data', (d) => (answer += d.toString('latin1')));
          c.on('error', () => {});
          c.write(`POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${45 * MB}\r\n\r\n`);
          c.write(Buffer.alloc(20 * MB, 0x61));
          return { c, status: () => /^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] };
        });
        try {
          // The uploads past the in-flight budget are refused before they are read; the rest wait.
          await until(() => socks.filter((k) => k.status()).length >= 20, 30);
          await new Promise((r) => setTimeout(r, 1000));
          const held = JSON.parse((await request(s.port, { method: 'GET', path: '/api/health' })).body) as { uploadMb: number };
          const statuses = socks.map((k) => k.status() ?? 'held');
          return { answer: `${count(statuses)}; ${held.uploadMb} MB held`, ok: held.uploadMb <= 400 && statuses.filter((x) => x === '503').length >= 20 };
        } finally {
          socks.forEach((k) => k.c.destroy());
        }
      },
      ['--jobs', '2'],
    ],
    [
      'server: malformed multipart (a boundary the body does not use, none, a truncated body)',
      async (s) => {
        const cases: Array<[Record<string, string>, Buffer]> = [
          [{ 'content-type': 'multipart/form-data; boundary=elsewhere' }, normal.body],
          [{ 'content-type': 'multipart/form-data' }, normal.body],
          [normal.headers, normal.body.subarray(0, 4000)],
        ];
        const a = await Promise.all(cases.map(([headers, body]) => request(s.port, { headers, body })));
        return { answer: count(a.map((x) => x.status)), ok: a.every((x) => x.status === 400) };
      },
      ['--jobs', '1'],
    ],
    [
      'server: wrong methods (GET and PUT /api/lint, DELETE /api/annotate, POST /)',
      async (s) => {
        const a = await Promise.all(([['GET', '/api/lint'], ['PUT', '/api/lint'], ['DELETE', '/api/annotate'], ['POST', '/']] as const).map(([method, path]) => request(s.port, { method, path })));
        return { answer: count(a.map((x) => x.status)), ok: a.every((x) => x.status === 405) };
      },
      ['--jobs', '1'],
    ],
    [
      'server: DNS rebinding (Host: attacker.example) and a cross-site form post (Origin)',
      async (s) => {
        const host = await request(s.port, { body: normal.body, headers: { ...normal.headers, host: `attacker.example:${s.port}` } });
        const origin = await request(s.port, { body: normal.body, headers: { ...normal.headers, origin: 'http://attacker.example' } });
        return { answer: `Host ${host.status}, Origin ${origin.status}`, ok: host.status === 421 && origin.status === 403 };
      },
      ['--jobs', '1'],
    ],
    [
      `server: hostile files uploaded ${o.repeat} time${o.repeat > 1 ? 's' : ''} each (lying zip sizes, flate-bomb PDFs, unclosed math, empty paragraphs)`,
      async (s) => {
        const names = ['lying-sizes.docx', 'flate-bomb.pdf', 'double-flate-bomb.pdf', 'lzw-bomb.pdf', 'math-unclosed.docx', 'empty-paragraphs.docx'];
        const statuses: number[] = [];
        let answered = 0;
        for (let k = 0; k < o.repeat; k++) {
          const m = multipart(names.map((n): [string, Buffer] => [n, readFileSync(join(dir, n))]));
          const a = await request(s.port, { body: m.body, headers: m.headers });
          statuses.push(a.status);
          if (a.status === 200) answered += (JSON.parse(a.body) as LintAnswer).files.length;
        }
        const up = s.alive() && (await request(s.port, { method: 'GET', path: '/api/health' })).status === 200;
        return { answer: `${count(statuses)}; ${answered} files answered; server ${up ? 'alive' : 'DEAD'}`, ok: up && statuses.every((x) => x === 200) && answered === names.length * o.repeat };
      },
      ['--jobs', '2'],
    ],
    [
      'server: one request of 50 PDFs (cilegon-2021.pdf ×50), default time limit',
      async (s) => {
        const pdf = readFileSync(join(corpus, 'cilegon-2021.pdf'));
        const m = multipart(Array.from({ length: 50 }, (_, k): [string, Buffer] => [`laporan-${k + 1}.pdf`, pdf]));
        const a = await request(s.port, { body: m.body, headers: m.headers });
        const failed = errors(a);
        return { answer: `${a.status}; ${failed === null ? '?' : failed.length} of 50 failed${failed?.length ? ` (${failed[0]!.error})` : ''}`, ok: a.status === 200 && failed?.length === 0, seconds: a.seconds };
      },
      ['--jobs', '2'],
    ],
    [
      "server: one client's 12 reports queued, then another client's one report",
      async (s) => {
        const many = multipart(Array.from({ length: 12 }, (_, k): [string, Buffer] => [`a${k}.txt`, report]));
        const order: string[] = [];
        const a = request(s.port, { body: many.body, headers: many.headers, localAddress: '127.0.0.2' }).then((r) => (order.push('A'), r));
        await until(async () => (JSON.parse((await request(s.port, { method: 'GET', path: '/api/health' })).body) as { queued: number }).queued >= 8, 60);
        const b = await request(s.port, { body: normal.body, headers: normal.headers, localAddress: '127.0.0.3' }).then((r) => (order.push('B'), r));
        const ra = await a;
        return { answer: `${ra.status} / ${b.status}, answered ${order.join(' then ')}; the one report in ${b.seconds.toFixed(2)} s`, ok: ra.status === 200 && b.status === 200 && order[0] === 'B', seconds: b.seconds };
      },
      ['--jobs', '1'],
    ],
  ];
  for (const [probe, run, args] of probes) {
    if (o.only && !o.only.test(probe)) continue;
    const s = await startServer(cli, args);
    const peak = samplePeak(s.proc.pid!);
    const t = performance.now();
    let row: ProbeRow;
    try {
      const r = await run(s);
      const alive = s.alive();
      row = { probe, answer: alive ? r.answer : `${r.answer}; server DIED`, ok: r.ok && alive, seconds: r.seconds ?? (performance.now() - t) / 1000, peakMb: peak() };
    } catch (e) {
      row = { probe, answer: `probe failed: ${(e as Error).message}`, ok: false, seconds: (performance.now() - t) / 1000, peakMb: peak() };
    }
    await s.stop();
    yield row;
  }
}
