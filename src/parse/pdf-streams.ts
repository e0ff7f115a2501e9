/**
 * The streams of a PDF, decoded once before pdf.js reads the file, counting the bytes decoding
 * actually produces and keeping none of them. pdf.js holds a decoded stream in one buffer outside
 * the V8 heap (so the worker's heap limit does not bound it): a 3 MB file whose content stream
 * inflates to gigabytes would only be stopped by the worker's resident-memory cap. Here a stream
 * that decodes to more than `STREAM_LIMIT`, or a file whose streams decode to more than
 * `TOTAL_LIMIT` together, is refused with one line before pdf.js allocates anything.
 *
 * The stream is found and cut as pdf.js does (`Parser.makeStream`): the dictionary before the
 * `stream` keyword, its /Length (direct, or an indirect object at the top level) when `endstream`
 * follows it, else the first `endstream`; the filter chain (/Filter or /F, a name or an array,
 * names with `#xx` escapes, indirect names resolved) is decoded in order for the general-purpose
 * filters (FlateDecode, LZWDecode, RunLengthDecode, ASCIIHexDecode, ASCII85Decode, BrotliDecode);
 * decoding stops at an image codec (DCT, JPX, CCITT, JBIG2), which pdf.js decodes only for a
 * page it renders (OCR). pdf.js leaves out an image whose /Width and /Height make more than
 * `maxImageSize` pixels, but then decodes at the size the codec's own header gives (a JPEG's
 * frame, a JPEG 2000 SIZ marker, a JBIG2 page or region, CCITT /Columns): a 1 KB JPEG claiming
 * 65000 × 65000 pixels fills the memory cap. The scan reads those headers and refuses an image
 * whose codec would produce more than `MAX_IMAGE_PIXELS` pixels where its dictionary says pdf.js
 * may decode it. An encrypted PDF's streams are decrypted first (pdf-crypt.ts) when the empty
 * user password or the one given opens the file.
 */
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliDecompress, createInflate, inflateSync } from 'node:zlib';
import { InputError } from './errors.js';
import { pdfDecryptor } from './pdf-crypt.js';

const MB = 1048576;
/** Bytes one stream may decode to (a page's content, a font, a 600 dpi A4 RGB image: ~105 MB). */
export const STREAM_LIMIT = 256 * MB;
/** Bytes all the streams of one file may decode to together. */
export const TOTAL_LIMIT = 4096 * MB;
/** Pixels of one image pdf.js decodes at most (`maxImageSize`; an A4 page at 600 dpi is 35 million). */
export const MAX_IMAGE_PIXELS = 70_000_000;

export interface StreamScan {
  /** Streams found and decoded (at least their general-purpose filters). */
  streams: number;
  /** Bytes they decoded to, together. */
  decoded: number;
  /** The most one stream decoded to. */
  largest: number;
}

class TooLarge extends Error {
  constructor(readonly which: 'stream' | 'total') {
    super(which);
  }
}

const IMAGE_CODECS = ['DCTDecode', 'DCT', 'JPXDecode', 'CCITTFaxDecode', 'CCF', 'JBIG2Decode'];

/** How many bytes of a codec's data its header is looked for in. */
const HEAD = 65536;

/**
 * The width and height (pixels) the header of an image codec's data says it decodes to, read
 * strictly (so that the ciphertext of an encrypted image, also scanned, is no header): a JPEG's
 * frame (SOFn, walking the segments from the start of image), a JPEG 2000 codestream's SIZ marker
 * (raw or in a JP2 file), the largest JBIG2 page or region (segment headers that hold together),
 * CCITT's /Columns and /Rows; null when none is found.
 */
