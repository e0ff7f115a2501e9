/**
 * unresolved-choice: template alternatives left for the author to pick, `[besar/kecil]`,
 * `[telah/belum dapat]`, `[keberhasilan/kegagalan]`. Unbracketed wording such as
 * "keberhasilan/kegagalan" in methodology prose is not a defect.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { DEFAULT_PLACEHOLDER_LABELS, findBrackets } from '../src/text/brackets.js';
import { textPlaces } from '../src/walk.js';

export default defineRule({
  id: 'unresolved-choice',
  description: { id: 'Pilihan templat yang belum dipilih', en: 'Template alternatives left unresolved' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: '- Analisis penyebab keberhasilan/kegagalan atau peningkatan/penurunan kinerja serta solusi alternatif yang telah dilakukan;', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
    ],
    invalid: [
      { text: 'Berdasarkan perhitungan tersebut, Kantor Imigrasi Kelas II TPI Siak [telah/belum dapat] melampaui rata-rata capaian.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '[telah/belum dapat]' }] },
      { text: 'e) **Analisis [keberhasilan/kegagalan] pencapaian target**', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '[keberhasilan/kegagalan]' }] },
    ],
  },
  check({ doc, facts, report }) {
    const patterns = { placeholderLabels: DEFAULT_PLACEHOLDER_LABELS };
    const say = (choice: string) => ({
      id: `Pilihan templat belum ditentukan: "${choice}" — pilih salah satu dan hapus tanda kurung`,
      en: `Template choice left unresolved: "${choice}" — pick one and remove the brackets`,
    });
    for (const place of textPlaces(doc.blocks, facts)) {
      for (const hit of findBrackets(place.text, patterns)) {
        if (hit.kind !== 'choice') continue;
        const choice = place.text.slice(hit.start, hit.end);
        report({ ...place.at(hit.start, hit.end), message: say(choice), actual: choice });
      }
    }
  },
});
