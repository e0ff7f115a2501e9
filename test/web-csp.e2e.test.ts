/**
 * In real headless Chromium (as test/web.e2e.test.ts): the HTML report the API answers for
 * `?format=html` is shown under the CSP the server sends with it (its inline style and script are
 * allowed by their hashes, nothing else), and the page asks a busy server (503) again after the
 * Retry-After it was given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import type { FastifyInstance } from 'fastify';
import type { buildServer as BuildServer } from '../src/server/app.js';
import type { lint as Lint } from '../src/lint.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const { buildServer } = (await import(join(ROOT, 'dist', 'src', 'server', 'app.js'))) as { buildServer: typeof BuildServer };
const { lint } = (await import(join(ROOT, 'dist', 'src', 'lint.js'))) as { lint: typeof Lint };
const REPORT = corpusPath('cilegon-2021.txt');

let app: FastifyInstance;
let url: string;
let browser: Browser;

beforeAll(async () => {
  app = await buildServer({ jobs: 1 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('in Chromium', () => {
  it('shows the ?format=html report under its own CSP: styled, its filter script running, no violation', async () => {
    const fd = new FormData();
    fd.append('file', new Blob([readFileSync(REPORT)]), 'cilegon.txt');
    const res = await fetch(`${url}/api/lint?format=html`, { method: 'POST', body: fd });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    const body = await res.text();
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    // The browser gets the API's own answer, headers and all, as a page of this server.
    await page.route(`${url}/report.html`, (route) => route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers.entries()), body }));
    await page.goto(`${url}/report.html`);
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('1100px');
    const errors = (await lint('cilegon.txt', readFileSync(REPORT))).findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    // Groups are folded under their first finding (details): opened, every error is on screen.
    await page.$$eval('li.same-cause details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.locator('li.finding[data-severity="error"]:visible').count()).toBe(errors);
    await page.locator('input[data-filter-severity="error"]').first().uncheck();
    expect(await page.locator('li.finding[data-severity="error"]:visible').count()).toBe(0);
    expect(violations).toEqual([]);
    await page.close();
  }, 120_000);

  it('asks a busy server again after its Retry-After, and shows the result', async () => {
    const page = await browser.newPage();
    const posts: number[] = [];
    await page.route(`${url}/api/lint**`, async (route) => {
      posts.push(Date.now());
      // The first answer is the server's own 503, the next ones reach the server.
      if (posts.length === 1) await route.fulfill({ status: 503, headers: { 'Retry-After': '1', 'content-type': 'application/json' }, body: JSON.stringify({ error: 'busy' }) });
      else await route.continue();
    });
    await page.goto(`${url}/?lang=en`);
    await page.setInputFiles('#file', [REPORT]);
    // The wait it was told to take is shown while it waits.
    await page.getByText('server busy, retrying in 1 s').waitFor({ timeout: 30_000 });
    await page.locator('#uploads .state.done, #uploads .state.failed').first().waitFor({ timeout: 90_000 });
    expect(await page.locator('#uploads .state').first().textContent()).toMatch(/^done: \d+ errors/);
    expect(posts).toHaveLength(2);
    await page.close();
  }, 120_000);
});
