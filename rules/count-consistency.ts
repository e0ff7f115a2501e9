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
    valid: ['Kepala Kantor dibantu oleh 4 (Empat) orang Pejabat Struktural, yaitu:\n\n1. Kepala Subbagian Tata Usaha\n2. Kepala Seksi Lalu Lintas dan Ijin Tinggal Keimigrasian\n3. Kepala Seksi Intelijen dan Penindakan Keimigrasian\n4. Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian'],
    invalid: ['Nilai Kinerja Perencanaan Anggaran memperhatikan 4 variabel, yaitu:\n\n- a. Capaian Realisasi Output (CRO) dengan bobot 75%;\n- b. Penggunaan Standar Biaya Keluaran (SBK) dengan bobot 10%; dan\n- c. Efisiensi Standar Biaya Keluaran (SBK) dengan bobot 15%.\n\n2. Nilai Kinerja Pelaksanaan Anggaran'],
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
