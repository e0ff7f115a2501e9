/**
 * Bytes to Document, by sniffed format. The markdown, DOCX and PDF parsers are loaded lazily, so a
 * text-only run never loads remark, mammoth or pdf.js.
 */
import type { LKjIPDocument } from '../model.js';
import type { Text } from '../rule.js';
import { sniff } from '../sniff.js';
import { decodeTextReport, encodingNotice, parseText } from './text.js';
import { InputError } from './errors.js';
import { dropInvisible, dropInvisibleInDocument } from './invisible.js';

export { InputError };

/** Text reports are a few hundred KB; a text file this large is not a report. */
const MAX_TEXT = 20 * 1024 * 1024;

const tooLarge = (n: number) =>
new InputError('input.textTooLarge', { mb: Math.round(n / 1048576), limit: MAX_TEXT / 1048576 });

export interface ParseOptions {
  /** PDF password. */
  password?: string;
  /** Page cap for PDF. */
  maxPages?: number;
  /** OCR of scanned PDF pages (default `auto`: the pages without a text layer). */
  ocr?: 'auto' | 'always' | 'never';
}

/**
 * The Document every rule reads. Invisible characters (zero-width, soft hyphen, bidi controls) are
 * taken out: from a text file's source before it is parsed, so its lines and blocks agree, and from
 * the blocks of a Word or PDF report.
 */
export async function parseDocument(path: string, bytes: Uint8Array, opts: ParseOptions = {}): Promise<LKjIPDocument> {
  return dropInvisibleInDocument(await parseByFormat(path, bytes, opts));
}

/** A text or markdown file's text, and a notice when some of its bytes were not UTF-8. */
function readText(bytes: Uint8Array): { text: string; notices: Text[] } {
  if (bytes.length > MAX_TEXT) throw tooLarge(bytes.length);
  const { text, notUtf8 } = decodeTextReport(bytes);
  const notice = encodingNotice(notUtf8);
  return { text: dropInvisible(text), notices: notice ? [notice] : [] };
}

async function parseByFormat(path: string, bytes: Uint8Array, opts: ParseOptions): Promise<LKjIPDocument> {
  const sniffed = sniff(bytes, path);
  switch (sniffed.format) {
    case 'unsupported':
      throw InputError.of(sniffed.reason);
    case 'txt': {
      const { text, notices } = readText(bytes);
      const doc = parseText(path, text, 'txt');
      doc.notices.push(...notices);
      return doc;
    }
    case 'md': {
      const { text, notices } = readText(bytes);
      const doc = (await import('./markdown.js')).parseMarkdown(path, text);
      doc.notices.push(...notices);
      return doc;
    }
    case 'docx':
      return (await import('./docx.js')).parseDocx(path, bytes);
    case 'pdf':
      return (await import('./pdf.js')).parsePdf(path, bytes, opts);
  }
}