export function codecSize(codec: string, head: Buffer, params: string): { width: number; height: number } | null {
  if (codec === 'DCTDecode' || codec === 'DCT') {
    if (head[0] !== 0xff || head[1] !== 0xd8) return null;
    for (let k = 2; k + 4 <= head.length; ) {
      if (head[k] !== 0xff) return null;
      while (head[k + 1] === 0xff) k++;
      const m = head[k + 1]!;
      if (m === 0x01 || (m >= 0xd0 && m <= 0xd8)) {
        k += 2;
        continue;
      }
      if (m === 0xd9 || m === 0xda) return null;
      // A frame header is SOF0-SOF15 but DHT (C4), JPG (C8), DAC (CC): length, precision, height, width.
      if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) return k + 9 <= head.length ? { height: head.readUInt16BE(k + 5), width: head.readUInt16BE(k + 7) } : null;
      k += 2 + head.readUInt16BE(k + 2);
    }
    return null;
  }
  if (codec === 'JPXDecode') {
    const SIZ = Buffer.from([0xff, 0x4f, 0xff, 0x51]);
    const jp2 = head.subarray(4, 12).equals(Buffer.from('jP  \r\n\x87\n', 'latin1'));
    const k = head.subarray(0, 4).equals(SIZ) ? 0 : jp2 ? head.indexOf(SIZ) : -1;
    if (k < 0 || k + 24 > head.length) return null;
    // SIZ: Lsiz, Rsiz, Xsiz, Ysiz, XOsiz, YOsiz.
    return { width: Math.max(0, head.readUInt32BE(k + 8) - head.readUInt32BE(k + 16)), height: Math.max(0, head.readUInt32BE(k + 12) - head.readUInt32BE(k + 20)) };
  }
  if (codec === 'CCITTFaxDecode' || codec === 'CCF') {
    const columns = Number(/\/Columns\s+(\d+)/.exec(params)?.[1] ?? 1728);
    const rows = Number(/\/Rows\s+(\d+)/.exec(params)?.[1] ?? 0);
    // The decoder's line buffers are of /Columns; a /Rows of 0 is read until the data ends.
    return { width: columns, height: Math.max(1, rows) };
  }
  if (codec === 'JBIG2Decode') return jbig2Size(head);
  return null;
}

/** Segment types of ISO 14492 (7.3). */
const JBIG2_TYPES = new Set([0, 4, 6, 7, 16, 20, 22, 23, 36, 38, 39, 40, 42, 43, 48, 49, 50, 51, 52, 53, 62]);
/** The region segments (text, halftone, generic, refinement): their data starts with the region's width and height. */
const JBIG2_REGIONS = new Set([4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43]);

/** The largest page or region a JBIG2 embedded stream's segment headers declare (ISO 14492 7.2, 7.4.1, 7.4.8), or null. */
function jbig2Size(head: Buffer): { width: number; height: number } | null {
  let best: { width: number; height: number } | null = null;
  let k = 0;
  for (let n = 0; n < 10000 && k + 11 <= head.length; n++) {
    const number = head.readUInt32BE(k);
    const flags = head[k + 4]!;
    const type = flags & 63;
    if (!JBIG2_TYPES.has(type)) return null;
    let at = k + 5;
    let referred = head[at]! >> 5;
    if (referred === 7) {
      if (at + 4 > head.length) break;
      referred = head.readUInt32BE(at) & 0x1fffffff;
      at += 4 + Math.ceil((referred + 1) / 8);
    } else at += 1;
    at += referred * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
    at += flags & 64 ? 4 : 1;
    if (at + 4 > head.length) break;
    const length = head.readUInt32BE(at);
    at += 4;
    // Data of unknown length is only an immediate generic region's (0xffffffff); other data lies within the stream.
    if (length === 0xffffffff ? type !== 38 && type !== 39 : at + length > head.length && head.length < HEAD) return null;
    // Page information (48), and the region segments: width and height first.
    if (type === 48 || JBIG2_REGIONS.has(type)) {
      if (at + 8 > head.length) break;
      const size = { width: head.readUInt32BE(at), height: head.readUInt32BE(at + 4) };
      // A striped page of unknown height (0xffffffff) grows by its stripes: the regions bound it.
      if (type === 48 && size.height === 0xffffffff) size.height = 1;
      if (!best || size.width * size.height > best.width * best.height) best = size;
    }
    if (length === 0xffffffff) break;
    k = at + length;
  }
  return best;
}

