/**
 * Scanned reports read by OCR. The scan is made here from a corpus PDF (every page rendered to a
 * 150 dpi JPEG on a page of its own: no text layer at all), so CI needs no scanned fixture; the
 * linter must read from it what it reads from the text PDF: the same unit and year, the same
 * structure, most of the same leftovers on the same pages, and no error that the text PDF does not
 * have (a figure read by OCR that one misread digit would explain is only a warning).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { join } from 'node:path';
import type { lintFiles as LintFiles } from '../src/batch.js';
import { misreadExplains } from '../src/engine.js';
import { parseTsv, wordsToRuns } from '../src/parse/ocr.js';
import type { FileResult, Finding } from '../src/model.js';
import { rasterisePdf } from '../scripts/harness/scan.js';
import { corpusPath } from './helpers.js';

// The batch runner from the build: its workers load the compiled linter.
const { lintFiles } = (await import(join(import.meta.dirname, '..', 'dist', 'src', 'batch.js'))) as { lintFiles: typeof LintFiles };

const LEFTOVER = new Set(['placeholder', 'unresolved-choice', 'bracketed-value', 'wrong-year', 'wrong-office']);
const place = (f: Finding) => `${f.ruleId}|p${f.location.page}|${f.actual ?? ''}`;

describe('a scanned report (cilegon-2021.pdf rasterised, no text layer)', () => {
  let text: FileResult;
  let scan: FileResult;
  beforeAll(async () => {
    const bytes = readFileSync(corpusPath('cilegon-2021.pdf'));
    const scanned = await rasterisePdf(bytes, { dpi: 150 });
    text = await lint('cilegon-2021.pdf', bytes);
    scan = await lint('cilegon-2021-scan.pdf', scanned);
  }, 900_000);

  it('is read by OCR, page by page, and says so', () => {
    expect(scan.error).toBeUndefined();
    expect(scan.notices?.some((n) => /^halaman 1-37 dibaca dengan OCR/.test(n))).toBe(true);
    expect(scan.findings.length).toBeGreaterThan(0);
    expect(scan.findings.every((f) => f.location.ocr === true && /\(hasil OCR\)$/.test(f.message))).toBe(true);
  });

  it('finds the same unit and year as the text PDF', () => {
    expect(scan.report.year).toBe(2021);
    expect(scan.report.office).toBe(text.report.office);
  });

  it('finds the same structure: the same parts missing', () => {
    const missing = (r: FileResult) => r.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.expected).sort();
    expect(missing(scan)).toEqual(missing(text));
  });

  it('finds at least three in four of the leftovers of the text PDF, on the same pages', () => {
    const inText = text.findings.filter((f) => LEFTOVER.has(f.ruleId)).map(place);
    const inScan = new Set(scan.findings.filter((f) => LEFTOVER.has(f.ruleId)).map(place));
    expect(inText.length).toBeGreaterThan(10);
    const found = inText.filter((k) => inScan.has(k)).length;
    expect(found / inText.length).toBeGreaterThanOrEqual(0.75);
  });

  it('raises no error that the text PDF does not raise', () => {
    const errorsInText = new Set(text.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}|p${f.location.page}`));
    const invented = scan.findings.filter((f) => f.severity === 'error' && !errorsInText.has(`${f.ruleId}|p${f.location.page}`));
    expect(invented).toEqual([]);
  });
});

describe('a published scan (bkpsdmd-bangka-2022: cover, Kata Pengantar, Daftar Isi, BAB I, signing page)', () => {
  let scan: FileResult;
  const pages: string[] = [];
  beforeAll(async () => {
    // Through the batch runner, as the CLI lints it: each page OCR reads is reported (the terminal's `halaman N dari M`).
    const path = corpusPath('bkpsdmd-bangka-2022-excerpt.pdf');
    [scan] = (await lintFiles([path], {}, { jobs: 1, timeout: 240, onPage: (p, done, total) => pages.push(`${p === path}:${done}/${total}`) })) as [FileResult];
  }, 300_000);

  it('reports each page OCR reads, page N of M (M: the scanned pages found so far, all six at the end)', () => {
    expect(pages.map((p) => p.split('/')[0])).toEqual(['true:1', 'true:2', 'true:3', 'true:4', 'true:5', 'true:6']);
    expect(pages.at(-1)).toBe('true:6/6');
    expect(pages.every((p) => Number(p.split('/')[1]) >= Number(p.split(/[:/]/)[1]) && Number(p.split('/')[1]) <= 6)).toBe(true);
  });

  it('is read by OCR: the unit, BKPSDMD Kabupaten Bangka, is found', () => {
    expect(scan.error).toBeUndefined();
    expect(scan.notices?.some((n) => /^halaman 1-6 dibaca dengan OCR/.test(n))).toBe(true);
    expect(scan.report.unit?.name).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten Bangka');
    expect(scan.report.unit?.region).toBe('Kabupaten Bangka');
  });

  it('reports on 2022, and says the cover\'s TAHUN 2023 is not the period', () => {
    expect(scan.report.year).toBe(2022);
    const cover = scan.findings.filter((f) => f.ruleId === 'wrong-year' && f.location.page === 1);
    expect(cover.map((f) => [f.expected, f.actual])).toEqual([['2022', '2023']]);
  });

  it('stays quiet on the unit\'s own name as OCR misreads it and on the Renstra period whose dash OCR dropped', () => {
    // `Badan Kepegawalan …` / `Badan Kapegawalan …` (Kepegawaian), `… Kabupaten Bangka Tahun 2019 2023` (2019 – 2023).
    expect(scan.findings.filter((f) => f.ruleId === 'wrong-office')).toEqual([]);
    expect(scan.findings.filter((f) => f.ruleId === 'wrong-year' && f.location.page === 3)).toEqual([]);
  });

  it('reads `BAB |` as BAB I: BAB I PENDAHULUAN is present', () => {
    const missing = scan.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.expected);
    expect(missing).not.toContain('BAB I PENDAHULUAN');
    expect(missing).toContain('BAB II PERENCANAAN KINERJA'); // the excerpt ends before it: the check still runs
  });
});

describe('OCR words to positioned runs', () => {
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '5\t1\t1\t1\t1\t1\t100\t400\t200\t50\t91\tCapaian',
    '5\t1\t1\t1\t1\t2\t320\t402\t150\t48\t88\tKinerja',
    '5\t1\t1\t1\t1\t3\t1200\t398\t100\t52\t80\t98,5%',
    '5\t1\t1\t1\t2\t1\t100\t520\t90\t50\t12\t~',
    '5\t1\t1\t1\t2\t2\t300\t520\t90\t50\t15\tdata',
  ].join('\n');
  it('keeps the words of one line on one baseline, joins close words and keeps a column gap', () => {
    const runs = wordsToRuns(parseTsv(tsv), 3300);
    const first = runs.filter((r) => r.y === runs[0]!.y);
    expect(first.map((r) => r.text)).toEqual(['Capaian Kinerja', '98,5%']);
  });
  it('reads a bar after BAB as the roman I', () => {
    const bab = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', '5\t1\t1\t1\t1\t1\t1219\t281\t150\t60\t96\tBAB', '5\t1\t1\t1\t1\t2\t1385\t281\t20\t60\t96\t|', '5\t1\t1\t1\t2\t1\t100\t520\t20\t50\t90\t|'].join('\n');
    expect(parseTsv(bab).map((w) => w.text)).toEqual(['BAB', 'I']);
  });
  it('drops low-confidence marks without a letter or digit, keeps low-confidence words', () => {
    expect(parseTsv(tsv).map((w) => w.text)).toEqual(['Capaian', 'Kinerja', '98,5%', 'data']);
  });
});

describe('a figure read by OCR', () => {
  it('differs from the expected one by one misread digit: only a warning', () => {
    expect(misreadExplains('98,50%', '93,50%')).toBe(true);
    expect(misreadExplains('97,1%', '971%')).toBe(true);
    expect(misreadExplains('1.234', '11.234')).toBe(true);
  });
  it('differs by more than a digit would explain: still an error', () => {
    expect(misreadExplains('98,50%', '45,20%')).toBe(false);
    expect(misreadExplains('100%', '0,3968%')).toBe(false);
    expect(misreadExplains(undefined, '[...]')).toBe(false);
  });
});
