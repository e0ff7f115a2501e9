/**
 * identifier-consistency: the same identifier written two ways.
 * - A decree number cited many times and once with one character changed (`IMI-0229.PR.01.01`
 *   eight times, `IMI-0029.PR.01.01` once).
 * - One person with two NIPs (the signature blocks of the Perjanjian Kinerja pages).
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import type { Block } from '../src/model.js';

const DECREE = /\b[A-Z]{1,5}(?:\.[A-Z]{1,4})?-\d{1,4}(?:\.[A-Z0-9]{1,4}){1,4}\b/g;
const NIP = /\bNIP\.?\s*:?\s*((?:19|20)\d{6}\s?\d{6}\s?\d\s?\d{3})\b/g;

function hamming1(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++d > 1) return false;
  return d === 1;
}

export default defineRule({
  id: 'identifier-consistency',
  description: { id: 'Nomor keputusan atau NIP yang ditulis berbeda di tempat lain', en: 'A decree number or NIP written differently elsewhere' },
  defaultSeverity: 'warning',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'Keputusan Direktur Jenderal Imigrasi Nomor IMI-0229.PR.01.01 Tahun 2020.\n\nSesuai Keputusan Nomor IMI-0229.PR.01.01 Tahun 2020 tentang Rencana Strategis.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'one person\'s NIP in two signature blocks, the rank between name and NIP (BPBD)', text: '                             Dr. R. HARYADI WARGADIBRATA,Drs., M.Si\n                                         Pembina Utama Madya\n                                       NIP. 19610720 198803 1 007\n                                 Badan Penanggulangan Bencana Daerah,\n\n\n\n\n                               Dr.R. HARYADI WARGADIBRATA,Drs., M.Si\n                                        Pembina Utama Madya\n                                      NIP. 19610720 198803 1 007', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'the MPR decree cited alike in the foreword and the Dasar Hukum (Dinkes)', text: 'Publik         (Public           Accountability).            Sesuai    dengan       Ketetapan    Majelis\nPermusyawaratan Rakyat RI Nomor XI/MPR/1998 Tentang Penyelenggaraan\n\n9.      Ketetapan Majelis Permusyawaratan Rakyat RI Nomor XI/MPR/1998\n        Tentang Penyelenggaraan Negara yang Bersih dan Bebas Korupsi, Kolusi,', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'Keputusan Nomor IMI-0229.PR.01.01 Tahun 2020.\n\nKeputusan Nomor IMI-0229.PR.01.01 Tahun 2020.\n\nKeputusan Nomor IMI-0029.PR.01.01 Tahun 2020.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 5, expected: 'IMI-0229.PR.01.01', actual: 'IMI-0029.PR.01.01' }] },
    ],
    knownGaps: [
      {
        case: { name: 'the Perda on health cited as Nomor 11 Tahun 2010 in the Dasar Hukum and as Nomor 10 Tahun 2011 in BAB III (Dinkes)', text: '31. Peraturan Daerah Provinsi Jawa Barat Nomor 11 Tahun 2010 tentang\n        Penyelenggaraan Kesehatan (Lembaran Daerah Provinsi Jawa Barat Tahun\n\n                   Permasalahan yang dihadapi adalah 1) rencana awal akan\n         dilaksanakan penyusunan perubahan Peraturan Daerah Nomor 10 Tahun\n         2011 tentang penyelenggaraan kesehatan. Tetapi sampai saat ini belum', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 5 }] },
        today: 'misses',
        why: 'only coded decree numbers (IMI-0229.PR.01.01) are compared; a regulation cited as "Nomor N Tahun Y tentang <same title>" with another N / Y is not',
      },
      {
        case: { name: 'one NIP changed in the second signature block, rank line between name and NIP (real BPBD blocks, last digit changed)', text: '                             Dr. R. HARYADI WARGADIBRATA,Drs., M.Si\n                                         Pembina Utama Madya\n                                       NIP. 19610720 198803 1 007\n\n                               Dr.R. HARYADI WARGADIBRATA,Drs., M.Si\n                                        Pembina Utama Madya\n                                      NIP. 19610720 198803 1 008', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 7, expected: '196107201988031007', actual: '196107201988031008', message: /HARYADI/ }] },
        today: 'wrong-finding',
        why: 'the line above "NIP." is taken for the name: the rank ("Pembina Utama Madya") is named instead of the person, so two different people of one rank would be taken for one',
      },
    ],
  },
  check({ doc, report }) {
    const seen = new Map<string, { block: Block; offset: number; row?: number; cell?: number }[]>();
    const texts: { block: Block; text: string; row?: number; cell?: number }[] = [];
    for (const b of doc.blocks) {
      if (b.kind === 'table') b.rows?.forEach((r, ri) => r.cells.forEach((c, ci) => texts.push({ block: b, text: c, row: ri, cell: ci })));
      else texts.push({ block: b, text: b.text });
    }
    for (const t of texts) {
      for (const m of t.text.matchAll(DECREE)) {
        const list = seen.get(m[0]) ?? [];
        list.push({ block: t.block, offset: m.index!, ...(t.row !== undefined ? { row: t.row, cell: t.cell! } : {}) });
        seen.set(m[0], list);
      }
    }
    for (const [id, places] of seen) {
      if (places.length !== 1) continue;
      const main = [...seen].find(([other, ps]) => ps.length >= 2 && hamming1(other, id));
      if (!main) continue;
      const p = places[0]!;
      report({
        ...(p.row !== undefined ? { block: p.block, row: p.row, cell: p.cell! } : { block: p.block, offset: p.offset, length: id.length }),
        message: {
          id: `Nomor "${id}" hanya muncul sekali; di ${main[1].length} tempat lain tertulis "${main[0]}" — salah ketik?`,
          en: `"${id}" appears once; ${main[1].length} other places write "${main[0]}" — a typo?`,
        },
        expected: main[0],
        actual: id,
      });
    }
    // NIPs: the name is the line just above `NIP.` in a signature block.
    const byName = new Map<string, { nip: string; block: Block; offset: number }>();
    for (let k = 0; k < doc.blocks.length; k++) {
      const b = doc.blocks[k]!;
      if (b.kind === 'table') continue;
      for (const m of b.text.matchAll(NIP)) {
        const nip = m[1]!.replace(/\s/g, '');
        const before = b.text.slice(0, m.index).trimEnd().split('\n').pop()?.trim() || doc.blocks[k - 1]?.text.split('\n').pop()?.trim() || '';
        const name = before.replace(/[,.\s]+$/, '');
        if (!/^[A-Z][A-Za-z'.]+(\s+[A-Z][A-Za-z'.,]*){1,5}$/.test(name) || name.length > 60) continue;
        const prev = byName.get(name);
        if (!prev) {
          byName.set(name, { nip, block: b, offset: m.index! });
          continue;
        }
        if (prev.nip === nip) continue;
        const at = m.index! + m[0].indexOf(m[1]!);
        const line = prev.block.source.line ?? prev.block.source.paragraph;
        report({
          block: b,
          offset: at,
          length: m[1]!.length,
          message: {
            id: `NIP ${name} ditulis ${nip}; sebelumnya (${prev.block.source.line ? 'baris' : '¶'} ${line}) ${prev.nip}`,
            en: `${name}'s NIP is ${nip} here; earlier (${prev.block.source.line ? 'line' : '¶'} ${line}) ${prev.nip}`,
          },
          expected: prev.nip,
          actual: nip,
        });
      }
    }
  },
});