/** The refusal of an image whose codec's header claims more pixels than any report's image. */
class TooManyPixels extends Error {
  constructor(readonly width: number, readonly height: number) {
    super('pixels');
  }
}

const isWhite = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number | undefined) => c === undefined || isWhite(c) || '()<>[]{}/%'.includes(String.fromCharCode(c));

/** A PDF name's `#xx` escapes decoded, in the text of a dictionary. */
const unescapeNames = (s: string) => s.replace(/\/[^\s/<>[\]()%{}]*/g, (n) => n.replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));

/** Streams of at most this many bytes, only deflated, are inflated in one call. */
const SMALL = 64 * 1024;

const decoderKnown = (name: string) => ['FlateDecode', 'Fl', 'BrotliDecode', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL', 'ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85'].includes(name);

/** A stage of a filter chain: a zlib stream, or a decoder run as an async generator (it decodes only as fast as its output is taken). */
type Stage = Transform | ((source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>);

/** The general-purpose decoders; null for a filter this scan does not decode. */
function decoder(name: string, params: string): Stage | null {
  switch (name) {
    case 'FlateDecode':
    case 'Fl':
      // pdf.js does not check the Adler-32 and reads truncated data: neither does this.
      return createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 256 * 1024 });
    case 'BrotliDecode':
      return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH, chunkSize: 256 * 1024 });
    case 'LZWDecode':
    case 'LZW':
      return new LzwDecoder(/\/EarlyChange\s+0\b/.test(params) ? 0 : 1).stage();
    case 'RunLengthDecode':
    case 'RL':
      return new RunLengthDecoder().stage();
    case 'ASCIIHexDecode':
    case 'AHx':
      return new AsciiHexDecoder().stage();
    case 'ASCII85Decode':
    case 'A85':
      return new Ascii85Decoder().stage();
    default:
      return null;
  }
}

/** stream.pipeline over stages of both kinds (its typings take one kind per position only). */
const chainPipeline = pipeline as unknown as (...stages: unknown[]) => Promise<void>;

/** Output is handed on in pieces of this size. */
const PIECE = 65536;

/**
 * A decoder that writes into a buffer and hands it on each time it holds a piece, so that a
 * chunk that decodes to gigabytes is never held (each operation writes at most 4 KB).
 */
abstract class ByteDecoder {
  protected done = false;
  private out = Buffer.alloc(PIECE + 8192);
  protected used = 0;
  protected abstract step(chunk: Uint8Array): Generator<Buffer>;
  protected byte(b: number): void {
    this.out[this.used++] = b;
  }
  protected bytes(b: Uint8Array): void {
    this.out.set(b, this.used);
    this.used += b.length;
  }
  protected full(): boolean {
    return this.used >= PIECE;
  }
  protected take(): Buffer {
    const b = Buffer.from(this.out.subarray(0, this.used));
    this.used = 0;
    return b;
  }
  stage(): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
    const self = this;
    return async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) if (!self.done) yield* self.step(chunk);
      if (self.used) yield self.take();
    };
  }
}

class RunLengthDecoder extends ByteDecoder {
  private pending: Uint8Array = new Uint8Array(0);
  protected *step(chunk: Uint8Array): Generator<Buffer> {
    const data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let k = 0;
    while (k < data.length && !this.done) {
      const n = data[k]!;
      if (n === 128) this.done = true;
      else if (n < 128) {
        if (k + n + 2 > data.length) break;
        this.bytes(data.subarray(k + 1, k + n + 2));
        k += n + 2;
      } else {
        if (k + 1 >= data.length) break;
        const b = data[k + 1]!;
        for (let j = 0; j < 257 - n; j++) this.byte(b);
        k += 2;
      }
      if (this.full()) yield this.take();
    }
    this.pending = data.subarray(k);
  }
}

class AsciiHexDecoder extends ByteDecoder {
  private high = -1;
  protected *step(chunk: Uint8Array): Generator<Buffer> {
    for (const c of chunk) {
      if (c === 0x3e) {
        this.done = true;
        break;
      }
      const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
      if (d < 0) continue;
      if (this.high < 0) this.high = d;
      else {
        this.byte((this.high << 4) | d);
        this.high = -1;
        if (this.full()) yield this.take();
      }
    }
  }
}

