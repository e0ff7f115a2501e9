/**
 * RuleTester: runs one rule's documented examples the way ESLint's RuleTester and remark-lint's
 * ok / not-ok fixtures do. Each case is a snippet of a real report linted in its own context
 * (year, unit, profile, the rule's options), with only the rule under test switched on:
 *
 * - a `valid` case must get no finding of the rule;
 * - an `invalid` case must get exactly the findings it states: as many, at those lines of the
 *   snippet, with those expected / actual values and messages, and no other;
 * - a `knownGaps` case is a real one the rule gets wrong today: it must still fail in the way
 *   documented (`misses`, `wrong-finding`, `false-alarm`); when it passes, move it.
 */
import type { Config } from '../src/config.js';
import type { Finding } from '../src/model.js';
import type { ExampleCase, ExpectedFinding, KnownGap, Rule } from '../src/rule.js';
import { allRules } from '../rules/index.js';
import { lintText } from './helpers.js';
export { unitKind } from '../scripts/rule-catalogue.js';

export type Verdict = { ok: true } | { ok: false; today: KnownGap['today']; problem: string };

/** Lint a case's snippet in its context with only `rule` on; that rule's findings. */
export async function runCase(rule: Rule<unknown>, example: ExampleCase): Promise<Finding[]> {
  const { year, unit, profile, options } = example.context;
  const rules: NonNullable<Config['rules']> = {};
  for (const other of allRules) rules[other.id] = other.id === rule.id ? { options: options ?? {} } : 'off';
  const config: Config = { rules, ...(profile?.sections ? { sections: profile.sections } : {}) };
  const result = await lintText(example.text, { year, office: unit, config, lang: 'id' });
  if (result.error) throw new Error(`the snippet could not be linted: ${result.error}`);
  return result.findings.filter((f) => f.ruleId === rule.id);
}

function matches(finding: Finding, spec: ExpectedFinding): boolean {
  return (
    (spec.line === undefined || finding.location.line === spec.line) &&
    (spec.expected === undefined || finding.expected === spec.expected) &&
    (spec.actual === undefined || finding.actual === spec.actual) &&
    (spec.message === undefined || spec.message.test(finding.message))
  );
}

function describeFinding(f: Finding): string {
  return `line ${f.location.line}: ${f.message}${f.expected !== undefined ? ` (expected ${JSON.stringify(f.expected)}` : ' ('}${f.actual !== undefined ? `, actual ${JSON.stringify(f.actual)})` : ')'}`;
}

function describeSpec(s: ExpectedFinding): string {
  const parts = [
    s.line !== undefined ? `line ${s.line}` : 'any line',
    s.expected !== undefined ? `expected ${JSON.stringify(s.expected)}` : '',
    s.actual !== undefined ? `actual ${JSON.stringify(s.actual)}` : '',
    s.message ? `message ${s.message}` : '',
  ];
  return `${s.count ?? 1} × ${parts.filter(Boolean).join(', ')}`;
}

/**
 * Does the rule do what the case says? Stated findings are taken in order, each claiming `count`
 * of the findings not yet claimed that match it (put the more specific ones first).
 */
export function judge(example: ExampleCase, findings: Finding[]): Verdict {
  const got = () => findings.map(describeFinding).join('\n  ');
  if (!example.findings) {
    return findings.length === 0 ? { ok: true } : { ok: false, today: 'false-alarm', problem: `expected no finding, got ${findings.length}:\n  ${got()}` };
  }
  if (findings.length === 0) return { ok: false, today: 'misses', problem: `expected ${example.findings.map(describeSpec).join('; ')}, got no finding` };
  const unclaimed = [...findings];
  const problems: string[] = [];
  for (const spec of example.findings) {
    const want = spec.count ?? 1;
    const claimed = unclaimed.filter((f) => matches(f, spec)).slice(0, want);
    if (claimed.length < want) problems.push(`expected ${describeSpec(spec)}, matched ${claimed.length}`);
    for (const f of claimed) unclaimed.splice(unclaimed.indexOf(f), 1);
  }
  if (unclaimed.length) problems.push(`${unclaimed.length} finding(s) not stated`);
  return problems.length === 0 ? { ok: true } : { ok: false, today: 'wrong-finding', problem: `${problems.join('; ')}; got:\n  ${got()}` };
}

/** A short label for a case in the test names. */
export function caseLabel(example: ExampleCase): string {
  return `${example.name ?? example.text.replace(/\s+/g, ' ').slice(0, 60)} [${example.context.unit}, ${example.context.year}]`;
}
