/**
 * Every rule's documented examples (cut from real reports of immigration offices and of regional
 * units) behave as documented, each in its own context: valid cases stay quiet, invalid cases get
 * exactly the stated findings, known gaps still fail the way their note says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { withCatalogue } from '../scripts/rule-catalogue.js';
import { caseLabel, judge, runCase, unitKind } from './rule-tester.js';

describe.each(allRules.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
  const { valid, invalid, knownGaps = [] } = rule.examples;

  it('has a description in both languages, and valid and invalid cases from two kinds of unit, one not an immigration office', () => {
    expect(rule.description.id.length).toBeGreaterThan(5);
    expect(rule.description.en.length).toBeGreaterThan(5);
    expect(valid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeGreaterThan(0);
    // A real case of another unit that the rule gets wrong counts, as a known gap, for its side.
    const quietSide = [...valid, ...knownGaps.filter((g) => !g.case.findings).map((g) => g.case)];
    const reportSide = [...invalid, ...knownGaps.filter((g) => g.case.findings).map((g) => g.case)];
    for (const cases of [quietSide, reportSide]) {
      const kinds = new Set(cases.map((c) => unitKind(c.context.unit)));
      expect(kinds.size, [...kinds].join(', ')).toBeGreaterThanOrEqual(2);
      expect([...kinds].some((k) => k !== 'kantor imigrasi'), [...kinds].join(', ')).toBe(true);
    }
    for (const c of invalid) expect(c.findings?.length, caseLabel(c)).toBeGreaterThan(0);
    for (const c of valid) expect(c.findings, caseLabel(c)).toBeUndefined();
  });

  it.each(valid.map((c) => [caseLabel(c), c] as const))('quiet on: %s', async (_label, example) => {
    const verdict = judge(example, await runCase(rule, example));
    expect(verdict.ok ? '' : verdict.problem).toBe('');
  });

  it.each(invalid.map((c) => [caseLabel(c), c] as const))('reports: %s', async (_label, example) => {
    const verdict = judge(example, await runCase(rule, example));
    expect(verdict.ok ? '' : verdict.problem).toBe('');
  });

  if (knownGaps.length) {
    it.each(knownGaps.map((g) => [caseLabel(g.case), g] as const))('known gap, still %s', async (_label, gap) => {
      const verdict = judge(gap.case, await runCase(rule, gap.case));
      expect(verdict.ok, `the rule now gets this right (${gap.why}): move the case into ${gap.case.findings ? 'invalid' : 'valid'}`).toBe(false);
      if (!verdict.ok) expect(verdict.today, verdict.problem).toBe(gap.today);
    });
  }
});

describe('the README', () => {
  it("shows every rule's first valid and invalid example as the rules have them (npm run rule-docs)", () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    expect(withCatalogue(readme, allRules)).toBe(readme);
  });
});
