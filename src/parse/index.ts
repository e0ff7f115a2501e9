/**
 * Bytes to Document, by sniffed format. DOCX and PDF parsers are loaded lazily so a text-only
 * run never loads mammoth or pdf.js.
 */
import type { LKjIPDocument } from '../model.js';
import { sniff, decodeText } from '../sniff.js';
import { parseText } from './text.js';
import { parseMarkdown } from './markdown.js';
import { InputError } from './errors.js';

export { InputError };

export interface ParseOptions {
  /** PDF password. */
  password?: string;
  /** Page cap for PDF. */
  maxPages?: number;
}

export async function parseDocument(path: string, bytes: Uint8Array, opts: ParseOptions = {}): Promise<LKjIPDocument> {
  const sniffed = sniff(bytes, path);
  switch (sniffed.format) {
    case 'unsupported':
      throw new InputError(`${sniffed.reason}`);
    case 'txt':
      return parseText(path, decodeText(bytes), 'txt');
    case 'md':
      return parseMarkdown(path, decodeText(bytes));
    case 'docx':
      return (await import('./docx.js')).parseDocx(path, bytes);
    case 'pdf':
      return (await import('./pdf.js')).parsePdf(path, bytes, opts);
  }
}
