/**
 * Rewrites of how a report writes numbers, each one-to-one so a defect stays the same defect:
 * decimal comma ↔ decimal point (thousands separators swapped with it, on numbers only), caption
 * numbering schemes (`Tabel 3.1` / `Tabel 3. 1` / `Tabel III.1` / `Tabel 1`, the same scheme
 * everywhere, gaps and repeats kept), and list-marker styles (`1.` / `a.` / `i.` / `1)` / `(a)`).
 */
import { CHAPTER_LINE, chapterHeadings, fromRoman, inPlace, toRoman, type Transformation } from '../lines.js';

// ---------------------------------------------------------------- decimal comma ↔ decimal point

/** Words after which a dotted number is a section, caption, article or clock time, not a quantity. */
const NOT_A_QUANTITY = /(?:\b(?:bab|sub\s*bab|subbab|tabel|table|gambar|grafik|diagram|bagan|pasal|ayat|butir|angka|poin|point|lampiran|no|nomor|pukul|jam|versi)\.?\s*|[A-Za-z]\.)$/i;
const NUMBER = /\d+(?:[.,]\d+)+(?:[.,]-)?/g;

export function swapSeparators(s: string): string {
  return s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** Every printed quantity with a separator, its dots and commas swapped; sections, dates, identifiers left alone. */
export function swapDecimals(text: string): string {
  return text.split('\n').map((line) => line.replace(NUMBER, (tok, at: number) => {
    const before = line.slice(0, at);
    const prev = before.slice(-1);
    const next = line[at + tok.length] ?? '';
    if (/[A-Za-z_/-]/.test(prev) || /[A-Za-z_/]/.test(next)) return tok; // IMI-0229.PR.01.01, 3a.1
    if (/[.,]/.test(prev) && !/Rp\s*[.,]$/i.test(before)) return tok;
    if (/[.,]\d/.test(line.slice(at + tok.length, at + tok.length + 2))) return tok;
    const dotted = !tok.includes(',') && tok.split('.').every((p) => p.length <= 2 || p === '-');
    // 1.1 Latar Belakang, 3.2.1., Tabel 3.1, Pasal 2.3, pukul 08.00
    if (dotted && (/^\s*(?:#+\s*|\*\*)?$/.test(before) || NOT_A_QUANTITY.test(before.trimEnd() + (/\s$/.test(before) ? ' ' : '')) || NOT_A_QUANTITY.test(before))) return tok;
    if (/^\d{1,2}[.]\d{1,2}[.](?:19|20)\d\d$/.test(tok)) return tok; // a date 31.12.2024
    return swapSeparators(tok);
  })).join('\n');
}

export const decimalSwap: Transformation = {
  id: 'decimal-swap',
  description: 'decimal comma ↔ decimal point, thousands separators with it (numbers only: not sections, captions, dates, years, identifiers)',
  // A finding's expected / actual is a bare number (`99.75 %`): every number in it is swapped,
  // except numbering's, which are section and caption numbers (`3.4`, `4.1.`) the text keeps.
  apply: (text) => inPlace(text, swapDecimals, (s, ruleId) => (ruleId === 'numbering' ? s : s.replace(NUMBER, swapSeparators))),
};

// ---------------------------------------------------------------- captions

const CAPTION = /\b(Tabel|TABEL|Table|Gambar|GAMBAR|Grafik|GRAFIK|Diagram|DIAGRAM)(\s+)(?:([IVX]{1,4}|\d{1,2})\s?\.\s?(\d{1,2})(?!\d)(?![.,]\d)|(\d{1,3})(?![\d.,]\d|\s?\.\s?\d))/g;

type Scheme = 'dotted' | 'spaced' | 'roman' | 'flat';

interface CaptionNumber {
  chapter: number | null;
  k: number;
}

function label(n: { chapter: number; k: number } | number, scheme: Scheme): string {
  if (typeof n === 'number') return String(n);
  if (scheme === 'spaced') return `${n.chapter}. ${n.k}`;
  if (scheme === 'roman') return `${toRoman(n.chapter)}.${n.k}`;
  return `${n.chapter}.${n.k}`;
}

/**
 * One caption scheme everywhere. Chapter-qualified → flat: numbered through the document, each
 * chapter after the highest number of the one before (a skipped or repeated number stays skipped
 * or repeated). Flat → qualified: the chapter the caption stands in (its last occurrence, the one
 * in the body, not the list of tables), counted after the highest number of the chapters before.
 */
export function renumberCaptions(text: string, scheme: Scheme): { text: string; rewrite: (s: string) => string } {
  const lines = text.split('\n');
  const chapterAt: number[] = [];
  const heads = chapterHeadings(lines);
  let h = 0;
  let current = 0;
  for (let i = 0; i < lines.length; i++) {
    while (h < heads.length && heads[h]!.line <= i) current = heads[h++]!.number;
    chapterAt[i] = current;
  }
  const kinds = new Map<string, Map<string, CaptionNumber & { line: number }>>();
  // `Grafik 3.` alone on its line in chapter 3: the chapter printed, the caption's own number not
  // (a defect). It is no flat number: every per-chapter scheme keeps it as printed, and the flat
  // scheme, which has no way to print it, leaves its kind as it is.
  // Only in a kind numbered per chapter (most of its captions qualified); elsewhere `Tabel 2.` is table 2.
  const chapterOnly = new Set<string>();
  const pending = new Map<string, { k: number; line: number }[]>();
  lines.forEach((line, i) => {
    for (const m of line.matchAll(CAPTION)) {
      const kind = m[1]!.toLowerCase();
      const byLabel = kinds.get(kind) ?? new Map();
      const chapter = m[3] ? (/^\d/.test(m[3]) ? Number(m[3]) : fromRoman(m[3])) : null;
      const k = Number(m[4] ?? m[5]);
      if (m[5] && k === chapterAt[i] && /^\s*\.?\s*$/.test(line.slice(m.index! + m[0].length))) {
        (pending.get(kind) ?? pending.set(kind, []).get(kind)!).push({ k, line: i });
        kinds.set(kind, byLabel);
        continue;
      }
      byLabel.set(m[3] ? `${chapter}.${k}` : String(k), { chapter, k, line: i });
      kinds.set(kind, byLabel);
    }
  });
  for (const [kind, list] of pending) {
    const byLabel = kinds.get(kind)!;
    const qualified = [...byLabel.values()].filter((n) => n.chapter !== null).length;
    if (qualified * 2 > byLabel.size + list.length) chapterOnly.add(kind);
    else for (const n of list) byLabel.set(String(n.k), { chapter: null, ...n });
  }
  const newLabel = new Map<string, string>();
  for (const [kind, byLabel] of kinds) {
    if (scheme === 'flat' && chapterOnly.has(kind)) continue;
    const all = [...byLabel.entries()];
    const qualified = all.filter(([, n]) => n.chapter !== null);
    const flat = all.filter(([, n]) => n.chapter === null);
    // Qualified numbers: the highest k in each chapter, for the flat offsets.
    const maxK = new Map<number, number>();
    for (const [, n] of qualified) maxK.set(n.chapter!, Math.max(maxK.get(n.chapter!) ?? 0, n.k));
    const chapters = [...maxK.keys()].sort((a, b) => a - b);
    for (const [key, n] of qualified) {
      if (scheme === 'flat') {
        const offset = chapters.filter((c) => c < n.chapter!).reduce((s, c) => s + maxK.get(c)!, 0);
        newLabel.set(`${kind} ${key}`, label(offset + n.k, scheme));
      } else newLabel.set(`${kind} ${key}`, label({ chapter: n.chapter!, k: n.k }, scheme));
    }
    // Flat numbers in chapter order: each chapter's count starts after the highest flat number before it.
    // The offset of a chapter: the highest number before it that is lower than its own first one.
    const minK = new Map<number, number>();
    for (const [, n] of flat) {
      const c = chapterAt[n.line] ?? 0;
      minK.set(c, Math.min(minK.get(c) ?? Infinity, n.k));
    }
    const highestBefore = new Map<number, number>();
    for (const [c, first] of minK) {
      for (const [, m] of flat) if ((chapterAt[m.line] ?? 0) < c && m.k < first) highestBefore.set(c, Math.max(highestBefore.get(c) ?? 0, m.k));
    }
    const sorted = flat;
    // A kind with a caption before any chapter heading the text shows stays flat (no scheme mixed in).
    if (scheme === 'flat' || sorted.some(([, n]) => !chapterAt[n.line])) continue;
    for (const [key, n] of sorted) {
      const c = chapterAt[n.line]!;
      newLabel.set(`${kind} ${key}`, label({ chapter: c, k: n.k - (highestBefore.get(c) ?? 0) }, scheme));
    }
  }
  const rewrite = (s: string) => s.replace(CAPTION, (all, word: string, space: string, ch?: string, k?: string, flatK?: string) => {
    const chapter = ch ? (/^\d/.test(ch) ? Number(ch) : fromRoman(ch)) : null;
    const key = `${word.toLowerCase()} ${ch ? `${chapter}.${Number(k)}` : Number(flatK)}`;
    const to = newLabel.get(key);
    return to === undefined ? all : `${word}${space}${to}`;
  });
  return { text: rewrite(text), rewrite };
}

function captionScheme(scheme: Scheme, example: string): Transformation {
  return {
    id: `captions-${scheme}`,
    description: `table and figure captions numbered ${example} throughout (gaps and repeats kept)`,
    apply(text) {
      const { rewrite } = renumberCaptions(text, scheme);
      return inPlace(text, rewrite, rewrite);
    },
  };
}

export const captionTransformations: Transformation[] = [
  captionScheme('dotted', '`Tabel 3.1`'),
  captionScheme('spaced', '`Tabel 3. 1`'),
  captionScheme('roman', '`Tabel III.1`'),
  captionScheme('flat', '`Tabel 1`'),
];

// ---------------------------------------------------------------- list markers

export type Style = 'number' | 'letter' | 'roman';
export interface Marker {
  style: Style;
  ordinal: number;
  /** `.`, `)` or `()` (both parentheses). */
  punct: '.' | ')' | '()';
}

const MARKER = /^(\s*)(?:\((\d{1,2}|[a-z]|[ivx]{1,5})\)|(\d{1,2}|[a-z]|[ivx]{1,5})([.)]))(\s+)(?=[A-Za-z"'([])/;

function parseMarker(m: RegExpExecArray, previousLetter: number): Marker | null {
  const token = m[2] ?? m[3]!;
  const punct: Marker['punct'] = m[2] ? '()' : (m[4] as '.' | ')');
  if (/^\d+$/.test(token)) return { style: 'number', ordinal: Number(token), punct };
  const roman = fromRoman(token);
  // `i.` after `h.` is a letter; `i.` with no `h.` before it, `ii.`, `iv.` are roman.
  if (token.length === 1 && token.charCodeAt(0) - 96 === previousLetter + 1) return { style: 'letter', ordinal: previousLetter + 1, punct };
  if (roman !== null && /^[ivx]+$/.test(token)) return { style: 'roman', ordinal: roman, punct };
  return { style: 'letter', ordinal: token.charCodeAt(0) - 96, punct };
}

function writeMarker(m: Marker): string {
  const token = m.style === 'number' ? String(m.ordinal) : m.style === 'letter' ? String.fromCharCode(96 + m.ordinal) : toRoman(m.ordinal).toLowerCase();
  return m.punct === '()' ? `(${token})` : `${token}${m.punct}`;
}

export interface ListItem {
  marker: Marker;
  /** The line's indentation, and its text after the marker. */
  indent: string;
  rest: string;
}

/** The list items of a text, by 0-based line; lines that are table rows or chapter headings are not items. */
export function listItems(text: string): Map<number, ListItem> {
  const items = new Map<number, ListItem>();
  let previousLetter = 0;
  let lettersSeenAt = -100;
  text.split('\n').forEach((line, i) => {
    if (line.includes('\t') || CHAPTER_LINE.test(line)) return;
    const m = MARKER.exec(line);
    if (!m) return;
    const marker = parseMarker(m, i - lettersSeenAt < 40 ? previousLetter : 0);
    if (!marker) return;
    if (marker.style === 'letter') {
      previousLetter = marker.ordinal;
      lettersSeenAt = i;
    }
    items.set(i, { marker, indent: m[1]!, rest: line.slice(m[0].length - m[5]!.length) });
  });
  return items;
}

/** Every list marker's style or punctuation mapped one-to-one. */
export function remapListMarkers(text: string, map: (m: Marker) => Marker | null): string {
  const items = listItems(text);
  return text.split('\n').map((line, i) => {
    const item = items.get(i);
    const to = item && map(item.marker);
    return item && to ? item.indent + writeMarker(to) + item.rest : line;
  }).join('\n');
}

function listStyle(id: string, description: string, map: (m: Marker) => Marker | null): Transformation {
  return { id, description, apply: (text) => inPlace(text, (t) => remapListMarkers(t, map)) };
}

export const listTransformations: Transformation[] = [
  listStyle('lists-parenthesised', 'list markers `1.` ↔ `1)`, `a.` ↔ `(a)`, `i.` ↔ `(i)`', (m) => ({
    ...m,
    punct: m.punct === '.' ? (m.style === 'number' ? ')' : '()') : '.',
  })),
  listStyle('lists-numbers-letters', 'numbered lists lettered and lettered lists numbered (`1.` ↔ `a.`)', (m) => {
    if (m.style === 'roman' || m.ordinal > 26) return null;
    return { ...m, style: m.style === 'number' ? 'letter' : 'number' };
  }),
  listStyle('lists-letters-roman', 'lettered lists in roman numerals and roman lists lettered (`a.` ↔ `i.`)', (m) => {
    if (m.style === 'number' || m.ordinal > 26) return null;
    return { ...m, style: m.style === 'letter' ? 'roman' : 'letter' };
  }),
];
