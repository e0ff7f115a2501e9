/**
 * Bytes to Document, by sniffed format. The markdown, DOCX and PDF parsers are loaded lazily, so a
 * text-only run never loads remark, mammoth or pdf.js.
 */
import type { LKjIPDocument } from '../model.js';
import { sniff, decodeText } from '../sniff.js';
import { parseText } from './text.js';
import { InputError } from './errors.js';

export { InputError };

/** Text reports are a few hundred KB; a text file this large is not a report. */
const MAX_TEXT = 20 * 1024 * 1024;

const tooLarge = (n: number) =>
  new InputError(
    `a text file of ${Math.round(n / 1048576)} MB is far larger than any report (limit ${MAX_TEXT / 1048576} MB); check that it is the right file`,
    `berkas teks ${Math.round(n / 1048576)} MB jauh lebih besar dari laporan mana pun (batas ${MAX_TEXT / 1048576} MB); periksa apakah berkasnya benar`,
  );

export interface ParseOptions {
  /** PDF password. */
  password?: string;
  /** Page cap for PDF. */
  maxPages?: number;
  /** OCR of scanned PDF pages (default `auto`: the pages without a text layer). */
  ocr?: 'auto' | 'always' | 'never';
}

export async function parseDocument(path: string, bytes: Uint8Array, opts: ParseOptions = {}): Promise<LKjIPDocument> {
  const sniffed = sniff(bytes, path);
  switch (sniffed.format) {
    case 'unsupported':
      throw new InputError(sniffed.reason.en, sniffed.reason.id);
    case 'txt':
      if (bytes.length > MAX_TEXT) throw tooLarge(bytes.length);
      return parseText(path, decodeText(bytes), 'txt');
    case 'md':
      if (bytes.length > MAX_TEXT) throw tooLarge(bytes.length);
      return (await import('./markdown.js')).parseMarkdown(path, decodeText(bytes));
    case 'docx':
      return (await import('./docx.js')).parseDocx(path, bytes);
    case 'pdf':
      return (await import('./pdf.js')).parsePdf(path, bytes, opts);
  }
}
