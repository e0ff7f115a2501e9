/**
 * How Indonesian government units are named: a kind (`Dinas`, `Badan`, `Kejaksaan Negeri`, `RSUD`,
 * `Kantor Imigrasi` …), a designation (`Kesehatan`, `Pekerjaan Umum dan Penataan Ruang`, `Kelas II TPI
 * Siak`) and a region (`Provinsi Jawa Barat`, `Kabupaten Grobogan`, `Kota Malang`). `findUnitMentions`
 * reads every such name in a text, in capitals or not, over line breaks (covers break names anywhere).
 */

import { memoByText } from '../memo.js';
import { withinEdits } from '../text/edits.js';

export type UnitLevel = 'pusat' | 'vertikal' | 'daerah';

export interface UnitKindDef {
  kind: string;
  /** The kind's words as printed (a regular expression, matched case-insensitively). */
  head: string;
  level: UnitLevel;
  /** The kind's name says nothing alone (`Dinas`, `Badan`): a designation must follow. */
  needsDesignation: boolean;
  /**
   * How far up the hierarchy: 0 a whole government (`Kementerian`, `Pemerintah Kota`), 1 a regional or
   * central office above units (`Kantor Wilayah`, `Kejaksaan Tinggi`), 2 a unit, 3 a unit under a unit
   * (`Puskesmas`, `UPT`). On a cover naming several, the unit is the lowest and the one above is its parent.
   */
  rank: 0 | 1 | 2 | 3;
}

/** Kinds, the more specific first (`Badan Pusat Statistik` before `Badan`, `Rumah Sakit Jiwa` before `Rumah Sakit`). */
export const UNIT_KINDS: UnitKindDef[] = [
  { kind: 'Kantor Imigrasi', head: 'Kantor\\s+Imigrasi|Kanim', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'Rumah Detensi Imigrasi', head: 'Rumah\\s+Detensi\\s+Imigrasi|Rudenim', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'Lapas', head: 'Lembaga\\s+Pemasyarakatan|Lapas', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'Rutan', head: 'Rumah\\s+Tahanan\\s+Negara|Rutan', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'Bapas', head: 'Balai\\s+Pemasyarakatan|Bapas', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'Kantor Wilayah', head: 'Kantor\\s+Wilayah|Kanwil', level: 'vertikal', needsDesignation: false, rank: 1 },
  { kind: 'Kejaksaan Negeri', head: 'Kejaksaan\\s+Negeri|Kejari', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'Kejaksaan Tinggi', head: 'Kejaksaan\\s+Tinggi|Kejati', level: 'vertikal', needsDesignation: false, rank: 1 },
  { kind: 'Kejaksaan Agung', head: 'Kejaksaan\\s+Agung', level: 'pusat', needsDesignation: false, rank: 0 },
  { kind: 'Pengadilan', head: 'Pengadilan\\s+(?:Tinggi\\s+Agama|Tinggi|Negeri|Agama|Tata\\s+Usaha\\s+Negara|Militer)|Mahkamah\\s+Syar.iyah', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'KPPN', head: 'Kantor\\s+Pelayanan\\s+Perbendaharaan\\s+Negara|KPPN', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'BPS', head: 'Badan\\s+Pusat\\s+Statistik|BPS', level: 'vertikal', needsDesignation: false, rank: 2 },
  { kind: 'RSUD', head: 'Rumah\\s+Sakit\\s+Umum\\s+Daerah|RSUD', level: 'daerah', needsDesignation: false, rank: 2 },
  { kind: 'RSJ', head: 'Rumah\\s+Sakit\\s+Jiwa|RS\\s*Jiwa|RSJ', level: 'daerah', needsDesignation: false, rank: 2 },
  { kind: 'Rumah Sakit', head: 'Rumah\\s+Sakit', level: 'daerah', needsDesignation: true, rank: 2 },
  { kind: 'Puskesmas', head: '(?:UPT[D]?\\s+)?Puskesmas|Pusat\\s+Kesehatan\\s+Masyarakat', level: 'daerah', needsDesignation: false, rank: 3 },
  { kind: 'Satpol PP', head: 'Satuan\\s+Polisi\\s+Pamong\\s+Praja|Satpol\\s*PP', level: 'daerah', needsDesignation: false, rank: 2 },
  { kind: 'Inspektorat', head: 'Inspektorat(?:\\s+(?:Daerah|Jenderal|Utama))?', level: 'daerah', needsDesignation: false, rank: 2 },
  { kind: 'Sekretariat', head: 'Sekretariat\\s+(?:Daerah|DPRD|Dewan\\s+Perwakilan\\s+Rakyat\\s+Daerah|Jenderal|Utama)|Setda|Setwan', level: 'daerah', needsDesignation: false, rank: 2 },
  { kind: 'Kecamatan', head: 'Kecamatan', level: 'daerah', needsDesignation: true, rank: 2 },
  { kind: 'Kelurahan', head: 'Kelurahan', level: 'daerah', needsDesignation: true, rank: 3 },
  { kind: 'Biro', head: 'Biro', level: 'daerah', needsDesignation: true, rank: 2 },
  { kind: 'Balai', head: 'Balai(?:\\s+Besar)?', level: 'vertikal', needsDesignation: true, rank: 2 },
  { kind: 'Dinas', head: 'Dinas', level: 'daerah', needsDesignation: true, rank: 2 },
  { kind: 'Badan', head: 'Badan', level: 'daerah', needsDesignation: true, rank: 2 },
  { kind: 'Direktorat', head: 'Direktorat(?:\\s+Jenderal)?', level: 'pusat', needsDesignation: true, rank: 1 },
  { kind: 'Kementerian', head: 'Kementerian|Kementrian', level: 'pusat', needsDesignation: true, rank: 0 },
  { kind: 'Pemerintah Daerah', head: 'Pemerintah(?:\\s+Daerah)?(?=\\s+(?:Provinsi|Propinsi|Kabupaten|Kota)\\b)', level: 'daerah', needsDesignation: false, rank: 0 },
];

