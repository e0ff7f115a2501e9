/** Every rule's documented examples (cut from the real reports) behave as documented. */
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { lintText } from './helpers.js';

describe.each(allRules.map((r) => [r.id, r] as const))('%s examples', (id, rule) => {
  it('has a description in both languages and at least one example of each kind', () => {
    expect(rule.description.id.length).toBeGreaterThan(5);
    expect(rule.description.en.length).toBeGreaterThan(5);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.valid.map((t) => [t.slice(0, 50), t]))('quiet on: %s', async (_label, text) => {
    const result = await lintText(text, { year: 2024, office: 'Kantor Imigrasi Kelas II TPI Siak' });
    expect(result.findings.filter((f) => f.ruleId === id)).toEqual([]);
  });
  it.each(rule.examples.invalid.map((t) => [t.slice(0, 50), t]))('reports: %s', async (_label, text) => {
    const office = /Cilegon/.test(text) ? 'Kantor Imigrasi Kelas II TPI Cilegon' : 'Kantor Imigrasi Kelas II TPI Siak';
    const result = await lintText(text, { year: /Cilegon/.test(text) ? 2021 : 2024, office });
    expect(result.findings.filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
  });
});
