/** Human output: grouped by file, `line:col`, severity, message, rule id, a summary line. */
import pc from 'picocolors';
import type { FileResult } from '../model.js';
import type { Lang } from '../rule.js';
import { formatLocation } from './location.js';
import { forTerminal } from './terminal.js';

type Colors = ReturnType<typeof pc.createColors>;

const WORDS = {
  id: { error: 'galat', warning: 'peringatan', info: 'info', problems: 'masalah', errors: 'galat', warnings: 'peringatan', year: 'tahun', office: 'kantor', from: 'dari', unknown: 'tidak terdeteksi', unreadable: 'tidak dapat dibaca', file: 'berkas', files: 'berkas', clean: 'tidak ada masalah' },
  en: { error: 'error', warning: 'warning', info: 'info', problems: 'problems', errors: 'errors', warnings: 'warnings', year: 'year', office: 'office', from: 'from', unknown: 'not detected', unreadable: 'unreadable', file: 'file', files: 'files', clean: 'no problems' },
};

/** `unit Dinas · Provinsi Jawa Barat · induk Pemerintah Provinsi Jawa Barat; triwulan II; profil pemda (unit kind Dinas …)`. */
function unitLine(f: FileResult, lang: Lang): string | null {
  const { unit, period, profile } = f.report;
  if (!unit && !profile) return null;
  const id = lang === 'id';
  const parts: string[] = [];
  if (unit) parts.push(`${id ? 'unit' : 'unit'} ${[unit.kind, unit.region, unit.parent ? `${id ? 'induk' : 'parent'} ${unit.parent}` : null].filter(Boolean).join(' · ')}`);
  if (period && period.kind !== 'annual') parts.push(`${period.kind === 'quarterly' ? (id ? 'triwulan' : 'quarter') : 'semester'} ${period.part ?? '?'}`);
  if (profile) parts.push(`${id ? 'profil' : 'profile'} ${profile.id} (${id ? 'dari' : 'from'} ${profile.evidence})`);
  return parts.join('; ');
}

/** Report text and file names are escaped for the terminal (forTerminal) before colours are added. */
export function formatStylish(files: FileResult[], lang: Lang, color: boolean): string {
  const c: Colors = pc.createColors(color);
  const t = (s: string | null | undefined) => forTerminal(String(s));
  const w = WORDS[lang];
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const f of files) {
    if (f.error) {
      unreadable++;
      out.push(`${c.underline(t(f.path))}`, `  ${c.red(w.unreadable)}: ${forTerminal(f.error, true)}`, '');
      continue;
    }
    const id = `${w.year} ${f.report.year ?? w.unknown} (${w.from} ${t(f.report.yearSource)}); ${w.office} ${f.report.office === null ? w.unknown : t(f.report.office)} (${w.from} ${t(f.report.officeSource)})`;
    out.push(`${c.underline(t(f.path))} ${c.dim(`[${f.format}]`)}`, c.dim(`  ${id}`));
    const locs = f.findings.map((x) => t(formatLocation(x.location, lang)));
    const unit = unitLine(f, lang);
    if (unit) out.push(c.dim(`  ${t(unit)}`));
    const width = Math.max(5, ...locs.map((s) => s.length));
    f.findings.forEach((x, k) => {
      const sev = x.severity === 'error' ? c.red(w.error.padEnd(10)) : x.severity === 'warning' ? c.yellow(w.warning.padEnd(10)) : c.blue(w.info.padEnd(10));
      if (x.severity === 'error') errors++;
      else if (x.severity === 'warning') warnings++;
      out.push(`  ${c.dim(locs[k]!.padStart(width))}  ${sev} ${forTerminal(x.message, true)}  ${c.dim(t(x.ruleId))}`);
    });
    if (f.findings.length === 0) out.push(`  ${c.green(w.clean)}`);
    out.push('');
  }
  const total = errors + warnings;
  const summary = `${total} ${w.problems} (${errors} ${w.errors}, ${warnings} ${w.warnings})${unreadable ? `; ${unreadable} ${unreadable === 1 ? w.file : w.files} ${w.unreadable}` : ''}`;
  out.push(errors > 0 || unreadable > 0 ? c.red(c.bold(`✖ ${summary}`)) : total > 0 ? c.yellow(c.bold(`⚠ ${summary}`)) : c.green(`✔ ${summary}`));
  return out.join('\n') + '\n';
}
