/**
 * Reading uploads into memory, bounded: per file, per request, per client and for the whole server
 * (the bytes of every upload being received or linted). Raw bodies and multipart files are counted
 * against the same budget as their bytes arrive, so open uploads cannot add memory without bound;
 * a request that would go over it is answered 503 with `Retry-After` before more is read.
 */
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';

const MB = 1024 * 1024;

/** Bytes held by the uploads in flight, in all and per client. */
export class InFlightBytes {
  used = 0;
  private readonly perClient = new Map<string, number>();

  constructor(
    readonly capacity: number,
    readonly clientCapacity: number,
  ) {}

  /** Take `n` more bytes for `client`; false (nothing taken) when that would pass either cap. */
  take(client: string, n: number): boolean {
    const mine = this.perClient.get(client) ?? 0;
    if (this.used + n > this.capacity || mine + n > this.clientCapacity) return false;
    this.used += n;
    this.perClient.set(client, mine + n);
    return true;
  }

  give(client: string, n: number): void {
    this.used -= n;
    const left = (this.perClient.get(client) ?? 0) - n;
    if (left > 0) this.perClient.set(client, left);
    else this.perClient.delete(client);
  }
}

/** One request's share of the budget, given back when its answer is done. */
export class Allowance {
  private held = 0;

  constructor(
    private readonly budget: InFlightBytes,
    readonly client: string,
  ) {}

  /** Count `n` more bytes of this request, or refuse with 503. */
  add(n: number): void {
    if (!this.budget.take(this.client, n)) throw busy();
    this.held += n;
  }

  release(): void {
    this.budget.give(this.client, this.held);
    this.held = 0;
  }
}

export const busy = (seconds = 5) =>
  new HttpError(503, 'http.busy', {}, { 'Retry-After': String(seconds) }
  );

export interface Limits {
  maxFile: number;
  maxRequest: number;
  maxFiles: number;
}

const fileTooLarge = (l: Limits) =>
  new HttpError(413, 'http.uploadFileTooLarge', { mb: l.maxFile / MB });
const requestTooLarge = (l: Limits) =>
  new HttpError(413, 'http.requestTooLarge', { mb: l.maxRequest / MB });

/** Refuse at once a body whose declared length is over its limit (nothing of it is read). */
export function checkDeclaredLength(req: FastifyRequest, limits: Limits): void {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (!Number.isFinite(declared)) return;
  const multipart = /^multipart\//i.test(String(req.headers['content-type'] ?? ''));
  if (multipart && declared > limits.maxRequest + 64 * 1024) throw requestTooLarge(limits);
  if (!multipart && declared > limits.maxFile) throw fileTooLarge(limits);
}

/** A raw body (the report itself), read chunk by chunk against the limits. */
export async function readRawBody(payload: Readable, limits: Limits, allowance: Allowance): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limits.maxFile) throw fileTooLarge(limits);
    allowance.add(chunk.length);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

export interface Upload {
  name: string;
  /** The multipart field it came in (`file`; `accepted` for an accepted-findings list). */
  field?: string;
  bytes?: Uint8Array;
  error?: HttpError;
}

/** The name an upload is shown under: its base name, printable, at most 200 characters. */
export function cleanName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const printable = base.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 200);
  return printable || 'upload';
}

/** What busboy says about a body it cannot read, as one line for the client. */
function malformed(e: Error): HttpError {
  const reason = (e.message || 'unreadable').split('\n')[0]!.slice(0, 120);
  return new HttpError(400, 'http.badMultipart', { reason });
}

/** Every upload of a request, in memory: the raw body, or each multipart file. */
export async function readUploads(req: FastifyRequest, limits: Limits, allowance: Allowance): Promise<Upload[]> {
  const q = req.query as Record<string, unknown>;
  if (!req.isMultipart()) {
    const body = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) throw new HttpError(400, 'http.noBody');
    return [{ name: cleanName(typeof q.name === 'string' ? q.name : undefined), bytes: new Uint8Array(body) }];
  }
  const uploads: Upload[] = [];
  let total = 0;
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        size += chunk.length;
        total += chunk.length;
        if (total > limits.maxRequest) throw requestTooLarge(limits);
        if (!part.file.truncated) {
          allowance.add(chunk.length);
          chunks.push(chunk);
        }
      }
      const name = cleanName(part.filename);
      const field = part.fieldname;
      if (field === 'accepted' && !part.file.truncated) uploads.push({ name, field, bytes: new Uint8Array(Buffer.concat(chunks, size)) });
      else if (part.file.truncated) uploads.push({ name, error: fileTooLarge(limits) });
      else if (size === 0) uploads.push({ name, error: new HttpError(400, 'http.emptyFile') });
      else uploads.push({ name, bytes: new Uint8Array(Buffer.concat(chunks, size)) });
    }
  } catch (e) {
    const err = e as Error & { code?: string; statusCode?: number };
    // Our own refusals and fastify's limits (413) keep their answer; anything else is the body's fault.
    if (err instanceof HttpError || (typeof err.code === 'string' && err.code.startsWith('FST_'))) throw err;
    throw malformed(err);
  }
  if (uploads.length === 0) throw new HttpError(400, 'http.noFile');
  return uploads;
}
