/**
 * PDF input: the corpus reports as PDF, and layouts drawn with pdf-lib (tables, a fraction laid
 * out on three lines, running headers and footers, a page without text, a scan, a broken file).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { analyse, lint } from '../src/lint.js';
import { corpusPath, lintCorpus } from './helpers.js';
import type { FileResult } from '../src/model.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const byRule = (r: FileResult, rule: string) => r.findings.filter((f) => f.ruleId === rule);
const dir = mkdtempSync(join(tmpdir(), 'lkjip-pdf-'));

/** A text run at (x, y); with `right`, x is where it ends (a figure set flush right in its cell). */
type Draw = { text: string; x: number; y: number; size?: number; right?: boolean };

/** A PDF whose pages hold the given text runs (and nothing else). */
async function pdf(pages: Draw[][], name: string): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const runs of pages) {
    const page = doc.addPage([612, 792]);
    if (runs.length === 0) page.drawRectangle({ x: 100, y: 100, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    for (const r of runs) page.drawText(r.text, { x: r.right ? r.x - font.widthOfTextAtSize(r.text, r.size ?? 12) : r.x, y: r.y, size: r.size ?? 12, font });
  }
  const path = join(dir, name);
  writeFileSync(path, await doc.save());
  return path;
}

/** Prose lines from the top of a page, 14 pt apart. */
const prose = (lines: string[], top = 700, x = 72): Draw[] => lines.map((text, k) => ({ text, x, y: top - k * 14 }));

const CHAPTERS = ['KATA PENGANTAR', 'Laporan Kinerja Kantor Imigrasi Kelas II TPI Siak Tahun 2024.', '', 'BAB I PENDAHULUAN', 'Latar belakang laporan.'];

describe('siak-2024.pdf', () => {
  it('rebuilds the capaian table over its page break, with the header printed again dropped', async () => {
    const { doc, facts } = await analyse(corpusPath('siak-2024.pdf'), readFileSync(corpusPath('siak-2024.pdf')));
    const t = facts.tables.find((x) => x.kind === 'capaian' && /Sasaran Kegiatan/.test(x.headerText))!;
    const rows = t.block.rows!.map((r) => r.cells.join(' | '));
    expect(rows.filter((r) => /^Sasaran Kegiatan/.test(r))).toHaveLength(1);
    expect(rows.some((r) => /Rata-rata capaian Sasaran Kegiatan(\s*\|){3}\s*\[60%\]/.test(r))).toBe(true);
    expect(rows.some((r) => /Tindakan Administratif .* \| 90% \| \[120%\] \| \[120%\]/.test(r))).toBe(true);
    // Its rows are on several pages; the Anggaran row, split by the next page break, is one row again,
    // and the numbers Word broke at the narrow cell's edge (`11.121.737.0` / `00]`) are whole.
    expect(new Set(t.block.rows!.map((r) => r.source.page)).size).toBeGreaterThanOrEqual(2);
    expect(rows).toContain('Anggaran |  | [Rp 11.121.737.000] | [Rp 11.110.342.751] | [99.90%]');
    // Words Word broke at a narrow cell's edge without a hyphen are rejoined (`Meningkatny` / `a`);
    // words wrapped normally keep their space.
    expect(rows.some((r) => r.startsWith('Meningkatnya Layanan Keimigrasian di Kewilayahan | Rasio Layanan Keimigrasian di kewilayahan yang diselesaikan'))).toBe(true);
    expect(rows.some((r) => /Layanan Kesekretariatan \| 3,1 \(Indeks\)/.test(r))).toBe(true);
    expect(doc.format).toBe('pdf');
  });
  it('so the rules see the same table as in the Word file', async () => {
    const [pdf, docx] = [await lintCorpus('siak-2024.pdf'), await lintCorpus('siak-2024.docx')];
    const about = (r: FileResult, re: RegExp) => r.findings.filter((f) => re.test(f.excerpt ?? '')).map((f) => [f.ruleId, f.actual]);
    // The Rata-rata rows (one was on the far side of a page break) and the Anggaran row (split by one).
    expect(about(pdf, /Rata-rata capaian Sasaran/).length).toBe(2);
    expect(about(pdf, /Rata-rata capaian Sasaran/)).toEqual(about(docx, /Rata-rata capaian Sasaran/));
    const ownRow = (r: FileResult) => about(r, /^Anggaran \|/).filter(([rule]) => rule !== 'budget-consistency');
    expect(ownRow(pdf).length).toBe(3);
    expect(ownRow(pdf)).toEqual(ownRow(docx));
    // A table continued over a page break, with the page's footnote and the rest of a split row
    // printed between its parts, is one table: its Total sees all rows (no false alarm), and the
    // wrong subtotal is found as in the Word file.
    const arithmetic = (r: FileResult) => byRule(r, 'table-arithmetic').filter((f) => /Subtotal|Jumlah|Total/.test(f.message)).map((f) => [f.expected, f.actual]);
    expect(arithmetic(pdf)).toEqual(arithmetic(docx));
    expect(arithmetic(pdf)).toContainEqual(['29.581.000', 'Rp 29.531.000']);
    // The budget table's header, where `REALISA` ran into the next cell's `%` and wrapped `SI`,
    // reads as in Word, so the capaian table's Anggaran is checked against the year's pagu.
    const { facts } = await analyse(corpusPath('siak-2024.pdf'), readFileSync(corpusPath('siak-2024.pdf')));
    expect(facts.tables.some((t) => t.block.rows!.some((r) => r.cells.join(' | ') === ' | PAGU | REALISASI | % | PAGU | REALISASI | %'))).toBe(true);
    const anggaran = (r: FileResult) => byRule(r, 'budget-consistency').filter((f) => f.location.table !== undefined).map((f) => [f.expected, f.actual]);
    expect(anggaran(pdf)).toEqual([['Rp 9,579,378,000', 'Rp 11.121.737.000']]);
    expect(anggaran(pdf)).toEqual(anggaran(docx));
    // The DIPA paragraph, whose words the PDF wraps (`dukungan` / `anggaran sebesar`), is read too.
    const dipa = (r: FileResult) => byRule(r, 'budget-consistency').filter((f) => /^Anggaran 2024 berbeda .*: pagu /.test(f.message)).map((f) => [f.expected, f.actual]);
    expect(dipa(pdf)).toEqual([['Rp 9,579,378,000', 'Rp 11.121.737.000']]);
    expect(dipa(pdf)).toEqual(dipa(docx));
    // The choice in a narrow cell reads as the template wrote it.
    expect(byRule(pdf, 'unresolved-choice').some((f) => f.actual === '[Penyidikan/P21/SP3]')).toBe(true);
  });
  it('reads the fractions of the equations back into formulas the rules check', async () => {
    const r = await lintCorpus('siak-2024.pdf');
    const z = byRule(r, 'formula').find((f) => /0,3968/.test(f.excerpt ?? ''))!;
    expect(z.excerpt).toBe('z = \\frac{39,68\\%}{100\\%} \\times 100\\% → z = 0,3968\\%');
    expect(z.location.page).toBe(39);
    expect(byRule(r, 'capaian').some((f) => f.actual === '120%' && f.location.table !== undefined)).toBe(true);
    expect(byRule(r, 'capaian-consistency').some((f) => f.expected === '111,11%' && /Ringkasan|RINGKASAN/i.test(f.location.section ?? ''))).toBe(true);
  });
});

describe('layouts drawn with pdf-lib', () => {
  it('columns become table cells; a wrapped cell stays in its row; rows by their padding', async () => {
    const header = [
      { text: 'Indikator', x: 72, y: 600 },
      { text: 'Target', x: 300, y: 600 },
      { text: 'Realisasi', x: 380, y: 600 },
      { text: 'Capaian', x: 470, y: 600 },
    ];
    const row1 = [
      { text: 'Persentase penegakan Hukum', x: 72, y: 582 },
      { text: 'Pro Yustisia', x: 72, y: 568 },
      { text: '90%', x: 300, y: 582 },
      { text: '100%', x: 380, y: 582 },
      { text: '111,11%', x: 470, y: 582 },
    ];
    const row2 = [
      { text: 'Persentase Tindakan', x: 72, y: 550 },
      { text: 'Administratif', x: 72, y: 536 },
      { text: '90%', x: 300, y: 550 },
      { text: '120%', x: 380, y: 550 },
      { text: '120%', x: 470, y: 550 },
    ];
    const path = await pdf([[...prose(CHAPTERS), ...prose(['BAB III AKUNTABILITAS KINERJA', 'Capaian indikator kinerja tahun 2024:'], 630), ...header, ...row1, ...row2]], 'table.pdf');
    const { doc } = await analyse(path, readFileSync(path));
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells)).toEqual([
      ['Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['Persentase penegakan Hukum Pro Yustisia', '90%', '100%', '111,11%'],
      ['Persentase Tindakan Administratif', '90%', '120%', '120%'],
    ]);
    const r = await lint(path, readFileSync(path));
    expect(byRule(r, 'capaian').map((f) => [f.expected, f.location.page, f.location.row])).toEqual([['133,33%', 1, 3]]);
  });
  it('a budget table whose rows are padded no more than its wrapped labels, figures flush right, a header on half-line gaps: one row per program and kegiatan, a wrong JUMLAH reported', async () => {
    // 9 pt type, every line 11 pt below the one above (a wrapped label's second line as much as the
    // next row), the two header lines 6 pt apart, the JUMLAH after a larger gap.
    const size = 9;
    const t = (text: string, x: number, y: number, right = false): Draw => ({ text, x, y, size, right });
    const budget = (jumlahRealisasi: string): Draw[] => {
      const body: [string, string[], string, string][] = [
        ['I', ['Program Peningkatan Sarana dan', 'Prasarana Aparatur'], '1.753.200.000,00', '1.651.780.050,00'],
        ['1', ['Peningkatan Sarana dan Prasarana', 'Kantor'], '1.000.000.000,00', '951.780.050,00'],
        ['2', ['Pengadaan Kendaraan Dinas'], '753.200.000,00', '700.000.000,00'],
        ['II', ['Program Pemeliharaan Sarana', 'dan Prasarana Aparatur'], '2.000.000.000,00', '1.609.776.559,00'],
        ['3', ['Pemeliharaan Gedung Kantor'], '1.200.000.000,00', '1.009.776.559,00'],
        ['4', ['Pemeliharaan Kendaraan Dinas'], '800.000.000,00', '600.000.000,00'],
      ];
      const runs: Draw[] = [t('NO', 72, 600), t('PROGRAM/KEGIATAN', 95, 600), t('ANGGARAN', 365, 600), t('REALISASI', 482, 600), t('(Rp)', 377, 594), t('(Rp)', 494, 594)];
      let y = 590;
      for (const [no, label, pagu, real] of body) {
        runs.push(t(no, 72, y), t(pagu, 420, y, true), t(real, 540, y, true));
        for (const line of label) {
          runs.push(t(line, 95, y));
          y -= 11;
        }
      }
      y -= 7;
      runs.push(t('JUMLAH', 95, y), t('3.753.200.000,00', 420, y, true), t(jumlahRealisasi, 540, y, true));
      return [...prose(CHAPTERS), ...prose(['BAB III AKUNTABILITAS KINERJA', 'Realisasi anggaran program dan kegiatan tahun 2016:'], 640), ...runs];
    };
    const clean = await pdf([budget('3.261.556.609,00')], 'budget-clean.pdf');
    const { doc } = await analyse(clean, readFileSync(clean));
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells)).toEqual([
      ['NO', 'PROGRAM/KEGIATAN', 'ANGGARAN (Rp)', 'REALISASI (Rp)'],
      ['I', 'Program Peningkatan Sarana dan Prasarana Aparatur', '1.753.200.000,00', '1.651.780.050,00'],
      ['1', 'Peningkatan Sarana dan Prasarana Kantor', '1.000.000.000,00', '951.780.050,00'],
      ['2', 'Pengadaan Kendaraan Dinas', '753.200.000,00', '700.000.000,00'],
      ['II', 'Program Pemeliharaan Sarana dan Prasarana Aparatur', '2.000.000.000,00', '1.609.776.559,00'],
      ['3', 'Pemeliharaan Gedung Kantor', '1.200.000.000,00', '1.009.776.559,00'],
      ['4', 'Pemeliharaan Kendaraan Dinas', '800.000.000,00', '600.000.000,00'],
      ['', 'JUMLAH', '3.753.200.000,00', '3.261.556.609,00'],
    ]);
    expect(byRule(await lint(clean, readFileSync(clean)), 'table-arithmetic')).toEqual([]);
    const wrong = await pdf([budget('3.216.556.609,00')], 'budget-wrong.pdf');
    const r = await lint(wrong, readFileSync(wrong));
    expect(byRule(r, 'table-arithmetic').map((f) => [f.expected, f.actual, f.location.row])).toEqual([['3.261.556.609,00', '3.216.556.609,00', 8]]);
  });
  it('a budget table with group rows (A, B: a label, no figures), lines 10 pt apart (a label wrapped as far apart as rows), the JUMLAH 15 pt below: each group label its own row, below the header and below a JUMLAH', async () => {
    const size = 9;
    const t = (text: string, x: number, y: number, right = false): Draw => ({ text, x, y, size, right });
    const lines: [string, string, string?, string?][] = [
      ['A', 'Belanja Operasi'],
      ['1', 'Belanja Pegawai', '1.280.000.000', '1.250.400.000'],
      ['2', 'Belanja Barang dan Jasa', '1.900.000.000', '1.790.000.000'],
      ['', 'Jumlah Belanja Operasi', '3.180.000.000', '3.040.400.000'],
      ['B', 'Belanja Modal'],
      ['1', 'Belanja Modal Peralatan dan', '350.000.000', '342.500.000'],
      ['', 'Mesin'],
    ];
    const runs: Draw[] = [t('No', 72, 600), t('Uraian', 95, 600), t('Anggaran (Rp)', 360, 600), t('Realisasi (Rp)', 480, 600)];
    let y = 590;
    for (const [no, label, pagu, real] of lines) {
      if (label.startsWith('Jumlah')) y -= 5; // the JUMLAH set off by a larger gap
      if (no) runs.push(t(no, 72, y));
      runs.push(t(label, 95, y));
      if (pagu && real) runs.push(t(pagu, 420, y, true), t(real, 540, y, true));
      y -= 10;
    }
    const path = await pdf([[...prose(CHAPTERS), ...prose(['BAB III AKUNTABILITAS KINERJA', 'Realisasi anggaran tahun 2016:'], 640), ...runs]], 'budget-groups.pdf');
    const { doc } = await analyse(path, readFileSync(path));
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells)).toEqual([
      ['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)'],
      ['A', 'Belanja Operasi'],
      ['1', 'Belanja Pegawai', '1.280.000.000', '1.250.400.000'],
      ['2', 'Belanja Barang dan Jasa', '1.900.000.000', '1.790.000.000'],
      ['', 'Jumlah Belanja Operasi', '3.180.000.000', '3.040.400.000'],
      ['B', 'Belanja Modal'],
      ['1', 'Belanja Modal Peralatan dan Mesin', '350.000.000', '342.500.000'],
    ]);
  });
  it('a ruled table: rows between its horizontal rules, cells between its vertical ones; a cell wrapped over three lines is one cell', async () => {
    // Every line 14 pt apart, so positions alone cannot tell a wrapped cell from the next row: the rules do.
    const cols = [66, 260, 340, 420, 520];
    const rowTops = [612, 594, 548, 516];
    const text: Draw[] = [
      ...prose([...CHAPTERS, 'BAB III AKUNTABILITAS KINERJA', 'Capaian indikator kinerja tahun 2024:'], 700),
      { text: 'Indikator', x: 72, y: 600 },
      { text: 'Target', x: 266, y: 600 },
      { text: 'Realisasi', x: 346, y: 600 },
      { text: 'Capaian', x: 426, y: 600 },
      { text: 'Persentase penegakan', x: 72, y: 582 },
      { text: 'Hukum Pro Yustisia', x: 72, y: 568 },
      { text: 'yang diselesaikan', x: 72, y: 554 },
      { text: '90%', x: 266, y: 582 },
      { text: '100%', x: 346, y: 582 },
      { text: '111,11%', x: 426, y: 582 },
      { text: 'Persentase Tindakan', x: 72, y: 536 },
      { text: 'Administratif', x: 72, y: 522 },
      { text: '90%', x: 266, y: 536 },
      { text: '120%', x: 346, y: 536 },
      { text: '120%', x: 426, y: 536 },
    ];
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    for (const r of text) page.drawText(r.text, { x: r.x, y: r.y, size: 12, font });
    // Word's way: each border a thin filled rectangle; and LibreOffice's: stroked lines.
    for (const y of rowTops) page.drawRectangle({ x: cols[0]!, y: y - 0.25, width: cols[4]! - cols[0]!, height: 0.5, color: rgb(0, 0, 0) });
    for (const x of cols) page.drawLine({ start: { x, y: rowTops[0]! }, end: { x, y: rowTops[3]! }, thickness: 0.5, color: rgb(0, 0, 0) });
    const path = join(dir, 'ruled.pdf');
    writeFileSync(path, await doc.save());
    const { doc: parsed } = await analyse(path, readFileSync(path));
    const table = parsed.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells)).toEqual([
      ['Indikator', 'Target', 'Realisasi', 'Capaian'],
      ['Persentase penegakan Hukum Pro Yustisia yang diselesaikan', '90%', '100%', '111,11%'],
      ['Persentase Tindakan Administratif', '90%', '120%', '120%'],
    ]);
    const r = await lint(path, readFileSync(path));
    expect(byRule(r, 'capaian').map((f) => [f.expected, f.location.page, f.location.row])).toEqual([['133,33%', 1, 3]]);
  });
  it('a fraction laid out on three lines is one formula; its wrong result is reported', async () => {
    const path = await pdf(
      [
        [
          ...prose([...CHAPTERS, 'Pengukuran Kinerja:']),
          { text: '6', x: 100, y: 607 },
          { text: 'x =', x: 72, y: 600 },
          { text: '6', x: 100, y: 592 },
          { text: '× 100 %', x: 112, y: 600 },
          { text: 'x = 90 %', x: 72, y: 570 },
        ],
      ],
      'fraction.pdf',
    );
    const { doc } = await analyse(path, readFileSync(path));
    const formulas = doc.blocks.filter((b) => b.kind === 'formula').map((b) => b.text);
    expect(formulas).toEqual(['x = \\frac{6}{6} \\times 100\\%', 'x = 90\\%']);
    const r = await lint(path, readFileSync(path));
    expect(byRule(r, 'formula').map((f) => f.message)).toEqual(['6 / 6 × 100% = 100%; laporan menulis 90%']);
  });
  it('a stacked fraction in 11 pt type, a line height from its `… =` line, its long numerator centred and starting left of the `=`, is one formula line (as BPBD draws them)', async () => {
    const path = await pdf(
      [
        [
          ...prose([...CHAPTERS, 'maka digunakan rumus :']),
          // Helvetica is wider than the report's Arial: the numerator ends near x 430.
          { text: 'Realisasi-(Realisasi-Rencana)', x: 280, y: 473.5, size: 11 },
          { text: '% Pencapaian Kinerja =', x: 166.7, y: 460.3, size: 11 },
          { text: 'x 100%', x: 440, y: 460.3, size: 11 },
          { text: 'Rencana', x: 335, y: 447.1, size: 11 },
        ],
      ],
      'stacked-fraction.pdf',
    );
    const { doc } = await analyse(path, readFileSync(path));
    expect(doc.blocks.map((b) => b.text)).toContain('% Pencapaian Kinerja = (Realisasi-(Realisasi-Rencana)) / (Rencana) x 100%');
  });
  it("BPBD's two capaian formulas are read as formulas, not as tables of loose cells", async () => {
    const { doc } = await analyse('bpbd-jabar-2016.pdf', readFileSync(corpusPath('bpbd-jabar-2016.pdf')), { ocr: 'never' });
    const onPage = doc.blocks.filter((b) => b.source.page === 58 && /x 100%/.test(b.text));
    expect(onPage.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '% Pencapaian Kinerja = (Reaisasi) / (Rencana) x 100%'],
      ['paragraph', '% Pencapaian Kinerja = (Reaisasi-(Realisasi-Rencana)) / (Rencana) x 100%'],
    ]);
  });
  it('a list item wrapped under its own text (a hanging indent) is one item; a bullet alone on its line starts the item below it', async () => {
    const path = await pdf(
      [
        [
          ...prose(CHAPTERS),
          // `2)` set apart from its text, the second line starting under the text, not the number.
          { text: '•', x: 84, y: 616 },
          { text: '2)', x: 120, y: 602 },
          { text: 'Indeks Kepuasan Unit Kerja terhadap', x: 144, y: 602 },
          { text: 'Layanan Kesekretariatan sebesar 3.49 Indeks', x: 144, y: 588 },
          // A paragraph after the list, flush with the number: not part of the item.
          { text: 'Berdasarkan hal tersebut, kinerja tercapai.', x: 120, y: 560 },
        ],
      ],
      'hanging-indent.pdf',
    );
    const { doc } = await analyse(path, readFileSync(path));
    const items = doc.blocks.filter((b) => b.kind === 'listItem');
    expect(items.map((b) => [b.marker, b.text])).toEqual([['2)', '- 2) Indeks Kepuasan Unit Kerja terhadap\nLayanan Kesekretariatan sebesar 3.49 Indeks']]);
    expect(items[0]!.source).toEqual({ page: 1, line: 7, endLine: 8 });
    expect(doc.blocks.at(-1)!.text).toBe('Berdasarkan hal tersebut, kinerja tercapai.');
  });
  it('so the Kesimpulan statement of siak-2024.pdf is checked as in the Word file (3.49 against the table\'s 3.1)', async () => {
    const [pdfResult, docxResult] = await Promise.all([lintCorpus('siak-2024.pdf'), lintCorpus('siak-2024.docx')]);
    const about349 = (r: FileResult) => byRule(r, 'capaian-consistency').filter((f) => f.actual === '3.49').map((f) => f.expected);
    expect(about349(pdfResult)).toEqual(about349(docxResult));
    expect(about349(pdfResult)).toEqual(['3.1']);
  });
  it('running headers, footers and page numbers are not text', async () => {
    const pages = [1, 2, 3, 4].map((n) => [
      { text: 'LAPORAN KINERJA KANTOR IMIGRASI 2024', x: 72, y: 760 },
      ...prose([n === 1 ? 'KATA PENGANTAR' : `Bagian ${n} dari laporan kinerja tahun 2024.`, 'Isi laporan pada halaman ini.'], 700),
      { text: `- ${n} -`, x: 300, y: 30 },
    ]);
    const path = await pdf(pages, 'running.pdf');
    const { doc } = await analyse(path, readFileSync(path));
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/LAPORAN KINERJA KANTOR IMIGRASI 2024/);
    expect(text).not.toMatch(/- \d -/);
    expect(text).toMatch(/Bagian 3 dari laporan/);
  });
  it('pages without a text layer are named and the rest is linted', async () => {
    const path = await pdf([prose(CHAPTERS), [], prose(['Placeholder [satker] pada halaman tiga.'])], 'partly-scanned.pdf');
    const r = await lint(path, readFileSync(path));
    expect(r.error).toBeUndefined();
    // The blank page is rendered and read by OCR, which finds nothing on it.
    expect(r.notices).toEqual(['halaman 2 tanpa teks, OCR pun tidak menemukannya: tidak diperiksa']);
    expect((await lint(path, readFileSync(path), { lang: 'en' })).notices).toEqual(['page 2 has no text, not even by OCR: not linted']);
    expect(byRule(r, 'placeholder')[0]!.location.page).toBe(3);
    const never = await lint(path, readFileSync(path), { ocr: 'never' });
    expect(never.notices).toEqual(['halaman 2 tanpa lapisan teks (hasil pindai?): tidak diperiksa (--ocr never)']);
  });
  it('a scan, a broken file: one line naming the file, exit 2', async () => {
    const scan = await pdf([[], []], 'scan.pdf');
    const good = await pdf([prose(CHAPTERS)], 'good.pdf');
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, readFileSync(good).subarray(0, 400));
    const p = run('--format', 'json', '--lang', 'en', scan, good, broken);
    expect(p.status).toBe(2);
    const lines = p.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`${scan}: the PDF has no text layer (a scanned report) and OCR found no text on its pages`);
    expect(lines[1]).toContain(`${broken}: not a readable PDF`);
    const out = JSON.parse(p.stdout) as { files: FileResult[] };
    expect(out.files.map((f) => f.error === undefined)).toEqual([false, true, false]);
  });
  it('an encrypted PDF asks for an unprotected copy or --password, and is read with it', async () => {
    // qpdf (Debian package; .ci/run installs it) encrypts a PDF drawn here.
    const plain = await pdf([prose([...CHAPTERS, 'Placeholder [satker] di laporan terenkripsi.'])], 'plain.pdf');
    const locked = join(dir, 'locked.pdf');
    const q = spawnSync('qpdf', ['--encrypt', 'rahasia', 'pemilik', '256', '--', plain, locked], { encoding: 'utf8' });
    expect(q.status, q.stderr).toBe(0);
    const without = run(locked, '--lang', 'en');
    expect(without.status).toBe(2);
    expect(without.stderr.trim()).toBe(`lkjip-lint: ${locked}: the PDF is encrypted with a password; ask for an unprotected copy, or run again with --password <password>`);
    const byDefault = run(locked);
    expect(byDefault.status).toBe(2);
    expect(byDefault.stderr.trim()).toBe(`lkjip-lint: ${locked}: PDF ini terenkripsi dengan kata sandi; mintalah salinan tanpa kata sandi, atau jalankan lagi dengan --password <kata sandi>`);
    const wrong = run(locked, '--password', 'salah');
    expect(wrong.stderr).toMatch(/kata sandi PDF salah/);
    const right = run(locked, '--password', 'rahasia', '--format', 'json');
    expect(right.status).toBe(1);
    const out = JSON.parse(right.stdout) as { files: FileResult[] };
    expect(out.files[0]!.findings.some((f) => f.ruleId === 'placeholder' && f.location.page === 1)).toBe(true);
  });
  it('a PDF with only an owner password (empty user password) is linted as a reader opens it, whatever the cipher', async () => {
    const plain = await pdf([prose([...CHAPTERS, 'Placeholder [satker] di laporan terenkripsi.'])], 'owner-plain.pdf');
    const open = run(plain, '--format', 'json');
    const expected = (JSON.parse(open.stdout) as { files: FileResult[] }).files[0]!.findings.map((f) => [f.ruleId, f.location.page]);
    expect(expected).toContainEqual(['placeholder', 1]);
    for (const how of [['40'], ['128', '--use-aes=n'], ['128', '--use-aes=y'], ['256']]) {
      const locked = join(dir, `owner-${how.join('')}.pdf`);
      const q = spawnSync('qpdf', ['--allow-weak-crypto', '--encrypt', '', 'pemilik', ...how, ...(how[0] === '40' ? ['--print=n', '--modify=n'] : ['--print=none', '--modify=none']), '--', plain, locked], { encoding: 'utf8' });
      expect(q.status, q.stderr).toBe(0);
      expect(readFileSync(locked).includes(Buffer.from('/Encrypt')), how.join(' ')).toBe(true);
      const r = run(locked, '--format', 'json');
      expect([how.join(' '), r.status, r.stderr]).toEqual([how.join(' '), open.status, '']);
      expect((JSON.parse(r.stdout) as { files: FileResult[] }).files[0]!.findings.map((f) => [f.ruleId, f.location.page]), how.join(' ')).toEqual(expected);
    }
  });
  it('--max-pages reads only the first pages and says so', async () => {
    const path = await pdf([prose(CHAPTERS), prose(['Halaman dua [satker].']), prose(['Halaman tiga [satker].'])], 'long.pdf');
    const r = await lint(path, readFileSync(path), { maxPages: 2 });
    expect(r.notices).toContain('hanya 2 dari 3 halaman pertama yang dibaca (batas halaman); naikkan dengan --max-pages');
    expect(byRule(r, 'placeholder').map((f) => f.location.page)).toEqual([2]);
  });
});
