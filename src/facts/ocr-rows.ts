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

/** Runs of at least three figure lines with the same number of figures. */
export function ocrTables(blocks: Block[]): OcrRow[][] {
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
      const text = lines[k]!;
      const row = readLine(text);
      if (!row) flush();
      else {
        if (run.length && run[0]!.values.length !== row.values.length) flush();
        run.push({ block: b, offset, length: text.length, line: b.source.line !== undefined ? b.source.line + k : undefined, ...row });
      }
      offset += text.length + 1;
    }
  }
  flush();
  return tables;
}
