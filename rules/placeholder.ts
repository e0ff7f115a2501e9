/**
 * placeholder: template text never filled in — `[...]`, `...` standing for a value, template labels
 * (`[Kantor Wilayah]`, `[satker]`), figure slots (`[Gambar ...]`), author instructions in brackets or
 * parentheses, template rows (`3 Dst.`) and template footnotes addressed to another kind of unit.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { DEFAULT_PLACEHOLDER_LABELS, findBrackets, usedElsewhere } from '../src/text/brackets.js';
import { proseBlocks, tableCells, textPlaces } from '../src/walk.js';
import type { Block } from '../src/model.js';
import type { Report } from '../src/rule.js';

const Options = z
  .object({
    placeholderLabels: z.array(z.string()).default(DEFAULT_PLACEHOLDER_LABELS),
    /** Footnotes that are template notes for another kind of unit or for the author. */
    templateNotes: z
      .array(z.string())
      .default(['\\b(Rudenim|Rumah Detensi)\\b', '\\bhanya untuk (Kantor Imigrasi|Rudenim|Rumah Detensi)', '\\bmasing-masing satuan kerja\\b.*\\bseperti\\b']),
    /** The first line of a signature block (who signs), that makes `Place, YEAR` above it a signing date. */
    signatory: z.string().default('^\\s*(?:Plt\\.?|Plh\\.?|a\\.\\s?n\\.|Kepala|Direktur|Sekretaris|Inspektur|Camat|Gubernur|Bupati|Wali\\s?kota|Ketua|Kepala Pelaksana)\\b'),
    /** Author instructions in parentheses. */
    instructions: z.array(z.string()).default(['\\((?:[a-z]\\s+)?(?:di)?sesuaikan dengan\\b[^)]*\\)', '\\((?:diisi|isi dengan|hapus bila|hapus jika)\\b[^)]*\\)']),
  })
  .strict();

const TEMPLATE_ROW = /^\[?\s*(dst|dan seterusnya)\.?\s*\]?$/i;
const ELLIPSIS_SLOT = /(^|[\s(])(\.{3,5}|…)(\s?%)?(?=\s+[a-z(%]|\s*$)/g;
/** A gazette citation whose number was never filled in: `(Lembaran Daerah Tahun 2010 Nomor Seri );`. */
const BLANK_GAZETTE_NUMBER = /\bTahun\s+\d{4}\s+(Nomor)\s*(?=Seri\b|\))/g;
/** A signing place with only a year, the day and month left blank: `Bandung,        2017`. */
const BLANK_SIGNING_DATE = /^\s*([A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+)?),\s+((?:19|20)\d\d)\s*$/;

/** The report's lines, each as text and a place to report: prose lines, and table rows read across their cells. */
function linesOf(blocks: Block[], prose: Block[]): { text: string; at: (start: number) => Omit<Report, 'message'> }[] {
  const lines: { text: string; at: (start: number) => Omit<Report, 'message'> }[] = [];
  for (const b of prose) {
    let offset = 0;
    for (const line of b.text.split('\n')) {
      const from = offset;
      lines.push({ text: line, at: (start) => ({ block: b, offset: from + start, length: Math.max(1, line.trim().length) }) });
      offset += line.length + 1;
    }
  }
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    (b.rows ?? []).forEach((row, r) => {
      const starts: number[] = [];
      let text = '';
      row.cells.forEach((c, k) => {
        starts[k] = text.length + (k ? 1 : 0);
        text += (k ? ' ' : '') + c.trim();
      });
      lines.push({ text, at: (start) => ({ block: b, row: r, cell: Math.max(0, starts.filter((x) => x <= start).length - 1) }) });
    });
  }
  return lines;
}

