/**
 * placeholder: template text never filled in — `[...]`, `...` standing for a value, template labels
 * (`[Kantor Wilayah]`, `[satker]`), figure slots (`[Gambar ...]`), author instructions in brackets or
 * parentheses, template rows (`3 Dst.`) and template footnotes addressed to another kind of unit.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { DEFAULT_PLACEHOLDER_LABELS, findBrackets, usedElsewhere } from '../src/text/brackets.js';
import { proseBlocks, tableCells, textPlaces } from '../src/walk.js';

const Options = z
  .object({
    placeholderLabels: z.array(z.string()).default(DEFAULT_PLACEHOLDER_LABELS),
    /** Footnotes that are template notes for another kind of unit or for the author. */
    templateNotes: z
      .array(z.string())
      .default(['\\b(Rudenim|Rumah Detensi)\\b', '\\bhanya untuk (Kantor Imigrasi|Rudenim|Rumah Detensi)', '\\bmasing-masing satuan kerja\\b.*\\bseperti\\b']),
    /** Author instructions in parentheses. */
    instructions: z.array(z.string()).default(['\\((?:[a-z]\\s+)?(?:di)?sesuaikan dengan\\b[^)]*\\)', '\\((?:diisi|isi dengan|hapus bila|hapus jika)\\b[^)]*\\)']),
  })
  .strict();

const TEMPLATE_ROW = /^\[?\s*(dst|dan seterusnya)\.?\s*\]?$/i;
const ELLIPSIS_SLOT = /(^|[\s(])(\.{3,5}|…)(\s?%)?(?=\s+[a-z(%]|\s*$)/g;

export default defineRule({
  id: 'placeholder',
  description: { id: 'Teks templat yang belum diisi', en: 'Template text never filled in' },
  defaultSeverity: 'error',
  options: Options,
  examples: {
    valid: [
      'KATA PENGANTAR.....\ti',
      'Kantor Imigrasi Kelas II TPI Siak didukung dengan potensi sumber daya manusia sejumlah 25 orang pegawai.',
      '[60% SMART + 40% IKPA]\tNilai',
    ],
    invalid: [
      'Selain itu, Kantor Imigrasi Kelas II TPI Siak didukung dengan potensi sumber daya manusia sejumlah [...] orang pegawai.',
      'DENGAN KEPALA [KANTOR WILAYAH]',
      '[Gambar dan penjelasan wilayah kerja]',
      'Tindak lanjut berupa Penyidikan yang belum masuk tahap P21 atau SP3 pada tahun 2024 terdapat ... kasus',
    ],
  },
  check({ doc, facts, options, report }) {
    const notes = options.templateNotes.map((p) => new RegExp(p, 'i'));
    const instructions = options.instructions.map((p) => new RegExp(p, 'gi'));
    const isRudenim = /rumah detensi|rudenim/i.test(facts.identity.office?.kind ?? '');
    for (const b of proseBlocks(doc.blocks, facts)) {
      const dots = b.text.includes('...') || b.text.includes('…');
      for (const m of dots ? b.text.matchAll(ELLIPSIS_SLOT) : []) {
        const start = m.index! + m[1]!.length;
        // Inside brackets the bracket scan has reported it already.
        if (b.text[start - 1] === '[') continue;
        report({
          block: b,
          offset: start,
          length: m[2]!.length,
          message: { id: `Titik-titik "${m[2]}" menggantikan nilai yang belum diisi`, en: `Ellipsis "${m[2]}" stands for a value never filled in` },
          actual: m[2]!,
        });
      }
      for (const re of instructions) {
        for (const m of b.text.matchAll(re)) {
          report({
            block: b,
            offset: m.index!,
            length: m[0].length,
            message: { id: `Petunjuk penulisan templat tertinggal: "${m[0]}"`, en: `Template instruction left in: "${m[0]}"` },
            actual: m[0],
          });
        }
      }
      if (b.kind === 'footnote' && !isRudenim && notes.some((re) => re.test(b.text))) {
        report({
          block: b,
          length: b.text.length,
          message: {
            id: 'Catatan kaki templat (untuk satuan kerja lain atau untuk penyusun) belum dihapus',
            en: 'Template footnote (for another kind of unit or for the author) not removed',
          },
          actual: b.text,
        });
      }
    }
    for (const ref of tableCells(doc.blocks)) {
      const text = ref.text.trim();
      if (TEMPLATE_ROW.test(text)) {
        report({
          block: ref.block,
          row: ref.row,
          cell: ref.cell,
          message: { id: 'Baris contoh templat ("Dst.") belum diganti dengan data', en: 'Template example row ("Dst.") never replaced with data' },
          actual: text,
        });
      }
    }
    let whole: string | undefined;
    // A few words in brackets that the report never uses elsewhere: a template label (`[Nama Kepala Dinas]`).
    // (Not in OCR text, where brackets are mostly scanned table borders.)
    const unfilledLabel = (content: string) => !facts.ocrLike && !usedElsewhere((whole ??= doc.blocks.map((b) => b.text).join('\n')), content);
    for (const place of textPlaces(doc.blocks, facts)) {
      // A template row (`[dst]`) is reported as such above.
      if (place.kind === 'cell' && TEMPLATE_ROW.test(place.text.trim())) continue;
      for (const hit of findBrackets(place.text, { placeholderLabels: options.placeholderLabels })) {
        if (hit.kind !== 'placeholder' && !(hit.kind === 'label' && unfilledLabel(hit.content))) continue;
        const shown = place.text.slice(hit.start, hit.end);
        report({
          ...place.at(hit.start, hit.end),
          message: { id: `Placeholder templat belum diisi: "${shown}"`, en: `Template placeholder not filled in: "${shown}"` },
          actual: shown,
        });
      }
    }
  },
});
