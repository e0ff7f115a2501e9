/**
 * table-arithmetic: totals that are not the sum of their rows (program rows that repeat the sum of
 * their activity rows are recognised, so nothing is counted twice), sub-totals that are not the sum
 * of their children, budget % that is not realisasi / pagu, sisa that is not pagu − realisasi.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { columnGroups, isAverageRow, isTotalRow, num } from '../src/facts/columns.js';
import type { TableFacts } from '../src/facts/tables.js';
import { formatLike, formatResult, matchesPrinted } from '../src/numbers.js';
import { ocrTables } from '../src/facts/ocr-rows.js';

interface Structure {
  /** parent row → its child rows */
  parents: Map<number, number[]>;
  children: Set<number>;
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.5;

/** Parent rows that equal the sum of the rows right below them, found on one column. */
function findStructure(values: (number | null)[], rows: number[]): Structure {
  const parents = new Map<number, number[]>();
  const children = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    const v = values[k];
    if (v === null || v === undefined || v === 0) continue;
    let sum = 0;
    const kids: number[] = [];
    for (let j = k + 1; j < rows.length; j++) {
      const w = values[j];
      if (w === null || w === undefined) break;
      sum += w;
      kids.push(rows[j]!);
      if (same(sum, v) || sum > v + 0.5) break;
    }
    if (kids.length >= 1 && same(sum, v)) {
      parents.set(rows[k]!, kids);
      for (const c of kids) children.add(c);
      k += kids.length;
    }
  }
  return { parents, children };
}

function sumColumns(t: TableFacts): number[] {
  return t.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.role !== 'number' && c.role !== 'year' && c.role !== 'capaian' && c.role !== 'percent' && c.role !== 'target')
    .map(({ i }) => i);
}

