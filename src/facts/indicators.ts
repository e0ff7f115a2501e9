/**
 * The report's performance indicators (IKK) and every place a figure of one is stated: the
 * Perjanjian Kinerja target, the capaian table row, the x / y formulas and the trend table of the
 * indicator's own section in BAB III. From those, one reference target / realisasi / capaian per
 * indicator, so rules can say "this sentence says 120%, the calculation on line 674 gives 111,11%".
 *
 * Reference, in order: a capaian-table row whose own arithmetic holds (realisasi / target =
 * capaian); otherwise the section's formulas when their own arithmetic holds. A row that does not
 * hold is never a reference: the `capaian` rule reports it.
 */
import type { Block, Expr } from '../model.js';
import { findNumbers, matchesPrinted, parseNumber, type ParsedNumber } from '../numbers.js';
import { evaluate, firstFraction, hasDivision } from '../formula.js';
import type { SectionFacts } from './sections.js';
import type { TableFacts } from './tables.js';
import { columnGroups, isAverageRow, isTotalRow } from './columns.js';

/** A figure as stated somewhere in the report. */
export interface Figure {
  value: number;
  decimals: number;
  percent: boolean;
  text: string;
  block: Block;
  row?: number;
  cell?: number;
  /** Source line (OCR rows inside a paragraph, formula lines). */
  line?: number;
  /** Offset in the block's text (figures inside prose). */
  offset?: number;
}

export interface FormulaFigures {
  block: Block;
  /** The block holding the stated result (may be the next formula line). */
  resultBlock?: Block;
  numerator?: Figure;
  denominator?: Figure;
  result?: Figure;
  /** The formula's own arithmetic holds (or it has no fraction to check). */
  holds: boolean;
}

export interface TableRowFigures {
  block: Block;
  /** Row in the table; -1 for an OCR line inside a paragraph. */
  row: number;
  target?: Figure;
  realisasi?: Figure;
  capaian?: Figure;
  holds: boolean;
  source: 'table' | 'ocr';
}

export interface Indicator {
  id: number;
  name: string;
  /** Name words no other indicator of the report has. */
  distinctive: string[];
  /** The two distinctive words rarest in the whole report: a mention needs both. */
  core: string[];
  pkTarget?: Figure;
  table?: TableRowFigures;
  /** Every capaian-table row of this indicator for the report year (summary, YoY, detail tables). */
  rows: TableRowFigures[];
  x?: FormulaFigures;
  y?: FormulaFigures;
  /** Report-year row of a trend table in the indicator's section (handled, resolved, capaian). */
  trend?: { block: Block; row: number; handled: Figure; resolved: Figure; capaian?: Figure };
  ref: { target?: Figure; realisasi?: Figure; capaian?: Figure; source: string };
}

export interface Mention {
  id: number;
  start: number;
  end: number;
}

export interface IndicatorFacts {
  list: Indicator[];
  /** Indicator mentions in a text, in order. */
  mentions(text: string): Mention[];
  /** The indicator whose section (in BAB III) a block belongs to. */
  sectionOf: Map<number, number>;
}

const STOP = new Set(
  'di dan yang terhadap dalam pada untuk dari ke atau oleh dengan serta lingkup upt kewilayahan wilayah kinerja indikator kegiatan imigrasi keimigrasian kantor unit satuan kerja total tahun jumlah persentase presentase'.split(' '),
);
const HEAD = /\b(persentase|presentase|rasio|rata-rata|waktu|indeks|jumlah|nilai|tingkat|angka|opini|predikat|skor)\b/i;

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w));
}

function cleanName(s: string): string {
  return s
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/<\/?[a-z][^>]*>|\*+/gi, '')
    .replace(/^\s*\d+[.)]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function fig(n: ParsedNumber, block: Block, where: { row?: number; cell?: number; line?: number; offset?: number } = {}): Figure {
  return { value: n.value, decimals: n.decimals, percent: n.percent, text: n.text, block, ...where };
}

