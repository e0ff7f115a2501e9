/**
 * The section tree: which blocks are the real chapter headings (not the Sistematika list or the
 * table of contents that name them), the required parts of the report, and each block's section path.
 */
import type { Block } from '../model.js';
import { romanValue } from '../text/markers.js';
import { bodyHeadings, readContents, type BodyHeading, type ContentsEntry } from './contents.js';

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
  /** The table of contents' entries (contents.ts). */
  contents: ContentsEntry[];
  /** The body's numbered headings, with their chapters (contents.ts). */
  headings: BodyHeading[];
}

const CHAPTER_RE = /^\s*BAB\s*([IVXL1l|]+|\d{1,2})\b\.?\s*(.*)$/i;

/** The chapter number of `BAB III …`, `BAB 3`, `BAB IX` (9), and OCR's `BABI1` (I), `1V` (IV), `|` (I). */
export function chapterNumber(text: string): number | null {
  const m = CHAPTER_RE.exec(text.trim());
  if (!m) return null;
  if (/^\d{1,2}$/.test(m[1]!)) return Number(m[1]) || null;
  // OCR: `BABI1` is BAB I with a stray mark, `1V` is IV, `|` and `l` are I.
  const printed = /^[IVXl|]+1$/i.test(m[1]!) ? m[1]!.slice(0, -1) : m[1]!;
  const r = printed.toUpperCase().replace(/[1L|]/g, 'I');
  const value = romanValue(r);
  if (value !== null && value <= 20) return value;
  const map: Record<string, number> = { IIV: 4, IVI: 4, IIII: 3, IIIII: 3 };
  if (map[r] !== undefined) return map[r]!;
  if (/^IV/.test(r)) return 4;
  if (/^III/.test(r)) return 3;
  if (/^II/.test(r)) return 2;
  if (/^I/.test(r)) return 1;
  return null;
}

/** A chapter numbered without the word BAB: `I. PENDAHULUAN`, `II PERENCANAAN KINERJA` (a short title in capitals). */
const BARE_CHAPTER = /^\s*([IVX]{1,4})\.?\s+([A-Z][A-Z ,&/-]{3,60})$/;

export function bareChapterNumber(text: string): number | null {
  const m = BARE_CHAPTER.exec(text.trim());
  return m ? romanValue(m[1]!) : null;
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

const SISTEMATIKA = /^(?:[A-Z0-9]{1,3}(?:\.\d{1,2})*\.?\s*)?SISTEMATIKA\b/i;

interface ChapterCandidate {
  n: number;
  block: Block;
  /** The heading, when it was run into the end of a paragraph. */
  runIn?: string;
  /** Characters of text from the start of the document to this block. */
  at: number;
}

/** Every block that names a chapter as a heading would (`BAB III …`, a run-in `… . BAB III`), outside the table of contents. */
function chapterCandidates(blocks: Block[], tocRange: [number, number] | null): ChapterCandidate[] {
  const out: ChapterCandidate[] = [];
  let at = 0;
  let bab = false;
  const bare: ChapterCandidate[] = [];
  for (const b of blocks) {
    const here = at;
    at += b.text.length + 1;
    if (tocRange && b.index >= tocRange[0] && b.index < tocRange[1]) continue;
    const tail = runInChapter(b, blocks[b.index + 1]);
    const tailN = tail !== null ? chapterNumber(tail) : null;
    if (tail !== null && tailN !== null) {
      out.push({ n: tailN, block: b, runIn: tail, at: here });
      bab = true;
      continue;
    }
    if (b.kind === 'table' || b.kind === 'formula' || b.kind === 'footnote' || !isHeadingLike(b)) continue;
    const text = b.text.trim();
    // `1. BAB I PENDAHULUAN` in a list is a description of a chapter, not the chapter.
    const listed = /^\s*\d+\.\s*BAB/i.test(text) || (b.kind === 'listItem' && b.list?.style === 'decimal');
    const n = chapterNumber(text.replace(/^\s*\d+\.\s*/, ''));
    if (n !== null) {
      bab = true;
      if (!listed) out.push({ n, block: b, at: here });
      continue;
    }
    // `I. PENDAHULUAN`: a chapter only in a report that never writes BAB.
    // (A lone `I.` or `V.` read as a letter in its list is a roman numeral here too.)
    const romanLike = b.list?.style === 'upper-roman' || (b.list?.style === 'upper-alpha' && /^[IVX][.)]?$/.test(b.list.printed ?? ''));
    const bn = b.kind === 'listItem' && !romanLike ? null : bareChapterNumber(text);
    if (bn !== null) bare.push({ n: bn, block: b, at: here });
  }
  if (!bab) return bare;
  // A report whose chapters are `I. PENDAHULUAN` … `IV. PENUTUP` may still write `BAB` somewhere a
  // heading could be (a reference, a leftover line): the scheme whose chapters run 1, 2, 3 … in
  // order is the document's.
  return chain(bare) >= 3 && chain(bare) > chain(out) ? bare : out;
}

/** How far the chapters run 1, 2, 3 … in document order. */
function chain(list: ChapterCandidate[]): number {
  let next = 1;
  for (const c of list) if (c.n === next) next++;
  return next - 1;
}