export default defineRule({
  id: 'table-arithmetic',
  description: { id: 'Jumlah, subtotal, persentase atau sisa anggaran yang salah hitung', en: 'Totals, sub-totals, budget percentages or balances that do not compute' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'No.\tURAIAN\tJUMLAH\n1\tStruktural Eselon III\t1\n2\tPegawai JFT\t11\n\tTotal\t12', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: 'Uraian\tPagu\tRealisasi\tPersentase\nKoordinasi\t41.620.000\t38.411.200\t92.30%', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
    ],
    invalid: [
      { text: 'No.\tURAIAN\tJUMLAH\n1\tStruktural Eselon III\t1\n2\tStruktural Eselon IV\t1\n3\tStruktural Eselon V\t9\n4\tPegawai JFT\t11\n5\tPegawai JFU\t0\n\tTotal\t25', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 7, expected: '22', actual: '25' }] },
      { text: 'Uraian\tPagu\tRealisasi\tPersentase\nLayanan Prasarana Internal\t1.932.000.000\t1.096.156.900\t97.83%', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 2, expected: '56.74%', actual: '97.83%' }] },
    ],
  },
  check({ doc, facts, report }) {
    const mark = facts.decimalMark;
    for (const t of facts.tables) {
      if (t.kind === 'toc') continue;
      const rows = t.block.rows ?? [];
      // Budget percentage and balance, per row and per year group.
      for (const g of columnGroups(t)) {
        if (g.pagu === undefined || g.realisasi === undefined) continue;
        for (let r = t.headerRows; r < rows.length; r++) {
          const pagu = num(t, r, g.pagu);
          const real = num(t, r, g.realisasi);
          if (!pagu || !real || pagu.value === 0) continue;
          const pct = num(t, r, g.capaian);
          if (pct && (pct.percent || t.columns[g.capaian!]!.header.includes('%'))) {
            const expected = (real.value / pagu.value) * 100;
            if (!matchesPrinted(pct, expected)) {
              const e = formatResult(expected, { decimalMark: pct.decimalMark ?? mark, percent: true });
              report({
                block: t.block,
                row: r,
                cell: g.capaian!,
                message: { id: `${real.text} / ${pagu.text} × 100% = ${e}; laporan menulis ${pct.text}`, en: `${real.text} / ${pagu.text} × 100% = ${e}; the report says ${pct.text}` },
                expected: e,
                actual: pct.text,
              });
            }
          }
          const sisa = num(t, r, g.sisa);
          if (sisa && !same(sisa.value, pagu.value - real.value)) {
            const e = formatLike(pagu.value - real.value, 0, { decimalMark: ',' });
            report({
              block: t.block,
              row: r,
              cell: g.sisa!,
              message: { id: `Sisa ${pagu.text} − ${real.text} = ${e}; laporan menulis ${sisa.text}`, en: `Balance ${pagu.text} − ${real.text} = ${e}; the report says ${sisa.text}` },
              expected: e,
              actual: sisa.text,
            });
          }
        }
      }
      // Totals.
      const cols = sumColumns(t);
      let start = t.headerRows;
      for (let r = t.headerRows; r < rows.length; r++) {
        const cells = rows[r]!.cells;
        if (isAverageRow(cells)) {
          start = r + 1;
          continue;
        }
        if (!isTotalRow(cells)) continue;
        const body: number[] = [];
        for (let k = start; k < r; k++) if (!isTotalRow(rows[k]!.cells)) body.push(k);
        start = r + 1;
        if (body.length < 2) continue;
        // The structure (program rows summing their activities) is read off the column where it reconciles.
        let structure: Structure = { parents: new Map(), children: new Set() };
        for (const c of cols) {
          const vals = body.map((k) => num(t, k, c)?.value ?? null);
          const total = num(t, r, c);
          if (!total) continue;
          const flat = vals.reduce<number>((a, v) => a + (v ?? 0), 0);
          if (same(flat, total.value)) continue;
          const s = findStructure(vals, body);
          const top = body.filter((k) => !s.children.has(k)).reduce((a, k) => a + (num(t, k, c)?.value ?? 0), 0);
          if (s.parents.size > 0 && same(top, total.value)) {
            structure = s;
            break;
          }
        }
        for (const c of cols) {
          const total = num(t, r, c);
          const present = body.map((k) => num(t, k, c)).filter((v) => v !== null);
          if (!total || present.length < 2 || total.percent || present.some((v) => v!.percent)) continue;
          const topRows = body.filter((k) => !structure.children.has(k));
          const flat = body.reduce((a, k) => a + (num(t, k, c)?.value ?? 0), 0);
          const top = topRows.reduce((a, k) => a + (num(t, k, c)?.value ?? 0), 0);
          if (same(flat, total.value) || same(top, total.value)) continue;
          const terms = topRows.map((k) => num(t, k, c)).filter((v) => v !== null).map((v) => v!.text.replace(/^Rp\.?\s?/, ''));
          const e = formatLike(top, Math.max(0, ...present.map((v) => v!.decimals)), { decimalMark: total.decimalMark ?? (/\d,\d{3}/.test(total.text) ? '.' : ',') });
          const shown = terms.length <= 8 ? terms.join(' + ') : `${terms.slice(0, 3).join(' + ')} + … (${terms.length} baris)`;
          report({
            block: t.block,
            row: r,
            cell: c,
            message: { id: `Jumlah ${shown} = ${e}; laporan menulis ${total.text}`, en: `Sum ${shown} = ${e}; the report says ${total.text}` },
            expected: e,
            actual: total.text,
          });
        }
        // Sub-totals: every parent row against its children, in every summed column.
        for (const [parent, kids] of structure.parents) {
          for (const c of cols) {
            const p = num(t, parent, c);
            const vals = kids.map((k) => num(t, k, c));
            if (!p || vals.some((v) => v === null) || p.percent) continue;
            const sum = vals.reduce((a, v) => a + v!.value, 0);
            if (same(sum, p.value)) continue;
            const e = formatLike(sum, 0, { decimalMark: p.decimalMark ?? (/\d,\d{3}/.test(p.text) ? '.' : ',') });
            report({
              block: t.block,
              row: parent,
              cell: c,
              message: { id: `Subtotal ${vals.map((v) => v!.text.replace(/^Rp\.?\s?/, '')).join(' + ')} = ${e}; laporan menulis ${p.text}`, en: `Sub-total ${vals.map((v) => v!.text.replace(/^Rp\.?\s?/, '')).join(' + ')} = ${e}; the report says ${p.text}` },
              expected: e,
              actual: p.text,
            });
          }
        }
      }
    }
    // Tables that lost their grid (OCR): when most rows end in the sum of their figures, the rows
    // that do not are wrong (`2020 26.919 24 975 27.018`).
    for (const rows of ocrTables(doc.blocks)) {
      const sumRows = rows.filter((r) => !r.values.some((v) => v.percent));
      if (sumRows.length < 3) continue;
      const sumOf = (r: (typeof rows)[number]) => r.values.slice(0, -1).reduce((a, v) => a + v.value, 0);
      const holds = (r: (typeof rows)[number]) => Math.abs(sumOf(r) - r.values[r.values.length - 1]!.value) < 0.5;
      const ok = sumRows.filter(holds);
      const bad = sumRows.filter((r) => !holds(r));
      if (ok.length < 3 || bad.length >= ok.length) continue;
      for (const r of bad) {
        const last = r.values[r.values.length - 1]!;
        const expected = formatLike(sumOf(r), 0, { decimalMark: facts.decimalMark });
        report({
          block: r.block,
          offset: r.offset,
          length: r.length,
          message: {
            id: `${r.label ? r.label + ': ' : ''}${r.values.slice(0, -1).map((v) => v.text).join(' + ')} = ${expected}; laporan menulis ${last.text} (baris lain tabel ini menjumlah dengan benar)`,
            en: `${r.label ? r.label + ': ' : ''}${r.values.slice(0, -1).map((v) => v.text).join(' + ')} = ${expected}; the report says ${last.text} (the table's other rows add up)`,
          },
          expected,
          actual: last.text,
        });
      }
    }
  },
});
