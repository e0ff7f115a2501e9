/**
 * Polarity with evidence: the capaian formulas a report states, read symbolically, and the
 * indicator's wording decide which formula a row must follow. On the regional reports (shattered
 * PDF grids, Jawa Barat's lower-is-better formula) and on report text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from './helpers.js';
import { itFindsReviewerFinding as finds, itStaysQuietAt as quietAt } from './gold.js';
import { classifyFormula, negativeByWording } from '../src/facts/polarity.js';

describe('stated capaian formulas', () => {
  it('are classified by what they compute, however they are written', () => {
    expect(classifyFormula('(T - (R - T))/(T)')).toBe('(2T-R)/T');
    // Written on one line, meant as one fraction.
    expect(classifyFormula('T - (R - T) / T')).toBe('(2T-R)/T');
    expect(classifyFormula('(2 x T - R)/T')).toBe('(2T-R)/T');
    expect(classifyFormula('T/R')).toBe('T/R');
    expect(classifyFormula('R T')).toBe('R/T');
    // Realisasi − (Realisasi − Rencana) is Rencana: always 100%.
    expect(classifyFormula('(R-(R-T))/(T)')).toBe('constant');
  });
  // bpbd and dpmdesa state the lower-is-better formula as Realisasi − (Realisasi − Rencana).
  finds('bpbd-jabar-2016', 'bpbd-jabar-2016-017', {}, 'pdf');
  quietAt('bpbd-jabar-2016', 2235, 'pdf');
  finds('dpmdesa-jabar-2016', 'dpmdesa-jabar-2016-007', {}, 'pdf');
});

describe('indicator wording', () => {
  it('knows lower-is-better indicators and the words of improvement that cancel them', () => {
    expect(negativeByWording('Prevalensi gizi buruk')).toBe('Prevalensi');
    expect(negativeByWording('Ratio Kematian Ibu')).toBe('Ratio Kematian');
    expect(negativeByWording('Tingkat Pengangguran Terbuka')).toBeTruthy();
    expect(negativeByWording('Cakupan Persalinan oleh tenaga kesehatan')).toBeNull();
    expect(negativeByWording('Persentase penanganan kasus gizi buruk')).toBeNull();
    expect(negativeByWording('Persentase Kab/Kota yang mencapai Treatment Succes Rate TB')).toBeNull();
    // A wrapped line of the neighbouring row does not cancel the row's own words.
    expect(negativeByWording('Prevalensi gizi buruk | Cakupan Persalinan oleh')).toBe('Prevalensi');
  });
});

describe('capaian by the report\'s own lower-is-better formula', () => {
  // dinkes states (Rencana − (Realisasi − Rencana)) / Rencana and prints Rencana / Realisasi instead.
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-019', { expected: '96,55%', actual: '96,67%' }, 'pdf');
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-022', { expected: '76,77%', actual: '81.15%' }, 'pdf');
  // Rates (`89/100.000 KH`, `86,97/` above `100.000 KH`) whose cells wrapped over two lines of the shattered grid.
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-017', { expected: '102,28%', actual: '102.33%' }, 'pdf');
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-018', { expected: '130,86%', actual: '144.64%' }, 'pdf');
  // The PK table (capaian split `141` | `. 46 %`): fits no formula, the stated one is shown.
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-026', { expected: '130,86%' }, 'pdf');
  // One-indicator tables of 2015 and 2016 (too small to confirm themselves), some with their header
  // lines set apart as tables of their own: confirmed by the arithmetic of every table read alike.
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-040', { expected: '100,88%' }, 'pdf');
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-041', {}, 'pdf');
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-050', { expected: '142,28%' }, 'pdf');
  finds('dinkes-jabar-2016', 'dinkes-jabar-2016-052', { expected: '105,88%' }, 'pdf');
  // Jamban sehat 53,3 / 53 = 100,56 and 66,89 / 53,5 = 125,02: the rows of such a table that hold.
  quietAt('dinkes-jabar-2016', 2702, 'pdf');
  // The same shattered table's higher-is-better rows that hold.
  for (const line of [1390, 1393, 1396]) quietAt('dinkes-jabar-2016', line, 'pdf');
  // dpupr: `wilayah bebas banjir` is higher-is-better by its words, so 80 / 80,53 is not its capaian;
  // the table's rows that hold (100 % for 64,14 / 64 within rounding) stay quiet.
  finds('dpupr-grobogan-2021', 'dpupr-grobogan-2021-006', { expected: '100,66%', actual: '99,34' }, 'pdf');
  for (const line of [12, 18, 25, 31]) quietAt('dpupr-grobogan-2021', line, 'pdf');

  const stated = [
    'a. Semakin tinggi realisasi menunjukkan pencapaian kinerja yang',
    'semakin baik, maka digunakan rumus :',
    'Persentase pencapaian = Realisasi / Rencana X 100%',
    '',
    'b. Semakin tinggi realisasi menunjukkan pencapaian kinerja yang',
    'semakin rendah, maka digunakan rumus :',
    'Persentase pencapaian = (Rencana – (Realisasi - Rencana)) / Rencana X 100%',
    '',
  ].join('\n');
  const table = [
    'NO\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)',
    '1\tPrevalensi gizi buruk\t0,58\t0,6\t96,67%',
    '2\tCakupan Persalinan oleh tenaga kesehatan\t86%\t86%\t100%',
    '3\tPersentasi desa/kelurahan mencapai UCI ≥90%\t91%\t91,07%\t100,08%',
    '4\tAngka keberhasilan Pengobatan TB\t86%\t62%\t72,09%',
    '',
  ].join('\n');
  it('applies the formula the report states to a lower-is-better indicator, and shows both computations', async () => {
    const r = await lintText(`${stated}\n${table}`, { year: 2016 });
    const found = r.findings.filter((f) => f.ruleId === 'capaian');
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['96,55%', '96,67%']]);
    expect(found[0]!.message).toMatch(/Prevalensi/);
    expect(found[0]!.message).toMatch(/0,58 \/ 0,6/);
  });
  it('accepts either lower-is-better formula when the report states none', async () => {
    const r = await lintText(table, { year: 2016 });
    expect(r.findings.filter((f) => f.ruleId === 'capaian')).toEqual([]);
  });
  it('reports a capaian that fits neither polarity, with both computations (immigration table)', async () => {
    const r = await lintText('Indikator\tTarget\tRealisasi\tCapaian\nPersentase Tindakan Administratif Keimigrasian\t90%\t120%\t120%\n', { year: 2024 });
    const found = r.findings.filter((f) => f.ruleId === 'capaian');
    expect(found.map((f) => f.expected)).toEqual(['133,33%']);
    expect(found[0]!.message).toMatch(/\(2 × 90% − 120%\) \/ 90% × 100% = 66,67%/);
  });

  const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'capaian', name), 'utf8');
  it('reads a shattered grid row whose rate cells wrapped over two lines, and applies the stated formula', async () => {
    const r = await lintText(fixture('shattered-rate-rows.txt'), { year: 2016 });
    const found = r.findings.filter((f) => f.ruleId === 'capaian').map((f) => [f.location.line, f.expected, f.actual]);
    // AKI 89 / 86,97 (rows 16-17), AKB 5,8 / 4,01 (rows 19-20), gizi buruk, hipertensi.
    expect(found).toEqual([
      [17, '102,28%', '102.33%'],
      [20, '130,86%', '144.64%'],
      [22, '96,55%', '96,67%'],
      [32, '76,77%', '81.15%'],
    ]);
  });
  it('stays quiet on the same table when every capaian follows the stated formula', async () => {
    const r = await lintText(fixture('shattered-rate-rows-clean.txt'), { year: 2016 });
    expect(r.findings.filter((f) => f.ruleId === 'capaian')).toEqual([]);
  });
});