export const PROVINCES = [
  'Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Sumatera Selatan',
  'Bangka Belitung', 'Kepulauan Bangka Belitung', 'Bengkulu', 'Lampung', 'DKI Jakarta', 'Jakarta', 'Jawa Barat', 'Banten', 'Jawa Tengah',
  'DI Yogyakarta', 'Daerah Istimewa Yogyakarta', 'Yogyakarta', 'Jawa Timur', 'Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur',
  'Kalimantan Barat', 'Kalimantan Tengah', 'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara',
  'Sulawesi Utara', 'Gorontalo', 'Sulawesi Tengah', 'Sulawesi Barat', 'Sulawesi Selatan', 'Sulawesi Tenggara',
  'Maluku', 'Maluku Utara', 'Papua', 'Papua Barat', 'Papua Barat Daya', 'Papua Tengah', 'Papua Pegunungan', 'Papua Selatan',
];
/** Longest first, so `Papua Barat Daya` is not read as `Papua`. */
const PROVINCES_BY_LENGTH = [...PROVINCES].sort((a, b) => b.length - a.length);

export interface Region {
  level: 'provinsi' | 'kabupaten' | 'kota';
  name: string;
  /** The province of a kabupaten / kota, when the text says it. */
  province?: string;
}

export interface UnitMention {
  kind: string;
  def: UnitKindDef;
  /** The words after the kind: `Kesehatan`, `Kelas II TPI Siak`; '' when none. */
  designation: string;
  region: Region | null;
  /** Acronym given in brackets right after the name: `(BPMPD)`. */
  acronym?: string;
  start: number;
  end: number;
  /** The text as printed. */
  shown: string;
  /** The kind's words as printed (`RS Jiwa`, `KANTOR IMIGRASI`). */
  head: string;
}

