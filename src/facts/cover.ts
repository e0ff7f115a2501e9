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

/** Block index range [start, end) of the foreword (KATA PENGANTAR up to the next part), or null. */
export function forewordRange(blocks: Block[]): [number, number] | null {
  const start = blocks.findIndex((b) => /^\s*KATA PENGANTAR\s*$/i.test(b.text));
  if (start < 0) return null;
  let end = start + 1;
  while (end < blocks.length && end < start + 60 && !PART_HEADING.test(blocks[end]!.text)) end++;
  return [start, end];
}
