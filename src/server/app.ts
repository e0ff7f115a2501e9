/**
 * `lkjip-lint serve`: the reviewer's web page and a JSON API, on fastify.
 *
 *   GET  /                 the page (Indonesian; `?lang=en` for English)
 *   POST /api/lint         one or many reports (multipart, or the raw file as the body);
 *                          answers the same JSON as `lkjip-lint --format json` (or `?format=html`, `?format=sarif`)
 *   GET  /openapi.json     the API described as OpenAPI 3.1
 *   GET  /api/health       `{ "status": "ok" }`
 *
 * Uploads stay in memory (nothing is written to disk), are capped per file and per request, get
 * their type from their content (sniffing, not the name or the Content-Type), and are linted in a
 * worker pool off the request thread, each with a time limit. Every page carries a strict
 * Content-Security-Policy; report text is escaped by the renderer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { availableParallelism } from 'node:os';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { createPool, runAnnotateTask, runTask } from '../batch.js';
import { langOf, unreadable } from '../results.js';
import type { LintOptions } from '../lint.js';
import type { FileResult, LintOutput } from '../model.js';
import { renderDocument } from '../format/html.js';
import { VERSION } from '../version.js';
import type { Config } from '../config.js';
import { PAGE_CSS, pageHtml } from './page.js';
import { openApi } from './openapi.js';
import { FairQueue } from './fair.js';
import { Allowance, busy, checkDeclaredLength, InFlightBytes, readRawBody, readUploads, type Limits, type Upload } from './intake.js';
import { allowedMethods, hostPolicy, refuseForeign } from './guard.js';
import { t } from '../messages.js';
import { HttpError, requestLang } from './http-error.js';
import { parseAccepted } from '../web/accepted.js';

export { cleanName } from './intake.js';

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
  /** Requests of one client waiting for or in the workers; more get 503 (default 4 × jobs). */
  maxInFlight?: number;
  /** Upload bytes held at once by all requests (default 2 × maxRequestMb); one client holds at most maxRequestMb. */
  maxInFlightMb?: number;
  /** Seconds a client has to send a whole request, headers and body (default 300). */
  requestTimeout?: number;
  /** Seconds a client has to send the request headers (default 20, at most requestTimeout). */
  headersTimeout?: number;
  /** Open connections one client address may hold; more are closed at once (default 32). */
  maxConnectionsPerClient?: number;
  /** Per-worker heap limit in MB (default 1536). */
  memoryMb?: number;
  /** Config applied to every upload (rules, sections). */
  config?: Config;
  /** The address it listens on (a named address is a name of this server, for the Host check). */
  host?: string;
  /** More host names the server answers to (the Host header), besides localhost and 127.0.0.1. */
  allowHosts?: string[];
  /** Request log level (pino's: fatal, error, warn, info, debug, trace; default silent). */
  logLevel?: string;
  /** Where the request log goes (default stderr). */
  logStream?: NodeJS.WritableStream;
}

const MB = 1024 * 1024;

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The paths the server answers and their methods (other methods get 405 with `Allow`). */
const ROUTES: Record<string, string> = {
  '/': 'GET, HEAD',
  '/assets/*': 'GET, HEAD',
  '/favicon.ico': 'GET, HEAD',
  '/api/health': 'GET, HEAD',
  '/openapi.json': 'GET, HEAD',
  '/schema/lkjip-lint-output.schema.json': 'GET, HEAD',
  '/api/lint': 'POST',
  '/api/annotate': 'POST',
};

/** The browser modules the page loads: compiled from src/, served from memory. */
function loadAssets(): Map<string, { body: string; type: string }> {
  const dist = new URL('../', import.meta.url); // dist/src/
  const assets = new Map<string, { body: string; type: string }>();
  for (const file of ['web/app.js', 'web/accepted.js', 'web/store.js', 'format/html.js', 'format/location.js', 'messages.js', 'compare-match.js']) {
    assets.set(`/assets/${file}`, { body: readFileSync(new URL(file, dist), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, ''), type: 'text/javascript; charset=utf-8' });
  }
  // JSZip's browser build, for the page's "download all annotated copies" ZIP.
  assets.set('/assets/jszip.min.js', { body: readFileSync(createRequire(import.meta.url).resolve('jszip/dist/jszip.min.js'), 'utf8'), type: 'text/javascript; charset=utf-8' });
  return assets;
}

