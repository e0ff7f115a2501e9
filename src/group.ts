/**
 * Findings with one cause shown as one: the same leftover pattern in one chapter (23 bracketed
 * entries of one contents list, every `[nama satker]` of a section), one misnumbered sequence,
 * one message repeated. A group is the rule, the chapter and the message with what it quotes
 * taken out (leftover rules) or the message itself (every other rule: two different wrong figures
 * are two defects, never one group). Each finding keeps its place; JSON keeps every finding and
 * gives it its group's key.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './model.js';
import { chapterKey } from './fingerprint.js';

/** Rules whose findings are template leftovers: one pattern repeated is one cause. */
const PATTERN_RULES = new Set(['placeholder', 'bracketed-value', 'unresolved-choice', 'numbering']);

function causeOf(f: Finding): string {
  const message = PATTERN_RULES.has(f.ruleId) ? f.message.replace(/["“][^"”]*["”]/g, '"…"').replace(/\d+/g, '#') : f.message;
  return [f.ruleId, f.severity, chapterKey(f.location.section), message].join('\u0001');
}

export interface FindingGroup {
  key: string;
  /** Indexes into the findings, in report order. */
  members: number[];
}

/** Groups of two or more findings with one cause, in the order of their first member. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byCause = new Map<string, number[]>();
  findings.forEach((f, k) => {
    const c = causeOf(f);
    const list = byCause.get(c);
    if (list) list.push(k);
    else byCause.set(c, [k]);
  });
  const groups: FindingGroup[] = [];
  for (const [cause, members] of byCause) {
    if (members.length < 2) continue;
    groups.push({ key: createHash('sha256').update(cause).digest('hex').slice(0, 12), members });
  }
  return groups.sort((a, b) => a.members[0]! - b.members[0]!);
}

/** Sets `group` on every finding that belongs to a group (JSON, SARIF, the web page read it). */
export function markGroups(findings: Finding[]): FindingGroup[] {
  const groups = groupFindings(findings);
  for (const g of groups) for (const k of g.members) findings[k]!.group = g.key;
  return groups;
}
