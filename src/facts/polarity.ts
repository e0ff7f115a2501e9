/**
 * Polarity of indicators, with its evidence: the capaian formulas the report itself states
 * (`Semakin tinggi realisasi … semakin rendah …, maka digunakan rumus: Rencana – (Realisasi –
 * Rencana) / Rencana × 100%`), read symbolically, and the words of an indicator's name that make
 * it lower-is-better (angka kematian, prevalensi, pengangguran, inflasi, …).
 *
 * A stated formula is classified by what it computes, not by how it is written: it is evaluated
 * for a few (Realisasi, Rencana) pairs and compared with R / T, (2T − R) / T and T / R; one that
 * gives the same value whatever the inputs (`Realisasi − (Realisasi − Rencana)`, i.e. Rencana) is
 * a formula that cannot work.
 */
import type { Block } from '../model.js';

/** What a capaian formula computes. */
export type Convention = 'R/T' | '(2T-R)/T' | 'T/R' | 'constant' | 'other';
export type Polarity = 'positive' | 'negative';

export interface StatedFormula {
  /** The polarity the sentence before it announces, when it does. */
  polarity?: Polarity;
  convention: Convention;
  /** The formula as read, in the report's words (`(Rencana – (Realisasi - Rencana)) / Rencana`). */
  text: string;
  block: Block;
  /** Table row holding the formula's first line, for a formula laid out as a table. */
  row?: number;
  offset?: number;
  length?: number;
  /** Source line of the formula's first line. */
  line?: number;
}

export interface PolarityFacts {
  formulas: StatedFormula[];
  /** The convention the report states for lower-is-better indicators, when it states a usable one. */
  negative?: StatedFormula;
  positive?: StatedFormula;
}

/**
 * Words that make an indicator lower-is-better. Extendable (a profile or the `capaian` rule's
 * `negativeIndicators` option adds its own). Words of improvement (`penurunan`, `cakupan`,
 * `penanganan`) cancel them: `Persentase penurunan angka kematian` is higher-is-better.
 */
export const NEGATIVE_WORDS: readonly string[] = [
  '\\b(angka|rasio|ratio|tingkat|jumlah) kematian\\b',
  '\\bkematian (ibu|bayi|balita|neonatal)\\b',
  '\\bprevalensi\\b',
  '\\bangka kesakitan\\b',
  '\\binsiden(si)?\\b',
  '\\b(angka|tingkat|jumlah|persentase) (pengangguran|kemiskinan|penduduk miskin|putus sekolah|kriminalitas|kecelakaan)\\b',
  '\\bpengangguran terbuka\\b',
  '\\binflasi\\b',
  '\\bketerlambatan\\b',
  '\\bturn ?over\\b',
  '\\binfeksi\\b',
  '\\b(waktu|lama) (penyelesaian|pelayanan|tunggu|proses|rawat)\\b',
  '\\bjumlah (pengaduan|keluhan|temuan|pelanggaran|kasus)\\b',
  '\\bgini\\b',
];
const IMPROVEMENT = /\b(penurunan|menurunnya|cakupan|penanganan|ditangani|tertangani|pencegahan|bebas|penyelesaian (kasus|pengaduan|temuan))\b/i;

/** Is an indicator lower-is-better by its wording? Returns the words that say so. */
export function negativeByWording(name: string, extra: readonly RegExp[] = []): string | null {
  // `own words | wrapped lines around`: the first part that says anything decides.
  if (name.includes(' | ')) {
    for (const part of name.split(' | ')) {
      const w = negativeByWording(part, extra);
      if (w) return w;
    }
    return null;
  }
  if (IMPROVEMENT.test(name) && !/\b(angka|rasio|ratio) kematian\b/i.test(name.replace(IMPROVEMENT, ''))) return null;
  for (const re of [...NEGATIVE_RES, ...extra]) {
    const m = re.exec(name);
    if (m) return m[0];
  }
  return null;
}
const NEGATIVE_RES = NEGATIVE_WORDS.map((w) => new RegExp(w, 'i'));

/** Is an indicator higher-is-better by its own words (`cakupan`, `penurunan`, `bebas banjir`)? */
export function positiveByWording(name: string): string | null {
  if (negativeByWording(name)) return null;
  const [own = '', ...around] = name.split(' | ');
  // A wrapped line around the row counts unless it starts another indicator's name.
  const parts = [own, ...around.filter((p) => !INDICATOR_HEAD.test(p))];
  for (const p of parts) {
    const m = IMPROVEMENT.exec(p);
    if (m) return m[0];
  }
  return null;
}
const INDICATOR_HEAD = /^\s*(cakupan|persentase|presentase|persentasi|prosentase|angka|jumlah|rasio|ratio|prevalensi|indeks|tingkat|luas|nilai)\b/i;

