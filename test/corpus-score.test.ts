/**
 * The corpus score as a test: every annotated report of fixtures/corpus, in every format it has, is
 * linted and scored against its gold with the scorer's rules (scripts/harness/score.ts), and must
 * reach its floors in test/floors/corpus.json (recall, inconsistency, precision) and stay within
 * its ceiling of false alarms on clean checks. `npm run score -- --ratchet` raises the floors.
 */
import { describe, expect, it } from 'vitest';
import { corpusReports, compatible, norm, scoreFindings, scoreReport, sharesText, type Format } from '../scripts/harness/score.js';
import { belowFloor, floorKey, ratchet, readFloors } from '../scripts/harness/floors.js';
import type { Finding } from '../src/model.js';

const reports = corpusReports();
const floors = readFloors();
// A lint of the largest PDF takes ~7 s alone; on 2 busy cores, much longer.
const HEAVY = 300_000;

describe('the corpus score reaches its floors', () => {
  it('every report and format of fixtures/corpus has a floor, and every floor a report', () => {
    const scored = reports.flatMap((r) => r.formats.map((f) => floorKey(r.name, f))).sort();
    expect(Object.keys(floors).sort()).toEqual(scored);
    expect(scored.length).toBeGreaterThanOrEqual(14);
  });
  for (const report of reports) {
    for (const format of report.formats) {
      it(`${report.name} ${format}: recall, inconsistency and precision at their floors, false alarms on clean checks within the ceiling`, async () => {
        const score = await scoreReport(report, format);
        const floor = floors[floorKey(report.name, format)];
        expect(floor, 'no floor: run npm run score -- --ratchet').toBeDefined();
        expect(belowFloor(score, floor!)).toEqual([]);
      }, HEAVY);
    }
  }
});

describe('the scorer matches as score-corpus does', () => {
  const finding = (ruleId: string, line: number | undefined, excerpt: string): Finding =>
    ({ ruleId, severity: 'error', message: 'm', location: line === undefined ? {} : { line }, excerpt }) as Finding;
  const gold = {
    findings: [
      { id: 'a', category: 'placeholder', line: 10, quote: '[...]' },
      { id: 'b', category: 'inconsistency', line: 20, quote: 'capaian 120%' },
      { id: 'c', category: 'missing-section', line: null, quote: 'BAB II' },
    ],
    clean_checks: [{ line: 30, quote: 'Nomor 41 Tahun 2007', what: 'a regulation year' }],
  };
  const lines = Array.from({ length: 40 }, (_, i) => `baris ${i + 1} dengan teks yang cukup panjang untuk dicocokkan`);
  it('folds case, tags, markup and table separators', () => {
    expect(norm('<b>Capaian</b> | **120%**\t\u00a0Ｘ')).toBe('capaian 120% x');
    expect(compatible('inconsistency', 'capaian-consistency')).toBe(true);
    expect(compatible('sum', 'capaian')).toBe(false);
    expect(compatible('unknown-category', 'anything')).toBe(true);
  });
  it('txt: a finding within 2 lines of the gold line, of a fitting rule, finds it; a missing chapter needs no line', () => {
    const s = scoreFindings({ gold, lines }, 'txt', [finding('placeholder', 12, 'x'), finding('capaian-consistency', 23, 'y'), finding('missing-section', undefined, 'z')]);
    expect(s.missed.map((g) => g.id)).toEqual(['b']);
    expect(s.recall).toEqual({ hit: 2, total: 2 });
    expect(s.inconsistency).toEqual({ hit: 0, total: 1 });
    expect(s.precision).toEqual({ confirmed: 2, total: 3 });
  });
  it('docx / pdf: by the excerpt sharing 16 characters with the gold line, or containing the quote', () => {
    expect(sharesText(lines[9]!, '[...]', 'xx baris 10 dengan teks yang xx')).toBe(true);
    expect(sharesText(lines[9]!, '[...]', 'isi [...] di sini')).toBe(true);
    expect(sharesText(lines[9]!, '[...]', 'sesuatu yang lain sama sekali')).toBe(false);
    expect(sharesText('abc', '', 'ab')).toBe(false);
  });
  it('an unconfirmed finding on a clean check is a false alarm; one that finds a gold entry is not', () => {
    const fmt: Format = 'txt';
    const s = scoreFindings({ gold, lines }, fmt, [finding('wrong-year', 30, 'Nomor 41 Tahun 2007'), finding('placeholder', 29, '[...]')]);
    expect(s.cleanAlarms.map((a) => a.finding.ruleId)).toEqual(['wrong-year']);
    expect(s.cleanFp).toBe(1);
  });
});

describe('floors only go up', () => {
  it('ratchet raises floors and lowers the ceiling, never the other way', () => {
    const old = { recall: 0.5, inconsistency: 0.5, precision: 0.9, clean_fp: 3 };
    expect(ratchet(old, { recall: 0.6, inconsistency: 0.4, precision: 0.95, clean_fp: 4 })).toEqual({ recall: 0.6, inconsistency: 0.5, precision: 0.95, clean_fp: 3 });
    expect(ratchet(old, { recall: 0.4, inconsistency: 0.6, precision: 0.8, clean_fp: 1 })).toEqual({ recall: 0.5, inconsistency: 0.6, precision: 0.9, clean_fp: 1 });
    expect(ratchet(undefined, old)).toEqual(old);
  });
  it('a score below a floor or above the ceiling is named', () => {
    const s = scoreFindings({ gold: { findings: [{ id: 'a', category: 'placeholder', line: 1 }] }, lines: ['x'] }, 'txt', []);
    expect(belowFloor(s, { recall: 0.5, inconsistency: 0, precision: 0, clean_fp: 0 })).toEqual(['recall 0/1 = 0.000 < floor 0.5']);
    expect(belowFloor(s, { recall: 0, inconsistency: 0, precision: 0, clean_fp: 0 })).toEqual([]);
  });
});
