/**
 * The section tree: which blocks are the real chapter headings (not the Sistematika list or the
 * table of contents that name them), the required parts of the report, and each block's section path.
 */
import type { Block } from '../model.js';

export interface SectionPart {
  id: string;
  title: string;
  /** Patterns (case-insensitive) a heading must match. */
  patterns: string[];
  /** Chapter number for `BAB n` parts. */
  chapter?: number;
}

export interface PartFound {
  part: SectionPart;
  block: Block;
  /** The heading as printed (for a chapter run into a paragraph's end, only the heading). */
  heading: string;
  /** Index of the first block after the part's heading and the last block of the part. */
  bodyStart: number;
  bodyEnd: number;
}

export interface SectionFacts {
  /** The required parts, in the order the template wants them. */
  configuredParts: SectionPart[];
  /** Real chapter headings by chapter number (1..4). */
  chapters: Map<number, Block>;
  /** Required parts as found, in document order. */
  parts: PartFound[];
  /** For each block index, the heading path (`BAB III AKUNTABILITAS KINERJA > A. Capaian Kinerja`). */
  pathOf: string[];
  /** Block index range [start, end) of the table of contents, when there is one. */
  tocRange: [number, number] | null;
  /** Block index range of the Sistematika section, when there is one. */
  sistematikaRange: [number, number] | null;
  /** Index of the first block of the annex (LAMPIRAN), or blocks.length. */
  annexStart: number;
}

const CHAPTER_RE = /^\s*BAB\s*([IVX1l|]+|\d)\b\.?\s*(.*)$/i;

export function chapterNumber(text: string): number | null {
  const m = CHAPTER_RE.exec(text.trim());
  if (!m) return null;
  // OCR: `BABI1` is BAB I with a stray mark, `1V` is IV, `|` and `l` are I.
  const printed = /^[IVXl|]+1$/i.test(m[1]!) ? m[1]!.slice(0, -1) : m[1]!;
  const r = printed.toUpperCase().replace(/[1L|]/g, 'I');
  const map: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, IIV: 4, IVI: 4, IIII: 3, IIIII: 3 };
  if (/^\d$/.test(m[1]!)) return Number(m[1]);
  if (map[r] !== undefined) return map[r]!;
  if (/^IV/.test(r)) return 4;
  if (/^III/.test(r)) return 3;
  if (/^II/.test(r)) return 2;
  if (/^I/.test(r)) return 1;
  return null;
}

function isHeadingLike(b: Block): boolean {
  if (b.kind === 'heading') return true;
  return (b.kind === 'paragraph' || b.kind === 'listItem') && b.text.length <= 100 && !b.text.includes('\n');
}

const SUBSECTION = /^(?:[A-H]|[1-9])\.\s+\S.{0,80}$/;

/**
 * A chapter heading run into the end of a paragraph, as a reflowed export leaves it:
 * `… sebesar Rp13.537.676.000. BAB III` (its title on the next line) or
 * `… dalam Laporan Kinerja ini. BABI1 PENDAHULUAN`. Only after a sentence's end, and only at the
 * paragraph's end with nothing but capitals after it (not `… dijelaskan pada BAB III.`).
 */