// ---- reading a stated formula -------------------------------------------------------------

const REALISASI = /\bre[a]?[a-z]?ali[sz]asi\b|\breaisasi\b/gi;
const RENCANA = /\brencana\b|\btarget\b/gi;

interface Line {
  text: string;
  block: Block;
  row?: number;
  offset?: number;
  line?: number;
}

function linesOf(blocks: Block[]): Line[] {
  const out: Line[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      (b.rows ?? []).forEach((r, i) => out.push({ text: r.cells.map((c) => c.trim()).filter(Boolean).join('   '), block: b, row: i, ...(r.source.line !== undefined ? { line: r.source.line } : {}) }));
      continue;
    }
    let offset = 0;
    b.text.split('\n').forEach((t, i) => {
      out.push({ text: t, block: b, offset, ...(b.source.line !== undefined ? { line: b.source.line + i } : {}) });
      offset += t.length + 1;
    });
  }
  return out;
}

/** Realisasi → R, Rencana / Target → T; other words stay. */
function symbols(text: string): string {
  return text.replace(REALISASI, 'R').replace(RENCANA, 'T').replace(/[–−—]/g, '-').replace(/[×]/g, 'x');
}

const EXPR = /^[RT\d\s()+\-x*/.,%]*$/;

/** The expression part of a line: after `=`, or the trailing run of symbols after a label. */
function expressionPart(text: string): string | null {
  const s = symbols(text);
  const afterEq = s.includes('=') ? s.slice(s.lastIndexOf('=') + 1) : s;
  const stripped = afterEq.replace(/\b[xX*]\s*100\s*%?/g, ' ').replace(/-{3,}|_{3,}/g, ' ').trim();
  if (!/[RT]/.test(stripped)) return null;
  if (EXPR.test(stripped)) return stripped;
  // `Kinerja        Rencana`: a label cell, then the denominator.
  const m = /(?:^|\s{2,})([RT()+\-*/ ]*[RT][RT()+\-*/ ]*)$/.exec(stripped);
  return m && !/[a-z]/i.test(m[1]!.replace(/[RT]/g, '')) ? m[1]!.trim() : null;
}

type Fn = (r: number, t: number) => number;

/** A tiny parser over R, T, numbers, + - * x / and parentheses. */
function compile(src: string): Fn | null {
  const tokens = src.replace(/\s+/g, '').match(/[RT]|\d+(?:[.,]\d+)?|[()+\-*/x]/g);
  if (!tokens || tokens.join('') !== src.replace(/\s+/g, '').replace(/%/g, '')) return null;
  let i = 0;
  const peek = () => tokens[i];
  const expr = (): Fn | null => {
    let left = term();
    while (left && (peek() === '+' || peek() === '-')) {
      const op = tokens[i++];
      const right = term();
      if (!right) return null;
      const l = left;
      left = op === '+' ? (r, t) => l(r, t) + right(r, t) : (r, t) => l(r, t) - right(r, t);
    }
    return left;
  };
  const term = (): Fn | null => {
    let left = factor();
    while (left && (peek() === '*' || peek() === 'x' || peek() === '/')) {
      const op = tokens[i++];
      const right = factor();
      if (!right) return null;
      const l = left;
      left = op === '/' ? (r, t) => l(r, t) / right(r, t) : (r, t) => l(r, t) * right(r, t);
    }
    return left;
  };
  const factor = (): Fn | null => {
    const tok = tokens[i++];
    if (tok === undefined) return null;
    if (tok === '-') {
      const f = factor();
      return f ? (r, t) => -f(r, t) : null;
    }
    if (tok === '(') {
      const e = expr();
      if (tokens[i++] !== ')') return null;
      return e;
    }
    if (tok === 'R') return (r) => r;
    if (tok === 'T') return (_r, t) => t;
    if (/^\d/.test(tok)) {
      const v = Number(tok.replace(',', '.'));
      return () => v;
    }
    return null;
  };
  const f = expr();
  return f && i === tokens.length ? f : null;
}

const SAMPLES: [number, number][] = [
  [3, 2],
  [5, 4],
  [1, 3],
  [7, 9],
];
const CONVENTIONS: [Convention, Fn][] = [
  ['R/T', (r, t) => r / t],
  ['(2T-R)/T', (r, t) => (2 * t - r) / t],
  ['T/R', (r, t) => t / r],
];

