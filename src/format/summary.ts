/**
 * One line per report: for the reviewer's overview on screen, and as .csv / .xlsx for a
 * spreadsheet. The spreadsheet holds numbers as numbers, a status that says what happened
 * (`ok`, `errors`, `unreadable`, `skipped`), a column per rule, autofilter and a frozen header,
 * and a second sheet with every finding. The CSV is what spreadsheet programs with Indonesian
 * settings open as columns: `;` between cells, a UTF-8 BOM (`--csv-separator ,` for the other).
 */
import { writeFileSync } from 'node:fs';
import type { FileResult, Finding, SkippedFile } from '../model.js';
import type { Lang } from '../rule.js';
import { formatLocation } from './location.js';
import type { Comparison } from '../compare-match.js';
import { t } from '../messages.js';
import { groups } from '../messages.js';

export type Status = 'ok' | 'errors' | 'unreadable' | 'skipped';

export interface SummaryRow {
  file: string;
  format: string;
  office: string;
  year: number | null;
  status: Status;
  errors: number;
  warnings: number;
  accepted: number;
  topRules: string;
  /** Why the file was not read or not linted. */
  note: string;
  perRule: Map<string, number>;
  /** Made from a compare run: the earlier version and how many findings are fixed, still there, new. */
  compare?: { earlier: string; fixed: number; kept: number; added: number };
}

export function summaryRows(results: readonly FileResult[], skipped: readonly SkippedFile[] = [], comparisons: readonly Comparison[] = []): SummaryRow[] {
  const rows: SummaryRow[] = results.map((r) => {
    const c = comparisons.find((x) => x.new === r.path);
    const count = new Map<string, number>();
    for (const f of r.findings) count.set(f.ruleId, (count.get(f.ruleId) ?? 0) + 1);
    const top = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    return {
      file: r.path,
      format: r.format ?? '',
      office: r.report.office ?? '',
      year: r.report.year,
      status: r.error ? 'unreadable' : errors > 0 ? 'errors' : 'ok',
      errors,
      warnings: r.findings.filter((f) => f.severity === 'warning').length,
      accepted: r.accepted ?? 0,
      topRules: top.map(([id, n]) => `${id} (${n})`).join(', '),
      note: r.error ?? '',
      perRule: count,
      ...(c ? { compare: { earlier: c.old, fixed: c.fixed.length, kept: c.kept.length, added: c.added.length } } : {}),
    };
  });
  for (const s of skipped) rows.push({ file: s.path, format: '', office: '', year: null, status: s.kind === 'missing' ? 'unreadable' : 'skipped', errors: 0, warnings: 0, accepted: 0, topRules: '', note: s.reason, perRule: new Map() });
  return rows;
}

const HEAD = groups('summary');

const STATUS: Record<Lang, Record<Status, string>> = groups('status');

