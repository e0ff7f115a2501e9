/**
 * Invariance (metamorphic) tests of the linter: each transformation rewrites a report the way
 * another unit, template or export would write the same report, so the findings must stay the
 * same (same rules, same expected / actual, at the moved places). This module lists the
 * transformations, runs them over the corpus reports, prints the table (`invarianceSection`, for
 * `npm run score`) and keeps the ceilings of `test/floors/invariance.json` (`ratchet`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { changedCount, compareDocx, compareText, lintCached, lintText, type Difference } from './compare.js';
import { textToDocx } from './docx-rebuild.js';
import type { Transformation } from './lines.js';
import { chapterBare, chapterJoined, chapterSplit, layoutTransformations, sistematikaProse } from './transforms/layout.js';
import { captionTransformations, decimalSwap, listTransformations } from './transforms/numbers.js';
import { renameTransformations } from './transforms/unit.js';
import type { Section } from './sections.js';

export type { Transformation, Rewritten, LineMap } from './lines.js';

/** Every text transformation. */
export const transformations: Transformation[] = [...renameTransformations, decimalSwap, ...captionTransformations, ...listTransformations, ...layoutTransformations];

/** A transformation of the Word document rebuilt from the text: the original and the changed document. */
export interface DocxTransformation {
  id: string;
  description: string;
  build(text: string): Promise<{ before: Uint8Array; after: Uint8Array; rewrite?: (s: string, ruleId?: string) => string }>;
}

function rebuilt(t: Transformation): DocxTransformation {
  return {
    id: `docx-${t.id}`,
    description: `${t.description}, in the Word document rebuilt from the text`,
    async build(text) {
      const r = t.apply(text);
      return { before: await textToDocx(text), after: await textToDocx(r.text), ...(r.rewrite ? { rewrite: r.rewrite } : {}) };
    },
  };
}

export const docxTransformations: DocxTransformation[] = [
  {
    id: 'docx-auto-numbered',
    description: 'Word auto-numbered chapter headings (numbering.xml level text `BAB %1`, no literal `BAB I` in the paragraphs)',
    build: async (text) => ({ before: await textToDocx(text), after: await textToDocx(text, { autoNumberChapters: true }) }),
  },
  {
    id: 'docx-word-lists',
    description: 'list items as Word numbered paragraphs (numbering.xml `%1.` / `%1)` / `(%1)`, decimal, letter or roman) instead of typed markers',
    build: async (text) => ({ before: await textToDocx(text), after: await textToDocx(text, { wordLists: true }) }),
  },
  ...[sistematikaProse, chapterSplit, chapterJoined, chapterBare].map(rebuilt),
];

export interface CorpusReport {
  name: string;
  /** A `.txt` export, or the `pdftotext -layout` text of a published PDF (`.ref.txt`), linted as text. */
  path: string;
}

/** The project root: above scripts/harness, or above dist/scripts/harness when compiled. */
const ROOT = join(import.meta.dirname, '..', '..', ...(/[/\\]dist[/\\]scripts[/\\]harness$/.test(import.meta.dirname) ? ['..'] : []));

const corpus = (name: string, ext: string): CorpusReport => ({ name, path: join(ROOT, 'fixtures', 'corpus', `${name}${ext}`) });

export const corpusReports: CorpusReport[] = [
  ...['siak-2024', 'cilegon-2021', 'semarang-2024'].map((name) => corpus(name, '.txt')),
  ...['bpbd-jabar-2016', 'dinkes-jabar-2016', 'dpmdesa-jabar-2016', 'dpupr-grobogan-2021', 'rsjiwa-jabar-2016'].map((name) => corpus(name, '.ref.txt')),
];

/** A small clean report of a unit that is not an immigration office, written for these tests. */
export const madeUpReport: CorpusReport = { name: 'dishub-klaten-2023', path: join(ROOT, 'fixtures', 'invariance', 'dishub-klaten-2023.txt') };

/** The immigration reports: the Word rebuilds run on these. */
export const docxReports = corpusReports.slice(0, 3);

export function reportText(r: CorpusReport): string {
  return readFileSync(r.path, 'utf8');
}

export interface InvarianceRow {
  transformation: string;
  report: string;
  /** False when the transformation found nothing to rewrite in this report. */
  applied: boolean;
  difference: Difference;
  changed: number;
}

