/**
 * missing-section: a required part of the report absent, out of order or empty (a `LAMPIRAN`
 * heading with nothing after it), and a table-of-contents entry with no matching heading.
 * The Sistematika list and the table of contents name every chapter without being it.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import type { Block } from '../src/model.js';
import { inToc } from '../src/walk.js';
import { captionNumber, findCaptions } from '../src/text/captions.js';
import { matchHeading, titleOverlap, type BodyHeading, type ContentsEntry } from '../src/facts/contents.js';
import { notBefore } from '../src/text/page-labels.js';

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\.{3,}.*$/, '')
    .replace(/\s(?:\d{1,3}|[ivxlc]+)$/i, '')
    .replace(/^(bab\s+[ivx]+\.?\s*)/i, (m) => m.replace(/\.\s*$/, '') + ' ')
    .replace(/^([a-h]|\d{1,2})[.)]\s+/i, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(s: string): Set<string> {
  return new Set(s.split(' ').filter((w) => w.length > 2));
}

function similar(entry: string, heading: string): boolean {
  if (!entry || !heading) return false;
  if (entry === heading) return true;
  if (entry.length >= 8 && heading.length >= 8 && (heading.startsWith(entry) || entry.startsWith(heading))) return true;
  const a = words(entry);
  const b = words(heading);
  if (a.size === 0) return false;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / a.size >= 0.75 && common / Math.max(b.size, 1) >= 0.5;
}

/** Chapter-level subsections the template requires (Kemenkumham default). */
const Options = z
  .object({
    subsections: z
      .record(z.string(), z.array(z.string()))
      // `A|B`: either name; words match by their stem (`Rencana Strategis` = `Perencanaan Stratejik`).
      .default({ 'bab-2': ['Rencana Strategis|Renstra', 'Perjanjian Kinerja|Penetapan Kinerja'], 'bab-3': ['Capaian Kinerja|Pengukuran Kinerja', 'Realisasi Anggaran|Akuntabilitas Keuangan|Realisasi Keuangan'] }),
    checkTableOfContents: z.boolean().default(true),
  })
  .strict();

/** A subsection's names (`A|B`) as one pattern; each word by its stem, `Rencana` also as `Perencanaan`. */
function subsectionPattern(names: string): RegExp {
  const alternatives = names.split('|').map((name) =>
    name
      .trim()
      .split(/\s+/)
      .map((w) => (w.length > 5 ? `(?:pe)?${w.slice(0, 5).replace(/[^A-Za-z]/g, '')}[a-z]*` : w.replace(/[^A-Za-z0-9]/g, '')))
      .join('\\s+'),
  );
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');
}

