/**
 * The corpus section of `npm run score`: one row per report and format with the score-corpus
 * columns (recall, inconsistency, precision, clean-fp), printed exactly as that scorer prints
 * them; with --show the missed gold findings, our unconfirmed findings and the false alarms on
 * clean checks (before the row, as the scorer does) and the hits per category (after it).
 * With --ratchet, test/floors/corpus.json is raised to today's values.
 */
import { relative } from 'node:path';
import type { Finding } from '../../src/model.js';
import { floorKey, floorOf, writeRatcheted, FLOORS_FILE, type Floors } from './floors.js';
import { corpusReports, DETECTABLE, FORMATS, projectRoot, scoreReport, type Format, type Score } from './score.js';
import type { ScoreArgs, Section } from './sections.js';

/**
 * `a / b` (whole numbers, b > 0) with `digits` decimals as python's format() prints the float:
 * the float's exact value rounded, an exact tie (only a binary fraction can be one) to even.
 */
export function fixed(a: number, b: number, digits: number): string {
  const n = a * 10 ** digits;
  const q = Math.floor(n / b);
  const r = n - q * b;
  let d = b;
  while (d % 2 === 0) d /= 2;
  const tie = 2 * r === b && a % d === 0;
  if (!tie) return (a / b).toFixed(digits);
  const s = String(q % 2 === 1 ? q + 1 : q).padStart(digits + 1, '0');
  return `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
}

/** The first n characters (code points, as python slices). */
const head = (s: string, n: number) => Array.from(s).slice(0, n).join('');
const pyStr = (v: unknown) => (v === undefined || v === null ? 'None' : String(v));
const ratio = (a: number, b: number) => fixed(a, Math.max(1, b), 2).padStart(5);

export const HEADER = `${'report'.padEnd(16)} ${'fmt'.padEnd(4)} ${'recall'.padStart(13)} ${'inconsistency'.padStart(14)} ${'precision'.padStart(14)} ${'clean-fp'.padStart(8)}`;

/** One row of the table. */
export function scoreRow(name: string, format: string, s: Score): string {
  const pair = (a: number, b: number) => `${String(a).padStart(4)}/${String(b).padEnd(4)}${ratio(a, b)}`;
  return `${name.padEnd(16)} ${format.padEnd(4)} ${pair(s.recall.hit, s.recall.total)} ${pair(s.inconsistency.hit, s.inconsistency.total)} ${pair(s.precision.confirmed, s.precision.total)} ${String(s.cleanFp).padStart(8)}`;
}

/** The missed / unconfirmed / false-alarm lists. */
export function showLists(s: Score): string[] {
  const out = ['    missed:'];
  for (const g of s.missed) if (g.category !== 'other') out.push(`      ${g.category.padEnd(15)} L${pyStr(g.line)}  ${head(g.quote ?? '', 90)}`);
  out.push('    unconfirmed lint findings:');
  for (const f of s.unconfirmed) {
    const loc: Partial<Finding['location']> = f.location ?? {};
    out.push(`      ${(f.ruleId ?? '?').padEnd(20)} L${pyStr(loc.line)} p${pyStr(loc.page)}  ${head(f.excerpt || f.message || '', 90)}`);
  }
  out.push('    false alarms on clean checks:');
  for (const { check, finding } of s.cleanAlarms) out.push(`      L${check.line} ${head(check.what, 70)}  <- ${pyStr(finding.ruleId)}`);
  return out;
}

export function byCategory(s: Score): string {
  return '    by category: ' + [...DETECTABLE, 'inconsistency'].filter((c) => s.total[c]).map((c) => `${c} ${s.hit[c] ?? 0}/${s.total[c]}`).join(', ');
}

async function run(args: ScoreArgs): Promise<string> {
  const formats = (args.formats ?? [...FORMATS]).filter((f): f is Format => (FORMATS as readonly string[]).includes(f));
  const reports = corpusReports().filter((r) => !args.names.length || args.names.includes(r.name));
  if (!reports.length) return '';
  const out = [HEADER];
  const T = { dh: 0, dt: 0, ih: 0, it: 0, conf: 0, nf: 0, cfp: 0, failed: 0 };
  const today: Floors = {};
  for (const report of reports) {
    for (const format of formats) {
      if (!report.formats.includes(format)) continue;
      let s: Score;
      try {
        s = await scoreReport(report, format);
      } catch (e) {
        out.push(`${report.name.padEnd(16)} ${format.padEnd(4)}  failed: ${(e as Error).message}`);
        T.failed++;
        continue;
      }
      if (args.show) out.push(...showLists(s));
      out.push(scoreRow(report.name, format, s));
      if (args.show) out.push(byCategory(s));
      T.dh += s.recall.hit; T.dt += s.recall.total;
      T.ih += s.inconsistency.hit; T.it += s.inconsistency.total;
      T.conf += s.precision.confirmed; T.nf += s.precision.total;
      T.cfp += s.cleanFp;
      today[floorKey(report.name, format)] = floorOf(s);
    }
  }
  out.push(`TOTAL recall=${fixed(T.dh, Math.max(1, T.dt), 3)} inconsistency=${fixed(T.ih, Math.max(1, T.it), 3)} precision=${fixed(T.conf, Math.max(1, T.nf), 3)} clean_fp=${T.cfp} failed=${T.failed}`);
  if (args.ratchet) {
    const { changed } = writeRatcheted(today);
    const file = relative(projectRoot(), FLOORS_FILE);
    out.push(changed.length ? `ratcheted ${file}: ${changed.join(', ')}` : `${file}: no floor moved`);
  }
  return out.join('\n');
}

export const corpusSection: Section = {
  name: 'corpus',
  knows: (name) => corpusReports().some((r) => r.name === name),
  run,
};
