/**
 * wrong-year: boilerplate carried over from another year's report — the report calling itself
 * "Laporan Kinerja ... Tahun 2023" in a 2024 report, "Tahun Anggaran 2020", "Perjanjian Kinerja
 * Tahun 2020", "selama tahun 2020", a follow-up plan for a year already past.
 * Quiet on: regulation numbers (`Nomor 53 Tahun 2014`), Renstra periods (`2020-2024`), comparisons
 * with earlier years, the signing date, plans for the following year, trend tables.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { evidenceText } from '../src/messages.js';
import { inToc, proseBlocks } from '../src/walk.js';
import type { Block } from '../src/model.js';
import type { Facts } from '../src/facts/index.js';
import type { Report } from '../src/rule.js';
import { runningKey, runningLineKeys } from '../src/facts/cover.js';

const COMPARISON = /\b(dibanding(kan)?|sebelumnya|tahun lalu|tahun-tahun|perbandingan|tren|trend|meningkat|menurun|kenaikan|penurunan|naik|turun|periode\s+20\d\d\s*[-–]|sejak|hingga tahun|sampai (dengan )?tahun|YoY|year on year)\b/i;
const REGULATION_BEFORE = /(\b(Nomor|No\.?|Nomer|Number)\s*[:.]?\s*[\w.\-/]*\s*|\b(UU|PP|Perpres|Permen\w*|Keppres|Inpres|Perda|Pergub|Perbup|Perwal)\s*\d*\s*|\d+\s*)$/i;

interface Pattern {
  re: RegExp;
  /** Which found years are wrong, given the report year. */
  wrong: (found: number, year: number) => boolean;
  what: { id: string; en: string };
  /** Expected year given the report year. */
  expected: (year: number) => number;
  skipComparison: boolean;
  /** Boilerplate whose year is certainly the report's (the report naming itself): a fix is offered (Finding.fix). */
  certain?: boolean;
  /** Also in headings and all-caps captions (a heading can introduce an earlier year's table). */
  headingsToo?: boolean;
}

const SAME = (f: number, y: number) => f !== y && f >= y - 15 && f <= y + 1;
const PAST = (f: number, y: number) => f < y && f >= y - 15;

