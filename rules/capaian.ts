/**
 * capaian: an achievement figure that is not realisasi / target × 100% (or the lower-is-better
 * formula for negative indicators), incl. a missing ×100, in capaian tables (also per year group),
 * trend tables (resolved / handled), and `Rata-rata` rows that are not the mean of their group.
 * Rounding: a value printed with d decimals matches within one unit of the d-th decimal.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { columnGroups, isAverageRow, isTotalRow, num, rowLabel } from '../src/facts/columns.js';
import { formatResult, markBeside, matchesPrinted, type ParsedNumber } from '../src/numbers.js';
import { ocrTables } from '../src/facts/ocr-rows.js';
import type { Block } from '../src/model.js';
import type { TableFacts } from '../src/facts/tables.js';
import { capaianCandidates, confirmedBy, figure, shatteredCapaianRows, type CapaianRow } from '../src/facts/capaian-rows.js';
import { negativeByWording, positiveByWording, type StatedFormula } from '../src/facts/polarity.js';

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
      { name: 'the same table with no formula stated: a lower-is-better indicator may follow (2T − R) / T or T / R, so 89 / 86,97 = 102,33% and 0,58 / 0,6 = 96,67% are accepted (Dinkes A.1, Misi 2)', text: ' 2. Misi 2 : Menjamin pelayanan kesehatan yang prima\n       Tujuan 2 : Tercapainya pelayanan kesehatan yang berkualitas, dengan\n       sasaran :\nNO\tSasaran Strategis\tNO\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n1\tMenurunnya ratio kematian ibu dan bayi\t1\tRatio Kematian Ibu\t89/100.000 KH\t86,97/100.000 KH\t102.33%\n\t\t2\tRatio Kematian bayi\t5,8/1000 KH\t4,01/ 1000 KH\t144.64%\n\t\t3\tPrevalensi gizi buruk\t0,58\t0.6\t96,67%\n\t\t4\tCakupan Persalinan oleh tenaga kesehatan\t86%\t86%\t100%', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'the Ikhtisar\'s capaian table, rows that hold (DPUPR: 79,82 / 84 = 95,02%; 64,14 / 64 printed 100 %; columns as tabs)', text: '          Adapun Capaian Sasaran Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021\ntampak sebagai berikut :\n\nTUJUAN\tSASARAN\tINDIKATOR TUJUAN\tTARGET\tREALISASI\t%\nMeningkatkan kualitas infrastruktur bina marga, sumberdaya air, perumahan-pemukiman, dan perhubungan\t\tPresentase infrastruktur kondisi baik\t84 %\t79,82 %\t95,02 %\n\t• Meningkatnya kualitas jalan dan jembatan, sarana drainase perkotaan, dan jaringan irigasi.\tPersentase jalan dan jembatan dalam kondisi baik\t84 %\t79,82 %\t95,02 %\n\t\tCakupan drainase dalam kondisi baik\t64 %\t64,14 %\t100 %\n\t\tLuas irigasi Kabupaten dalam kondisi baik\t85,12 %\t85,12 %\t100 %', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' } },
    ],
    invalid: [
      { text: 'Indikator\tTarget\tRealisasi\tCapaian\nPersentase Tindakan Administratif Keimigrasian\t90%\t[120%]\t[120%]\nRasio Layanan Keimigrasian\t90%\t[100%]\t[100%]', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 2, expected: '133,33%', actual: '120%' }, { line: 3, expected: '111,11%', actual: '100%' }] },
      { name: 'a higher-is-better indicator scored with the lower-is-better formula (DPUPR Ikhtisar: 80,53 / 80 = 100,66%, printed 99,34 %)', text: '          Adapun Capaian Sasaran Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021\ntampak sebagai berikut :\n\nTUJUAN\tSASARAN\tINDIKATOR TUJUAN\tTARGET\tREALISASI\t%\nMeningkatkan kualitas infrastruktur bina marga, sumberdaya air, perumahan-pemukiman, dan perhubungan\t\tPresentase infrastruktur kondisi baik\t84 %\t79,82 %\t95,02 %\n\t• Meningkatnya kualitas jalan dan jembatan, sarana drainase perkotaan, dan jaringan irigasi.\tPersentase jalan dan jembatan dalam kondisi baik\t84 %\t79,82 %\t95,02 %\n\t\tCakupan drainase dalam kondisi baik\t64 %\t64,14 %\t100 %\n\t\tLuas irigasi Kabupaten dalam kondisi baik\t85,12 %\t85,12 %\t100 %\n\t• Miningkatnya wilayah bebas banjir\tPersentase wilayah bebas banjir\t80 %\t80,53 %\t99,34 %', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' }, findings: [{ line: 9, expected: '100,66%', actual: '99,34 %' }] },
      { name: 'lower-is-better indicators scored Rencana / Realisasi although the report states (Rencana − (Realisasi − Rencana)) / Rencana, its denominator on the label\'s line; rates (89/100.000 KH) read by their numerator (Dinkes A.1, Misi 2)', text: '                    b. Semakin tinggi realisasi menunjukkan pencapaian kinerja yang\n                         semakin rendah, maka digunakan rumus :\n                                                               Rencana – (Realisasi - Rencana)\n                      Persentase\n                      pencapaian rencana                =      ---------------------------------------------   X     100%\n                      tingkat capaian                                           Rencana\n\n 2. Misi 2 : Menjamin pelayanan kesehatan yang prima\n       Tujuan 2 : Tercapainya pelayanan kesehatan yang berkualitas, dengan\n       sasaran :\nNO\tSasaran Strategis\tNO\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n1\tMenurunnya ratio kematian ibu dan bayi\t1\tRatio Kematian Ibu\t89/100.000 KH\t86,97/100.000 KH\t102.33%\n\t\t2\tRatio Kematian bayi\t5,8/1000 KH\t4,01/ 1000 KH\t144.64%\n\t\t3\tPrevalensi gizi buruk\t0,58\t0.6\t96,67%\n\t\t4\tCakupan Persalinan oleh tenaga kesehatan\t86%\t86%\t100%', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat', options: { negativeIndicators: ['\\b(ratio|rasio) kematian\\b', '\\bprevalensi\\b'] } }, findings: [{ line: 12, expected: '102.28%', actual: '102.33%' }, { line: 13, expected: '130.86%', actual: '144.64%' }, { line: 14, expected: '96,55%', actual: '96,67%' }] },
    ],
  },
  check({ doc, facts, options, report }) {
    const negative = options.negativeIndicators.map((p) => new RegExp(p, 'i'));
    const stated = facts.polarity.negative;
    const mark = facts.decimalMark;
    const fmt = (v: number, beside?: ParsedNumber) => formatResult(v, { decimalMark: markBeside(beside, mark), percent: true });
    const capped = (v: number) => (options.cap !== null ? Math.min(v, options.cap) : v);
    /**
     * One row: the capaian the indicator's polarity asks for. A lower-is-better indicator (by its
     * words) follows the formula the report states for it, else (2T − R) / T or T / R; any other
     * indicator R / T, and one whose capaian fits a lower-is-better formula is left alone (its
     * polarity is not known well enough to call that wrong).
     */
    function checkRow(t: TableFacts, r: number, target: ParsedNumber, realisasi: ParsedNumber, cap: ParsedNumber, label: string, cols: [number, number, number], byOrder = false) {
      if (target.value === 0) return; // "cannot be computed": the convention is checked elsewhere.
      const T = target.value;
      const R = realisasi.value;
      const value = { 'R/T': capped((R / T) * 100), '(2T-R)/T': capped(((2 * T - R) / T) * 100), 'T/R': R !== 0 ? capped((T / R) * 100) : NaN } as const;
      const shown = {
        'R/T': `${realisasi.text} / ${target.text} × 100%`,
        '(2T-R)/T': `(2 × ${target.text} − ${realisasi.text}) / ${target.text} × 100%`,
        'T/R': `${target.text} / ${realisasi.text} × 100%`,
      } as const;
      const fits = (k: keyof typeof value) => Number.isFinite(value[k]) && matchesPrinted(cap, value[k]);
      const word = negativeByWording(label, negative);
      // Ambiguous prints (`6.858`) may be read either way.
      if ((target.alternative || realisasi.alternative) && (target.alternative?.value ?? T) !== 0 && matchesPrinted(cap, capped(((realisasi.alternative?.value ?? R) / (target.alternative?.value ?? T)) * 100))) return;
      let expectedKey: keyof typeof value;
      let why: { id: string; en: string };
      // The recomputed value is certain when the indicator's polarity is known by its words and one formula applies.
      let certain = false;
      if (word) {
        const own: (keyof typeof value)[] = stated && stated.convention !== 'R/T' && stated.convention !== 'constant' && stated.convention !== 'other' ? [stated.convention] : ['(2T-R)/T', 'T/R'];
        if (own.some(fits)) return;
        expectedKey = own[0]!;
        certain = own.length === 1;
        why = stated && own.length === 1 ? statedWhy(word, stated) : { id: `indikator negatif ('${word}')`, en: `lower-is-better indicator ('${word}')` };
      } else {
        if (fits('R/T')) return;
        // Unless its words say it is higher-is-better, it may be a lower-is-better indicator.
        const plus = positiveByWording(label);
        if (!plus && (fits('(2T-R)/T') || fits('T/R'))) return;
        expectedKey = 'R/T';
        certain = Boolean(plus);
        const neither = !fits('(2T-R)/T') && !fits('T/R');
        why = neither
          ? { id: `indikator positif${plus ? ` ('${plus}')` : ''}; rumus indikator negatif ${shown['(2T-R)/T']} = ${fmt(value['(2T-R)/T'], cap)} juga tidak sesuai`, en: `higher-is-better indicator${plus ? ` ('${plus}')` : ''}; the lower-is-better formula ${shown['(2T-R)/T']} = ${fmt(value['(2T-R)/T'], cap)} does not fit either` }
          : { id: `indikator positif ('${plus}'), bukan negatif`, en: `higher-is-better indicator ('${plus}'), not lower-is-better` };
      }
      const expected = value[expectedKey];
      const other = (Object.keys(value) as (keyof typeof value)[]).find((k) => k !== expectedKey && fits(k));
      const also = other ? { id: ` (= ${shown[other]})`, en: ` (= ${shown[other]})` } : matchesPrinted(cap, expected / 100) ? { id: ' (×100 terlewat)', en: ' (×100 missing)' } : { id: '', en: '' };
      // In a shattered grid the cells' headers say nothing: the roles come from the figures' order.
      const head = (c: number, fallback: string) => (byOrder ? `${fallback}, urutan di baris` : t.columns[c]?.header.trim() || fallback);
      const inputs = { id: `target ${target.text} (kolom ${head(cols[0], 'Target')}), realisasi ${realisasi.text} (kolom ${head(cols[1], 'Realisasi')})`, en: `target ${target.text} (column ${head(cols[0], 'Target')}), realisasi ${realisasi.text} (column ${head(cols[1], 'Realisasi')})` };
      report({
        block: t.block,
        row: r,
        cell: cols[2],
        message: {
          id: `Capaian: ${inputs.id}: ${shown[expectedKey]} = ${fmt(expected, cap)}; ${why.id}; laporan menulis ${cap.text}${also.id}`,
          en: `Capaian: ${inputs.en}: ${shown[expectedKey]} = ${fmt(expected, cap)}; ${why.en}; the report says ${cap.text}${also.en}`,
        },
        expected: fmt(expected, cap),
        actual: cap.text,
        ...(certain && !other && !target.alternative && !realisasi.alternative && Number.isFinite(expected) ? { fix: { find: cap.text, replace: fmt(expected, cap) } } : {}),
      });
    }
    function statedWhy(word: string, f: StatedFormula): { id: string; en: string } {
      const where = f.line !== undefined ? (f.block.source.page !== undefined ? `hlm. ${f.block.source.page}` : `baris ${f.line}`) : '';
      return {
        id: `indikator negatif ('${word}'); rumus laporan untuk indikator negatif${where ? ` (${where})` : ''}: ${f.text} × 100%`,
        en: `lower-is-better indicator ('${word}'); the report's formula for such indicators${where ? ` (${where.replace('hlm.', 'p.').replace('baris', 'line')})` : ''}: ${f.text} × 100%`,
      };
    }
    // 0 handled, 0 resolved: the capaian cannot be computed. Reports write 100% (nothing left
    // undone) or n/a; 0% says the unit failed, and mixing the two in one report is a contradiction.
    const zeroRows: { block: Block; row?: number; cell?: number; offset?: number; length?: number; cap: ParsedNumber }[] = [];
    for (const rows of ocrTables(doc.blocks)) {
      for (const r of rows) {
        const [a, b, cap] = r.values;
        if (r.values.length === 3 && a && b && cap && cap.percent && !a.percent && !b.percent && a.value === 0 && b.value === 0) zeroRows.push({ block: r.block, offset: r.offset, length: r.length, cap });
      }
    }
    let shattered: TableFacts | undefined;
    let headerAbove: TableFacts[] = [];
    const families = new Map<number, { fitting: number; rows: { t: TableFacts; x: CapaianRow }[] }>();
    for (const t of facts.tables) {
      const rows = t.block.rows ?? [];
      let checked = 0;
      for (const g of columnGroups(t, { ownPeriodTarget: true })) {
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
                      id: `Rata-rata capaian (${groupValues.map((v) => formatResult(v, { decimalMark: markBeside(cap, mark) })).join(' + ')}) / ${groupValues.length} = ${fmt(mean, cap)}; laporan menulis ${cap.text}`,
                      en: `Average capaian (${groupValues.map((v) => formatResult(v, { decimalMark: markBeside(cap, mark) })).join(' + ')}) / ${groupValues.length} = ${fmt(mean, cap)}; the report says ${cap.text}`,
                    },
                    expected: fmt(mean, cap),
                    actual: cap.text,
                  });
                }
              }
              groupValues = [];
              continue;
            }
            // A new sasaran (label in the first column) starts a new group for the average.
            if ((cells[0] ?? '').trim() && !/^\d+\.?$/.test((cells[0] ?? '').trim())) groupValues = [];
            // A rate (`89/100.000 KH`) is not a number of the grid; its numerator is the figure.
            const target = num(t, r, g.target) ?? figure(cells[g.target] ?? '');
            const realisasi = num(t, r, g.realisasi) ?? figure(cells[g.realisasi] ?? '');
            if (!target || !realisasi || !cap) continue;
            groupValues.push(cap.value);
            checked++;
            checkRow(t, r, target, realisasi, cap, rowLabel(cells), [g.target, g.realisasi, g.capaian]);
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
                id: `${b.text} / ${a.text} × 100% = ${fmt(expected, cap)}; laporan menulis ${cap.text}`,
                en: `${b.text} / ${a.text} × 100% = ${fmt(expected, cap)}; the report says ${cap.text}`,
              },
              expected: fmt(expected, cap),
              actual: cap.text,
            });
          }
        }
      }

      // A shattered grid (PDF): the figures' order in the row, confirmed by the table's arithmetic.
      if (checked < 2) {
        // A headerless table just after a confirmed one on the same page is its continuation.
        const carries = shattered && t.headerRows === 0 && t.block.index - shattered.block.index <= 3 && t.block.source.page === shattered.block.source.page ? shattered : undefined;
        const found = shatteredCapaianRows(t, carries);
        if (found.length && !carries) shattered = t;
        for (const x of found) checkRow(t, x.row, x.target, x.realisasi, x.capaian, x.label, x.cells, true);
        // A table too small to confirm itself (one indicator, 2015 and 2016), or whose header lines
        // the PDF set apart as tables of their own just above it (their words are its header):
        // its rows wait for the arithmetic of every table read alike.
        if (!found.length && !carries) {
          const c = capaianCandidates(t, [...headerAbove.map((h) => h.block.text), t.headerText].join(' '));
          if (c.rows.length) {
            const family = families.get(c.groups) ?? { fitting: 0, rows: [] };
            family.fitting += c.fitting;
            for (const x of c.rows) family.rows.push({ t, x });
            families.set(c.groups, family);
          }
        }
      }
      // Header-only tables (no row with two figures) in a row, on one page, just before the next.
      const last = headerAbove[headerAbove.length - 1];
      if (!rows.some((row) => row.cells.filter((c) => figure(c)).length >= 2) && rows.length <= 4) {
        headerAbove = last && t.block.index - last.block.index <= 2 && t.block.source.page === last.block.source.page ? [...headerAbove, t] : [t];
      } else headerAbove = [];
    }
    for (const family of families.values()) {
      if (!confirmedBy(family.fitting, family.rows.length)) continue;
      for (const { t, x } of family.rows) checkRow(t, x.row, x.target, x.realisasi, x.capaian, x.label, x.cells, true);
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
