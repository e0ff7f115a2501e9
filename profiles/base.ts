/**
 * The base profile: the structure PermenPAN-RB 53/2014 prescribes for every LKjIP (Ikhtisar /
 * Ringkasan Eksekutif, BAB I Pendahuluan, BAB II Perencanaan Kinerja, BAB III Akuntabilitas Kinerja
 * with the capaian and the budget, BAB IV Penutup, Lampiran), with the foreword and contents every
 * published report carries. A report that fits no more specific template gets this one.
 */
import { defineProfile, type RequiredPart } from './schema.js';

export const FRONT_MATTER: RequiredPart[] = [
  { id: 'kata-pengantar', title: 'KATA PENGANTAR', patterns: ['^KATA PENGANTAR$'], subsections: [] },
  { id: 'daftar-isi', title: 'DAFTAR ISI', patterns: ['^DAFTAR ISI$'], subsections: [] },
  { id: 'ikhtisar', title: 'IKHTISAR EKSEKUTIF', patterns: ['^(IKHTISAR|RINGKASAN) EKSEKUTIF$', '^EXECUTIVE SUMMARY$'], subsections: [] },
];

export const LAMPIRAN: RequiredPart = { id: 'lampiran', title: 'LAMPIRAN', patterns: ['^LAMPIRAN(\\s*-?\\s*LAMPIRAN)?\\s*:?$'], subsections: [] };

/** BAB I–IV with the titles the template gives them and the subsections it requires. */
export function chapters(titles: [string, string, string, string], subsections: Partial<Record<1 | 2 | 3 | 4, string[]>> = {}): RequiredPart[] {
  return titles.map((title, k) => ({ id: `bab-${k + 1}`, title, patterns: [], chapter: k + 1, subsections: subsections[(k + 1) as 1 | 2 | 3 | 4] ?? [] }));
}

/** The parts PermenPAN-RB 53/2014 prescribes, as the base profile and the templates that follow it unchanged require them. */
export const PERMENPAN_PARTS: RequiredPart[] = [
  ...FRONT_MATTER,
  ...chapters(['BAB I PENDAHULUAN', 'BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP'], {
    2: ['Perjanjian Kinerja'],
    3: ['Capaian Kinerja', 'Realisasi Anggaran'],
  }),
  LAMPIRAN,
];

export default defineProfile({
  id: 'base',
  title: 'PermenPAN-RB 53/2014',
  basis: 'Peraturan Menteri PANRB Nomor 53 Tahun 2014 (Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu)',
  requiredParts: PERMENPAN_PARTS,
  budget: { spendingTypes: [], ceilingWords: ['Pagu', 'Anggaran'] },
});
