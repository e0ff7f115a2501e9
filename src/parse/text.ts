/**
 * Plain-text exports of LKjIP reports: tab-separated table rows, `$$...$$` LaTeX formulas,
 * stray markdown (`#` headings, `**bold**`) and HTML (`<b>`, `<p>`, `<ul>`) markup, footnotes
 * (`¹ ...`) dropped mid-text at page breaks, and hard-wrapped OCR paragraphs.
 */
import type { Block, LKjIPDocument, TableRow } from '../model.js';
import type { Text } from '../rule.js';
import { both } from '../messages.js';
import { parseFormula } from '../formula.js';
import { parseNumber } from '../numbers.js';
import { assignListMarkers, markerReadings, MARKER_SOURCE } from '../text/markers.js';

const FOOTNOTE = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S/;
const LIST_ITEM = new RegExp(String.raw`^\s*(?:[-*•]\s+)?(${MARKER_SOURCE})(?=\s)\s*`);
/** A list item's first line: a marker the marker reader can read (`dll.` is not one). */
const listItemAt = (line: string): RegExpExecArray | null => {
  const m = LIST_ITEM.exec(line);
  return m && markerReadings(m[1]!).length > 0 ? m : null;
};
const MD_HEADING = /^\s*(#{1,6})\s+(.*)$/;
export const PLAIN_FORMULA = /^[xyzXYZ%]\s*=\s*[-(\d][^=]*(=\s*[-(\d][^=]*)*$/;
const CHAPTER = /^\s*(?:\d+\.\s*)?BAB\s*([IVX1l|]+|\d)\b/i;

/** Remove inline markup, keep the words. */
export function stripMarkup(s: string): string {
  return s
    .replace(/<\/?(?:b|i|u|p|ul|ol|li|br|strong|em|span|sup|sub|div)\b[^>]*>/gi, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/\\([[\]_*#])/g, '$1')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** A heading that the wording itself marks: chapter titles and the fixed parts of the report. */
const FIXED_HEADING =
  /^(?:KATA PENGANTAR|DAFTAR ISI|DAFTAR TABEL|DAFTAR GAMBAR|DAFTAR LAMPIRAN|IKHTISAR EKSEKUTIF|RINGKASAN EKSEKUTIF|EXECUTIVE SUMMARY|LAMPIRAN(?:\s*-?\s*LAMPIRAN)?|PENDAHULUAN|PERENCANAAN KINERJA|AKUNTABILITAS KINERJA|PENUTUP|KESIMPULAN)$/i;

function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > 90) return false;
  if (CHAPTER.test(t) && !/^\s*\d+\.\s/.test(t)) return true;
  return FIXED_HEADING.test(t.replace(/[.:]+$/, ''));
}

export interface TextOptions {
  /** Lines (0-based) known, from the page layout, to go on the list item above them. */
  continues?: (line: number) => boolean;
  /** The table ends with the row at this line (0-based; a ruled table's bottom rule in a PDF). */
  tableEnds?: (line: number) => boolean;
}

export function parseText(path: string, source: string, format: 'txt' | 'md' = 'txt', opts: TextOptions = {}): LKjIPDocument {
  const continues = opts.continues ?? (() => false);
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const push = (b: Omit<Block, 'index'>) => blocks.push({ index: blocks.length, ...b } as Block);
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (isBlank(raw)) {
      i++;
      continue;
    }
    const trimmed = raw.trim();
    // Display formulas: `$$ ... $$`, possibly over several lines.
    if (trimmed.startsWith('$$')) {
      let j = i;
      let written = trimmed;
      while (!(written.length > 2 && written.endsWith('$$')) && j + 1 < lines.length && j - i < 30) {
        j++;
        written += '\n' + lines[j]!.trim();
      }
      const latex = written.replace(/^\$\$|\$\$$/g, '').trim();
      push({ kind: 'formula', text: latex, source: { line: lineNo, endLine: j + 1 }, formula: parseFormula(latex, 'latex') });
      i = j + 1;
      continue;
    }
    // A formula written as plain text: `x = 6 / 6 × 100% = 100%`, `y =111,11%`.
    if (PLAIN_FORMULA.test(trimmed) && trimmed.length <= 120) {
      push({ kind: 'formula', text: trimmed, source: { line: lineNo, endLine: lineNo }, formula: parseFormula(trimmed, 'plain') });
      i++;
      continue;
    }
    if (raw.includes('\t')) {
      const { rows, next } = readTable(lines, i, opts.tableEnds);
      push({
        kind: 'table',
        text: rows.map((r) => r.cells.join(' | ')).join('\n'),
        source: { line: lineNo, endLine: rows[rows.length - 1]!.source.line! },
        rows,
      });
      i = next;
      continue;
    }
    const md = MD_HEADING.exec(raw);
    if (md) {
      push({ kind: 'heading', text: stripMarkup(md[2]!), level: md[1]!.length, source: { line: lineNo, endLine: lineNo } });
      i++;
      continue;
    }
    if (FOOTNOTE.test(raw)) {
      push({ kind: 'footnote', text: stripMarkup(raw), source: { line: lineNo, endLine: lineNo } });
      i++;
      continue;
    }
    const clean = stripMarkup(raw);
    if (looksLikeHeading(clean)) {
      // A chapter heading split over two lines: `BAB III` / `PENDAHULUAN`, `BAB III AKUNTABILITAS` / `KINERJA`.
      let text = clean;
      let end = i;
      const nextIdx = isBlank(lines[i + 1]) ? (isBlank(lines[i + 2]) ? -1 : i + 2) : i + 1;
      const next = nextIdx > 0 ? stripMarkup(lines[nextIdx]!) : '';
      // (Not a subheading under it: `BAB IV PENUTUP` / `A. KESIMPULAN`.)
      if (CHAPTER.test(clean) && next && next.length <= 40 && next === next.toUpperCase() && /[A-Z]{4}/.test(next) && !/\t/.test(lines[nextIdx]!) && !/^\s*(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s/.test(next)) {
        const words = clean.replace(CHAPTER, '').trim();
        if (words.split(/\s+/).filter(Boolean).length <= 1) {
          text = `${clean} ${next.replace(/^#+\s*/, '')}`;
          end = nextIdx;
        }
      }
      push({ kind: 'heading', text, level: 0, source: { line: lineNo, endLine: end + 1 } });
      i = end + 1;
      continue;
    }
    const item = listItemAt(raw);
    if (item && !/^\s*\d+[.,]\d/.test(raw)) {
      // A hard-wrapped item (PDF, OCR) goes on in lines that start in lower case.
      let j = i;
      const parts = [clean];
      while (j + 1 < lines.length && (continues(j + 1) || /^\s*[a-z]/.test(lines[j + 1]!)) && !lines[j + 1]!.includes('\t') && !listItemAt(lines[j + 1]!) && !PLAIN_FORMULA.test(lines[j + 1]!.trim())) {
        parts.push(stripMarkup(lines[j + 1]!));
        j++;
      }
      push({ kind: 'listItem', text: parts.join('\n'), marker: item[1]!, source: { line: lineNo, endLine: j + 1 } });
      i = j + 1;
      continue;
    }
    // A paragraph: consecutive plain lines (OCR text is hard-wrapped).
    let j = i;
    const parts = [clean];
    while (j + 1 < lines.length) {
      const nxt = lines[j + 1]!;
      if (isBlank(nxt) || nxt.includes('\t') || nxt.trim().startsWith('$$') || MD_HEADING.test(nxt) || FOOTNOTE.test(nxt)) break;
      // `x =100%` on its own line inside OCR text is a formula line, not prose.
      if (PLAIN_FORMULA.test(nxt.trim()) && nxt.trim().length <= 120) break;
      const nclean = stripMarkup(nxt);
      if (looksLikeHeading(nclean) || listItemAt(nxt)) break;
      parts.push(nclean);
      j++;
    }
    push({ kind: 'paragraph', text: parts.join('\n'), source: { line: lineNo, endLine: j + 1 } });
    i = j + 1;
  }
  assignListMarkers(blocks);
  return { path, format, blocks, notices: [], sourceLines: lines };
}

/**
 * Tab-separated rows. A row may be interrupted by a blank line and go on (a ragged export),
 * and a cell's HTML may spill onto following lines without tabs.
 */
function readTable(lines: string[], start: number, ends: (line: number) => boolean = () => false): { rows: TableRow[]; next: number } {
  const rows: TableRow[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.includes('\t')) {
      rows.push({ cells: line.split('\t').map(stripMarkup), source: { line: i + 1, endLine: i + 1 } });
      i++;
      if (ends(i - 1)) break;
      continue;
    }
    if (isBlank(line)) {
      // Up to two blank lines inside a table, when tab rows of the same shape continue after them.
      let k = i;
      while (k < lines.length && isBlank(lines[k]) && k - i < 3) k++;
      const cont = lines[k];
      const width = rows[rows.length - 1]?.cells.length ?? 0;
      const contCells = cont?.split('\t') ?? [];
      // A new header (`BELANJA | 2023 | | | 2024`) after a blank line starts a new table.
      const isYear = (c: string) => /^\s*(19|20)\d\d\s*$/.test(c);
      const yearHeader = contCells.some(isYear) && !contCells.some((c) => !isYear(c) && parseNumber(c) !== null);
      if (k - i <= 3 && cont !== undefined && cont.includes('\t') && contCells.length >= Math.min(3, width) && width >= 3 && !yearHeader) {
        i = k;
        continue;
      }
      break;
    }
    // A cell's continuation (`<li>` text, a wrapped label) between two tab rows.
    const nextTab = lines[i + 1]?.includes('\t') || (isBlank(lines[i + 1]) && lines[i + 2]?.includes('\t'));
    const last = rows[rows.length - 1];
    if (last && nextTab && !line.trim().startsWith('$$') && !MD_HEADING.test(line)) {
      const cells = last.cells;
      cells[cells.length - 1] = `${cells[cells.length - 1] ?? ''} ${stripMarkup(line)}`.trim();
      last.source.endLine = i + 1;
      i++;
      continue;
    }
    break;
  }
  return { rows, next: i };
}

/**
 * Windows-1252's 0x80–0x9F (the WHATWG table; the five bytes it leaves undefined stay C1 controls,
 * as WHATWG maps them). Written out, not asked of TextDecoder('windows-1252'): Node 20's decodes
 * that range as Latin-1, so ’ “ ” – — … of a Word text export became invisible control characters.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** What a byte means in Windows-1252 (every byte is one character): Latin-1 but for 0x80–0x9F. */
const cp1252 = Array.from({ length: 256 }, (_, k) => (k >= 0x80 && k <= 0x9f ? CP1252_HIGH[k - 0x80]! : String.fromCharCode(k))).join('');

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function utf8Length(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) return cont(1, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf) && cont(2) ? 3 : 0;
  if (lead >= 0xf0 && lead <= 0xf4) return cont(1, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** One line whose bytes are not all UTF-8: each valid UTF-8 sequence as UTF-8, every other byte as Windows-1252. */
function decodeMixed(line: Uint8Array, utf8: TextDecoder): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const n = utf8Length(line, i);
    if (n > 0) {
      let j = i + n;
      while (j < line.length && utf8Length(line, j) > 0) j += utf8Length(line, j);
      out += utf8.decode(line.subarray(i, j));
      i = j;
    } else out += cp1252[line[i++]!]!;
  }
  return out;
}

export interface DecodedText {
  text: string;
  /** 1-based lines that held bytes that are not valid UTF-8 (read as Windows-1252). */
  notUtf8: number[];
}

/**
 * Bytes of a text report to text: UTF-16 with its BOM, else UTF-8 decided line by line. A line
 * with bytes that are not valid UTF-8 keeps its valid UTF-8 and reads the other bytes as
 * Windows-1252 (an old export, or one stray byte), so one bad byte does not garble the rest of
 * the file; those lines are listed so the result can say so.
 */
export function decodeTextReport(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notUtf8: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notUtf8: [] };
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { text: strict.decode(bytes).replace(/^\uFEFF/, ''), notUtf8: [] };
  } catch {
    // Some line is not UTF-8: decide line by line.
  }
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const notUtf8: number[] = [];
  let start = 0;
  for (let lineNo = 1; start <= bytes.length; lineNo++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    try {
      parts.push(strict.decode(line));
    } catch {
      notUtf8.push(lineNo);
      parts.push(decodeMixed(line, lenient));
    }
    start = end + 1;
  }
  return { text: parts.join('\n').replace(/^\uFEFF/, ''), notUtf8 };
}

/** The notice for lines that were not valid UTF-8, or undefined. */
export function encodingNotice(notUtf8: number[]): Text | undefined {
  if (notUtf8.length === 0) return undefined;
  const more: Text = notUtf8.length > 5 ? both('notice.moreLines', { n: notUtf8.length }) : { id: '', en: '' };
  const shown: Text = { id: notUtf8.slice(0, 5).join(', ') + (more.id ? `, ${more.id}` : ''), en: notUtf8.slice(0, 5).join(', ') + (more.en ? `, ${more.en}` : '') };
  return both(notUtf8.length > 1 ? 'notice.notUtf8' : 'notice.notUtf8One', { lines: shown });
}
