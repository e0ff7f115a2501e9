/**
 * wrong-office: another unit's name left in from the report it was copied from.
 * Any unit: another unit where the report names itself ("Laporan Kinerja Dinas Sosial Kota Batu
 * Tahun 2024" in the Kota Malang report, "Perjanjian Kinerja <other unit>"); the regional
 * government's words where a perangkat daerah speaks of its own plan ("Perjanjian Kinerja Provinsi
 * Jawa Barat Tahun 2016 disusun …", "Pemerintah Provinsi Jawa Barat telah menyusun Rencana Kinerja");
 * the same unit of another region of the same level in prose (a warning: `Dinas Sosial Kota Batu`).
 * Immigration offices (their names follow a scheme): the same city under another class or type
 * (`Kantor Imigrasi Kelas I Non TPI Cilegon` in the Kelas II TPI report), another office inside a
 * table about this office, another province's regional office (`Kantor Wilayah ... Jawa Tengah` in a
 * Riau office's report).
 * Quiet on: national comparison tables that list many offices, enumerations of units, partners and
 * coordination (`berkoordinasi dengan Dinas Sosial Provinsi`), the parent government, variant
 * spellings (`Kelas 2`), the office's older name in the signed annexes, names in all-caps screenshots.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { proseBlocks, tableCells } from '../src/walk.js';
import { findOffices, PROVINCES, canonicalProvince, type OfficeName } from '../src/facts/report.js';
import { findUnitMentions, mentionKey, misreadKey, misspelledKey, regionAt, sameRegion, type UnitMention } from '../src/facts/unit-names.js';
import type { Unit } from '../src/facts/unit.js';
import type { Block } from '../src/model.js';
import type { Report } from '../src/rule.js';

/** The words with which a report names its own plan and report, right before a unit's name. */
const SELF_NAMING = /\b(?:Laporan\s+(?:Kinerja|Akuntabilitas\w*\s+Kinerja)(?:\s+Instansi\s+Pemerintah(?:an)?)?|LKjIP|LKIP|LAKIP|Perjanjian\s+Kinerja|Penetapan\s+Kinerja|Rencana\s+Kinerja(?:\s+Tahunan)?|Pengukuran\s+kinerja(?:\s+sasaran\s+strat\w+)?)\s*(?:\(\s*[A-Za-z]{2,6}\s*\)\s*)?$/i;
/** A regional government doing the unit's own work: `Pemerintah Provinsi Jawa Barat telah menyusun Rencana Kinerja`. */
const GOVERNMENT_AS_SELF = /^\s*(?:telah|akan)?\s*(?:menyusun|menetapkan)\s+(?:Laporan\s+Kinerja|Laporan\s+Akuntabilitas|LKjIP|LKIP|LAKIP|Perjanjian\s+Kinerja|Penetapan\s+Kinerja|Rencana\s+Kinerja)/i;
/** A sentence that names other units as partners, for comparison, or as a list. */
const PARTNERS = /\b(koordinasi|berkoordinasi|kerja\s*sama|bekerja\s*sama|bersama|kolaborasi|studi\s+banding|kunjungan|dibandingkan|perbandingan|peringkat|se-?(?:Indonesia|Jawa|Provinsi|Kabupaten|Kota)|mitra|instansi\s+(?:lain|terkait)|antara\s+lain|meliputi|yaitu|sebagai\s+berikut)\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start) + 1, 0);
  const to = text.indexOf('. ', end);
  return text.slice(from, to < 0 ? text.length : to);
}

function atSentenceStart(text: string, at: number): boolean {
  return /(^|[.:;!?]\s*|\n\s*(?:[a-z0-9]{1,3}[.)]\s*)?)$/i.test(text.slice(Math.max(0, at - 8), at));
}