function numFig(e: Expr, block: Block): Figure | undefined {
  if (e.kind !== 'num') return undefined;
  return { value: e.value, decimals: e.decimals, percent: e.percent, text: e.text, block, ...(block.source.line !== undefined ? { line: block.source.line } : {}) };
}

/** Values agree within the rounding of the less precise print. */
export function sameFigure(a: { value: number; decimals: number }, b: { value: number; decimals: number }): boolean {
  const unit = Math.pow(10, -Math.min(a.decimals, b.decimals));
  return Math.abs(a.value - b.value) <= unit * 1.0000001 + 1e-9;
}

interface Candidate {
  name: string;
  from: 'pk' | 'capaian' | 'heading';
}

function collectNames(blocks: Block[], tables: TableFacts[], annexStart: number, year: number | null): Candidate[] {
  const out: Candidate[] = [];
  // The Perjanjian Kinerja in the body names the year's indicators; capaian tables only when there is none.
  const body = tables.filter((t) => t.block.index < annexStart && t.columns.some((c) => /indikator/i.test(c.header)));
  const pk = body.filter((t) => t.kind === 'perjanjian-kinerja');
  const sources = pk.length ? pk : body.filter((t) => t.kind === 'capaian' && !(year !== null && tableCaptionYear(blocks, t.block) !== null && tableCaptionYear(blocks, t.block) !== year));
  for (const t of sources) {
    const col = t.columns.findIndex((c) => /indikator/i.test(c.header));
    if (col < 0) continue;
    const rows = t.block.rows ?? [];
    for (let r = t.headerRows; r < rows.length; r++) {
      const cell = cleanName(rows[r]!.cells[col] ?? '');
      if (cell.length < 12 || !HEAD.test(cell) || isAverageRow(rows[r]!.cells) || isTotalRow(rows[r]!.cells)) continue;
      out.push({ name: cell, from: t.kind === 'perjanjian-kinerja' ? 'pk' : 'capaian' });
    }
  }
  if (out.length === 0) {
    // OCR and Word reports without a readable table: `Indikator 1 : Persentase ...` headings.
    for (const b of blocks) {
      if (b.kind === 'table' || b.kind === 'formula') continue;
      const m = /^\s*(?:\d+[.,)]\s*)?\*?Indikator\s*(?:Kinerja\s*)?(?:Kegiatan\s*)?\d*\s*:\s*(.{12,200})/i.exec(b.text);
      if (m && HEAD.test(m[1]!)) out.push({ name: cleanName(m[1]!.split(/[.;]\s|\n\n/)[0]!), from: 'heading' });
    }
  }
  return out;
}

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / Math.max(1, A.size + B.size - inter);
}

