/**
 * Kemenkumham's template for immigration offices and detention centres (Kepmenkumham
 * M.HH-01.PR.03 Tahun 2023): the parts it requires, how its units are named (`Kantor Imigrasi
 * Kelas II TPI Siak`, `Kanim Kelas li Tpi Bengkalis` in OCR), its footnotes for detention centres
 * (`¹ Rudenim hapus …`), its decree numbers (`IMI-0229.PR.01.01`), its x / y / z formula slots.
 */
import { defineProfile } from './schema.js';
import { FRONT_MATTER, LAMPIRAN, chapters } from './base.js';

export interface OfficeName {
  /** Canonical form: `Kantor Imigrasi Kelas II TPI Siak`. */
  name: string;
  kind: string;
  kelas: string;
  khusus: boolean;
  nonTpi: boolean;
  tpi: boolean;
  city: string;
}

/** `Kantor Imigrasi Kelas II TPI Siak`, `Kanim Kelas li Tpi Siak`, `KANTOR IMIGRASI KELAS | TPI SEMARANG`, `KelasI`. */
export const OFFICE_MENTION =
  /\b(Kantor\s+Imigrasi|Kanim|Rumah\s+Detensi\s+Imigrasi|Rudenim)\s+Kelas\s*(III|II|I|Ii|li|ll|l|\||1|2|3)\s*(?:(Khusus)\s+)?(?:(Non)[\s-]+)?(?:(TP[Il|])\s+)?(?!TP[Il|]\b)([A-Z][A-Za-z]+|[A-Z]+)?/gi;

/** Words that follow an office name but are not its city (`… TPI Kategori Webshine`, `… Siak Tahun`). */
const CITY_STOP = new Set(['tahun', 'dalam', 'yang', 'pada', 'untuk', 'sebagai', 'dengan', 'telah', 'dan', 'di', 'ini', 'merupakan', 'kinerja', 'adalah', 'sebesar', 'kategori', 'terbaik', 'peringkat', 'se', 'wilayah']);

function romanKelas(k: string): string {
  const t = k.replace(/\|/g, 'I').replace(/l/g, 'I').toUpperCase();
  if (t === '1') return 'I';
  if (t === '2') return 'II';
  if (t === '3') return 'III';
  return t;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
}

export function officeFromMatch(m: RegExpExecArray): OfficeName {
  const kindRaw = m[1]!.replace(/\s+/g, ' ');
  const kind = /^kanim$/i.test(kindRaw) ? 'Kantor Imigrasi' : /^rudenim$/i.test(kindRaw) ? 'Rumah Detensi Imigrasi' : titleCase(kindRaw);
  const kelas = romanKelas(m[2]!);
  const khusus = Boolean(m[3]);
  const nonTpi = Boolean(m[4]);
  const tpi = Boolean(m[5]);
  const cityRaw = m[6] ?? '';
  const city = cityRaw && !CITY_STOP.has(cityRaw.toLowerCase()) ? titleCase(cityRaw) : '';
  const name = [kind, 'Kelas', kelas, khusus ? 'Khusus' : '', nonTpi ? 'Non' : '', tpi ? 'TPI' : '', city].filter(Boolean).join(' ');
  return { name, kind, kelas, khusus, nonTpi, tpi, city };
}

export function findOffices(text: string): { office: OfficeName; start: number; end: number }[] {
  const out: { office: OfficeName; start: number; end: number }[] = [];
  // Every office name has the word "Kelas": most texts are passed over at once.
  if (!/kelas/i.test(text)) return out;
  const re = new RegExp(OFFICE_MENTION.source, OFFICE_MENTION.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ office: officeFromMatch(m), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export default defineProfile({
  id: 'kemenkumham-imigrasi',
  title: 'Kemenkumham: Kantor Imigrasi / Rudenim',
  basis: 'Keputusan Menteri Hukum dan HAM Nomor M.HH-01.PR.03 Tahun 2023 (Pedoman Penyusunan Laporan Kinerja)',
  unitKinds: ['Kantor Imigrasi', 'Rumah Detensi Imigrasi'],
  textSignals: ['\\bM\\.HH-01\\.PR\\.03\\b', '\\bDirektorat Jenderal Imigrasi\\b', '\\bKantor Wilayah Kementerian Hukum dan (HAM|Hak Asasi Manusia)\\b'],
  requiredParts: [
    ...FRONT_MATTER,
    ...chapters(['BAB I PENDAHULUAN', 'BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP'], {
      2: ['Rencana Strategis', 'Perjanjian Kinerja'],
      3: ['Capaian Kinerja', 'Realisasi Anggaran'],
    }),
    LAMPIRAN,
  ],
  unitPattern: OFFICE_MENTION.source,
  placeholder: {
    templateNotes: ['\\b(Rudenim|Rumah Detensi)\\b', '\\bhanya untuk (Kantor Imigrasi|Rudenim|Rumah Detensi)', '\\bmasing-masing satuan kerja\\b.*\\bseperti\\b'],
    templateNotesOwnKinds: ['Rumah Detensi Imigrasi'],
    labels: ['Kantor Wilayah', 'satker', 'wilayah'],
  },
  decreePatterns: ['\\bIMI-\\d{4}\\.[A-Z]{2}\\.\\d{2}\\.\\d{2}\\b', '\\bM\\.HH-\\d{2}\\.[A-Z]{2}\\.\\d{2}\\.\\d{2}\\b'],
  budget: { spendingTypes: ['Belanja Pegawai', 'Belanja Barang', 'Belanja Modal'], ceilingWords: ['Pagu', 'DIPA'] },
  capaian: { cap: null, negativeFormula: '(2T - R) / T', formulaSlots: ['x', 'y', 'z'], targetWords: ['Target'] },
});
