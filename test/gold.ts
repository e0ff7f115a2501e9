/**
 * Assertions that state what the reviewer found: a test of a corpus report asserts a finding only
 * where the gold (fixtures/corpus/NAME.gold.json) marks a defect, and quiet only where a clean
 * check says the text is right, with the scorer's matching (scripts/harness/score.ts): txt by line
 * ±2 and a fitting rule, docx / pdf by the excerpt sharing text with the gold line.
 */
import { expect, it } from 'vitest';
import { corpusReports, finds, scoreFindings, type CleanCheck, type CorpusReport, type Format, type GoldFinding } from '../scripts/harness/score.js';
import { lintCorpus } from './helpers.js';
import type { FileResult, Finding } from '../src/model.js';

const reports = new Map(corpusReports().map((r) => [r.name, r]));

export function corpusReport(name: string): CorpusReport {
  const r = reports.get(name);
  if (!r) throw new Error(`no annotated report ${name} in fixtures/corpus`);
  return r;
}

export function goldFinding(report: CorpusReport, id: string): GoldFinding {
  const g = report.gold.findings.find((x) => x.id === id);
  if (!g) throw new Error(`${report.name}: no gold finding ${id}`);
  return g;
}

export function cleanChecksAt(report: CorpusReport, line: number): CleanCheck[] {
  const c = (report.gold.clean_checks ?? []).filter((x) => x.line === line);
  if (!c.length) throw new Error(`${report.name}: no clean check at line ${line}`);
  return c;
}

/** Values compared as reports print them: case, `,` / `.`, `Rp`, spaces around `/` and before `%`, runs of spaces folded. */
const fold = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/,/g, '.').replace(/rp\.?\s*/g, '').replace(/\s*([/%])/g, '$1').replace(/\/\s*/g, '/').replace(/\s+/g, ' ').trim();

/** Does `text` contain `value` as a whole token (`4` not inside `14`, `a` not inside a word)? */
function saysValue(text: string | null | undefined, value: string): boolean {
  const v = fold(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${v}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** A value the reviewer wrote down for this finding (in expected, found, quote or explanation). */
function goldSays(g: GoldFinding, value: string): boolean {
  return [g.expected, g.found, g.quote, g.explanation].some((t) => saysValue(t, value));
}

export interface StatedValues {
  /** What it should be, as the reviewer says: some matching finding's `expected` contains it. */
  expected?: string;
  /** What the report says, as the reviewer quotes it: some matching finding's `actual` contains it. */
  actual?: string;
}

/**
 * The reviewer's finding `id` is among the findings (a fitting rule at its place), with the
 * expected / actual values given, which the gold itself must state. Returns the matching findings.
 */
export function expectReviewerFinding(result: FileResult, report: CorpusReport, id: string, format: Format = 'txt', values: StatedValues = {}): Finding[] {
  const g = goldFinding(report, id);
  const hits = result.findings.filter((f) => finds(g, f, format, report.lines));
  expect(hits.length, `${report.name} ${format}: gold ${id} (${g.category}, line ${g.line}) not found`).toBeGreaterThan(0);
  for (const [key, value] of Object.entries(values) as [keyof StatedValues, string][]) {
    expect(goldSays(g, value), `gold ${id} does not state ${key} ${value}`).toBe(true);
    expect(hits.some((f) => saysValue(f[key], value)), `${key} ${value} at gold ${id}: ${JSON.stringify(hits.map((f) => f[key]))}`).toBe(true);
  }
  return hits;
}

/** No finding that the gold does not confirm lands on the clean check(s) at this line. */
export function expectQuietAt(result: FileResult, report: CorpusReport, line: number, format: Format = 'txt'): void {
  const checks = cleanChecksAt(report, line);
  const alarms = scoreFindings(report, format, result.findings).cleanAlarms.filter((a) => checks.includes(a.check));
  expect(alarms.map((a) => `${a.finding.ruleId}: ${a.finding.message}`), `${report.name} ${format}: clean check at line ${line}`).toEqual([]);
}

const short = (s: string | null | undefined, n: number) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** `it('siak-2024: the reviewer's finding at line 248 (placeholder `[...]`) is found')`. */
export function itFindsReviewerFinding(name: string, id: string, values: StatedValues = {}, format: Format = 'txt'): void {
  const report = corpusReport(name);
  const g = goldFinding(report, id);
  const what = g.line ? `at line ${g.line} (${g.category} \`${short(g.quote, 50)}\`)` : `(${g.category}: ${short(g.found || g.expected, 50)})`;
  const stated = [values.expected && `expected ${values.expected}`, values.actual && `actual ${values.actual}`].filter(Boolean).join(', ');
  it(`${name}${format === 'txt' ? '' : ` ${format}`}: the reviewer's finding ${what} is found${stated ? `, ${stated}` : ''}`, async () => {
    expectReviewerFinding(await lintCorpus(`${name}.${format}`), report, id, format, values);
  });
}

/** `it('siak-2024: stays quiet at line 19 (signing date early in the following year…)')`. */
export function itStaysQuietAt(name: string, line: number, format: Format = 'txt'): void {
  const report = corpusReport(name);
  const what = cleanChecksAt(report, line).map((c) => short(c.what, 70)).join('; ');
  it(`${name}${format === 'txt' ? '' : ` ${format}`}: stays quiet at line ${line} (${what})`, async () => {
    expectQuietAt(await lintCorpus(`${name}.${format}`), report, line, format);
  });
}
