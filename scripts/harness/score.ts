/**
 * The corpus scorer: lkjip-lint's findings on the annotated reports of fixtures/corpus against the
 * reviewer's gold (NAME.gold.json). A faithful TypeScript port of the team's python scorer
 * (score-corpus): the same categories, rule-id compatibility, text folding, matching and counts, so
 * the suite (test/corpus-score.test.ts) and `npm run score` say what that scorer says.
 *
 * How a finding is matched to a gold entry:
 * - the rule id must fit the gold category (COMPAT: 'capaian-consistency' fits 'inconsistency');
 * - txt: location.line (to location.endLine) within 2 lines of the gold line;
 * - docx / pdf: the finding's excerpt shares text with the gold line (16 characters in a row, after
 *   folding case, white space, markup and table separators). A report published only as PDF has
 *   NAME.ref.txt (`pdftotext -layout` of it): its gold lines count in that text.
 * Recall counts gold findings in the DETECTABLE categories; 'inconsistency' is scored on its own;
 * precision is the share of our findings that meet any located gold entry; clean_fp counts the
 * clean checks (places that look wrong but are right) where an unconfirmed finding lands.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lint } from '../../src/lint.js';
import type { Finding } from '../../src/model.js';

export const DETECTABLE = ['placeholder', 'choice', 'bracketed-value', 'capaian', 'formula', 'sum', 'percentage',
  'wrong-year', 'missing-section', 'toc', 'numbering', 'wrong-office'] as const;

/** Which rule ids fit a gold category: the rule id contains one of the words. */
export const COMPAT: Record<string, string[]> = {
  'placeholder': ['placeholder'],
  'choice': ['choice', 'placeholder'],
  'bracketed-value': ['bracket', 'placeholder'],
  'capaian': ['capaian', 'formula', 'arithmetic', 'achievement'],
  'formula': ['formula', 'capaian', 'arithmetic'],
  'sum': ['sum', 'total', 'arithmetic'],
  'percentage': ['percent', 'budget', 'anggaran', 'arithmetic', 'capaian'],
  'inconsistency': ['consisten', 'mismatch', 'cross', 'target', 'conflict'],
  'wrong-year': ['year'],
  'missing-section': ['section', 'missing', 'structure'],
  'toc': ['toc', 'contents', 'section', 'structure'],
  'numbering': ['number'],
  'wrong-office': ['office', 'satker', 'entity'],
  'other': [''],
};

