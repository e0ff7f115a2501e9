/**
 * Every real report (the corpus, the zoo, in every format) has at least one of an LKjIP's marks,
 * so it is linted rule by rule; texts that are not reports have none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { looksLikeReport, reportMarks } from '../src/report-marks.js';
import { CORPUS } from './helpers.js';

const ZOO = join(import.meta.dirname, '..', 'fixtures', 'zoo');
const reports = [
  // The Bangka excerpt is a scan: read by OCR in the system project (test/ocr.test.ts), where its
  // wrong-year and missing-section findings show it is linted rule by rule.
  ...readdirSync(CORPUS).filter((f) => /\.(txt|docx|pdf)$/.test(f) && !f.endsWith('.ref.txt') && f !== 'bkpsdmd-bangka-2022-excerpt.pdf').map((f) => join(CORPUS, f)),
  ...readdirSync(ZOO).filter((f) => /\.(txt|docx|pdf)$/.test(f)).map((f) => join(ZOO, f)),
];
const text = (s: string) => parseDocument('x.txt', new TextEncoder().encode(s));

describe('report marks', () => {
  it('finds the corpus and the zoo', () => expect(reports.length).toBeGreaterThan(60));
  it.each(reports.map((r) => [r.split('/').slice(-2).join('/'), r]))('%s counts as a report (chapters, title and measures)', async (_name, path) => {
    const marks = reportMarks(await parseDocument(path, readFileSync(path), { ocr: 'never' }));
    // Whole reports have all three marks, not just one.
    expect(marks).toEqual({ chapters: true, title: true, measures: true });
  });
  it('reads each mark on its own, and none in a text that is no report', async () => {
    expect(reportMarks(await text('BAB III\nAKUNTABILITAS KINERJA\n'))).toEqual({ chapters: true, title: false, measures: false });
    expect(reportMarks(await text('LAKIP Dinas Sosial 2016\n'))).toEqual({ chapters: false, title: true, measures: false });
    expect(reportMarks(await text('No\tIndikator\tTarget\n1\tCakupan\t90%\n'))).toEqual({ chapters: false, title: false, measures: true });
    const letter = reportMarks(await text('Yth. Kepala Bagian Umum\n\nBersama ini kami sampaikan undangan rapat pada hari Senin.\nDemikian, atas perhatiannya diucapkan terima kasih.\n'));
    expect(letter).toEqual({ chapters: false, title: false, measures: false });
    expect(looksLikeReport(letter)).toBe(false);
    // A word inside another word is no mark ("retarget", "Babakan").
    expect(looksLikeReport(reportMarks(await text('Kelurahan Babakan 3 mengadakan kerja bakti.\n')))).toBe(false);
  });
});
