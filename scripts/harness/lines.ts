/**
 * What every invariance transformation shares: the shape of a transformation, a line rewriter that
 * records where each old line went (the lineMap), and the ways a report's text names its parts
 * (chapter headings, table-of-contents lines, the Sistematika) that several transformations need.
 */

/** Old line (1-based, index 0 = line 1) → the line it is on after the rewrite (1-based). */
export type LineMap = number[];

export interface Rewritten {
  text: string;
  lineMap: LineMap;
  /**
   * The same rewrite applied to a finding's `expected` / `actual` / excerpt, so a message that
   * legitimately names the new unit, caption or number format still compares equal.
   */
  rewrite?: (s: string, ruleId?: string) => string;
}

export interface Transformation {
  id: string;
  description: string;
  apply(text: string): Rewritten;
}

/** Builds the new text line by line, recording where each old line went. */
export class LineWriter {
  readonly out: string[] = [];
  readonly map: LineMap = [];

  /** Old line `old` (0-based) becomes the next new line, with `text`. */
  keep(old: number, text: string): void {
    this.out.push(text);
    this.map[old] = this.out.length;
  }

  /** Old line `old` (0-based) is joined into the last new line. */
  joinInto(old: number): void {
    this.map[old] = Math.max(1, this.out.length);
  }

  /** Old line `old` (0-based) is joined into the next new line written. */
  joinIntoNext(old: number): void {
    this.map[old] = this.out.length + 1;
  }

  /** A new line no old line maps to (a page footer, the second half of a split heading). */
  insert(text: string): void {
    this.out.push(text);
  }

  result(rewrite?: (s: string, ruleId?: string) => string): Rewritten {
    return { text: this.out.join('\n'), lineMap: this.map, ...(rewrite ? { rewrite } : {}) };
  }
}

export function identityMap(text: string): LineMap {
  return text.split('\n').map((_, i) => i + 1);
}

/** A rewrite that keeps every line where it is (the substitution never adds or removes a newline). */
export function inPlace(text: string, rewriteText: (t: string) => string, rewrite?: (s: string, ruleId?: string) => string): Rewritten {
  const out = rewriteText(text);
  if (out.split('\n').length !== text.split('\n').length) throw new Error('in-place rewrite changed the line count');
  return { text: out, lineMap: identityMap(text), ...(rewrite ? { rewrite } : {}) };
}

/** Case of `sample` carried over to `target`: ALL CAPS stays all caps, anything else as written. */
export function sameCase(sample: string, target: string): string {
  const letters = sample.replace(/[^A-Za-z]/g, '');
  return letters.length > 1 && letters === letters.toUpperCase() ? target.toUpperCase() : target;
}

/**
 * `target` in place of `matched`, keeping the line breaks `matched` had between its words (a name
 * the export wrapped over two lines stays on two lines, so no line moves).
 */
export function keepLineBreaks(matched: string, target: string): string {
  const breaks = [...matched.matchAll(/\s*\n\s*/g)].map((m) => m[0]);
  if (!breaks.length) return target;
  const words = target.split(/\s+/);
  const groups = breaks.length + 1;
  // As even as the words allow: 4 words over 3 lines are 2, 1, 1.
  let out = '';
  let at = 0;
  for (let g = 0; g < groups; g++) {
    const size = Math.floor(words.length / groups) + (g < words.length % groups ? 1 : 0);
    out += words.slice(at, at + size).join(' ');
    at += size;
    if (g < breaks.length) out += breaks[g]!;
  }
  return out;
}

export const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function toRoman(n: number): string {
  if (n > 0 && n < ROMAN.length) return ROMAN[n]!;
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

export function fromRoman(s: string): number | null {
  const t = s.toUpperCase();
  if (!/^[IVXLC]+$/.test(t)) return null;
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const a = val[t[i]!]!;
    const b = val[t[i + 1] ?? ''] ?? 0;
    n += a < b ? -a : a;
  }
  return toRoman(n) === t ? n : null;
}

/** A table-of-contents line: ends in a page number after leader dots, a tab or a wide gap. */
export function isContentsLine(line: string): boolean {
  return /(\.{3,}|…|\t|\s{3,})\s*\d{1,3}\s*$/.test(line);
}

/** `BAB III AKUNTABILITAS KINERJA`, `## **BAB I**`, `BAB 2`: prefix, the word, the number, the rest. */
export const CHAPTER_LINE = /^(\s*(?:#{1,6}\s*)?(?:\*\*|<b>)?\s*)(BAB|Bab)\s+([IVX]{1,4}|[1-9])\b(\.?)(.*)$/;

export interface ChapterHeading {
  /** 0-based line of `BAB …`. */
  line: number;
  number: number;
  /** 0-based line of the title when it is on a line of its own (`BAB I` / `PENDAHULUAN`). */
  titleLine: number | null;
}

function chapterNumber(s: string): number | null {
  return /^\d$/.test(s) ? Number(s) : fromRoman(s);
}

/** The Sistematika's list of chapters: 0-based first and last line of its entries, or null. */
export function sistematikaRange(lines: string[]): { start: number; end: number; entries: number[] } | null {
  const head = lines.findIndex((l) => /sistematika/i.test(l) && !isContentsLine(l));
  if (head < 0) return null;
  const entries: number[] = [];
  let last = 0;
  for (let i = head + 1; i < Math.min(lines.length, head + 120); i++) {
    const m = CHAPTER_LINE.exec(lines[i]!.replace(/^\s*(?:\d{1,2}[.)]|[a-z][.)]|-|•)\s+/, ''));
    if (!m) continue;
    const n = chapterNumber(m[3]!);
    if (n === null) continue;
    if (n !== last + 1) break;
    entries.push(i);
    last = n;
  }
  if (entries.length < 3) return null;
  // The last entry's description runs to the next chapter heading (at most 25 lines).
  let end = entries[entries.length - 1]!;
  for (let i = end + 1; i < Math.min(lines.length, end + 26); i++) {
    if (CHAPTER_LINE.test(lines[i]!)) break;
    if (lines[i]!.trim()) end = i;
  }
  return { start: entries[0]!, end, entries };
}

/** The report's own chapter headings (not the table of contents, not the Sistematika's list). */
export function chapterHeadings(lines: string[]): ChapterHeading[] {
  const sis = sistematikaRange(lines);
  const out: ChapterHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (sis && i >= sis.start && i <= sis.end) continue;
    const line = lines[i]!;
    const m = CHAPTER_LINE.exec(line);
    if (!m || isContentsLine(line) || line.includes('\t')) continue;
    const n = chapterNumber(m[3]!);
    if (n === null) continue;
    const rest = m[5]!.replace(/\*\*|<\/?b>/g, '').trim();
    let titleLine: number | null = null;
    if (!rest) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        const t = lines[j]!.replace(/[#*]|<\/?b>/g, '').trim();
        if (!t) continue;
        if (/^[A-Z][A-Z ,&-]{3,}$/.test(t)) titleLine = j;
        break;
      }
    }
    out.push({ line: i, number: n, titleLine });
  }
  return out;
}

/** The year a running header repeats: the cover's (`TAHUN 2024` in the first lines), else the one stated most often. */
export function statedYear(text: string): string {
  const cover = /\bTAHUN\s+(20\d\d)\b/i.exec(text.split('\n').slice(0, 40).join('\n'));
  if (cover) return cover[1]!;
  const votes = new Map<string, number>();
  for (const m of text.matchAll(/\bTahun\s+(20\d\d)\b(?!\s*[-–])/gi)) votes.set(m[1]!, (votes.get(m[1]!) ?? 0) + 1);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
