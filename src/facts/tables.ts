/**
 * Table understanding: header rows (several lines, year groups, the `(1) (2) (3)` column-number
 * row), the role of each column from its header words, numbers parsed once per cell, and the
 * table's kind (capaian, perjanjian kinerja, anggaran, trend, count, toc, other).
 */
import type { Block } from '../model.js';
import { parseNumber, type ParsedNumber } from '../numbers.js';

export type ColumnRole =
  | 'number'
  | 'label'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'pagu'
  | 'percent'
  | 'sisa'
  | 'total'
  | 'year'
  | 'value'
  | 'unknown';

export type TableKind = 'capaian' | 'perjanjian-kinerja' | 'anggaran' | 'trend' | 'count' | 'toc' | 'other';

export interface Column {
  role: ColumnRole;
  /** Header words of the column, all header rows joined. */
  header: string;
  /** Year group from a spanning header row (`2020`, `2021`), when there is one. */
  group?: string;
}

export interface TableFacts {
  block: Block;
  kind: TableKind;
  /** Number of header rows (including a column-number row). */
  headerRows: number;
  columns: Column[];
  /** Parsed numbers for each row and cell (null where a cell holds no single number). */
  numbers: (ParsedNumber | null)[][];
  /** Header text joined (for classification and messages). */
  headerText: string;
}

const COLUMN_NUMBER_ROW = (cells: string[]) => {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < 2 || !filled.every((c) => /^\(?\d{1,2}\)?$/.test(c.trim()))) return false;
  // `(1) (2) (3)`, or bare `1 2 3 4 …` counting every filled cell from one.
  return filled.some((c) => /\(/.test(c)) || (filled.length >= 4 && filled.every((c, k) => Number(c.trim()) === k + 1));
};

function isDataRow(cells: string[], nums: (ParsedNumber | null)[]): boolean {
  const filled = cells.map((c, i) => ({ c: c.trim(), n: nums[i] })).filter((x) => x.c !== '' && x.c !== '-');
  if (filled.length === 0) return false;
  const numbers = filled.filter((x) => x.n !== null);
  // A header of year groups (`2020 | | | 2021`) is not data.
  if (numbers.length > 0 && numbers.every((x) => /^(19|20)\d\d$/.test(x.c))) return false;
  const numeric = numbers.length;
  return numeric >= 1 && numeric >= Math.ceil((filled.length - 1) / 2);
}

export function roleOf(header: string): ColumnRole {
  const h = header.toLowerCase();
  if (/^\s*(no\.?|nomor|no urut)\s*$/.test(h)) return 'number';
  if (/\bsisa\b/.test(h)) return 'sisa';
  // Last year's figure (`Capaian Thn Lalu`, `Realisasi Tahun Sebelumnya`): not this year's target, realisasi or capaian.
  if (/\b(tahun|thn|th)\.?\s*(lalu|sebelumnya)\b/.test(h)) return 'value';
  if (/\bcapaian\b|\bpersentase\b|^\s*\(?%\)?\s*$|\(%\)|\bpenyerapan\b|\brealisasi %|% realisasi/.test(h) && !/\brata-rata capaian\b.*satuan kerja/.test(h)) return 'capaian';
  if (/\btarget\b/.test(h)) return 'target';
  if (/\brealisasi\b/.test(h)) return 'realisasi';
  if (/\bpagu\b|\balokasi\b|\banggaran\b|\bdipa\b/.test(h)) return 'pagu';
  if (/\bjumlah\b|\btotal\b/.test(h)) return 'total';
  if (/^\s*tahun\s*$/.test(h)) return 'year';
  if (/\buraian\b|\bindikator\b|\bsasaran\b|\bkegiatan\b|\bprogram\b|\bnama\b|\bjenis\b|\bbulan\b|\bketerangan\b/.test(h)) return 'label';
  return h.trim() ? 'value' : 'unknown';
}

export function classify(headerText: string, columns: Column[], rows: string[][]): TableKind {
  const h = headerText.toLowerCase();
  const roles = new Set(columns.map((c) => c.role));
  const firstCol = rows.map((r) => (r[0] ?? '').trim());
  // A table of contents: text entries with page numbers (or leader dots), nothing else.
  const tocLike = rows.filter((r) => {
    const cells = r.map((c) => c.trim()).filter(Boolean);
    return cells.length >= 1 && cells.length <= 2 && /[A-Za-z]{4}/.test(cells[0]!) && (cells.length === 1 || /^[\divxlc]+$/i.test(cells[1]!) || /\.{4,}/.test(cells[0]!));
  }).length;
  if (rows.length >= 3 && tocLike >= rows.length * 0.8 && columns.length <= 3 && !roles.has('number') && !roles.has('total')) return 'toc';
  if (roles.has('pagu') && (roles.has('realisasi') || roles.has('capaian'))) return 'anggaran';
  if (roles.has('target') && roles.has('realisasi')) return 'capaian';
  if (roles.has('target') && /indikator/.test(h)) return 'perjanjian-kinerja';
  if (/^\s*tahun\b/.test(h) || firstCol.filter((c) => /^(19|20)\d\d$/.test(c)).length >= 3) return 'trend';
  if (roles.has('total') || /\bjumlah\b/.test(h)) return 'count';
  return 'other';
}

export function analyseTable(block: Block): TableFacts {
  const rows = (block.rows ?? []).map((r) => r.cells);
  const numbers = rows.map((cells) => cells.map((c) => parseNumber(c)));
  let headerRows = 0;
  while (headerRows < Math.min(rows.length - 1, 6)) {
    const cells = rows[headerRows]!;
    if (COLUMN_NUMBER_ROW(cells)) {
      headerRows++;
      break;
    }
    if (isDataRow(cells, numbers[headerRows]!)) break;
    headerRows++;
  }
  // A column-number row right after the header.
  if (headerRows < rows.length && COLUMN_NUMBER_ROW(rows[headerRows]!)) headerRows++;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const words: string[] = [];
    let group: string | undefined;
    for (let r = 0; r < headerRows; r++) {
      const cell = (rows[r]![c] ?? '').trim();
      if (COLUMN_NUMBER_ROW(rows[r]!)) continue;
      if (/^(19|20)\d\d$/.test(cell)) group = cell;
      else if (!cell && r < headerRows - 1) {
        // A spanning year group: carry the nearest year to the left in this row.
        for (let k = c - 1; k >= 0; k--) {
          const left = (rows[r]![k] ?? '').trim();
          if (/^(19|20)\d\d$/.test(left)) {
            group = left;
            break;
          }
          if (left) break;
        }
      }
      if (cell) words.push(cell);
    }
    const header = words.join(' ');
    columns.push({ role: roleOf(header), header, ...(group ? { group } : {}) });
  }
  const headerText = rows.slice(0, headerRows).map((r) => r.join(' ')).join(' ');
  const kind = classify(headerText, columns, rows);
  return { block, kind, headerRows, columns, numbers, headerText };
}

export function analyseTables(blocks: Block[]): TableFacts[] {
  return blocks.filter((b) => b.kind === 'table').map(analyseTable);
}
