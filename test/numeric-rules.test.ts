/**
 * The numeric rules on the real reports: capaian, formula, table arithmetic — the reviewer's
 * findings, the correct values nearby (incl. ones that only match within rounding), and a mutation
 * test: change one number in real report text and the linter must report that place and nothing new.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpusPath, lintCorpus, lintText } from './helpers.js';
import type { FileResult } from '../src/model.js';

const at = (r: FileResult, rule: string, line: number) => r.findings.filter((f) => f.ruleId === rule && f.location.line !== undefined && f.location.line <= line && (f.location.endLine ?? f.location.line) >= line);

describe('capaian', () => {
  it('recomputes realisasi / target in the siak capaian table', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(at(r, 'capaian', 492)[0]).toMatchObject({ expected: '133,33%', actual: '120%' });
    expect(at(r, 'capaian', 494)[0]).toMatchObject({ expected: '111,11%', actual: '100%' });
    expect(at(r, 'capaian', 491)).toEqual([]); // 0 / 90 = 0%
    expect(at(r, 'capaian', 493)).toEqual([]); // (0 + 120) / 2 = 60% holds within the table
    expect(at(r, 'capaian', 496)).toEqual([]); // 3,1 / 3.1 = 100%
  });
  it('finds the missing ×100 in cilegon, also inside year groups, and accepts truncated values', async () => {
    const r = await lintCorpus('cilegon-2021.txt');
    for (const line of [499, 500, 501, 559, 560, 561, 606, 632, 660]) expect(at(r, 'capaian', line).length, `line ${line}`).toBe(1);
    expect(at(r, 'capaian', 500)[0]!.message).toMatch(/323 \/ 3,15 × 100% = 10,253\.97%; laporan menulis 102\.53% \(×100 terlewat\)/);
    for (const line of [464, 467, 468, 469, 470, 471, 472, 502]) expect(at(r, 'capaian', line), `line ${line}`).toEqual([]);
  });
  it('checks trend tables (resolved / handled); 0/0 as 100% is a convention, 0/0 as 0% is not', async () => {
    const r = await lintCorpus('siak-2024.txt');
    // 2020-2023 write 0 / 0 as 100%; 2024 writes it as 0%, which contradicts them.
    const zero = r.findings.filter((f) => f.ruleId === 'capaian' && f.location.line! >= 580 && f.location.line! <= 590);
    expect(zero.map((f) => f.location.line)).toEqual([589]);
    expect(zero[0]!.message).toContain('baris 585 menulis 0 / 0 sebagai 100%');
    // OCR rows: `2020 o) o] 0%` is 0 / 0 shown as 0%.
    const semarang = await lintCorpus('semarang-2024.txt');
    for (const line of [1770, 1772, 1773]) expect(at(semarang, 'capaian', line), `line ${line}`).toHaveLength(1);
    for (const line of [1771, 1774]) expect(at(semarang, 'capaian', line), `line ${line}`).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'capaian' && f.location.line! >= 683 && f.location.line! <= 687)).toEqual([]);
  });
});

describe('formula', () => {
  it('flags a result that does not follow from the fraction, and division by zero', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(at(r, 'formula', 712)[0]).toMatchObject({ expected: '39,68%', actual: '0,3968%' });
    expect(at(r, 'formula', 612)[0]?.message).toMatch(/pembagian dengan nol/);
    for (const line of [561, 571, 661, 671, 767, 777, 814, 941, 953, 982, 1084, 1110]) expect(at(r, 'formula', line), `line ${line}`).toEqual([]);
  });
  it('flags the cilegon formulas (missing ×100, inverted fraction)', async () => {
    const r = await lintCorpus('cilegon-2021.txt');
    expect(at(r, 'formula', 614)[0]?.message).toMatch(/×100/);
    expect(at(r, 'formula', 638).length).toBe(1);
    expect(at(r, 'formula', 668).length).toBe(1);
  });
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
  it('flags totals and budget percentages that do not compute', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    expect(at(siak, 'table-arithmetic', 256)[0]).toMatchObject({ expected: '22', actual: '25' });
    expect(at(siak, 'table-arithmetic', 1149)[0]).toMatchObject({ expected: '29.581.000' });
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(at(cilegon, 'table-arithmetic', 518)[0]).toMatchObject({ expected: '56.74%', actual: '97.83%' });
    expect(at(cilegon, 'table-arithmetic', 522).length).toBeGreaterThan(0);
  });
  it('does not double-count program rows that repeat the sum of their activities', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    expect(at(siak, 'table-arithmetic', 1157)).toEqual([]);
    for (const line of [1166, 1167, 1168, 1169, 1173, 1176, 1328]) expect(at(siak, 'table-arithmetic', line), `line ${line}`).toEqual([]);
    const cilegon = await lintCorpus('cilegon-2021.txt');
    for (const line of [479, 482, 484, 485, 509, 510, 520, 521]) expect(at(cilegon, 'table-arithmetic', line), `line ${line}`).toEqual([]);
  });
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
  it('flags the rows that do not add up when the others do', async () => {
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(at(semarang, 'table-arithmetic', 5172)[0]).toMatchObject({ expected: '27.918', actual: '27.018' });
    expect(at(semarang, 'table-arithmetic', 5178)[0]).toMatchObject({ expected: '79.592' });
    expect(at(semarang, 'table-arithmetic', 5229)[0]).toMatchObject({ actual: '3.000' });
    for (const line of [5174, 5176, 5180, 5193, 5216, 5276, 559]) expect(at(semarang, 'table-arithmetic', line), `line ${line}`).toEqual([]);
  });
});

describe('prose-arithmetic', () => {
  it('adds up budget breakdowns and staff counts, and recomputes realisasi percentages', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    // RM + PNBP = 9.579.378.000, not the 11.121.737.000 of the sentence before; the belanja split is right.
    expect(at(siak, 'prose-arithmetic', 469)).toHaveLength(1);
    expect(at(siak, 'prose-arithmetic', 469)[0]!.message).toContain('Rp 4.203.625.000 + Rp 5.375.753.000');
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(at(semarang, 'prose-arithmetic', 1467)[0]).toMatchObject({ expected: 'Rp92.788.660.000' });
    expect(at(semarang, 'prose-arithmetic', 552)[0]).toMatchObject({ expected: '95', actual: '93' });
    expect(at(semarang, 'prose-arithmetic', 4378)[0]).toMatchObject({ expected: '67,13%', actual: '98,59%' });
    expect(at(semarang, 'prose-arithmetic', 4381)[0]).toMatchObject({ actual: '98,59%' });
    // Correct ones: RM + PNBP (1470), 95,01% (110), 253,50% (116), 99,97% (4113), 97,82% (4387).
    for (const line of [110, 116, 1470, 2734, 4113, 4387, 4390, 4394]) expect(at(semarang, 'prose-arithmetic', line), `line ${line}`).toEqual([]);
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(at(cilegon, 'prose-arithmetic', 88)).toEqual([]);
  });
});

describe('capaian-consistency', () => {
  it('a column number read from a table header, `(1)`, is not a stated target; a figure after the same word is', async () => {
    // siak's capaian table row, then semarang's OCR'd Perjanjian Kinerja header (`... Target` / `(1)`).
    const table = 'BAB III AKUNTABILITAS KINERJA\n\nSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\nOptimalnya penegakan hukum\tPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani\t90%\t100%\t111,11%\n\n';
    const r = await lintText(`${table}Sasaran Strategis Persentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani Target\n(1)\n\nPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani dengan Target\n80%\n`);
    expect(r.findings.filter((f) => f.ruleId === 'capaian-consistency').map((f) => [f.location.line, f.actual, f.expected])).toEqual([[10, '80%', '90%']]);
  });
  it('compares what the summary and the conclusion say with the calculation in BAB III', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    // Ringkasan and Kesimpulan say 120%; BAB III computes 6/6 = 100% and 100%/90% = 111,11%.
    expect(at(siak, 'capaian-consistency', 78)[0]).toMatchObject({ expected: '111,11%', actual: '120%' });
    expect(at(siak, 'capaian-consistency', 1350)[0]).toMatchObject({ expected: '111,11%', actual: '120%' });
    // The capaian table's realisasi 120% against x = 6/6 × 100% = 100%.
    expect(at(siak, 'capaian-consistency', 492)[0]).toMatchObject({ expected: '100%' });
    // The formula's 100/100 against the trend table's 114 of 114 for 2024.
    expect(at(siak, 'capaian-consistency', 941)[0]).toMatchObject({ expected: '114 / 114', actual: '100 / 100' });
    // "realisasi dibanding target ... 0%" for Pro Yustisia is right: 0 / 90.
    expect(at(siak, 'capaian-consistency', 599)).toEqual([]);
  });
  it('takes the capaian table as the reference when its own arithmetic holds (OCR rows too)', async () => {
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(at(semarang, 'capaian-consistency', 2581)[0]).toMatchObject({ expected: '107,26%', actual: '111,11%' });
    expect(at(semarang, 'capaian-consistency', 2576)[0]).toMatchObject({ expected: '107,26%' });
    expect(at(semarang, 'capaian-consistency', 4259)[0]!.message).toContain('bukan realisasinya');
    // Statements that agree with Tabel 5.
    for (const line of [93, 100, 104, 107, 1543, 1807, 2020, 5573, 5585, 5594]) expect(at(semarang, 'capaian-consistency', line), `line ${line}`).toEqual([]);
  });
  it('checks capaian-table targets against the Perjanjian Kinerja', async () => {
    const cilegon = await lintCorpus('cilegon-2021.txt');
    for (const line of [500, 560, 632]) expect(at(cilegon, 'capaian-consistency', line)[0], `line ${line}`).toMatchObject({ expected: '3,11' });
    for (const line of [327, 328, 329, 499, 501]) expect(at(cilegon, 'capaian-consistency', line), `line ${line}`).toEqual([]);
  });
  it('checks overall figures against the tables they summarise', async () => {
    const cilegon = await lintCorpus('cilegon-2021.txt');
    // The dashboard says performance 91.71%; the text says 173.32% twice.
    for (const line of [537, 709]) expect(at(cilegon, 'capaian-consistency', line)[0], `line ${line}`).toMatchObject({ expected: '91.71%', actual: '173.32%' });
    expect(at(cilegon, 'capaian-consistency', 575)[0]).toMatchObject({ expected: '99.46%', actual: '152.31 %' });
    // "capaian seluruh indikator kinerja ... 99.46%" and "Performance ... mencapai 91.71%" agree.
    for (const line of [88, 573]) expect(at(cilegon, 'capaian-consistency', line), `line ${line}`).toEqual([]);
    const siak = await lintCorpus('siak-2024.txt');
    expect(at(siak, 'capaian-consistency', 1357)[0]!.message).toContain('86,67%');
    expect(at(siak, 'capaian-consistency', 818)).toEqual([]);
  });
});

describe('budget-consistency', () => {
  it("checks the DIPA paragraph, the Ringkasan and the capaian table against the year's budget table", async () => {
    const siak = await lintCorpus('siak-2024.txt');
    const dipa = at(siak, 'budget-consistency', 469);
    expect(dipa.map((f) => f.expected)).toEqual(['Rp 9,579,378,000', 'Rp 2,249,552,000; Rp 5,711,936,000; Rp 1,617,890,000']);
    expect(at(siak, 'budget-consistency', 498)[0]).toMatchObject({ actual: 'Rp 11.121.737.000' });
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(at(cilegon, 'budget-consistency', 88)[0]).toMatchObject({ expected: '7.231.951.592; 83.97%' });
    // Figures of lines that lost their grid: 2024 is the last column of the last block of rows.
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(at(semarang, 'budget-consistency', 1468)[0]).toMatchObject({ expected: 'Rp 9.561.612.000; Rp 76.655.678.000' });
    for (const line of [110, 112, 1470, 2108, 4113]) expect(at(semarang, 'budget-consistency', line), `line ${line}`).toEqual([]);
    // Weights of the SMART components are not the absorption.
    for (const line of [1199, 1200, 1201]) expect(at(siak, 'budget-consistency', line), `line ${line}`).toEqual([]);
  });
});

describe('count-consistency', () => {
  it('compares an announced count with the list that follows it', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    // "memperhatikan 4 variabel, yaitu:" and three weighted variables (75% + 10% + 15% = 100%).
    expect(at(siak, 'count-consistency', 1227)[0]).toMatchObject({ expected: '3', actual: '4' });
    // "8 area perubahan" and seven items: two areas were typed into one item.
    expect(at(siak, 'count-consistency', 1002)[0]).toMatchObject({ expected: '7', actual: '8' });
    const semarang = await lintCorpus('semarang-2024.txt');
    // Two indicators announced, a third (of another sasaran) listed under them.
    expect(at(semarang, 'count-consistency', 5579)[0]).toMatchObject({ expected: '3', actual: '2' });
    // Counts that their lists confirm.
    const cilegon = await lintCorpus('cilegon-2021.txt');
    for (const line of [120, 143, 622, 678, 685]) expect(at(cilegon, 'count-consistency', line), `cilegon ${line}`).toEqual([]);
    for (const line of [68, 78, 116, 143, 485]) expect(at(siak, 'count-consistency', line), `siak ${line}`).toEqual([]);
    for (const line of [213, 255, 1069, 1130, 1507]) expect(at(semarang, 'count-consistency', line), `semarang ${line}`).toEqual([]);
  });
});

describe('identifier-consistency', () => {
  it('finds a decree number with one character changed, and one person with two NIPs', async () => {
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(at(semarang, 'identifier-consistency', 85)[0]).toMatchObject({ expected: 'IMI-0229.PR.01.01', actual: 'IMI-0029.PR.01.01' });
    const siak = await lintCorpus('siak-2024.txt');
    expect(at(siak, 'identifier-consistency', 1458)[0]).toMatchObject({ expected: '196808191994031002', actual: '196809191994031002' });
    // Budi Argap Situngkir signs twice with the same NIP; IMI-0010 and IMI-0229 are two decrees.
    expect(siak.findings.filter((f) => f.ruleId === 'identifier-consistency')).toHaveLength(1);
  });
});