/** Any unit: another unit where the report names itself, the government's words, the same unit of another region. */
/** A table read as text, rows as lines (PDF exports read indented paragraphs as tables), with where each offset is. */
function tableText(b: Block): { text: string; at: (offset: number) => { row: number; cell: number } } {
  const starts: { offset: number; row: number; cell: number }[] = [];
  let text = '';
  (b.rows ?? []).forEach((r, row) => {
    if (row > 0) text += '\n';
    r.cells.forEach((c, cell) => {
      if (cell > 0) text += ' ';
      starts.push({ offset: text.length, row, cell });
      text += c;
    });
  });
  return { text, at: (offset) => [...starts].reverse().find((s) => s.offset <= offset) ?? { row: 0, cell: 0 } };
}

/**
 * Designations that are one another's start are one unit's (`Dinas Pekerjaan Umum Dan Penataan` cut
 * by a line break), and so is the unit's own name with a typo in it (`Penanggulangan Becana Daerah`),
 * its kind alone and its acronym; on a page read by OCR, a designation a few letters off too.
 */
function sameUnit(m: UnitMention, unit: Unit, ocr: boolean): boolean {
  const key = mentionKey(m);
  if (key === unit.key || misspelledKey(key, unit.key)) return true;
  const [kind, words] = unit.key.split('|') as [string, string];
  const own = key.split('|')[1] ?? '';
  // The unit's kind alone (`Kejari`, `Inspektorat`), or its own acronym, names no other unit.
  if (m.kind === kind && !own && !m.region) return true;
  if (unit.acronym && m.shown.trim() === unit.acronym) return true;
  if (m.kind === kind && own.length > 0 && (words.startsWith(own + ' ') || own.startsWith(words + ' '))) return true;
  return ocr && misreadKey(key, unit.key);
}

function checkUnit(unit: Unit, blocks: Block[], report: (r: Report) => void) {
  const immigration = unit.office !== null;
  for (const b of blocks) {
    const table = b.kind === 'table' ? tableText(b) : null;
    const text = table ? table.text : b.text;
    const place = (r: Report): Report => {
      if (!table) return r;
      const { offset, length, ...rest } = r;
      void length;
      return { ...rest, ...table.at(offset ?? 0) };
    };
    const mentions = findUnitMentions(text);
    for (const m of mentions) {
      const before = text.slice(Math.max(0, m.start - 90), m.start);
      const selfNamed = SELF_NAMING.test(before);
      const other = !sameUnit(m, unit, b.source.ocr === true) || (m.region !== null && unit.region !== null && !sameRegion(m.region, unit.region));
      if (immigration && (m.kind === 'Kantor Imigrasi' || m.kind === 'Rumah Detensi Imigrasi')) continue; // the office scheme below
      if (selfNamed && other && m.def.rank >= 2 && !(unit.acronym && m.acronym === unit.acronym)) {
        report(place(finding(b, m.start, m.end, m.shown, unit, 'self')));
        continue;
      }
      // The regional government doing what the unit does (a perangkat daerah's report copied from the government's).
      if (m.kind === 'Pemerintah Daerah' && unit.level === 'daerah' && unit.kind !== 'Pemerintah Daerah' && atSentenceStart(text, m.start) && GOVERNMENT_AS_SELF.test(text.slice(m.end, m.end + 60))) {
        report(place(finding(b, m.start, m.end, m.shown, unit, 'government')));
        continue;
      }
      // The same unit of another region of the same level, in prose that is not about partners (weak: a warning).
      if (!table && !selfNamed && mentionKey(m) === unit.key && m.region && unit.region && m.region.level === unit.region.level && !sameRegion(m.region, unit.region) && mentions.length < 3 && !PARTNERS.test(sentenceAround(text, m.start, m.end))) {
        report({ ...finding(b, m.start, m.end, m.shown, unit, 'region'), severity: 'warning' });
      }
    }
    // `Perjanjian Kinerja Provinsi Jawa Barat Tahun 2016 disusun …`: the unit's own plan under the region's name.
    if (unit.level === 'daerah' && unit.kind !== 'Pemerintah Daerah' && unit.region) {
      for (const m of text.matchAll(/(?<![\p{L}])(?=(?:Pemerintah\s+)?(?:Provinsi|Propinsi|Kabupaten|Kota)\s)/giu)) {
        const at = m.index!;
        const before = text.slice(Math.max(0, at - 90), at);
        const self = SELF_NAMING.exec(before);
        if (!self) continue;
        const phraseStart = at - before.length + self.index;
        if (!atSentenceStart(text, phraseStart)) continue;
        const gov = /^Pemerintah\s+/i.exec(text.slice(at));
        const r = regionAt(text, at + (gov ? gov[0].length : 0));
        if (!r || mentions.some((x) => x.start <= at && x.end > at && x.kind !== 'Pemerintah Daerah')) continue;
        report(place(finding(b, phraseStart, r.end, text.slice(phraseStart, r.end), unit, 'government')));
      }
    }
  }
}

