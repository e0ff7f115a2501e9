/**
 * The JSON API beside the page: POST /api/lint answers the CLI's JSON for the same files (multipart
 * or raw body), bad requests get one-line JSON errors, and every answer carries the security headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { FileResult, LintOutput } from '../src/model.js';
import type { buildServer as BuildServer } from '../src/server/app.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const { buildServer } = (await import(join(ROOT, 'dist', 'src', 'server', 'app.js'))) as { buildServer: typeof BuildServer };

const FILES = [corpusPath('siak-2024.docx'), corpusPath('cilegon-2021.pdf'), join(ROOT, 'fixtures', 'bad', 'truncated.docx'), corpusPath('semarang-2024.txt')];
const name = (p: string) => p.split('/').pop()!;

/**
 * The CLI's JSON for the same files. Run asynchronously: a synchronous run blocks this process's
 * event loop between two requests, so the client cannot retire a kept-alive socket the server closed
 * meanwhile, and the next request meets ECONNRESET (seen under load).
 */
async function cliJson(files: string[], ...args: string[]): Promise<LintOutput> {
  // Exit 1 (findings) rejects execFile's promise; its stdout is the answer all the same.
  const r = await promisify(execFile)(process.execPath, [CLI, '--format', 'json', ...args, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  return JSON.parse(r.stdout) as LintOutput;
}
const withoutPath = (f: FileResult) => ({ ...f, path: name(f.path) });

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = await buildServer({ jobs: 2, maxFileMb: 8 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await app?.close();
});

function form(files: string[]): FormData {
  const fd = new FormData();
  for (const f of files) fd.append('file', new Blob([readFileSync(f)]), name(f));
  return fd;
}

describe('POST /api/lint', () => {
  it('answers the CLI JSON for the same files, in order, the unreadable one included', async () => {
    const res = await fetch(`${url}/api/lint`, { method: 'POST', body: form(FILES) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const api = (await res.json()) as LintOutput;
    const cli = await cliJson(FILES);
    expect(api.files.map((f) => f.path)).toEqual(FILES.map(name));
    expect(api.files).toEqual(cli.files.map(withoutPath));
    expect(api.files[2]!.error).toMatch(/bukan dokumen Word yang dapat dibaca/);
  });

  it('takes the raw file as the body, with the options as query parameters', async () => {
    const res = await fetch(`${url}/api/lint?lang=en&name=cilegon.txt`, { method: 'POST', body: readFileSync(corpusPath('cilegon-2021.txt')), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(200);
    const api = (await res.json()) as LintOutput;
    expect(api.files[0]!.path).toBe('cilegon.txt');
    expect(api.files[0]!.findings).toEqual((await cliJson([corpusPath('cilegon-2021.txt')], '--lang', 'en')).files[0]!.findings);
  });

  it('decides the type by content, not by name', async () => {
    const res = await fetch(`${url}/api/lint?name=report.txt`, { method: 'POST', body: readFileSync(corpusPath('cilegon-2021.pdf')), headers: { 'content-type': 'text/plain' } });
    const api = (await res.json()) as LintOutput;
    expect(api.files[0]!.format).toBe('pdf');
  });

  it('answers the self-contained HTML report with ?format=html', async () => {
    const res = await fetch(`${url}/api/lint?format=html`, { method: 'POST', body: form([corpusPath('cilegon-2021.txt')]) });
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const n = (await cliJson([corpusPath('cilegon-2021.txt')])).files[0]!.findings.length;
    expect(html.match(/<li class="finding/g)?.length).toBe(n);
    expect(html).not.toMatch(/<(link|img)\b|src="http/);
  });

  it('serves ?format=html under a CSP that its own inline style and script satisfy, by their hashes, and nothing else', async () => {
    const res = await fetch(`${url}/api/lint?format=html&lang=en`, { method: 'POST', body: form([corpusPath('cilegon-2021.txt')]) });
    const html = await res.text();
    const csp = new Map((res.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const tag of ['style', 'script']) {
      // Every inline element, whatever its attributes, has its hash in the directive; the directive has no other source.
      const blocks = [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))];
      expect(blocks.length, tag).toBeGreaterThan(0);
      const hashes = blocks.map((m) => `'sha256-${createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`);
      expect([...new Set(csp.get(`${tag}-src`))].sort(), tag).toEqual([...new Set(hashes)].sort());
      expect(blocks.filter((m) => /\bsrc=/.test(m[1]!)), tag).toEqual([]);
    }
    // What hashes do not allow: style attributes, event handler attributes, javascript: links.
    expect(html.match(/<[a-z][^>]*\s(style|on[a-z]+)=/gi) ?? []).toEqual([]);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('refuses what it cannot serve with a one-line JSON error', async () => {
    const big = Buffer.alloc(9 * 1024 * 1024, 0x41);
    const raw = await fetch(`${url}/api/lint`, { method: 'POST', body: big, headers: { 'content-type': 'application/octet-stream' } });
    expect(raw.status).toBe(413);
    expect(((await raw.json()) as { error: string }).error).toMatch(/melebihi batas 8 MB untuk satu laporan/);
    const rawEn = await fetch(`${url}/api/lint?lang=en`, { method: 'POST', body: big, headers: { 'content-type': 'application/octet-stream' } });
    expect(((await rawEn.json()) as { error: string }).error).toMatch(/over the 8 MB limit/);
    // In a multipart batch, the oversized file gets its error and the others are linted.
    const fd = form([corpusPath('cilegon-2021.txt')]);
    fd.append('file', new Blob([big]), 'huge.pdf');
    const mixed = (await (await fetch(`${url}/api/lint`, { method: 'POST', body: fd })).json()) as LintOutput;
    expect(mixed.files.map((f) => [f.path, f.error ?? 'ok'])).toEqual([['cilegon-2021.txt', 'ok'], ['huge.pdf', expect.stringMatching(/melebihi batas 8 MB untuk satu laporan/)]]);
    const empty = await fetch(`${url}/api/lint`, { method: 'POST' });
    expect(empty.status).toBe(400);
    const badLang = await fetch(`${url}/api/lint?lang=fr`, { method: 'POST', body: 'x' });
    expect(badLang.status).toBe(400);
    expect(((await badLang.json()) as { error: string }).error).toMatch(/lang harus id atau en/);
  });

  it('sets the security headers on the page and the API, and serves only its own assets', async () => {
    const page = await fetch(`${url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('Pemeriksa LKjIP');
    expect(html).not.toMatch(/<script>|style="/);
    expect((await fetch(`${url}/?lang=en`).then((r) => r.text()))).toContain('LKjIP checker');
    for (const asset of ['/assets/web/app.js', '/assets/format/html.js', '/assets/format/location.js', '/assets/style.css']) expect((await fetch(`${url}${asset}`)).status).toBe(200);
    expect((await fetch(`${url}/assets/../../package.json`)).status).toBe(404);
    expect((await fetch(`${url}/assets/lint.js`)).status).toBe(404);
  });

  it('POST /api/annotate answers the annotated Word or PDF copy, and a clear error otherwise', async () => {
    const findings = (await cliJson([corpusPath('siak-2024.docx')])).files[0]!.findings.length;
    const docx = await fetch(`${url}/api/annotate?name=siak-2024.docx`, { method: 'POST', body: readFileSync(corpusPath('siak-2024.docx')) });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('x-lkjip-lint-comments')).toBe(String(findings));
    expect(docx.headers.get('content-disposition')).toContain('filename="siak-2024.lkjip-lint.docx"');
    const pdf = await fetch(`${url}/api/annotate?name=c.pdf`, { method: 'POST', body: form([corpusPath('cilegon-2021.pdf')]) });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const txt = await fetch(`${url}/api/annotate`, { method: 'POST', body: readFileSync(corpusPath('cilegon-2021.txt')) });
    expect(txt.status).toBe(415);
    const bad = await fetch(`${url}/api/annotate`, { method: 'POST', body: readFileSync(join(ROOT, 'fixtures', 'bad', 'truncated.docx')) });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: string }).error).toMatch(/bukan dokumen Word yang dapat dibaca/);
  });

  it('describes itself in OpenAPI 3.1, with the output schema the CLI JSON follows', async () => {
    const doc = (await (await fetch(`${url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, { post?: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }> };
    expect(doc.openapi).toBe('3.1.0');
    const ref = doc.paths['/api/lint']!.post!.responses['200']!.content!['application/json']!.schema.$ref!;
    const schema = await (await fetch(new URL(ref, url))).json();
    expect(schema).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema', 'lkjip-lint-output.schema.json'), 'utf8')));
    expect((await (await fetch(`${url}/api/health`)).json()) as { status: string }).toMatchObject({ status: 'ok' });
  });
});
