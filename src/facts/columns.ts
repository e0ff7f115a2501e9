/**
 * Column groups of a table: per year group (or the whole table), which columns hold target,
 * realisasi, capaian, pagu, sisa; and which rows are data, average (`Rata-rata`) or total rows.
 */
import type { TableFacts } from './tables.js';
import type { ParsedNumber } from '../numbers.js';

export interface ColumnGroup {
  group: string | undefined;
  target?: number;
  realisasi?: number;
  capaian?: number;
  pagu?: number;
  sisa?: number;
}

/**
 * `ownPeriodTarget`: for recomputing a capaian, the target of the realisasi's own period when
 * the table has two (the year's target stays the group's target for comparisons with the PK).
 */
export function columnGroups(t: TableFacts, opts: { ownPeriodTarget?: boolean } = {}): ColumnGroup[] {
  const byGroup = new Map<string | undefined, ColumnGroup>();
  t.columns.forEach((c, i) => {
    const g = byGroup.get(c.group) ?? { group: c.group };
    if (c.role === 'target' && g.target === undefined) g.target = i;
    else if (c.role === 'realisasi' && g.realisasi === undefined) g.realisasi = i;
    else if (c.role === 'capaian' && g.capaian === undefined) g.capaian = i;
    else if (c.role === 'pagu' && g.pagu === undefined) g.pagu = i;
    else if (c.role === 'sisa' && g.sisa === undefined) g.sisa = i;
    byGroup.set(c.group, g);
  });
  // Two target columns (`Target 2025 | Target TW II | Realisasi TW II`): the realisasi is measured
  // against the target of its own period, the one whose header names the same quarter or semester.
  for (const g of opts.ownPeriodTarget ? byGroup.values() : []) {
    if (g.realisasi === undefined || g.target === undefined) continue;
    const part = periodWord(t.columns[g.realisasi]!.header);
    if (!part || periodWord(t.columns[g.target]!.header) === part) continue;
    const same = t.columns.findIndex((c, i) => c.role === 'target' && c.group === g.group && i !== g.target && periodWord(c.header) === part);
    if (same >= 0) g.target = same;
  }
  return [...byGroup.values()];
}

/** The quarter or semester a header names (`TW II`, `Triwulan 2`, `Semester I`), as one token. */
function periodWord(header: string): string | null {
  const m = /\b(tw|triwulan|trw|semester|smt)\s*\.?\s*([ivx]+|[1-4])\b/i.exec(header);
  if (!m) return null;
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const n = /\d/.test(m[2]!) ? Number(m[2]) : roman[m[2]!.toLowerCase()] ?? 0;
  return `${/^s/i.test(m[1]!) ? 's' : 'q'}${n}`;
}

/** `Rata-rata`, `Rata-rata capaian (kinerja)`, `Capaian rata-rata`: what a row of averages is called. */
const AVERAGE_LABEL = /^\W*(?:(?:rata-rata|rerata|average)\b\W*(?:(?:capaian|kinerja|seluruh|indikator|sasaran|total|nilai|persentase)\b.*)?|(?:capaian|nilai|persentase)\s+(?:rata-rata|rerata)\b.*)$/i;
const TOTAL = /^\s*(total|jumlah|sub\s*total|grand total|total capaian|realisasi anggaran|realisasi indikator kinerja)\b/i;

export function rowLabel(cells: string[]): string {
  return cells.filter((c) => c.trim() && !/^[\d.,%\s()\-Rp[\]]+$/i.test(c.trim())).join(' ');
}

export function isAverageRow(cells: string[]): boolean {
  // `Rata-rata` as the row's label (`Rata-rata capaian`), not an indicator that measures an
  // average (`Rata-rata waktu penyelesaian SP2D`) in a row with its number, sasaran and satuan.
  const labels = cells.map((c) => c.trim()).filter((c) => c && !/^[\d.,%\s()\-Rp[\]]+$/i.test(c));
  return labels.some((l) => AVERAGE_LABEL.test(l));
}

export function isTotalRow(cells: string[]): boolean {
  const labels = cells.map((c) => c.trim()).filter((c) => c && !/^[\d.,%\s()\-Rp[\]]+$/i.test(c));
  // `Jumlah` as a row's whole label or its first words (`Jumlah Belanja Langsung`); an indicator
  // that counts something (`Jumlah MOU dengan institusi pendidikan yang masih berlaku`) is no total.
  return labels.length > 0 && labels.length <= 2 && labels.some((l) => TOTAL.test(l) && l.split(/\s+/).length <= 5) && !isAverageRow(cells);
}

export function num(t: TableFacts, row: number, col: number | undefined): ParsedNumber | null {
  if (col === undefined) return null;
  return t.numbers[row]?.[col] ?? null;
}
