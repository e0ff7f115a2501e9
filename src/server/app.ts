/**
 * `lkjip-lint serve`: the reviewer's web page and a JSON API, on fastify.
 *
 *   GET  /                 the page (Indonesian; `?lang=en` for English)
 *   POST /api/lint         one or many reports (multipart, or the raw file as the body);
 *                          answers the same JSON as `lkjip-lint --format json` (or `?format=html`)
 *   GET  /openapi.json     the API described as OpenAPI 3.1
 *   GET  /api/health       `{ "status": "ok" }`
 *
 * Uploads stay in memory (nothing is written to disk), are capped per file and per request, get
 * their type from their content (sniffing, not the name or the Content-Type), and are linted in a
 * worker pool off the request thread, each with a time limit. Every page carries a strict
 * Content-Security-Policy; report text is escaped by the renderer.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { createPool, runAnnotateTask, runTask } from '../batch.js';
import { failed } from '../results.js';
import type { LintOptions } from '../lint.js';
import type { FileResult, LintOutput } from '../model.js';
import { renderDocument } from '../format/html.js';
import { VERSION } from '../version.js';
import type { Config } from '../config.js';
import { PAGE_CSS, pageHtml } from './page.js';
import { openApi } from './openapi.js';

export interface ServerOptions {
  /** Lint workers (default: the number of cores). */
  jobs?: number;
  /** Per-file time limit in seconds (default 60). */
  timeout?: number;
  /** Largest accepted file in MB (default 50). */
  maxFileMb?: number;
  /** Largest accepted request in MB (default 200). */
  maxRequestMb?: number;
  /** Most files in one request (default 50). */
  maxFiles?: number;
  /** Requests linted at once; more get 503 (default 4 × jobs). */
  maxInFlight?: number;
  /** Per-worker heap limit in MB (default 1536). */
  memoryMb?: number;
  /** Config applied to every upload (rules, sections). */
  config?: Config;
  logger?: boolean;
}

const MB = 1024 * 1024;

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The browser modules the page loads: compiled from src/, served from memory. */
function loadAssets(): Map<string, { body: string; type: string }> {
  const dist = new URL('../', import.meta.url); // dist/src/
  const assets = new Map<string, { body: string; type: string }>();
  for (const file of ['web/app.js', 'format/html.js', 'format/location.js']) {
    assets.set(`/assets/${file}`, { body: readFileSync(new URL(file, dist), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, ''), type: 'text/javascript; charset=utf-8' });
  }
  return assets;
}

function outputSchema(): string {
  return readFileSync(new URL('../../../schema/lkjip-lint-output.schema.json', import.meta.url), 'utf8');
}

/** The name an upload is shown under: its base name, printable, at most 200 characters. */
export function cleanName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const printable = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return printable || 'upload';
}

interface Upload {
  name: string;
  bytes?: Uint8Array;
  error?: { en: string; id: string };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function lintOptionsFromQuery(q: Record<string, unknown>, config: Config): LintOptions {
  const str = (k: string) => (typeof q[k] === 'string' && q[k] !== '' ? (q[k] as string) : undefined);
  const lang = str('lang');
  if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new HttpError(400, `lang must be id or en, not "${lang}"`);
  const year = str('year') !== undefined ? Number(str('year')) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year > 1990 && year < 2100)) throw new HttpError(400, 'year must be a year such as 2024');
  const maxPages = str('maxPages') !== undefined ? Number(str('maxPages')) : undefined;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0 && maxPages <= 2000)) throw new HttpError(400, 'maxPages must be a whole number from 1 to 2000');
  return {
    config,
    ...(lang ? { lang } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(str('office') ? { office: str('office')! } : {}),
    ...(str('password') !== undefined ? { password: str('password')! } : {}),
    ...(maxPages !== undefined ? { maxPages } : {}),
  };
}

