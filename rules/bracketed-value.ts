/**
 * bracketed-value: a value filled in but its template brackets kept (`[100%]`, `[Rp 29.605.000]`,
 * `[telah dapat]`), and brackets left open or closed without opening. A warning: the value may be right.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { DEFAULT_PLACEHOLDER_LABELS, findBrackets, usedElsewhere, type BracketHit } from '../src/text/brackets.js';
import { textPlaces, type TextPlace } from '../src/walk.js';
import type { Text } from '../src/rule.js';

function message(hit: BracketHit, shown: string): Text {
  if (hit.kind === 'unclosed') return { id: `Kurung siku "[" tidak ditutup: "${shown}…"`, en: `Bracket "[" never closed: "${shown}…"` };
  if (hit.kind === 'stray') return { id: `Kurung siku "]" tanpa pembuka setelah "${shown}"`, en: `Stray closing bracket "]" after "${shown}"` };
  return {
    id: `Nilai sudah diisi tetapi kurung siku templat masih ada: "${shown}" — hapus tanda kurung (dan periksa nilainya)`,
    en: `Value filled in but the template brackets were kept: "${shown}" — remove the brackets (and check the value)`,
  };
}

export default defineRule({
  id: 'bracketed-value',
  description: { id: 'Nilai terisi yang masih dalam kurung siku templat', en: 'Filled-in value still inside template brackets' },
  defaultSeverity: 'warning',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'diperoleh capaian indikator kinerja dengan capaian 111,11%.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: 'Nilai Kinerja Anggaran [60% SMART + 40% IKPA]', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the Ikhtisar\'s absorption figures, no brackets (BPBD)', text: 'capaian kinerja tahun 2015. Jumlah anggaran yang digunakan untuk\nmencapai kinerja TAHUN 2016 tersebut sebesar RP. 23.720.614.866,- atau\n87,66% dari anggaran sebesar Rp. 27.059.202.004,-. Hal ini menunjukan\nadanya efisiensi dalam pelaksanaan kegiatan Badan Penanggulangan', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'a percentage in parentheses after the realisasi (DPM-Desa BAB III)', text: '            3.   Kegiatan Pembinaan Pemerintahan Desa dan Kelurahan melalui Lomba\n                 Desa dan Kelurahan Tingkat Provinsi dan Tingkat Nasional yang\n                 dilaksanakan oleh Badan Pemberdayaan Masyarakat dan Pemerintahan\n                 Desa Provinsi Jawa Barat dengan alokasi anggaran sebesar Rp.\n                 1.250.000.000,- realisasi anggaran sebesar Rp. 1.235.580.918,- (99,17 %).', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'diperoleh **capaian** indikator kinerja ... dengan capaian [111,11%].', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, expected: '111,11%', actual: '[111,11%]' }] },
      { text: 'Anggaran\t\t[Rp 11.121.737.000]\t[Rp 11.110.342.751]\t[99.90%]', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, expected: 'Rp 11.121.737.000', actual: '[Rp 11.121.737.000]' }, { line: 1, expected: 'Rp 11.110.342.751', actual: '[Rp 11.110.342.751]' }, { line: 1, expected: '99.90%', actual: '[99.90%]' }] },
      { name: 'the Ikhtisar\'s percentage kept in template brackets (real BPBD sentence, brackets added)', text: 'capaian kinerja tahun 2015. Jumlah anggaran yang digunakan untuk\nmencapai kinerja TAHUN 2016 tersebut sebesar RP. 23.720.614.866,- atau\n[87,66%] dari anggaran sebesar Rp. 27.059.202.004,-. Hal ini menunjukan\nadanya efisiensi dalam pelaksanaan kegiatan Badan Penanggulangan', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 3, expected: '87,66%', actual: '[87,66%]' }] },
    ],
  },
  check({ doc, facts, report }) {
    const patterns = { placeholderLabels: DEFAULT_PLACEHOLDER_LABELS };
    const wanted = new Set(['value', 'unclosed', 'stray']);
    // OCR of a scanned report turns table borders into `[`, `]`, `(]`, `L]`: there, those are scan
    // noise, and only brackets around real words or values are reported.
    const noisy = facts.ocrLike;
    const plausible = (hit: BracketHit, place: TextPlace) => {
      if (!noisy) return true;
      if (hit.kind !== 'value' && hit.kind !== 'label') return false;
      if (place.kind === 'cell') return true;
      const c = hit.content.trim();
      if (c === c.toUpperCase() && /[A-Z]{3}/.test(c)) return false;
      const text = place.text;
      const lineEnd = text.indexOf('\n', hit.end);
      const line = text.slice(text.lastIndexOf('\n', hit.start) + 1, lineEnd < 0 ? text.length : lineEnd);
      const tokens = line.split(/\s+/).filter(Boolean);
      const words = tokens.filter((t) => /^[A-Za-z][a-z]{2,}[,.;:]?$/.test(t)).length;
      return tokens.length > 0 && words / tokens.length >= 0.5;
    };
    let whole: string | undefined;
    // A few words in brackets are a filled value when the report uses them elsewhere (a name); else
    // `placeholder` reports them as a label never filled in. In OCR text, on the plausibility test alone.
    const filled = (hit: BracketHit) => hit.kind !== 'label' || noisy || usedElsewhere((whole ??= doc.blocks.map((b) => b.text).join('\n')), hit.content);
    for (const place of textPlaces(doc.blocks, facts)) {
      for (const hit of findBrackets(place.text, patterns)) {
        if (!(wanted.has(hit.kind) || hit.kind === 'label') || !filled(hit) || !plausible(hit, place)) continue;
        const shown = hit.kind === 'value' || hit.kind === 'label' ? place.text.slice(hit.start, hit.end) : hit.content.trim().slice(0, 60);
        report({
          ...place.at(hit.start, hit.end),
          message: message(hit, shown),
          ...(hit.kind === 'value' || hit.kind === 'label' ? { expected: hit.content.trim(), actual: shown, fix: { find: shown, replace: hit.content.trim() } } : {}),
        });
      }
    }
  },
});