/**
 * Mentions of chapters in a list of them (a Sistematika, a contents list outside the table of
 * contents), in any form: consecutive chapter numbers close together (`BAB I … BAB II … BAB III`,
 * a few lines of description each), when the chapters are named again later (or, right after a
 * Sistematika heading, when three or more are listed).
 */
function listingMentions(candidates: ChapterCandidate[], sistematika: number): Set<number> {
  const out = new Set<number>();
  const CLOSE = 2000;
  let k = 0;
  while (k < candidates.length) {
    let j = k;
    while (j + 1 < candidates.length && candidates[j + 1]!.n === candidates[j]!.n + 1 && candidates[j + 1]!.at - candidates[j]!.at < CLOSE && candidates[j + 1]!.runIn === undefined) j++;
    const run = candidates.slice(k, j + 1);
    // Right after a Sistematika heading, three or more such mentions are its list even when the
    // chapters themselves are missing from the file.
    const afterSistematika = sistematika >= 0 && run[0]!.block.index > sistematika && !candidates.some((o) => o.block.index > sistematika && o.at < run[0]!.at);
    if (run.length >= 2) {
      for (const c of run) {
        const later = candidates.some((o) => o.n === c.n && o.at > run[run.length - 1]!.at);
        if (later || (run.length >= 3 && afterSistematika)) out.add(c.block.index);
      }
    }
    k = j + 1;
  }
  return out;
}

/** A block that reads as a line of a table of contents: a table, dot leaders, a page number, a short title. */
function tocEntryLike(b: Block | undefined): boolean {
  if (!b) return false;
  if (b.kind === 'table' || /\.{4,}\s*\S*$/.test(b.text) || /\t\s*[\divx]+$/i.test(b.text)) return true;
  return (isHeadingLike(b) && b.text.length < 60) || (b.kind === 'listItem' && b.text.length < 100);
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
      // A part's name listed on the contents' own page, with no text under it before the next entry
      // (`RINGKASAN EKSEKUTIF` / `KATA PENGANTAR` / `DAFTAR ISI`, then the chapters' table).
      const prev = blocks[end - 1]!;
      const samePage = b.source.page !== undefined && b.source.page === prev.source.page;
      const entry = (isHeadingLike(b) && b.text.length < 60) || (b.kind === 'listItem' && b.text.length < 100);
      if (samePage && entry && end - tocStart < 60 && (tocEntryLike(blocks[end + 1]) || blocks[end + 1]?.source.page !== b.source.page)) {
        end++;
        continue;
      }
      break;
    }
    tocRange = [tocStart, end];
  }
  /** Chapter headings found at the end of a paragraph, by block index. */
  const runIn = new Map<number, string>();
  const candidates = chapterCandidates(blocks, tocRange);
  const sistematika = blocks.findIndex((b) => b.kind !== 'table' && isHeadingLike(b) && SISTEMATIKA.test(b.text.trim()) && b.text.trim().length < 80 && !(tocRange && b.index >= tocRange[0] && b.index < tocRange[1]));
  const listing = listingMentions(candidates, sistematika);
  let lastReal = 0;
  // The first heading of each chapter, in order, is the chapter; a Sistematika's or a contents
  // list's mentions are not (they neither claim nor end a chapter).
  for (const c of candidates) {
    if (listing.has(c.block.index) || chapters.has(c.n) || c.n <= lastReal) continue;
    chapters.set(c.n, c.block);
    lastReal = c.n;
    if (c.runIn !== undefined) runIn.set(c.block.index, c.runIn);
  }
  if (sistematika >= 0) {
    const next = [...chapters.values()].map((b) => b.index).filter((i) => i > sistematika).sort((x, y) => x - y)[0];
    sistematikaRange = [sistematika, next ?? blocks.length];
  }

  const found: PartFound[] = [];
  /** The last part found, in the template's order: a part named twice is the one in its place. */
  let after = -1;
  for (const part of parts) {
    let block: Block | undefined;
    if (part.chapter !== undefined) block = chapters.get(part.chapter);
    if (!block) {
      const res = part.patterns.map((p) => new RegExp(p, 'i'));
      const matches = blocks.filter(
        (b) =>
          isHeadingLike(b) &&
          !(tocRange && b.index > tocRange[0] && b.index < tocRange[1]) &&
          !(sistematikaRange && b.index > sistematikaRange[0] && b.index < sistematikaRange[1]) &&
          !(b.kind === 'listItem' && /^\d/.test(b.marker ?? '')) &&
          res.some((re) => re.test(b.text.trim())),
      );
      block = matches.find((b) => b.index > after) ?? matches[0];
    }
    if (block && block.index > after) after = block.index;
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
  const contents = readContents(blocks, tocRange, parts.flatMap((p) => p.patterns.map((x) => new RegExp(x, 'i'))));
  const headings = bodyHeadings(blocks, { chapters, tocRange, sistematikaRange });
  return { configuredParts: parts, chapters, parts: found, pathOf, tocRange, sistematikaRange, annexStart, contents, headings };
}
