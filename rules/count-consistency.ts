/**
 * count-consistency: a sentence announces how many things follow ("memperhatikan 4 variabel,
 * yaitu:", "dibantu oleh 4 (Empat) orang Pejabat Struktural, yaitu:") and the list right after it
 * has another number of items.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import type { Block } from '../src/model.js';

const WORDS: Record<string, number> = { dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 };
/** `4 (empat) variabel, yaitu:` at the end of a paragraph: the number, then a few words, then the colon. */
const ANNOUNCE = /\b(\d{1,2})(?:\s*\(([a-z ]+)\))?\s+((?:[A-Za-z/-]+\s+){0,5}?[A-Za-z/-]+)\s*,?\s*(?:yaitu|yakni|antara lain|sebagai berikut|meliputi|terdiri (?:atas|dari)|berupa|diantaranya|di antara(?:nya)?)?\s*:\s*$/i;

/** A list item's marker style as the parser read it (`lower-roman)`), its punctuation kept apart. */
function style(x: Block): string {
  if (!x.list) return x.marker ?? '';
  return x.list.style === 'bullet' ? x.list.printed : `${x.list.style}${x.list.printed.startsWith('(') ? '()' : x.list.printed.slice(-1)}`;
}

export default defineRule({
  id: 'count-consistency',
  description: { id: 'Jumlah yang disebut tidak sama dengan daftar yang mengikutinya', en: 'An announced count that its own list contradicts' },
  defaultSeverity: 'warning',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'Kepala Kantor dibantu oleh 4 (Empat) orang Pejabat Struktural, yaitu:\n\n1. Kepala Subbagian Tata Usaha\n2. Kepala Seksi Lalu Lintas dan Ijin Tinggal Keimigrasian\n3. Kepala Seksi Intelijen dan Penindakan Keimigrasian\n4. Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: '7 dominant risks announced and listed 1-7 (BPBD BAB I)', text: '               Bencana di Provinsi Jawa Barat merupakan bencana alam\n dan non alam serta bencana sosial akibat ulah manusia. Menurut data\n Prioritas (IRBI) Nasional 2013 Terdapat 7 Risiko Bencana Dominan\n yang teridentifikasi berdasarkan Potensi bencana tersebut adalah:\n 1. Banjir;\n 2. Gempa bumi\n 3. Karlahut\n 4. Erupsi Gunung Api\n 5. Tanah Longsor\n 6. Tsunami\n 7. Kekeringan', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: '5 (lima) misi announced and listed 1-5 (DPM-Desa BAB II)', text: 'Dalam rangka mencapai visi di atas, ditetapkan 5 (lima) misi BPMPD Provinsi Jawa\nBarat, sebagai berikut :\n1. Meningkatkan kapasitas kelembagaan kehidupan sosial budaya dan pengembangan\n   partisipasi serta keswadayaan masyarakat.\n2. Meningkatkan perekonomian masyarakat perdesaan.\n3. Meningkatkan Pemanfaatan sumber daya alam berwawasan lingkungan dan\n   pendayagunaan TTG.\n4. Meningkatkan kapasitas pemerintahan Desa dan Kelurahan\n5. Meningkatkan infrastruktur perdesaan', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'Nilai Kinerja Perencanaan Anggaran memperhatikan 4 variabel, yaitu:\n\n- a. Capaian Realisasi Output (CRO) dengan bobot 75%;\n- b. Penggunaan Standar Biaya Keluaran (SBK) dengan bobot 10%; dan\n- c. Efisiensi Standar Biaya Keluaran (SBK) dengan bobot 15%.\n\n2. Nilai Kinerja Pelaksanaan Anggaran', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, expected: '3', actual: '4' }] },
      { name: '5 (lima) misi announced and four listed (real DPM-Desa list, misi 5 removed)', text: 'Dalam rangka mencapai visi di atas, ditetapkan 5 (lima) misi BPMPD Provinsi Jawa\nBarat, sebagai berikut :\n1. Meningkatkan kapasitas kelembagaan kehidupan sosial budaya dan pengembangan\n   partisipasi serta keswadayaan masyarakat.\n2. Meningkatkan perekonomian masyarakat perdesaan.\n3. Meningkatkan Pemanfaatan sumber daya alam berwawasan lingkungan dan\n   pendayagunaan TTG.\n4. Meningkatkan kapasitas pemerintahan Desa dan Kelurahan', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 1, expected: '4', actual: '5' }] },
    ],
    knownGaps: [
      {
        case: { name: '10 program pokok PKK listed 1-10 across a page footer (DPM-Desa BAB III)', text: '                 b.     Outcome kegiatan adalah terlaksananya 10 program pokok PKK yaitu :\n                        1) Penghayatan dan Pengamalan Pancila\n                        2) Gotong royong\n                        3) Pangan\n                        4) Sandang\n                        5) Perumahan dan Tata Laksana Rumah Tangga\n                        6) Pendidikan dan Keterampilan\n                        7) Kesehatan\n\nLaporan Akuntabilitasi Kinerja (LAKIP) BPMPD Tahun 2016                             hal- 67\n                      8) Pengembanagn Kehidupan Berkoperasi\n                      9) Kelestarian Lingkungan Hidup\n                      10)Perencanan Sehat\n                 c.   Permasalahan\n                      Adanya efisiensi anggaran\n                 d.   Solusi', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
        today: 'false-alarm',
        why: 'the running footer between items 7) and 8) ends the list, so ten announced items are counted as seven',
      },
    ],
  },
  check({ doc, report }) {
    const blocks = doc.blocks;
    for (const b of blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
      const m = ANNOUNCE.exec(b.text);
      if (!m) continue;
      const n = Number(m[1]);
      // The spelled-out number, when there is one, must agree with the digits (else it is not a count).
      if (m[2] && WORDS[m[2].trim().toLowerCase()] !== undefined && WORDS[m[2].trim().toLowerCase()] !== n) continue;
      if (n < 2 || n > 20 || /\b(tahun|nomor|no\.|pasal|ayat|pukul|tanggal)\s*$/i.test(b.text.slice(0, m.index))) continue;
      const items: Block[] = [];
      let first: string | undefined;
      for (let k = b.index + 1; k < blocks.length; k++) {
        const x = blocks[k]!;
        if (x.kind === 'footnote') continue;
        if (x.kind !== 'listItem') break;
        const s = style(x);
        first ??= s;
        // Another marker style: a nested list, or the next item of an outer list. Either way the
        // announced list is over (a nested list under its last item is not counted).
        if (s !== first) break;
        items.push(x);
      }
      if (items.length < 2 || items.length === n) continue;
      // Numbered items must count up (1, 2, 3 or a, b, c): when every item says `1.` (Word lists
      // rebuilt item by item), the list's shape is not known well enough to judge.
      const values = items.map((x) => (x.list && x.list.style !== 'bullet' ? x.list.value : null));
      if (values.some((v) => v !== null) && !values.every((v, k) => v === (values[0] ?? 0) + k)) continue;
      const offset = m.index + m[0].indexOf(m[1]!);
      report({
        block: b,
        offset,
        length: m[1]!.length,
        message: {
          id: `Disebut ${m[1]}${m[2] ? ` (${m[2].trim()})` : ''} ${m[3]!.replace(/\s+/g, ' ').trim()}, tetapi daftar di bawahnya berisi ${items.length} butir`,
          en: `${m[1]} ${m[3]!.replace(/\s+/g, ' ').trim()} are announced, but the list below has ${items.length} items`,
        },
        expected: String(items.length),
        actual: m[1]!,
        through: items[items.length - 1]!,
      });
    }
  },
});
