/**
 * The numeric rules on the real reports: the defects the reviewer marked in the gold are found
 * (with the expected / actual values the reviewer wrote down), the clean checks nearby stay quiet
 * (incl. values that only match within rounding), and a mutation test: change one number in real
 * report text and the linter must report that place and nothing new.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpusPath, lintCorpus, lintText } from './helpers.js';
import { itFindsReviewerFinding as finds, itStaysQuietAt as quietAt } from './gold.js';
import type { FileResult } from '../src/model.js';

describe('capaian', () => {
  // siak's capaian table: realisasi / target recomputed; 0 / 90 = 0% and a mean that holds are right.
  finds('siak-2024', '000-050', { expected: '133,33%', actual: '120%' });
  finds('siak-2024', '000-055', { expected: '111,11%', actual: '100%' });
  for (const line of [491, 493]) quietAt('siak-2024', line);
  // cilegon's missing ×100, also inside year groups; values truncated rather than rounded are accepted.
  for (const id of ['003-020', '003-021', '003-022', '003-023', '003-024', '003-025', '003-026', '003-027', '003-028']) finds('cilegon-2021', id);
  for (const line of [464, 467, 468, 469, 470, 471, 472, 502]) quietAt('cilegon-2021', line);
  // Trend tables (resolved / handled): OCR rows `2020 o) o] 0%` are 0 / 0 shown as 0%; rows that hold stay quiet.
  for (const id of ['002-018', '002-019', '002-020']) finds('semarang-2024', id);
  for (const line of [1771, 1774]) quietAt('semarang-2024', line);
  quietAt('siak-2024', 683);
});

describe('formula', () => {
  // A result that does not follow from the fraction; division by zero; the formulas that hold.
  finds('siak-2024', '000-098', { expected: '39,68%', actual: '0,3968%' });
  finds('siak-2024', '000-083');
  for (const line of [561, 571, 661, 671, 767, 777, 814, 941, 953, 982, 1084, 1110]) quietAt('siak-2024', line);
  // cilegon: missing ×100, inverted fraction.
  for (const id of ['003-029', '003-030', '003-031']) finds('cilegon-2021', id);
  it('reads plain-text formulas (as PDF and OCR text write them), quiet when they hold', async () => {
    const bad = await lintText('x = 6 / 6 × 100% = 90%\n', { year: 2024 });
    expect(bad.findings.filter((f) => f.ruleId === 'formula').map((f) => f.expected)).toEqual(['100%']);
    const good = await lintText('y = 100% / 90% × 100%\n\ny = 111,11%\n', { year: 2024 });
    expect(good.findings.filter((f) => f.ruleId === 'formula')).toEqual([]);
  });
  it('flags an empty fraction', async () => {
    const r = await lintText('$$x = \\frac{\\dots}{\\dots} \\times 100\\%$$\n', { year: 2024 });
    expect(r.findings.some((f) => f.ruleId === 'formula' && /pecahan kosong/.test(f.message))).toBe(true);
  });
});

describe('table-arithmetic', () => {
  // Totals and budget percentages that do not compute.
  finds('siak-2024', '000-026', { expected: '22', actual: '25' });
  finds('siak-2024', '000-139', { expected: '29.581.000' });
  finds('cilegon-2021', '003-035', { expected: '56.74%', actual: '97.83%' });
  finds('cilegon-2021', '003-033');
  // Program rows that repeat the sum of their activities are not counted twice.
  for (const line of [1157, 1166, 1169, 1173, 1176, 1328]) quietAt('siak-2024', line);
  for (const line of [479, 482, 484, 485, 509, 510, 520, 521]) quietAt('cilegon-2021', line);
});

describe('mutation test on real report text', () => {
  const original = readFileSync(corpusPath('siak-2024.txt'), 'utf8');
  // A finding is new when its rule and place are new: a finding that was already there may change its
  // expected value when a figure it summarises changes (an overall mean, a reference line).
  const key = (f: FileResult['findings'][number]) => `${f.ruleId}|${f.location.line}|${f.location.cell}|${f.location.column}`;
  const mutate = async (line: number, from: string, to: string) => {
    const lines = original.split('\n');
    expect(lines[line - 1]).toContain(from);
    lines[line - 1] = lines[line - 1]!.replace(from, to);
    const before = await lintCorpus('siak-2024.txt');
    const after = await lintText(lines.join('\n'), {}, 'siak-mutated.txt');
    const old = new Set(before.findings.map(key));
    // Bracket warnings quote the changed text; the numeric rules are what this test is about.
    return after.findings.filter((f) => f.ruleId !== 'bracketed-value' && !old.has(key(f)));
  };
  it('a changed capaian is reported at the changed place and nowhere else', async () => {
    const added = await mutate(495, '100%\t[100%]\t[100%]', '100%\t[100%]\t[90%]');
    // The changed cell, and the Rata-rata row below it that now averages 100 and 90.
    expect(added.map((f) => [f.ruleId, f.location.line])).toEqual([['capaian', 495], ['capaian', 497]]);
  });
  it('a changed formula result is reported at that formula and nowhere else', async () => {
    const added = await mutate(663, 'x = 100', 'x = 96');
    expect(added.map((f) => [f.ruleId, f.location.line])).toEqual([['formula', 661]]);
    expect(added[0]!.location.endLine).toBe(663);
  });
  it('a changed total is reported at the total row and nowhere else', async () => {
    const added = await mutate(1169, '[Rp 6,042,755,000]', '[Rp 6,042,756,000]');
    expect(added.map((f) => [f.ruleId, f.location.line])).toEqual([['table-arithmetic', 1169]]);
  });
});

describe('rows of tables that lost their grid (OCR)', () => {
  // The rows that do not add up when the others do.
  finds('semarang-2024', '002-065', { expected: '27.918', actual: '27.018' });
  finds('semarang-2024', '002-066', { expected: '79.592' });
  finds('semarang-2024', '002-068', { actual: '3.000' });
  for (const line of [5174, 5176, 5180, 5193, 5216, 5276, 559]) quietAt('semarang-2024', line);
});

describe('prose-arithmetic', () => {
  // RM + PNBP = 9.579.378.000, not the 11.121.737.000 of the sentence before.
  finds('siak-2024', '000-043');
  finds('semarang-2024', '002-013', { expected: 'Rp92.788.660.000' });
  finds('semarang-2024', '002-007', { expected: '95', actual: '93' });
  finds('semarang-2024', '002-051', { expected: '67,13%', actual: '98,59%' });
  finds('semarang-2024', '002-052', { actual: '98,59%' });
  // Correct ones: RM + PNBP (1470), 95,01% (110), 253,50% (116), 99,97% (4113), 97,82% (4387).
  for (const line of [110, 116, 1470, 2734, 4113, 4387, 4390, 4394]) quietAt('semarang-2024', line);
  quietAt('cilegon-2021', 88);
});

describe('capaian-consistency', () => {
  it('a column number read from a table header, `(1)`, is not a stated target; a figure after the same word is', async () => {
    // siak's capaian table row, then semarang's OCR'd Perjanjian Kinerja header (`... Target` / `(1)`).
    const table = 'BAB III AKUNTABILITAS KINERJA\n\nSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\nOptimalnya penegakan hukum\tPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani\t90%\t100%\t111,11%\n\n';
    const r = await lintText(`${table}Sasaran Strategis Persentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani Target\n(1)\n\nPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani dengan Target\n80%\n`);
    expect(r.findings.filter((f) => f.ruleId === 'capaian-consistency').map((f) => [f.location.line, f.actual, f.expected])).toEqual([[10, '80%', '90%']]);
  });
  // The Ringkasan and the Kesimpulan say 120%; BAB III computes 6/6 = 100% and 100%/90% = 111,11%.
  finds('siak-2024', '000-005', { expected: '111,11%', actual: '120%' });
  finds('siak-2024', '000-177', { expected: '111,11%', actual: '120%' });
  // The capaian table's realisasi 120% against x = 6/6 × 100% = 100%.
  finds('siak-2024', '000-049', { expected: '100%' });
  // The formula's 100/100 against the trend table's 114 of 114 for 2024.
  finds('siak-2024', '000-117', { expected: '114 / 114', actual: '100 / 100' });
  // "realisasi dibanding target ... 0%" for Pro Yustisia is right: 0 / 90.
  quietAt('siak-2024', 599);
  // The capaian table is the reference when its own arithmetic holds (OCR rows too).
  finds('semarang-2024', '002-037', { expected: '107,26%', actual: '111,11%' });
  finds('semarang-2024', '002-036', { expected: '107,26%' });
  finds('semarang-2024', '002-049');
  for (const line of [93, 100, 104, 107, 1543, 1807, 2020, 5573, 5585, 5594]) quietAt('semarang-2024', line);
  // Capaian-table targets against the Perjanjian Kinerja.
  for (const id of ['003-040', '003-041', '003-042']) finds('cilegon-2021', id, { expected: '3,11' });
  for (const line of [327, 329]) quietAt('cilegon-2021', line);
  // Overall figures against the tables they summarise: the dashboard says 91.71%, the text 173.32% twice.
  for (const id of ['003-044', '003-050']) finds('cilegon-2021', id, { expected: '91.71%', actual: '173.32%' });
  finds('cilegon-2021', '003-048', { expected: '99.46%', actual: '152.31 %' });
  for (const line of [88, 573]) quietAt('cilegon-2021', line);
  finds('siak-2024', '000-182', { expected: '86,67%' });
});

describe('budget-consistency', () => {
  // The DIPA paragraph, the capaian table's Anggaran row and the Ringkasan against the year's budget table.
  finds('siak-2024', '000-044', { expected: 'Rp 9,579,378,000' });
  finds('siak-2024', '000-045', { expected: '2.249.552.000' });
  finds('siak-2024', '000-063', { actual: 'Rp 11.121.737.000' });
  finds('cilegon-2021', '003-037', { expected: '7.231.951.592' });
  // Figures of lines that lost their grid: 2024 is the last column of the last block of rows.
  finds('semarang-2024', '002-014', { expected: 'Rp 9.561.612.000' });
  for (const line of [110, 112, 1470, 4113]) quietAt('semarang-2024', line);
});

describe('count-consistency', () => {
  // "memperhatikan 4 variabel, yaitu:" and three weighted variables (75% + 10% + 15% = 100%).
  finds('siak-2024', '000-164', { expected: '3', actual: '4' });
  // Counts that their lists confirm.
  for (const line of [120, 143, 622, 678, 685]) quietAt('cilegon-2021', line);
  for (const line of [68, 78, 116, 143, 485]) quietAt('siak-2024', line);
  for (const line of [213, 255, 1069, 1130, 1507]) quietAt('semarang-2024', line);
});

describe('identifier-consistency', () => {
  // A decree number with one character changed; one person with two NIPs.
  finds('semarang-2024', '002-005', { expected: 'IMI-0229.PR.01.01', actual: 'IMI-0029.PR.01.01' });
  finds('siak-2024', '000-187', { expected: '196808191994031002', actual: '196809191994031002' });
});
