/**
 * The table of contents as entries (number, title, page label, the chapter it is listed under) and
 * the body's numbered headings, each entry matched with the heading it names on evidence: the words
 * of its title, and its number where both carry one. Rules judge the differences (an entry with no
 * heading, numbered otherwise, on another page; a heading the contents leaves out).
 */
import type { Block } from '../model.js';
import { romanValue } from '../text/markers.js';
import { readPageLabel, splitPageLabel, type PageLabel } from '../text/page-labels.js';
import type { SectionFacts } from './sections.js';

export type NumberStyle = 'chapter' | 'decimal' | 'upper-alpha' | 'lower-alpha';

export interface SectionNumber {
  style: NumberStyle;
  /** `2`, `2.1.1`, `A`, `b`, or the chapter's value for `BAB II`. */
  value: string;
  /** Levels of a decimal number (`2.1.1` = 3). */
  depth: number;
  printed: string;
}

export interface ContentsEntry {
  /** Which list of the contents: 0 the Daftar Isi, then each Daftar Tabel / Gambar / Lampiran in turn. */
  list: number;
  number: SectionNumber | null;
  title: string;
  page: PageLabel | null;
  /** The chapter (BAB n) the entry is listed under, when the contents names chapters. */
  chapter: number | null;
  block: Block;
  row?: number;
  /** The entry as printed (its lines joined). */
  printed: string;
}

export interface BodyHeading {
  number: SectionNumber | null;
  title: string;
  chapter: number | null;
  block: Block;
  /** The heading's first line as printed. */
  printed: string;
}

const NUMBER = /^\s*(BAB\.?\s*([IVX]{1,4}|\d{1,2})\b\.?|(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?=\s|$)|([A-Z])\.(?=\s)|([a-z])\.(?=\s))\s*(.*)$/;

/** The section number a heading or entry starts with (`BAB. II`, `2.1.1.`, `A.`, `b.`), and its title. */
export function readSectionNumber(text: string): { number: SectionNumber | null; title: string } {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = NUMBER.exec(t);
  if (!m) return { number: null, title: t };
  const printed = m[1]!.trim();
  const title = m[6]!.trim();
  if (m[2]) {
    const v = /^\d+$/.test(m[2]) ? Number(m[2]) : romanValue(m[2]);
    return v === null ? { number: null, title: t } : { number: { style: 'chapter', value: String(v), depth: 0, printed }, title };
  }
  if (m[3]) return { number: { style: 'decimal', value: m[3], depth: m[3].split('.').length, printed }, title };
  if (m[4]) return { number: { style: 'upper-alpha', value: m[4], depth: 1, printed }, title };
  return { number: { style: 'lower-alpha', value: m[5]!, depth: 1, printed }, title };
}

/** The lines of a contents block: a table's rows (cells joined, a page split over cells put back together) or a text block's lines. */
function contentsLines(b: Block): { text: string; row?: number }[] {
  if (b.kind !== 'table') return [{ text: b.text.replace(/\s+/g, ' ') }];
  return (b.rows ?? []).map((r, row) => {
    const cells = r.cells.map((c) => c.trim()).filter(Boolean);
    // `1` `2` in two cells is page 12 (a narrow page column).
    let k = cells.length;
    while (k > 0 && /^\d$/.test(cells[k - 1]!)) k--;
    const digits = cells.slice(k);
    const head = cells.slice(0, k);
    const text = [...head, digits.length >= 2 && !head.some((c) => readPageLabel(c)?.scheme === 'chapter') ? digits.join('') : digits.join(' ')].filter(Boolean).join(' ');
    // `I` `I` `- 9` in three cells is `II - 9`.
    return { text: text.replace(/(?:\b[IVX] )+[IVX](?=\s*[-–—]\s*\d{1,3}$)/, (m) => m.replace(/ /g, '')), row };
  });
}

/**
 * Whether a line with no number of its own goes on the entry above it (a title wrapped in its
 * column): the entry has no page yet and is numbered, or the line starts in lower case, or the entry
 * ends in a joining word, or the line ends in leader dots with no page; or the entry is numbered
 * and the line is not a part of its own (`LAMPIRAN`).
 */
function wrapped(open: ContentsEntry, title: string, raw: string, label: PageLabel | null, parts: RegExp[]): boolean {
  if (!/^\p{L}/u.test(title)) return false;
  if (/^\p{Ll}/u.test(title)) return true;
  if (parts.some((re) => re.test(title))) return false;
  if (!open.page) return open.number !== null;
  if (label) return false;
  if (/(?:\b(?:dan|dengan|serta|atau|and|of)|[,&-])$/i.test(open.title)) return true;
  if (/[.…]{3,}\s*$/.test(raw)) return true;
  return open.number !== null;
}