export async function runText(t: Transformation, report: string, text: string): Promise<InvarianceRow> {
  const r = t.apply(text);
  const applied = r.text !== text;
  const before = await lintText(text);
  const after = applied ? await lintText(r.text) : before;
  const difference = compareText(before.findings, after.findings, r.lineMap, r.rewrite ?? ((s) => s));
  return { transformation: t.id, report, applied, difference, changed: changedCount(difference) };
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

export async function runDocx(t: DocxTransformation, report: string, text: string): Promise<InvarianceRow> {
  const { before, after, rewrite } = await t.build(text);
  const applied = (await documentXml(before)) !== (await documentXml(after));
  const a = await lintCached('docx', before);
  const b = applied ? await lintCached('docx', after) : a;
  const difference = compareDocx(a.findings, b.findings, rewrite ?? ((s) => s));
  return { transformation: t.id, report, applied, difference, changed: changedCount(difference) };
}

export interface Grid {
  text: [Transformation, CorpusReport][];
  docx: [DocxTransformation, CorpusReport][];
}

/** Every transformation on every report and the made-up one (the Word rebuilds on the immigration reports and the made-up one). */
export function fullGrid(): Grid {
  return {
    text: transformations.flatMap((t) => [...corpusReports, madeUpReport].map((r): [Transformation, CorpusReport] => [t, r])),
    docx: docxTransformations.flatMap((t) => [...docxReports, madeUpReport].map((r): [DocxTransformation, CorpusReport] => [t, r])),
  };
}

export async function runGrid(grid: Grid): Promise<InvarianceRow[]> {
  const rows: InvarianceRow[] = [];
  for (const [t, r] of grid.text) rows.push(await runText(t, r.name, reportText(r)));
  for (const [t, r] of grid.docx) rows.push(await runDocx(t, r.name, reportText(r)));
  return rows;
}

/** transformation × report: lost / gained / altered (`·` where the transformation had nothing to rewrite). */
export function formatTable(rows: InvarianceRow[]): string {
  const reports = [...new Set(rows.map((r) => r.report))];
  const ids = [...new Set(rows.map((r) => r.transformation))];
  const cell = (r: InvarianceRow | undefined) => (!r ? '' : !r.applied ? '·' : `${r.difference.lost.length}/${r.difference.gained.length}/${r.difference.altered.length}`);
  const width = Math.max(...ids.map((i) => i.length), 'transformation'.length);
  const cols = reports.map((r) => Math.max(r.length, 9));
  const out = [
    'Invariance: findings lost/gained/altered by each transformation (· = nothing to rewrite)',
    ['transformation'.padEnd(width), ...reports.map((r, i) => r.padStart(cols[i]!)), 'changed'.padStart(8)].join('  '),
  ];
  for (const id of ids) {
    const mine = rows.filter((r) => r.transformation === id);
    const total = mine.reduce((s, r) => s + r.changed, 0);
    out.push([id.padEnd(width), ...reports.map((rep, i) => cell(mine.find((r) => r.report === rep)).padStart(cols[i]!)), String(total).padStart(8)].join('  '));
  }
  out.push(`TOTAL changed=${rows.reduce((s, r) => s + r.changed, 0)} over ${rows.filter((r) => r.applied).length} applied pairs`);
  return out.join('\n');
}

export type Ceilings = Record<string, Record<string, number>>;

export function readCeilings(file: string): Ceilings {
  return (JSON.parse(readFileSync(file, 'utf8')) as { ceilings: Ceilings }).ceilings;
}

/**
 * Rewrite the ceilings file with today's counts where they are lower (or not recorded yet);
 * a ceiling is never raised. Returns the ceilings written.
 */
export function ratchet(file: string, rows: InvarianceRow[]): Ceilings {
  let ceilings: Ceilings = {};
  try {
    ceilings = readCeilings(file);
  } catch {
    ceilings = {};
  }
  for (const r of rows) {
    const byReport = (ceilings[r.transformation] ??= {});
    const now = byReport[r.report];
    if (now === undefined || r.changed < now) byReport[r.report] = r.changed;
  }
  const sorted: Ceilings = Object.fromEntries(Object.keys(ceilings).sort().map((t) => [t, Object.fromEntries(Object.entries(ceilings[t]!).sort(([a], [b]) => a.localeCompare(b)))]));
  writeFileSync(file, `${JSON.stringify({ note: 'Ceilings on the findings each transformation changes (lost + gained + altered) per report. Only ever lowered: node dist/scripts/score-invariance.js --ratchet', ceilings: sorted }, null, 2)}\n`);
  return sorted;
}

/** For `npm run score`: the whole grid, as a table. */
/** The `npm run score` section: the table of every transformation on every report (names limit the reports). */
export const invarianceSection: Section = {
  name: 'invariance',
  knows: (name) => [...corpusReports, madeUpReport].some((r) => r.name === name),
  async run(args) {
    const grid = fullGrid();
    const wanted = (name: string) => args.names.length === 0 || args.names.includes(name);
    grid.text = grid.text.filter(([, r]) => wanted(r.name));
    grid.docx = grid.docx.filter(([, r]) => wanted(r.name));
    const rows = await runGrid(grid);
    if (args.ratchet) ratchet(join(process.cwd(), 'test', 'floors', 'invariance.json'), rows);
    return formatTable(rows) + (args.ratchet ? '\n(test/floors/invariance.json: ceilings lowered to today where lower)' : '');
  },
};
