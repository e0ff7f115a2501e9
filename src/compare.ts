/**
 * The second round of a reviu: an earlier version of a report against its revision (any formats),
 * findings matched by fingerprint: fixed (in the earlier version only), still there (in both),
 * new (in the revision only).
 */
import pc from 'picocolors';
import type { FileResult, Finding } from './model.js';
import type { Lang } from './rule.js';
import { formatLocation } from './format/location.js';
import { forTerminal } from './format/terminal.js';
import { groups, t } from './messages.js';

export interface Comparison {
  old: string;
  new: string;
  fixed: Finding[];
  kept: Finding[];
  added: Finding[];
}

/** Match by fingerprint; a fingerprint repeated n times matches up to n times (`#2` is its own). */
export function compareResults(before: FileResult, after: FileResult): Comparison {
  const oldKeys = new Set(before.findings.map((f) => f.fingerprint ?? ''));
  const newKeys = new Set(after.findings.map((f) => f.fingerprint ?? ''));
  return {
    old: before.path,
    new: after.path,
    fixed: before.findings.filter((f) => !newKeys.has(f.fingerprint ?? '')),
    kept: after.findings.filter((f) => oldKeys.has(f.fingerprint ?? '')),
    added: after.findings.filter((f) => !oldKeys.has(f.fingerprint ?? '')),
  };
}

const WORDS = groups('compare');

export function formatComparison(c: Comparison, lang: Lang, color: boolean): string {
  const p = pc.createColors(color);
  const w = WORDS[lang];
  const out = [`${p.bold(w.title)}: ${forTerminal(c.old)} → ${forTerminal(c.new)}`, ''];
  const section = (title: string, list: Finding[], paint: (s: string) => string) => {
    out.push(paint(`${title} (${list.length})`));
    if (list.length === 0) out.push(p.dim(`  ${w.none}`));
    const locs = list.map((f) => forTerminal(formatLocation(f.location)));
    const width = Math.max(5, ...locs.map((s) => s.length));
    list.forEach((f, k) => out.push(`  ${p.dim(locs[k]!.padStart(width))}  ${forTerminal(f.message, true)}  ${p.dim(forTerminal(f.ruleId))}`));
    out.push('');
  };
  section(w.fixed, c.fixed, p.green);
  section(w.kept, c.kept, p.yellow);
  section(w.added, c.added, p.red);
  const line = t(lang, 'compare.summary', { fixed: c.fixed.length, kept: c.kept.length, added: c.added.length });
  out.push(c.added.some((f) => f.severity === 'error') || c.kept.some((f) => f.severity === 'error') ? p.red(p.bold(`✖ ${line}`)) : p.green(`✔ ${line}`));
  return out.join('\n') + '\n';
}
