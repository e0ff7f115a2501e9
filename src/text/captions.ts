/**
 * Figure and table captions: the one reader every rule uses. A caption is `(kind, chapter?, n)`:
 * `Tabel 3.1`, `Tabel 3. 1`, `Tabel III.1`, `Tabel 3-1` are table 1 of chapter 3; `Tabel 7` is
 * table 7 of the document. Which scheme a report numbers its captions by is read from the report.
 */
import { memoByText } from '../memo.js';
import { romanValue } from './markers.js';

export type CaptionKind = 'Tabel' | 'Gambar' | 'Grafik' | 'Diagram' | 'Bagan';

export interface CaptionHit {
  kind: CaptionKind;
  /** The chapter part of `3.1` / `III.1`; absent for document-wide numbers. */
  chapter?: number;
  n: number;
  /** `Tabel 3.1` as printed. */
  printed: string;
  start: number;
  end: number;
}

const WORD = String.raw`(Gambar|GAMBAR|Gambear|Grafik|GRAFIK|Tabel|TABEL|Diagram|DIAGRAM|Bagan|BAGAN)`;
const NUMBER = String.raw`(?:([IVX]{1,5}|\d{1,2})\s?[.\-]\s?(\d{1,3})(?![\d.,]\d)|(\d{1,3})(?![\d.,]\d))`;
/** What follows a caption's number: its title (capitalised), a colon or full stop, or the line's end. */
const AFTER = String.raw`(?=\s*[:.]|\s+["“(]?[A-Z0-9]|\s*$)`;
/** At the start of a line. */
const AT_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*${WORD}[ \t]+${NUMBER}${AFTER}`, 'gm');
/** Run into a paragraph (Word files rebuilt from OCR, PDF text): needs the colon. */
const INLINE = new RegExp(String.raw`(?<=\S[ \t]+)${WORD}[ \t]+${NUMBER}[ \t]*:`, 'g');

function kindOf(word: string): CaptionKind {
  const w = word.toLowerCase();
  if (w === 'tabel') return 'Tabel';
  if (w === 'grafik') return 'Grafik';
  if (w === 'diagram') return 'Diagram';
  if (w === 'bagan') return 'Bagan';
  return 'Gambar';
}

function scan(text: string): CaptionHit[] {
  if (!/gambar|gambear|grafik|tabel|diagram|bagan/i.test(text)) return [];
  const byStart = new Map<number, CaptionHit>();
  for (const re of [AT_LINE, INLINE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index! + m[0].search(/\S/);
      if (byStart.has(start)) continue;
      const chapterText = m[2];
      const chapter = chapterText === undefined ? undefined : /^\d+$/.test(chapterText) ? Number(chapterText) : romanValue(chapterText);
      if (chapter === null) continue;
      const n = Number(m[3] ?? m[4]);
      const printed = text.slice(start, m.index! + m[0].length).replace(/\s*:$/, '').trim();
      byStart.set(start, { kind: kindOf(m[1]!), ...(chapter !== undefined ? { chapter } : {}), n, printed, start, end: start + printed.length });
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Every caption in a text (case as printed: `Tabel`, `TABEL` is a heading word too). */
export const findCaptions: (text: string) => readonly Readonly<CaptionHit>[] = memoByText(scan);

/** How a report numbers one kind of caption: per chapter (`3.1`) or through the document (`7`). */
export type CaptionScheme = 'chapter' | 'document';

/** The scheme most of a kind's captions follow. */
export function captionScheme(hits: readonly Readonly<CaptionHit>[]): CaptionScheme {
  const chaptered = hits.filter((h) => h.chapter !== undefined).length;
  return chaptered * 2 > hits.length ? 'chapter' : 'document';
}

/** A caption's number as the report writes it under its scheme (`3.2`, `7`). */
export function captionNumber(h: { chapter?: number; n: number }): string {
  return h.chapter !== undefined ? `${h.chapter}.${h.n}` : String(h.n);
}
