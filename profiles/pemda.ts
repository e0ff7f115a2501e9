/**
 * Perangkat Daerah of a Provinsi / Kabupaten / Kota (Dinas, Badan, Biro of the Sekretariat Daerah,
 * Inspektorat, RSUD / RSJ, Satpol PP, Kecamatan): the PermenPAN-RB 53/2014 chapters as the regional
 * governments' guidelines (Pergub / Perbup / Perwal) print them, with numbered sections `1.1`, `3.2`,
 * `BAB II PERENCANAAN DAN PERJANJIAN KINERJA`; APBD budgets in Belanja Langsung / Tidak Langsung
 * (before 2021) or Belanja Operasi / Modal / Tidak Terduga (Permendagri 90/2019); `Rencana` for the
 * target; the lower-is-better formula (Rencana − (Realisasi − Rencana)) / Rencana × 100%.
 */
import { defineProfile } from './schema.js';
import { PERMENPAN_PARTS } from './base.js';

export default defineProfile({
  id: 'pemda',
  title: 'Perangkat Daerah (Pemerintah Provinsi / Kabupaten / Kota)',
  basis: 'Peraturan Menteri PANRB Nomor 53 Tahun 2014, as the regional government\'s guideline (Pergub / Perbup / Perwal) applies it',
  unitKinds: ['Dinas', 'Badan', 'Biro', 'Inspektorat', 'Sekretariat', 'RSUD', 'RSJ', 'Rumah Sakit', 'Satpol PP', 'Kecamatan', 'Kelurahan', 'Puskesmas', 'Pemerintah Daerah'],
  textSignals: ['\\bPerangkat Daerah\\b', '\\bOPD\\b', '\\bRPJMD\\b', '\\bAPBD\\b', '\\bBelanja (Tidak )?Langsung\\b', '\\bPermendagri\\b', '\\bPeraturan (Gubernur|Bupati|Wali ?kota)\\b'],
  requiredParts: PERMENPAN_PARTS,
  placeholder: { templateNotes: [], templateNotesOwnKinds: [], labels: ['Nama Kepala Dinas', 'Nama OPD', 'Nama Perangkat Daerah'] },
  decreePatterns: [],
  budget: {
    spendingTypes: ['Belanja Tidak Langsung', 'Belanja Langsung', 'Belanja Pegawai', 'Belanja Barang dan Jasa', 'Belanja Modal', 'Belanja Operasi', 'Belanja Tidak Terduga', 'Belanja Transfer'],
    ceilingWords: ['Anggaran', 'Pagu', 'DPA'],
  },
  capaian: { cap: null, negativeFormula: '(T - (R - T)) / T', formulaSlots: [], targetWords: ['Target', 'Rencana'] },
});