export function classifyFormula(src: string): Convention {
  const readings: (Fn | null)[] = [compile(src)];
  // `Realisasi Rencana`: a stacked fraction whose bar was lost, read into one line.
  const halves = src.trim().split(/\s+/);
  if (halves.length === 2 && halves.every((h) => /^[RT]$/.test(h))) readings.push(compile(`${halves[0]}/${halves[1]}`));
  // `Rencana – (Realisasi – Rencana) / Rencana`: written in one line, meant as one fraction.
  const slash = src.lastIndexOf('/');
  if (slash > 0) readings.push(compile(`(${src.slice(0, slash)})/(${src.slice(slash + 1)})`));
  let constant = false;
  for (const f of readings) {
    if (!f) continue;
    const values = SAMPLES.map(([r, t]) => f(r, t));
    if (values.some((v) => !Number.isFinite(v))) continue;
    for (const [name, g] of CONVENTIONS) {
      if (SAMPLES.every(([r, t], k) => Math.abs(g(r, t) - values[k]!) < 1e-9)) return name;
    }
    if (values.every((v) => Math.abs(v - values[0]!) < 1e-9)) constant = true;
  }
  return constant ? 'constant' : 'other';
}

function polarityOf(text: string): Polarity | undefined {
  const t = text.toLowerCase();
  if (!/semakin\s+(tinggi|besar|rendah|kecil)\s+(nilai\s+)?realisasi/.test(t)) return undefined;
  if (/semakin\s+(tinggi|besar)\s+(nilai\s+)?realisasi.*(semakin\s+(rendah|buruk|kecil|jelek)|rendah(nya)?\s+pencapaian|tidak\s+baik)/.test(t)) return 'negative';
  if (/semakin\s+(rendah|kecil)\s+(nilai\s+)?realisasi.*semakin\s+(baik|tinggi)/.test(t)) return 'negative';
  if (/semakin\s+(tinggi|besar)\s+(nilai\s+)?realisasi.*semakin\s+(baik|tinggi|besar)/.test(t)) return 'positive';
  return undefined;
}

/** The capaian formulas the report states, each with the polarity its sentence announces. */
export function statedFormulas(blocks: Block[]): PolarityFacts {
  const lines = linesOf(blocks);
  const formulas: StatedFormula[] = [];
  for (let i = 0; i < lines.length; i++) {
    const here = lines[i]!.text;
    const polarity = polarityOf(`${here} ${lines[i + 1]?.text ?? ''} ${lines[i + 2]?.text ?? ''}`);
    if (!polarity || !/semakin\s+(tinggi|besar|rendah|kecil)/i.test(here)) continue;
    // The formula: the first expression within the next lines, and its denominator below it.
    let numerator: { src: string; at: Line } | undefined;
    let denominator: string | undefined;
    let end = i + 2;
    // A fraction bar (`-------- X 100%`) seen below the numerator: the denominator may then be the
    // last word of a line that also holds the label's words (`tingkat capaian     Rencana`).
    let bar = false;
    for (let k = i + 1; k < Math.min(lines.length, i + 16); k++) {
      const text = lines[k]!.text;
      if (k > i + 2 && /semakin/i.test(text) && polarityOf(`${text} ${lines[k + 1]?.text ?? ''}`)) break;
      const part = expressionPart(text) ?? (numerator && bar && !numerator.src.includes('/') ? /(?:^|\s)([RT])\s*$/.exec(symbols(text))?.[1] ?? null : null);
      if (numerator && /-{3,}|_{3,}/.test(text)) bar = true;
      if (!part) continue;
      end = k;
      if (!numerator) {
        numerator = { src: part, at: lines[k]! };
        if (part.includes('/')) break;
        continue;
      }
      denominator = part;
      break;
    }
    // The sentence is read once (its later lines would announce it again).
    i = end;
    if (!numerator) continue;
    const src = denominator ? `(${numerator.src})/(${denominator})` : numerator.src;
    const at = numerator.at;
    const raw = at.text;
    const word = /re[a]?[a-z]?ali[sz]asi|reaisasi|rencana|target/i.exec(raw);
    formulas.push({
      polarity,
      convention: classifyFormula(src),
      text: src.replace(/R/g, 'Realisasi').replace(/T/g, 'Rencana').replace(/\s+/g, ' '),
      block: at.block,
      ...(at.row !== undefined ? { row: at.row } : {}),
      ...(at.offset !== undefined ? { offset: at.offset + (word?.index ?? 0), length: Math.max(1, raw.trimEnd().length - (word?.index ?? 0)) } : {}),
      ...(at.line !== undefined ? { line: at.line } : {}),
    });
  }
  const usable = (p: Polarity, ok: Convention[]) => formulas.find((f) => f.polarity === p && ok.includes(f.convention));
  const negative = usable('negative', ['(2T-R)/T', 'T/R']);
  const positive = usable('positive', ['R/T']);
  return { formulas, ...(negative ? { negative } : {}), ...(positive ? { positive } : {}) };
}
