/**
 * prose-arithmetic: sums and percentages written in running text.
 * - A total with its parts in the same paragraph: "dukungan anggaran sebesar Rp X. ... terdiri atas
 *   belanja pegawai Rp A, belanja barang Rp B dan belanja modal Rp C" (A + B + C must be X; each
 *   breakdown sentence is checked on its own), and staff counts "93 orang pegawai, dengan 1 (satu)
 *   orang Eselon III, 5 (lima) orang Eselon IV ...".
 * - A percentage of two amounts: "anggaran sebesar Rp A, realisasi sebesar Rp B atau sebesar P%"
 *   (P must be B / A × 100%, within the rounding of P).
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { findNumbers, formatLike, formatResult, markBeside, matchesPrinted, type NumberToken } from '../src/numbers.js';
import { groupAt, proseGroups, sentences } from '../src/walk.js';

const TOTAL_CUE = /\b(dipa|dukungan anggaran|pagu|total anggaran|alokasi anggaran|jumlah anggaran|total)\b[^.]{0,80}$/i;
const PARTS_CUE = /\b(terdiri\s+(atas|dari)|berasal\s+dari|meliputi|dengan\s+rincian|sumber\s+dana)/i;
const DENOMINATOR = /\b(anggaran|pagu|alokasi|target)\b[^\d]{0,40}$/i;
const NUMERATOR = /\b(realisasi(nya)?|direalisasikan|terealisasi|penerimaan|diterima|terserap|penyerapan)\b[^\d]{0,40}$/i;

export default defineRule({
  id: 'prose-arithmetic',
  description: { id: 'Jumlah dan persentase dalam kalimat yang tidak sesuai dengan angkanya', en: 'Sums and percentages in running text that do not follow from their numbers' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'Kantor memperoleh dukungan anggaran sebesar Rp92.788.660.000. Sumber dananya berasal dari Rupiah Murni (RM) sebesar Rp79.250.984.000 dan PNBP sebesar Rp13.537.676.000.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: 'Layanan Umum dengan anggaran sebesar Rp304.599.000, realisasi sebesar Rp271.692.563 atau sebesar 89,20% dari total anggaran.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'a kegiatan\'s realisasi and its percentage that agree (BPBD BAB III, kegiatan 10: 539.595.000 / 540.000.000 = 99,93%)', text: '          (10) Kegiatan    Pemberdayaan        Masyarakat      menuju       Masyarakat\n              Tangguh -Bencana, dengan alokasi anggaran Rp.540.000.000,-\n              dengan realisasi anggaran sebesar Rp.539.595.000,-                  atau\n              sebesar 99,93 %. Adapun capaian realisasi fisik sebesar 100%.', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'the Ikhtisar\'s absorption 23.720.614.866 / 27.059.202.004 = 87,66% (BPBD)', text: 'capaian kinerja tahun 2015. Jumlah anggaran yang digunakan untuk\nmencapai kinerja TAHUN 2016 tersebut sebesar RP. 23.720.614.866,- atau\n87,66% dari anggaran sebesar Rp. 27.059.202.004,-. Hal ini menunjukan\nadanya efisiensi dalam pelaksanaan kegiatan Badan Penanggulangan', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'Kantor memperoleh dukungan anggaran sebesar Rp92.788.660.000. Adapun alokasi anggarannya terdiri atas belanja pegawai sebesar Rp 6.571.370.000, belanja barang sebesar Rp3.326.254.000, dan belanja modal sebesar Rp69.353.360.000.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, expected: 'Rp92.788.660.000', actual: 'Rp79.250.984.000' }] },
      { text: 'Layanan BMN dengan anggaran sebesar Rp34.955.000, realisasi sebesar Rp23.466.280 atau sebesar 98,59% dari total anggaran.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, expected: '67,13%', actual: '98,59%' }] },
      { name: 'a kegiatan\'s realisasi percentage that is not realisasi / anggaran (BPBD BAB III, kegiatan 11)', text: '              dengan realisasi anggaran sebesar Rp.539.595.000,-                  atau\n              sebesar 99,93 %. Adapun capaian realisasi fisik sebesar 100%.\n          (11) Kegiatan Pelatihan Pemulihan Sarana Pasca Bencana, dengan\n              alokasi anggaran Rp.660.180.000,-, dengan realisasi anggaran\n              sebesar Rp 649.452.500.- atau sebesar 96,38 %. Adapun target\n              capaian fisik kegiatan ini yaitu 100%.', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 5, expected: '98,38%', actual: '96,38 %' }] },
    ],
    knownGaps: [
      {
        case: { name: 'a realisasi percentage in parentheses that is not realisasi / anggaran (DPM-Desa BAB III: 1.235.580.918 / 1.250.000.000 = 98,85%)', text: '            3.   Kegiatan Pembinaan Pemerintahan Desa dan Kelurahan melalui Lomba\n                 Desa dan Kelurahan Tingkat Provinsi dan Tingkat Nasional yang\n                 dilaksanakan oleh Badan Pemberdayaan Masyarakat dan Pemerintahan\n                 Desa Provinsi Jawa Barat dengan alokasi anggaran sebesar Rp.\n                 1.250.000.000,- realisasi anggaran sebesar Rp. 1.235.580.918,- (99,17 %).', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 5, expected: '98,85%', actual: '99,17 %' }] },
        today: 'misses',
        why: '\'alokasi anggaran sebesar Rp A,- realisasi anggaran sebesar Rp B,- (P %)\' is not read: only \'atau sebesar P%\' after the realisasi is',
      },
      {
        case: { name: 'a staff total that is not the sum of its parts (Dinkes BAB I: 249 + 233 = 482, written 483)', text: '          Jumlah pegawai di lingkungan Dinas Kesehatan Provinsi Jawa Barat\nseluruhnya 483 orang. Dengan uraian : PNS di Dinas Kesehatan Provinsi Jawa\nBarat sebanyak 249 orang; PNS di UPTD sebanyak 233 orang, dengan rincian :\nBalai Pelatihan Kesehatan (Bapelkes) : 39 orang, Balai Laboratorium Kesehatan\n(BLK) : 60 orang, Balai Kesehatan Kerja Masyarakat (BKKM) : 52 orang, Balai', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 2, expected: '482', actual: '483' }] },
        today: 'misses',
        why: '\'seluruhnya N orang. Dengan uraian : … sebanyak A orang; … sebanyak B orang\' is not read as a total and its breakdown',
      },
      {
        case: { name: 'a share written as 37.5% for 5 of 14 RSUD (Dinkes BAB III: 5 / 14 = 35,71%)', text: 'tidak sesuai dengan standar minimal menurut Permenkes Nomor 56 Tahun 2014\nlebih kurang 64,29% atau setara dengan 9 RSUD Klasifikasi C dari 14 RSUD\nKlasifikasi C. Berdasarkan hasil penjaringan data ketenagaan rumah sakit tahun\n2016 dan peraturan menteri kesehatan nomor 56 tahun 2014 diketahui terdapat\n14 RSUD klasifikasi C di Jawa Barat dan yang memenuhi standar minimal dokter\nspesialis dasar lebih kurang 37.5%                            atau ada 5 RSUD kelas C yaitu (RSUD', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 6, expected: '35,71%', actual: '37.5%' }] },
        today: 'misses',
        why: '\'P% atau ada A RSUD\' of \'B RSUD\' stated a sentence before (A / B) is not checked; the 64,29% = 9 / 14 just before is right',
      },
    ],
  },
  check({ doc, facts, report }) {
    const mark = facts.decimalMark;
    // Amounts are written the way the sentence writes them (`Rp 4.203.625.000` or `Rp 2,147,210,000`).
    let groupMark: ',' | '.' = '.';
    const money = (v: number) => 'Rp' + formatLike(v, 0, { decimalMark: groupMark === '.' ? ',' : '.' });
    for (const g of proseGroups(doc.blocks, facts)) {
      const text = g.text;
      const sents = sentences(text);
      // 1. A money total, then sentences breaking it down.
      let total: { tok: NumberToken; at: number } | null = null;
      for (const s of sents) {
        const sentence = text.slice(s.start, s.end);
        const amounts = findNumbers(sentence).filter((t) => t.number.money);
        if (!total) {
          const first = amounts[0];
          if (first && amounts.length === 1 && TOTAL_CUE.test(sentence.slice(0, first.start)) && !PARTS_CUE.test(sentence)) total = { tok: first, at: s.start };
          continue;
        }
        if (amounts.length >= 2 && PARTS_CUE.test(sentence) && findNumbers(sentence).filter((t) => t.number.percent).length === 0) {
          groupMark = /\d,\d{3}/.test(total.tok.number.text) ? ',' : '.';
          const sum = amounts.reduce((a, t) => a + t.number.value, 0);
          const want = total.tok.number.value;
          if (Math.abs(sum - want) > 1) {
            const where = groupAt(g, s.start + amounts[0]!.start);
            report({
              ...where,
              length: amounts[amounts.length - 1]!.end - amounts[0]!.start,
              message: {
                id: `${amounts.map((t) => t.number.text).join(' + ')} = ${money(sum)}; total yang disebut sebelumnya ${total.tok.number.text} (selisih ${money(Math.abs(want - sum))})`,
                en: `${amounts.map((t) => t.number.text).join(' + ')} = ${money(sum)}; the total stated before is ${total.tok.number.text} (difference ${money(Math.abs(want - sum))})`,
              },
              expected: total.tok.number.text,
              actual: money(sum),
            });
          }
        }
      }
      // 2. Staff counts: "sejumlah 93 orang pegawai, dengan 1 (satu) orang Eselon III, 5 (lima) orang ...".
      for (const s of sents) {
        const sentence = text.slice(s.start, s.end).replace(/\n/g, ' ');
        const m = /\b(?:sejumlah|sebanyak|berjumlah|total)\s+(\d{1,4})\s+(?:\([a-z ]+\)\s+)?(?:orang\s+)?(?:pegawai|personil|personel|asn)\b/i.exec(sentence);
        if (!m) continue;
        const rest = sentence.slice(m.index + m[0].length);
        const parts = [...rest.matchAll(/\b(\d{1,4})\s*\(([a-z ]+)\)/gi)].map((p) => Number(p[1]));
        if (parts.length < 2) continue;
        const sum = parts.reduce((a, b) => a + b, 0);
        if (sum === Number(m[1])) continue;
        const where = groupAt(g, s.start + text.slice(s.start, s.end).indexOf(m[1]!, m.index));
        report({
          ...where,
          length: m[1]!.length,
          message: {
            id: `Rincian pegawai ${parts.join(' + ')} = ${sum}; kalimat yang sama menyebut ${m[1]} pegawai`,
            en: `Staff breakdown ${parts.join(' + ')} = ${sum}; the same sentence says ${m[1]} staff`,
          },
          expected: String(sum),
          actual: m[1]!,
        });
      }
      // 3. "anggaran Rp A, realisasi Rp B atau sebesar P%".
      for (const s of sents) {
        const sentence = text.slice(s.start, s.end);
        const nums = findNumbers(sentence);
        const amounts = nums.filter((t) => t.number.money);
        if (amounts.length !== 2) continue;
        let den: NumberToken | undefined;
        let numr: NumberToken | undefined;
        for (const a of amounts) {
          const lead = sentence.slice(Math.max(0, a.start - 60), a.start);
          if (NUMERATOR.test(lead)) numr = a;
          else if (DENOMINATOR.test(lead)) den = a;
        }
        if (!den || !numr || den === numr || den.number.value === 0) continue;
        const pct = nums.find((t) => t.number.percent && t.start > numr!.end && t.start - numr!.end <= 70 && !findNumbers(sentence.slice(numr!.end, t.start)).length && /\b(atau|sebesar|yaitu|dengan)\b|\(/i.test(sentence.slice(numr!.end, t.start)));
        if (!pct) continue;
        const expected = (numr.number.value / den.number.value) * 100;
        if (matchesPrinted(pct.number, expected)) continue;
        const where = groupAt(g, s.start + pct.start);
        report({
          ...where,
          length: pct.end - pct.start,
          message: {
            id: `${numr.number.text} / ${den.number.text} × 100% = ${formatResult(expected, { decimalMark: markBeside(pct.number, mark), percent: true })}; laporan menulis ${pct.number.text}`,
            en: `${numr.number.text} / ${den.number.text} × 100% = ${formatResult(expected, { decimalMark: markBeside(pct.number, mark), percent: true })}; the report says ${pct.number.text}`,
          },
          expected: formatResult(expected, { decimalMark: markBeside(pct.number, mark), percent: true }),
          actual: pct.number.text,
        });
      }
    }
  },
});