const RUN_IN_CHAPTER = /[.!?:;]["”)]?\s+(BAB\s*(?:[IVX1l|]+|\d)\b\.?(?:\s+[A-Z][A-Z ]{2,40})?)\s*$/;

function runInChapter(b: Block, next: Block | undefined): string | null {
  if (b.kind !== 'paragraph') return null;
  const m = RUN_IN_CHAPTER.exec(b.text);
  if (!m) return null;
  let heading = m[1]!.replace(/\s+/g, ' ').trim();
  const titled = /^BAB\s*\S+\s+[A-Z]/.test(heading);
  const nextText = next?.text.trim() ?? '';
  if (!titled && next && next.kind !== 'table' && nextText.length <= 40 && nextText === nextText.toUpperCase() && /[A-Z]{4}/.test(nextText)) heading += ` ${nextText}`;
  return heading;
}

export function buildSections(blocks: Block[], parts: SectionPart[]): SectionFacts {
  const chapters = new Map<number, Block>();
  let tocRange: [number, number] | null = null;
  let sistematikaRange: [number, number] | null = null;
  const tocStart = blocks.findIndex((b) => isHeadingLike(b) && /^DAFTAR ISI$/i.test(b.text.trim()));
  if (tocStart >= 0) {
    let end = tocStart + 1;
    while (end < blocks.length) {
      const b = blocks[end]!;
      if (b.kind === 'table' || /^DAFTAR (TABEL|GAMBAR|LAMPIRAN)$/i.test(b.text.trim()) || /\.{4,}\s*\S*$/.test(b.text) || /\t\s*[\divx]+$/i.test(b.text)) {
        end++;
        continue;
      }
      // A short line of a table of contents without page numbers.
      if (b.kind !== 'heading' && b.text.length < 60 && /^\S/.test(b.text) && !/^(IKHTISAR|RINGKASAN)/i.test(b.text) && end - tocStart < 60 && blocks[end + 1]?.kind === 'table') {
        end++;
        continue;
      }
      break;
    }
    tocRange = [tocStart, end];
  }
  let inSistematika = -1;
  let listedMax = 0;
  let lastReal = 0;
  /** Chapter headings found at the end of a paragraph, by block index. */
  const runIn = new Map<number, string>();
  const endSistematika = (at: number) => {
    if (inSistematika >= 0) sistematikaRange = [inSistematika, at];
    inSistematika = -1;
  };
  /** The first heading of each chapter, in order, is the chapter. */
  const claim = (n: number, b: Block): boolean => {
    if (chapters.has(n) || n <= lastReal) return false;
    chapters.set(n, b);
    lastReal = n;
    return true;
  };
  for (const b of blocks) {
    if (tocRange && b.index >= tocRange[0] && b.index < tocRange[1]) continue;
    const tail = runInChapter(b, blocks[b.index + 1]);
    const tailN = tail !== null ? chapterNumber(tail) : null;
    if (tail !== null && tailN !== null) {
      // Never a Sistematika entry (those start their lines): the Sistematika is over.
      endSistematika(b.index);
      if (claim(tailN, b)) runIn.set(b.index, tail);
      continue;
    }
    if (b.kind === 'table' || b.kind === 'formula' || b.kind === 'footnote') continue;
    const text = b.text.trim();
    if (isHeadingLike(b) && /^(?:[A-Z0-9]\.\s*)?SISTEMATIKA\b/i.test(text) && text.length < 80) {
      inSistematika = b.index;
      listedMax = 0;
      continue;
    }
    if (!isHeadingLike(b)) continue;
    // `1. BAB I PENDAHULUAN` in a list is a description of a chapter, not the chapter.
    const listed = /^\s*\d+\.\s*BAB/i.test(text) || (b.kind === 'listItem' && /^\d/.test(b.marker ?? ''));
    const n = chapterNumber(text.replace(/^\s*\d+\.\s*/, ''));
    if (n === null) continue;
    if (inSistematika >= 0) {
      if (listedMax === 0 || n === listedMax + 1) {
        listedMax = n;
        continue;
      }
      // A chapter number at or below what the Sistematika already listed: the real chapters go on.
      endSistematika(b.index);
    }
    if (!listed) claim(n, b);
  }
  endSistematika(blocks.length);

  const found: PartFound[] = [];
  for (const part of parts) {
    let block: Block | undefined;
    if (part.chapter !== undefined) block = chapters.get(part.chapter);
    if (!block) {
      const res = part.patterns.map((p) => new RegExp(p, 'i'));
      block = blocks.find(
        (b) =>
          isHeadingLike(b) &&
          !(tocRange && b.index > tocRange[0] && b.index < tocRange[1]) &&
          !(sistematikaRange && b.index > sistematikaRange[0] && b.index < sistematikaRange[1]) &&
          !(b.kind === 'listItem' && /^\d/.test(b.marker ?? '')) &&
          res.some((re) => re.test(b.text.trim())),
      );
    }
    if (block) found.push({ part, block, heading: runIn.get(block.index) ?? block.text.replace(/\s+/g, ' ').trim(), bodyStart: block.index + 1, bodyEnd: blocks.length });
  }
  found.sort((a, b) => a.block.index - b.block.index);
  for (let k = 0; k < found.length; k++) found[k]!.bodyEnd = found[k + 1]?.block.index ?? blocks.length;
  const annex = found.find((f) => f.part.id === 'lampiran');
  const annexStart = annex ? annex.block.index : blocks.length;

  // Section path per block: the current part or chapter, then the current sub-heading.
  const pathOf: string[] = [];
  const partAt = new Map(found.map((f) => [f.block.index, f.heading]));
  let top = '';
  let sub = '';
  for (const b of blocks) {
    const p = partAt.get(b.index);
    if (p !== undefined) {
      top = p;
      sub = '';
    } else if (top && isHeadingLike(b) && (b.kind === 'heading' || SUBSECTION.test(b.text.trim())) && b.text.length <= 90) {
      if (b.kind === 'heading' || /^[A-H]\.\s/.test(b.text.trim())) sub = b.text.replace(/\s+/g, ' ').trim();
    }
    pathOf.push(sub ? `${top} > ${sub}` : top);
  }
  return { configuredParts: parts, chapters, parts: found, pathOf, tocRange, sistematikaRange, annexStart };
}
