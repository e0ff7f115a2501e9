/**
 * The browser tests' shared set-up (web.e2e, web-csp.e2e, web-season.e2e, web-revision.e2e):
 * Chromium found or one clear line, the web server on a free port, a page of it whose script
 * errors are collected, and one way to upload reports through the page and wait for them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { buildServer as BuildServer } from '../src/server/app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with nothing of its own running in the background (no network beside the page's). */
export function launchChromium(): Promise<Browser> {
  expect(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`).toBe(true);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}

export interface Served {
  app: FastifyInstance;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The built server (dist/, as users run it) listening on a free port of 127.0.0.1, and Chromium. */
export async function serveAndLaunch(jobs: number): Promise<Served> {
  const { buildServer } = (await import(join(import.meta.dirname, '..', 'dist', 'src', 'server', 'app.js'))) as { buildServer: typeof BuildServer };
  const app = await buildServer({ jobs });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  return {
    app,
    url,
    browser,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * A new page (in its own context, downloads accepted) at `url`; its script errors and console
 * errors (CSP violations among them) are pushed to `problems`.
 */
export async function openPage(browser: Browser, url: string, problems: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true, ...options })).newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(url);
  return page;
}

/** A file to upload: a path on disk, or a name with its bytes. */
export type Upload = string | { name: string; mimeType: string; buffer: Buffer };

const uploadName = (u: Upload) => (typeof u === 'string' ? basename(u) : u.name);

const MIME: Record<string, string> = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf', txt: 'text/plain', md: 'text/markdown' };

/**
 * Drop `files` on the element `selector` as a user drags them from the file manager: a
 * DataTransfer holding them, `dragover` then `drop` (the events the page listens to).
 */
async function dropFiles(page: Page, selector: string, files: Upload[]): Promise<void> {
  const payload = files.map((u) =>
    typeof u === 'string'
      ? { name: basename(u), mimeType: MIME[u.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream', data: readFileSync(u).toString('base64') }
      : { name: u.name, mimeType: u.mimeType, data: u.buffer.toString('base64') },
  );
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
    return dt;
  }, payload);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

/**
 * Upload `files` through the page's file input `into` (the page's picker by default, or a card's
 * "upload its revision" input), or dropped on the element `drop` (a report's card), and wait until
 * they have ended, done or failed, each with its row in the overview unless `rows` is false (a
 * reloaded page lists its restored reports in the overview, not among this visit's uploads).
 * Returns the uploaded names.
 */
export async function upload(page: Page, files: Upload[], options: { into?: string; drop?: string; rows?: boolean; timeout?: number } = {}): Promise<string[]> {
  const states = (await page.locator('#uploads .state').count()) + files.length;
  const rows = options.rows === false ? -1 : (await page.locator('#overview-body tr').count()) + files.length;
  if (options.drop) await dropFiles(page, options.drop, files);
  else await page.setInputFiles(options.into ?? '#file', files as Parameters<Page['setInputFiles']>[1]);
  await page.waitForFunction(
    ([n, r]) => document.querySelectorAll('#uploads .state.done, #uploads .state.failed').length >= n && (r < 0 || document.querySelectorAll('#overview-body tr').length === r),
    [states, rows] as const,
    { timeout: options.timeout ?? 240_000 },
  );
  return files.map(uploadName);
}