class Ascii85Decoder extends ByteDecoder {
  private group: number[] = [];
  protected *step(chunk: Uint8Array): Generator<Buffer> {
    for (const c of chunk) {
      if (c === 0x7e) {
        this.done = true;
        break;
      }
      if (c === 0x7a && this.group.length === 0) {
        for (let j = 0; j < 4; j++) this.byte(0);
      } else {
        if (c < 0x21 || c > 0x75) continue;
        this.group.push(c - 0x21);
        if (this.group.length < 5) continue;
        let v = 0;
        for (const g of this.group) v = v * 85 + g;
        this.byte((v >>> 24) & 255);
        this.byte((v >>> 16) & 255);
        this.byte((v >>> 8) & 255);
        this.byte(v & 255);
        this.group = [];
      }
      if (this.full()) yield this.take();
    }
  }
}

/** LZW as PDF writes it: 9- to 12-bit codes, 256 clears the table, 257 ends the data. */
class LzwDecoder extends ByteDecoder {
  private readonly prefix = new Int32Array(4096);
  private readonly suffix = new Uint8Array(4096);
  private readonly length = new Uint16Array(4096);
  private readonly stack = new Uint8Array(4096);
  private next = 258;
  private width = 9;
  private previous = -1;
  private bits = 0;
  private nbits = 0;
  constructor(private readonly early: number) {
    super();
    for (let k = 0; k < 256; k++) {
      this.suffix[k] = k;
      this.length[k] = 1;
      this.prefix[k] = -1;
    }
  }
  /** The string of `code` into the stack; its length. */
  private spell(code: number): number {
    const n = this.length[code]!;
    for (let k = n - 1, c = code; k >= 0 && c >= 0; k--, c = this.prefix[c]!) this.stack[k] = this.suffix[c]!;
    return n;
  }
  private code(code: number): void {
    if (code === 256) {
      this.next = 258;
      this.width = 9;
      this.previous = -1;
      return;
    }
    if (code === 257 || code > this.next || (code === this.next && this.previous < 0)) {
      this.done = true;
      return;
    }
    if (this.previous >= 0 && this.next < 4096) {
      // The new entry: the previous string and the first byte of this one (its own first byte when it is the new one).
      const first = code === this.next ? (this.spell(this.previous), this.stack[0]!) : (this.spell(code), this.stack[0]!);
      this.prefix[this.next] = this.previous;
      this.suffix[this.next] = first;
      this.length[this.next] = this.length[this.previous]! + 1;
      this.next++;
      const n = this.next + this.early;
      this.width = n >= 2048 ? 12 : n >= 1024 ? 11 : n >= 512 ? 10 : 9;
    } else if (code >= this.next) {
      this.done = true;
      return;
    }
    this.bytes(this.stack.subarray(0, this.spell(code)));
    this.previous = code;
  }
  protected *step(chunk: Uint8Array): Generator<Buffer> {
    for (const byte of chunk) {
      this.bits = ((this.bits << 8) | byte) & 0xffffff;
      this.nbits += 8;
      while (this.nbits >= this.width && !this.done) {
        this.nbits -= this.width;
        this.code((this.bits >>> this.nbits) & ((1 << this.width) - 1));
        if (this.full()) yield this.take();
      }
      if (this.done) break;
    }
  }
}

/** Counts what reaches it; past a limit it stops the pipeline. */
class Counter extends Writable {
  bytes = 0;
  /** The first `HEAD` bytes (an image codec's header, when the chain ends at one). */
  readonly head: Buffer[] = [];
  constructor(private readonly limit: number) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    if (this.bytes < HEAD) this.head.push(chunk.subarray(0, HEAD - this.bytes));
    this.bytes += chunk.length;
    cb(this.bytes > this.limit ? new TooLarge('stream') : null);
  }
}

