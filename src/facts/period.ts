/**
 * The period a report covers: the year (and the quarter or semester, for reports that are not
 * annual), from the report's own statements: the cover (`TAHUN 2024`, split `20`/`24` too, `LKJIP
 * 2024`), how it names itself ("Laporan Kinerja … Tahun 2024", `Triwulan II`), its fiscal year
 * ("Tahun Anggaran 2024", `TA 2024`), its Perjanjian Kinerja and its signing date (early in the
 * following year). Never from a regulation (`Nomor 41 Tahun 2007`) or a plan period (`2013-2018`).
 *
 * A cover year that is the year the report was signed and published while every other statement
 * names the year before (`TAHUN 2017` on a TA 2016 report) is not the period: the period is the
 * year before, and the cover year is kept as `coverYear` for `wrong-year`.
 */
import type { Block } from '../model.js';
import { coverBlocks, plainText, runningLines, where } from './cover.js';

export interface PeriodStatement {
  year: number;
  block: Block;
  offset: number;
  length: number;
}

export interface Period {
  kind: 'annual' | 'quarterly' | 'semester';
  /** 1–4 for a quarter, 1–2 for a semester. */
  part: number | null;
  year: number | null;
  evidence: string;
  partEvidence: string | null;
  /** The cover's year when it is not the period's. */
  coverYear: PeriodStatement | null;
}

/** A regulation's number or a date just before a year: `Nomor 53 Tahun`, `UU No. 23 Tahun`, `PP 8/`. */
const REGULATION_BEFORE = /(\b(Nomor|No\.?|Nomer|Number)\s*[:.]?\s*[\w.\-/]*\s*|\b(UU|PP|Perpres|Permen\w*|Keppres|Inpres|Perda|Pergub|Perbup|Perwal|Undang-Undang)\s*\d*\s*)(Tahun\s*)?$/i;
const RANGE_AFTER = /^\s*[-–/]\s*(?:20)?\d\d/;
const SELF_YEAR = /\b(?:Laporan\s+(?:Kinerja|Akuntabilitas\w*\s+Kinerja)|LKjIP|LKIP|LAKIP|LKj)\b(?:(?![.;:](?:\s|$))[^\n]){0,140}?\b(?:Periode\s+)?Tahun\s+(20\d\d)\b/gi;
const FISCAL_YEAR = /\b(?:Tahun\s+Anggaran|T\.?A\.?)\s*(20\d\d)\b/g;
const PK_YEAR = /\bPerjanjian\s+Kinerja\s+(?:\(PK\)\s+)?(?:Tahun\s+)?(20\d\d)\b/gi;
const SIGNED = /\b[A-Z][a-z]+,\s*(?:\d{1,2}\s+)?(Januari|Februari|Maret|Desember)\s+(20\d\d)\b/g;
const PART = /\b(Triwulan|TW|Semester)\s*[-.]?\s*(IV|III|II|I|[1-4]|Pertama|Kedua|Ketiga|Keempat)\b/i;
const ORDINAL: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4, pertama: 1, kedua: 2, ketiga: 3, keempat: 4 };

function ownYear(text: string, index: number, yearText: string): boolean {
  const at = index;
  const before = text.slice(Math.max(0, at - 50), at);
  if (REGULATION_BEFORE.test(before)) return false;
  return !RANGE_AFTER.test(text.slice(at + yearText.length, at + yearText.length + 6));
}

/** The cover's year: `TAHUN 2024`, `TAHUN ANGGARAN 2025`, `LKJIP 2024`, `TAHUN` / `20 24`. */
function coverYear(cover: Block[]): PeriodStatement | null {
  for (const b of cover) {
    const t = b.text;
    for (const re of [/\bTAHUN(?:\s+ANGGARAN)?\s*(2\s?0\s?\d\s?\d)\b/gi, /\b(?:LKJIP|LAKIP|LKIP|LKJ)\s*(20\d\d)\b/gi, /^\s*(20\d\d)\b\W*$/gm]) {
      for (const m of t.matchAll(re)) {
        const yearAt = m.index! + m[0].lastIndexOf(m[1]!);
        if (!ownYear(t, yearAt, m[1]!)) continue;
        // A cover's line is short; a sentence on the first page (`… pada tahun 2015 …`) is not the cover's year.
        const line = t.slice(t.lastIndexOf('\n', m.index!) + 1, (t.indexOf('\n', yearAt) + 1 || t.length + 1) - 1);
        if (line.length > 90 && !/^[^a-z]*$/.test(line)) continue;
        return { year: Number(m[1]!.replace(/\s/g, '')), block: b, offset: m.index!, length: m[0].length };
      }
    }
  }
  return null;
}

interface Vote {
  weight: number;
  first: string;
}

