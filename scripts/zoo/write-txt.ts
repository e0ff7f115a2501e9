/**
 * The text export of a zoo report, the way the immigration text exports are written: one
 * paragraph per line with blank lines between blocks, table rows tab-separated, list items with
 * their markers, formulas as `$$…$$` LaTeX or as plain lines.
 */
import { formulaLatex, formulaPlain, roman, type Block, type ListStyle, type Report } from './model.js';

export interface TextExport {
  text: string;
  /** 1-based line where each block starts (the blank line before it excluded). */
  blockLines: number[];
}

export function marker(style: ListStyle, i: number): string {
  switch (style) {
    case 'decimal': return `${i + 1}.`;
    case 'decimal-paren': return `${i + 1})`;
    case 'lower-letter': return `${String.fromCharCode(97 + i)}.`;
    case 'lower-roman': return `${roman(i + 1).toLowerCase()}.`;
    case 'bullet': return '-';
  }
}

function blockLines(b: Block, formulaStyle: Report['formulaStyle']): string[] {
  switch (b.kind) {
    case 'heading': return b.text.split('\n');
    case 'para': return [b.text];
    case 'list': return b.items.map((t, i) => `${marker(b.style, i)} ${t}`);
    case 'table': return [...(b.caption ? [b.caption] : []), ...b.header.map((r) => r.join('\t')), ...b.rows.map((r) => r.join('\t'))];
    case 'formula': return [formulaStyle === 'latex' ? `$$${formulaLatex(b)}$$` : formulaPlain(b)];
    case 'toc': return b.entries.map((e) => `${'  '.repeat(e.level - 1)}${e.text}\t${e.page}`);
    case 'pagebreak': return [];
  }
}

export function writeTxt(report: Report): TextExport {
  const lines: string[] = [];
  const starts: number[] = [];
  for (const b of report.blocks) {
    const out = blockLines(b, report.formulaStyle);
    if (out.length === 0) {
      starts.push(lines.length + 1);
      continue;
    }
    if (lines.length) lines.push('');
    starts.push(lines.length + 1);
    lines.push(...out);
  }
  return { text: lines.join('\n') + '\n', blockLines: starts };
}
