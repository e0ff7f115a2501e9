/**
 * The server under hostile and heavy clients, on loopback: slow uploads that trickle a byte at a
 * time do not lock anyone out and are cut off by the request time limit; raw bodies held open are
 * bounded by the in-flight bytes; a client with many files does not block another's one file;
 * malformed multipart is a 400 in the request's language; other methods a 405 with Allow; a page
 * on another site (DNS rebinding, cross-site form post) is refused; the request log holds no
 * report text. Every loop here is bounded and stops by itself.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import { spawn, spawnSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import type { LintOutput } from '../src/model.js';
import type { buildServer as BuildServer, ServerOptions } from '../src/server/app.js';
import type { lint as Lint } from '../src/lint.js';
import { corpusPath } from './helpers.js';
import { multipart, trickle, until } from '../scripts/harness/http-probe.js';

const ROOT = join(import.meta.dirname, '..');
const { buildServer } = (await import(join(ROOT, 'dist', 'src', 'server', 'app.js'))) as { buildServer: typeof BuildServer };
const { lint } = (await import(join(ROOT, 'dist', 'src', 'lint.js'))) as { lint: typeof Lint };
const REPORT = readFileSync(corpusPath('cilegon-2021.txt'));

const servers: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function start(options: ServerOptions): Promise<number> {
  const app = await buildServer(options);
  servers.push(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as { port: number }).port;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, o: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer; localAddress?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method: o.method ?? 'POST', path: o.path ?? '/api/lint', headers: o.headers ?? {}, localAddress: o.localAddress, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    r.on('error', reject);
    r.end(o.body);
  });
}


const health = async (port: number) => JSON.parse((await request(port, { method: 'GET', path: '/api/health' })).body) as { linting: number; queued: number; uploadMb: number };

describe('slow uploads', () => {
  it('eight clients trickling a byte every 300 ms lock no one out, and are cut off by the request time limit', async () => {
    const port = await start({ jobs: 1, requestTimeout: 4, headersTimeout: 2 });
    const heads = Array.from({ length: 8 }, (_, k) =>
      k % 2
        ? `POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n`
        : `POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 100000\r\n\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\n\r\n`,
    );
    const slow = heads.map((h) => trickle(port, h, 300));
    try {
      await new Promise((r) => setTimeout(r, 600));
      const m = multipart([['cilegon.txt', REPORT]]);
      const normal = await request(port, { body: m.body, headers: m.headers });
      expect(normal.status).toBe(200);
      const out = JSON.parse(normal.body) as LintOutput;
      expect(out.files[0]!.findings.length).toBe((await lint('cilegon.txt', REPORT)).findings.length);
      // Every slow client is answered 408 and closed once its 4 s are up.
      expect(await until(() => slow.every((t) => t.closed()), 40)).toBe(true);
      expect(slow.map((t) => /^HTTP\/1\.1 (\d+)/.exec(t.answer())?.[1])).toEqual(Array(8).fill('408'));
    } finally {
      slow.forEach((t) => t.stop());
    }
  });

  it('raw bodies held open count against the in-flight bytes before they are buffered, and are given back', async () => {
    const port = await start({ jobs: 1, maxFileMb: 8, maxRequestMb: 10, maxInFlightMb: 12 });
    const MB = 1024 * 1024;
    const socks = Array.from({ length: 4 }, () => {
      const s = net.connect(port, '127.0.0.1');
      let answer = '';
      s.on('data', (d) => (answer += d.toString('latin1')));
      s.on('error', () => {});
      s.write(`POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${8 * MB}\r\n\r\n`);
      s.write(Buffer.alloc(5 * MB, 0x61));
      return { s, answer: () => answer };
    });
    try {
      // 4 × 5 MB sent; one client may hold 10 MB: the uploads over it are refused, and no more is kept.
      expect(await until(() => socks.filter((k) => k.answer().startsWith('HTTP/1.1 503')).length >= 2, 30)).toBe(true);
      for (const k of socks.filter((x) => x.answer().startsWith('HTTP/1.1 503'))) expect(k.answer()).toMatch(/\r\nretry-after: \d+\r\n/i);
      expect((await health(port)).uploadMb).toBeLessThanOrEqual(10);
    } finally {
      socks.forEach((k) => k.s.destroy());
    }
    expect(await until(async () => (await health(port)).uploadMb === 0, 20)).toBe(true);
    const normal = await request(port, { body: REPORT, headers: { 'content-type': 'text/plain' } });
    expect(normal.status).toBe(200);
  });

  it('refuses at once a body declared over the limit, without reading it', async () => {
    const port = await start({ jobs: 1, maxFileMb: 1 });
    const s = net.connect(port, '127.0.0.1');
    let answer = '';
    s.on('data', (d) => (answer += d.toString('latin1')));
    s.on('error', () => {});
    s.write(`POST /api/lint?lang=en HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/pdf\r\nContent-Length: ${5 * 1024 * 1024}\r\n\r\n%PDF-`);
    expect(await until(() => answer.includes('}'), 20)).toBe(true);
    s.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toMatch(/over the 1 MB limit for one report/);
  });
});

describe('many connections', () => {
  it('one address holding many idle connections does not take the sockets of another', async () => {
    const port = await start({ jobs: 1, maxConnectionsPerClient: 8 });
    const idle = Array.from({ length: 20 }, () => {
      const s = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' });
      let closed = false;
      s.on('error', () => {});
      s.on('close', () => (closed = true));
      return { s, closed: () => closed };
    });
    try {
      // The 12 over the cap are closed by the server; 8 stay open.
      expect(await until(() => idle.filter((c) => c.closed()).length === 12, 20)).toBe(true);
      const normal = await request(port, { body: REPORT, headers: { 'content-type': 'text/plain' }, localAddress: '127.0.0.3' });
      expect(normal.status).toBe(200);
      expect(idle.filter((c) => c.closed())).toHaveLength(12);
    } finally {
      idle.forEach((c) => c.s.destroy());
    }
  });
});

describe('fairness', () => {
  it("a client with six reports queued does not make another client's one report wait behind them", async () => {
    const port = await start({ jobs: 1 });
    const many = multipart(Array.from({ length: 6 }, (_, k): [string, Buffer] => [`a${k}.txt`, REPORT]));
    const order: string[] = [];
    const a = request(port, { body: many.body, headers: many.headers, localAddress: '127.0.0.2' }).then((r) => (order.push('A'), r));
    expect(await until(async () => (await health(port)).queued >= 4, 60)).toBe(true);
    const one = multipart([['b.txt', REPORT]]);
    const b = request(port, { body: one.body, headers: one.headers, localAddress: '127.0.0.3' }).then((r) => (order.push('B'), r));
    const [ra, rb] = await Promise.all([a, b]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    expect((JSON.parse(ra.body) as LintOutput).files).toHaveLength(6);
    expect(order).toEqual(['B', 'A']);
  }, 120_000);
});

describe('time limits', () => {
  it('3× more files than workers in one request: each is timed from when a worker takes it, none fails for waiting', async () => {
    // Three reports on one worker under a 10 s limit: the last one waits for the two before it.
    const port = await start({ jobs: 1, timeout: 10 });
    const three = multipart(['a.txt', 'b.txt', 'c.txt'].map((n): [string, Buffer] => [n, REPORT]));
    const r = await request(port, { body: three.body, headers: three.headers });
    expect(r.status).toBe(200);
    const files = (JSON.parse(r.body) as LintOutput).files;
    expect(files.map((f) => [f.path, f.error])).toEqual([['a.txt', undefined], ['b.txt', undefined], ['c.txt', undefined]]);
    expect(files[2]!.findings).toEqual(files[0]!.findings);
  }, 300_000);
});

describe('malformed requests', () => {
  const m = multipart([['a.txt', REPORT]]);
  const cases: Array<[string, Record<string, string>, Buffer]> = [
    ['a boundary the body does not use', { 'content-type': 'multipart/form-data; boundary=elsewhere' }, m.body],
    ['no boundary', { 'content-type': 'multipart/form-data' }, m.body],
    ['a truncated body', m.headers, m.body.subarray(0, 4000)],
  ];
  it.each(cases)('multipart with %s is a 400 with one line in the request language', async (_what, headers, body) => {
    const port = await start({ jobs: 1 });
    const id = await request(port, { headers, body });
    expect(id.status).toBe(400);
    const error = (JSON.parse(id.body) as { error: string }).error;
    expect(error).toMatch(/^isi multipart tidak dapat dibaca \(.+\); kirim berkas/);
    expect(error).not.toContain('\n');
    const en = await request(port, { path: '/api/lint?lang=en', headers, body });
    expect(en.status).toBe(400);
    expect((JSON.parse(en.body) as { error: string }).error).toMatch(/^the multipart body could not be read/);
    expect((await request(port, { headers: { ...headers, 'accept-language': 'en-GB,en;q=0.8' }, body })).body).toMatch(/could not be read/);
  });

  it('answers a wrong method with 405 and Allow, and an unknown path with 404', async () => {
    const port = await start({ jobs: 1 });
    for (const [method, path, allow] of [['GET', '/api/lint', 'POST'], ['PUT', '/api/lint', 'POST'], ['DELETE', '/api/annotate', 'POST'], ['POST', '/', 'GET, HEAD'], ['POST', '/openapi.json', 'GET, HEAD'], ['PUT', '/assets/web/app.js', 'GET, HEAD']] as const) {
      const r = await request(port, { method, path });
      expect([method, path, r.status, r.headers.allow]).toEqual([method, path, 405, allow]);
    }
    expect((await request(port, { method: 'GET', path: '/nothing-here' })).status).toBe(404);
  });
});

describe('host and origin', () => {
  it('refuses a Host that is not this server (DNS rebinding) with 421, unless allowed with --allow-host', async () => {
    const port = await start({ jobs: 1, allowHosts: ['lkjip.example.go.id'] });
    expect((await request(port, { method: 'GET', path: '/', headers: { host: 'attacker.example' } })).status).toBe(421);
    expect((await request(port, { body: REPORT, headers: { host: `attacker.example:${port}`, 'content-type': 'text/plain' } })).status).toBe(421);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LKJIP.example.go.id']) expect((await request(port, { method: 'GET', path: '/', headers: { host } })).status).toBe(200);
    // The API description names no host: its server is the document's own origin.
    const api = JSON.parse((await request(port, { method: 'GET', path: '/openapi.json', headers: { host: 'lkjip.example.go.id' } })).body) as { servers: Array<{ url: string }> };
    expect(api.servers).toEqual([{ url: '/' }]);
  });

  it("refuses a cross-site form post with 403 and takes the page's own", async () => {
    const port = await start({ jobs: 1 });
    const m = multipart([['a.txt', REPORT]]);
    const post = (headers: Record<string, string>) => request(port, { body: m.body, headers: { ...m.headers, ...headers } });
    expect((await post({ origin: 'http://attacker.example' })).status).toBe(403);
    expect((await post({ origin: `http://localhost:${port + 1}`, host: `localhost:${port}` })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });
});

describe('request log', () => {
  it('logs method, path and status of each request, never report text, file names or passwords', async () => {
    let log = '';
    const logStream = new Writable({ write: (chunk, _enc, done) => ((log += String(chunk)), done()) });
    const port = await start({ jobs: 1, logLevel: 'info', logStream });
    const secret = Buffer.concat([REPORT, Buffer.from('\nRahasia-kalimat-unik-9731 di akhir laporan.\n')]);
    const m = multipart([['nama-berkas-rahasia.txt', secret]]);
    expect((await request(port, { path: '/api/lint?password=sandi-rahasia&lang=en', body: m.body, headers: m.headers })).status).toBe(200);
    const lines = log.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; req?: { method: string; url: string }; res?: { statusCode: number }; files?: number });
    expect(lines.some((l) => l.req?.method === 'POST' && l.req.url === '/api/lint?password=***&lang=en')).toBe(true);
    expect(lines.some((l) => l.res?.statusCode === 200)).toBe(true);
    expect(lines.some((l) => l.msg === 'linted' && l.files === 1)).toBe(true);
    expect(log).not.toMatch(/Rahasia-kalimat|nama-berkas-rahasia|sandi-rahasia|Kota Cilegon/i);
  });
});

describe('serve command', () => {
  const CLI = join(ROOT, 'dist', 'src', 'cli.js');

  it('refuses a bad --log-level or --allow-host with one line', () => {
    const level = spawnSync(process.execPath, [CLI, 'serve', '--log-level', 'loud'], { encoding: 'utf8' });
    expect([level.status, level.stderr.trim()]).toEqual([2, 'lkjip-lint: --log-level harus error, warn, info, debug atau silent, bukan "loud"']);
    const host = spawnSync(process.execPath, [CLI, 'serve', '--allow-host', 'a b'], { encoding: 'utf8' });
    expect(host.status).toBe(2);
    expect(host.stderr).toMatch(/^lkjip-lint: --allow-host menerima nama host/);
  });

  it('logs each request on stderr as JSON lines by default, and answers to an --allow-host name', async () => {
    const server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--jobs', '1', '--allow-host', 'lkjip.kanwil.example'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        server.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /(?:mendengarkan di|listening on) http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
      });
      expect((await request(port, { method: 'GET', path: '/api/health', headers: { host: 'lkjip.kanwil.example' } })).status).toBe(200);
      expect((await request(port, { method: 'GET', path: '/api/health', headers: { host: 'other.example' } })).status).toBe(421);
      expect(await until(() => (log.match(/"statusCode":421/g) ?? []).length >= 1, 20)).toBe(true);
      const lines = log.trim().split('\n').map((l) => JSON.parse(l) as { level: number; req?: { url: string }; res?: { statusCode: number } });
      expect(lines.filter((l) => l.req?.url === '/api/health').length).toBeGreaterThanOrEqual(2);
      expect(lines.filter((l) => l.res).map((l) => l.res!.statusCode)).toEqual([200, 421]);
    } finally {
      server.kill('SIGTERM');
    }
  });
});
