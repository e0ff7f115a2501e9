import { describe, expect, it } from 'vitest';
import { isBudgetTable, type TableLine } from '../src/parse/pdf-budget-rows.js';

/** A table line from its cells, each at the given x (12 pt per line, 6 pt per character). */
const line = (y: number, cells: [string, number][]): TableLine => {
  const segs = cells.map(([text, x]) => ({ text, x, x1: x + text.length * 6, y, h: 9 }));
  return { y, runs: segs, segs };
};
const rows = (cells: [string, number][][]): TableLine[] => cells.map((c, k) => line(700 - k * 12, c));

describe('which PDF tables are read as budget tables', () => {
  it('a capaian table (Target | Realisasi | % of percentages) is not one, though its header says Realisasi', () => {
    const capaian = rows([
      [['No', 40], ['Indikator Kinerja', 70], ['Target', 300], ['Realisasi', 360], ['% Capaian', 430], ['Kategori', 500]],
      [['1', 40], ['Persentase Puskesmas terakreditasi', 70], ['90%', 300], ['81.81%', 360], ['90,9', 430], ['Baik', 500]],
      [['2', 40], ['Cakupan imunisasi dasar lengkap', 70], ['91%', 300], ['91,8%', 360], ['100,88', 430], ['Baik', 500]],
      [['3', 40], ['Jumlah rumah sakit terakreditasi', 70], ['21', 300], ['34', 360], ['161,9', 430], ['Sangat Baik', 500]],
    ]);
    expect(isBudgetTable(capaian)).toBe(false);
  });
  it('a table of anggaran and realisasi in rupiah under a budget header is one', () => {
    const budget = rows([
      [['NO', 40], ['PROGRAM/KEGIATAN', 70], ['ANGGARAN (Rp)', 300], ['REALISASI (Rp)', 400], ['SISA', 500]],
      [['I', 40], ['Program Pelayanan Administrasi Perkantoran', 70], ['869.633.513,00', 300]],
      [['1', 40], ['Penyediaan Jasa Surat Menyurat', 70], ['125.000.000,00', 300], ['118.250.000,00', 400], ['6.750.000,00', 500]],
    ]);
    expect(isBudgetTable(budget)).toBe(true);
  });
  it('a page of a budget table carried on from the page before (no header) is one by its two columns of amounts', () => {
    const carried = rows([
      [['23', 40], ['Sinergitas Penguatan Peran Pemerintah Desa', 70], ['1.250.000.000,00', 300], ['1.165.288.565,00', 400]],
      [['24', 40], ['Peningkatan Kapasitas Aparatur Desa', 70], ['900.000.000,00', 300], ['299.613.050,00', 400]],
      [['25', 40], ['Peningkatan Administrasi Pemerintahan Desa', 70], ['750.000.000,00', 300], ['662.135.500,00', 400]],
    ]);
    expect(isBudgetTable(carried)).toBe(true);
  });
  it('a table of counts with a JUMLAH row but no amounts of money is not one', () => {
    const counts = rows([
      [['No', 40], ['Kabupaten/Kota', 70], ['Jumlah Desa', 300], ['Desa UCI', 400]],
      [['1', 40], ['Bogor', 70], ['434', 300], ['394', 400]],
      [['2', 40], ['Sukabumi', 70], ['386', 300], ['366', 400]],
      [['JUMLAH', 70], ['5.956', 300], ['5.469', 400]],
    ]);
    expect(isBudgetTable(counts)).toBe(false);
  });
});
