/**
 * The Kejaksaan's template (Pedoman Jaksa Agung Nomor 4 Tahun 2024): Kejaksaan Negeri / Tinggi report
 * per quarter (`Laporan Kinerja Triwulan II Tahun 2024`), targets per quarter and `-` for a quarter
 * with none, budgets from the DIPA in Belanja Pegawai / Barang / Modal.
 */
import { defineProfile } from './schema.js';
import { PERMENPAN_PARTS } from './base.js';

export default defineProfile({
  id: 'kejaksaan',
  title: 'Kejaksaan RI (Kejaksaan Negeri / Tinggi)',
  basis: 'Pedoman Jaksa Agung Nomor 4 Tahun 2024',
  unitKinds: ['Kejaksaan Negeri', 'Kejaksaan Tinggi', 'Kejaksaan Agung'],
  textSignals: ['\\bPedoman Jaksa Agung\\b', '\\bKejaksaan (Negeri|Tinggi|Agung)\\b', '\\bKejari\\b', '\\bKejati\\b'],
  period: 'quarterly',
  requiredParts: PERMENPAN_PARTS,
  decreePatterns: ['\\bKEP-\\d+/[A-Z]/[A-Za-z.]+/\\d{2}/\\d{4}\\b', '\\bPER-\\d+/[A-Z]/[A-Za-z.]+/\\d{2}/\\d{4}\\b'],
  budget: { spendingTypes: ['Belanja Pegawai', 'Belanja Barang', 'Belanja Modal'], ceilingWords: ['Pagu', 'DIPA'] },
  capaian: { cap: null, negativeFormula: '(2T - R) / T', formulaSlots: [], targetWords: ['Target'] },
});
