/**
 * Small constructors the unit files share, and the legal basis every LKjIP cites.
 */
import { program, type BudgetLine, type Polarity } from './model.js';
import type { TemplateStyle, UnitIndicator } from './unit.js';

export function ind(
  name: string,
  satuan: string,
  target: number | null,
  realisasi: number,
  opts: { decimals?: number; negative?: boolean; history?: [number, number][]; annual?: number; ratio?: [string, string, number, number] },
  analysis: string,
): UnitIndicator {
  const polarity: Polarity = opts.negative ? 'negative' : 'positive';
  return {
    name,
    satuan,
    target,
    realisasi,
    decimals: opts.decimals ?? 2,
    polarity,
    history: (opts.history ?? []).map(([t, r]) => ({ target: t, realisasi: r })),
    ...(opts.annual !== undefined ? { annualTarget: opts.annual } : {}),
    ...(opts.ratio ? { ratio: { num: opts.ratio[0], den: opts.ratio[1], a: opts.ratio[2], b: opts.ratio[3] } } : {}),
    analysis,
  };
}

export const line = (name: string, pagu: number, realisasi: number): BudgetLine => ({ name, pagu, realisasi });

export const prog = (name: string, ...kegiatan: [string, number, number][]): BudgetLine => program(name, kegiatan.map(([n, p, r]) => line(n, p, r)));

export const SAKIP_LAWS = [
  'Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi dan Nepotisme;',
  'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;',
];

export const BASE_STYLE: TemplateStyle = {
  locale: 'id',
  sections: 'decimal',
  caption: 'arabic',
  formula: 'latex',
  negativeForm: '2t',
  summaryTitle: 'IKHTISAR EKSEKUTIF',
  coverLines: [],
  chapterTitles: ['PENDAHULUAN', 'PERENCANAAN KINERJA', 'AKUNTABILITAS KINERJA', 'PENUTUP'],
  chapterSplit: false,
  averageRows: false,
  money: 'space',
  wording: 0,
  columnNumbers: false,
  selfName: 'LKjIP',
  targetWord: 'Target',
};
