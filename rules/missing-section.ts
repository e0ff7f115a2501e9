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

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\.{3,}.*$/, '')
    .replace(/\s[\divxlc]+$/i, '')
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
    if (options.checkTableOfContents) checkToc();

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
      const candidates = blocks
        .filter((b) => !inToc(facts, b) && b.kind !== 'table' && b.kind !== 'formula' && b.text.length <= 160)
        .map((b) => norm(b.text.split('\n')[0]!));
      for (const b of blocks.slice(range[0] + 1, range[1])) {
        const rows = b.kind === 'table' ? (b.rows ?? []).map((r, i) => ({ text: r.cells[0] ?? '', row: i })) : [{ text: b.text, row: undefined }];
        for (const { text, row } of rows) {
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
