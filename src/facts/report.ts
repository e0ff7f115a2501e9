/**
 * Which report is this: its year and its office, each with where it was found.
 * Year: the cover (`TAHUN 2024`, split `20`/`24` too), else a vote over "Laporan Kinerja ... Tahun"
 * phrases and the signing date (signed early in the following year).
 * Office: the cover, else the most frequent office name; also the home province (from the Kanwil).
 */
import type { Block } from '../model.js';

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

export interface ReportIdentity {
  year: number | null;
  yearSource: string;
  office: OfficeName | null;
  officeSource: string;
  province: string | null;
}

export const PROVINCES = [
  'Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Sumatera Selatan',
  'Bangka Belitung', 'Bengkulu', 'Lampung', 'DKI Jakarta', 'Jakarta', 'Jawa Barat', 'Banten', 'Jawa Tengah',
  'DI Yogyakarta', 'Yogyakarta', 'Jawa Timur', 'Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur',
  'Kalimantan Barat', 'Kalimantan Tengah', 'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara',
  'Sulawesi Utara', 'Gorontalo', 'Sulawesi Tengah', 'Sulawesi Barat', 'Sulawesi Selatan', 'Sulawesi Tenggara',
  'Maluku', 'Maluku Utara', 'Papua', 'Papua Barat', 'Papua Barat Daya', 'Papua Tengah', 'Papua Pegunungan', 'Papua Selatan',
];

const CITY_STOP = new Set(['tahun', 'dalam', 'yang', 'pada', 'untuk', 'sebagai', 'dengan', 'telah', 'dan', 'di', 'ini', 'merupakan', 'kinerja', 'adalah', 'sebesar']);

/** `Kantor Imigrasi Kelas II TPI Siak`, `Kanim Kelas li Tpi Siak`, `KANTOR IMIGRASI KELAS | TPI SEMARANG`, `KelasI`. */
export const OFFICE_MENTION =
  /\b(Kantor\s+Imigrasi|Kanim|Rumah\s+Detensi\s+Imigrasi|Rudenim)\s+Kelas\s*(III|II|I|Ii|li|ll|l|\||1|2|3)\s*(?:(Khusus)\s+)?(?:(Non)[\s-]+)?(?:(TP[Il|])\s+)?(?!TP[Il|]\b)([A-Z][A-Za-z]+|[A-Z]+)?/gi;

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
  OFFICE_MENTION.lastIndex = 0;
  for (let m = OFFICE_MENTION.exec(text); m; m = OFFICE_MENTION.exec(text)) {
    out.push({ office: officeFromMatch(m), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function where(b: Block): string {
  if (b.source.line && b.source.page) return `page ${b.source.page}, line ${b.source.line}`;
  if (b.source.line) return `line ${b.source.line}`;
  if (b.source.paragraph !== undefined) return `${b.source.page ? `page ${b.source.page}, ` : ''}paragraph ${b.source.paragraph + 1}`;
  if (b.source.page) return `page ${b.source.page}`;
  return `block ${b.index + 1}`;
}

/** Blocks of the cover: everything before the foreword / table of contents. */
export function coverBlocks(blocks: Block[]): Block[] {
  const end = blocks.findIndex((b) => /^(KATA PENGANTAR|DAFTAR ISI|IKHTISAR EKSEKUTIF|RINGKASAN EKSEKUTIF)\b/i.test(b.text.trim()));
  return blocks.slice(0, end < 0 ? Math.min(8, blocks.length) : Math.min(end, 12));
}

export function detectIdentity(blocks: Block[]): ReportIdentity {
  const cover = coverBlocks(blocks);
  let year: number | null = null;
  let yearSource = 'not found';
  for (const b of cover) {
    const t = b.text.replace(/\s+/g, ' ');
    const m = /\bTAHUN(?:\s+ANGGARAN)?\s*(2\s?0\s?\d\s?\d)\b/i.exec(t) ?? /\b(?:LKJIP|LAKIP|LKIP|LKJ)\s*(20\d\d)\b/i.exec(t);
    if (m) {
      year = Number(m[1]!.replace(/\s/g, ''));
      yearSource = `cover, ${where(b)}`;
      break;
    }
  }
  if (year === null) {
    const votes = new Map<number, number>();
    let firstEvidence = new Map<number, string>();
    const vote = (y: number, w: number, b: Block, what: string) => {
      votes.set(y, (votes.get(y) ?? 0) + w);
      if (!firstEvidence.has(y)) firstEvidence.set(y, `${what}, ${where(b)}`);
    };
    for (const b of blocks) {
      if (b.kind === 'table' || !/20\d\d/.test(b.text)) continue;
      const t = b.text.replace(/\s+/g, ' ');
      for (const m of t.matchAll(/\b(?:Laporan Kinerja|LKjIP|LAKIP|LKIP)\b[^.]{0,120}?\bTahun\s+(20\d\d)\b(?!\s*[-–]\s*20)/gi)) vote(Number(m[1]), 1, b, 'report title in text');
      for (const m of t.matchAll(/\bselama\s+tahun\s+(20\d\d)\b/gi)) vote(Number(m[1]), 1, b, '"selama tahun"');
      const signed = /\b[A-Z][a-z]+,\s*\d{1,2}\s+(Januari|Februari|Maret)\s+(20\d\d)\b/.exec(t);
      if (signed && b.index < 60) vote(Number(signed[2]) - 1, 3, b, 'signing date');
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      year = best[0];
      yearSource = firstEvidence.get(best[0]) ?? 'text';
    }
    firstEvidence = new Map();
  }

  let office: OfficeName | null = null;
  let officeSource = 'not found';
  for (const b of cover) {
    const found = findOffices(b.text).filter((o) => o.office.city);
    if (found[0]) {
      office = found[0].office;
      officeSource = `cover, ${where(b)}`;
      break;
    }
  }
  if (!office) {
    const counts = new Map<string, { office: OfficeName; n: number; first: Block }>();
    for (const b of blocks) {
      if (b.kind === 'table') continue;
      for (const { office: o } of findOffices(b.text)) {
        if (!o.city) continue;
        const e = counts.get(o.name) ?? { office: o, n: 0, first: b };
        e.n++;
        counts.set(o.name, e);
      }
    }
    const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    if (best) {
      office = best.office;
      officeSource = `most frequent name (${best.n}×), first at ${where(best.first)}`;
    }
  }
  return { year, yearSource, office, officeSource, province: detectProvince(blocks) };
}

/** Province of the office's regional office (Kanwil), by the most frequent mention. */
function detectProvince(blocks: Block[]): string | null {
  const counts = new Map<string, number>();
  const re = new RegExp(String.raw`\b(?:Kantor Wilayah|Kanwil)\b[^.\n]{0,60}?\b(${PROVINCES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\b`, 'gi');
  for (const b of blocks) {
    if (!/kanwil|kantor\s+wilayah/i.test(b.text)) continue;
    for (const m of b.text.matchAll(re)) {
      const p = canonicalProvince(m[1]!);
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

export function canonicalProvince(s: string): string {
  const flat = s.replace(/\s+/g, ' ').toLowerCase();
  return PROVINCES.find((p) => p.toLowerCase() === flat) ?? titleCase(flat);
}
