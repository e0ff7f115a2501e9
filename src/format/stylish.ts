/** Human output: grouped by file, `line:col`, severity, message, rule id, a summary line. */
import pc from 'picocolors';
import type { FileResult, SkippedFile } from '../model.js';
import type { Lang } from '../rule.js';
import { formatLocation } from './location.js';
import { forTerminal } from './terminal.js';
import { evidenceText, groups, t as msg } from '../messages.js';

type Colors = ReturnType<typeof pc.createColors>;

const WORDS = groups('stylish');

/** `unit Dinas · Provinsi Jawa Barat · induk Pemerintah Provinsi Jawa Barat; triwulan II; profil pemda (unit kind Dinas …)`. */
function unitLine(f: FileResult, lang: Lang): string | null {
  const { unit, period, profile } = f.report;
  if (!unit && !profile) return null;
  const w = WORDS[lang];
  const parts: string[] = [];
  if (unit) parts.push(`${w.unit} ${[unit.kind, unit.region, unit.parent ? `${w.parent} ${unit.parent}` : null].filter(Boolean).join(' · ')}`);
  if (period && period.kind !== 'annual') parts.push(`${period.kind === 'quarterly' ? w.quarter : w.semester} ${period.part ?? '?'}`);
  if (profile) parts.push(`${w.profile} ${profile.id} (${w.from} ${evidenceText(profile.evidence, lang)})`);
  return parts.join('; ');
}

export interface StylishOptions {
  /** Files not linted, listed with their reasons (and counted in the totals). */
  skipped?: readonly SkippedFile[];
  /** Show every finding of a group on its own line (default: a group is one line with its count and places). */
  expandGroups?: boolean;
}

const MORE = (lang: Lang, n: number) => msg(lang, 'group.more', { n });

/** One file's block: its name, what was detected, its findings (groups folded), a blank line. */
export function formatStylishFile(f: FileResult, lang: Lang, color: boolean, opts: StylishOptions = {}): string {
  const c: Colors = pc.createColors(color);
  const t = (s: string | null | undefined) => forTerminal(String(s));
  const w = WORDS[lang];
  const out: string[] = [];
  // An unreadable file has its one line on stderr (the command writes it) and is counted in the totals.
  if (f.error) return '';
  const id = `${w.year} ${f.report.year ?? w.unknown} (${w.from} ${t(evidenceText(f.report.yearSource, lang))}); ${w.office} ${f.report.office === null ? w.unknown : t(f.report.office)} (${w.from} ${t(evidenceText(f.report.officeSource, lang))})`;
  out.push(`${c.underline(t(f.path))} ${c.dim(`[${f.format}]`)}`, c.dim(`  ${id}`));
  const locs = f.findings.map((x) => t(formatLocation(x.location, lang)));
  const unit = unitLine(f, lang);
  if (unit) out.push(c.dim(`  ${t(unit)}`));
  // The members of a group after its first are folded into one line of places.
  const later = new Map<string, number[]>();
  if (!opts.expandGroups) {
    f.findings.forEach((x, k) => {
      if (x.group) later.set(x.group, [...(later.get(x.group) ?? []), k]);
    });
  }
  const width = Math.max(5, ...locs.map((s) => s.length));
  f.findings.forEach((x, k) => {
    const members = x.group ? later.get(x.group) : undefined;
    if (members && members[0] !== k) return;
    const sev = x.severity === 'error' ? c.red(w.error.padEnd(10)) : x.severity === 'warning' ? c.yellow(w.warning.padEnd(10)) : c.blue(w.info.padEnd(10));
    out.push(`  ${c.dim(locs[k]!.padStart(width))}  ${sev} ${forTerminal(x.message, true)}  ${c.dim(t(x.ruleId))}`);
    if (members && members.length > 1) {
      const places = members.slice(1).map((m) => locs[m]!);
      const shown = places.length > 12 ? [...places.slice(0, 12), '…'] : places;
      out.push(`  ${' '.repeat(width)}  ${c.dim(`${MORE(lang, members.length - 1)} ${shown.join(', ')}`)}`);
    }
  });
  if (f.findings.length === 0) out.push(`  ${c.green(w.clean)}`);
  if (f.accepted) out.push(c.dim(`  ${msg(lang, 'stylish.accepted', { count: f.accepted })}`));
  out.push('');
  return out.join('\n') + '\n';
}

/** The files that were not linted, each with its reason. */
export function formatSkipped(skipped: readonly SkippedFile[], lang: Lang, color: boolean): string {
  const listed = skipped.filter((s) => s.kind !== 'missing');
  if (listed.length === 0) return '';
  const c: Colors = pc.createColors(color);
  const head = msg(lang, 'stylish.notLinted');
  return [c.bold(`${head} (${listed.length})`), ...listed.map((s) => `  ${c.underline(forTerminal(s.path))}: ${c.yellow(forTerminal(s.reason, true))}`), ''].join('\n') + '\n';
}

/** The last line: problems, unreadable and skipped files; red when anything needs the reviewer. */
export function formatTotals(files: readonly FileResult[], lang: Lang, color: boolean, skipped: readonly SkippedFile[] = []): string {
  const c: Colors = pc.createColors(color);
  const w = WORDS[lang];
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const f of files) {
    if (f.error) unreadable++;
    for (const x of f.findings) {
      if (x.severity === 'error') errors++;
      else if (x.severity === 'warning') warnings++;
    }
  }
  const missing = skipped.filter((s) => s.kind === 'missing').length;
  const passed = skipped.length - missing;
  const total = errors + warnings;
  const extra = [
    unreadable ? `${unreadable} ${unreadable === 1 ? w.file : w.files} ${w.unreadable}` : '',
    missing ? `${missing} ${w.notFound}` : '',
    passed ? `${passed} ${w.skipped}` : '',
  ].filter(Boolean);
  const summary = `${total} ${w.problems} (${errors} ${w.errors}, ${warnings} ${w.warnings})${extra.length ? `; ${extra.join('; ')}` : ''}`;
  return (errors > 0 || unreadable > 0 || missing > 0 ? c.red(c.bold(`✖ ${summary}`)) : total > 0 || passed > 0 ? c.yellow(c.bold(`⚠ ${summary}`)) : c.green(`✔ ${summary}`)) + '\n';
}

/** Report text and file names are escaped for the terminal (forTerminal) before colours are added. */
export function formatStylish(files: FileResult[], lang: Lang, color: boolean, opts: StylishOptions = {}): string {
  return files.map((f) => formatStylishFile(f, lang, color, opts)).join('') + formatSkipped(opts.skipped ?? [], lang, color) + formatTotals(files, lang, color, opts.skipped ?? []);
}