export function summaryTable(results: readonly FileResult[], lang: Lang, skipped: readonly SkippedFile[] = []): string {
  const rows = summaryRows(results, skipped);
  const h = HEAD[lang];
  const head = [h.file, h.format, h.office, h.year, h.status, h.errors, h.warnings, h.top];
  const body = rows.map((r) => [r.file, r.format, r.office, r.year === null ? '' : String(r.year), STATUS[lang][r.status], String(r.errors), String(r.warnings), r.note || r.topRules]);
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.min(c === 7 ? 60 : 48, Math.max(...all.map((row) => (row[c] ?? '').length))));
  const line = (row: string[]) => '  ' + row.map((cell, c) => (cell.length > widths[c]! ? cell.slice(0, widths[c]! - 1) + '…' : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [h.title, line(head), ...body.map(line), ''].join('\n') + '\n';
}

type Cell = string | number | null;

/** The overview sheet's header and rows: fixed columns, then one column per rule that found anything. */
function overview(rows: SummaryRow[], lang: Lang): { head: string[]; values: Cell[][] } {
  const h = HEAD[lang];
  const rules = [...new Set(rows.flatMap((r) => [...r.perRule.keys()]))].sort();
  // From a compare run: the earlier version, then a column per state, after the counts.
  const compared = rows.some((r) => r.compare);
  const states = compared ? [t(lang, 'compare.earlier'), t(lang, 'compare.fixed'), t(lang, 'compare.kept'), t(lang, 'compare.added')] : [];
  const head = [h.file, h.format, h.office, h.year, h.status, h.errors, h.warnings, h.accepted, ...states, h.note, ...rules];
  const values = rows.map((r) => [r.file, r.format, r.office, r.year, STATUS[lang][r.status], r.errors, r.warnings, r.accepted, ...(compared ? [r.compare?.earlier ?? '', r.compare?.fixed ?? null, r.compare?.kept ?? null, r.compare?.added ?? null] : []), r.note, ...rules.map((id) => r.perRule.get(id) ?? 0)]);
  return { head, values };
}

/** Every finding: file, place, rule, severity, message, expected, found. */
function findingRows(results: readonly FileResult[], lang: Lang, comparisons: readonly Comparison[] = []): { head: string[]; values: Cell[][] } {
  const h = HEAD[lang];
  const compared = comparisons.length > 0;
  const head = [h.file, h.page, h.section, h.rule, h.severity, ...(compared ? [t(lang, 'compare.state')] : []), h.message, h.expected, h.found];
  const values: Cell[][] = [];
  const row = (path: string, f: Finding, state?: string) => values.push([path, formatLocation(f.location), f.location.section ?? '', f.ruleId, f.severity, ...(compared ? [state ?? ''] : []), f.message, f.expected ?? '', f.actual ?? '']);
  for (const r of results) {
    const c = comparisons.find((x) => x.new === r.path);
    if (!c) {
      for (const f of r.findings) row(r.path, f);
      continue;
    }
    // The revision's findings, each with its state, then the earlier version's fixed ones.
    const kept = new Set(c.kept);
    for (const f of r.findings) row(r.path, f, t(lang, kept.has(f) ? 'compare.kept' : 'compare.added'));
    for (const f of c.fixed) row(c.old, f, t(lang, 'compare.fixed'));
  }
  return { head, values };
}

const csvCell = (v: Cell, sep: string) => {
  const s = v === null ? '' : String(v);
  return s.includes(sep) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export interface SummaryOptions {
  lang?: Lang;
  skipped?: readonly SkippedFile[];
  /** CSV cell separator (default `;`, as spreadsheet programs with Indonesian settings read it). */
  csvSeparator?: ';' | ',';
  /** From `compare OLD NEW --summary`: the revision's row gets a column per state, each finding its state. */
  comparisons?: readonly Comparison[];
}

export async function writeSummary(file: string, results: readonly FileResult[], opts: SummaryOptions = {}): Promise<void> {
  const lang = opts.lang ?? 'id';
  const rows = summaryRows(results, opts.skipped ?? [], opts.comparisons ?? []);
  const { head, values } = overview(rows, lang);
  if (/\.csv$/i.test(file)) {
    const sep = opts.csvSeparator ?? ';';
    writeFileSync(file, '\uFEFF' + [head, ...values].map((row) => row.map((v) => csvCell(v, sep)).join(sep)).join('\r\n') + '\r\n');
    return;
  }
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const found = findingRows(results, lang, opts.comparisons ?? []);
  const sheet = (h: string[], vs: Cell[][]) => [h.map((v) => ({ value: v, fontWeight: 'bold' as const })), ...vs.map((row) => row.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v })))];
  const wide = new Set([HEAD[lang].file, HEAD[lang].office, HEAD[lang].note, HEAD[lang].message, HEAD[lang].section]);
  const columns = (h: string[]) => h.map((name) => ({ width: wide.has(name) ? 45 : name.length > 12 ? name.length + 2 : 12 }));
  const buffer = await writeXlsxFile(
    [
      { data: sheet(head, values), sheet: HEAD[lang].sheetReports, columns: columns(head), stickyRowsCount: 1 },
      { data: sheet(found.head, found.values), sheet: HEAD[lang].sheetFindings, columns: columns(found.head), stickyRowsCount: 1 },
    ] as never,
  ).toBuffer();
  writeFileSync(file, await withAutoFilter(buffer, [head.length, found.head.length], [values.length + 1, found.values.length + 1]));
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
function columnName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** An autofilter over each sheet's used range (write-excel-file has none): `<autoFilter>` right after `<sheetData>`, as the schema orders it. */
async function withAutoFilter(xlsx: Buffer, widths: number[], heights: number[]): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(xlsx);
  for (let k = 0; k < widths.length; k++) {
    const name = `xl/worksheets/sheet${k + 1}.xml`;
    const xml = await zip.file(name)?.async('string');
    if (!xml) continue;
    const ref = `A1:${columnName(Math.max(1, widths[k]!))}${Math.max(1, heights[k]!)}`;
    zip.file(name, xml.replace(/<\/sheetData>|<sheetData\/>/, (m) => `${m}<autoFilter ref="${ref}"/>`));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