function finding(b: Block, start: number, end: number, shown: string, unit: Unit, why: 'self' | 'government' | 'region'): Report {
  const flat = shown.replace(/\s+/g, ' ');
  const messages = {
    self: {
      id: `"${flat}" disebut sebagai pelapor, padahal laporan ini milik ${unit.name}: sisa dari laporan unit lain?`,
      en: `"${flat}" named as the reporting unit, but this report is ${unit.name}'s: left over from another unit's report?`,
    },
    government: {
      id: `"${flat}": kata-kata laporan pemerintah daerah, padahal yang melapor ${unit.name}: sisa dari laporan lain?`,
      en: `"${flat}": the regional government's wording, but the reporting unit is ${unit.name}: left over from another report?`,
    },
    region: {
      id: `"${flat}": unit yang sama di wilayah lain (laporan ini milik ${unit.name}): sisa dari laporan unit lain?`,
      en: `"${flat}": the same unit of another region (this report is ${unit.name}'s): left over from another unit's report?`,
    },
  };
  return { block: b, offset: start, length: end - start, message: messages[why], expected: unit.name, actual: flat };
}

function sameCityOtherName(a: OfficeName, home: OfficeName): boolean {
  if (!a.city || a.city.toLowerCase() !== home.city.toLowerCase()) return false;
  if (!home.kelas) return false;
  return a.kelas !== home.kelas || a.khusus !== home.khusus || a.nonTpi !== home.nonTpi || (a.tpi !== home.tpi && (a.nonTpi || home.nonTpi));
}

const PROVINCE_RE = new RegExp(
  String.raw`\b(?:Kantor Wilayah(?:\s+Kementerian\s+Hukum\s+dan\s+(?:HAM|Hak Asasi Manusia))?|Kanwil(?:\s+Kemenkumham)?|di\s+Wilayah|Wilayah)\s+(?:Provinsi\s+)?(${PROVINCES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\b`,
  'gi',
);

