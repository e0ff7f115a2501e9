/**
 * table-arithmetic: totals that are not the sum of their rows (program rows that repeat the sum of
 * their activity rows are recognised, so nothing is counted twice), sub-totals that are not the sum
 * of their children, budget % that is not realisasi / pagu, sisa that is not pagu − realisasi.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { columnGroups, isAverageRow, isTotalRow, num } from '../src/facts/columns.js';
import type { TableFacts } from '../src/facts/tables.js';
import { formatLike, formatResult, markBeside, matchesPrinted } from '../src/numbers.js';
import { ocrTables } from '../src/facts/ocr-rows.js';

interface Structure {
  /** parent row → its child rows */
  parents: Map<number, number[]>;
  children: Set<number>;
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.5;

/** Parent rows that equal the sum of the rows right below them, found on one column. */
function findStructure(values: (number | null)[], rows: number[]): Structure {
  const parents = new Map<number, number[]>();
  const children = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    const v = values[k];
    if (v === null || v === undefined || v === 0) continue;
    let sum = 0;
    const kids: number[] = [];
    for (let j = k + 1; j < rows.length; j++) {
      const w = values[j];
      if (w === null || w === undefined) break;
      sum += w;
      kids.push(rows[j]!);
      if (same(sum, v) || sum > v + 0.5) break;
    }
    if (kids.length >= 1 && same(sum, v)) {
      parents.set(rows[k]!, kids);
      for (const c of kids) children.add(c);
      k += kids.length;
    }
  }
  return { parents, children };
}

const ROMAN = /^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\.?$/;

/** A row's level in a program → kegiatan list: its number (`IX` a program, `10` a kegiatan) or its first words. */
function levelOf(cells: string[]): 0 | 1 | null {
  const first = cells.map((c) => c.trim()).find((c) => c !== '') ?? '';
  if (ROMAN.test(first)) return 0;
  if (/^\d{1,3}\.?$/.test(first)) return 1;
  const label = cells.map((c) => c.trim()).find((c) => /\p{L}{3}/u.test(c)) ?? '';
  if (/^program\b/i.test(label)) return 0;
  if (/^kegiatan\b/i.test(label)) return 1;
  return null;
}

/**
 * The hierarchy a table's numbering declares (programs I, II … over kegiatan 1, 2 …), taken when
 * the figures bear it out: in some summed column at least half of the programs (two at least) are
 * the sum of their kegiatan. A program whose own figures do not add up is then a sub-total finding.
 */
function declaredStructure(t: TableFacts, body: number[], cols: number[]): Structure | null {
  const rows = t.block.rows ?? [];
  const levels = body.map((k) => levelOf(rows[k]!.cells));
  if (levels.filter((l) => l === 0).length < 2 || levels.filter((l) => l === 1).length < 2) return null;
  const parents = new Map<number, number[]>();
  let current: number | null = null;
  body.forEach((k, i) => {
    if (levels[i] === 0) current = k;
    else if (levels[i] === 1 && current !== null) parents.set(current, [...(parents.get(current) ?? []), k]);
  });
  if (parents.size < 2) return null;
  const holds = cols.some((c) => {
    let ok = 0;
    for (const [p, kids] of parents) {
      const v = num(t, p, c);
      const vals = kids.map((k) => num(t, k, c));
      if (v && vals.every((x) => x !== null) && same(v.value, vals.reduce((a, x) => a + x!.value, 0))) ok++;
    }
    return ok >= 2 && ok * 2 >= parents.size;
  });
  if (!holds) return null;
  return { parents, children: new Set([...parents.values()].flat()) };
}

/**
 * Whether the rows above a table's first total are the rest of a list begun earlier (over a
 * page): the first numbered program is not I, or the first numbered kegiatan not 1. Such a total adds up rows this
 * table does not hold, so it is not judged on them.
 */
function continuesEarlier(t: TableFacts, body: number[]): boolean {
  const rows = t.block.rows ?? [];
  // (a row's number: in its first two filled cells, `MISI 3 | 1`)
  const numbers = body.map((k) => rows[k]!.cells.map((c) => c.trim()).filter((c) => c !== '').slice(0, 2));
  const roman = numbers.map((n) => n.find((c) => ROMAN.test(c))).find((c) => c !== undefined);
  const arabic = numbers.map((n) => n.find((c) => /^\d{1,3}\.?$/.test(c))).find((c) => c !== undefined);
  return (roman !== undefined && roman.replace('.', '') !== 'I') || (arabic !== undefined && arabic.replace('.', '') !== '1');
}