const HEADS = new RegExp(String.raw`\b(?:${UNIT_KINDS.map((k) => `(${k.head})`).join('|')})\b`, 'gi');
const CONNECTOR = /^(dan|&|serta)$/i;
/** Words that end a designation or a region name (read in any case). */
const STOP = new Set(
  ('provinsi propinsi prov kabupaten kab kota kotamadya tahun ta nomor no periode triwulan semester bab dalam yang pada untuk sebagai dengan telah ini itu merupakan adalah sebesar di ke dari oleh atas tentang laporan lkip lkjip lakip lkj kepala ' +
    'upt uptd selaku bersama melalui agar akan tersebut menjadi memiliki mempunyai melaksanakan bertanggung dibentuk berdasarkan sesuai hal halaman hal. tabel gambar grafik')
    .split(' '),
);
const WORD = /^[A-Z\d][A-Za-z\d'’.\u00C0-\u024F-]*$/;

const PROVINCE_AT = new RegExp(String.raw`^(?:${PROVINCES_BY_LENGTH.map((p) => `(${p.replace(/ /g, '\\s+')})`).join('|')})\b`, 'i');

function provinceAt(text: string, at: number): { name: string; end: number } | null {
  const m = PROVINCE_AT.exec(text.slice(at, at + 40));
  if (!m) return null;
  return { name: PROVINCES_BY_LENGTH[m.slice(1).findIndex((g) => g !== undefined)]!, end: at + m[0].length };
}

/** The one-word kinds (`Dinas`, `Kanim`), which end a designation. */
const KIND_WORD = new Set(UNIT_KINDS.flatMap((k) => k.head.split('|')).filter((h) => /^\w+$/.test(h)).map((h) => h.toLowerCase()).concat(['inspektorat', 'balai', 'puskesmas', 'direktorat']));

/**
 * Up to `max` capitalised words from `at` (skipping white space), stopping at a stop word or punctuation.
 * A comma goes on only into an enumeration that ends in `dan` (`Dinas Pemberdayaan Perempuan,
 * Perlindungan Anak dan Keluarga Berencana`); another kind's word ends it unless `kindsToo`.
 */
function wordsAt(text: string, at: number, max: number, connectors: boolean, kindsToo = false): { words: string[]; end: number } {
  const words: string[] = [];
  let end = at;
  let comma: { words: number; end: number } | null = null;
  let connectorAfterComma = false;
  const re = /\s*(,|[^\s|,;:()[\]"“”]+)/y;
  re.lastIndex = at;
  for (let m = re.exec(text); m && words.length < max; m = re.exec(text)) {
    const raw = m[1]!;
    if (raw === ',') {
      if (!connectors || words.length === 0 || (comma && !connectorAfterComma && comma.words !== words.length)) break;
      comma ??= { words: words.length, end };
      words[words.length - 1] += ',';
      continue;
    }
    const sentenceEnd = raw.length > 1 && raw.endsWith('.');
    const w = sentenceEnd ? raw.slice(0, -1) : raw;
    if (STOP.has(w.toLowerCase())) break;
    if (CONNECTOR.test(w)) {
      if (!connectors || words.length === 0) break;
      if (comma) connectorAfterComma = true;
      words.push(w);
      continue;
    }
    if (!WORD.test(w) || /^\d/.test(w) || (!kindsToo && KIND_WORD.has(w.toLowerCase()))) break;
    words.push(w);
    end = m.index + m[0].length - (sentenceEnd ? 1 : 0);
    if (sentenceEnd) break;
  }
  if (comma && !connectorAfterComma) {
    words.length = comma.words;
    end = comma.end;
  }
  if (words.length) words[words.length - 1] = words[words.length - 1]!.replace(/,$/, '');
  while (words.length && CONNECTOR.test(words[words.length - 1]!)) words.pop();
  return { words, end };
}

/** `Provinsi Jawa Barat`, `Kabupaten Grobogan`, `Kab. Siak`, `Kota Malang` at `at` (after white space). */
export function regionAt(text: string, at: number): { region: Region; end: number } | null {
  const m = /\s*(Provinsi|Propinsi|Prov\.|Kabupaten|Kab\.|Kota(?:madya)?)\s+/iy;
  m.lastIndex = at;
  const hit = m.exec(text);
  if (!hit) return null;
  const word = hit[1]!.toLowerCase();
  const from = hit.index + hit[0].length;
  if (word.startsWith('prov') || word.startsWith('prop')) {
    const p = provinceAt(text, from);
    return p ? { region: { level: 'provinsi', name: p.name }, end: p.end } : null;
  }
  const { words, end } = wordsAt(text, from, 3, false);
  if (words.length === 0) return null;
  const region: Region = { level: word.startsWith('kab') ? 'kabupaten' : 'kota', name: displayCase(words.join(' ')) };
  const prov = /\s*(?:,\s*)?(?:Provinsi|Propinsi)\s+/iy;
  prov.lastIndex = end;
  const ph = prov.exec(text);
  const p = ph ? provinceAt(text, ph.index + ph[0].length) : null;
  if (p) return { region: { ...region, province: p.name }, end: p.end };
  return { region, end };
}

/** An acronym by its letters: no vowel (`DPRD`), three letters or fewer (`TPI`), or one vowel among three or more consonants (`RSUD`, `UPTD`, `BLUD`). */
const acronym = (w: string) => /^[IVX]+$/.test(w) || !/[AEIOU]/.test(w) || w.length <= 3 || (w.length <= 5 && (w.match(/[AEIOU]/g) ?? []).length === 1 && (w.match(/[B-DF-HJ-NP-TV-Z]/g) ?? []).length >= 3);

/** `DINAS KESEHATAN` → `Dinas Kesehatan`; mixed case is kept; acronyms (`DPRD`, `TPI`, `II`, `RSUD`) stay. */
export function displayCase(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat !== flat.toUpperCase()) return flat;
  return flat
    .split(' ')
    .map((w) => (/^(dan|serta)$/i.test(w) ? w.toLowerCase() : acronym(w) ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}

export function regionLabel(r: Region): string {
  const base = `${r.level === 'provinsi' ? 'Provinsi' : r.level === 'kabupaten' ? 'Kabupaten' : 'Kota'} ${r.name}`;
  return r.province ? `${base} (Provinsi ${r.province})` : base;
}

export function sameRegion(a: Region | null, b: Region | null): boolean {
  return Boolean(a && b && a.level === b.level && a.name.toLowerCase() === b.name.toLowerCase());
}

/** Every unit name in a text (memoised: the facts and wrong-office read the same texts). */
export const findUnitMentions = memoByText(readUnitMentions, 5_000);

function readUnitMentions(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  HEADS.lastIndex = 0;
  for (let m = HEADS.exec(text); m; m = HEADS.exec(text)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    const def = UNIT_KINDS[k]!;
    // A kind's name starts with a capital (`perjalanan dinas` is not a unit).
    if (!/^[A-Z]/.test(m[0])) continue;
    let end = m.index + m[0].length;
    let region = regionAt(text, end);
    let designation = '';
    if (region) end = region.end;
    else {
      const d = wordsAt(text, end, 9, true, def.rank <= 1);
      // A province named without "Provinsi" ends the designation (`Kantor Wilayah Kementerian Hukum dan HAM Riau`).
      let words = d.words;
      let bareProvince: string | null = null;
      for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i).join(' ');
        const p = PROVINCES.find((x) => x.toLowerCase() === tail.toLowerCase());
        if (p && (i > 0 || !def.needsDesignation)) {
          bareProvince = p;
          words = words.slice(0, i);
          break;
        }
      }
      designation = words.join(' ');
      end = d.end;
      region = regionAt(text, end);
      if (region) end = region.end;
      else if (bareProvince) region = { region: { level: 'provinsi', name: bareProvince }, end };
    }
    if (def.needsDesignation && !designation) continue;
    const acr = /^\s*\(([A-Z][A-Za-z-]{1,11})\)/.exec(text.slice(end, end + 16));
    out.push({
      kind: def.kind,
      def,
      designation: displayCase(designation),
      region: region?.region ?? null,
      ...(acr ? { acronym: acr[1]! } : {}),
      start: m.index,
      end,
      shown: text.slice(m.index, end),
      head: m[0],
    });
    HEADS.lastIndex = Math.max(HEADS.lastIndex, end);
  }
  return out;
}

/** The mention's own words, without its region: `dinas|kesehatan`. */
export function mentionKey(m: { kind: string; designation: string }): string {
  return `${m.kind}|${m.designation.toLowerCase().replace(/&/g, 'dan').replace(/\s+/g, ' ')}`;
}

export function mentionName(m: { kind: string; designation: string; region: Region | null; head?: string }): string {
  const head = m.head ? displayCase(m.head.replace(/\s+/g, ' ')) : m.kind;
  const region = m.region ? ` ${m.region.level === 'provinsi' ? 'Provinsi' : m.region.level === 'kabupaten' ? 'Kabupaten' : 'Kota'} ${m.region.name}` : '';
  return `${head}${m.designation ? ' ' + m.designation : ''}${region}`.replace(/\s+/g, ' ').trim();
}

/** Whether two words are one typo apart: one letter dropped, added, changed, or two neighbours swapped. */
function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/**
 * The same designation misspelled (`Penanggulangan Becana Daerah` for `Penanggulangan Bencana
 * Daerah`): the same kind, the same words but one, and that one a typo of a word of five letters or
 * more. A misspelling of the unit's own name names the unit, not another one.
 */
export function misspelledKey(a: string, b: string): boolean {
  const [kindA, wordsA = ''] = a.split('|');
  const [kindB, wordsB = ''] = b.split('|');
  if (kindA !== kindB || a === b) return false;
  const x = wordsA.split(' ');
  const y = wordsB.split(' ');
  if (x.length !== y.length) return false;
  const differ = x.flatMap((w, i) => (w === y[i] ? [] : [i]));
  return differ.length === 1 && Math.min(x[differ[0]!]!.length, y[differ[0]!]!.length) >= 5 && oneTypoApart(x[differ[0]!]!, y[differ[0]!]!);
}

/**
 * The same designation as OCR misreads it (`Kepegawalan`, `Kapegawalan` for `Kepegawaian`): the
 * same kind, words of twelve letters or more, a letter off per fifteen. Only for text read by OCR.
 */
export function misreadKey(a: string, b: string): boolean {
  const [kindA, wordsA = ''] = a.split('|');
  const [kindB, wordsB = ''] = b.split('|');
  return kindA === kindB && wordsA.length >= 12 && withinEdits(wordsA, wordsB, Math.max(1, Math.floor(wordsB.length / 15)));
}
