/** One line per report: for the reviewer's overview on screen, and as .csv / .xlsx for a spreadsheet. */
import { writeFileSync } from 'node:fs';
import type { FileResult } from '../model.js';
import type { Lang } from '../rule.js';

export interface SummaryRow {
  file: string;
  format: string;
  office: string;
  year: string;
  errors: number;
  warnings: number;
  topRules: string;
  status: string;
}

export function summaryRows(results: FileResult[]): SummaryRow[] {
  return results.map((r) => {
    const count = new Map<string, number>();
    for (const f of r.findings) count.set(f.ruleId, (count.get(f.ruleId) ?? 0) + 1);
    const top = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
    return {
      file: r.path,
      format: r.format ?? '',
      office: r.report.office ?? '',
      year: r.report.year !== null ? String(r.report.year) : '',
      errors: r.findings.filter((f) => f.severity === 'error').length,
      warnings: r.findings.filter((f) => f.severity === 'warning').length,
      topRules: top.map(([id, n]) => `${id} (${n})`).join(', '),
      status: r.error ?? 'ok',
    };
  });
}

export function summaryTable(results: FileResult[], lang: Lang): string {
  const rows = summaryRows(results);
  const head = lang === 'en' ? ['file', 'format', 'office', 'year', 'errors', 'warnings', 'most frequent'] : ['berkas', 'format', 'kantor', 'tahun', 'galat', 'peringatan', 'aturan terbanyak'];
  const body = rows.map((r) => [r.file, r.format, r.office, r.year, String(r.errors), String(r.warnings), r.status === 'ok' ? r.topRules : r.status]);
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.min(c === 6 ? 60 : 48, Math.max(...all.map((row) => (row[c] ?? '').length))));
  const line = (row: string[]) => '  ' + row.map((cell, c) => (cell.length > widths[c]! ? cell.slice(0, widths[c]! - 1) + '…' : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [lang === 'en' ? 'Summary' : 'Ringkasan', line(head), ...body.map(line), ''].join('\n') + '\n';
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function writeSummary(file: string, results: FileResult[]): Promise<void> {
  const rows = summaryRows(results);
  const head = ['file', 'format', 'office', 'year', 'errors', 'warnings', 'top rules', 'status'];
  const values = rows.map((r) => [r.file, r.format, r.office, r.year, r.errors, r.warnings, r.topRules, r.status]);
  if (/\.csv$/i.test(file)) {
    writeFileSync(file, '\uFEFF' + [head, ...values].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n');
    return;
  }
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const data = [head.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...values.map((row) => row.map((v) => ({ value: v })))];
  await writeXlsxFile(data, { sheet: 'lkjip-lint', stickyRowsCount: 1, columns: head.map((h) => ({ width: ['file', 'office', 'top rules', 'status'].includes(h) ? 40 : 10 })) }).toFile(file);
}
