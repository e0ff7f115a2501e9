/**
 * The reviewer's web page end to end, in real headless Chromium (Debian's `chromium`, driven by
 * playwright-core; `.ci/run` installs it): upload the corpus DOCX and PDF, a corrupt file and a
 * report with `<script>` in its text; the findings shown must be the CLI's, the corrupt file gets
 * an error card, the script shows as text, and the downloaded HTML report works offline.
 * A screenshot of the results is saved as test-artifacts/web-results.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import JSZip from 'jszip';
import type { FastifyInstance } from 'fastify';
import type { LintOutput } from '../src/model.js';
import type { formatLocation as FormatLocation } from '../src/format/location.js';
import type { buildServer as BuildServer } from '../src/server/app.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const ARTIFACTS = join(ROOT, 'test-artifacts');
// The server runs the compiled worker (dist/), as `lkjip-lint serve` does; `npm test` builds first.
const { buildServer } = (await import(join(ROOT, 'dist', 'src', 'server', 'app.js'))) as { buildServer: typeof BuildServer };
const { formatLocation } = (await import(join(ROOT, 'dist', 'src', 'format', 'location.js'))) as { formatLocation: typeof FormatLocation };

const FILES = [corpusPath('siak-2024.docx'), corpusPath('cilegon-2021.pdf'), join(ROOT, 'fixtures', 'bad', 'truncated.docx'), join(ROOT, 'fixtures', 'web', 'script-in-report.txt')];
const name = (p: string) => p.split('/').pop()!;

function cliJson(file: string): LintOutput {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(r.stdout) as LintOutput;
}

let app: FastifyInstance;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await buildServer({ jobs: 2 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.setInputFiles('#file', FILES);
  // Every upload ends as done or failed.
  await page.waitForFunction((n) => document.querySelectorAll('#uploads .state.done, #uploads .state.failed').length === n, FILES.length, { timeout: 120_000 });
  // The reports are collapsed until opened: open them all.
  await page.waitForFunction((n) => document.querySelectorAll('#results .season-report').length === n, FILES.length);
  await page.click('#expand-all');
  await page.waitForFunction((n) => document.querySelectorAll('section.report').length === n, FILES.length);
  expect(errors).toEqual([]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

interface Shown {
  rule: string;
  location: string;
  message: string;
}

async function shown(file: string): Promise<Shown[]> {
  return page.$$eval(`section.report[data-file="${file}"] li.finding`, (lis) =>
    lis.map((li) => ({ rule: (li as HTMLElement).dataset.rule!, location: (li as HTMLElement).dataset.location!, message: li.querySelector('.msg')!.textContent! })),
  );
}

describe('web page', () => {
  it('shows, for each uploaded report, the findings the CLI reports for the same file', async () => {
    for (const file of [FILES[0]!, FILES[1]!, FILES[3]!]) {
      const cli = cliJson(file).files[0]!;
      expect(cli.findings.length).toBeGreaterThan(0);
      const expected = cli.findings.map((f) => ({ rule: f.ruleId, location: formatLocation(f.location), message: f.message }));
      // The page groups findings by section; compare as sets of (rule, place, message) with counts.
      const key = (x: Shown) => `${x.rule}|${x.location}|${x.message}`;
      expect((await shown(name(file))).map(key).sort()).toEqual(expected.map(key).sort());
      // Office, year and the error count in the report's header.
      const header = await page.textContent(`section.report[data-file="${name(file)}"] header`);
      if (cli.report.office) expect(header).toContain(cli.report.office);
      const errors = cli.findings.filter((f) => f.severity === 'error').length;
      expect(await page.textContent(`section.report[data-file="${name(file)}"] .count-error .n`)).toBe(String(errors));
    }
  });

  it('saves a screenshot of the results', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'web-results.png'), fullPage: false });
    expect(readFileSync(join(ARTIFACTS, 'web-results.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('shows an error card for the corrupt file while the others succeed', async () => {
    const cli = cliJson(FILES[2]!).files[0]!;
    expect(cli.error).toBeTruthy();
    const card = await page.textContent(`section.report.unreadable[data-file="truncated.docx"] .error-card`);
    expect(card).toContain(cli.error!);
    // Its line in the upload list says why, too.
    expect(await page.textContent('#uploads li:nth-child(3) .state.failed')).toBe(`gagal: ${cli.error}`);
    expect(await page.$$eval('section.report', (s) => s.length)).toBe(4);
    // The batch overview has one row per report.
    expect(await page.$$eval('section.overview tbody tr', (r) => r.length)).toBe(4);
  });

  it('renders a <script> in a report as text and never runs it', async () => {
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const excerpts = await page.$$eval('section.report[data-file="script-in-report.txt"] .excerpt', (els) => els.map((e) => e.textContent ?? ''));
    expect(excerpts.some((t) => t.includes('<script>window.pwned = 1</script>'))).toBe(true);
    expect(await page.$$eval('section.report script, section.report img', (els) => els.length)).toBe(0);
  });

  it('filters by rule and by severity', async () => {
    const sel = 'section.report[data-file="siak-2024.docx"]';
    const total = (await shown('siak-2024.docx')).length;
    const placeholders = (await shown('siak-2024.docx')).filter((f) => f.rule === 'placeholder').length;
    expect(placeholders).toBeGreaterThan(0);
    await page.selectOption(`${sel} select[data-filter-rule]`, 'placeholder');
    expect(await page.$$eval(`${sel} li.finding:not([hidden])`, (l) => l.length)).toBe(placeholders);
    await page.selectOption(`${sel} select[data-filter-rule]`, '');
    await page.uncheck(`${sel} input[data-filter-severity="warning"]`);
    const warnings = await page.$$eval(`${sel} li.finding[data-severity="warning"]`, (l) => l.length);
    expect(await page.$$eval(`${sel} li.finding:not([hidden])`, (l) => l.length)).toBe(total - warnings);
    await page.check(`${sel} input[data-filter-severity="warning"]`);
    expect(await page.$$eval(`${sel} li.finding:not([hidden])`, (l) => l.length)).toBe(total);
  });

  it('downloads the annotated report: the Word file with one comment per finding', async () => {
    const sel = 'section.report[data-file="siak-2024.docx"] button[data-annotate]';
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(sel)]);
    expect(download.suggestedFilename()).toBe('siak-2024.lkjip-lint.docx');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const comments = (await zip.file('word/comments.xml')!.async('string')).match(/<w:comment\b[^>]*w:author="lkjip-lint"/g) ?? [];
    expect(comments.length).toBe(cliJson(FILES[0]!).files[0]!.findings.length);
    // No such button for a text report or an unreadable file.
    expect(await page.$$eval('section.report[data-file="script-in-report.txt"] button[data-annotate], section.report.unreadable button', (b) => b.length)).toBe(0);
  });

  it('downloads JSON equal to the API answer and an HTML report that opens offline', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const downloaded = JSON.parse(readFileSync((await json.path())!, 'utf8')) as LintOutput;
    expect(downloaded.files.map((f) => f.path)).toEqual(FILES.map(name));
    expect(downloaded.files[0]!.findings).toEqual(cliJson(FILES[0]!).files[0]!.findings);

    const [html] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
    const saved = join(ARTIFACTS, 'lkjip-lint-report.html');
    await html.saveAs(saved);
    const offline = await browser.newContext({ offline: true });
    const requests: string[] = [];
    offline.on('request', (r) => requests.push(r.url()));
    const report = await offline.newPage();
    await report.goto(pathToFileURL(saved).href);
    const total = downloaded.files.reduce((n, f) => n + f.findings.length, 0);
    expect(await report.$$eval('li.finding', (l) => l.length)).toBe(total);
    expect(await report.textContent('section.report.unreadable .error-card')).toContain(downloaded.files[2]!.error!);
    // Its filters work without the server.
    const sel = 'section.report[data-file="cilegon-2021.pdf"]';
    await report.uncheck(`${sel} input[data-filter-severity="error"]`);
    const errors = downloaded.files[1]!.findings.filter((f) => f.severity === 'error').length;
    expect(await report.$$eval(`${sel} li.finding:not([hidden])`, (l) => l.length)).toBe(downloaded.files[1]!.findings.length - errors);
    // Nothing but the file itself was loaded.
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(await report.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await offline.close();
  });
});
