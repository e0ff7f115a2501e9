/**
 * The parsers never throw on any input, whatever the report contains (fast-check), and the whole
 * lint of arbitrary text finishes with a result.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFormula, latexToLinear } from '../src/formula.js';
import { parseText } from '../src/parse/text.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { findNumbers, parseNumber } from '../src/numbers.js';
import { lintText } from './helpers.js';

/** Text made of the pieces reports are made of, in any order. */
const reportish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('\t', '\n', '\n\n', '$$', '\\frac{', '}{', '}', '\\times', '\\text{', '%', '[', ']', '(', ')', 'Rp', '.', ',', '-', '=', 'x =', 'y = ', 'BAB III', '1.', 'a)', '- ', '¹', 'Tabel 5 :', 'capaian', 'realisasi', 'target', 'Indikator 1 :', 'Rata-rata', 'JUMLAH', '2024', '111,11%', '6.858', 'o)', '|'),
      fc.integer({ min: -1e12, max: 1e12 }).map(String),
      fc.double({ noNaN: true }).map(String),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('parsers never throw', () => {
  it('numbers', () => {
    fc.assert(fc.property(reportish, (s) => {
      parseNumber(s);
      findNumbers(s);
    }), { numRuns: 500 });
  });
  it('formulas (LaTeX and plain)', () => {
    fc.assert(fc.property(reportish, (s) => {
      latexToLinear(s);
      parseFormula(s, 'latex');
      parseFormula(s, 'plain');
    }), { numRuns: 500 });
  });
  it('text and markdown documents', () => {
    fc.assert(fc.property(reportish, (s) => {
      const d = parseText('x.txt', s);
      expect(d.blocks.every((b, k) => b.index === k)).toBe(true);
      parseMarkdown('x.md', s);
    }), { numRuns: 300 });
  });
  it('the whole lint of arbitrary report-like text returns a result', async () => {
    await fc.assert(fc.asyncProperty(reportish.filter((s) => s.length > 0), async (s) => {
      const r = await lintText(s);
      expect(r.error).toBeUndefined();
      expect(Array.isArray(r.findings)).toBe(true);
    }), { numRuns: 150 });
  });
  it('a 400-digit number, a 1 MB line and a table of 20,000 rows', async () => {
    // Beyond a double: no number, no exception (a figure that long is not a report's figure).
    expect(parseNumber('9'.repeat(400))).toBeNull();
    expect(parseNumber('1' + '0'.repeat(20))).toMatchObject({ value: 1e20 });
    const line = 'capaian 100% '.repeat(80_000);
    const r1 = await lintText(`LAPORAN KINERJA TAHUN 2024\n\n${line}\n`);
    expect(r1.error).toBeUndefined();
    const rows = Array.from({ length: 20_000 }, (_, k) => `${k + 1}\tKegiatan ${k + 1}\t${k}\t${k}\t100%`).join('\n');
    const r2 = await lintText(`LAPORAN KINERJA TAHUN 2024\n\nNo\tUraian\tTarget\tRealisasi\tCapaian\n${rows}\n`);
    expect(r2.error).toBeUndefined();
    // Row 1 has target 0: the capaian cannot be computed, every other row is right.
    expect(r2.findings.filter((f) => f.ruleId === 'capaian')).toEqual([]);
  });
});

describe('chapter headings in plain text', () => {
  it('a chapter split over two lines is one heading; a subheading under it stays its own heading', () => {
    const doc = parseText('r.txt', 'BAB III\n\nAKUNTABILITAS KINERJA\n\nTeks.\n\nBAB IV PENUTUP\n\nA. KESIMPULAN\n\nTeks penutup.');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP']);
    expect(doc.blocks.map((b) => b.text)).toContain('A. KESIMPULAN');
  });
});