export default defineRule({
  id: 'wrong-office',
  description: { id: 'Nama satker lain yang tertinggal', en: 'Another office\'s name left in' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'Kantor Imigrasi Kelas II TPI Cilegon telah mengadakan 2 kegiatan bersama Kantor Imigrasi Kelas 2 Cilegon.', context: { year: 2021, unit: 'Kantor Imigrasi Kelas II TPI Cilegon' } },
      { name: 'the province\'s borders name two other provinces (BPBD BAB I)', text: '               Provinsi Jawa Barat secara geografis terletak di antara 5°50\n - 7°50 Lintang Selatan dan 104°48 - 104°48 Bujur Timur, dengan batas-\n batas wilayahnya :\n 1.   Sebelah utara, berbatasan dengan Laut Jawa dan DKI Jakarta\n 2.   Sebelah timur, berbatasan dengan Provinsi Jawa tengah\n 3.   Sebelah selatan, berbatasan dengan Samudra Indonesia\n 4.   Sebelah barat, berbatasan dengan Provinsi Banten', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'the Dinas and its UPTD balai named with their staff (Dinkes BAB I)', text: '          Jumlah pegawai di lingkungan Dinas Kesehatan Provinsi Jawa Barat\nseluruhnya 483 orang. Dengan uraian : PNS di Dinas Kesehatan Provinsi Jawa\nBarat sebanyak 249 orang; PNS di UPTD sebanyak 233 orang, dengan rincian :\nBalai Pelatihan Kesehatan (Bapelkes) : 39 orang, Balai Laboratorium Kesehatan\n(BLK) : 60 orang, Balai Kesehatan Kerja Masyarakat (BKKM) : 52 orang, Balai', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'the unit\'s own name misspelled in the running header on every page (BPBD, "BECANA")', text: 'LKIP BADAN PENANGGULANGAN BECANA DAERAH PROVINSI JAWA BARAT TAHUN 2016\n\n                                       BAB I\n\nLKIP BADAN PENANGGULANGAN BECANA DAERAH PROVINSI JAWA BARAT TAHUN 2016', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'the unit named by its kind\'s short form in its running footer (a Kejaksaan Negeri report, made up)', text: 'Laporan Kinerja Kejari Tahun 2024                            hal- 1\n\nKejaksaan Negeri Bantul (Kejari) melaksanakan tugas penuntutan.', context: { year: 2024, unit: 'Kejaksaan Negeri Bantul' } },
      { name: 'a Dinas that names its provincial counterpart and an immigration office it works with (made up)', text: 'DINAS SOSIAL KOTA MALANG\nLAPORAN KINERJA TAHUN 2024\n\nKATA PENGANTAR\n\nDinas Sosial Kota Malang berkoordinasi dengan Dinas Sosial Provinsi Jawa Timur dan Kantor Imigrasi Kelas I TPI Malang.', context: { year: 2024, unit: 'Dinas Sosial Kota Malang' } },
    ],
    invalid: [
      { text: 'Pada tahun 2021, Kantor Imigrasi Kelas I Non TPI Cilegon telah melaksanakan inovasi.', context: { year: 2021, unit: 'Kantor Imigrasi Kelas II TPI Cilegon' }, findings: [{ line: 1, expected: 'Kantor Imigrasi Kelas II TPI Cilegon', actual: 'Kantor Imigrasi Kelas I Non TPI Cilegon' }] },
      { name: 'another Kota left in the report naming itself (made up)', text: 'DINAS SOSIAL KOTA MALANG\nLAPORAN KINERJA TAHUN 2024\n\nKATA PENGANTAR\n\nLaporan Kinerja Dinas Sosial Kota Batu Tahun 2024 ini disusun sebagai pertanggungjawaban.', context: { year: 2024, unit: 'Dinas Sosial Kota Malang' }, findings: [{ count: 1 }] },
      { name: 'the province (Pemerintah Provinsi) said to have drawn up the unit\'s own Rencana Kinerja (BPBD BAB II, copied from the provincial LKIP)', text: '                Rencana Kinerja merupakan pedoman bagi penyusunan dan\n       kebijakan anggaran, serta merupakan komitmen bagi instansi untuk\n       mencapainya dalam tahun tertentu. Pemerintah Provinsi Jawa Barat\n       telah menyusun Rencana Kinerja Tahun 2016 sebagaimana tabel\n       berikut :', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 3, actual: 'Pemerintah Provinsi Jawa Barat' }] },
      { name: 'another unit whose name is not one typo from the unit\'s own (made up)', text: 'Laporan Kinerja Dinas Perikanan Provinsi Jawa Barat Tahun 2016 ini disusun sebagai pertanggungjawaban.', context: { year: 2016, unit: 'Dinas Pertanian Provinsi Jawa Barat' }, findings: [{ line: 1, actual: 'Dinas Perikanan Provinsi Jawa Barat' }] },
      { name: 'the same kind of Dinas of another province (real Dinkes sentence, "Jawa Barat" changed to "Jawa Tengah")', text: '          Jumlah pegawai di lingkungan Dinas Kesehatan Provinsi Jawa Tengah\nseluruhnya 483 orang.', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 1, expected: 'Dinas Kesehatan Provinsi Jawa Barat', actual: 'Dinas Kesehatan Provinsi Jawa Tengah' }] },
    ],
    knownGaps: [
      {
        case: { name: 'a kabupaten/kota Badan (BPMKB) credited in the unit\'s own solution paragraph (DPM-Desa BAB III)', text: '                    2) Adanya pembinaan dari BPMKB bersama-sama dengan unsur terkait\n                        lainnya untuk tertib administrasi bagi kelurahan dengan mangisi 17\n                        jenis buku administrasi Kelurahan.', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 1, actual: 'BPMKB' }] },
        today: 'misses',
        why: 'another unit\'s acronym is not compared with the reporting unit\'s (BPMPD)',
      },
    ],
  },
  check({ doc, facts, report }) {
    const home = facts.identity.office;
    const annex = facts.sections.annexStart;
    const unit = facts.identity.unit;
    if (unit && unit.kind) checkUnit(unit, doc.blocks.filter((b) => b.index < annex && (b.kind === 'table' || proseBlocks([b], facts).length > 0)), report);
    if (home && home.city) {
      for (const b of proseBlocks(doc.blocks, facts)) {
        if (b.index >= annex) continue;
        for (const hit of findOffices(b.text)) {
          const shown = b.text.slice(hit.start, hit.end);
          if (shown === shown.toUpperCase() && /[A-Z]{5}/.test(shown)) continue;
          if (!sameCityOtherName(hit.office, home)) continue;
          report({
            block: b,
            offset: hit.start,
            length: hit.end - hit.start,
            message: {
              id: `Nama kantor "${shown}" berbeda dengan kantor pelapor (${home.name}) — sisa dari laporan satker lain?`,
              en: `Office name "${shown}" differs from the reporting office (${home.name}) — left over from another office's report?`,
            },
            expected: home.name,
            actual: shown,
          });
        }
      }
      // Inside a table that is about this office (its name dominates), another office stands out.
      for (const table of doc.blocks.filter((b) => b.kind === 'table')) {
        const mentions: { row: number; cell: number; office: OfficeName; shown: string }[] = [];
        for (const ref of tableCells([table])) {
          for (const hit of findOffices(ref.text)) mentions.push({ row: ref.row, cell: ref.cell, office: hit.office, shown: ref.text.slice(hit.start, hit.end) });
        }
        const ownCount = mentions.filter((m) => m.office.city.toLowerCase() === home.city.toLowerCase()).length;
        const others = mentions.filter((m) => m.office.city && m.office.city.toLowerCase() !== home.city.toLowerCase());
        if (ownCount < 3 || others.length === 0 || others.length * 5 > ownCount) continue;
        for (const m of others) {
          report({
            block: table,
            row: m.row,
            cell: m.cell,
            message: {
              id: `Nama kantor lain "${m.shown}" dalam tabel milik ${home.name}`,
              en: `Another office "${m.shown}" in a table about ${home.name}`,
            },
            expected: home.name,
            actual: m.shown,
          });
        }
      }
    }
    const province = facts.identity.province;
    if (province) {
      for (const b of proseBlocks(doc.blocks, facts)) {
        if (b.index >= annex) continue;
        if (!/wilayah|kanwil/i.test(b.text)) continue;
        PROVINCE_RE.lastIndex = 0;
        for (const m of b.text.matchAll(PROVINCE_RE)) {
          const found = canonicalProvince(m[1]!);
          if (found === province || province.includes(found) || found.includes(province)) continue;
          report({
            block: b,
            offset: m.index!,
            length: m[0].length,
            message: {
              id: `Wilayah "${m[1]}" tidak sesuai dengan wilayah kantor (${province}) — sisa dari laporan satker lain?`,
              en: `Region "${m[1]}" does not match the office's region (${province}) — left over from another office's report?`,
            },
            expected: province,
            actual: m[1]!,
          });
        }
      }
    }
  },
});
