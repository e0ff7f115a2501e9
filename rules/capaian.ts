/**
 * capaian: an achievement figure that is not realisasi / target × 100% (or the lower-is-better
 * formula for negative indicators), incl. a missing ×100, in capaian tables (also per year group),
 * trend tables (resolved / handled), and `Rata-rata` rows that are not the mean of their group.
 * Rounding: a value printed with d decimals matches within one unit of the d-th decimal.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { columnGroups, isAverageRow, isTotalRow, num, rowLabel } from '../src/facts/columns.js';
import { formatResult, matchesPrinted, type ParsedNumber } from '../src/numbers.js';
import { ocrTables } from '../src/facts/ocr-rows.js';
import type { Block } from '../src/model.js';

const Options = z
  .object({
    /** Capaian cap (e.g. 120 or 100) applied by the ministry; none by default. */
    cap: z.number().positive().nullable().default(null),
    /** Words that mark a lower-is-better indicator. */
    negativeIndicators: z.array(z.string()).default(['\\bpenurunan\\b', '\\bwaktu (penyelesaian|pelayanan|tunggu)\\b', '\\bjumlah (pengaduan|keluhan|temuan|pelanggaran)\\b', '\\blama (waktu|proses)\\b']),
  })
  .strict();

export default defineRule({
  id: 'capaian',
  description: { id: 'Capaian yang bukan realisasi ÷ target × 100%', en: 'Capaian that is not realisasi ÷ target × 100%' },
  defaultSeverity: 'error',
  options: Options,
  examples: {
    valid: [
      { text: 'Indikator\tTarget\tRealisasi\tCapaian\nPersentase penegakan Hukum Pro Yustisia\t90%\t100%\t111,11%\nIndeks Kepuasan Unit Kerja\t3,1 (Indeks)\t3.1 (Indeks)\t100%', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the Ikhtisar\'s capaian table, rows that hold (DPUPR: 79,82 / 84 = 95,02%; 64,14 / 64 printed 100 %; columns as tabs)', text: '          Adapun Capaian Sasaran Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021\ntampak sebagai berikut :\n\nTUJUAN\tSASARAN\tINDIKATOR TUJUAN\tTARGET\tREALISASI\t%\nMeningkatkan kualitas infrastruktur bina marga, sumberdaya air, perumahan-pemukiman, dan perhubungan\t\tPresentase infrastruktur kondisi baik\t84 %\t79,82 %\t95,02 %\n\t• Meningkatnya kualitas jalan dan jembatan, sarana drainase perkotaan, dan jaringan irigasi.\tPersentase jalan dan jembatan dalam kondisi baik\t84 %\t79,82 %\t95,02 %\n\t\tCakupan drainase dalam kondisi baik\t64 %\t64,14 %\t100 %\n\t\tLuas irigasi Kabupaten dalam kondisi baik\t85,12 %\t85,12 %\t100 %', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' } },
    ],
    invalid: [
      { text: 'Indikator\tTarget\tRealisasi\tCapaian\nPersentase Tindakan Administratif Keimigrasian\t90%\t[120%]\t[120%]\nRasio Layanan Keimigrasian\t90%\t[100%]\t[100%]', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 2, expected: '133,33%', actual: '120%' }, { line: 3, expected: '111,11%', actual: '100%' }] },
      { name: 'a higher-is-better indicator scored with the lower-is-better formula (DPUPR Ikhtisar: 80,53 / 80 = 100,66%, printed 99,34 %)', text: '          Adapun Capaian Sasaran Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021\ntampak sebagai berikut :\n\nTUJUAN\tSASARAN\tINDIKATOR TUJUAN\tTARGET\tREALISASI\t%\nMeningkatkan kualitas infrastruktur bina marga, sumberdaya air, perumahan-pemukiman, dan perhubungan\t\tPresentase infrastruktur kondisi baik\t84 %\t79,82 %\t95,02 %\n\t• Meningkatnya kualitas jalan dan jembatan, sarana drainase perkotaan, dan jaringan irigasi.\tPersentase jalan dan jembatan dalam kondisi baik\t84 %\t79,82 %\t95,02 %\n\t\tCakupan drainase dalam kondisi baik\t64 %\t64,14 %\t100 %\n\t\tLuas irigasi Kabupaten dalam kondisi baik\t85,12 %\t85,12 %\t100 %\n\t• Miningkatnya wilayah bebas banjir\tPersentase wilayah bebas banjir\t80 %\t80,53 %\t99,34 %', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' }, findings: [{ line: 9, expected: '100,66%', actual: '99,34 %' }] },
    ],
    knownGaps: [
      {
        case: { name: 'lower-is-better indicators scored Rencana / Realisasi although the report states (Rencana − (Realisasi − Rencana)) / Rencana (Dinkes A.1, Misi 2)', text: '                    b. Semakin tinggi realisasi menunjukkan pencapaian kinerja yang\n                         semakin rendah, maka digunakan rumus :\n                                                               Rencana – (Realisasi - Rencana)\n                      Persentase\n                      pencapaian rencana                =      ---------------------------------------------   X     100%\n                      tingkat capaian                                           Rencana\n\n 2. Misi 2 : Menjamin pelayanan kesehatan yang prima\n       Tujuan 2 : Tercapainya pelayanan kesehatan yang berkualitas, dengan\n       sasaran :\nNO\tSasaran Strategis\tNO\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n1\tMenurunnya ratio kematian ibu dan bayi\t1\tRatio Kematian Ibu\t89/100.000 KH\t86,97/100.000 KH\t102.33%\n\t\t2\tRatio Kematian bayi\t5,8/1000 KH\t4,01/ 1000 KH\t144.64%\n\t\t3\tPrevalensi gizi buruk\t0,58\t0.6\t96,67%\n\t\t4\tCakupan Persalinan oleh tenaga kesehatan\t86%\t86%\t100%', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat', options: { negativeIndicators: ['\\b(ratio|rasio) kematian\\b', '\\bprevalensi\\b'] } }, findings: [{ line: 12, expected: '102,28%', actual: '102.33%' }, { line: 13, expected: '130,86%', actual: '144.64%' }, { line: 14, expected: '96,55%', actual: '96,67%' }] },
        today: 'misses',
        why: 'the lower-is-better formula the report states in words is not read, and with the indicators named as negative the rule accepts Rencana / Realisasi (89 / 86,97 = 102,33%); targets written as ratios (89/100.000 KH) are not read as numbers',
      },
      {
        case: { name: 'the same table with no option: a lower-is-better prevalence checked as higher-is-better (Dinkes A.1, Misi 2)', text: ' 2. Misi 2 : Menjamin pelayanan kesehatan yang prima\n       Tujuan 2 : Tercapainya pelayanan kesehatan yang berkualitas, dengan\n       sasaran :\nNO\tSasaran Strategis\tNO\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n1\tMenurunnya ratio kematian ibu dan bayi\t1\tRatio Kematian Ibu\t89/100.000 KH\t86,97/100.000 KH\t102.33%\n\t\t2\tRatio Kematian bayi\t5,8/1000 KH\t4,01/ 1000 KH\t144.64%\n\t\t3\tPrevalensi gizi buruk\t0,58\t0.6\t96,67%\n\t\t4\tCakupan Persalinan oleh tenaga kesehatan\t86%\t86%\t100%', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 5, expected: '102,28%', actual: '102.33%' }, { line: 6, expected: '130,86%', actual: '144.64%' }, { line: 7, expected: '96,55%', actual: '96,67%' }] },
        today: 'wrong-finding',
        why: 'without negativeIndicators the prevalence row is checked as realisasi / target (0,6 / 0,58 = 103,45%) and the two ratio rows are not read; the report\'s own stated formula gives 96,55%',
      },
    ],
  },
  check({ doc, facts, options, report }) {
    const negative = options.negativeIndicators.map((p) => new RegExp(p, 'i'));
    const mark = facts.decimalMark;
    const fmt = (v: number) => formatResult(v, { decimalMark: mark, percent: true });
    const capped = (v: number) => (options.cap !== null ? Math.min(v, options.cap) : v);
    // 0 handled, 0 resolved: the capaian cannot be computed. Reports write 100% (nothing left
    // undone) or n/a; 0% says the unit failed, and mixing the two in one report is a contradiction.
    const zeroRows: { block: Block; row?: number; cell?: number; offset?: number; length?: number; cap: ParsedNumber }[] = [];
    for (const rows of ocrTables(doc.blocks)) {
      for (const r of rows) {
        const [a, b, cap] = r.values;
        if (r.values.length === 3 && a && b && cap && cap.percent && !a.percent && !b.percent && a.value === 0 && b.value === 0) zeroRows.push({ block: r.block, offset: r.offset, length: r.length, cap });
      }
    }
    for (const t of facts.tables) {
      const rows = t.block.rows ?? [];
      for (const g of columnGroups(t)) {
        if (g.capaian === undefined) continue;
        // Target / realisasi / capaian rows, and Rata-rata rows over the capaian above them.
        if (g.target !== undefined && g.realisasi !== undefined && g.pagu === undefined) {
          let groupValues: number[] = [];
          for (let r = t.headerRows; r < rows.length; r++) {
            const cells = rows[r]!.cells;
            const cap = num(t, r, g.capaian);
            if (isAverageRow(cells) || isTotalRow(cells)) {
              if (cap && groupValues.length >= 2 && isAverageRow(cells)) {
                const mean = groupValues.reduce((a, b) => a + b, 0) / groupValues.length;
                if (!matchesPrinted(cap, mean)) {
                  report({
                    block: t.block,
                    row: r,
                    cell: g.capaian,
                    message: {
                      id: `Rata-rata capaian (${groupValues.map((v) => formatResult(v, { decimalMark: mark })).join(' + ')}) / ${groupValues.length} = ${fmt(mean)}; laporan menulis ${cap.text}`,
                      en: `Average capaian (${groupValues.map((v) => formatResult(v, { decimalMark: mark })).join(' + ')}) / ${groupValues.length} = ${fmt(mean)}; the report says ${cap.text}`,
                    },
                    expected: fmt(mean),
                    actual: cap.text,
                  });
                }
              }
              groupValues = [];
              continue;
            }
            // A new sasaran (label in the first column) starts a new group for the average.
            if ((cells[0] ?? '').trim() && !/^\d+\.?$/.test((cells[0] ?? '').trim())) groupValues = [];
            const target = num(t, r, g.target);
            const realisasi = num(t, r, g.realisasi);
            if (!target || !realisasi || !cap) continue;
            groupValues.push(cap.value);
            checkRow(r, target, realisasi, cap, rowLabel(cells), g.capaian);
          }
        } else if (g.target === undefined && g.realisasi === undefined && g.pagu === undefined && t.kind === 'trend') {
          // Trend table: Tahun | handled | resolved | Capaian.
          const valueCols = t.columns.map((c, i) => ({ c, i })).filter(({ c, i }) => i < g.capaian! && (c.role === 'value' || c.role === 'total') && c.group === g.group);
          if (valueCols.length !== 2) continue;
          const [handled, resolved] = valueCols.map((v) => v.i);
          for (let r = t.headerRows; r < rows.length; r++) {
            const a = num(t, r, handled);
            const b = num(t, r, resolved);
            const cap = num(t, r, g.capaian);
            if (a && b && cap && a.value === 0 && b.value === 0) {
              zeroRows.push({ block: t.block, row: r, cell: g.capaian, cap });
              continue;
            }
            if (!a || !b || !cap || a.value === 0) continue;
            const expected = capped((b.value / a.value) * 100);
            if (matchesPrinted(cap, expected)) continue;
            report({
              block: t.block,
              row: r,
              cell: g.capaian,
              message: {
                id: `${b.text} / ${a.text} × 100% = ${fmt(expected)}; laporan menulis ${cap.text}`,
                en: `${b.text} / ${a.text} × 100% = ${fmt(expected)}; the report says ${cap.text}`,
              },
              expected: fmt(expected),
              actual: cap.text,
            });
          }
        }
      }

      function checkRow(r: number, target: ParsedNumber, realisasi: ParsedNumber, cap: ParsedNumber, label: string, col: number) {
        if (target.value === 0) return; // "cannot be computed": the convention is checked elsewhere.
        const positive = capped((realisasi.value / target.value) * 100);
        const isNegative = negative.some((re) => re.test(label));
        const negativeValue = capped(((2 * target.value - realisasi.value) / target.value) * 100);
        const inverse = realisasi.value !== 0 ? capped((target.value / realisasi.value) * 100) : NaN;
        const candidates = isNegative ? [negativeValue, inverse] : [positive];
        // Ambiguous prints (`6.858`) may be read either way.
        if (target.alternative || realisasi.alternative) {
          const tv = target.alternative?.value ?? target.value;
          const rv = realisasi.alternative?.value ?? realisasi.value;
          if (tv !== 0) candidates.push(capped((rv / tv) * 100));
        }
        if (candidates.some((v) => Number.isFinite(v) && matchesPrinted(cap, v))) return;
        const expected = candidates[0]!;
        const scale = matchesPrinted(cap, expected / 100) ? { id: ' (×100 terlewat)', en: ' (×100 missing)' } : { id: '', en: '' };
        const formula = isNegative ? `(2 × ${target.text} − ${realisasi.text}) / ${target.text} × 100%` : `${realisasi.text} / ${target.text} × 100%`;
        report({
          block: t.block,
          row: r,
          cell: col,
          message: {
            id: `Capaian ${formula} = ${fmt(expected)}; laporan menulis ${cap.text}${scale.id}`,
            en: `Capaian ${formula} = ${fmt(expected)}; the report says ${cap.text}${scale.en}`,
          },
          expected: fmt(expected),
          actual: cap.text,
        });
      }
    }
    const hundred = zeroRows.find((z) => z.cap.value === 100);
    const lineOf = (z: (typeof zeroRows)[number]) => (z.row !== undefined ? z.block.rows?.[z.row]?.source.line : (z.block.source.line ?? 0) + (z.block.text.slice(0, z.offset ?? 0).match(/\n/g)?.length ?? 0));
    for (const z of zeroRows) {
      if (z.cap.value !== 0) continue;
      const other = hundred ? { id: `; baris ${lineOf(hundred)} menulis 0 / 0 sebagai 100%`, en: `; line ${lineOf(hundred)} writes 0 / 0 as 100%` } : { id: '', en: '' };
      report({
        block: z.block,
        ...(z.row !== undefined ? { row: z.row, cell: z.cell } : { offset: z.offset, length: z.length }),
        message: {
          id: `0 / 0: capaian tidak dapat dihitung (tidak ada yang ditangani), laporan menulis ${z.cap.text}${other.id}`,
          en: `0 / 0: the capaian cannot be computed (nothing was handled), the report says ${z.cap.text}${other.en}`,
        },
        expected: hundred ? '100% (n/a)' : 'n/a',
        actual: z.cap.text,
      });
    }
  },
});