export const FORMATS = ['txt', 'docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** One defect the reviewer marked. */
export interface GoldFinding {
  id: string;
  category: string;
  line?: number | null;
  quote?: string | null;
  expected?: string;
  found?: string;
  explanation?: string;
  confidence?: string;
}

/** A place that looks suspicious but is correct: the linter must stay quiet there. */
export interface CleanCheck {
  line: number;
  quote?: string | null;
  what: string;
}

export interface Gold {
  findings: GoldFinding[];
  clean_checks?: CleanCheck[];
  [key: string]: unknown;
}

/** A corpus report: its gold, the lines the gold counts in, and the formats it comes in. */
export interface CorpusReport {
  name: string;
  gold: Gold;
  /** Lines of NAME.ref.txt (PDF-only reports) or NAME.txt. */
  lines: string[];
  formats: Format[];
  path(format: Format): string;
}

export interface Score {
  /** Gold findings of the scored categories found / all of them. */
  recall: { hit: number; total: number };
  inconsistency: { hit: number; total: number };
  /** Our findings that meet a located gold entry / all our findings. */
  precision: { confirmed: number; total: number };
  cleanFp: number;
  hit: Record<string, number>;
  total: Record<string, number>;
  missed: GoldFinding[];
  unconfirmed: Finding[];
  cleanAlarms: { check: CleanCheck; finding: Finding }[];
}

/** Python's white space (str.isspace), which `\s` and strip() use there. */
const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACES = new RegExp(`[${PY_SPACE}]+`, 'gu');
const EDGES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');

/** Fold case, compatibility forms, HTML tags, markup and table separators, and white space. */
export function norm(s: string | null | undefined): string {
  let t = (s ?? '').normalize('NFKC').toLowerCase();
  t = t.replace(/<\/?[\p{L}\p{N}_]+>/gu, ' ');
  t = t.replace(/[*|`_#/\\$\t]/g, ' ');
  return t.replace(SPACES, ' ').replace(EDGES, '');
}

/** Does a rule id fit a gold category? */
export function compatible(category: string, ruleId: string | undefined): boolean {
  const rule = (ruleId ?? '').toLowerCase();
  return (COMPAT[category] ?? ['']).some((k) => rule.includes(k));
}

/** Does an excerpt share text with the gold line or its quote (16 characters in a row after norm)? */
export function sharesText(goldLine: string, quote: string | null | undefined, excerpt: string | null | undefined): boolean {
  const e = norm(excerpt);
  const q = norm(quote);
  const g = norm(goldLine);
  const chars = Array.from(e);
  if (chars.length < 4) return false;
  if (q && (e.includes(q) || (chars.length >= 8 && g.includes(e)))) return true;
  for (let i = 0; i < Math.max(1, chars.length - 15); i += 3) {
    const window = chars.slice(i, i + 16);
    if (window.length === 16 && g.includes(window.join(''))) return true;
  }
  return false;
}

/** Is a finding at a gold place (a finding or a clean check)? txt by line ±2, docx/pdf by excerpt. */
export function matchesPlace(place: { line?: number | null; quote?: string | null }, f: Finding, format: Format, lines: string[]): boolean {
  if (format === 'txt') {
    const a = f.location?.line;
    if (a === undefined || a === null || !place.line) return false;
    return a - 2 <= place.line && place.line <= (f.location.endLine || a) + 2;
  }
  const gl = place.line || 0;
  return sharesText(gl > 0 && gl <= lines.length ? lines[gl - 1]! : '', place.quote ?? '', f.excerpt || '');
}

/** Does a finding find this gold entry (a chapter missing with no line is found by any compatible finding)? */
export function finds(g: GoldFinding, f: Finding, format: Format, lines: string[]): boolean {
  return compatible(g.category, f.ruleId) && (matchesPlace(g, f, format, lines) || (!g.line && (g.category === 'missing-section' || g.category === 'toc')));
}

/** Score one report's findings in one format against its gold. */
export function scoreFindings(report: Pick<CorpusReport, 'gold' | 'lines'>, format: Format, findings: Finding[], categories: readonly string[] = DETECTABLE): Score {
  const { gold, lines } = report;
  const hit: Record<string, number> = {};
  const total: Record<string, number> = {};
  const used = new Set<number>();
  const missed: GoldFinding[] = [];
  for (const g of gold.findings) {
    total[g.category] = (total[g.category] ?? 0) + 1;
    let ok = false;
    findings.forEach((f, i) => {
      if (finds(g, f, format, lines)) {
        ok = true;
        used.add(i);
      }
    });
    if (ok) hit[g.category] = (hit[g.category] ?? 0) + 1;
    else missed.push(g);
  }
  const located = gold.findings.filter((g) => g.line);
  const confirmed = new Set(findings.flatMap((f, i) => (used.has(i) || located.some((g) => matchesPlace(g, f, format, lines)) ? [i] : [])));
  const cleanAlarms: Score['cleanAlarms'] = [];
  for (const check of gold.clean_checks ?? []) {
    const i = findings.findIndex((f, k) => !confirmed.has(k) && matchesPlace({ line: check.line, quote: check.quote ?? '' }, f, format, lines));
    if (i >= 0) cleanAlarms.push({ check, finding: findings[i]! });
  }
  const sum = (counts: Record<string, number>) => categories.reduce((n, c) => n + (counts[c] ?? 0), 0);
  return {
    recall: { hit: sum(hit), total: sum(total) },
    inconsistency: { hit: hit.inconsistency ?? 0, total: total.inconsistency ?? 0 },
    precision: { confirmed: confirmed.size, total: findings.length },
    cleanFp: cleanAlarms.length,
    hit,
    total,
    missed,
    unconfirmed: findings.filter((_, i) => !confirmed.has(i)),
    cleanAlarms,
  };
}

/** recall, inconsistency and precision as the scorer divides them (an empty count is 0 / 1). */
export function ratios(s: Score): { recall: number; inconsistency: number; precision: number } {
  return {
    recall: s.recall.hit / Math.max(1, s.recall.total),
    inconsistency: s.inconsistency.hit / Math.max(1, s.inconsistency.total),
    precision: s.precision.confirmed / Math.max(1, s.precision.total),
  };
}

/** The project root: the folder above this file with fixtures/corpus (from scripts/ or dist/scripts/). */
export function projectRoot(from = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'fixtures', 'corpus'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no fixtures/corpus above ${from}`);
    dir = up;
  }
  return dir;
}

export const CORPUS_DIR = join(projectRoot(), 'fixtures', 'corpus');

/** The annotated reports of fixtures/corpus (each NAME.gold.json), in name order, with the formats present. */
export function corpusReports(dir = CORPUS_DIR): CorpusReport[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  return names.map((name) => {
    const ref = join(dir, `${name}.ref.txt`);
    const text = readFileSync(existsSync(ref) ? ref : join(dir, `${name}.txt`), 'utf8');
    return {
      name,
      gold: JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold,
      // As python reads a text file: \r\n and \r are line ends.
      lines: text.replace(/\r\n?/g, '\n').split('\n'),
      formats: FORMATS.filter((fmt) => existsSync(join(dir, `${name}.${fmt}`))),
      path: (fmt: Format) => join(dir, `${name}.${fmt}`),
    };
  });
}

const linted = new Map<string, Promise<Finding[]>>();

/** Lint one corpus file in-process, once per process (the suite's tests share the result). */
export function lintReport(report: CorpusReport, format: Format): Promise<Finding[]> {
  const path = report.path(format);
  let result = linted.get(path);
  if (!result) {
    result = lint(path, readFileSync(path)).then((r) => r.findings);
    linted.set(path, result);
  }
  return result;
}

/** Lint and score one report in one format. */
export async function scoreReport(report: CorpusReport, format: Format, categories: readonly string[] = DETECTABLE): Promise<Score> {
  return scoreFindings(report, format, await lintReport(report, format), categories);
}
