/**
 * Lints every zoo report (clean and with defects, in every format) and scores it: findings on
 * the clean report by rule, injected defects found at their place. Used by the zoo test, the
 * `zoo` section of the score harness (`npm run score -- --section zoo`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/lint.js';
import type { Truth } from './defects.js';
import { byRule, scoreDefects, type ZooFormat } from './score.js';

export const ZOO_FORMATS: ZooFormat[] = ['txt', 'docx', 'pdf'];

export interface ZooRow {
  report: string;
  format: ZooFormat;
  /** Findings on the clean report, by rule. */
  clean: Record<string, number>;
  cleanTotal: number;
  found: number;
  total: number;
  missed: { category: string; line: number | null; quote: string }[];
}

/** Report names in the zoo folder (each with a NAME-defects.json). */
export function zooReports(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('-defects.json')).map((f) => f.slice(0, -'-defects.json'.length)).sort();
}

async function lintFile(path: string) {
  const result = await lint(path, readFileSync(path));
  if (result.error) throw new Error(`${path}: ${result.error}`);
  return result.findings;
}

export async function evaluateReport(dir: string, name: string, format: ZooFormat): Promise<ZooRow> {
  const cleanPath = join(dir, `${name}.${format}`);
  const defectsPath = join(dir, `${name}-defects.${format}`);
  if (!existsSync(cleanPath) || !existsSync(defectsPath)) throw new Error(`zoo: ${name}.${format} missing in ${dir}: run npm run zoo`);
  const truth = JSON.parse(readFileSync(join(dir, `${name}-defects.json`), 'utf8')) as Truth;
  const lines = readFileSync(join(dir, `${name}-defects.txt`), 'utf8').split('\n');
  const clean = await lintFile(cleanPath);
  const defects = await lintFile(defectsPath);
  const score = scoreDefects(truth.findings, lines, defects, format);
  return {
    report: name,
    format,
    clean: byRule(clean),
    cleanTotal: clean.length,
    found: score.found,
    total: score.total,
    missed: score.missed.map((g) => ({ category: g.category, line: g.line, quote: g.quote })),
  };
}

export async function evaluateZoo(dir: string, formats: ZooFormat[] = ZOO_FORMATS): Promise<ZooRow[]> {
  const rows: ZooRow[] = [];
  for (const name of zooReports(dir)) for (const format of formats) rows.push(await evaluateReport(dir, name, format));
  return rows;
}

/** One line per report and format: clean findings by rule, injected found / total. */
export function formatZooTable(rows: ZooRow[], withMissed = false): string {
  const out = ['zoo: clean findings (by rule) | injected defects found / total'];
  const width = Math.max(...rows.map((r) => r.report.length));
  for (const r of rows) {
    const rules = Object.entries(r.clean).map(([k, v]) => `${k} ${v}`).join(', ') || '-';
    out.push(`${r.report.padEnd(width)}  ${r.format.padEnd(4)}  clean ${String(r.cleanTotal).padStart(3)} (${rules})  injected ${r.found}/${r.total}`);
    if (withMissed) for (const m of r.missed) out.push(`      missed ${m.category} L${m.line ?? '-'} ${m.quote.replace(/\t/g, ' ')}`);
  }
  const clean = rows.reduce((a, r) => a + r.cleanTotal, 0);
  const found = rows.reduce((a, r) => a + r.found, 0);
  const total = rows.reduce((a, r) => a + r.total, 0);
  out.push(`TOTAL zoo clean_findings=${clean} injected=${found}/${total} recall=${total ? (found / total).toFixed(3) : '0'}`);
  return out.join('\n');
}
