/**
 * The web server under load: 200 uploads (good reports in every format, broken files, oversized
 * files) sent 8 at a time to `lkjip-lint serve` in its own process. Every answer must be the right
 * one, the server's memory must stay bounded, and it must still answer afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { LintOutput } from '../src/model.js';
import type { lint as Lint } from '../src/lint.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const { lint } = (await import(join(ROOT, 'dist', 'src', 'lint.js'))) as { lint: typeof Lint };

interface Case {
  name: string;
  bytes: Uint8Array;
  /** What the answer must say: the number of findings, or the error. */
  expect: { findings: number } | { error: RegExp };
}

async function cases(): Promise<Case[]> {
  const good = ['cilegon-2021.txt', 'siak-2024.txt', 'cilegon-2021.docx', 'cilegon-2021.pdf'].map((n) => ({ name: n, bytes: readFileSync(corpusPath(n)) }));
  const fixtures = ['merged-cells.docx', 'equations.docx', 'footnotes.docx'].map((n) => ({ name: n, bytes: readFileSync(join(ROOT, 'fixtures', 'docx', n)) }));
  const out: Case[] = [];
  for (const g of [...good, ...fixtures]) out.push({ ...g, expect: { findings: (await lint(g.name, g.bytes)).findings.length } });
  out.push({ name: 'truncated.docx', bytes: readFileSync(join(ROOT, 'fixtures', 'bad', 'truncated.docx')), expect: { error: /bukan dokumen Word yang dapat dibaca/ } });
  out.push({ name: 'zip-bomb.docx', bytes: readFileSync(join(ROOT, 'fixtures', 'bad', 'zip-bomb.docx')), expect: { error: /akan mengembang menjadi/ } });
  out.push({ name: 'random.pdf', bytes: randomBytes(20_000), expect: { error: /isi biner/ } });
  out.push({ name: 'half.pdf', bytes: readFileSync(corpusPath('cilegon-2021.pdf')).subarray(0, 30_000), expect: { error: /bukan PDF yang dapat dibaca/ } });
  out.push({ name: 'oversized.pdf', bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024)]), expect: { error: /melebihi batas 2 MB/ } });
  return out;
}

let server: ChildProcess;
let url: string;
let peakRssMb = 0;
let sampler: NodeJS.Timeout;

function rssMb(pid: number): number {
  // VmRSS of the server process (its worker threads included).
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

beforeAll(async () => {
  server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--jobs', '2', '--max-file-mb', '2', '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(?:mendengarkan di|listening on) (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb(server.pid!));
  }, 100);
});

afterAll(() => {
  clearInterval(sampler);
  server?.kill('SIGTERM');
});

describe('server under load', () => {
  it('answers 200 mixed uploads correctly, 8 at a time, with bounded memory, and still answers afterwards', async () => {
    const all = await cases();
    const plan = Array.from({ length: 200 }, (_, k) => all[k % all.length]!);
    let next = 0;
    const wrong: string[] = [];
    const statuses = new Map<number, number>();
    async function client() {
      while (next < plan.length) {
        const c = plan[next++]!;
        const fd = new FormData();
        fd.append('file', new Blob([c.bytes]), c.name);
        const res = await fetch(`${url}/api/lint`, { method: 'POST', body: fd });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const body = (await res.json()) as LintOutput;
        const r = body.files?.[0];
        if (!r) wrong.push(`${c.name}: HTTP ${res.status}`);
        else if ('findings' in c.expect && (r.error || r.findings.length !== c.expect.findings)) wrong.push(`${c.name}: ${r.error ?? r.findings.length} findings, expected ${c.expect.findings}`);
        else if ('error' in c.expect && !c.expect.error.test(r.error ?? '')) wrong.push(`${c.name}: ${r.error ?? 'no error'}`);
      }
    }
    await Promise.all(Array.from({ length: 8 }, client));
    expect(wrong).toEqual([]);
    expect(Object.fromEntries(statuses)).toEqual({ 200: 200 });
    // Bounded: two workers and at most 8 uploads in memory at a time.
    expect(peakRssMb).toBeGreaterThan(0);
    expect(peakRssMb).toBeLessThan(1024);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { inFlight: number }).inFlight).toBe(0);
    console.log(`server load: 200 uploads, peak RSS ${Math.round(peakRssMb)} MB`);
  }, 600_000);
});