export function buildIndicators(blocks: Block[], tables: TableFacts[], sections: SectionFacts, year: number | null): IndicatorFacts {
  // 1. Names, merged when they are the same indicator written twice (PK and capaian table).
  const list: Indicator[] = [];
  for (const c of collectNames(blocks, tables, sections.annexStart, year)) {
    const w = words(c.name);
    if (w.length === 0) continue;
    const same = list.find((i) => jaccard(words(i.name), w) >= 0.6);
    if (same) continue;
    list.push({ id: list.length, name: c.name, distinctive: [], core: [], rows: [], ref: { source: '' } });
  }
  // 2. Distinctive words: in this indicator's name only; core: the two rarest in the report.
  // In how many blocks each word of the names occurs (as a whole word, as words() reads it).
  const docFreq = new Map<string, number>();
  const nameWords = [...new Set(list.flatMap((i) => words(i.name)))];
  if (nameWords.length) {
    const anyName = new RegExp(`(?<![a-z])(?:${nameWords.sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'g');
    for (const b of blocks) {
      const seen = new Set(b.text.toLowerCase().match(anyName));
      for (const w of seen) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
    }
  }
  for (const ind of list) {
    const mine = [...new Set(words(ind.name))];
    ind.distinctive = mine.filter((w) => list.every((o) => o === ind || !words(o.name).includes(w)));
    ind.core = [...ind.distinctive].sort((a, b) => (docFreq.get(a) ?? 0) - (docFreq.get(b) ?? 0)).slice(0, 2);
  }
  const usable = list.filter((i) => i.core.length > 0);

  // One pass over the text for all distinctive words; results cached per text (rules ask again).
  const owners = new Map<string, Indicator[]>();
  for (const ind of usable) for (const w of ind.distinctive) owners.set(w, [...(owners.get(w) ?? []), ind]);
  const anyWord = owners.size ? new RegExp(`\\b(?:${[...owners.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g') : null;
  const memo = new Map<string, Mention[]>();
  const mentions = (text: string): Mention[] => {
    const cached = memo.get(text);
    if (cached) return cached.map((m) => ({ ...m }));
    const lower = text.toLowerCase();
    const out: Mention[] = [];
    const hits = new Map<number, { w: string; start: number; end: number }[]>();
    if (anyWord) {
      for (const m of lower.matchAll(anyWord)) {
        for (const ind of owners.get(m[0]) ?? []) {
          const list = hits.get(ind.id) ?? [];
          list.push({ w: m[0], start: m.index!, end: m.index! + m[0].length });
          hits.set(ind.id, list);
        }
      }
    }
    for (const ind of usable) {
      const positions = hits.get(ind.id);
      if (!positions) continue;
      positions.sort((a, b) => a.start - b.start);
      for (let k = 0, j = 0; k < positions.length; k++) {
        // Positions are sorted and distinct: the window is positions[k .. j).
        const from = positions[k]!.start;
        if (j < k) j = k;
        while (j < positions.length && positions[j]!.start - from <= 120) j++;
        const window = positions.slice(k, j);
        const found = new Set(window.map((p) => p.w));
        const coreOk = ind.core.every((w) => found.has(w));
        if (coreOk || found.size >= 3) {
          let end = 0;
          for (const p of window) end = Math.max(end, p.end);
          const last = out[out.length - 1];
          if (last && last.id === ind.id && positions[k]!.start <= last.end + 40) last.end = Math.max(last.end, end);
          else out.push({ id: ind.id, start: positions[k]!.start, end });
          k += window.length - 1;
        }
      }
    }
    out.sort((a, b) => a.start - b.start);
    if (memo.size > 20000) memo.clear();
    memo.set(text, out);
    return out.map((m) => ({ ...m }));
  };

  // 3. Sections of BAB III: a heading-like block naming exactly one indicator opens its section.
  const sectionOf = new Map<number, number>();
  const ch3 = sections.chapters.get(3);
  const ch4 = sections.chapters.get(4);
  {
    // BAB III; the whole body when its heading was not found (a heading run into a paragraph).
    const from = ch3 ? ch3.index + 1 : 0;
    const end = ch4 && ch4.index > from ? ch4.index : sections.annexStart;
    let current: number | undefined;
    let lastMention = -1;
    for (let i = from; i < end && i < blocks.length; i++) {
      const b = blocks[i]!;
      // A heading, or a numbered line that opens a paragraph (OCR joins the heading to its text).
      const headingLike = b.kind === 'heading' || ((b.kind === 'paragraph' || b.kind === 'listItem') && (b.marker !== undefined || /^\s*(?:\d+[.,]|[a-z][.)]|[A-Z]\.|\*?Indikator\b)/.test(b.text)) && (b.text.split('\n')[0] ?? '').length <= 160);
      const ids = new Set(b.kind === 'table' ? [] : mentions(b.text).map((m) => m.id));
      // A heading wrapped onto the next block (`a) Capaian Indikator Kinerja Rasio Layanan` / `yang diselesaikan ...`).
      const next = blocks[i + 1];
      const headText = b.text.slice(0, 300) + (b.text.length < 160 && next && next.kind !== 'table' ? ' ' + next.text.slice(0, 200) : '');
      const headIds = headingLike ? new Set(mentions(headText).map((m) => m.id)) : ids;
      if (headingLike) {
        if (headIds.size === 1) {
          current = [...headIds][0];
          lastMention = i;
        } else if (headIds.size === 0 && (b.kind === 'heading' || /^\s*[A-Z]\.\s/.test(b.text))) current = undefined;
      }
      if (current !== undefined && ids.has(current)) lastMention = i;
      // A section fades out when its indicator is not named for a while (annex lists, budget parts).
      if (current !== undefined && i - lastMention > 80) current = undefined;
      if (current !== undefined) sectionOf.set(i, current);
    }
  }

  // 4. Figures: PK target, capaian-table row, OCR rows, formulas, trend rows.
  const byName = (label: string): Indicator | undefined => {
    const ms = mentions(label);
    const ids = new Set(ms.map((m) => m.id));
    return ids.size === 1 ? usable.find((u) => u.id === [...ids][0]) : undefined;
  };
  for (const t of tables) {
    if (t.kind !== 'capaian' && t.kind !== 'perjanjian-kinerja') continue;
    const col = t.columns.findIndex((c) => /indikator/i.test(c.header));
    if (col < 0) continue;
    const rows = t.block.rows ?? [];
    if (t.block.index >= sections.annexStart) continue;
    const captionYear = tableCaptionYear(blocks, t.block);
    if (captionYear !== null && year !== null && captionYear !== year && !t.columns.some((c) => c.group)) {
      // Last year's table, unless every indicator in it is one of this year's (a caption left unchanged).
      const labels = rows.slice(t.headerRows).map((r) => cleanName(r.cells[col] ?? '')).filter((l) => HEAD.test(l));
      if (labels.length === 0 || !labels.every((l) => byName(l))) continue;
    }
    const groups = columnGroups(t);
    const g = groups.find((x) => x.group === String(year)) ?? groups.find((x) => x.group === undefined && x.target !== undefined);
    if (!g || g.target === undefined) continue;
    for (let r = t.headerRows; r < rows.length; r++) {
      const ind = byName(rows[r]!.cells[col] ?? '');
      if (!ind) continue;
      const at = (c: number | undefined) => {
        if (c === undefined) return undefined;
        const n = t.numbers[r]?.[c];
        return n ? fig(n, t.block, { row: r, cell: c }) : undefined;
      };
      const target = at(g.target);
      if (!target) continue;
      if (t.kind === 'perjanjian-kinerja') {
        ind.pkTarget ??= target;
        continue;
      }
      const realisasi = at(g.realisasi);
      const capaian = at(g.capaian);
      const holds = Boolean(realisasi && capaian && target.value !== 0 && matchesPrinted(capaian, (realisasi.value / target.value) * 100));
      const entry: TableRowFigures = { block: t.block, row: r, ...(realisasi ? { realisasi } : {}), ...(capaian ? { capaian } : {}), target, holds, source: 'table' };
      ind.rows.push(entry);
      if (!ind.table || (!ind.table.holds && holds)) ind.table = entry;
    }
  }
  // Rows of a table that lost its grid (OCR text, a Word file rebuilt from it): three figures in a
  // row, target, realisasi and capaian, whose arithmetic holds, with the indicator named nearby.
  if (usable.some((i) => !i.table)) {
    const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem');
    prose.forEach((block, pi) => {
      const text = block.text;
      const nums = findNumbers(text);
      for (let k = 0; k + 2 < nums.length; k++) {
        const [nt, nr, nc] = [nums[k]!, nums[k + 1]!, nums[k + 2]!];
        if (!/^[\s|]*$/.test(text.slice(nt.end, nr.start)) || !/^[\s|]*$/.test(text.slice(nr.end, nc.start))) continue;
        const [t, r, c] = [nt.number, nr.number, nc.number];
        if (!c.percent || t.money || r.money || t.value === 0 || !matchesPrinted(c, (r.value / t.value) * 100)) continue;
        const prev = nums[k - 1];
        const yearRow = prev && /^[\s|]*$/.test(text.slice(prev.end, nt.start)) && !prev.number.percent && prev.number.decimals === 0 && prev.number.value >= 1990 && prev.number.value <= 2100 ? prev.number.value : null;
        let ind: Indicator | undefined;
        if (yearRow !== null) {
          // `2024 3,1 3,99 128,71%` in the indicator's own section (not `2024 85 85 100%`: counts).
          if (yearRow !== year || (!t.percent && t.decimals === 0)) continue;
          const id = sectionOf.get(block.index);
          ind = id === undefined ? undefined : usable.find((u) => u.id === id);
        } else {
          if (prev && /^[\s|]*$/.test(text.slice(prev.end, nt.start))) continue; // part of a longer run of figures
          const before = (prose[pi - 1]?.text.slice(-200) ?? '') + ' ' + text.slice(Math.max(0, nt.start - 260), nt.start);
          const around = before + text.slice(nt.start, nc.end + 120) + ' ' + (prose[pi + 1]?.text.slice(0, 120) ?? '');
          // The indicator named closest to the figures (a row's label wraps above and below them).
          const ms = mentions(around);
          const here = before.length;
          const closest = ms.sort((a, b) => Math.min(Math.abs(a.end - here), Math.abs(a.start - here)) - Math.min(Math.abs(b.end - here), Math.abs(b.start - here)))[0];
          ind = closest ? usable.find((u) => u.id === closest.id) : undefined;
        }
        if (!ind || ind.table) continue;
        const line = block.source.line !== undefined ? block.source.line + (text.slice(0, nt.start).match(/\n/g)?.length ?? 0) : undefined;
        const at = { ...(line !== undefined ? { line } : {}), offset: nt.start };
        ind.table = { block, row: -1, target: fig(t, block, at), realisasi: fig(r, block, at), capaian: fig(c, block, at), holds: true, source: 'ocr' };
        ind.rows.push(ind.table);
      }
    });
  }
  for (const b of blocks) {
    if (b.kind !== 'formula' || !b.formula) continue;
    const id = sectionOf.get(b.index);
    if (id === undefined) continue;
    const ind = usable.find((u) => u.id === id)!;
    const v = (b.formula.variable ?? '').toLowerCase();
    const slot: 'x' | 'y' | null = v === 'x' || /pelaksanaan|%/.test(v) ? 'x' : v === 'y' ? 'y' : null;
    if (!slot) continue;
    const figs = formulaFigures(blocks, b);
    if (!figs) continue;
    const prev = ind[slot];
    // The numeric line wins over the formula in words; the first numeric one wins over later ones.
    if (!prev || (!prev.numerator && figs.numerator) || (!prev.result && figs.result && !prev.numerator)) ind[slot] = figs;
  }
  for (const t of tables) {
    if (t.kind !== 'trend') continue;
    const id = sectionOf.get(t.block.index);
    if (id === undefined) continue;
    const ind = usable.find((u) => u.id === id)!;
    const rows = t.block.rows ?? [];
    const capCol = t.columns.findIndex((c) => c.role === 'capaian');
    const valueCols = t.columns.map((c, i) => ({ c, i })).filter(({ c, i }) => (capCol < 0 || i < capCol) && (c.role === 'value' || c.role === 'total'));
    if (valueCols.length !== 2) continue;
    for (let r = t.headerRows; r < rows.length; r++) {
      if ((rows[r]!.cells[0] ?? '').trim() !== String(year)) continue;
      const a = t.numbers[r]?.[valueCols[0]!.i];
      const bb = t.numbers[r]?.[valueCols[1]!.i];
      const cap = capCol >= 0 ? t.numbers[r]?.[capCol] : null;
      if (a && bb && !a.percent && !bb.percent) ind.trend ??= { block: t.block, row: r, handled: fig(a, t.block, { row: r, cell: valueCols[0]!.i }), resolved: fig(bb, t.block, { row: r, cell: valueCols[1]!.i }), ...(cap ? { capaian: fig(cap, t.block, { row: r, cell: capCol }) } : {}) };
    }
  }

  // 5. References.
  for (const ind of usable) {
    const target = ind.pkTarget ?? ind.table?.target ?? ind.y?.denominator;
    if (target) ind.ref.target = target;
    if (ind.table?.holds) {
      if (ind.table.realisasi) ind.ref.realisasi = ind.table.realisasi;
      if (ind.table.capaian) ind.ref.capaian = ind.table.capaian;
      ind.ref.source = 'table';
    } else {
      const x = ind.x?.holds ? ind.x.result : undefined;
      const y = ind.y?.holds ? ind.y : undefined;
      const realisasi = x ?? (y?.numerator && y.result ? y.numerator : undefined);
      if (realisasi) ind.ref.realisasi = realisasi;
      if (y?.result && (!realisasi || !y.numerator || sameFigure(y.numerator, realisasi))) ind.ref.capaian = y.result;
      if (realisasi || ind.ref.capaian) ind.ref.source = 'formula';
    }
  }
  return { list: usable, mentions, sectionOf };
}

/** Numerator, denominator and stated result of an x / y formula (the result may be on the next line). */
function formulaFigures(blocks: Block[], b: Block): FormulaFigures | null {
  const f = b.formula!;
  const stepIndex = f.steps.findIndex((s) => s !== null && s.kind !== 'num' && hasDivision(s));
  const out: FormulaFigures = { block: b, holds: true };
  if (stepIndex >= 0) {
    const expr = f.steps[stepIndex]!;
    const frac = firstFraction(expr);
    if (frac) {
      const n = numFig(frac[0], b);
      const d = numFig(frac[1], b);
      if (n) out.numerator = n;
      if (d) out.denominator = d;
    }
    let result: Figure | undefined;
    for (let k = f.steps.length - 1; k > stepIndex; k--) {
      const s = f.steps[k];
      if (s && s.kind === 'num') {
        result = numFig(s, b);
        break;
      }
    }
    if (!result) {
      for (let k = b.index + 1; k < Math.min(blocks.length, b.index + 4); k++) {
        const next = blocks[k]!;
        if (next.kind !== 'formula') {
          if (next.kind === 'paragraph' && next.text.trim()) break;
          continue;
        }
        const steps = next.formula!.steps.filter((s) => s !== null);
        if (steps.length === 1 && steps[0]!.kind === 'num') {
          result = numFig(steps[0]!, next);
          out.resultBlock = next;
        }
        break;
      }
    }
    if (result) {
      out.result = result;
      const value = evaluate(expr);
      out.holds = Number.isFinite(value) && matchesPrinted(result, value);
    } else out.holds = Number.isFinite(evaluate(expr));
    return out;
  }
  // A result line on its own (`x =100%`).
  const steps = f.steps.filter((s) => s !== null);
  if (steps.length === 1 && steps[0]!.kind === 'num') {
    out.result = numFig(steps[0]!, b)!;
    return out;
  }
  return null;
}

/** A year named in the caption or heading just above a table (`REALISASI INDIKATOR KINERJA TAHUN 2020`). */
export function tableCaptionYear(blocks: Block[], table: Block): number | null {
  let seen = 0;
  for (let k = table.index - 1; k >= 0 && seen < 3; k--) {
    const b = blocks[k]!;
    if (b.kind === 'table' || b.kind === 'formula') break;
    if (!b.text.trim()) continue;
    seen++;
    if (b.text.length > 240) break;
    const m = /\btahun\s+((?:19|20)\d\d)\b(?!\s*[-–])/i.exec(b.text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Map a 1-based source line to the block that holds it. */
export function lineIndex(blocks: Block[]): (line: number) => Block | undefined {
  const starts = blocks.filter((b) => b.source.line !== undefined).map((b) => ({ b, from: b.source.line!, to: b.source.endLine ?? b.source.line! }));
  return (line: number) => starts.find((s) => line >= s.from && line <= s.to)?.b;
}

/** A number parsed from a cell or a short text, as a Figure. */
export function figureOf(text: string, block: Block): Figure | undefined {
  const n = parseNumber(text);
  return n ? fig(n, block) : undefined;
}
