/**
 * Where a report states who and when it is: its cover, its running lines, its foreword, and how
 * facts say where they were found (`cover, page 1, line 3`).
 */
import type { Block } from '../model.js';

export function where(b: Block): string {
  if (b.source.line && b.source.page) return `page ${b.source.page}, line ${b.source.line}`;
  if (b.source.line) return `line ${b.source.line}`;
  if (b.source.paragraph !== undefined) return `${b.source.page ? `page ${b.source.page}, ` : ''}paragraph ${b.source.paragraph}`;
  if (b.source.page) return `page ${b.source.page}`;
  return `block ${b.index + 1}`;
}

/** A heading that opens the report's body or front matter: the cover ends before it. */
const PART_HEADING = /^\s*(KATA PENGANTAR|DAFTAR ISI|IKHTISAR EKSEKUTIF|RINGKASAN EKSEKUTIF|EXECUTIVE SUMMARY|BAB\s*[IVX1-9]+\b|PENDAHULUAN\b|LAMPIRAN\b)/i;

/**
 * Blocks of the cover: everything before the foreword, contents or first chapter, on the first page
 * (when the document has pages), at most 12 blocks. A file that starts with a chapter has no cover.
 */
export function coverBlocks(blocks: Block[]): Block[] {
  const firstPage = blocks[0]?.source.page;
  const out: Block[] = [];
  for (const b of blocks.slice(0, 12)) {
    if (PART_HEADING.test(b.text)) break;
    if (firstPage !== undefined && b.source.page !== undefined && b.source.page !== firstPage) break;
    out.push(b);
  }
  return out;
}

/** A table's text read as prose (PDF exports turn justified lines into one-word cells). */
export function plainText(b: Block): string {
  return b.kind === 'table' ? b.text.replace(/[ \t]*\|[ \t]*/g, ' ') : b.text;
}

/**
 * Running lines: short texts printed again and again (a page header or footer the parser kept,
 * `Laporan Kinerja Instansi Pemerintah ( LKjIP ) Tahun 2021 | 1`), page numbers masked.
 */
export function runningLines(blocks: Block[]): Map<string, Block[]> {
  const byText = new Map<string, Block[]>();
  for (const b of blocks) {
    const t = plainText(b).replace(/\s+/g, ' ').trim();
    if (t.length < 12 || t.length > 160) continue;
    const key = t.replace(/\d+\s*$/, '#').toLowerCase();
    const list = byText.get(key) ?? [];
    list.push(b);
    byText.set(key, list);
  }
  for (const [k, list] of byText) if (list.length < 3) byText.delete(k);
  return byText;
}

/** A line's running-line key: white space collapsed, lower case, a page number at either end masked. */
export function runningKey(line: string): string {
  return line
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(?:^|\s)(?:-\s*)?(?:hal(?:aman)?\.?\s*-?\s*)?\d{1,4}(?:\s*-)?$/, ' #')
    .replace(/^(?:-\s*)?\d{1,4}(?:\s*-)?\s/, '# ')
    .trim();
}

/**
 * Running lines at the line level: a line of its own (12 to 160 characters) printed five times
 * or more anywhere in the text, in whatever block the parser put it (a page header inserted in a
 * table or a paragraph that goes on over the page break). Keys as `runningKey`.
 */
export function runningLineKeys(blocks: Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    for (const line of plainText(b).split('\n')) {
      const k = runningKey(line);
      if (k.length < 12 || k.length > 160) continue;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  // Five times: a title printed on three pages of its own (three signed Perjanjian Kinerja pages)
  // is said three times, a page header on every page.
  return new Set([...counts].filter(([, n]) => n >= 5).map(([k]) => k));
}

/** Block index range [start, end) of the foreword (KATA PENGANTAR up to the next part), or null. */
export function forewordRange(blocks: Block[]): [number, number] | null {
  const start = blocks.findIndex((b) => /^\s*KATA PENGANTAR\s*$/i.test(b.text));
  if (start < 0) return null;
  let end = start + 1;
  while (end < blocks.length && end < start + 60 && !PART_HEADING.test(blocks[end]!.text)) end++;
  return [start, end];
}