const PATTERNS: Pattern[] = [
  {
    re: /\b(?:Laporan Kinerja|Laporan Akuntabilitas\w*\s*Kinerja|LKjIP|LKIP|LAKIP|LKj)\b(?:(?![.;:](?:\s|$))[^\n]){0,140}?\b(?:Periode\s+)?Tahun\s+(20\d\d)\b(?!\s*[-–/]\s*20\d\d)/gi,
    wrong: SAME,
    what: { id: 'laporan ini menyebut dirinya laporan tahun', en: 'the report calls itself the report for' },
    expected: (y) => y,
    skipComparison: true,
    certain: true,
  },
  {
    re: /\bTahun Anggaran\s+(20\d\d)\b(?!\s*[-–/]\s*20\d\d)/gi,
    wrong: PAST,
    what: { id: 'tahun anggaran', en: 'fiscal year' },
    expected: (y) => y,
    skipComparison: true,
  },
  {
    // The budget document of the year: `anggaran DPA TA 2015`, `DIPA Tahun Anggaran 2020`.
    re: /\b(?:DPA|DIPA|APBD|RKA)(?:-SKPD)?\s+(?:T\.?A\.?|Tahun\s+Anggaran)\s*(20\d\d)\b(?!\s*[-–/]\s*20\d\d)/g,
    wrong: PAST,
    what: { id: 'anggaran tahun', en: 'the budget of' },
    expected: (y) => y,
    skipComparison: true,
  },
  {
    re: /\bPengukuran Kinerja\s+(?:Tahun\s+)?(20\d\d)\b(?!\s*[-–/]\s*20\d\d)/gi,
    wrong: PAST,
    what: { id: 'pengukuran kinerja tahun', en: 'the performance measurement of' },
    expected: (y) => y,
    skipComparison: true,
  },
  {
    re: /\bPerjanjian Kinerja\s+(?:\(PK\)\s+)?(?:Tahun\s+)?(20\d\d)\b(?!\s*[-–/]\s*20\d\d)/gi,
    wrong: PAST,
    what: { id: 'Perjanjian Kinerja tahun', en: 'Perjanjian Kinerja of' },
    expected: (y) => y,
    skipComparison: true,
  },
  {
    // The year's own plan: the RKPD / Renja / RKT a year-N report rests on is that of year N
    // (`Rencana Kerja Pemerintah Daerah (RKPD) Provinsi Jawa Barat Tahun 2011` in a 2016 report).
    re: /\b(?:RKPD|Renja|RKT|Rencana Kerja Tahunan)\b\)?(?:(?![.;:](?:\s|$))[^\n]){0,60}?\bTahun\s+(20\d\d)\b(?!\s*[-–/]\s*20\d\d)/g,
    wrong: PAST,
    what: { id: 'rencana kerja tahunan (RKPD/Renja/RKT) tahun', en: 'the annual work plan (RKPD/Renja/RKT) of' },
    expected: (y) => y,
    skipComparison: true,
  },
  {
    re: /\bselama\s+tahun\s+(20\d\d)\b(?!\s*[-–/]\s*20\d\d)/gi,
    wrong: (f, y) => f === y - 1,
    what: { id: 'kegiatan "selama tahun"', en: 'activities "during the year"' },
    expected: (y) => y,
    skipComparison: true,
  },
  {
    re: /\b(?:Menghadapi|Memasuki|rencana tindak(?: lanjut)?\b[^.\n]{0,60}?\b(?:pada|untuk|di))\s+tahun\s+(20\d\d)\b/gi,
    wrong: (f, y) => f <= y,
    what: { id: 'rencana ke depan untuk tahun', en: 'a forward plan for' },
    expected: (y) => y + 1,
    skipComparison: false,
  },
];

/** A medium-term plan with its period: `Renstra BPMPD 2008 - 2013`, `Rencana Strategis Dinas … Tahun 2013–2018`, `RPJMD 2013-2018`. */
const PLAN_PERIOD = /\b(?:Renstra|Rencana Strategis|RPJMD|RPJMN|RPJM|Visi)\b\)?[^\n.;:()]{0,60}?\b(20\d\d)\s*[-–—]\s*(20\d\d)\b/gi;
/** The plan named as what this year's work rests on: `didasarkan pada`, `mengacu pada`, `sesuai dengan`, `berpedoman pada`. */
const AS_BASIS = /\b(?:didasarkan|berdasarkan|berdasar|mengacu|merujuk|berpedoman|sesuai|berlandaskan|berpijak|acuan|pedoman|mendukung|mewujudkan|pencapaian)\b(?:\s+(?:pada|kepada|dengan|atas))?\s*$/i;
/** History told as history: the plan the unit *had*, the period before. */
const HISTORY = /\b(?:telah|sudah|sebelumnya|lalu|berakhir|berakhirnya|periode sebelum\w*|dahulu|lama|tahap sebelum\w*|evaluasi akhir)\b/i;

/**
 * A medium-term plan whose period ended before the report year, named as the basis of this year's
 * work, in a report that names a plan period covering its year elsewhere: text carried over from an
 * older report (`didasarkan pada Renstra BPMPD 2008 - 2013` in a 2016 report that names the Renstra
 * 2013-2018 elsewhere). Quiet on a regulation's title (`Nomor 2 Tahun 2009 tentang RPJMD … 2008-2013`),
 * on history (`telah menjalankan Renstra 2008-2013`), on comparisons and on plans still to come.
 */
