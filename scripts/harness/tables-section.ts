/**
 * The tables section of `npm run score`: of the tables the gold lists for each report PDF
 * (`tables`: line of NAME.ref.txt, header, kind, rows), how many the PDF reader gives as a table
 * block on the same page (or the next: a table that starts at a page's foot) whose text, with the
 * two blocks before it (its caption), holds at least half of the header's words, and of those how
 * many have their row count within one of the gold's (all rows, or the rows after a header row).
 * A measurement, not a gate: the matching is by words, so it can take a neighbouring table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from '../../src/parse/index.js';
import type { Block } from '../../src/model.js';
import { corpusReports } from './score.js';
import type { ScoreArgs, Section } from './sections.js';

interface GoldTable {
  line: number;
  title_or_header?: string;
  kind?: string;
  rows?: number;
}

const words = (s: string) => new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !['tabel', 'table', 'dengan', 'yang', 'dari'].includes(w)));

/** Page of each ref.txt line (pdftotext separates pages with a form feed), 1-based lines. */
function pageOfLine(ref: string): number[] {
  const pages: number[] = [0];
  let page = 1;
  for (const l of ref.replace(/\r\n?/g, '\n').split('\n')) {
    page += l.match(/\f/g)?.length ?? 0; // a page's first line starts with the form feed
    pages.push(page);
  }
  return pages;
}

export async function measureTables(name: string, pdf: string, ref: string, gold: GoldTable[]): Promise<{ total: number; found: number; rowsWithinOne: number }> {
  const doc = await parseDocument(pdf, new Uint8Array(readFileSync(pdf)));
  const pages = pageOfLine(readFileSync(ref, 'utf8'));
  const blocks = doc.blocks;
  let found = 0;
  let rowsWithinOne = 0;
  for (const t of gold) {
    const page = pages[t.line] ?? 0;
    const want = words(t.title_or_header ?? '');
    if (!want.size) continue;
    let best: { b: Block; score: number } | null = null;
    blocks.forEach((b, k) => {
      if (b.kind !== 'table' || (b.source.page !== page && b.source.page !== page + 1)) return;
      const around = [blocks[k - 2], blocks[k - 1], b].filter(Boolean).map((x) => x!.text).join(' ');
      const have = words(around);
      const score = [...want].filter((w) => have.has(w)).length / want.size;
      if (!best || score > best.score) best = { b, score };
    });
    const hit = best as { b: Block; score: number } | null;
    if (!hit || hit.score < 0.5) continue;
    found++;
    const n = hit.b.rows?.length ?? 0;
    if (t.rows !== undefined && (Math.abs(n - t.rows) <= 1 || Math.abs(n - 1 - t.rows) <= 1)) rowsWithinOne++;
  }
  void name;
  return { total: gold.filter((t) => words(t.title_or_header ?? '').size).length, found, rowsWithinOne };
}

/** The measure over the corpus PDFs that have a ref.txt (the gold's lines are its lines): per report and in all. */
export async function measureCorpusTables(names: string[] = []): Promise<{ reports: { name: string; total: number; found: number; rowsWithinOne: number }[]; total: number; found: number; rowsWithinOne: number }> {
  const reports: { name: string; total: number; found: number; rowsWithinOne: number }[] = [];
  for (const r of corpusReports()) {
    if (names.length && !names.includes(r.name)) continue;
    const gold = (r.gold as { tables?: GoldTable[] }).tables;
    if (!gold?.length || !r.formats.includes('pdf')) continue;
    const ref = r.path('pdf').replace(/\.pdf$/, '.ref.txt');
    if (!existsSync(ref)) continue; // the gold's lines are lines of NAME.txt, not of the PDF's pages
    reports.push({ name: r.name, ...(await measureTables(r.name, r.path('pdf'), ref, gold)) });
  }
  const sum = (k: 'total' | 'found' | 'rowsWithinOne') => reports.reduce((a, m) => a + m[k], 0);
  return { reports, total: sum('total'), found: sum('found'), rowsWithinOne: sum('rowsWithinOne') };
}

async function run(args: ScoreArgs): Promise<string> {
  const rows = [`${'report'.padEnd(20)} ${'tables'.padStart(6)} ${'read'.padStart(12)} ${'rows ±1'.padStart(12)}`];
  const all = await measureCorpusTables(args.names);
  for (const m of all.reports) {
    const pct = (a: number) => `${a}/${m.total} ${(a / Math.max(1, m.total)).toFixed(2)}`.padStart(12);
    rows.push(`${m.name.padEnd(20)} ${String(m.total).padStart(6)} ${pct(m.found)} ${pct(m.rowsWithinOne)}`);
  }
  rows.push(`TOTAL tables=${all.total} read=${(all.found / Math.max(1, all.total)).toFixed(3)} rows_within_one=${(all.rowsWithinOne / Math.max(1, all.total)).toFixed(3)}`);
  return rows.join('\n');
}

export const tablesSection: Section = {
  name: 'tables',
  knows: (name) => corpusReports().some((r) => r.name === name),
  run,
};