function sumColumns(t: TableFacts): number[] {
  return t.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.role !== 'number' && c.role !== 'year' && c.role !== 'capaian' && c.role !== 'percent' && c.role !== 'target')
    .map(({ i }) => i);
}

export default defineRule({
  id: 'table-arithmetic',
  description: { id: 'Jumlah, subtotal, persentase atau sisa anggaran yang salah hitung', en: 'Totals, sub-totals, budget percentages or balances that do not compute' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'No.\tURAIAN\tJUMLAH\n1\tStruktural Eselon III\t1\n2\tPegawai JFT\t11\n\tTotal\t12', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: 'Uraian\tPagu\tRealisasi\tPersentase\nKoordinasi\t41.620.000\t38.411.200\t92.30%', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the budget recap whose sisa, % and JUMLAH all hold (DPM-Desa BAB III, BTL + BL; columns as tabs)', text: '                      REKAPITULASI BELANJA BPMPD PROVINSI JAWA BARAT T.A. 2016\n                                                   (SUMBER DANA APBD)\n\nBELANJA\tDPA T.A 2016 (Rp)\tREALISASI (Rp)\tSISA ANGGARAN\t% REALISASI\nBELANJA TIDAK LANGSUNG (GAJI, TUNJANGAN, TAMBAHAN PENGHASILAN PNS)\t10.927.840.003,-\t10.605.660.858,-\t322.179.145,-\t97,05\nBELANJA LANGSUNG\t37.664.381.200,-\t33.030.490.451,00\t4.633.890.749,00\t87,70\nJUMLAH\t48. 592.221.203,-\t43.636.151.309,-\t4.956.069.894,-\t89,80', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
      { name: 'kegiatan rows whose % is realisasi / anggaran (DPUPR Realisasi Anggaran, rows 1-3 and 5)', text: '  B. REALISASI ANGGARAN\n     Aspek keuangan Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021 adalah\nsebagai berikut :\n\nNO.\tKEGIATAN\tANGGARAN (Rp.)\tREALISASI (RP)\tPersen (%)\n1.\tKegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t264.320.000\t195.645.500\t74,02\n2.\tKegiatan Administrasi Keuangan Perangkat Daerah\t10.662.131.000\t10.134.753.523\t95,05\n3.\tKegiatan Administrasi barang Milik Daerah pada Perangkat Daerah\t76.412.000\t71.650.000\t93,77\n5.\tKegiatan Administrasi Umum Perangkat Daerah\t2.872.447.000\t2.749.456.967\t95,72', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' } },
      { name: 'each row\'s % is UCI villages / villages (Dinkes Tabel 3.3: 394 / 434 = 90,8 …; columns as tabs)', text: '                                                     Tabel 3.3\n                                Pencapaian UCI Desa/Kelurahan Kab/Kota Tahun 2016\nNO\tKAB / KOTA\tJUMLAH DESA/KELURAHAN\tJUMLAH DESA/KELURAHAN UCI\t%\n1\tBOGOR\t434\t394\t90.8\n2\tSUKABUMI\t386\t366\t94.8\n3\tCIANJUR\t360\t317\t88.1\n4\tBANDUNG\t280\t212\t75.7\n5\tGARUT\t442\t367\t83.0\n6\tTASIKMALAYA\t351\t334\t95.2\n7\tCIAMIS\t265\t240\t90.6\n8\tKUNINGAN\t376\t344\t91.5\n9\tCIREBON\t424\t370\t87.3\n10\tMAJALENGKA\t343\t327\t95.3\n11\tSUMEDANG\t277\t277\t100.0\n12\tINDRAMAYU\t317\t293\t92.4\n13\tSUBANG\t253\t241\t95.3\n14\tPURWAKARTA\t192\t177\t92.2\n15\tKARAWANG\t309\t286\t92.6\n17\tBANDUNG_BARAT\t165\t165\t100.0\n18\tPANGANDARAN\t93\t87\t93.5', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'programs (VII, X, XI) that are the sums of their kegiatan (1, 2 …) under a JUMLAH of the programs (DPM-Desa rincian, the realisasi column only, XI as its kegiatan add up)', text: 'NO\tPROGRAM/KEGIATAN\tREALISASI (Rp)\nVII\tProgram Pengelolaan Keuangan dan Kekayaan Daerah\t91.580.000,00\n7\tPengelolaan Keuangan Daerah pada BPMPD Provinsi Jawa Barat\t91.580.000,00\nX\tProgram peningkatan dan pembinaan peranserta masyarakat dalam pembangunan\t2.291.593.278,00\n21\tPemberdayaan dan Kesejahteraan Keluarga\t2.291.593.278,00\nXI\tProgram Pemantapan Pemerintahan dan Pembangunan Desa\t3.292.325.680,00\n22\tPembinaan Pemerintahan Desa dan Kelurahan melalui Lomba Desa/Kelurahan tingkat Provinsi dan Tingkat Nasional\t1.165.288.565,00\n23\tSinergitas Penguatan Peran Pemerintah Desa dan Gubernur Ngamumule Lembur (GNL)\t1.165.288.565,00\n24\tPeningkatan Kapasitas Aparatur Pemerintah Desa dalam Mendukung tata Kelola Keuanagn Desa (SIMKEUDES)\t299.613.050,00\n25\tPeningkatan Administrasi Pemerintahan Desa melalui Profil Desa/Kelurahan\t662.135.500,00\n\tJUMLAH\t5.675.498.958,00', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
      { name: 'a table that goes on from the page before (programs from IV, kegiatan from 7): its JUMLAH adds up rows it does not hold, so it is not judged on the rows it has', text: 'NO\tPROGRAM/KEGIATAN\tANGGARAN (Rp)\tREALISASI (Rp)\nIV\tProgram Pengembangan Data dan Statistik\t1.200.000.000,00\t1.050.000.000,00\n7\tPenyusunan Buku Data Tahunan\t700.000.000,00\t620.000.000,00\n8\tPengelolaan Portal Data\t500.000.000,00\t430.000.000,00\nV\tProgram Pengawasan Internal\t800.000.000,00\t760.000.000,00\n9\tReviu Laporan Keuangan\t800.000.000,00\t760.000.000,00\n\tJUMLAH\t9.450.000.000,00\t8.120.000.000,00', context: { year: 2016, unit: 'Dinas Komunikasi dan Informatika Kabupaten Contoh' } },
      { name: 'two kegiatan whose % (a column headed Serapan) differ by less than a half under their JUMLAH: the % column does not make the first a program over the second', text: 'No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSerapan\tSisa (Rp)\nB\tBelanja Modal\n1\tBelanja Modal Peralatan dan Mesin\t4.200.000.000\t4.010.000.000\t95,48%\t190.000.000\n2\tBelanja Modal Jalan dan Irigasi\t2.500.000.000\t2.377.500.000\t95,10%\t122.500.000\n\tJumlah Belanja Modal\t6.700.000.000\t6.387.500.000\t95,34%\t312.500.000', context: { year: 2023, unit: 'Dinas Pekerjaan Umum Kabupaten Contoh' } },
      { name: 'a kegiatan (1) over its sub-kegiatan (1.1, 1.2) whose label runs over a page with the header repeated: structure found on the amounts, the numbers 1.1 + 1.2 not summed', text: 'No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\n1\tUpaya Kesehatan Masyarakat\t410.000.000\t395.500.000\n1.1\tPelayanan\t260.000.000\t251.000.000\nNo\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\n\tKesehatan Keluarga\n1.2\tPencegahan Penyakit\t150.000.000\t144.500.000\n\tJumlah\t410.000.000\t395.500.000', context: { year: 2024, unit: 'UPTD Puskesmas Contoh' } },
    ],
    invalid: [
      { text: 'No.\tURAIAN\tJUMLAH\n1\tStruktural Eselon III\t1\n2\tStruktural Eselon IV\t1\n3\tStruktural Eselon V\t9\n4\tPegawai JFT\t11\n5\tPegawai JFU\t0\n\tTotal\t25', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 7, expected: '22', actual: '25' }] },
      { text: 'Uraian\tPagu\tRealisasi\tPersentase\nLayanan Prasarana Internal\t1.932.000.000\t1.096.156.900\t97.83%', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 2, expected: '56.74%', actual: '97.83%' }] },
      { name: 'a kegiatan\'s % that is not realisasi / anggaran (DPUPR Realisasi Anggaran: 784.311.900 / 845.629.898 = 92,75%, printed 92,72)', text: '  B. REALISASI ANGGARAN\n     Aspek keuangan Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021 adalah\nsebagai berikut :\n\nNO.\tKEGIATAN\tANGGARAN (Rp.)\tREALISASI (RP)\tPersen (%)\n1.\tKegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t264.320.000\t195.645.500\t74,02\n2.\tKegiatan Administrasi Keuangan Perangkat Daerah\t10.662.131.000\t10.134.753.523\t95,05\n3.\tKegiatan Administrasi barang Milik Daerah pada Perangkat Daerah\t76.412.000\t71.650.000\t93,77\n4.\tKegiatan Administrasi Kepegawaian Perangkat Daerah\t845.629.898\t784.311.900\t92,72\n5.\tKegiatan Administrasi Umum Perangkat Daerah\t2.872.447.000\t2.749.456.967\t95,72', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' }, findings: [{ line: 9, expected: '92,75%', actual: '92,72' }] },
      { name: 'a sisa with its last group dropped (DPM-Desa rincian: 959.000.000 − 920.059.100 = 38.940.900, printed 38.940,00)', text: 'NO\tPROGRAM/KEGIATAN\tANGGARAN (Rp)\tREALISASI (Rp) 2016\tSISA ANGGARAN\t%\nVIII\tProgram Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan\t345.000.000,00\t243.081.150,00\t101.918.850,00\t70,46\n8\tPenyusunan Dokumen Rencana, Evaluasi, dan Pelaporan Internal BPMPD\t95.000.000,00\t42.150.000,00\t52.850.000,00\t44,37\n9\tEvaluasi dan Verifikasi Bantuan Keuangan\t250.000.000,00\t200.931.150,00\t49.068.850,00\t80,37\n10\tPeran kelembagaan Desa dalam Perbaikan Rumah Tidak Layak Huni di Kawasan Perdesaan\t750.000.000,00\t616.432.650,00\t133.567.350,00\t82,19\n11\tPembinaan Posyantek dan Wartek serta Gelar Teknologi Tepat Guna Tk. Provinsi dan\t959.000.000,00\t920.059.100,00\t38.940,00\t95,94', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 6, expected: '38.940.900', actual: '38.940,00' }] },
      { name: 'a program that is not the sum of its kegiatan, in the only summed column (DPM-Desa rincian, realisasi only: XI 3.366.618.033,00 where 22-25 add up to 3.292.325.680)', text: 'NO\tPROGRAM/KEGIATAN\tREALISASI (Rp)\nVII\tProgram Pengelolaan Keuangan dan Kekayaan Daerah\t91.580.000,00\n7\tPengelolaan Keuangan Daerah pada BPMPD Provinsi Jawa Barat\t91.580.000,00\nX\tProgram peningkatan dan pembinaan peranserta masyarakat dalam pembangunan\t2.291.593.278,00\n21\tPemberdayaan dan Kesejahteraan Keluarga\t2.291.593.278,00\nXI\tProgram Pemantapan Pemerintahan dan Pembangunan Desa\t3.366.618.033,00\n22\tPembinaan Pemerintahan Desa dan Kelurahan melalui Lomba Desa/Kelurahan tingkat Provinsi dan Tingkat Nasional\t1.165.288.565,00\n23\tSinergitas Penguatan Peran Pemerintah Desa dan Gubernur Ngamumule Lembur (GNL)\t1.165.288.565,00\n24\tPeningkatan Kapasitas Aparatur Pemerintah Desa dalam Mendukung tata Kelola Keuanagn Desa (SIMKEUDES)\t299.613.050,00\n25\tPeningkatan Administrasi Pemerintahan Desa melalui Profil Desa/Kelurahan\t662.135.500,00\n\tJUMLAH\t5.749.791.311,00', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 6, expected: '3.292.325.680', actual: '3.366.618.033,00' }] },
    ],
    knownGaps: [
      {
        case: { name: 'a realisasi % of 89,66 where realisasi equals the revised anggaran (RSJ Tabel 11: 1.399.735.000 / 1.399.735.000 = 100,00)', text: '                                         Tabel 11\n                               Realisasi Keuangan Kegiatan\nPROGRAM/ KEGIATAN\tANGGARAN SEBELUM PERUBAHAN\tANGGARAN SESUDAH PERUBAHAN\tREALISASI ANGGARAN\tREALISASI %\nProgram Promosi Kesehatan\t518.309.200,-\t518.309.200,-\t494.541.600,-\t95,41\nPeningkatan Penyebarluasan Informasi Kesehatan Jiwa dan Napza Pada Masyarakat\t518.309.200,-\t518.309.200,-\t494.541.600,-\t95,41\nProgram Pengembangan Lingkungan Sehat\t1.275.000.000,-\t1.399.735.000,-\t1.399.735.000,-\t89,66\nPenyelenggaraan Kesehatan dan Keselamatan Kerja Rumah Sakit Jiwa\t1.275.000.000,-\t1.399.735.000,-\t1.399.735.000,-\t89,66', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' }, findings: [{ line: 6, expected: '100,00%', actual: '89,66' }, { line: 7, expected: '100,00%', actual: '89,66' }] },
        today: 'wrong-finding',
        why: 'the first money column (anggaran sebelum perubahan) is taken as the pagu although the table has the revised anggaran (sesudah perubahan): it reports 109,78% expected instead of 100,00%',
      },
    ],
  },
  check({ doc, facts, report }) {
    const mark = facts.decimalMark;
    for (const t of facts.tables) {
      if (t.kind === 'toc') continue;
      const rows = t.block.rows ?? [];
      // Budget percentage and balance, per row and per year group.
      for (const g of columnGroups(t)) {
        if (g.pagu === undefined || g.realisasi === undefined) continue;
        for (let r = t.headerRows; r < rows.length; r++) {
          const pagu = num(t, r, g.pagu);
          const real = num(t, r, g.realisasi);
          if (!pagu || !real || pagu.value === 0) continue;
          const pct = num(t, r, g.capaian);
          if (pct && (pct.percent || t.columns[g.capaian!]!.header.includes('%'))) {
            const expected = (real.value / pagu.value) * 100;
            if (!matchesPrinted(pct, expected)) {
              const e = formatResult(expected, { decimalMark: pct.decimalMark ?? mark, percent: true });
              report({
                block: t.block,
                row: r,
                cell: g.capaian!,
                message: { id: `${real.text} / ${pagu.text} × 100% = ${e}; laporan menulis ${pct.text}`, en: `${real.text} / ${pagu.text} × 100% = ${e}; the report says ${pct.text}` },
                expected: e,
                actual: pct.text,
              });
            }
          }
          const sisa = num(t, r, g.sisa);
          if (sisa && !same(sisa.value, pagu.value - real.value)) {
            const e = formatLike(pagu.value - real.value, 0, { decimalMark: markBeside(sisa, ',') });
            report({
              block: t.block,
              row: r,
              cell: g.sisa!,
              message: { id: `Sisa ${pagu.text} − ${real.text} = ${e}; laporan menulis ${sisa.text}`, en: `Balance ${pagu.text} − ${real.text} = ${e}; the report says ${sisa.text}` },
              expected: e,
              actual: sisa.text,
            });
          }
        }
      }
      // Totals.
      const cols = sumColumns(t);
      let start = t.headerRows;
      for (let r = t.headerRows; r < rows.length; r++) {
        const cells = rows[r]!.cells;
        if (isAverageRow(cells)) {
          start = r + 1;
          continue;
        }
        if (!isTotalRow(cells)) continue;
        const body: number[] = [];
        for (let k = start; k < r; k++) if (!isTotalRow(rows[k]!.cells)) body.push(k);
        const first = start === t.headerRows;
        start = r + 1;
        if (body.length < 2) continue;
        // The structure (program rows summing their activities) is read off the column where it reconciles.
        let structure: Structure = { parents: new Map(), children: new Set() };
        // (rows of text alone, a label's lines carried over a page or a header repeated there, are passed over)
        const dataRows = body.filter((k) => cols.some((c) => num(t, k, c) !== null));
        for (const c of cols) {
          const vals = dataRows.map((k) => num(t, k, c)?.value ?? null);
          const total = num(t, r, c);
          // (not on a column of percentages: within the half-unit tolerance any two of them look alike)
          if (!total || total.percent) continue;
          const flat = vals.reduce<number>((a, v) => a + (v ?? 0), 0);
          if (same(flat, total.value)) continue;
          const s = findStructure(vals, dataRows);
          const top = body.filter((k) => !s.children.has(k)).reduce((a, k) => a + (num(t, k, c)?.value ?? 0), 0);
          if (s.parents.size > 0 && same(top, total.value)) {
            structure = s;
            break;
          }
        }
        if (structure.parents.size === 0) structure = declaredStructure(t, body, cols) ?? structure;
        const partial = first && continuesEarlier(t, body);
        for (const c of partial ? [] : cols) {
          const total = num(t, r, c);
          const present = body.map((k) => num(t, k, c)).filter((v) => v !== null);
          if (!total || present.length < 2 || total.percent || present.some((v) => v!.percent)) continue;
          const topRows = body.filter((k) => !structure.children.has(k));
          const flat = body.reduce((a, k) => a + (num(t, k, c)?.value ?? 0), 0);
          const top = topRows.reduce((a, k) => a + (num(t, k, c)?.value ?? 0), 0);
          if (same(flat, total.value) || same(top, total.value)) continue;
          const terms = topRows.map((k) => num(t, k, c)).filter((v) => v !== null).map((v) => v!.text.replace(/^Rp\.?\s?/, ''));
          const e = formatLike(top, Math.max(0, ...present.map((v) => v!.decimals)), { decimalMark: total.decimalMark ?? (/\d,\d{3}/.test(total.text) ? '.' : ',') });
          const shown = terms.length <= 8 ? terms.join(' + ') : `${terms.slice(0, 3).join(' + ')} + … (${terms.length} baris)`;
          report({
            block: t.block,
            row: r,
            cell: c,
            message: { id: `Jumlah ${shown} = ${e}; laporan menulis ${total.text}`, en: `Sum ${shown} = ${e}; the report says ${total.text}` },
            expected: e,
            actual: total.text,
          });
        }
        // Sub-totals: every parent row against its children, in every summed column.
        /** Whether row k's cell in column c is the row's number (`1`, `1.2`): its first filled cell, a short dotted number. */
        const numbering = (k: number, c: number) => {
          const cells = rows[k]!.cells.map((x) => x.trim());
          return cells.findIndex((x) => x !== '') === c && /^\d{1,3}(?:\.\d{1,2})*\.?$/.test(cells[c]!);
        };
        for (const [parent, kids] of structure.parents) {
          for (const c of cols) {
            if ([parent, ...kids].every((k) => numbering(k, c))) continue;
            const p = num(t, parent, c);
            const vals = kids.map((k) => num(t, k, c));
            if (!p || vals.some((v) => v === null) || p.percent) continue;
            const sum = vals.reduce((a, v) => a + v!.value, 0);
            if (same(sum, p.value)) continue;
            const e = formatLike(sum, 0, { decimalMark: p.decimalMark ?? (/\d,\d{3}/.test(p.text) ? '.' : ',') });
            report({
              block: t.block,
              row: parent,
              cell: c,
              message: { id: `Subtotal ${vals.map((v) => v!.text.replace(/^Rp\.?\s?/, '')).join(' + ')} = ${e}; laporan menulis ${p.text}`, en: `Sub-total ${vals.map((v) => v!.text.replace(/^Rp\.?\s?/, '')).join(' + ')} = ${e}; the report says ${p.text}` },
              expected: e,
              actual: p.text,
            });
          }
        }
      }
    }
    // Tables that lost their grid (OCR): when most rows end in the sum of their figures, the rows
    // that do not are wrong (`2020 26.919 24 975 27.018`).
    for (const rows of ocrTables(doc.blocks)) {
      const sumRows = rows.filter((r) => !r.values.some((v) => v.percent));
      if (sumRows.length < 3) continue;
      const sumOf = (r: (typeof rows)[number]) => r.values.slice(0, -1).reduce((a, v) => a + v.value, 0);
      const holds = (r: (typeof rows)[number]) => Math.abs(sumOf(r) - r.values[r.values.length - 1]!.value) < 0.5;
      const ok = sumRows.filter(holds);
      const bad = sumRows.filter((r) => !holds(r));
      if (ok.length < 3 || bad.length >= ok.length) continue;
      for (const r of bad) {
        const last = r.values[r.values.length - 1]!;
        const expected = formatLike(sumOf(r), 0, { decimalMark: facts.decimalMark });
        report({
          block: r.block,
          offset: r.offset,
          length: r.length,
          message: {
            id: `${r.label ? r.label + ': ' : ''}${r.values.slice(0, -1).map((v) => v.text).join(' + ')} = ${expected}; laporan menulis ${last.text} (baris lain tabel ini menjumlah dengan benar)`,
            en: `${r.label ? r.label + ': ' : ''}${r.values.slice(0, -1).map((v) => v.text).join(' + ')} = ${expected}; the report says ${last.text} (the table's other rows add up)`,
          },
          expected,
          actual: last.text,
        });
      }
    }
  },
});
