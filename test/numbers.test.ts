/** Number parsing: the formats real reports print, and properties over generated values. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber, findNumbers, matchesPrinted, formatLike, formatResult, markBeside } from '../src/numbers.js';
import { lintCorpus } from './helpers.js';

describe('parseNumber', () => {
  it.each([
    ['1.234.567', 1234567, 0],
    ['98,5', 98.5, 1],
    ['Rp 11.121.737.000', 11121737000, 0],
    ['Rp.9.901.777.000,-', 9901777000, 0],
    ['Rp3,558,827,000', 3558827000, 0],
    ['97.87 %', 97.87, 2],
    ['3,1 (Indeks)', 3.1, 1],
    ['91% (Indeks)', 91, 0],
    ['[99,75%]', 99.75, 2],
    ['<b>142.30%</b>', 142.3, 2],
    ['0 ¹¹', 0, 0],
    ['10.979.506.00', 10979506, 2],
    ['37 LHK', 37, 0],
    ['-10.91%', -10.91, 2],
  ])('%s', (text, value, decimals) => {
    const n = parseNumber(text)!;
    expect(n.value).toBeCloseTo(value, 6);
    expect(n.decimals).toBe(decimals);
  });
  it('keeps both readings of an ambiguous 3-digit group', () => {
    expect(parseNumber('6.858')).toMatchObject({ value: 6858, alternative: { value: 6.858 } });
    expect(parseNumber('3,149')).toMatchObject({ value: 3.149, alternative: { value: 3149 } });
  });
  it('is not a number when the cell has two figures or none', () => {
    expect(parseNumber('2 3')).toBeNull();
    expect(parseNumber('Deportasi')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
  it('reads a trailing `.-` like `,-` (BPBD budget table with swapped marks): no negative next figure', () => {
    const got = findNumbers('Kesejahteraan 528,600,000.- 342,281,000.- 64.75 100').map((t) => t.number.value);
    expect(got).toEqual([528600000, 342281000, 64.75, 100]);
    expect(findNumbers('sebesar Rp 649.452.500.- atau sebesar 96,38 %').map((t) => t.number.value)).toEqual([649452500, 96.38]);
  });

  it('skips identifiers in running text', () => {
    expect(findNumbers('Nomor IMI0010 dan B03').map((t) => t.number.value)).toEqual([]);
  });
});

describe('properties', () => {
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      parseNumber(s);
      findNumbers(s);
    }));
  });
  it('round-trips Indonesian and English formatting of amounts and percentages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(',' as const, '.' as const), (cents, decimals, mark) => {
        const value = cents / 100;
        const text = formatLike(value, decimals, { decimalMark: mark });
        const parsed = parseNumber(text)!;
        expect(parsed).not.toBeNull();
        const candidates = [parsed.value, parsed.alternative?.value].filter((v): v is number => v !== undefined);
        expect(candidates.some((v) => Math.abs(v - Number(value.toFixed(decimals))) < 1e-6)).toBe(true);
      }),
    );
  });
  it('a value printed with d decimals matches anything within one unit of the d-th decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 3 }), (v, d) => {
        const printed = { value: Number(v.toFixed(d)), decimals: d };
        expect(matchesPrinted(printed, v)).toBe(true);
        expect(matchesPrinted(printed, v + 2.5 * Math.pow(10, -d))).toBe(false);
      }),
    );
  });
});

describe('figures the linter writes', () => {
  it('in the report\'s own format, thousands grouped from 1.000 up: one rule for every size', () => {
    expect(formatResult(5353.7, { decimalMark: ',', percent: true })).toBe('5.353,7%');
    expect(formatResult(14230.16, { decimalMark: ',', percent: true })).toBe('14.230,16%');
    expect(formatResult(5353.7, { decimalMark: '.', percent: true })).toBe('5,353.7%');
    expect(formatResult(14230.16, { decimalMark: '.', percent: true })).toBe('14,230.16%');
    expect(formatResult(111.111, { decimalMark: ',', percent: true })).toBe('111,11%');
    expect(formatLike(2910, 0, { decimalMark: ',' })).toBe('2.910');
    expect(formatLike(-1000, 0, { decimalMark: '.' })).toBe('-1,000');
    expect(formatLike(999, 0, { decimalMark: ',' })).toBe('999');
  });
});

/** The decimal mark a figure shows (`99.90%` → `.`, `96,67%` → `,`), or null (`100%`, `1.932.000.000`). */
const shownMark = (text: string) => /\d([.,])\d{1,2}%?\)?$/.exec(text.trim())?.[1] ?? null;

describe('a computed figure beside a quoted one', () => {
  it('takes the quoted figure\'s mark, else the report\'s', () => {
    expect(markBeside(parseNumber('99.90%')!, ',')).toBe('.');
    expect(markBeside(parseNumber('96,67%')!, '.')).toBe(',');
    expect(markBeside(parseNumber('1.932.000.000')!, '.')).toBe(',');
    expect(markBeside(parseNumber('3,558,827,000')!, ',')).toBe('.');
    expect(markBeside(parseNumber('100%')!, ',')).toBe(',');
    expect(markBeside(undefined, '.')).toBe('.');
  });

  // siak-2024 writes both `99.90%` and `86,67`: its overall capaian (99.90%) was answered with
  // `= 86,67%`. Each message's recomputed figure is now in the style of the figure it answers.
  it.each(['siak-2024.txt', 'siak-2024.docx', 'cilegon-2021.txt', 'semarang-2024.txt'])('%s: no message answers a figure in the other mark', async (name) => {
    const r = await lintCorpus(name);
    const mixed: string[] = [];
    let checked = 0;
    for (const f of r.findings) {
      const a = f.actual ? shownMark(f.actual) : null;
      const e = f.expected ? shownMark(f.expected) : null;
      // Only a figure the linter computed (`… = 86.67%`); a figure quoted from another table keeps its own print.
      if (!a || !e || !f.message.includes(`= ${f.expected}`)) continue;
      checked++;
      if (a !== e) mixed.push(`${f.ruleId}: ${f.message}`);
    }
    expect(mixed).toEqual([]);
    if (name.startsWith('siak')) {
      expect(checked).toBeGreaterThan(0);
      const overall = r.findings.find((f) => /ditulis 99\.90%/.test(f.message));
      expect(overall?.message).toMatch(/= 86\.67%/);
      expect(overall?.message).not.toMatch(/86,67/);
    }
  });
});