/** Where the objects of the file start, by `num gen`, built on first use. */
class ObjectIndex {
  private map?: Map<string, number>;
  constructor(private readonly buf: Buffer) {}
  /** The text of a top-level object's value (its first `max` bytes), or null. */
  value(num: number, gen: number, max = 256): string | null {
    if (!this.map) {
      this.map = new Map();
      const re = /(\d+)\s+(\d+)\s+obj\b/g;
      // Scanned in windows, so the whole file is never one string.
      const W = 4 * MB;
      for (let at = 0; at < this.buf.length; at += W) {
        const s = this.buf.toString('latin1', at, Math.min(this.buf.length, at + W + 64));
        for (let m = re.exec(s); m; m = re.exec(s)) if (m.index < W) this.map.set(`${m[1]} ${m[2]}`, at + m.index + m[0].length);
        re.lastIndex = 0;
      }
    }
    const at = this.map.get(`${num} ${gen}`);
    if (at === undefined) return null;
    const s = this.buf.toString('latin1', at, Math.min(this.buf.length, at + max));
    const end = s.indexOf('endobj');
    return end >= 0 ? s.slice(0, end).trim() : null;
  }
}

/** The position just after `endstream` is found at or after `from` (pdf.js accepts a few misspellings), or -1. */
function findEndstream(buf: Buffer, from: number): number {
  for (let at = buf.indexOf('end', from, 'latin1'); at >= 0; at = buf.indexOf('end', at + 3, 'latin1')) {
    const rest = buf.toString('latin1', at + 3, at + 10);
    if (rest.startsWith('stream') || rest.startsWith('steam') || /^strea\s/.test(rest)) return at;
  }
  return -1;
}

interface Found {
  /** The object the stream is, when its `num gen obj` is found before it. */
  num?: number;
  gen?: number;
  dict: string;
  start: number;
  end: number;
}

/** The streams of the file: their dictionary's text and where their data starts and ends. */
function* streamsOf(buf: Buffer, index: ObjectIndex): Generator<Found> {
  for (let at = buf.indexOf('stream', 0, 'latin1'); at >= 0; at = buf.indexOf('stream', at + 6, 'latin1')) {
    // The keyword on its own (not `endstream`), after a dictionary.
    if (!isDelimiter(buf[at - 1]) || !isDelimiter(buf[at + 6])) continue;
    let k = at - 1;
    while (k > 0 && isWhite(buf[k])) k--;
    if (buf[k] !== 0x3e || buf[k - 1] !== 0x3e) {
      // A comment between the dictionary and the keyword: look back for its `>>` on a line before.
      const back = buf.lastIndexOf('>>', at, 'latin1');
      if (back < 0 || at - back > 1024 || !/^>>(\s|%[^\r\n]*[\r\n])*$/.test(buf.toString('latin1', back, at))) continue;
      k = back + 1;
    }
    // The dictionary's `<<`, matching nested ones (bounded: stream dictionaries are short).
    let depth = 0;
    let open = -1;
    for (let j = k; j > 0 && k - j < 65536; j--) {
      if (buf[j] === 0x3e && buf[j - 1] === 0x3e) {
        depth++;
        j--;
      } else if (buf[j] === 0x3c && buf[j - 1] === 0x3c) {
        if (--depth === 0) {
          open = j - 1;
          break;
        }
        j--;
      }
    }
    if (open < 0) continue;
    const dict = unescapeNames(buf.toString('latin1', open, k + 1));
    // Data starts after the end of the keyword's line.
    let start = at + 6;
    while (start < buf.length && buf[start] !== 0x0a && buf[start] !== 0x0d) start++;
    if (buf[start] === 0x0d && buf[start + 1] === 0x0a) start += 2;
    else start++;
    let length: number | null = null;
    // A reference first: `/Length 12 0 R` read as a number would be 12, or 1 (a backtracked digit).
    const ref = /\/Length\s+(\d+)\s+(\d+)\s+R(?![^\s/<>[\]()%])/.exec(dict);
    const direct = ref ? null : /\/Length\s+(\d+)(?![\d.])/.exec(dict);
    if (direct) length = Number(direct[1]);
    else if (ref) {
      const v = index.value(Number(ref[1]), Number(ref[2]));
      if (v && /^\d+$/.test(v)) length = Number(v);
    }
    let end = -1;
    if (length !== null && start + length <= buf.length) {
      let e = start + length;
      while (e < buf.length && isWhite(buf[e])) e++;
      if (buf.toString('latin1', e, e + 9) === 'endstream') end = start + length;
    }
    if (end < 0) end = findEndstream(buf, start);
    if (end < 0) end = buf.length;
    const obj = /(\d+)\s+(\d+)\s+obj\s*$/.exec(buf.toString('latin1', Math.max(0, open - 64), open));
    yield { ...(obj ? { num: Number(obj[1]), gen: Number(obj[2]) } : {}), dict, start, end };
    at = Math.max(at, end - 6);
  }
}

