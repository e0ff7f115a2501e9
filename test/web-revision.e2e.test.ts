/**
 * The second round of a season in the web page, in real headless Chromium: a revision uploaded
 * next to its earlier version (the card's "upload its revision") shows what it fixed, kept and
 * newly has, matched by fingerprint as `lkjip-lint compare` does; "download all annotated copies"
 * gives one ZIP with every Word and PDF report's copy, the page's accepted findings left out of
 * them; a reload keeps the revision's link to its earlier version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import type { FastifyInstance } from 'fastify';
import type { buildServer as BuildServer } from '../src/server/app.js';
import type { LintOutput } from '../src/model.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const { buildServer } = (await import(join(ROOT, 'dist', 'src', 'server', 'app.js'))) as { buildServer: typeof BuildServer };
const lintJson = (file: string) => (JSON.parse(spawnSync(process.execPath, [CLI, '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout) as LintOutput).files[0]!;

/** Siak's report with three of its leftovers fixed, as a satker sends back a revision. */
function revisedSiak(): Buffer {
  let text = readFileSync(corpusPath('siak-2024.txt'), 'utf8');
  for (const t of ['[Melaksanakan monitoring dan Evaluasi secara berkala kepada setiap seksi]', '[Menerapkan Inovasi berbasis IT dalam pelaksanaan operasional perkantoran]']) text = text.replace(t, t.slice(1, -1));
  text = text.replace('[Penjabaran capaian lain yang menjadi highlight satuan kerja]', 'Capaian lain yang menonjol adalah layanan paspor simpatik.');
  return Buffer.from(text);
}

const UPLOADS = [
  { name: 'cilegon-2021.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: readFileSync(corpusPath('cilegon-2021.docx')) },
  { name: 'cilegon-2021.pdf', mimeType: 'application/pdf', buffer: readFileSync(corpusPath('cilegon-2021.pdf')) },
  { name: 'siak-2024.txt', mimeType: 'text/plain', buffer: readFileSync(corpusPath('siak-2024.txt')) },
];

let app: FastifyInstance;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const card = (file: string) => `.season-report[data-file="${file}"]`;
const settled = (n: number) => page.waitForFunction((k) => document.querySelectorAll('#uploads .state.done, #uploads .state.failed').length >= k && document.querySelectorAll('#overview-body tr').length === k, n, { timeout: 240_000 });

beforeAll(async () => {
  app = await buildServer({ jobs: 2 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(`${url}/?lang=en`);
  await page.setInputFiles('#file', UPLOADS);
  await settled(UPLOADS.length);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a revision next to its earlier version', () => {
  it('shows the three fixed findings, the rest still there and none new, as compare does', async () => {
    await page.setInputFiles(`${card('siak-2024.txt')} input.revision-file`, { name: 'siak-2024-revisi.txt', mimeType: 'text/plain', buffer: revisedSiak() });
    await settled(UPLOADS.length + 1);
    const line = page.locator(`${card('siak-2024-revisi.txt')} p.revision`);
    await line.waitFor();
    expect(await line.getAttribute('data-revision-of')).toBe('siak-2024.txt');
    expect(await line.getAttribute('data-fixed')).toBe('3');
    expect(await line.getAttribute('data-added')).toBe('0');
    const kept = Number(await line.getAttribute('data-kept'));
    expect(kept).toBeGreaterThan(200);
    expect(await line.textContent()).toBe(`revision of siak-2024.txt: 3 fixed, ${kept} still there, 0 new`);
    // Opened: the fixed findings are listed, the earlier version's bracketed leftovers among them.
    await page.click(`${card('siak-2024-revisi.txt')} > .toggle`);
    const fixed = await page.$$eval(`${card('siak-2024-revisi.txt')} .comparison .fixed li`, (lis) => lis.map((li) => li.textContent ?? ''));
    expect(fixed).toHaveLength(3);
    expect(fixed.join('\n')).toMatch(/Melaksanakan monitoring/);
    expect(await page.locator(`${card('siak-2024-revisi.txt')} .comparison .kept li`).count()).toBe(kept);
    expect(await page.locator(`${card('siak-2024-revisi.txt')} .comparison .added li`).count()).toBe(0);
  });

  it('"download all" is one ZIP of the Word and PDF copies, accepted findings left out; text reports have none', async () => {
    const docx = lintJson(corpusPath('cilegon-2021.docx'));
    const pdf = lintJson(corpusPath('cilegon-2021.pdf'));
    // Accept one finding of the Word report (its fingerprint may stand for several).
    await page.click(`${card('cilegon-2021.docx')} > .toggle`);
    const button = page.locator(`${card('cilegon-2021.docx')} button[data-accept]`).first();
    const fp = (await button.getAttribute('data-accept'))!;
    const same = docx.findings.filter((f) => f.fingerprint === fp).length;
    expect(same).toBeGreaterThan(0);
    await button.click();
    await page.waitForFunction(() => document.querySelector('#overview-body tr[data-file="cilegon-2021.docx"] td:nth-child(6)')?.textContent !== '0');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.click('#download-zip')]);
    expect(download.suggestedFilename()).toBe('lkjip-lint-annotated.zip');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(Object.keys(zip.files).sort()).toEqual(['cilegon-2021.lkjip-lint.docx', 'cilegon-2021.lkjip-lint.pdf']);
    const word = await JSZip.loadAsync(await zip.file('cilegon-2021.lkjip-lint.docx')!.async('uint8array'));
    const comments = await word.file('word/comments.xml')!.async('string');
    expect([...comments.matchAll(/<w:comment\b/g)].length).toBe(docx.findings.length - same);
    const copy = await zip.file('cilegon-2021.lkjip-lint.pdf')!.async('uint8array');
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await lib.getDocument({ data: copy, isEvalSupported: false }).promise;
    let highlights = 0;
    for (let p = 1; p <= doc.numPages; p++) highlights += (await (await doc.getPage(p)).getAnnotations()).filter((a) => a.subtype === 'Highlight').length;
    expect(highlights).toBe(pdf.findings.filter((f) => f.fingerprint !== fp).length);
    expect(await page.textContent('#zip-status')).toBe('2 annotated copies downloaded');
  }, 300_000);

  it('a reload keeps the revision next to its earlier version', async () => {
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('#overview-body tr').length === n, UPLOADS.length + 1);
    const line = page.locator(`${card('siak-2024-revisi.txt')} p.revision`);
    expect(await line.getAttribute('data-fixed')).toBe('3');
    expect(problems).toEqual([]);
  });
});
