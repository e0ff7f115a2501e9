/**
 * Invariance (metamorphic) tests: a report rewritten the way another unit, template or export
 * would write it must get the same findings at the moved places. Today the linter is far from
 * that; each transformation × report holds a ceiling on the findings it changes
 * (test/floors/invariance.json), and ceilings only go down (`node dist/scripts/score-invariance.js
 * --ratchet` after a fix). Each transformation is also checked to really rewrite a small clean
 * report of a non-immigration unit, so no row of the grid is a test that cannot fail.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { corpusPath, lintText } from './helpers.js';
import {
  corpusReports,
  docxReports,
  docxTransformations,
  madeUpReport,
  ratchet,
  readCeilings,
  reportText,
  runDocx,
  runText,
  transformations,
  type InvarianceRow,
} from '../scripts/harness/invariance.js';

const CEILINGS = join(import.meta.dirname, 'floors', 'invariance.json');
const ceilings = readCeilings(CEILINGS);
const clean = reportText(madeUpReport);
const HEAVY = 600_000;

function holdsCeiling(row: InvarianceRow) {
  const ceiling = ceilings[row.transformation]?.[row.report];
  expect(ceiling, `no ceiling recorded for ${row.transformation} × ${row.report}: run the score script with --ratchet`).toBeDefined();
  const detail = [...row.difference.lost.map((f) => `lost ${f.ruleId} L${f.location.line ?? '-'}`), ...row.difference.gained.map((f) => `gained ${f.ruleId} L${f.location.line ?? '-'}`)].slice(0, 8).join('; ');
  expect(row.changed, `${row.transformation} × ${row.report} changes ${row.changed} findings (${detail})`).toBeLessThanOrEqual(ceiling!);
}

describe('each transformation rewrites a clean report of another unit kind, keeping its lines accounted for', () => {
  const lines = clean.split('\n').length;
  for (const t of transformations) {
    test(t.id, () => {
      const r = t.apply(clean);
      expect(r.text).not.toBe(clean);
      expect(r.lineMap).toHaveLength(lines);
      const newLines = r.text.split('\n').length;
      for (let i = 0; i < lines; i++) {
        expect(r.lineMap[i]).toBeGreaterThanOrEqual(1);
        expect(r.lineMap[i]).toBeLessThanOrEqual(newLines);
        if (i) expect(r.lineMap[i]).toBeGreaterThanOrEqual(r.lineMap[i - 1]!);
      }
    });
  }
  for (const t of docxTransformations) {
    test(t.id, async () => {
      const { before, after } = await t.build(clean);
      const xml = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file('word/document.xml')!.async('string');
      expect(await xml(after)).not.toBe(await xml(before));
    });
  }
});

describe('the transformations say the same thing in other words', () => {
  const apply = (id: string, text = clean) => transformations.find((t) => t.id === id)!.apply(text).text;

  test('the unit, its short name, acronym and region are renamed together; other names stay', () => {
    const out = apply('unit-kejaksaan');
    expect(out).toContain('KEJAKSAAN NEGERI BANTUL');
    expect(out).toContain('Peraturan Daerah Kabupaten Bantul Nomor 6 Tahun 2016');
    expect(out).toContain('Kejaksaan Negeri Bantul (Kejari)');
    expect(out).not.toMatch(/Klaten|Perhubungan Kabupaten|Dishub/i);
    // A wrapped name keeps its line break, so no line moves.
    const wrapped = transformations.find((t) => t.id === 'unit-dinas')!.apply('Laporan Badan Penanggulangan Bencana\nDaerah Provinsi Jawa Barat. Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat (BPBD) di Jawa Barat.').text;
    expect(wrapped).toBe('Laporan Dinas Kesehatan\nKabupaten Sleman. Dinas Kesehatan Kabupaten Sleman (Dinkes) di Sleman.');
  });

  test('decimal comma ↔ point on quantities only', () => {
    const out = apply('decimal-swap');
    expect(out).toContain('Rp 4,512,300,000 dari pagu Rp 4,750,000,000 atau 95.00%');
    expect(out).toContain('8.20 / 8.00 × 100% = 102.50%');
    for (const kept of ['1.1 Latar Belakang', 'Tabel 3.1 Capaian', 'Nomor 6 Tahun 2016', '2021-2026', 'NIP. 19680412 199403 1 006']) expect(out).toContain(kept);
  });

  test('captions in each scheme, the same number everywhere it is cited', () => {
    expect(apply('captions-roman')).toContain('pada Tabel III.1 berikut.\n\nTabel III.1 Capaian');
    expect(apply('captions-spaced')).toContain('Tabel 3. 2 Realisasi');
    const flat = apply('captions-flat');
    expect(flat).toContain('Tabel 1 Perjanjian');
    expect(flat).toContain('Tabel 2 Capaian');
    expect(flat).toContain('Tabel 3 Realisasi');
    expect(apply('captions-dotted', apply('captions-flat'))).toContain('Tabel 3.2 Realisasi');
  });

  test('list markers: nesting stays told apart, numbering kept', () => {
    expect(apply('lists-numbers-letters')).toContain('a. Sekretariat;\nb. Bidang Lalu Lintas;');
    expect(apply('lists-numbers-letters')).toContain('1. perumusan kebijakan');
    expect(apply('lists-letters-roman')).toContain('iii. pelaksanaan evaluasi');
    expect(apply('lists-parenthesised')).toContain('(b) pelaksanaan kebijakan');
    expect(apply('lists-parenthesised')).toContain('4) Bidang Sarana');
  });

  test('chapters: split, joined, run into a paragraph, arabic, bare; the Sistematika as prose', () => {
    expect(apply('chapter-split')).toContain('\nBAB III\nAKUNTABILITAS KINERJA\n');
    expect(apply('chapter-joined')).toContain('\nBAB II PERENCANAAN KINERJA\n');
    expect(apply('chapter-run-in')).toContain('sisa lelang belanja modal. BAB IV\nPENUTUP\n');
    expect(apply('chapter-arabic')).toContain('\nBAB 4 PENUTUP\n');
    expect(apply('chapter-arabic')).toContain('BAB 2 PERENCANAAN KINERJA\t4');
    expect(apply('chapter-bare')).toContain('\nIII. AKUNTABILITAS KINERJA\n');
    const prose = apply('sistematika-prose');
    expect(prose).toContain('Laporan ini terdiri atas empat bab. Bab I, Pendahuluan: Menguraikan latar belakang');
    expect(prose).not.toContain('\nBAB IV PENUTUP\nMenguraikan');
  });

  test('page furniture every ~50 lines, never inside a table', () => {
    const out = apply('page-hal').split('\n');
    const footers = out.map((l, i) => [l, i] as const).filter(([l]) => /^\s+Hal\. \d+$/.test(l));
    expect(footers.length).toBe(2);
    for (const [, i] of footers) expect(`${out[i - 1]}${out[i + 2]}`).not.toContain('\t');
    expect(out).toContain(`${' '.repeat(30)}LAPORAN KINERJA TAHUN 2023`);
  });
});

describe('ratchet', () => {
  test('lowers a ceiling to today and never raises one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'invariance-')), 'ceilings.json');
    writeFileSync(file, JSON.stringify({ ceilings: { a: { r1: 5, r2: 1 } } }));
    const row = (transformation: string, report: string, changed: number): InvarianceRow => ({ transformation, report, applied: true, changed, difference: { lost: [], gained: [], altered: [] } });
    ratchet(file, [row('a', 'r1', 3), row('a', 'r2', 4), row('b', 'r1', 2)]);
    expect(JSON.parse(readFileSync(file, 'utf8')).ceilings).toEqual({ a: { r1: 3, r2: 1 }, b: { r1: 2 } });
  });
});

describe('findings changed by each transformation stay under their ceilings', () => {
  for (const t of transformations) {
    test(t.id, { timeout: HEAVY }, async () => {
      for (const r of [...corpusReports, madeUpReport]) holdsCeiling(await runText(t, r.name, reportText(r)));
    });
  }
  for (const t of docxTransformations) {
    test(t.id, { timeout: HEAVY }, async () => {
      for (const r of [...docxReports, madeUpReport]) holdsCeiling(await runDocx(t, r.name, reportText(r)));
    });
  }
});

describe('page furniture and the unit\'s own names change no finding (real BPBD text)', () => {
  const bpbd = readFileSync(corpusPath('bpbd-jabar-2016.ref.txt'), 'utf8');
  const pages = bpbd.split('\f').slice(0, 12).join('\f');
  const wrongYear = async (text: string) => (await lintText(text, { year: 2016 })).findings.filter((f) => f.ruleId === 'wrong-year').map((f) => `${f.actual}`);

  test('a `Hal. N` footer and a running header repeating the cover\'s year (TAHUN 2017) add no wrong-year finding', async () => {
    const plain = await wrongYear(pages);
    // The cover's 2017 is reported once, as the cover's year.
    expect(plain.filter((y) => y === '2017')).toHaveLength(1);
    const lines = pages.split('\n');
    const furnished = lines.flatMap((l, i) => (i > 0 && i % 50 === 0 && !l.includes('\t') && !(lines[i - 1] ?? '').includes('\t') ? [`${' '.repeat(70)}Hal. ${i / 50}`, `${' '.repeat(30)}LAPORAN KINERJA TAHUN 2017`, l] : [l])).join('\n');
    expect(furnished.match(/LAPORAN KINERJA TAHUN 2017/g)!.length).toBeGreaterThanOrEqual(5);
    expect(await wrongYear(furnished)).toEqual(plain);
  });

  test('a running header with another year than the cover\'s is reported once, not on every page', async () => {
    const lines = pages.split('\n');
    const furnished = lines.flatMap((l, i) => (i > 0 && i % 50 === 0 && !l.includes('\t') && !(lines[i - 1] ?? '').includes('\t') ? [`${' '.repeat(40)}- ${i / 50} -`, 'Laporan Kinerja Instansi Pemerintah Tahun 2015', l] : [l])).join('\n');
    expect(furnished.match(/Instansi Pemerintah Tahun 2015/g)!.length).toBeGreaterThanOrEqual(5);
    const found = await wrongYear(furnished);
    expect(found.filter((y) => y === '2015')).toHaveLength(1);
  });

  test('the running header BADAN PENANGGULANGAN BECANA DAERAH (the unit\'s own name, one letter dropped) is not another unit', async () => {
    expect(pages.match(/BECANA DAERAH/g)!.length).toBeGreaterThanOrEqual(3);
    const r = await lintText(pages, { year: 2016 });
    expect(r.findings.filter((f) => f.ruleId === 'wrong-office' && /BECANA/.test(f.actual ?? ''))).toEqual([]);
    // Another unit named where the report names itself still is.
    const other = await lintText(pages.replace('LKIP BADAN PENANGGULANGAN BECANA DAERAH PROVINSI JAWA BARAT', 'LKIP DINAS KESEHATAN PROVINSI JAWA BARAT'), { year: 2016 });
    expect(other.findings.filter((f) => f.ruleId === 'wrong-office' && /KESEHATAN/i.test(f.actual ?? ''))).toHaveLength(1);
  });
});

describe('chapters written `I. PENDAHULUAN` … `IV. PENUTUP` are the chapters (real Siak text)', () => {
  test('the same missing-section findings as with `BAB I` … `BAB IV`, though `I.` alone reads as a letter', async () => {
    const siak = readFileSync(corpusPath('siak-2024.txt'), 'utf8');
    const bare = transformations.find((t) => t.id === 'chapter-bare')!.apply(siak).text;
    expect(bare).toMatch(/\nI\. PENDAHULUAN\n/);
    const sections = async (text: string) => (await lintText(text, { year: 2024 })).findings.filter((f) => f.ruleId === 'missing-section').map((f) => `${f.location.line}:${f.expected ?? ''}`);
    expect(await sections(bare)).toEqual(await sections(siak));
  });
});