export default defineRule({
  id: 'placeholder',
  description: { id: 'Teks templat yang belum diisi', en: 'Template text never filled in' },
  defaultSeverity: 'error',
  options: Options,
  examples: {
    valid: [
      { text: 'KATA PENGANTAR.....\ti', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: 'Kantor Imigrasi Kelas II TPI Siak didukung dengan potensi sumber daya manusia sejumlah 25 orang pegawai.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: '[60% SMART + 40% IKPA]\tNilai', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'a budgeting clause with "disesuaikan dengan" in running prose (BPBD)', text: '  yang ramah bencana. Semua kegiatan tersebut penganggarannya\n  disesuaikan dengan kemampuan Anggaran Pendapatan dan Belanja', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'an ellipsis closing the foreword (Dinkes)', text: '        Akhirnya dengan segala kekurangan dan keterbatasan, semoga Laporan\nAkuntabilitas Kinerja Instansi Pemerintah Dinas Kesehatan Propinsi Jawa Barat\nTahun 2016 ini dapat bermanfaat, Amien….', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'a filled gazette citation and a full signing date (Dinkes Dasar Hukum; BPBD foreword)', text: '        (Lembaran Daerah Tahun 2010 Nomor 22 Seri E, Tambahan Lembaran Daerah Nomor 86);\n                                                Bandung,   Januari 2017\n                                                Kepala Pelaksana', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'Selain itu, Kantor Imigrasi Kelas II TPI Siak didukung dengan potensi sumber daya manusia sejumlah [...] orang pegawai.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '[...]' }] },
      { text: 'DENGAN KEPALA [KANTOR WILAYAH]', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '[KANTOR WILAYAH]' }] },
      { text: '[Gambar dan penjelasan wilayah kerja]', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '[Gambar dan penjelasan wilayah kerja]' }] },
      { text: 'Tindak lanjut berupa Penyidikan yang belum masuk tahap P21 atau SP3 pada tahun 2024 terdapat ... kasus', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, actual: '...' }] },
      { name: 'the staff count left as the template writes it (real Dinkes sentence, figure replaced by "...")', text: '          Jumlah pegawai di lingkungan Dinas Kesehatan Provinsi Jawa Barat\nseluruhnya 483 orang. Dengan uraian : PNS di Dinas Kesehatan Provinsi Jawa\nBarat sebanyak ... orang; PNS di UPTD sebanyak 233 orang, dengan rincian :', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 3, actual: '...' }] },
      { name: 'Lembaran Daerah number and series left blank (Dinkes Dasar Hukum)', text: '        Pembangunan Jangka Panjang Daerah (RPJPD) Provinsi Jawa Barat Tahun\n        2005-2025 (Lembaran Daerah Tahun 2010 Nomor Seri );', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 2 }] },
      { name: 'Lembaran and Berita Daerah numbers left blank (DPM-Desa Dasar Hukum)', text: '      15. Peraturan Daerah Provinsi Jawa Barat Nomor 10 Tahun 2015 tentang\n            Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2016 (Lembaran\n            Daerah Tahun 2015 Nomor             Seri      ).\n      16. Peraturan Gubernur Jawa Barat Nomor 115 Tahun 2015 tentang Penjabaran\n            Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2016 (Berita\n            Daerah Tahun 2015 Nomor             Seri A).', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 3 }, { line: 6 }] },
      { name: 'signing date with day and month left blank (Dinkes foreword)', text: '                                                           Bandung,             2017\n                                                            KEPALA DINAS KESEHATAN\n                                                             PROPINSI JAWA BARAT,', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 1 }] },
    ],
    knownGaps: [
      {
        case: { name: 'an empty list item "6)" left in the Keberhasilan list (RSJ BAB IV)', text: '        5)   Program dan kegiatan dapat terlaksana dengan baik termasuk dalam anggaran\n             perubahan yang mengalami kenaikan, dan dapat terserap keuangannya sebesar\n             86,10% dengan realisasi fisik 96,76% dengan katagori penyerapan sangat baik.\n        6)\n4.1.2   Kegagalan', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' }, findings: [{ line: 4 }] },
        today: 'misses',
        why: 'a list marker with no text is not reported as an item never filled in',
      },
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
    const signatory = new RegExp(options.signatory, 'i');
    const lines = linesOf(doc.blocks, proseBlocks(doc.blocks, facts));
    lines.forEach((line, k) => {
      for (const m of line.text.matchAll(BLANK_GAZETTE_NUMBER)) {
        const at = m.index! + m[0].lastIndexOf(m[1]!);
        report({
          ...line.at(at),
          message: { id: 'Nomor lembaran/berita daerah belum diisi ("Nomor" tanpa angka)', en: 'Gazette number never filled in ("Nomor" without a number)' },
          actual: line.text.slice(m.index!, m.index! + m[0].length).trim(),
        });
      }
      const date = BLANK_SIGNING_DATE.exec(line.text);
      // Only where a signature follows (the next non-empty line names who signs).
      const next = lines.slice(k + 1, k + 3).find((l) => l.text.trim());
      if (date && next && signatory.test(next.text)) {
        report({
          ...line.at(line.text.indexOf(date[1]!)),
          message: { id: `Tanggal penandatanganan belum diisi: hanya "${date[1]}, ${date[2]}"`, en: `Signing date never filled in: only "${date[1]}, ${date[2]}"` },
          actual: `${date[1]}, ${date[2]}`,
        });
      }
    });
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