function outputSchema(): string {
  return readFileSync(new URL('../../../schema/lkjip-lint-output.schema.json', import.meta.url), 'utf8');
}

/** The URL to log: the path and the query's names, never a password. */
function loggedUrl(url: string): string {
  const [path, query] = url.split('?', 2);
  if (!query) return path!;
  return `${path}?${query.split('&').map((kv) => (/^password=/i.test(kv) ? 'password=***' : kv.slice(0, 100))).join('&')}`;
}

export function lintOptionsFromQuery(q: Record<string, unknown>, config: Config): LintOptions {
  const str = (k: string) => (typeof q[k] === 'string' && q[k] !== '' ? (q[k] as string) : undefined);
  const lang = str('lang');
  if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new HttpError(400, 'http.lang', { value: lang.slice(0, 20) });
  const year = str('year') !== undefined ? Number(str('year')) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year > 1990 && year < 2100)) throw new HttpError(400, 'http.year');
  const maxPages = str('maxPages') !== undefined ? Number(str('maxPages')) : undefined;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0 && maxPages <= 2000)) throw new HttpError(400, 'http.maxPages');
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
  const limits: Limits = { maxFile: (options.maxFileMb ?? 50) * MB, maxRequest: (options.maxRequestMb ?? 200) * MB, maxFiles: options.maxFiles ?? 50 };
  const { maxFile, maxRequest, maxFiles } = limits;
  const maxInFlight = options.maxInFlight ?? 4 * jobs;
  const memoryMb = options.memoryMb ?? 1536;
  const config = options.config ?? {};
  const requestMs = (options.requestTimeout ?? 300) * 1000;
  const headersMs = Math.min((options.headersTimeout ?? 20) * 1000, requestMs);
  const pool = createPool(jobs, memoryMb);
  // The workers take files from each client in turn; the pool only ever has `jobs` files, so a
  // file's time limit runs while it is linted.
  const fair = new FairQueue(jobs);
  const bytes = new InFlightBytes((options.maxInFlightMb ?? 2 * (maxRequest / MB)) * MB, maxRequest);
  /** Requests per client whose uploads are in memory, waiting for or in the workers. */
  const linting = new Map<string, number>();
  const hosts = hostPolicy(options.host, options.allowHosts);
  const assets = loadAssets();
  const schema = outputSchema();
  const allowances = new WeakMap<FastifyRequest, Allowance>();
  // Every request gets its allowance in onRequest, before any body is read.
  const allowanceOf = (req: FastifyRequest) => allowances.get(req)!;

  const logLevel = options.logLevel ?? 'silent';
  const app = Fastify({
    logger:
      logLevel === 'silent'
        ? false
        : {
            level: logLevel,
            stream: options.logStream ?? process.stderr,
            // Method, path, client and status: never a report's text, a file or a password.
            serializers: {
              req: (req: { method?: string; url?: string; ip?: string; socket?: { remoteAddress?: string } }) => ({ method: req.method, url: loggedUrl(req.url ?? ''), remoteAddress: req.ip ?? req.socket?.remoteAddress }),
              res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
            },
          },
    bodyLimit: maxRequest,
    // Time limits for receiving a request: a client that trickles its upload is cut off, and
    // holds no lint worker meanwhile (one is taken only when the whole upload is in memory).
    serverFactory: (handler) => {
      const server = createServer({ requestTimeout: requestMs, headersTimeout: headersMs, keepAliveTimeout: 5000, connectionsCheckingInterval: Math.max(250, Math.min(30_000, Math.floor(headersMs / 4))) }, handler);
      limitConnections(server, options.maxConnectionsPerClient ?? 32);
      return server;
    },
  });
  // Every body is bytes: a report sent raw (any Content-Type), or multipart. Raw bodies are read
  // here, counted against the same in-flight budget as multipart files.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (req, payload, done) => {
    readRawBody(payload, limits, allowanceOf(req)).then(
      (body) => done(null, body),
      (e: Error) => done(e),
    );
  });
  await app.register(multipart, { limits: { fileSize: maxFile, files: maxFiles, fields: 20, fieldSize: 1024, parts: maxFiles + 20 }, throwFileSizeLimit: false });

  app.addHook('onRequest', async (req, reply) => {
    const refusal = refuseForeign(req, hosts);
    if (refusal) throw refusal;
    const allowance = new Allowance(bytes, req.ip);
    allowances.set(req, allowance);
    // Whatever happens to the request (answered, refused, client gone), its bytes are given back.
    reply.raw.once('close', () => allowance.release());
    if (req.method !== 'GET' && req.method !== 'HEAD') checkDeclaredLength(req, limits);
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const lang = requestLang(req);
    let error: HttpError;
    if (err instanceof HttpError) error = err;
    else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.code === 'FST_REQ_FILE_TOO_LARGE') error = new HttpError(413, 'http.fileTooLarge', { mb: maxFile / MB });
    else if (err.code === 'FST_FILES_LIMIT' || err.code === 'FST_PARTS_LIMIT') error = new HttpError(413, 'http.tooManyFiles', { max: maxFiles });
    else if (err.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' || err.code === 'FST_ERR_CTP_EMPTY_TYPE' || err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') error = new HttpError(400, 'http.unreadableRequest', { reason: err.message });
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) error = new HttpError(err.statusCode, 'http.clientError', { reason: err.message });
    else {
      req.log.error(err);
      error = new HttpError(500, 'http.internal');
    }
    for (const [k, v] of Object.entries(error.headers)) void reply.header(k, v);
    // A refused body is not read on: the connection is closed after the answer.
    if (!req.raw.complete) void reply.header('Connection', 'close');
    void reply.code(error.status).type('application/json; charset=utf-8').send({ error: error.text(lang) });
  });

  app.setNotFoundHandler((req, reply) => {
    const lang = requestLang(req);
    const allow = allowedMethods(ROUTES, req.url.split('?')[0]!);
    if (allow) {
      void reply
        .code(405)
        .header('Allow', allow)
        .type('application/json; charset=utf-8')
        .send({ error: t(lang, 'http.method', { method: req.method, allow }) });
      return;
    }
    void reply.code(404).type('application/json; charset=utf-8').send({ error: t(lang, 'http.notFound') });
  });

  app.get('/', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const lang = q.lang === 'en' ? 'en' : 'id';
    return reply.type('text/html; charset=utf-8').send(pageHtml(lang, { maxFileMb: maxFile / MB, maxFiles }));
  });
  app.get('/assets/style.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-cache').send(PAGE_CSS));
  app.get('/assets/*', async (req, reply) => {
    const asset = assets.get(req.url.split('?')[0]!);
    if (!asset) return reply.code(404).type('application/json; charset=utf-8').send({ error: t(requestLang(req), 'http.notFound') });
    return reply.type(asset.type).header('Cache-Control', 'no-cache').send(asset.body);
  });
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());
  app.get('/api/health', async () => ({
    status: 'ok',
    version: VERSION,
    /** Requests whose uploads are in memory, waiting for or in the workers. */
    inFlight: Array.from(linting.values()).reduce((a, b) => a + b, 0),
    linting: fair.active,
    queued: fair.queued,
    workers: pool.threads.length,
    uploadMb: Math.round(bytes.used / MB),
  }));
  // The API's server is this document's own origin (a relative URL), never what a Host header said.
  app.get('/openapi.json', async () => openApi('/', { maxFileMb: maxFile / MB, maxRequestMb: maxRequest / MB, maxFiles }));
  app.get('/schema/lkjip-lint-output.schema.json', async (_req, reply) => reply.type('application/schema+json').send(schema));

  async function lintUploads(client: string, uploads: Upload[], options: LintOptions): Promise<FileResult[]> {
    return Promise.all(
      uploads.map((u) =>
        u.bytes ? fair.run(client, () => runTask(pool, { path: u.name, bytes: u.bytes!, options }, timeout, memoryMb)) : Promise.resolve(unreadable(u.name, (u.error ?? new HttpError(413, 'http.unreadable')).text(langOf(options)))),
      ),
    );
  }

  /**
   * The whole upload is read first (bounded by the in-flight bytes), then the request takes one of
   * its client's lint places: at most maxInFlight per client, the others are told to come back.
   */
  async function withUploads<T>(req: FastifyRequest, work: (uploads: Upload[]) => Promise<T>): Promise<T> {
    const uploads = await readUploads(req, limits, allowanceOf(req));
    const client = req.ip;
    const mine = linting.get(client) ?? 0;
    if (mine >= maxInFlight) throw busy();
    linting.set(client, mine + 1);
    try {
      return await work(uploads);
    } finally {
      const left = (linting.get(client) ?? 1) - 1;
      if (left > 0) linting.set(client, left);
      else linting.delete(client);
    }
  }

  app.post('/api/lint', async (req: FastifyRequest, reply: FastifyReply) => {
    const q = req.query as Record<string, unknown>;
    const format = typeof q.format === 'string' ? q.format : 'json';
    if (format !== 'json' && format !== 'html' && format !== 'sarif') throw new HttpError(400, 'http.format', { value: format.slice(0, 20) });
    const options = lintOptionsFromQuery(q, config);
    return withUploads(req, async (uploads) => {
      const files = await lintUploads(req.ip, uploads, options);
      req.log.info({ files: files.length, unreadable: files.filter((f) => f.error).length, findings: files.reduce((n, f) => n + f.findings.length, 0) }, 'linted');
      const output: LintOutput = { files };
      if (format === 'html') {
        const html = renderDocument(files, options.lang ?? 'id', { version: VERSION });
        return reply.type('text/html; charset=utf-8').header('Content-Security-Policy', reportCsp(html)).send(html);
      }
      if (format === 'sarif') {
        // Uploads have names, not paths of this machine: %SRCROOT% is left to the dashboard.
        const { toSarif } = await import('../format/sarif.js');
        return reply.type('application/sarif+json; charset=utf-8').send(toSarif(files, options.lang ?? 'id', { root: null }));
      }
      return reply.type('application/json; charset=utf-8').send(output);
    });
  });

  /** The report with its findings inside: Word comments (DOCX) or highlights with notes (PDF). */
  app.post('/api/annotate', async (req: FastifyRequest, reply: FastifyReply) => {
    const options = lintOptionsFromQuery(req.query as Record<string, unknown>, config);
    return withUploads(req, async (all) => {
      // Beside the report, the page may send its accepted list (field `accepted`): those findings stay out of the copy.
      const lists = all.filter((u) => u.field === 'accepted');
      const uploads = all.filter((u) => u.field !== 'accepted');
      if (uploads.length !== 1 || lists.length > 1) throw new HttpError(400, 'http.annotateOne');
      const u = uploads[0]!;
      if (!u.bytes) throw new HttpError(413, u.error?.key ?? 'http.unreadable', u.error?.vars);
      let accepted: string[] = [];
      if (lists[0]) {
        try {
          accepted = parseAccepted(Buffer.from(lists[0].bytes ?? new Uint8Array()).toString('utf8')).map((a) => a.fingerprint);
        } catch {
          throw new HttpError(400, 'web.badAccepted');
        }
      }
      const annotate = accepted.length ? { accepted } : {};
      const outcome = await fair.run(req.ip, () => runAnnotateTask(pool, { path: u.name, bytes: u.bytes!, options, annotate }, timeout, memoryMb));
      if (outcome.result.error) throw new HttpError(422, 'http.failed', { reason: outcome.result.error });
      if (outcome.annotateError) throw new HttpError(422, 'http.annotateFailed', { reason: outcome.annotateError });
      if (!outcome.bytes) throw new HttpError(415, 'http.annotateKind', { format: String(outcome.result.format) });
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

/** One address cannot hold all the server's sockets: its connections past `max` are closed at once. */
function limitConnections(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const client = socket.remoteAddress ?? '';
    const n = (open.get(client) ?? 0) + 1;
    if (n > max) {
      socket.destroy();
      return;
    }
    open.set(client, n);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  });
}

/**
 * The CSP of a self-contained HTML report: its own inline style and script, by their SHA-256
 * (the renderer escapes report text, so these are the only raw `<style>` and `<script>` in it).
 */
export function reportCsp(html: string): string {
  const hashes = (tag: string) =>
    [...new Set(Array.from(html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g')), (m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`))].join(' ') || "'none'";
  return `default-src 'none'; style-src ${hashes('style')}; script-src ${hashes('script')}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

/** Start the server; resolves to its address once it listens. */
export async function serve(host: string, port: number, options: ServerOptions = {}): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer({ host, ...options });
  await app.listen({ host, port });
  const addr = app.server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return { app, url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}` };
}
