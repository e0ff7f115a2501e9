/**
 * Target / realisasi / capaian rows of a capaian table whose grid a PDF export shattered: header
 * words spread over many narrow columns, each row's figures in whatever column their x position
 * fell into. The roles then come from the order of the figures in the row (the header names
 * Target, Realisasi and Capaian in that order) and are confirmed by the arithmetic: the table is
 * read this way only when most of its rows give a capaian that one of the usual formulas
 * (R / T, (2T − R) / T, T / R) reproduces.
 */
import type { TableFacts } from './tables.js';
import { matchesPrinted, parseNumber, type ParsedNumber } from '../numbers.js';

export interface CapaianRow {
  row: number;
  /** The indicator's words: the row's text cells, then ` | ` and the wrapped name lines just around it. */
  label: string;
  target: ParsedNumber;
  realisasi: ParsedNumber;
  capaian: ParsedNumber;
  /** Cells holding target, realisasi and capaian. */
  cells: [number, number, number];
}

const ENUMERATOR = /^\(?\d{1,2}[.)]?\)?$/;
/** `89/100.000 KH`, `5,8/1000 KH`: a rate; its value is the numerator. */
const RATE = /^(\d+(?:[.,]\d+)?)\s*\/\s*(?:1\.?000|100\.?000|100)\s*(?:KH|kelahiran hidup|penduduk)?$/i;
/** `100.000 KH`: the denominator of a rate whose numerator (`86,97/`) a narrow cell put on the line above. */
const RATE_BASE = /^(?:\/\s*(?:1\.?000|100\.?000|100)\s*(?:KH|kelahiran hidup|penduduk)?|(?:1\.?000|100\.?000|100)\s*(?:KH|kelahiran hidup|penduduk))$/i;

/** A cell's figure as an indicator table prints it: a rate (`89/100.000 KH`) is its numerator; enumerators and rate bases are none. */
export function figure(cell: string): ParsedNumber | null {
  const c = cell.trim();
  if (!c || ENUMERATOR.test(c) || RATE_BASE.test(c)) return null;
  const rate = RATE.exec(c);
  if (rate) return parseNumber(rate[1]!);
  return parseNumber(c);
}

/** Does one of the usual capaian formulas give the printed capaian? */
export function fitsSomeFormula(t: number, r: number, c: ParsedNumber): boolean {
  if (t === 0) return false;
  const values = [(r / t) * 100, ((2 * t - r) / t) * 100, r !== 0 ? (t / r) * 100 : NaN];
  return values.some((v) => Number.isFinite(v) && matchesPrinted(c, v));
}

/** What a shattered table's rows give before the arithmetic confirms them. */
export interface CapaianCandidates {
  rows: CapaianRow[];
  /** How many of them one of the usual formulas reproduces. */
  fitting: number;
  /** Target / realisasi / capaian groups the header names (`2015 … 2016 …`: 2). */
  groups: number;
}

/** Enough of the rows hold for the roles to be taken as confirmed (most of them, at least two). */
export function confirmedBy(fitting: number, total: number): boolean {
  return fitting >= 2 && fitting * 2 >= total;
}

/**
 * `continues`: the confirmed capaian table this headerless one carries on (the rest of the table
 * after a page or a layout break); its header and its confirmation hold for these rows too.
 */
export function shatteredCapaianRows(t: TableFacts, continues?: TableFacts): CapaianRow[] {
  const c = capaianCandidates(t, continues && t.headerRows === 0 ? continues.headerText : t.headerText);
  if (continues && t.headerRows === 0) return c.rows;
  return confirmedBy(c.fitting, c.rows.length) ? c.rows : [];
}

/**
 * The target / realisasi / capaian rows a table's figures give under `header` (its own header, or
 * that of the header-only tables just above it: a PDF can set a table's header lines apart from
 * its rows), by their order in the row; not yet confirmed.
 */
