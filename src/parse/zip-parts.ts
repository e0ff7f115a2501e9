/**
 * The parts of a .docx package, inflated with a cap on the bytes inflation actually produces:
 * a zip header can claim 1 KB for an entry that inflates to gigabytes, so the sizes the headers
 * state are only a first check, never the bound. JSZip reads the directory; each entry is
 * inflated here by node:zlib with `maxOutputLength`, one budget for the whole package.
 */
import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import { InputError } from './errors.js';

/** What JSZip keeps of an entry it has not inflated (loaded with checkCRC32 off). */
interface Stored {
  compression?: { magic?: string };
  compressedContent?: Uint8Array;
  uncompressedSize?: number;
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';
const MB = 1048576;

export class ZipParts {
  private used = 0;
  private readonly kept = new Map<string, Uint8Array>();

  constructor(
    private readonly zip: JSZip,
    /** Bytes all the parts read may inflate to, together. */
    readonly budget: number,
  ) {}

  /** The sum of the sizes the headers claim for `names` (the first check, before anything is inflated). */
  claimed(names: string[]): number {
    return names.reduce((n, name) => n + (this.stored(name)?.uncompressedSize ?? 0), 0);
  }

  /** The inflated bytes of an entry (kept when `keep`, for a second reader). */
  bytes(name: string, keep = true): Uint8Array {
    const cached = this.kept.get(name);
    if (cached) return cached;
    const entry = this.stored(name);
    const content = entry?.compressedContent;
    if (!entry || !(content instanceof Uint8Array)) throw damaged(`${name} cannot be read`);
    const left = this.budget - this.used;
    let out: Uint8Array;
    if (entry.compression?.magic === STORE) {
      if (content.length > left) throw this.bomb();
      out = content;
    } else if (entry.compression?.magic === DEFLATE) {
      try {
        out = inflateRawSync(content, { maxOutputLength: Math.max(1, left), chunkSize: 1 << 20 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw this.bomb();
        throw damaged(`${name}: ${(e as Error).message}`);
      }
    } else throw damaged(`${name} uses a compression method Word does not write`);
    this.used += out.length;
    if (keep) this.kept.set(name, out);
    return out;
  }

  /** An entry as text: UTF-8, or UTF-16 when it starts with a byte-order mark. */
  text(name: string, keep = true): string {
    const b = this.bytes(name, keep);
    const encoding = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
    return new TextDecoder(encoding).decode(b);
  }

  private stored(name: string): Stored | undefined {
    return (this.zip.files[name] as unknown as { _data?: Stored } | undefined)?._data;
  }

  private bomb(): InputError {
    const limit = this.budget / MB;
    return new InputError('input.zipBomb', { limit });
  }
}

function damaged(detail: string): InputError {
  return new InputError('input.docxDamaged', { reason: detail });
}
