/**
 * amount-consistency: one money figure stated in several places, once with a slipped digit. A
 * figure of at least Rp 1.000.000 that the report prints identically two or more times
 * (`866.600.000` in the Ikhtisar, the PK list and the budget table) and once with one digit
 * changed (`866.800.000`) or two neighbouring digits swapped (`860.942.000` for `860.924.000`) is
 * the same budget figure mistyped: distinct budget lines do not differ by one keystroke.
 *
 * The binding is weighed, not assumed: the figure must have at least four significant digits
 * (round sums such as 150.000.000 and 250.000.000 are left alone), the established reading must
 * occur at least twice and the odd one once. When a figure printed next to the odd one (its
 * realisasi, its percentage) is also printed next to the established one, the two are the same
 * budget line and the finding is an error; without that shared neighbour it is a warning.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import type { Block } from '../src/model.js';
import { findNumbers } from '../src/numbers.js';

interface Occurrence {
  block: Block;
  /** Table row and cell, or the offset in the block's text. */
  row?: number;
  cell?: number;
  offset?: number;
  length: number;
  text: string;
  /** The other figures printed beside it (same row, or the same stretch of text). */
  neighbours: Set<string>;
}

const MIN_VALUE = 1_000_000;

/** The figure's digits (no separators, no decimals of zeros) when it is a money amount worth checking. */
function digitsOf(value: number, decimals: number): string | null {
  if (value < MIN_VALUE || !Number.isInteger(value) || (decimals > 0 && value % 1 !== 0)) return null;
  const s = String(value);
  if (s.length > 15) return null;
  // Significant digits: round amounts are too common to bind by one digit.
  if (s.replace(/0+$/, '').length < 4) return null;
  return s;
}

/** One keystroke apart: same length and one digit changed, or two neighbouring digits swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return diff[0] !== 0;
  if (diff.length === 2) {
    const [i, j] = diff as [number, number];
    return j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  return false;
}

/** A value worth pairing as a neighbour: a figure, not a year, a count or a list number. */
function neighbourKey(value: number, percent: boolean): string | null {
  if (percent) return value > 0 && value !== 100 ? `${value.toFixed(2)}%` : null;
  if (value >= 10_000) return String(value);
  return null;
}

/** Money figures of a text with their offsets; the neighbours are the figures within `reach` characters. */
function scan(text: string, reach: number): { start: number; end: number; digits: string; printed: string; neighbours: Set<string> }[] {
  const tokens = findNumbers(text);
  const out = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const n = t.number;
    // `6.858` read as thousands is not a money figure; the separators must be there (or `Rp`).
    if (n.percent || !(n.money || /\d[.,]\d{3}[.,]\d{3}/.test(n.text))) continue;
    const digits = digitsOf(n.value, n.decimals);
    if (!digits) continue;
    const neighbours = new Set<string>();
    for (let j = 0; j < tokens.length; j++) {
      if (j === k) continue;
      const o = tokens[j]!;
      if (Math.abs(o.start - t.start) > reach) continue;
      const key = neighbourKey(o.number.value, o.number.percent);
      if (key) neighbours.add(key);
    }
    out.push({ start: t.start, end: t.end, digits, printed: n.text, neighbours });
  }
  return out;
}

function occurrences(blocks: Block[]): Map<string, Occurrence[]> {
  const byDigits = new Map<string, Occurrence[]>();
  const add = (digits: string, o: Occurrence) => {
    const list = byDigits.get(digits) ?? [];
    list.push(o);
    byDigits.set(digits, list);
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      (b.rows ?? []).forEach((row, r) => {
        const joined = row.cells.join('\t');
        const found = scan(joined, Infinity);
        for (const f of found) {
          // The cell the figure sits in.
          let at = 0;
          let cell = 0;
          for (; cell < row.cells.length; cell++) {
            const end = at + row.cells[cell]!.length;
            if (f.start < end) break;
            at = end + 1;
          }
          add(f.digits, { block: b, row: r, cell, length: f.end - f.start, text: f.printed, neighbours: f.neighbours });
        }
      });
      continue;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'heading') continue;
    for (const f of scan(b.text, 120)) add(f.digits, { block: b, offset: f.start, length: f.end - f.start, text: f.printed, neighbours: f.neighbours });
  }
  return byDigits;
}

/** Digits grouped by thousands with the mark the report uses (`866.600.000` or `866,600,000`). */
const group = (d: string, like: string) => d.replace(/\B(?=(\d{3})+(?!\d))/g, /\d,\d{3}(?!\d)/.test(like) && !/\d\.\d{3}(?!\d)/.test(like) ? ',' : '.');