export function capaianCandidates(t: TableFacts, header: string): CapaianCandidates {
  // Header words as a narrow column breaks or cuts them (`REALI-SASI`, `CAPAIA`, `REALISA`, `TAR` / `GET`).
  const h = header.toLowerCase().replace(/reali-\s?sasi/g, 'realisasi').replace(/\breal(isa|is|i)?\b/g, 'realisasi').replace(/\bcapaia\b/g, 'capaian').replace(/\b(targe|tar)\b/g, 'target');
  const groups = (h.match(/\b(target|rencana)\b/g) ?? []).length;
  const none = { rows: [], fitting: 0, groups };
  if (!groups || !/\brealisasi\b/.test(h) || !/\b(capaian|pencapaian)\b|%/.test(h)) return none;
  if (/\b(pagu|anggaran|dipa|sisa)\b/.test(h)) return none;
  const rows = (t.block.rows ?? []).map((row) => ({ ...row, cells: rejoinSplitNumbers(row.cells) }));
  const figuresOf = (r: number) =>
    (rows[r]?.cells ?? []).map((c, i) => ({ i, n: figure(c) })).filter((x): x is { i: number; n: ParsedNumber } => x.n !== null);
  const textOf = (r: number) => (rows[r]?.cells ?? []).filter((c) => /[A-Za-z]{3}/.test(c) && !figure(c)).join(' ');
  const out: CapaianRow[] = [];
  for (let r = t.headerRows; r < rows.length; r++) {
    let figs = figuresOf(r);
    let band = [r];
    // A row whose cells wrapped over two or three lines (`89/100.000` above `KH`, `86,97/` above
    // `100.000 KH`, a capaian set a line above its row): its figures are spread over these lines,
    // in their columns' order. Every line holds some of them and none holds a whole row.
    const need = 3 * groups;
    if (figs.length > 0 && figs.length < need) {
      let joined = figs;
      const lines = [r];
      for (let k = r + 1; k < Math.min(rows.length, r + 3) && joined.length < need; k++) {
        const more = figuresOf(k);
        if (!more.length || more.length >= need) break;
        joined = [...joined, ...more];
        lines.push(k);
      }
      joined = [...joined].sort((x, y) => x.i - y.i);
      if (lines.length > 1 && joined.length === need && new Set(joined.map((x) => x.i)).size === need) {
        figs = joined;
        band = lines;
      }
    }
    // One target, realisasi and capaian per group of the header (`2015 … 2016 …`).
    const per = figs.length === 3 ? 1 : figs.length === 3 * groups ? groups : 0;
    if (!per) continue;
    const first = band[0]!;
    const last = band[band.length - 1]!;
    const around = [first - 1, last + 1].filter((k) => k >= t.headerRows && k < rows.length && figuresOf(k).length === 0).map(textOf);
    const label = [band.map(textOf).filter(Boolean).join(' '), ...around].filter(Boolean).join(' | ');
    if (!/[A-Za-z]{4}/.test(label)) continue;
    for (let g = 0; g < per; g++) {
      const [tg, rl, cp] = figs.slice(3 * g, 3 * g + 3) as [{ i: number; n: ParsedNumber }, { i: number; n: ParsedNumber }, { i: number; n: ParsedNumber }];
      // A capaian printed without its `%` (wrapped to the next line) under a `%` / Capaian header.
      if (!cp.n.percent && !(tg.n.percent && rl.n.percent && cp.n.value <= 1000)) continue;
      if (tg.n.money || rl.n.money || cp.n.money) continue;
      // Values that are years are not a target and a realisasi.
      if ([tg, rl, cp].some((x) => /^(19|20)\d\d$/.test(x.n.text))) continue;
      // The finding goes on the line that holds the capaian.
      const at = band.find((k) => (rows[k]?.cells[cp.i] ?? '').trim() !== '' && figure(rows[k]!.cells[cp.i]!)?.value === cp.n.value) ?? r;
      out.push({ row: at, label, target: tg.n, realisasi: rl.n, capaian: cp.n, cells: [tg.i, rl.i, cp.i] });
    }
    r = last;
  }
  const fitting = out.filter((x) => fitsSomeFormula(x.target.value, x.realisasi.value, x.capaian)).length;
  return { rows: out, fitting, groups };
}


/** `94 | , 9 %` or `96 , | 67 %`: one number a narrow column split in two; joined in the first cell. */
function rejoinSplitNumbers(cells: string[]): string[] {
  const out = [...cells];
  let prev = -1;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!.trim();
    if (!c) continue;
    if (prev >= 0) {
      const p = out[prev]!.trim();
      if ((/\d$/.test(p) && /^[.,]\s?\d/.test(c)) || (/\d\s?[.,]$/.test(p) && /^\d/.test(c))) {
        out[prev] = (p + c).replace(/\s+/g, '').replace(/%$/, ' %');
        out[i] = '';
        continue;
      }
    }
    prev = i;
  }
  return out;
}