function stalePlanPeriods(blocks: Block[], facts: Facts, year: number, report: (r: Report) => void): void {
  const mentions: { b: Block; index: number; length: number; from: number; to: number; text: string }[] = [];
  for (const b of proseBlocks(blocks, facts)) {
    if (!/20\d\d\s*[-–—]\s*20\d\d/.test(b.text)) continue;
    for (const m of b.text.matchAll(PLAN_PERIOD)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to - from < 3 || to - from > 6) continue;
      mentions.push({ b, index: m.index!, length: m[0].length, from, to, text: b.text });
    }
  }
  if (!mentions.some((m) => m.from <= year && year <= m.to)) return;
  for (const m of mentions) {
    if (m.to >= year) continue;
    if (m.b.kind === 'heading') continue;
    const before = m.text.slice(Math.max(0, m.index - 80), m.index);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
    if (/\btentang\b/i.test(clause) || REGULATION_BEFORE.test(before.replace(/\s+$/, ' ').slice(-20))) continue;
    if (!AS_BASIS.test(before)) continue;
    const sentenceStart = Math.max(m.text.lastIndexOf('.', m.index) + 1, m.index - 200);
    // History is told before the plan (`BPMPD telah menjalankan Renstra 2008-2013`); what follows it
    // may be this year's (`… 2008-2013, telah dirumuskan Visi Badan …`).
    const lead = m.text.slice(sentenceStart, m.index);
    const sentence = m.text.slice(sentenceStart, Math.min(m.text.length, m.index + m.length + 80));
    if (HISTORY.test(lead) || COMPARISON.test(sentence.replace(/meningkatkan|peningkatan kualitas/gi, ''))) continue;
    const covering = mentions.find((o) => o.from <= year && year <= o.to)!;
    const phrase = m.text.slice(m.index, m.index + m.length).replace(/\s+/g, ' ');
    const coveringPhrase = covering.text.slice(covering.index, covering.index + covering.length).replace(/\s+/g, ' ');
    report({
      block: m.b,
      offset: m.index,
      length: m.length,
      severity: 'warning',
      message: {
        id: `Rencana periode ${m.from}–${m.to} disebut sebagai dasar laporan tahun ${year} ("${phrase}"), padahal periode itu sudah berakhir dan laporan ini di tempat lain menyebut "${coveringPhrase}": sisa laporan lama?`,
        en: `A plan for ${m.from}–${m.to} is named as the basis of the ${year} report ("${phrase}"), but that period had ended and the report names "${coveringPhrase}" elsewhere: left over from an older report?`,
      },
      expected: `${covering.from}–${covering.to}`,
      actual: `${m.from}–${m.to}`,
    });
  }
}

/** The unit's name followed by a year: the last three words of an immigration office's name (`TPI Cilegon Tahun 2020`), any other unit's whole name. */
function officeYear(office: string | undefined, wholeName: boolean): RegExp | null {
  if (!office) return null;
  const words = office.split(/\s+/).slice(wholeName ? 0 : -3).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // `Tahun 2019 2023` is a plan period too: OCR drops the dash between the years (a mark without a letter or digit).
  return new RegExp(String.raw`\b${words.join('\\s+')}\s+(?:Periode\s+)?Tahun\s+(20\d\d)\b(?!\s*[-–/]?\s*20\d\d)`, 'gi');
}

