/**
 * The web page for a season, in real headless Chromium (as test/web.e2e.test.ts): 60 uploads of
 * small text reports cut from the corpus (siak-2024 and cilegon-2021) under different unit names
 * and years. The overview sorts by errors, the search finds a unit, reports stay collapsed (and
 * unrendered) until opened, a finding accepted is hidden, the downloaded accepted list uploaded
 * again restores it, and a reload keeps the results and the accepted list (IndexedDB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import type { FastifyInstance } from 'fastify';
import type { buildServer as BuildServer } from '../src/server/app.js';
import type { lint as Lint } from '../src/lint.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const { buildServer } = (await import(join(ROOT, 'dist', 'src', 'server', 'app.js'))) as { buildServer: typeof BuildServer };
const { lint } = (await import(join(ROOT, 'dist', 'src', 'lint.js'))) as { lint: typeof Lint };

const PLACES = ['Bengkalis', 'Dumai', 'Batam', 'Bintan', 'Tarempa', 'Karimun', 'Natuna', 'Pekanbaru', 'Tembilahan', 'Rengat'];
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const SIAK = readFileSync(corpusPath('siak-2024.txt'), 'utf8').split('\n');
const CILEGON = readFileSync(corpusPath('cilegon-2021.txt'), 'utf8').split('\n');

/** 60 small reports: a slice of a corpus report (longer for later ones), renamed and re-dated. */
const REPORTS = PLACES.flatMap((place, p) =>
  YEARS.map((year, y) => {
    const k = p * YEARS.length + y;
    const siak = k % 2 === 0;
    const lines = (siak ? SIAK : CILEGON).slice(0, 60 + (k % 7) * 25).join('\n');
    const text = siak ? lines.replace(/Siak/g, place).replace(/SIAK/g, place.toUpperCase()).replace(/2024/g, String(year)) : lines.replace(/Cilegon/g, place).replace(/CILEGON/g, place.toUpperCase()).replace(/2021/g, String(year));
    return { name: `${place.toLowerCase()}-${year}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) };
  }),
);

let app: FastifyInstance;
let url: string;
let browser: Browser;
let page: Page;
/** How many findings the accepted one stands for (the same fingerprint). */
let same = 0;
const problems: string[] = [];

const visibleRows = () => page.$$eval('#overview-body tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.file!));
const errorsColumn = () => page.$$eval('#overview-body tr', (rows) => rows.map((r) => Number(r.querySelector('td.errors')!.textContent)));
const card = (file: string) => `.season-report[data-file="${file}"]`;
/** Open a card's folded groups (findings of one cause under their first one), so every finding is on screen. */
const unfold = (file: string) => page.$$eval(`${card(file)} li.same-cause details`, (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));

beforeAll(async () => {
  app = await buildServer({ jobs: 2 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  // Script errors and CSP violations (the page uses no inline script or style) fail the last test.
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(`${url}/?lang=en`);
  await page.setInputFiles('#file', REPORTS);
  await page.waitForFunction((n) => document.querySelectorAll('#uploads .state.done, #uploads .state.failed').length === n && document.querySelectorAll('#overview-body tr').length === n, REPORTS.length, { timeout: 240_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the web page for a season (60 uploads)', () => {
  it('lists every report in the overview and renders no report body until it is opened', async () => {
    expect((await visibleRows()).sort()).toEqual(REPORTS.map((r) => r.name).sort());
    expect(await page.locator('#uploads .state.failed').count()).toBe(0);
    // Collapsed: nothing of the findings is in the page yet.
    expect(await page.locator('li.finding').count()).toBe(0);
  });

  it('sorts the overview by errors, most first, then fewest first', async () => {
    const one = REPORTS[REPORTS.length - 1]!;
    const cli = await lint(one.name, one.buffer);
    const errors = cli.findings.filter((f) => f.severity === 'error').length;
    await page.click('#overview th[data-sort="errors"]');
    await page.waitForSelector('#overview th[data-sort="errors"][aria-sort="descending"]');
    let column = await errorsColumn();
    expect(column).toEqual([...column].sort((a, b) => b - a));
    expect(new Set(column).size).toBeGreaterThan(1);
    expect(column).toContain(errors);
    await page.click('#overview th[data-sort="errors"]');
    await page.waitForSelector('#overview th[data-sort="errors"][aria-sort="ascending"]');
    column = await errorsColumn();
    expect(column).toEqual([...column].sort((a, b) => a - b));
    // The report cards follow the table's order.
    const cards = await page.$$eval('#results .season-report', (c) => c.map((x) => (x as HTMLElement).dataset.file!));
    expect(cards).toEqual(await page.$$eval('#overview-body tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.file!)));
  });

  it('finds a unit by search, in the overview and among the reports', async () => {
    await page.fill('#search', 'natuna');
    await page.waitForFunction(() => document.querySelectorAll('#overview-body tr:not([hidden])').length === 6);
    expect((await visibleRows()).sort()).toEqual(YEARS.map((y) => `natuna-${y}.txt`));
    // The unit as the report names it is in the row.
    expect(await page.textContent('#overview-body tr[data-file="natuna-2024.txt"]')).toContain('Natuna');
    expect(await page.locator('#results .season-report:visible').count()).toBe(6);
    await page.fill('#search', '');
    await page.waitForFunction((n) => document.querySelectorAll('#overview-body tr:not([hidden])').length === n, REPORTS.length);
  });

  it('opens and closes a report, rendering its findings when first opened', async () => {
    const report = REPORTS.find((r) => r.name === 'natuna-2024.txt')!;
    const cli = await lint(report.name, report.buffer);
    expect(cli.findings.length).toBeGreaterThan(0);
    await page.click(`${card(report.name)} > .toggle`);
    expect(await page.getAttribute(`${card(report.name)} > .toggle`, 'aria-expanded')).toBe('true');
    expect(await page.locator(`${card(report.name)} li.finding`).count()).toBe(cli.findings.length);
    await unfold(report.name);
    expect(await page.locator(`${card(report.name)} li.finding:visible`).count()).toBe(cli.findings.length);
    // Only the opened report was rendered.
    expect(await page.locator('li.finding').count()).toBe(cli.findings.length);
    await page.click(`${card(report.name)} > .toggle`);
    expect(await page.locator(`${card(report.name)} li.finding:visible`).count()).toBe(0);
    await page.click(`${card(report.name)} > .toggle`);
    expect(await page.locator(`${card(report.name)} li.finding:visible`).count()).toBe(cli.findings.length);
  });

  it('filters across reports by severity', async () => {
    const report = REPORTS.find((r) => r.name === 'natuna-2024.txt')!;
    const cli = await lint(report.name, report.buffer);
    const errors = cli.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    await page.uncheck('input[data-global-severity="error"]');
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(`${sel} li.finding:not(.gone)`).length === n, [card(report.name), cli.findings.length - errors] as const);
    await page.check('input[data-global-severity="error"]');
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(`${sel} li.finding:not(.gone)`).length === n, [card(report.name), cli.findings.length] as const);
  });

  it('accepts a finding (hidden, counted), and the downloaded accepted list uploaded again restores it', async () => {
    const file = 'natuna-2024.txt';
    const sel = `${card(file)} li.finding`;
    await unfold(file);
    const before = await page.locator(`${sel}:visible`).count();
    const first = page.locator(`${sel}:visible`).first();
    const fp = (await first.locator('button[data-accept]').getAttribute('data-accept'))!;
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    // Findings of one rule quoting the same text in one section share the fingerprint: accepted together.
    same = await page.locator(`${card(file)} button[data-accept="${fp}"]`).count();
    expect(same).toBeGreaterThanOrEqual(1);
    await page.fill('#accept-reason', 'dijelaskan di BAB III');
    await first.locator('button[data-accept]').click();
    await page.waitForFunction(([s, n]) => Array.from(document.querySelectorAll(s)).filter((li) => !li.classList.contains('gone')).length === n, [sel, before - same] as const);
    expect(await page.locator(`${card(file)} button[data-accept="${fp}"]:visible`).count()).toBe(0);
    expect(Number(await page.textContent(`#overview-body tr[data-file="${file}"] td:nth-child(6)`))).toBe(same);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-accepted')]);
    const saved = (await download.path())!;
    const list = JSON.parse(readFileSync(saved, 'utf8')) as { accepted: { fingerprint: string; reason: string }[] };
    expect(list.accepted).toEqual([{ fingerprint: fp, reason: 'dijelaskan di BAB III', ruleId: expect.any(String) }]);

    await page.click('#clear-accepted');
    await page.waitForFunction(([s, n]) => Array.from(document.querySelectorAll(s)).filter((li) => !li.classList.contains('gone')).length === n, [sel, before] as const);
    await page.setInputFiles('#upload-accepted', saved);
    await page.waitForFunction(([s, n]) => Array.from(document.querySelectorAll(s)).filter((li) => !li.classList.contains('gone')).length === n, [sel, before - same] as const);
    expect(await page.locator(`${card(file)} button[data-accept="${fp}"]:visible`).count()).toBe(0);
  });

  it('keeps the results and the accepted list across a reload', async () => {
    const file = 'natuna-2024.txt';
    const rowBefore = await page.textContent(`#overview-body tr[data-file="${file}"]`);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('#overview-body tr').length === n, REPORTS.length);
    expect((await visibleRows()).sort()).toEqual(REPORTS.map((r) => r.name).sort());
    expect(await page.textContent(`#overview-body tr[data-file="${file}"]`)).toBe(rowBefore);
    await page.click(`${card(file)} > .toggle`);
    await unfold(file);
    const report = REPORTS.find((r) => r.name === file)!;
    const total = (await lint(report.name, report.buffer)).findings.length;
    expect(await page.locator(`${card(file)} li.finding`).count()).toBe(total);
    expect(await page.locator(`${card(file)} li.finding:visible`).count()).toBe(total - same);
    // Shown again, marked, with "show accepted".
    await page.check('#show-accepted');
    await page.waitForFunction(([s, n]) => document.querySelectorAll(`${s} li.finding.accepted:not(.gone)`).length === n, [card(file), same] as const);
    expect(problems).toEqual([]);
  });
});
