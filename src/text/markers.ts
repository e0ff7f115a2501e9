/**
 * List markers: the one reader every parser and rule uses. A marker as printed (`3.`, `b)`, `(iv)`,
 * `-`) has a style and a value; `i`, `v`, `x` (and `c`, `d`, `l`, `m`) can be a letter or a roman
 * numeral, so the style is decided per run of items: `h, i, j` are letters, `i, ii, iii` roman.
 */
import type { Block, ListInfo, ListStyle } from '../model.js';

export type { ListInfo, ListStyle };

/** A marker at the start of a line: a bullet, `12.`, `b)`, `iv.`, `(a)`, `(3)`. */
export const MARKER_SOURCE = String.raw`(?:[-*•●▪◦■]|(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})\))`;

const ROMAN = /^(?:m{0,3})(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** The value of a roman numeral (`xiv` = 14), or null when it is not one. */
export function romanValue(s: string): number | null {
  const r = s.toLowerCase();
  if (!r || !ROMAN.test(r)) return null;
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let k = 0; k < r.length; k++) {
    const cur = v[r[k]!]!;
    const next = v[r[k + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** A number written in roman numerals, in upper case (`XII`). */
export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** How a value is printed in a style (`lower-roman` 4 = `iv`). */
export function printValue(style: ListStyle, value: number): string {
  switch (style) {
    case 'decimal':
      return String(value);
    case 'lower-alpha':
      return value >= 1 && value <= 26 ? String.fromCharCode(96 + value) : String(value);
    case 'upper-alpha':
      return value >= 1 && value <= 26 ? String.fromCharCode(64 + value) : String(value);
    case 'lower-roman':
      return toRoman(value).toLowerCase();
    case 'upper-roman':
      return toRoman(value);
    case 'bullet':
      return '-';
  }
}

interface Reading {
  style: ListStyle;
  value: number;
}

/** The possible readings of a printed marker (two for `i.`: the letter i and roman 1). */
export function markerReadings(printed: string): Reading[] {
  const p = printed.trim();
  if (/^[-*•●▪◦■]$/.test(p)) return [{ style: 'bullet', value: 0 }];
  const m = /^(?:\(([^()]+)\)|([^().]+)[.)])$/.exec(p);
  const body = m?.[1] ?? m?.[2];
  if (!body) return [];
  if (/^\d{1,3}$/.test(body)) return [{ style: 'decimal', value: Number(body) }];
  const out: Reading[] = [];
  const upper = body === body.toUpperCase();
  if (/^[a-zA-Z]$/.test(body)) out.push({ style: upper ? 'upper-alpha' : 'lower-alpha', value: body.toLowerCase().charCodeAt(0) - 96 });
  const rv = /^[ivxlcdm]+$/i.test(body) && (upper || body === body.toLowerCase()) ? romanValue(body) : null;
  // A list counts to a few dozen: `DI.`, `MM.`, `CD.` are abbreviations, not numerals.
  if (rv !== null && (body.length === 1 || rv <= 40)) out.push({ style: upper ? 'upper-roman' : 'lower-roman', value: rv });
  return out;
}

/** The marker at the start of a text, as printed, or null. */
export function leadingMarker(text: string): string | null {
  const m = new RegExp(String.raw`^\s*(${MARKER_SOURCE})(?=\s)`).exec(text);
  return m ? m[1]! : null;
}

/** The family of a marker: its punctuation and case (`a)` and `ii)` may be one run, `a.` and `1.` not). */
function family(printed: string): string {
  const p = printed.trim();
  const punct = p.startsWith('(') ? '()' : p.slice(-1);
  const body = p.replace(/[().]/g, '');
  return `${punct}|${/^\d+$/.test(body) ? 'd' : body === body.toUpperCase() ? 'U' : 'l'}`;
}

/**
 * Decide the reading of each marker of a sequence of list items (document order; `level` is the
 * list level where the parser knows it). An ambiguous marker follows its run: the previous item
 * of its family when one reading continues it, else the next item, else roman for `i` (a list
 * starts at i or at a) and the letter otherwise.
 */
export function decideMarkers(items: { printed: string; level?: number }[]): (ListInfo | null)[] {
  const readings = items.map((it) => markerReadings(it.printed));
  const out: (ListInfo | null)[] = new Array(items.length).fill(null);
  const lastOf = new Map<string, Reading>();
  const keyOf = (k: number) => `${family(items[k]!.printed)}|${items[k]!.level ?? ''}`;
  for (let k = 0; k < items.length; k++) {
    const rs = readings[k]!;
    if (rs.length === 0) continue;
    let pick = rs[0]!;
    const key = keyOf(k);
    if (rs.length > 1) {
      const prev = lastOf.get(key);
      const continuing = prev ? rs.find((r) => r.style === prev.style && r.value === prev.value + 1) : undefined;
      const sameStyle = prev ? rs.find((r) => r.style === prev.style) : undefined;
      let nextFit: Reading | undefined;
      for (let j = k + 1; j < Math.min(items.length, k + 4) && !nextFit; j++) {
        if (keyOf(j) !== key) continue;
        const nrs = readings[j]!;
        nextFit = rs.find((r) => nrs.some((n) => n.style === r.style && n.value === r.value + 1));
        if (!nextFit && nrs.length === 1) break;
      }
      pick = continuing ?? nextFit ?? sameStyle ?? rs.find((r) => (r.value === 1 ? r.style.endsWith('roman') : r.style.endsWith('alpha'))) ?? rs[0]!;
    }
    lastOf.set(key, pick);
    out[k] = { style: pick.style, value: pick.value, printed: items[k]!.printed.trim() };
  }
  return out;
}

/** Give every list item of a document that has a printed marker and no list reading its reading. */
export function assignListMarkers(blocks: Block[]): void {
  const items = blocks.filter((b) => b.kind === 'listItem' && b.marker !== undefined && b.list === undefined);
  const decided = decideMarkers(items.map((b) => ({ printed: b.marker!, ...(b.level !== undefined ? { level: b.level } : {}) })));
  items.forEach((b, k) => {
    const d = decided[k];
    if (d) b.list = d;
  });
}

/** A marker at the start of a line in running text (`1. Program …`): not a figure. */
export function isLineStartMarker(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim().replace(/^[(•-]/, '') !== '') return false;
  return /^[.)]\s+[A-Za-z(]/.test(text.slice(end, end + 3)) && end - start <= 3;
}
