/**
 * The report model of the zoo: a report is a list of blocks (headings, paragraphs, lists, tables,
 * displayed formulas, the table of contents) that the txt, docx and pdf writers render, and the
 * arithmetic every number in it comes from (capaian, sums, budget %, sisa), so the numbers are
 * right by construction and the same in every place they are printed.
 */

export type ListStyle = 'decimal' | 'lower-letter' | 'lower-roman' | 'bullet' | 'decimal-paren';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; text: string; align?: 'center' | 'right'; bold?: boolean }
  | { kind: 'list'; style: ListStyle; items: string[] }
  | { kind: 'table'; caption?: string; header: string[][]; rows: string[][] }
  | { kind: 'formula'; lhs: string; num: string; den: string; times100: boolean; result: string | null }
  | { kind: 'toc'; entries: TocEntry[] }
  | { kind: 'pagebreak' };

export interface TocEntry {
  text: string;
  page: string;
  level: number;
}

export interface Report {
  /** File stem: `dinkes-jabar-2016` etc. */
  name: string;
  /** Running header printed on every page of the DOCX/PDF. */
  runningHeader: string;
  /** How displayed formulas are written in the text export. */
  formulaStyle: 'latex' | 'plain';
  blocks: Block[];
}

export type Locale = 'id' | 'en';

export type Polarity = 'positive' | 'negative';

export interface BudgetLine {
  name: string;
  pagu: number;
  realisasi: number;
  children?: BudgetLine[];
}

export interface BudgetGroup {
  /** `Belanja Langsung`, `Belanja Pegawai`, `Program …` … */
  name: string;
  lines: BudgetLine[];
}

export interface StaffRow {
  label: string;
  male: number;
  female: number;
}

// ---------------------------------------------------------------- numbers

/** `1.234.567,89` (id) or `1,234,567.89` (en). */
export function fmt(value: number, decimals: number, locale: Locale): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.') as [string, string | undefined];
  const groups = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');
  const sign = value < 0 ? '-' : '';
  return sign + groups + (frac !== undefined ? (locale === 'id' ? ',' : '.') + frac : '');
}

export function pct(value: number, locale: Locale, decimals = 2): string {
  return fmt(value, decimals, locale) + '%';
}

export function rupiah(value: number, locale: Locale, style: 'space' | 'dot' | 'glued' = 'space'): string {
  const n = fmt(value, 0, locale);
  if (style === 'dot') return `Rp.${n},-`;
  if (style === 'glued') return `Rp${n}`;
  return `Rp ${n}`;
}

/** Round the way the tables print: half up at `decimals`. */
export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f + 1e-9) / f;
}

/** Capaian from the printed target and realisasi: R/T, or (2T − R)/T for lower-is-better. */
export function capaian(ind: { target: number | null; realisasi: number; polarity: Polarity }): number | null {
  if (ind.target === null || ind.target === 0) return null;
  const raw = ind.polarity === 'positive' ? ind.realisasi / ind.target : (2 * ind.target - ind.realisasi) / ind.target;
  return round(raw * 100, 2);
}

export function mean(values: number[]): number {
  return round(values.reduce((a, b) => a + b, 0) / values.length, 2);
}

export function sumPagu(lines: BudgetLine[]): number {
  return lines.reduce((a, l) => a + l.pagu, 0);
}

export function sumRealisasi(lines: BudgetLine[]): number {
  return lines.reduce((a, l) => a + l.realisasi, 0);
}

/** A program line whose pagu and realisasi are the sums of its kegiatan. */
export function program(name: string, children: BudgetLine[]): BudgetLine {
  return { name, pagu: sumPagu(children), realisasi: sumRealisasi(children), children };
}

export function groupTotals(groups: BudgetGroup[]): { pagu: number; realisasi: number } {
  const lines = groups.flatMap((g) => g.lines);
  return { pagu: sumPagu(lines), realisasi: sumRealisasi(lines) };
}

/** Roman numerals for chapters and lists. */
export function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** A deterministic pseudo-random generator (mulberry32) for choices that need no meaning. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type FormulaBlock = Extract<Block, { kind: 'formula' }>;

const tex = (s: string) => (/[A-Za-z]{2,}/.test(s) ? `\\text{${s}}` : s.replace(/×\s*/g, '\\times ').replace(/−/g, '-').replace(/%/g, '\\%'));

/** `Capaian = \frac{98,5}{95} \times 100\% = 103,68\%` */
export function formulaLatex(b: FormulaBlock): string {
  const tail = b.times100 ? ' \\times 100\\%' : '';
  const res = b.result === null ? '' : ` = ${tex(b.result)}`;
  return `${b.lhs} = \\frac{${tex(b.num)}}{${tex(b.den)}}${tail}${res}`;
}

/** `Capaian = 98,5 / 95 × 100% = 103,68%` */
export function formulaPlain(b: FormulaBlock): string {
  const wrap = (s: string) => (/[\s+−-]/.test(s.trim()) ? `(${s})` : s);
  return `${b.lhs} = ${wrap(b.num)} / ${wrap(b.den)}${b.times100 ? ' × 100%' : ''}${b.result === null ? '' : ` = ${b.result}`}`;
}
