/**
 * Decide a file's format by its content, not its name: `PK\3\4` with `word/document.xml` is DOCX,
 * `%PDF-` is PDF, an OLE2 header is an old binary Word file, otherwise text (markdown when it
 * looks like markdown or the name ends in `.md`).
 */
export type Sniffed =
  | { format: 'docx' | 'pdf' | 'txt' | 'md' }
  | { format: 'unsupported'; reason: { en: string; id: string } };

import { both } from './messages.js';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function sniff(bytes: Uint8Array, name: string): Sniffed {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (head.length === 0) return { format: 'unsupported', reason: both('input.empty') };
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { format: 'pdf' };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // The zip's central directory holds the names; a DOCX has word/document.xml somewhere in it.
    const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // a view, not a copy of the upload
    if (all.includes('word/document.xml', 0, 'latin1') || all.includes('[Content_Types].xml', 0, 'latin1')) return { format: 'docx' };
    return { format: 'unsupported', reason: both('input.zipNotWord') };
  }
  if (head.subarray(0, 8).equals(OLE2)) {
    return { format: 'unsupported', reason: both('input.oldOffice') };
  }
  // Binary content is not a text report.
  const sample = head.subarray(0, 1024);
  const isUtf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (!isUtf16) {
    let control = 0;
    for (const byte of sample) if (byte === 0 || (byte < 9) || (byte > 13 && byte < 32 && byte !== 27)) control++;
    if (control > sample.length * 0.05) return { format: 'unsupported', reason: both('input.binary') };
  }
  // A name that promises a PDF or a Word file but text inside: a failed download or export, or a
  // text saved under the wrong name; linting it as a text report would only list missing chapters.
  const promised = /\.(pdf|docx|docm)$/i.exec(name)?.[1]?.toLowerCase();
  if (promised === 'pdf') return { format: 'unsupported', reason: both('input.notPdf', { bytes: bytes.length }) };
  if (promised === 'docx' || promised === 'docm') return { format: 'unsupported', reason: both('input.notDocx', { bytes: bytes.length, ext: promised }) };
  if (/\.(md|markdown)$/i.test(name)) return { format: 'md' };
  return { format: 'txt' };
}
