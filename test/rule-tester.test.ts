/** The RuleTester's judgement: what makes a valid, an invalid and a known-gap case pass or fail. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model.js';
import type { ExampleCase } from '../src/rule.js';
import { judge, unitKind } from './rule-tester.js';

const context = { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' };
function finding(line: number, expected?: string, actual?: string, message = 'Capaian 80,53 / 80 × 100% = 100,66%'): Finding {
  return { ruleId: 'capaian', severity: 'error', message, location: { line }, excerpt: '', ...(expected ? { expected } : {}), ...(actual ? { actual } : {}) };
}
const invalid = (findings: ExampleCase['findings']): ExampleCase => ({ text: 'x', context, findings });

describe('judge', () => {
  it('a valid case passes with no finding and is a false alarm with one', () => {
    expect(judge({ text: 'x', context }, [])).toEqual({ ok: true });
    expect(judge({ text: 'x', context }, [finding(1)])).toMatchObject({ ok: false, today: 'false-alarm' });
  });
  it('an invalid case passes only with exactly the stated findings', () => {
    const spec = invalid([{ line: 9, expected: '100,66%', actual: '99,34 %', message: /100,66%/ }]);
    expect(judge(spec, [finding(9, '100,66%', '99,34 %')])).toEqual({ ok: true });
    expect(judge(spec, [])).toMatchObject({ ok: false, today: 'misses' });
    expect(judge(spec, [finding(8, '100,66%', '99,34 %')])).toMatchObject({ ok: false, today: 'wrong-finding' });
    expect(judge(spec, [finding(9, '100,6%', '99,34 %')])).toMatchObject({ ok: false, today: 'wrong-finding' });
    expect(judge(spec, [finding(9, '100,66%', '99,34 %', 'another message')])).toMatchObject({ ok: false, today: 'wrong-finding' });
    expect(judge(spec, [finding(9, '100,66%', '99,34 %'), finding(12, '1', '2')])).toMatchObject({ ok: false, today: 'wrong-finding' });
  });
  it('counts: two findings stated as count 2, each finding claimed once', () => {
    expect(judge(invalid([{ line: 1, count: 2 }]), [finding(1), finding(1)])).toEqual({ ok: true });
    expect(judge(invalid([{ line: 1, count: 2 }]), [finding(1)])).toMatchObject({ ok: false, today: 'wrong-finding' });
    expect(judge(invalid([{ line: 1 }, { line: 1 }]), [finding(1)])).toMatchObject({ ok: false, today: 'wrong-finding' });
  });
});

describe('unitKind', () => {
  it('tells an immigration office from the regional units', () => {
    expect(unitKind('Kantor Imigrasi Kelas II TPI Siak')).toBe('kantor imigrasi');
    expect(unitKind('Dinas Kesehatan Provinsi Jawa Barat')).toBe('dinas');
    expect(unitKind('Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat')).toBe('badan');
    expect(unitKind('Rumah Sakit Jiwa Provinsi Jawa Barat')).toBe('rumah sakit');
    expect(unitKind('Kejaksaan Negeri Sleman')).toBe('kejaksaan');
  });
});