/** The filter names of a stream's dictionary (its own /Filter or /F, not a nested dictionary's), in order. */
function filtersOf(dict: string, index: ObjectIndex): string[] {
  const resolve = (s: string) => s.replace(/(\d+)\s+(\d+)\s+R/g, (m, n: string, g: string) => index.value(Number(n), Number(g)) ?? m);
  for (const m of dict.matchAll(/\/(?:Filter|F)(?![^\s/<>[\]()%])\s*(\/[^\s/<>[\]()%]+|\[[^\]]*\]|\d+\s+\d+\s+R)/g)) {
    const before = dict.slice(0, m.index);
    if ((before.match(/<</g) ?? []).length - (before.match(/>>/g) ?? []).length !== 1) continue;
    const value = resolve(unescapeNames(resolve(m[1]!)));
    return [...value.matchAll(/\/([^\s/<>[\]()%]+)/g)].map((x) => x[1]!);
  }
  return [];
}

/**
 * Decode every stream of `bytes` (counting, keeping nothing); throws the InputError of a
 * compression bomb when one stream or all of them decode to more than the limits. An encrypted
 * file's streams are decrypted first when the empty user password (or `password`) opens it; a
 * stream is counted both as it is and decrypted, and the larger count is taken, so a false
 * /Encrypt cannot hide a plain bomb.
 */
export async function scanPdfStreams(bytes: Uint8Array, limits: { stream?: number; total?: number; pixels?: number } = {}, password?: string): Promise<StreamScan> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const perStream = limits.stream ?? STREAM_LIMIT;
  const maxPixels = limits.pixels ?? MAX_IMAGE_PIXELS;
  const totalLimit = limits.total ?? TOTAL_LIMIT;
  let left = totalLimit;
  const scan: StreamScan = { streams: 0, decoded: 0, largest: 0 };
  const index = new ObjectIndex(buf);
  const crypt = pdfDecryptor(buf, (n, g) => index.value(n, g, 4096), password);
  for (const s of streamsOf(buf, index)) {
    const names = filtersOf(s.dict, index);
    if (!names.length || s.end <= s.start) continue;
    const codec = names.find((n) => !decoderKnown(n));
    if (!decoderKnown(names[0]!) && !(codec && IMAGE_CODECS.includes(codec))) continue;
    scan.streams++;
    const data = buf.subarray(s.start, s.end);
    const variants = [data];
    if (crypt && s.num !== undefined && !/\/Type\s*\/XRef\b/.test(s.dict) && (crypt.encryptsMetadata || !/\/Type\s*\/Metadata\b/.test(s.dict))) {
      try {
        variants.push(crypt.decrypt(s.num, s.gen ?? 0, data));
      } catch {
        // Not decryptable as the handler says (a damaged stream): counted as it is.
      }
    }
    const limit = Math.min(perStream, left);
    // An image pdf.js would decode (its dictionary's size within maxImageSize) is held to that size by its codec's header too.
    const pixels = codec && IMAGE_CODECS.includes(codec) ? dictPixels(s.dict, index) : 0;
    const image = pixels > 0 && pixels <= maxPixels ? codec : undefined;
    let n = 0;
    try {
      for (const v of variants) n = Math.max(n, await decodedSize(v, names, s.dict, limit, image, maxPixels));
    } catch (e) {
      if (e instanceof TooLarge) throw bomb(limit < perStream ? 'total' : 'stream', perStream, totalLimit);
      if (e instanceof TooManyPixels) throw pixelBomb(e, maxPixels);
      throw e;
    }
    left -= n;
    scan.decoded += n;
    scan.largest = Math.max(scan.largest, n);
  }
  return scan;
}