export default defineRule({
  id: 'wrong-year',
  description: { id: 'Tahun dari laporan tahun lain yang tertinggal', en: 'Year left over from another year\'s report' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'Pelaksanaan penyusunan laporan kinerja didasarkan atas Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: 'Siak, 03 Februari 2025', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the signing date in January of the next year (BPBD foreword)', text: '                                       Bandung,    Januari 2017\n\n                                         Kepala Pelaksana\n                               Badan Penanggulangan Bencana Daerah', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'the Renstra period in the table of contents (Dinkes)', text: '                  2.1.1. Rencana Stratejik Tahun 2013 – 2018                    12\n                         a. Visi dan Misi                                       13', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'regulation years in the Dasar Hukum (Dinkes: Perda Nomor 25 Tahun 2010 changing Nomor 2 Tahun 2009)', text: '34. Peraturan Daerah Provinsi Jawa Barat Nomor 25 Tahun 2010 tentang\n        Perubahan Peraturan Daerah Provinsi Jawa Barat Nomor 2 Tahun 2009\n        tentang Rencana Pembangunan Jangka Menengah Daerah (RPJMD)', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'an ended plan told as history, the current one named (DPM-Desa BAB I)', text: 'BPMPD telah menjalankan Rencana Strategis BPMPD 2008-2013 sejalan dengan RPJMD 2009-2013.\n\nPada tahun 2016 BPMPD melaksanakan program sesuai dengan Renstra BPMPD 2013-2018.', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
      { name: 'an ended RPJMD as a regulation\'s title in the Dasar Hukum', text: '11. Peraturan Daerah Provinsi Jawa Barat Nomor 2 Tahun 2009 tentang Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Provinsi Jawa Barat Tahun 2008-2013.\n12. Peraturan Daerah Provinsi Jawa Barat Nomor 25 Tahun 2013 tentang RPJMD Provinsi Jawa Barat Tahun 2013-2018.', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'next year\'s Renja', text: 'Hasil evaluasi ini menjadi bahan penyusunan Renja Tahun 2017.', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'Sistematika Laporan Kinerja Kantor Imigrasi Kelas II TPI Siak Tahun 2023 berpedoman pada Keputusan Menteri Hukum dan HAM.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, expected: '2024', actual: '2023' }] },
      { name: 'last medium-term plan named as this year\'s basis (DPM-Desa BAB I)', text: 'BPMPD perlu melaporkan pelaksanaan tugas pokok dan fungsi serta kewenangan pengelolaan sumber daya yang didasarkan pada Renstra BPMPD 2008 - 2013 dalam bentuk Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP).\n\nSasaran strategis ditetapkan dalam Renstra BPMPD 2013-2018.', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 1, expected: '2013–2018', actual: '2008–2013' }] },
      { name: 'an ended regional vision named as what the unit\'s vision supports (BPBD BAB II)', text: 'Renstra BPBD 2013-2018 memuat visi dan misi.\n\nDalam rangka mendukung pencapaian Visi Jawa Barat 2008-2013, telah dirumuskan Visi Badan Penanggulangan Bencana Daerah yaitu ” Terciptanya penanggulangan bencana yang cepat, tepat dan profesional”.', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 3, expected: '2013–2018', actual: '2008–2013' }] },
      { name: 'an old RKPD among the bases of this year\'s activities (DPM-Desa)', text: '14. Peraturan Gubernur Jawa Barat Nomor 29 tahun 2010 tentang Rencana Kerja\n    Pemerintah Daerah (RKPD) Provinsi Jawa Barat Tahun 2011.', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 2, expected: '2016', actual: '2011' }] },
      { name: 'last year\'s Perjanjian Kinerja in the table of contents (Dinkes)', text: '                  2.1.2. Perencanaan Kinerja tahun 2016                         17\n                  2.2 Perjanjian Kinerja Tahun 2015                             19\n                  2.3     Program Kegiatan dan Anggaran                         20', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 2, expected: '2016', actual: '2015' }] },
      { name: 'last year\'s Perjanjian Kinerja as a section heading (RSJ BAB II)', text: '  Indeks Kepuasan Pegawai\n                                                                                      78\n\n\n2.3 Perjanjian Kinerja Tahun 2015\n\n\n                                           Tabel 5', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' }, findings: [{ line: 5, expected: '2016', actual: '2015' }] },
      { name: 'the Dasar Hukum naming last year\'s LAKIP of the unit (Dinkes)', text: '1.2. Dasar Hukum\n\n           Peraturan perundang-undangan yang mendasari penyusunan Laporan\nAkuntabilitas Kinerja Instansi Pemerintah Dinas Kesehatan Provinsi Jawa Barat\nTahun 2015, adalah sebagai berikut :', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 4, expected: '2016', actual: '2015' }] },
      { name: 'a page footer of a 2009 LAKIP copied in (DPM-Desa)', text: '  Laporan Akuntabilitasi Kinerja (LAKIP) BPMPD Tahun 2016                         hal- 70\nLaporan Akuntabilitasi Kinerja (LAKIP) BPMPD Tahun 2016   hal- 71\nLaporan Akuntabilitasi Kinerja(LAKIP)Tahun 2009   Page 43', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 3, expected: '2016', actual: '2009' }] },
    ],
    knownGaps: [
      {
        case: { name: 'the purpose paragraph naming last year\'s targets and DPA (RSJ BAB I)', text: '           Laporan        Kinerja Instansi Pemerintah (LKIP) merupakan gambaran tingkat\n   keberhasilan maupun kegagalan manajemen dan organisasi dalam upaya pelayanan\n   kepada masyarakat khususnya pelayanan kesehatan jiwa, pencapaian sasaran yang telah\n   ditentukan pada tahun 2015 serta sebagai bentuk pertanggungjawaban atas penggunaan\n   anggaran DPA TA 2015.', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' }, findings: [{ line: 4, expected: '2016', actual: '2015' }, { line: 5, expected: '2016', actual: '2015' }] },
        today: 'wrong-finding',
        why: '"anggaran DPA TA 2015" is now found, but "sasaran yang telah ditentukan pada tahun 2015" (the report\'s own targets, line 4) is not read as the report\'s period',
      },
      {
        case: { name: 'a program\'s capaian announced for the previous year (DPUPR BAB III)', text: '                    Program ini diarahkan untuk peningkatan dan pengembangan sistem\n         pelaporan.Adapun capaian sasaran tahun 2020 dengan target jangka menengah\n         dalam Renstra tampak sebagai berikut:', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' }, findings: [{ line: 2, expected: '2021', actual: '2020' }] },
        today: 'misses',
        why: '"capaian sasaran tahun 2020" introducing this year\'s results is not recognised as a stale year',
      },
      {
        case: { name: 'the cover says TAHUN 2017 for the 2016 report (BPBD; the gold marks it likely: the publication year)', text: 'BADAN PENANGGULANGAN BENCANA\n  DAERAH PROVINSI JAWA BARAT\n         TAHUN 2017\n                       IKHTISAR EKSEKUTIF\n\n\n', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 3, expected: '2016', actual: '2017' }] },
        today: 'misses',
        why: 'a cover year one after the report period (TAHUN 2017 in the 2016 report) is not reported; without --year the cover\'s 2017 becomes the report year and the whole report is judged against 2017',
      },
    ],
  },
  check({ doc, facts, report }) {
    const year = facts.identity.year;
    if (year === null) return;
    stalePlanPeriods(doc.blocks, facts, year, report);
    const patterns = [...PATTERNS];
    const own = facts.identity.office ? officeYear(facts.identity.office.name, false) : officeYear(facts.identity.unit?.name, true);
    const cover = facts.identity.period.coverYear;
    if (cover && cover.year !== year) {
      report({
        block: cover.block,
        offset: cover.offset,
        length: cover.length,
        message: {
          id: `Sampul menyebut tahun ${cover.year}, padahal laporan ini tentang tahun ${year} (${evidenceText(facts.identity.yearSource, 'id')}): tahun sampul adalah tahun penyusunan?`,
          en: `The cover says ${cover.year}, but the report covers ${year} (${evidenceText(facts.identity.yearSource, 'en')}): is the cover's year the year it was written?`,
        },
        expected: String(year),
        actual: String(cover.year),
      });
    }
    if (own) patterns.push({ re: own, headingsToo: false, wrong: SAME, what: { id: 'nama kantor diikuti tahun', en: 'the office name followed by the year' }, expected: (y) => y, skipComparison: true });
    // Running lines (a page header or footer kept in the text) say one thing once: the first is
    // reported, and none that only repeats the cover's year (the cover's finding says it).
    const running = runningLineKeys(doc.blocks);
    const runningSeen = new Set<string>();
    const annexSeen = new Set<string>();
    const reported = new Set<string>();
    const inAnnex = (b: Block) => b.index >= facts.sections.annexStart;
    // Prose, and the cells of short tables (a PDF reads a footer or an indented line as a one-row table).
    const places = [
      ...proseBlocks(doc.blocks, facts).map((b) => ({ b, text: b.text, row: undefined as number | undefined, cell: undefined as number | undefined })),
      ...doc.blocks
        .filter((b) => b.kind === 'table' && (b.rows?.length ?? 0) <= 2 && !inToc(facts, b))
        .flatMap((b) => (b.rows ?? []).flatMap((r, row) => r.cells.map((text, cell) => ({ b, text, row: row as number | undefined, cell: cell as number | undefined })))),
    ];
    for (const { b, text, row, cell } of places) {
      // Every pattern ends in a year.
      if (!/20\d\d/.test(text)) continue;
      const headingLike = b.kind === 'heading' || (text.length < 120 && text === text.toUpperCase());
      for (const p of patterns) {
        if (headingLike && p.headingsToo === false) continue;
        p.re.lastIndex = 0;
        for (const m of text.matchAll(p.re)) {
          const found = Number(m[1]);
          if (!p.wrong(found, year)) continue;
          const yearAt = m.index! + m[0].lastIndexOf(m[1]!);
          const before = text.slice(Math.max(0, yearAt - 50), yearAt).replace(/(?:Periode\s+)?(?:Tahun\s+)?$/i, '');
          if (REGULATION_BEFORE.test(before)) continue;
          if (p.skipComparison) {
            const sentence = text.slice(Math.max(0, m.index! - 160), Math.min(text.length, yearAt + 80));
            const near = sentence.slice(Math.max(0, sentence.length - 240));
            if (COMPARISON.test(near.replace(/meningkatkan|peningkatan kualitas/gi, ''))) continue;
          }
          const key = `${b.index}:${row ?? ''}:${cell ?? ''}:${yearAt}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const phrase = m[0].replace(/\s+/g, ' ');
          const lineStart = text.lastIndexOf('\n', yearAt) + 1;
          const lineEnd = text.indexOf('\n', yearAt);
          const lineKey = runningKey(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
          if (running.has(lineKey)) {
            if (cover && cover.year !== year && found === cover.year) continue;
            if (runningSeen.has(lineKey)) continue;
            runningSeen.add(lineKey);
          }
          if (inAnnex(b)) {
            const norm = phrase.toLowerCase();
            if (annexSeen.has(norm)) continue;
            annexSeen.add(norm);
          }
          const expected = p.expected(year);
          report({
            block: b,
            ...(row !== undefined ? { row, cell: cell ?? 0 } : { offset: m.index!, length: m[0].length }),
            message: {
              id: `Tahun ${found} di laporan tahun ${year}: ${p.what.id} ${found}; seharusnya ${expected}? ("${phrase.slice(-60)}")`,
              en: `Year ${found} in the ${year} report: ${p.what.en} ${found}; expected ${expected}? ("${phrase.slice(-60)}")`,
            },
            expected: String(expected),
            actual: String(found),
            ...(p.certain && row === undefined ? { fix: { find: m[0].slice(yearAt - m.index! - Math.min(40, yearAt - m.index!)), replace: m[0].slice(yearAt - m.index! - Math.min(40, yearAt - m.index!), yearAt - m.index!) + String(expected) + m[0].slice(yearAt - m.index! + 4) } } : {}),
          });
        }
      }
    }
  },
});
