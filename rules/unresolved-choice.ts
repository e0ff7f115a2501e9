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
      { name: 'keberhasilan/kinerja unbracketed in methodology prose (DPM-Desa BAB III)', text: '         Untuk mengukur tingkat keberhasilan/kinerja Badan Pemberdayaan Masyarakat\n dan Pemerintahan Desa Provinsi Jawa Barat, dilakukan melalui beberapa tahapan yaitu,\n penetapan kinerja, pengumpulan data kinerja dan cara pengukuran kinerja.', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'Berdasarkan perhitungan tersebut, Kantor Imigrasi Kelas II TPI Siak [telah/belum dapat] melampaui rata-rata capaian.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '[telah/belum dapat]' }] },
      { text: 'e) **Analisis [keberhasilan/kegagalan] pencapaian target**', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '[keberhasilan/kegagalan]' }] },
      { name: 'the template choice left in the purpose paragraph (real RSJ sentence, \'keberhasilan maupun kegagalan\' as the template offers it)', text: '           Laporan        Kinerja Instansi Pemerintah (LKIP) merupakan gambaran tingkat\n   [keberhasilan/kegagalan] manajemen dan organisasi dalam upaya pelayanan', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' }, findings: [{ line: 2, actual: '[keberhasilan/kegagalan]' }] },
      { name: 'a [telah/belum] choice in the Ikhtisar (real BPBD sentence, choice put in)', text: 'capaian kinerja tahun 2015. Jumlah anggaran yang digunakan untuk\nmencapai kinerja TAHUN 2016 tersebut sebesar RP. 23.720.614.866,- atau\n87,66% dari anggaran sebesar Rp. 27.059.202.004,-. Hal ini [telah/belum] menunjukan\nadanya efisiensi dalam pelaksanaan kegiatan Badan Penanggulangan', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 3, actual: '[telah/belum]' }] },
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