export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const jobs = options.jobs ?? availableParallelism();
  const timeout = options.timeout ?? 60;
  const maxFile = (options.maxFileMb ?? 50) * MB;
  const maxRequest = (options.maxRequestMb ?? 200) * MB;
  const maxFiles = options.maxFiles ?? 50;
  const maxInFlight = options.maxInFlight ?? 4 * jobs;
  const memoryMb = options.memoryMb ?? 1536;
  const config = options.config ?? {};
  const pool = createPool(jobs, memoryMb);
  const assets = loadAssets();
  const schema = outputSchema();
  let inFlight = 0;

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: maxRequest });
  // Every body is bytes: a report sent raw (any Content-Type), or multipart.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxFile }, (_req, body, done) => done(null, body));
  await app.register(multipart, { limits: { fileSize: maxFile, files: maxFiles, fields: 20, fieldSize: 1024, parts: maxFiles + 20 }, throwFileSizeLimit: false });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    const status = err instanceof HttpError ? err.status : err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    let message = err.message;
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.code === 'FST_REQ_FILE_TOO_LARGE') message = `the file is over the ${maxFile / MB} MB limit for one report`;
    else if (err.code === 'FST_FILES_LIMIT' || err.code === 'FST_PARTS_LIMIT') message = `too many files in one request (at most ${maxFiles})`;
    else if (status === 500) message = 'internal error; the server log has the details';
    if (status === 500) app.log.error(err);
    void reply.code(status).type('application/json; charset=utf-8').send({ error: message });
  });

  app.get('/', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const lang = q.lang === 'en' ? 'en' : 'id';
    return reply.type('text/html; charset=utf-8').send(pageHtml(lang, { maxFileMb: maxFile / MB, maxFiles }));
  });
  app.get('/assets/style.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-cache').send(PAGE_CSS));
  app.get('/assets/*', async (req, reply) => {
    const asset = assets.get(req.url.split('?')[0]!);
    if (!asset) return reply.code(404).type('application/json; charset=utf-8').send({ error: 'not found' });
    return reply.type(asset.type).header('Cache-Control', 'no-cache').send(asset.body);
  });
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());
  app.get('/api/health', async () => ({ status: 'ok', version: VERSION, inFlight, queued: pool.queueSize, workers: pool.threads.length }));
  app.get('/openapi.json', async (req) => openApi(`http://${req.headers.host ?? 'localhost'}`, { maxFileMb: maxFile / MB, maxRequestMb: maxRequest / MB, maxFiles }));
  app.get('/schema/lkjip-lint-output.schema.json', async (_req, reply) => reply.type('application/schema+json').send(schema));

  async function readUploads(req: FastifyRequest): Promise<Upload[]> {
    const q = req.query as Record<string, unknown>;
    if (!req.isMultipart()) {
      const body = req.body;
      if (!Buffer.isBuffer(body) || body.length === 0) throw new HttpError(400, 'send the report as the request body, or as multipart/form-data with a "file" field');
      return [{ name: cleanName(typeof q.name === 'string' ? q.name : undefined), bytes: new Uint8Array(body) }];
    }
    const uploads: Upload[] = [];
    let total = 0;
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        size += chunk.length;
        total += chunk.length;
        if (total > maxRequest) throw new HttpError(413, `the upload is over the ${maxRequest / MB} MB limit for one request; send fewer files at a time`);
        if (!part.file.truncated) chunks.push(chunk);
      }
      const name = cleanName(part.filename);
      if (part.file.truncated) uploads.push({ name, error: { en: `the file is over the ${maxFile / MB} MB limit for one report; check that it is the right file`, id: `berkas melebihi batas ${maxFile / MB} MB untuk satu laporan; periksa apakah berkasnya benar` } });
      else if (size === 0) uploads.push({ name, error: { en: 'the file is empty', id: 'berkas kosong' } });
      else uploads.push({ name, bytes: new Uint8Array(Buffer.concat(chunks, size)) });
    }
    if (uploads.length === 0) throw new HttpError(400, 'no file in the request: send the report in a multipart "file" field');
    return uploads;
  }

  async function lintUploads(uploads: Upload[], options: LintOptions): Promise<FileResult[]> {
    return Promise.all(uploads.map((u) => (u.bytes ? runTask(pool, { path: u.name, bytes: u.bytes, options }, timeout, memoryMb) : Promise.resolve(failed(u.name, options, u.error?.en ?? 'unreadable', u.error?.id ?? 'tidak dapat dibaca')))));
  }

  /** At most maxInFlight requests are read and linted at once; the others are told to come back. */
  async function withSlot<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
    if (inFlight >= maxInFlight) {
      void reply.header('Retry-After', '5');
      throw new HttpError(503, 'the server is busy linting other reports; try again in a few seconds');
    }
    inFlight++;
    try {
      return await work();
    } finally {
      inFlight--;
    }
  }

  app.post('/api/lint', async (req: FastifyRequest, reply: FastifyReply) => {
    const q = req.query as Record<string, unknown>;
    const format = typeof q.format === 'string' ? q.format : 'json';
    if (format !== 'json' && format !== 'html') throw new HttpError(400, `format must be json or html, not "${format}"`);
    const options = lintOptionsFromQuery(q, config);
    return withSlot(reply, async () => {
      const uploads = await readUploads(req);
      const files = await lintUploads(uploads, options);
      const output: LintOutput = { files };
      if (format === 'html') return reply.type('text/html; charset=utf-8').send(renderDocument(files, options.lang ?? 'id', { version: VERSION }));
      return reply.type('application/json; charset=utf-8').send(output);
    });
  });

  /** The report with its findings inside: Word comments (DOCX) or highlights with notes (PDF). */
  app.post('/api/annotate', async (req: FastifyRequest, reply: FastifyReply) => {
    const options = lintOptionsFromQuery(req.query as Record<string, unknown>, config);
    return withSlot(reply, async () => {
      const uploads = await readUploads(req);
      if (uploads.length !== 1) throw new HttpError(400, 'send one report to annotate');
      const u = uploads[0]!;
      if (!u.bytes) throw new HttpError(413, u.error?.en ?? 'unreadable');
      const outcome = await runAnnotateTask(pool, { path: u.name, bytes: u.bytes, options }, timeout, memoryMb);
      if (outcome.result.error) throw new HttpError(422, outcome.result.error);
      if (outcome.annotateError) throw new HttpError(422, `could not annotate the report: ${outcome.annotateError}`);
      if (!outcome.bytes) throw new HttpError(415, `annotated copies are made for .docx and .pdf reports; this one is ${outcome.result.format}`);
      const ext = outcome.result.format === 'pdf' ? 'pdf' : 'docx';
      const base = u.name.replace(/\.[^.]+$/, '') || 'laporan';
      const file = `${base}.lkjip-lint.${ext}`;
      return reply
        .type(ext === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('Content-Disposition', `attachment; filename="${file.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file)}`)
        .header('X-Lkjip-Lint-Comments', String(outcome.comments ?? 0))
        .send(Buffer.from(outcome.bytes));
    });
  });

  app.addHook('onClose', async () => {
    await pool.destroy();
  });
  return app;
}

/** Start the server; resolves to its address once it listens. */
export async function serve(host: string, port: number, options: ServerOptions = {}): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer(options);
  await app.listen({ host, port });
  const addr = app.server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return { app, url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}` };
}
