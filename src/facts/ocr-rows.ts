/**
 * Tables that reached us as plain lines: OCR and some PDF exports lose the table grid and leave
 * `2020 26.919 24 975 27.018` or `Desember 377 476 208 1849 3.000`. Consecutive lines with a short
 * label and the same count of figures are read back as rows. OCR reads a boxed `0` as `o`, `o)`,
 * `(o]`: those are zeros when the rest of the line is figures.
 */
import type { Block } from '../model.js';
import { findNumbers, type ParsedNumber } from '../numbers.js';

export interface OcrRow {
  block: Block;
  /** Offset of the line inside the block's text, and its length. */
  offset: number;
  length: number;
  line: number | undefined;
  label: string;
  values: ParsedNumber[];
}

const ZERO = /(^|\s)[([]?[oO][)\]]?(?=\s|$)/g;

function readLine(text: string): { label: string; values: ParsedNumber[] } | null {
  if (text.length > 160) return null;
  const tokens = text.replace(ZERO, '$10').replace(/[|]/g, ' ').replace(/\bRp\.?\s+/g, 'Rp').replace(/\s+%/g, '%').trim().split(/\s+/);
  const isFigure = (t: string) => /^[-(]?(?:Rp\.?)?\d[\d.,]*%?\)?$/.test(t);
  let k = 0;
  const label: string[] = [];
  if (tokens[0] && /^(19|20)\d\d$/.test(tokens[0])) {
    label.push(tokens[0]);
    k = 1;
  } else {
    while (k < tokens.length && !isFigure(tokens[k]!) && label.length < 4) label.push(tokens[k++]!);
  }
  const rest = tokens.slice(k);
  if (rest.length < 3 || !rest.every(isFigure) || label.join(' ').length > 30) return null;
  const values = findNumbers(rest.join(' ')).map((n) => n.number);
  if (values.length !== rest.length) return null;
  return { label: label.join(' '), values };
}

/**
 * One line as one row, or as several rows when a Word file joined them into one paragraph
 * (`2020 o) o] 0% 2021 1 1 100% 2022 (o] (o] 0%`): split before each year that follows a figure.
 */
function readRows(text: string): { label: string; values: ParsedNumber[]; start: number; end: number }[] | null {
  const one = readLine(text);
  const cuts = [...text.matchAll(/(?<=\d%?\)?\]?\s)(?=(?:19|20)\d\d\s)/g)].map((m) => m.index!);
  if (cuts.length === 0) return one ? [{ ...one, start: 0, end: text.length }] : null;
  const bounds = [0, ...cuts, text.length];
  const rows: { label: string; values: ParsedNumber[]; start: number; end: number }[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const seg = text.slice(bounds[k], bounds[k + 1]);
    const r = readLine(seg.trim());
    if (r && (rows.length === 0 || r.values.length === rows[0]!.values.length)) rows.push({ ...r, start: bounds[k]!, end: bounds[k + 1]! });
    else if (rows.length) break;
  }
  if (rows.length >= 2) return rows;
  return one ? [{ ...one, start: 0, end: text.length }] : null;
}

const cache = new WeakMap<Block[], OcrRow[][]>();

/** Runs of at least three figure lines with the same number of figures (computed once per document). */
export function ocrTables(blocks: Block[]): OcrRow[][] {
  const hit = cache.get(blocks);
  if (hit) return hit;
  const found = findOcrTables(blocks);
  cache.set(blocks, found);
  return found;
}

function findOcrTables(blocks: Block[]): OcrRow[][] {
  const tables: OcrRow[][] = [];
  let run: OcrRow[] = [];
  const flush = () => {
    if (run.length >= 3) tables.push(run);
    run = [];
  };
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') {
      if (b.kind !== 'footnote') flush();
      continue;
    }
    let offset = 0;
    const lines = b.text.split('\n');
    for (let k = 0; k < lines.length; k++) {
      const full = lines[k]!;
      // A caption run into the last row (`2024 79.099 645 2.331 82.075 Gambar 22 : ...`).
      const text = full.replace(/\s+(Gambar|Tabel|Grafik|Sumber)\s*\d*\s*:.*$/i, '');
      const line = b.source.line !== undefined ? b.source.line + k : undefined;
      const rows = readRows(text);
      if (!rows) flush();
      for (const row of rows ?? []) {
        if (run.length && run[0]!.values.length !== row.values.length) flush();
        run.push({ block: b, offset: offset + row.start, length: row.end - row.start, line, label: row.label, values: row.values });
      }
      offset += full.length + 1;
    }
  }
  flush();
  return tables;
}
