/**
 * Bytes to Document, by sniffed format. DOCX and PDF parsers are loaded lazily so a text-only
 * run never loads mammoth or pdf.js.
 */
import type { LKjIPDocument } from '../model.js';
import { sniff, decodeText } from '../sniff.js';
import { parseText } from './text.js';
import { parseMarkdown } from './markdown.js';

/** An input the linter cannot read; the message is shown to the user as is. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export async function parseDocument(path: string, bytes: Uint8Array): Promise<LKjIPDocument> {
  const sniffed = sniff(bytes, path);
  switch (sniffed.format) {
    case 'unsupported':
      throw new InputError(`${sniffed.reason}`);
    case 'txt':
      return parseText(path, decodeText(bytes), 'txt');
    case 'md':
      return parseMarkdown(path, decodeText(bytes));
    case 'docx':
      throw new InputError('DOCX input is not supported yet; export the report as text (.txt) to lint it now');
    case 'pdf':
      throw new InputError('PDF input is not supported yet; export the report as text (.txt) to lint it now');
  }
}