function statementVotes(blocks: Block[]): { votes: Map<number, Vote>; signedFor: number | null } {
  const votes = new Map<number, Vote>();
  const add = (y: number, w: number, what: string, b: Block) => {
    const v = votes.get(y) ?? { weight: 0, first: `${what}, ${where(b)}` };
    v.weight += w;
    votes.set(y, v);
  };
  const running = new Set<number>();
  for (const list of runningLines(blocks).values()) for (const b of list) running.add(b.index);
  const seenRunning = new Set<string>();
  let signedFor: number | null = null;
  for (const b of blocks) {
    const t = plainText(b).replace(/\s+/g, ' ');
    if (!/20\d\d/.test(t)) continue;
    if (running.has(b.index)) {
      const key = t.trim().replace(/\d+\s*$/, '#').toLowerCase();
      if (seenRunning.has(key)) continue;
      seenRunning.add(key);
      for (const m of t.matchAll(SELF_YEAR)) if (ownYear(t, m.index! + m[0].lastIndexOf(m[1]!), m[1]!)) add(Number(m[1]), 3, 'running line', b);
      continue;
    }
    // Real tables state the years of trends, not the period; a PDF's justified line read as a table row is prose.
    if (b.kind === 'table' && (b.rows?.length ?? 0) > 3) continue;
    const titled = /laporan|lkj|lkip|lakip/i.test(t);
    for (const m of titled ? t.matchAll(SELF_YEAR) : []) if (ownYear(t, m.index! + m[0].lastIndexOf(m[1]!), m[1]!)) add(Number(m[1]), 1, "the report's own title", b);
    for (const m of t.matchAll(FISCAL_YEAR)) if (ownYear(t, m.index! + m[0].lastIndexOf(m[1]!), m[1]!)) add(Number(m[1]), 1, 'fiscal year', b);
    for (const m of /perjanjian/i.test(t) ? t.matchAll(PK_YEAR) : []) if (ownYear(t, m.index! + m[0].lastIndexOf(m[1]!), m[1]!)) add(Number(m[1]), 1, 'Perjanjian Kinerja', b);
    if (signedFor === null) {
      for (const m of t.matchAll(SIGNED)) {
        signedFor = Number(m[2]) - (m[1] === 'Desember' ? 0 : 1);
        add(signedFor, m[1] === 'Desember' ? 2 : 3, 'signing date', b);
        break;
      }
    }
  }
  return { votes, signedFor };
}

/** `Triwulan II` / `Semester I` where the report names itself (the cover, its own title). */
function periodPart(cover: Block[], blocks: Block[]): { kind: Period['kind']; part: number; evidence: string } | null {
  const look = (b: Block, text: string, what: string) => {
    const m = PART.exec(text);
    if (!m) return null;
    const n = ORDINAL[m[2]!.toLowerCase()];
    if (!n) return null;
    const semester = /^semester$/i.test(m[1]!);
    if (semester && n > 2) return null;
    return { kind: semester ? ('semester' as const) : ('quarterly' as const), part: n, evidence: `${what}, ${where(b)}` };
  };
  for (const b of cover) {
    const hit = look(b, b.text, 'cover');
    if (hit) return hit;
  }
  for (const b of blocks.slice(0, 200)) {
    const t = plainText(b);
    for (const m of t.matchAll(/\b(?:Laporan\s+Kinerja|LKjIP|LKIP|LKj)\b[^.\n]{0,60}?\b(?:Triwulan|TW|Semester)\s*[-.]?\s*(?:IV|III|II|I|[1-4]|Pertama|Kedua|Ketiga|Keempat)\b/gi)) {
      const hit = look(b, m[0], "the report's own title");
      if (hit) return hit;
    }
  }
  return null;
}

export function detectPeriod(blocks: Block[]): Period {
  const cover = coverBlocks(blocks);
  const onCover = coverYear(cover);
  const { votes, signedFor } = statementVotes(blocks);
  const part = periodPart(cover, blocks);
  const base = { kind: part?.kind ?? ('annual' as const), part: part?.part ?? null, partEvidence: part?.evidence ?? null };
  if (onCover) {
    const y = onCover.year;
    const before = votes.get(y - 1)?.weight ?? 0;
    const same = votes.get(y)?.weight ?? 0;
    // Signed early in the cover's year, and the text's own statements name the year before.
    if (signedFor === y - 1 && before - 3 > same) {
      return { ...base, year: y - 1, evidence: `${votes.get(y - 1)!.first} (the cover says ${y}, the year it was signed)`, coverYear: onCover };
    }
    return { ...base, year: y, evidence: `cover, ${where(onCover.block)}`, coverYear: null };
  }
  const best = [...votes.entries()].sort((a, b) => b[1].weight - a[1].weight)[0];
  if (!best) return { ...base, year: null, evidence: 'not found', coverYear: null };
  return { ...base, year: best[0], evidence: best[1].first, coverYear: null };
}
