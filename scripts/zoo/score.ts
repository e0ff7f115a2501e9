/**
 * The corpus scorer's matching rules (../shared/tools/score-corpus), in TypeScript, for the zoo:
 * a finding matches a gold finding when its rule fits the gold category and, in a .txt, its
 * lines are within 2 of the gold line; in a .docx or .pdf, its excerpt shares text with the gold
 * line (16 characters in a row after folding case, white space, markup and table separators).
 * A gold finding without a line (a missing part) is matched by a finding of a fitting rule that
 * names the part (`part`; the corpus scorer takes any finding of a fitting rule).
 */
import type { Finding } from '../../src/model.js';
import type { GoldFinding } from './defects.js';

export type ZooFormat = 'txt' | 'docx' | 'pdf';

const COMPAT: Record<string, string[]> = {
  placeholder: ['placeholder'],
  choice: ['choice', 'placeholder'],
  'bracketed-value': ['bracket', 'placeholder'],
  capaian: ['capaian', 'formula', 'arithmetic', 'achievement'],
  formula: ['formula', 'capaian', 'arithmetic'],
  sum: ['sum', 'total', 'arithmetic'],
  percentage: ['percent', 'budget', 'anggaran', 'arithmetic', 'capaian'],
  inconsistency: ['consisten', 'mismatch', 'cross', 'target', 'conflict'],
  'wrong-year': ['year'],
  'missing-section': ['section', 'missing', 'structure'],
  toc: ['toc', 'contents', 'section', 'structure'],
  numbering: ['number'],
  'wrong-office': ['office', 'satker', 'entity'],
};

export function norm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<\/?\w+>/g, ' ')
    .replace(/[*|`_#/\\$\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function compatible(category: string, ruleId: string): boolean {
  const rule = ruleId.toLowerCase();
  return (COMPAT[category] ?? ['']).some((k) => rule.includes(k));
}

export function sharesText(goldLine: string, quote: string, excerpt: string): boolean {
  const e = norm(excerpt);
  const q = norm(quote);
  const g = norm(goldLine);
  if (e.length < 4) return false;
  if (q && (e.includes(q) || (e.length >= 8 && g.includes(e)))) return true;
  for (let i = 0; i < Math.max(1, e.length - 15); i += 3) {
    const w = e.slice(i, i + 16);
    if (w.length === 16 && g.includes(w)) return true;
  }
  return false;
}

export function matches(format: ZooFormat, gold: GoldFinding, lines: string[], f: Finding): boolean {
  if (!compatible(gold.category, f.ruleId)) return false;
  if (gold.line === null) {
    if (gold.category !== 'missing-section' && gold.category !== 'toc') return false;
    return gold.part === undefined || f.message.toUpperCase().includes(gold.part.toUpperCase());
  }
  if (format === 'txt') {
    const a = f.location.line;
    if (a === undefined) return false;
    return a - 2 <= gold.line && gold.line <= (f.location.endLine ?? a) + 2;
  }
  return sharesText(lines[gold.line - 1] ?? '', gold.quote, f.excerpt);
}

export interface DefectScore {
  found: number;
  total: number;
  missed: GoldFinding[];
}

export function scoreDefects(gold: GoldFinding[], lines: string[], findings: Finding[], format: ZooFormat): DefectScore {
  const missed = gold.filter((g) => !findings.some((f) => matches(format, g, lines, f)));
  return { found: gold.length - missed.length, total: gold.length, missed };
}

export function byRule(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
