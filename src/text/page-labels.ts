/**
 * Page labels as a contents list prints them: `12`, `iii` (front matter), `II - 8` / `III-1` (a
 * page numbered within its chapter). One reader for the PDF parser (which lays a contents list out
 * line by line) and the contents facts (which compare an entry's page with its heading's).
 */
import { romanValue } from './markers.js';

export interface PageLabel {
  /** `arabic` (`12`), `roman` (`iii`), `chapter` (`II - 8`: page 8 of chapter II). */
  scheme: 'arabic' | 'roman' | 'chapter';
  /** The chapter of a `chapter` label. */
  chapter?: number;
  n: number;
  printed: string;
}

const CHAPTER_PAGE = /^([IVX]{1,4})\s*[-–—]\s*(\d{1,3})$/;

/** The page label `text` is as a whole, or null. */
export function readPageLabel(text: string): PageLabel | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}$/.test(t)) return { scheme: 'arabic', n: Number(t), printed: t };
  const c = CHAPTER_PAGE.exec(t);
  if (c) {
    const chapter = romanValue(c[1]!);
    return chapter !== null ? { scheme: 'chapter', chapter, n: Number(c[2]), printed: t } : null;
  }
  if (/^[ivx]{1,5}$/.test(t)) {
    const n = romanValue(t.toUpperCase());
    return n !== null ? { scheme: 'roman', n, printed: t } : null;
  }
  return null;
}

/** The page label at the end of a contents line (`Latar Belakang ....... I - 1`), and the title before it. */
export function splitPageLabel(line: string): { title: string; label: PageLabel | null } {
  const t = line.replace(/\s+/g, ' ').trim();
  const m = /^(.*?)[\s.…_]*\s((?:[IVX]{1,4}\s*[-–—]\s*)?\d{1,3}|[ivx]{1,5})$/.exec(t);
  if (m && /\p{L}/u.test(m[1]!)) {
    const label = readPageLabel(m[2]!);
    if (label) return { title: m[1]!.replace(/[\s.…_]+$/, ''), label };
  }
  return { title: t.replace(/[\s.…_]+$/, ''), label: null };
}

/** Whether page label `b` comes at or after `a` in one numbering scheme; null when they are of different schemes. */
export function notBefore(a: PageLabel, b: PageLabel): boolean | null {
  if (a.scheme !== b.scheme) return null;
  if (a.scheme === 'chapter') return b.chapter! > a.chapter! || (b.chapter === a.chapter && b.n >= a.n);
  return b.n >= a.n;
}