export default defineRule({
  id: 'amount-consistency',
  description: {
    id: 'Angka anggaran yang sama tertulis dengan satu digit berbeda',
    en: 'One budget figure printed elsewhere with one digit slipped',
  },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      {
        name: 'the same realisasi in the text and the budget row (BPBD BAB III)',
        text: 'Penguatan Kapasitas Kesiapsiagaan dengan anggaran Rp.866.600.000, dengan realisasi sebesar\nRp.860.924.000,- Atau sebesar 99,35%.\n\nKegiatan tersebut dianggarkan Rp.866.600.000,- dengan realisasi Rp.860.924.000,- atau 99,35%.',
        context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' },
      },
      {
        name: 'round sums one digit apart are different budget lines',
        text: 'Kegiatan Sosialisasi dengan anggaran Rp. 150.000.000,- dan kegiatan Fasilitasi dengan anggaran Rp. 150.000.000,-.\n\nKegiatan Pembinaan dengan anggaran Rp. 250.000.000,-.',
        context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' },
      },
      {
        name: 'a program row that repeats its only kegiatan row (RS Jiwa Tabel 11)',
        text: 'Program Promosi\nKesehatan                      518.309.200,-     518.309.200,-     494.541.600,-       95,41\nPeningkatan\nPenyebarluasan Informasi       518.309.200,-     518.309.200,-     494.541.600,-       95,41',
        context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' },
      },
    ],
    invalid: [
      {
        name: 'realisasi 860.924.000 twice, then 860.942.000 with the same 99,35% (BPBD BAB III)',
        text: 'Penguatan Kapasitas Kesiapsiagaan dengan anggaran Rp.866.600.000, dengan realisasi sebesar\nRp.860.924.000,- Atau sebesar 99,35%.\n\nAnggaran kegiatan Rp.866.600.000,- dengan realisasi Rp.860.924.000,- atau 99,35%.\n\nRealisasi anggaran sebesar Rp.\n860.942.000,- atau sebesar 99,35% dengan realisasi fisik 100%.',
        context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' },
        findings: [{ line: 6, expected: '860.924.000', actual: '860.942.000' }],
      },
      {
        name: 'anggaran 866.600.000 twice, then 866.800.000 (BPBD 2.3): no shared neighbour, a warning',
        text: 'Penguatan Kapasitas Kesiapsiagaan, anggaran Rp.866.600.000.\n\nKegiatan Penguatan Kapasitas Kesiapsiagaan anggaran Rp.866.600.000.\n\nPenguatan Kapasitas Kesiapsiagaan anggaran Rp.866.800.000, dengan realisasi sebesar Rp.860.924.000,-.',
        context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' },
        findings: [{ line: 5, expected: '866.600.000', actual: '866.800.000' }],
      },
      {
        name: 'realisasi 3.125.822.300 in the program and kegiatan rows, 3.125.822.000 in the text with the same 82,26% (DPM-Desa)',
        text: 'II      Program Peningkatan             3.8000.000.000,00             3.125.822.300,00     674.177.700,00 82,26\n2       Peningkatan Kapasitas             3.800.000.000,00            3.125.822.300,00     674.177.700,00 82,26\n\n             Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat\n             dengan alokasi anggaran sebesar Rp. 3.800.000.000,- realisasi anggaran\n             sebesar Rp. 3.125.822.000,- (82,26 %).',
        context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' },
        findings: [{ line: 6, expected: '3.125.822.300', actual: '3.125.822.000' }],
      },
    ],
    knownGaps: [
      {
        case: {
          name: 'AKB realisasi 4,01/1000 KH twice, 4,1/1000 in BAB IV (Dinkes): a rate, not a money figure',
          text: '                 6/1000      4,4/1000     126,7 %       Sangat     5,8/1000   4,01/1000               Sangat\n\n             kematian ibu tahun 2016 4,01/1000 KH menurun di bandingkan tahun\n\n                                                                  5,8/100   4,1/1000',
          context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' },
          findings: [{ line: 5, expected: '4,01/1000', actual: '4,1/1000' }],
        },
        today: 'misses',
        why: 'only money figures of at least Rp 1.000.000 are compared; a dropped digit in a small rate is not yet weighed',
      },
    ],
  },
  check({ doc, report }) {
    const byDigits = occurrences(doc.blocks);
    // Established figures: printed identically at least twice.
    const established = [...byDigits].filter(([, list]) => list.length >= 2);
    if (!established.length) return;
    for (const [digits, list] of byDigits) {
      if (list.length !== 1) continue;
      const odd = list[0]!;
      const near = established.filter(([d]) => oneSlipApart(d, digits));
      // Two established figures one slip away: which one was meant is not known.
      if (near.length !== 1) continue;
      const [meant, places] = near[0]!;
      if (places.length < 2) continue;
      // Printed side by side (an anggaran and its realisasi one digit apart): two figures, not one.
      if (odd.neighbours.has(meant)) continue;
      const shared = places.some((p) => [...odd.neighbours].some((n) => n !== digits && p.neighbours.has(n)));
      const where = places.find((p) => p.block !== odd.block) ?? places[0]!;
      const src = (where.row !== undefined ? where.block.rows?.[where.row]?.source : undefined) ?? where.block.source;
      const at = { id: `${src.page !== undefined ? `hlm. ${src.page} ` : ''}baris ${src.line ?? '?'}`, en: `${src.page !== undefined ? `page ${src.page} ` : ''}line ${src.line ?? '?'}` };
      report({
        block: odd.block,
        ...(odd.row !== undefined ? { row: odd.row, cell: odd.cell } : { offset: odd.offset, length: odd.length }),
        severity: shared ? 'error' : 'warning',
        message: {
          id: `${odd.text} berbeda satu digit dari ${group(meant, odd.text)} yang tertulis ${places.length} kali di tempat lain (mis. ${at.id})${shared ? ', dengan angka pendamping yang sama' : ''}: salah ketik?`,
          en: `${odd.text} is one digit off ${group(meant, odd.text)}, printed ${places.length} times elsewhere (e.g. ${at.en})${shared ? ', beside the same figures' : ''}: a typo?`,
        },
        expected: group(meant, odd.text),
        actual: group(digits, odd.text),
      });
    }
  },
});
