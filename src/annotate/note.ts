/** What a comment or note on a finding says: severity and rule with the message, expected vs. found, where. */
import type { Finding } from '../model.js';
import type { Lang } from '../rule.js';
import { formatLocation } from '../format/location.js';
import { groups } from '../messages.js';

const LABEL = groups('note');

export function noteLines(f: Finding, lang: Lang): string[] {
  const w = LABEL[lang];
  const lines = [`${w[f.severity]} (${f.ruleId}): ${f.message}`];
  if (f.expected !== undefined || f.actual !== undefined) lines.push([f.expected !== undefined ? `${w.expected}: ${f.expected}` : '', f.actual !== undefined ? `${w.actual}: ${f.actual}` : ''].filter(Boolean).join(' · '));
  lines.push(`${w.where}: ${formatLocation(f.location, lang)}${f.location.section ? ` · ${f.location.section}` : ''}`);
  return lines;
}
