/**
 * The second round of a reviu: an earlier version of a report against its revision (any formats),
 * findings matched by fingerprint: fixed (in the earlier version only), still there (in both),
 * new (in the revision only).
 */
import pc from 'picocolors';
import type { Finding } from './model.js';
import type { Lang } from './rule.js';
import { formatLocation } from './format/location.js';
import { forTerminal } from './format/terminal.js';
import { t } from './messages.js';

export { compareResults, type Comparison } from './compare-match.js';
import type { Comparison } from './compare-match.js';

/** `diperbaiki` → `Diperbaiki`: the catalogue's words as section heads. */
const head = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function formatComparison(c: Comparison, lang: Lang, color: boolean): string {
  const p = pc.createColors(color);
  const out = [`${p.bold(t(lang, 'compare.title'))}: ${forTerminal(c.old)} → ${forTerminal(c.new)}`, ''];
  const section = (title: string, list: Finding[], paint: (s: string) => string) => {
    out.push(paint(`${title} (${list.length})`));
    if (list.length === 0) out.push(p.dim(`  ${t(lang, 'compare.none')}`));
    const locs = list.map((f) => forTerminal(formatLocation(f.location)));
    const width = Math.max(5, ...locs.map((s) => s.length));
    list.forEach((f, k) => out.push(`  ${p.dim(locs[k]!.padStart(width))}  ${forTerminal(f.message, true)}  ${p.dim(forTerminal(f.ruleId))}`));
    out.push('');
  };
  section(head(t(lang, 'compare.fixed')), c.fixed, p.green);
  section(head(t(lang, 'compare.kept')), c.kept, p.yellow);
  section(head(t(lang, 'compare.added')), c.added, p.red);
  const line = t(lang, 'compare.counts', { fixed: c.fixed.length, kept: c.kept.length, added: c.added.length });
  out.push(c.added.some((f) => f.severity === 'error') || c.kept.some((f) => f.severity === 'error') ? p.red(p.bold(`✖ ${line}`)) : p.green(`✔ ${line}`));
  return out.join('\n') + '\n';
}