export default defineRule({
  id: 'missing-section',
  description: { id: 'Bagian wajib laporan tidak ada, kosong atau tidak berurutan', en: 'Required part of the report absent, empty or out of order' },
  defaultSeverity: 'error',
  options: Options,
  examples: {
    valid: [
      { text: 'KATA PENGANTAR\n\nisi\n\nDAFTAR ISI\n\nKATA PENGANTAR\t1\nIKHTISAR EKSEKUTIF\t2\n\nIKHTISAR EKSEKUTIF\n\nisi\n\nBAB I PENDAHULUAN\n\nisi\n\nBAB II PERENCANAAN KINERJA\n\nA. Rencana Strategis\n\nB. Perjanjian Kinerja\n\nBAB III AKUNTABILITAS KINERJA\n\nA. Capaian Kinerja\n\nB. Realisasi Anggaran\n\nBAB IV PENUTUP\n\nisi\n\nLAMPIRAN\n\nPerjanjian Kinerja', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the RSJ report\'s chapters BAB I-IV in order, linted with a profile of chapters only (its front matter was published as separate files) and no required subsections (headings and the first lines under them)', text: '                                             BAB I\n                                         PENDAHULUAN\n\n\n\n\n1.1 Latar belakang\n           Terselenggaranya       good    governance    merupakan     prasyarat    bagi   setiap\n   pemerintahan untuk mewujudkan aspirasi masyarakat dan mencapai tujuan serta cita–cita\n\n1.2 Maksud dan Tujuan\n   Maksud\n            Maksud disusunnya laporan kinerja instansi pemerintah (LKIP) ini adalah sebagai\n\n1.3 Dasar Hukum\n  1) Ketetapan Majelis Permusyawaratan Rakyat RI Nomor XI/MPR/1998 Tentang\n     Penyelenggara Negara yang Bersih dan Bebas Korupsi, Kolusi dan Nepotisme;\n\n1.4 Kedudukan, Tugas Pokok, Dan Fungsi\n   a.    Kedudukan\n            Berdasarkan Peraturan Daerah Provinsi Jawa Barat Nomor 23 Tahun 2008 tentang\n\n                                                    BAB II\n                                              RENCANA KINERJA\n\n\n     2.1 Rencana Strategis (Lima Tahun)\n          2.1.1 Visi dan Misi\n               Dalam mendukung visi dan misi Pemerintah Provinsi Jawa Barat khususnya pada\n               misi satu “Mewujudkan Sumber Daya Manusia Jawa Barat yang Produktif dan\n\n2.2 Rencana Kinerja Tahun 2016\n             Berdasarkan pada visi, misi dan kebijakan pembangunan pada tahun 2013–2018\n      maka prioritas pembangunan pada tahun 2016 dituangkan dalam sasaran strategis serta\n\n2.3 Perjanjian Kinerja Tahun 2015\n\n\n\n                                          BAB III\n                                 AKUNTABILITAS KINERJA\n\n\n3.1 Capaian Kinerja\n    3.1.1 Kerangka Pengukuran Kinerja\n            Pengukuran kinerja digunakan sebagai dasar untuk menilai keberhasilan dan\n   kegagalan kegiatan sesuai dengan sasaran dan tujuan yang telah ditetapkan dalam rangka\n\n3.2. Akuntabilitas Anggaran (Anggaran dan realisasi belanja daerah)\n3.1.1    Realisasi Pendapatan\n\n                   Sumber–sumber pendapatan di RS Jiwa Provinsi Jawa Barat berasal dari\n        pelayanan rawat jalan, rawat inap, UGD, penunjang pelayanan medik seperti obat, radiologi,\n\n                                               BAB IV\n                                            PENUTUP\n\n\n4.1 Keberhasilan dan Kegagalan Kinerja\n4.1.1   Keberhasilan\n        Keberhasilan kinerja yang telah dicapai pada tahun 2016 ini diantaranya :\n        1)   Pelayanan kepada pasien gangguan jiwa dapat berjalan dengan lancar termasuk\n             untuk pasien miskin yang berobat ke RS Jiwa Provinsi Jawa Barat dapat dilayani\n             semuanya serta ada peningkatan kunjungan\n\n                                                       Bandung, 30 Desember 2016\n                                                                Plt.Direktur\n                                                   Rumah Sakit Jiwa Provinsi Jawa Barat\n\n\n\n\n                                                        dr. H. Komar Hanifi, M.KM.\n                                                          Pembina Utama Muda\n                                                        NIP.195801281988021001', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat', profile: { sections: [{ id: 'bab-1', title: 'BAB I PENDAHULUAN', patterns: [], chapter: 1 }, { id: 'bab-2', title: 'BAB II PERENCANAAN KINERJA', patterns: [], chapter: 2 }, { id: 'bab-3', title: 'BAB III AKUNTABILITAS KINERJA', patterns: [], chapter: 3 }, { id: 'bab-4', title: 'BAB IV PENUTUP', patterns: [], chapter: 4 }] }, options: { subsections: {} } } },
    ],
    invalid: [
      { text: 'KATA PENGANTAR\n\nisi\n\nDAFTAR ISI\n\nKATA PENGANTAR\t1\nIKHTISAR EKSEKUTIF\t2\n\nRINGKASAN EKSEKUTIF\n\nisi\n\nBAB I PENDAHULUAN\n\nisi\n\nBAB IV PENUTUP\n\nisi\n\nLAMPIRAN', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 8, expected: 'judul yang sama di badan laporan', actual: 'IKHTISAR EKSEKUTIF' }, { line: 18, expected: 'BAB II PERENCANAAN KINERJA', actual: 'tidak ada' }, { line: 18, expected: 'BAB III AKUNTABILITAS KINERJA', actual: 'tidak ada' }, { line: 22, expected: 'isi bagian', actual: 'kosong' }] },
      { name: 'a report of BAB I-IV only: Kata Pengantar, Daftar Isi, Ikhtisar Eksekutif and Lampiran missing (RSJ; headings and the first lines under them; subsections not required)', text: '                                             BAB I\n                                         PENDAHULUAN\n\n\n\n\n1.1 Latar belakang\n           Terselenggaranya       good    governance    merupakan     prasyarat    bagi   setiap\n   pemerintahan untuk mewujudkan aspirasi masyarakat dan mencapai tujuan serta cita–cita\n\n1.2 Maksud dan Tujuan\n   Maksud\n            Maksud disusunnya laporan kinerja instansi pemerintah (LKIP) ini adalah sebagai\n\n1.3 Dasar Hukum\n  1) Ketetapan Majelis Permusyawaratan Rakyat RI Nomor XI/MPR/1998 Tentang\n     Penyelenggara Negara yang Bersih dan Bebas Korupsi, Kolusi dan Nepotisme;\n\n1.4 Kedudukan, Tugas Pokok, Dan Fungsi\n   a.    Kedudukan\n            Berdasarkan Peraturan Daerah Provinsi Jawa Barat Nomor 23 Tahun 2008 tentang\n\n                                                    BAB II\n                                              RENCANA KINERJA\n\n\n     2.1 Rencana Strategis (Lima Tahun)\n          2.1.1 Visi dan Misi\n               Dalam mendukung visi dan misi Pemerintah Provinsi Jawa Barat khususnya pada\n               misi satu “Mewujudkan Sumber Daya Manusia Jawa Barat yang Produktif dan\n\n2.2 Rencana Kinerja Tahun 2016\n             Berdasarkan pada visi, misi dan kebijakan pembangunan pada tahun 2013–2018\n      maka prioritas pembangunan pada tahun 2016 dituangkan dalam sasaran strategis serta\n\n2.3 Perjanjian Kinerja Tahun 2015\n\n\n\n                                          BAB III\n                                 AKUNTABILITAS KINERJA\n\n\n3.1 Capaian Kinerja\n    3.1.1 Kerangka Pengukuran Kinerja\n            Pengukuran kinerja digunakan sebagai dasar untuk menilai keberhasilan dan\n   kegagalan kegiatan sesuai dengan sasaran dan tujuan yang telah ditetapkan dalam rangka\n\n3.2. Akuntabilitas Anggaran (Anggaran dan realisasi belanja daerah)\n3.1.1    Realisasi Pendapatan\n\n                   Sumber–sumber pendapatan di RS Jiwa Provinsi Jawa Barat berasal dari\n        pelayanan rawat jalan, rawat inap, UGD, penunjang pelayanan medik seperti obat, radiologi,\n\n                                               BAB IV\n                                            PENUTUP\n\n\n4.1 Keberhasilan dan Kegagalan Kinerja\n4.1.1   Keberhasilan\n        Keberhasilan kinerja yang telah dicapai pada tahun 2016 ini diantaranya :\n        1)   Pelayanan kepada pasien gangguan jiwa dapat berjalan dengan lancar termasuk\n             untuk pasien miskin yang berobat ke RS Jiwa Provinsi Jawa Barat dapat dilayani\n             semuanya serta ada peningkatan kunjungan\n\n                                                       Bandung, 30 Desember 2016\n                                                                Plt.Direktur\n                                                   Rumah Sakit Jiwa Provinsi Jawa Barat\n\n\n\n\n                                                        dr. H. Komar Hanifi, M.KM.\n                                                          Pembina Utama Muda\n                                                        NIP.195801281988021001', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat', options: { subsections: {} } }, findings: [{ line: 1, expected: 'KATA PENGANTAR', actual: 'tidak ada' }, { line: 1, expected: 'DAFTAR ISI', actual: 'tidak ada' }, { line: 1, expected: 'IKHTISAR EKSEKUTIF', actual: 'tidak ada' }, { line: 73, expected: 'LAMPIRAN', actual: 'tidak ada' }] },
    ],
    knownGaps: [
      {
        case: { name: 'the same RSJ report with the default subsections: "2.1 Rencana Strategis (Lima Tahun)", "3.1 Capaian Kinerja" and "3.2. Akuntabilitas Anggaran (… realisasi belanja daerah)" are there', text: '                                             BAB I\n                                         PENDAHULUAN\n\n\n\n\n1.1 Latar belakang\n           Terselenggaranya       good    governance    merupakan     prasyarat    bagi   setiap\n   pemerintahan untuk mewujudkan aspirasi masyarakat dan mencapai tujuan serta cita–cita\n\n1.2 Maksud dan Tujuan\n   Maksud\n            Maksud disusunnya laporan kinerja instansi pemerintah (LKIP) ini adalah sebagai\n\n1.3 Dasar Hukum\n  1) Ketetapan Majelis Permusyawaratan Rakyat RI Nomor XI/MPR/1998 Tentang\n     Penyelenggara Negara yang Bersih dan Bebas Korupsi, Kolusi dan Nepotisme;\n\n1.4 Kedudukan, Tugas Pokok, Dan Fungsi\n   a.    Kedudukan\n            Berdasarkan Peraturan Daerah Provinsi Jawa Barat Nomor 23 Tahun 2008 tentang\n\n                                                    BAB II\n                                              RENCANA KINERJA\n\n\n     2.1 Rencana Strategis (Lima Tahun)\n          2.1.1 Visi dan Misi\n               Dalam mendukung visi dan misi Pemerintah Provinsi Jawa Barat khususnya pada\n               misi satu “Mewujudkan Sumber Daya Manusia Jawa Barat yang Produktif dan\n\n2.2 Rencana Kinerja Tahun 2016\n             Berdasarkan pada visi, misi dan kebijakan pembangunan pada tahun 2013–2018\n      maka prioritas pembangunan pada tahun 2016 dituangkan dalam sasaran strategis serta\n\n2.3 Perjanjian Kinerja Tahun 2015\n\n\n\n                                          BAB III\n                                 AKUNTABILITAS KINERJA\n\n\n3.1 Capaian Kinerja\n    3.1.1 Kerangka Pengukuran Kinerja\n            Pengukuran kinerja digunakan sebagai dasar untuk menilai keberhasilan dan\n   kegagalan kegiatan sesuai dengan sasaran dan tujuan yang telah ditetapkan dalam rangka\n\n3.2. Akuntabilitas Anggaran (Anggaran dan realisasi belanja daerah)\n3.1.1    Realisasi Pendapatan\n\n                   Sumber–sumber pendapatan di RS Jiwa Provinsi Jawa Barat berasal dari\n        pelayanan rawat jalan, rawat inap, UGD, penunjang pelayanan medik seperti obat, radiologi,\n\n                                               BAB IV\n                                            PENUTUP\n\n\n4.1 Keberhasilan dan Kegagalan Kinerja\n4.1.1   Keberhasilan\n        Keberhasilan kinerja yang telah dicapai pada tahun 2016 ini diantaranya :\n        1)   Pelayanan kepada pasien gangguan jiwa dapat berjalan dengan lancar termasuk\n             untuk pasien miskin yang berobat ke RS Jiwa Provinsi Jawa Barat dapat dilayani\n             semuanya serta ada peningkatan kunjungan\n\n                                                       Bandung, 30 Desember 2016\n                                                                Plt.Direktur\n                                                   Rumah Sakit Jiwa Provinsi Jawa Barat\n\n\n\n\n                                                        dr. H. Komar Hanifi, M.KM.\n                                                          Pembina Utama Muda\n                                                        NIP.195801281988021001', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' }, findings: [{ line: 1, expected: 'KATA PENGANTAR', actual: 'tidak ada' }, { line: 1, expected: 'DAFTAR ISI', actual: 'tidak ada' }, { line: 1, expected: 'IKHTISAR EKSEKUTIF', actual: 'tidak ada' }, { line: 73, expected: 'LAMPIRAN', actual: 'tidak ada' }] },
        today: 'wrong-finding',
        why: 'besides the four missing parts it reports Rencana Strategis, Capaian Kinerja and Realisasi Anggaran missing: a decimal-numbered section heading followed by its first subsection without a blank line is read as one long paragraph, not as a heading; and the budget part is titled "Akuntabilitas Anggaran", not "Realisasi Anggaran"',
      },
    ],
  },
  check({ doc, facts, options, report }) {
    const blocks = doc.blocks;
    if (blocks.length === 0) return;
    const { parts } = facts.sections;
    const required = parts.map((p) => p.part.id);
    // Absent parts: reported where they should have been (before the next part found), or at the end.
    const allParts = facts.sections.configuredParts;
    for (let k = 0; k < allParts.length; k++) {
      const part = allParts[k]!;
      if (required.includes(part.id)) continue;
      const nextFound = allParts.slice(k + 1).map((p) => parts.find((f) => f.part.id === p.id)).find(Boolean);
      const at: Block = nextFound ? nextFound.block : blocks[blocks.length - 1]!;
      report({
        block: at,
        message: {
          id: `Bagian wajib "${part.title}" tidak ditemukan${nextFound ? ` (seharusnya sebelum "${nextFound.heading.slice(0, 40)}")` : ' (laporan berakhir tanpa bagian ini)'}`,
          en: `Required part "${part.title}" not found${nextFound ? ` (expected before "${nextFound.heading.slice(0, 40)}")` : ' (the report ends without it)'}`,
        },
        expected: part.title,
        actual: 'tidak ada',
        excerpt: at.text.replace(/\s+/g, ' ').slice(0, 200),
      });
    }
    // Out of order.
    const order = allParts.map((p) => p.id);
    let maxRank = -1;
    for (const f of parts) {
      const rank = order.indexOf(f.part.id);
      if (rank < maxRank) {
        report({
          block: f.block,
          message: { id: `Bagian "${f.part.title}" tidak berurutan (muncul setelah bagian yang seharusnya sesudahnya)`, en: `Part "${f.part.title}" is out of order` },
        });
      }
      maxRank = Math.max(maxRank, rank);
    }
    // Empty parts: a heading with nothing (or only other headings) after it.
    for (const f of parts) {
      const body = blocks.slice(f.bodyStart, f.bodyEnd).filter((b) => b.text.trim().length > 0);
      if (body.length === 0 || body.every((b) => b.kind === 'heading' && b.text.length < 4)) {
        report({
          block: f.block,
          message: { id: `Bagian "${f.part.title}" kosong`, en: `Part "${f.part.title}" is empty` },
          expected: 'isi bagian',
          actual: 'kosong',
        });
      }
    }
    // Required subsections of a chapter.
    for (const [partId, subs] of Object.entries(options.subsections)) {
      const f = parts.find((p) => p.part.id === partId);
      if (!f) continue;
      const body = blocks.slice(f.block.index, f.bodyEnd);
      for (const names of subs) {
        const sub = names.split('|')[0]!.trim();
        const re = subsectionPattern(names);
        const present = body.some((b) => b.kind !== 'table' && b.kind !== 'formula' && b.text.length <= 140 && re.test(b.text));
        if (present) continue;
        report({
          block: f.block,
          message: { id: `Subbagian "${sub}" tidak ditemukan di ${f.part.title}`, en: `Subsection "${sub}" not found in ${f.part.title}` },
          expected: sub,
          actual: 'tidak ada',
        });
      }
    }
    let bodyCaptions: Map<string, Set<string>> | undefined;
    if (options.checkTableOfContents) {
      checkToc();
      checkContentsAgainstHeadings();
    }

    /** Where the entry is: its table row, or its block. */
    function entryPlace(e: ContentsEntry) {
      return { block: e.block, ...(e.row !== undefined ? { row: e.row, cell: 0 } : {}), excerpt: e.printed.slice(0, 200) };
    }

    /**
     * The contents' entries against the body's headings: an entry whose heading (same chapter, same
     * words) carries another number; entries whose pages run backwards; an entry whose page differs
     * from its heading's where the other entries agree on how the printed pages are numbered; a
     * numbered heading left out where the contents lists its siblings.
     */
    function checkContentsAgainstHeadings() {
      const { contents, headings, chapters } = facts.sections;
      if (contents.length < 4) return;
      const matched = new Map<ContentsEntry, BodyHeading>();
      for (const e of contents) {
        if (!e.number || e.number.style === 'chapter') continue;
        const h = matchHeading(e, headings);
        if (h) matched.set(e, h);
      }
      // Numbered otherwise: the same words (all of them), a number of the same style and depth.
      for (const [e, h] of matched) {
        const n = e.number!;
        if (!h.number || h.number.style !== n.style || h.number.depth !== n.depth || h.number.value === n.value) continue;
        const { entryShare, headingShare } = titleOverlap(e.title, h.title);
        if (entryShare < 1 || headingShare < 0.75) continue;
        if (contents.some((o) => o !== e && o.number?.value === h.number!.value && o.chapter === e.chapter && o.number.style === n.style)) continue;
        report({
          ...entryPlace(e),
          message: {
            id: `Entri daftar isi "${n.printed} ${e.title}" bernomor lain dari judulnya di badan laporan ("${h.printed.slice(0, 60)}"${h.block.source.page ? `, hal. ${h.block.source.page}` : ''})`,
            en: `Table-of-contents entry "${n.printed} ${e.title}" is numbered differently from its heading in the body ("${h.printed.slice(0, 60)}")`,
          },
          expected: h.number.printed,
          actual: n.printed,
        });
      }
      // Pages running backwards within one numbering scheme.
      let last: ContentsEntry | null = null;
      for (const e of contents) {
        if (!e.page) continue;
        if (last && last.page && last.list === e.list && notBefore(last.page, e.page) === false) {
          report({
            ...entryPlace(e),
            message: {
              id: `Nomor halaman entri daftar isi "${e.title.slice(0, 60)}" (${e.page.printed}) lebih kecil dari entri sebelumnya ("${last.title.slice(0, 40)}", ${last.page.printed})`,
              en: `Table-of-contents entry "${e.title.slice(0, 60)}" has page ${e.page.printed}, before the previous entry's ${last.page.printed}`,
            },
            expected: `≥ ${last.page.printed}`,
            actual: e.page.printed,
          });
        }
        last = e;
      }
      checkContentsPages(matched, chapters);
      checkLeftOut(matched);
    }

    /** Pages: where three or more entries agree on the offset between printed page and sheet, an entry that does not. */
    function checkContentsPages(matched: Map<ContentsEntry, BodyHeading>, chapters: Map<number, Block>) {
      const pairs: { e: ContentsEntry; sheet: number; key: string }[] = [];
      for (const e of facts.sections.contents) {
        if (!e.page || e.page.scheme === 'roman') continue;
        const block = e.number?.style === 'chapter' ? chapters.get(Number(e.number.value)) : matched.get(e)?.block;
        const h = matched.get(e);
        // Only an entry surely its heading's: the same number, or the chapter itself.
        if (e.number?.style !== 'chapter' && (!h || h.number?.value !== e.number?.value)) continue;
        if (!block?.source.page) continue;
        const key = e.page.scheme === 'chapter' ? `bab-${e.page.chapter}` : 'arabic';
        if (e.page.scheme === 'chapter' && e.chapter !== null && e.page.chapter !== e.chapter) continue;
        pairs.push({ e, sheet: block.source.page - e.page.n, key });
      }
      for (const key of new Set(pairs.map((p) => p.key))) {
        const group = pairs.filter((p) => p.key === key);
        const counts = new Map<number, number>();
        for (const p of group) counts.set(p.sheet, (counts.get(p.sheet) ?? 0) + 1);
        const [offset, support] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
        if (support < 3 || support < group.length * 0.6) continue;
        for (const p of group) {
          if (p.sheet === offset) continue;
          const h = matched.get(p.e);
          const actualPage = p.sheet + p.e.page!.n - offset;
          const printedPage = p.e.page!.scheme === 'chapter' ? `${p.e.page!.printed.replace(/\s*[-–—]\s*\d+$/, '')}-${actualPage}` : String(actualPage);
          report({
            ...entryPlace(p.e),
            message: {
              id: `Entri daftar isi "${p.e.title.slice(0, 60)}" menyebut hal. ${p.e.page!.printed}, tetapi judulnya${h ? ` ("${h.printed.slice(0, 50)}")` : ''} ada di hal. ${printedPage} (menurut penomoran halaman entri lain)`,
              en: `Table-of-contents entry "${p.e.title.slice(0, 60)}" gives page ${p.e.page!.printed}, but its heading is on page ${printedPage} (by the other entries' page numbering)`,
            },
            expected: printedPage,
            actual: p.e.page!.printed,
          });
        }
      }
    }

    /** A numbered heading the contents leaves out, where it lists two or more headings of that chapter at that level, one of them this heading's neighbour. */
    function checkLeftOut(matched: Map<ContentsEntry, BodyHeading>) {
      const { contents, headings } = facts.sections;
      const matchedHeadings = new Set(matched.values());
      for (const h of headings) {
        if (!h.number || h.chapter === null || matchedHeadings.has(h)) continue;
        const hn = h.number;
        const siblings = contents.filter((e) => e.chapter === h.chapter && e.number?.style === hn.style && e.number.depth === hn.depth && (hn.depth === 1 || e.number.value.split('.').slice(0, -1).join('.') === hn.value.split('.').slice(0, -1).join('.')));
        const listed = siblings.filter((e) => matched.has(e));
        if (siblings.length < 2 || listed.length < 1) continue;
        // Named by an entry in other words or under another number: not left out.
        if (contents.some((e) => {
          const o = titleOverlap(e.title, h.title);
          return o.common >= 2 || o.headingShare >= 0.5 || o.entryShare >= 0.5;
        })) continue;
        // Between two listed siblings of the body, or right after the last.
        const at = h.block.index;
        const before = listed.some((e) => matched.get(e)!.block.index < at);
        if (!before) continue;
        report({
          block: h.block,
          excerpt: h.printed.slice(0, 200),
          message: {
            id: `Judul "${h.printed.slice(0, 70)}" tidak tercantum di daftar isi (daftar isi mencantumkan ${siblings.map((e) => e.number!.printed).join(', ')} di bab ini)`,
            en: `Heading "${h.printed.slice(0, 70)}" is not in the table of contents (which lists ${siblings.map((e) => e.number!.printed).join(', ')} in this chapter)`,
          },
          expected: 'judul tercantum di daftar isi',
          actual: 'tidak tercantum',
        });
      }
    }

    /** Captions of the body by kind, `chapter.n` or `n` (outside the table of contents). */
    function captionsOfBody(): Map<string, Set<string>> {
      if (bodyCaptions) return bodyCaptions;
      bodyCaptions = new Map();
      for (const b of blocks) {
        if (b.kind === 'table' || b.kind === 'formula' || inToc(facts, b)) continue;
        for (const h of findCaptions(b.text)) {
          const set = bodyCaptions.get(h.kind) ?? new Set<string>();
          set.add(captionNumber(h));
          bodyCaptions.set(h.kind, set);
        }
      }
      return bodyCaptions;
    }

    /** A Daftar Tabel / Gambar entry whose caption the body does not have (judged only where the body's captions of that kind are read: three or more, in the entry's scheme). */
    function checkCaptionEntry(b: Block, text: string, row: number | undefined) {
      const hit = findCaptions(text.trim().replace(/\.{3,}.*$/, ''))[0];
      if (!hit || hit.start !== 0) return;
      const body = captionsOfBody().get(hit.kind);
      if (!body || body.size < 3) return;
      const sameScheme = [...body].filter((n) => n.includes('.') === (hit.chapter !== undefined)).length;
      if (sameScheme < 3 || body.has(captionNumber(hit))) return;
      report({
        block: b,
        ...(row !== undefined ? { row, cell: 0 } : {}),
        message: {
          id: `Entri daftar ${hit.kind.toLowerCase()} "${hit.printed}" tidak punya keterangan ${hit.kind.toLowerCase()} yang sama di badan laporan`,
          en: `List-of-${hit.kind === 'Tabel' ? 'tables' : 'figures'} entry "${hit.printed}" has no matching caption in the body`,
        },
        expected: `${hit.printed} di badan laporan`,
        actual: text.trim().replace(/\.{3,}.*/, ''),
      });
    }

    function checkToc() {
      const range = facts.sections.tocRange;
      if (!range) return;
      // Every line that could be a heading: a block's first line (a PDF runs a heading into its
      // paragraph), a table row (a PDF can read a heading beside a figure as a row).
      const candidates = blocks
        .filter((b) => !inToc(facts, b) && b.kind !== 'formula')
        .flatMap((b) => (b.kind === 'table' ? (b.rows ?? []).map((r) => r.cells.filter(Boolean).join(' ')) : [b.text.split('\n')[0]!]))
        .filter((line) => line.length <= 160)
        .map((line) => norm(line.replace(/^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+/, '')));
      {
        // Each entry with its wrapped lines joined and its page taken off.
        for (const e of facts.sections.contents) {
          const b = e.block;
          const row = e.row;
          const text = e.number ? `${e.number.printed} ${e.title}` : e.title;
          const entry = norm(text);
          if (!entry || /^daftar (isi|tabel|gambar|lampiran)$/.test(entry) || entry.length < 4) continue;
          if (/^(gambar|tabel|grafik|diagram|bagan)\b/.test(entry)) {
            checkCaptionEntry(b, text, row);
            continue;
          }
          if (/^lampiran \d/.test(entry)) continue;
          if (candidates.some((c) => similar(entry, c))) continue;
          report({
            block: b,
            ...(row !== undefined ? { row, cell: 0 } : {}),
            message: {
              id: `Entri daftar isi "${text.trim().replace(/\.{3,}.*/, '')}" tidak punya judul yang sesuai di badan laporan`,
              en: `Table-of-contents entry "${text.trim().replace(/\.{3,}.*/, '')}" has no matching heading in the body`,
            },
            expected: 'judul yang sama di badan laporan',
            actual: text.trim(),
          });
        }
      }
    }
  },
});
