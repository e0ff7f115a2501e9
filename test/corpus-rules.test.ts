/**
 * The leftover and structure rules on the three real immigration reports: the defects the
 * reviewer marked (fixtures/corpus/NAME.gold.json) are found, and the places the reviewer checked
 * and found right (the gold's clean checks) stay quiet, with the scorer's matching (test/gold.ts).
 */
import { describe, expect, it } from 'vitest';
import { lintCorpus, lintText } from './helpers.js';
import { itFindsReviewerFinding, itStaysQuietAt } from './gold.js';

describe('report identity', () => {
  it('reads year and office from the cover, with the year split over two lines', async () => {
    const r = await lintCorpus('siak-2024.txt');
    expect(r.report).toMatchObject({ year: 2024, office: 'Kantor Imigrasi Kelas II TPI Siak' });
    expect(r.report.yearSource).toMatch(/^sampul, /);
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
  // Unfilled slots ([...] twice, "... orang"), the template label, template rows, a template footnote.
  for (const id of ['000-022', '000-023', '000-069', '000-003', '000-080']) itFindsReviewerFinding('siak-2024', id);
  itFindsReviewerFinding('siak-2024', '000-039', { actual: '[Kantor Wilayah]' });
  // Choices left in brackets.
  itFindsReviewerFinding('siak-2024', '000-085', { actual: '[keberhasilan/kegagalan]' });
  itFindsReviewerFinding('siak-2024', '000-099', { actual: '[telah/belum dapat]' });
  // Values kept in their brackets; a bracket never closed.
  for (const id of ['000-062', '000-114']) itFindsReviewerFinding('siak-2024', id);
  // A bracketed formula annotation in a table header is not a placeholder.
  itStaysQuietAt('siak-2024', 1265);
});

describe('table-of-contents leader dots on cilegon-2021', () => {
  for (const line of [38, 51]) itStaysQuietAt('cilegon-2021', line);
});

describe('wrong-year', () => {
  // The report calling itself last year's report.
  itFindsReviewerFinding('siak-2024', '000-034', { expected: '2024', actual: '2023' });
  // cilegon's boilerplate from 2020, and a follow-up plan for the year already reported.
  for (const id of ['003-001', '003-002', '003-003', '003-004', '003-005', '003-006', '003-007', '003-013']) itFindsReviewerFinding('cilegon-2021', id);
  itFindsReviewerFinding('cilegon-2021', '003-016', { expected: '2022', actual: '2021' });
  // Regulation years, Renstra periods, signing dates and comparisons.
  for (const line of [19, 66, 68, 365, 1343, 1409]) itStaysQuietAt('siak-2024', line);
  for (const line of [16, 70, 485, 537]) itStaysQuietAt('cilegon-2021', line);
  for (const line of [23, 49, 922, 4344, 4518]) itStaysQuietAt('semarang-2024', line);
});

describe('wrong-office', () => {
  // The same city under another class; another province; another office in a table about this one.
  itFindsReviewerFinding('cilegon-2021', '003-017', { actual: 'Kantor Imigrasi Kelas I Non TPI Cilegon' });
  itFindsReviewerFinding('siak-2024', '000-086');
  itFindsReviewerFinding('siak-2024', '000-115', { actual: 'Kanim Kelas li Tpi Bengkalis' });
  // The national comparison table, variant spellings, the signed annex.
  for (const line of [1038, 1059]) itStaysQuietAt('siak-2024', line);
  itStaysQuietAt('cilegon-2021', 678);
  for (const line of [5987, 6161, 6164, 6169, 6170, 6185, 6205]) itStaysQuietAt('semarang-2024', line);
});

describe('missing-section', () => {
  // A table-of-contents entry with no heading; an absent annex; an absent Rencana Strategis; an absent table of contents.
  itFindsReviewerFinding('siak-2024', '000-001');
  for (const id of ['003-064', '003-065']) itFindsReviewerFinding('cilegon-2021', id);
  itFindsReviewerFinding('semarang-2024', '002-074');
  it('flags an empty annex', async () => {
    const r = await lintText('KATA PENGANTAR\n\nisi\n\nBAB IV PENUTUP\n\nisi\n\nLAMPIRAN\n', { year: 2024 });
    expect(r.findings.some((f) => f.ruleId === 'missing-section' && /kosong/.test(f.message))).toBe(true);
  });
});

describe('numbering', () => {
  // The duplicated staff-table row, skipped list items, a list that starts at h.
  itFindsReviewerFinding('siak-2024', '000-025', { expected: '4', actual: '3' });
  itFindsReviewerFinding('siak-2024', '000-183', { expected: '2', actual: '4' });
  itFindsReviewerFinding('cilegon-2021', '003-063', { expected: 'a', actual: 'h' });
  // Reused and skipped figure and table numbers in the OCR report.
  for (const id of ['002-026', '002-027', '002-045', '002-061']) itFindsReviewerFinding('semarang-2024', id);
  itFindsReviewerFinding('semarang-2024', '002-055', { expected: '18', actual: '19' });
  // A count column is not row numbers.
  itStaysQuietAt('siak-2024', 1328);
});