/** The /Width × /Height of an image's dictionary (direct or indirect numbers), 0 when missing. */
function dictPixels(dict: string, index: ObjectIndex): number {
  const value = (key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+)(?:\\s+(\\d+)\\s+R)?`).exec(dict);
    if (!m) return 0;
    return Number(m[2] !== undefined ? index.value(Number(m[1]), Number(m[2])) ?? 0 : m[1]) || 0;
  };
  return value('Width') * value('Height');
}

/**
 * The bytes `data` decodes to through the filters `names` (up to the first this scan does not
 * decode); throws TooLarge past `limit`, and TooManyPixels when the chain ends at the image codec
 * `image` whose header claims more than `maxPixels` pixels.
 */
async function decodedSize(data: Buffer, names: string[], dict: string, limit: number, image?: string, maxPixels = MAX_IMAGE_PIXELS): Promise<number> {
  const judge = (head: Buffer) => {
    if (!image) return;
    const size = codecSize(image, head, dict);
    if (size && size.width * size.height > maxPixels) throw new TooManyPixels(size.width, size.height);
  };
  if (!decoderKnown(names[0]!)) {
    // The codec reads the data as it is.
    judge(data.subarray(0, HEAD));
    return 0;
  }
  if (data.length <= SMALL && (names[0] === 'FlateDecode' || names[0] === 'Fl') && (names.length === 1 || !decoderKnown(names[1]!))) {
    // Most streams are small and only deflated: inflated at once (at most about a thousand times
    // SMALL, held for a moment) instead of through a pipeline of streams.
    try {
      const out = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, limit + 1) });
      judge(out.subarray(0, HEAD));
      return out.length;
    } catch (e) {
      if (e instanceof TooManyPixels) throw e;
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge('stream');
      // Damaged (a wrong checksum pdf.js does not check): counted by the stream decoder below, up to the damage.
    }
  }
  const chain: Stage[] = [];
  for (const name of names) {
    const d = decoder(name, dict);
    if (!d) break;
    chain.push(d);
  }
  const counter = new Counter(limit);
  try {
    await chainPipeline(Readable.from([data]), ...chain, counter);
  } catch (e) {
    if (e instanceof TooLarge) throw e;
    // Damaged data: what it decoded to before the damage is what pdf.js would get too.
  }
  judge(Buffer.concat(counter.head));
  return counter.bytes;
}

function pixelBomb(e: TooManyPixels, maxPixels: number): InputError {
  const size = `${e.width} × ${e.height}`;
  const million = Math.round(maxPixels / 1e6);
  return new InputError(
    `an image of the PDF claims ${size} pixels, more than ${million} million (a decompression bomb?); this is not a normal report, check the file or export it again`,
    `sebuah gambar di PDF ini mengaku berukuran ${size} piksel, lebih dari ${million} juta (bom dekompresi?); ini bukan laporan biasa, periksa berkasnya atau ekspor ulang`,
  );
}

function bomb(which: 'stream' | 'total', perStream: number, total: number): InputError {
  const mb = Math.round((which === 'stream' ? perStream : total) / MB);
  return which === 'stream'
    ? new InputError(`a stream of the PDF decodes to more than ${mb} MB (a compression bomb?); this is not a normal report, check the file or export it again`, `sebuah stream di PDF ini mengembang menjadi lebih dari ${mb} MB (bom kompresi?); ini bukan laporan biasa, periksa berkasnya atau ekspor ulang`)
    : new InputError(`the streams of the PDF decode to more than ${mb} MB together (a compression bomb?); this is not a normal report, check the file or export it again`, `stream-stream di PDF ini bersama-sama mengembang menjadi lebih dari ${mb} MB (bom kompresi?); ini bukan laporan biasa, periksa berkasnya atau ekspor ulang`);
}
