/**
 * The leftover and structure rules on the three real reports: the defects a reviewer marked, and
 * the nearby correct text where the rules must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { lintCorpus, lintText } from './helpers.js';
import type { FileResult } from '../src/model.js';

const at = (r: FileResult, rule: string, line: number) => r.findings.filter((f) => f.ruleId === rule && f.location.line === line);

describe('report identity', () => {
  it('reads year and office from the cover, with the year split over two lines', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(r.report).toMatchObject({ year: 2024, office: 'Kantor Imigrasi Kelas II TPI Siak' });
    expect(r.report.yearSource).toMatch(/cover/);
  });
  it('reads a markdown cover', async () => {
    const r = await lintCorpus('cilegon-2021.txt');
    expect(r.report).toMatchObject({ year: 2021, office: 'Kantor Imigrasi Kelas II TPI Cilegon' });
  });
  it('falls back to the text when there is no cover (OCR report)', async () => {
    const r = await lintCorpus('semarang-2024.txt');
    expect(r.report.year).toBe(2024);
    expect(r.report.office).toBe('Kantor Imigrasi Kelas I Khusus TPI Semarang');
  });
  it('lets --year and --office override detection', async () => {
    const r = await lintText('LAPORAN KINERJA\nKANTOR IMIGRASI KELAS II TPI SIAK TAHUN 2024\n', { year: 2023, office: 'Kantor Imigrasi Kelas I TPI Batam' });
    expect(r.report).toMatchObject({ year: 2023, office: 'Kantor Imigrasi Kelas I TPI Batam', yearSource: '--year' });
  });
});

describe('placeholder / unresolved-choice / bracketed-value on siak-2024', () => {
  it('flags unfilled slots, template labels, figure slots and template footnotes', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(at(r, 'placeholder', 248).length).toBeGreaterThanOrEqual(3); // [...] twice, "... orang", (d disesuaikan ...)
    expect(at(r, 'placeholder', 440)[0]?.actual).toBe('[Kantor Wilayah]');
    expect(at(r, 'placeholder', 76)).toHaveLength(1); // "¹ Rudenim tidak ada sasaran ini"
    expect(at(r, 'placeholder', 555)[0]?.message).toMatch(/Dst/);
    expect(at(r, 'placeholder', 601)).toHaveLength(1); // "terdapat ... kasus"
  });
  it('flags choices left in brackets but not the same words unbracketed in methodology prose', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(at(r, 'unresolved-choice', 618)[0]?.actual).toBe('[keberhasilan/kegagalan]');
    expect(at(r, 'unresolved-choice', 714)[0]?.actual).toBe('[telah/belum dapat]');
    // Line 341: "Analisis penyebab keberhasilan/kegagalan atau peningkatan/penurunan kinerja"
    expect(r.findings.filter((f) => f.ruleId === 'unresolved-choice' && f.location.line! >= 335 && f.location.line! <= 345)).toEqual([]);
  });
  it('warns on values kept in brackets, with column and table location', async () => {
    const r = await lintCorpus('siak-2024.txt');
    const row = at(r, 'bracketed-value', 498);
    expect(row.map((f) => f.actual)).toEqual(['[Rp 11.121.737.000]', '[Rp 11.110.342.751]', '[99.90%]']);
    expect(row[0]!.severity).toBe('warning');
    expect(row[0]!.location.table).toBeGreaterThan(0);
    expect(row[0]!.excerpt).toBe('Anggaran |  | [Rp 11.121.737.000] | [Rp 11.110.342.751] | [99.90%]');
    expect(at(r, 'bracketed-value', 846)[0]?.message).toMatch(/tidak ditutup/);
  });
  it('stays quiet on the bracketed formula in a table header', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(r.findings.filter((f) => f.location.line === 1265)).toEqual([]);
  });
  it('stays quiet on table-of-contents leader dots', async () => {
    const r = await lintCorpus('cilegon-2021.txt');
    expect(r.findings.filter((f) => f.location.line! >= 36 && f.location.line! <= 53)).toEqual([]);
  });
});

describe('wrong-year', () => {
  it('flags the report calling itself last year\'s report', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(at(r, 'wrong-year', 321)[0]).toMatchObject({ expected: '2024', actual: '2023' });
  });
  it('flags cilegon boilerplate from 2020 and a follow-up plan for the current year', async () => {
    const r = await lintCorpus('cilegon-2021.txt');
    for (const line of [18, 22, 90, 213, 273, 277, 579]) expect(at(r, 'wrong-year', line).length, `line ${line}`).toBeGreaterThan(0);
    expect(at(r, 'wrong-year', 717)[0]).toMatchObject({ expected: '2022', actual: '2021' });
  });
  it('stays quiet on regulation years, Renstra periods, signing dates and comparisons', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    for (const line of [19, 64, 66, 68, 365, 1343, 1409]) expect(at(siak, 'wrong-year', line), `siak line ${line}`).toEqual([]);
    const cilegon = await lintCorpus('cilegon-2021.txt');
    for (const line of [16, 70, 115, 485, 487, 537]) expect(at(cilegon, 'wrong-year', line), `cilegon line ${line}`).toEqual([]);
    const semarang = await lintCorpus('semarang-2024.txt');
    for (const line of [23, 49, 922, 4344, 4518]) expect(at(semarang, 'wrong-year', line), `semarang line ${line}`).toEqual([]);
  });
});

describe('wrong-office', () => {
  it('flags the same city under another class, and another province', async () => {
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(at(cilegon, 'wrong-office', 88)[0]?.actual).toBe('Kantor Imigrasi Kelas I Non TPI Cilegon');
    const siak = await lintCorpus('siak-2024.txt');
    expect(at(siak, 'wrong-office', 622)[0]?.expected).toBe('Riau');
    expect(at(siak, 'wrong-office', 863)[0]?.actual).toBe('Kanim Kelas li Tpi Bengkalis');
  });
  it('stays quiet on the national comparison table, variant spellings and the signed annex', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    expect(siak.findings.filter((f) => f.ruleId === 'wrong-office' && f.location.line! >= 1036 && f.location.line! <= 1075)).toEqual([]);
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(at(cilegon, 'wrong-office', 678)).toEqual([]);
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(semarang.findings.filter((f) => f.ruleId === 'wrong-office' && f.location.line! > 5770)).toEqual([]);
  });
});

describe('missing-section', () => {
  it('flags a table-of-contents entry with no heading, an absent annex, an absent table of contents', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    expect(at(siak, 'missing-section', 30)[0]?.message).toMatch(/IKHTISAR EKSEKUTIF/);
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(cilegon.findings.some((f) => f.ruleId === 'missing-section' && /LAMPIRAN/.test(f.message))).toBe(true);
    expect(cilegon.findings.some((f) => f.ruleId === 'missing-section' && /Rencana Strategis/.test(f.message))).toBe(true);
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(semarang.findings.some((f) => f.ruleId === 'missing-section' && /DAFTAR ISI/.test(f.message))).toBe(true);
  });
  it('finds chapters whose headings are split or OCR-mangled, and ignores the Sistematika list', async () => {
    const semarang = await lintCorpus('semarang-2024.txt');
    expect(semarang.findings.filter((f) => f.ruleId === 'missing-section' && /BAB/.test(f.message))).toEqual([]);
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(cilegon.findings.filter((f) => f.ruleId === 'missing-section' && /Entri daftar isi/.test(f.message))).toEqual([]);
  });
  it('flags an empty annex', async () => {
    const r = await lintText('KATA PENGANTAR\n\nisi\n\nBAB IV PENUTUP\n\nisi\n\nLAMPIRAN\n', { year: 2024 });
    expect(r.findings.some((f) => f.ruleId === 'missing-section' && /kosong/.test(f.message))).toBe(true);
  });
});

describe('numbering', () => {
  it('flags the duplicated staff-table row and skipped list items', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    expect(at(siak, 'numbering', 254)[0]).toMatchObject({ expected: '4', actual: '3' });
    expect(at(siak, 'numbering', 1359)[0]).toMatchObject({ expected: '2', actual: '4' });
    const cilegon = await lintCorpus('cilegon-2021.txt');
    expect(at(cilegon, 'numbering', 542)[0]).toMatchObject({ expected: 'a', actual: 'h' });
  });
  it('flags reused figure numbers in the OCR report', async () => {
    const semarang = await lintCorpus('semarang-2024.txt');
    for (const line of [2366, 2381, 4018, 4908]) expect(at(semarang, 'numbering', line).length, `line ${line}`).toBe(1);
    expect(at(semarang, 'numbering', 4623)[0]).toMatchObject({ expected: '18', actual: '19' });
  });
  it('does not read a count column as row numbers', async () => {
    const siak = await lintCorpus('siak-2024.txt');
    expect(siak.findings.filter((f) => f.ruleId === 'numbering' && f.location.line! >= 1310 && f.location.line! <= 1330)).toEqual([]);
  });
});