/** The entries of the table of contents, in order (a title wrapped over two lines is one entry). */
export function readContents(blocks: Block[], tocRange: [number, number] | null, parts: RegExp[] = []): ContentsEntry[] {
  if (!tocRange) return [];
  const out: ContentsEntry[] = [];
  let list = 0;
  let chapter: number | null = null;
  let open: ContentsEntry | null = null;
  for (const b of blocks.slice(tocRange[0] + 1, tocRange[1])) {
    for (const { text, row } of contentsLines(b)) {
      const raw = text.replace(/\s+/g, ' ').trim();
      if (/^daftar (tabel|gambar|grafik|lampiran)\b/i.test(raw)) {
        list++;
        open = null;
        continue;
      }
      if (!raw || /^(hal(aman)?\.?|daftar (isi|tabel|gambar|grafik|lampiran))$/i.test(raw)) continue;
      const { title: withNumber, label } = splitPageLabel(raw);
      const { number, title } = readSectionNumber(withNumber.replace(/(\d) (\d)/g, '$1$2'));
      if (open && !number && open.block === b && wrapped(open, title, raw, label, parts)) {
        open.title = `${open.title} ${title}`.trim();
        open.printed = `${open.printed} ${raw}`;
        open.page ??= label;
        continue;
      }
      if (number?.style === 'chapter') chapter = Number(number.value);
      const entry: ContentsEntry = { list, number, title, page: label, chapter: number?.style === 'chapter' ? Number(number.value) : chapter, block: b, ...(row !== undefined ? { row } : {}), printed: raw };
      out.push(entry);
      open = entry;
    }
  }
  return out;
}

/** Whether a body heading is written as one: short, and in capitals or numbered within its chapter (`1.4.`). */
function headingLike(text: string, number: SectionNumber | null, chapter: number | null, kind: Block['kind']): boolean {
  if (text.length > 90 || /[;:,]$/.test(text)) return false;
  if (kind === 'heading') return true;
  if (!number) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length >= 4 && letters === letters.toUpperCase();
  const inChapter = number.style === 'decimal' && number.depth >= 2 && chapter !== null && number.value.split('.')[0] === String(chapter) && !/[.]\s*$/.test(text.replace(/^\S+\s*/, ''));
  return capitals || inChapter;
}

/** The body's numbered headings (outside the contents and the Sistematika), with the chapter each is in. */
export function bodyHeadings(blocks: Block[], sections: Pick<SectionFacts, 'chapters' | 'tocRange' | 'sistematikaRange'>): BodyHeading[] {
  const chapterAt = [...sections.chapters].map(([n, b]) => ({ n, at: b.index })).sort((a, b) => a.at - b.at);
  const inRange = (r: [number, number] | null, i: number) => r !== null && i >= r[0] && i < r[1];
  const out: BodyHeading[] = [];
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'formula' || b.kind === 'footnote') continue;
    if (inRange(sections.tocRange, b.index) || inRange(sections.sistematikaRange, b.index)) continue;
    const first = b.text.split('\n')[0]!.replace(/\s+/g, ' ').trim();
    const chapter = chapterAt.filter((c) => c.at <= b.index).pop()?.n ?? null;
    const { number, title } = readSectionNumber(first);
    if (number?.style === 'chapter') continue;
    if (!headingLike(first, number, chapter, b.kind)) continue;
    out.push({ number, title, chapter, block: b, printed: first });
  }
  return out;
}

/** A title's words for comparing: lower case, letters and digits, words of three letters or more. */
export function titleWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
}

/** How well an entry's title names a heading: the share of the entry's words in the heading, and of the heading's in the entry. */
export function titleOverlap(entry: string, heading: string): { entryShare: number; headingShare: number; common: number } {
  const a = titleWords(entry);
  const b = new Set(titleWords(heading));
  if (a.length === 0 || b.size === 0) return { entryShare: 0, headingShare: 0, common: 0 };
  const common = a.filter((w) => b.has(w)).length;
  return { entryShare: common / a.length, headingShare: common / b.size, common };
}

/** The heading an entry names: same chapter when both are known, words alike (all or nearly all of each). */
export function matchHeading(entry: ContentsEntry, headings: BodyHeading[]): BodyHeading | null {
  let best: BodyHeading | null = null;
  let bestScore = 0;
  for (const h of headings) {
    if (entry.chapter !== null && h.chapter !== null && entry.chapter !== h.chapter) continue;
    const { entryShare, headingShare } = titleOverlap(entry.title, h.title);
    if (entryShare < 0.75 || headingShare < 0.5) continue;
    const score = entryShare + headingShare + (entry.number && h.number && entry.number.value === h.number.value ? 0.5 : 0);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}
