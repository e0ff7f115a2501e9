/**
 * Budget tables in PDF reports (program → kegiatan, Anggaran | Realisasi | % | Sisa, JUMLAH rows):
 * whether a table's lines read as one (money figures, budget header words, a total row), and its
 * rows read for one. Other tables keep the general row reader of pdf.ts.
 */

/** A piece of text on a line (PDF user space). */
export interface TableRun {
  text: string;
  x: number;
  x1: number;
  y: number;
  h: number;
}

/** A line of a table: its runs and its column segments. */
export interface TableLine {
  y: number;
  runs: TableRun[];
  segs: TableRun[];
}

/** What the row reader borrows from the general PDF reader. */
export interface RowHelpers<L> {
  tidySegment(text: string): string;
  brokenAtEdge(line: string, next: string, filled: number, vocabulary: Set<string>): boolean;
  isContentsLayout(group: L[]): boolean;
}

/** An amount of money: at least a million, thousands grouped (`1.753.200.000`, `Rp 5.000.000,00`, `12,500,000`). */
const MONEY = /^[-(]?(?:Rp\.?\s?)?\d{1,3}([.,])\d{3}\1\d{3}(?:\1\d{3})*(?:[.,]\d{2}|,-)?\)?$/;
/** Header words of a budget's columns. */
const BUDGET_HEAD = /\b(?:anggaran|pagu|sisa|alokasi|dana|belanja|biaya|keuangan)\b|\(\s*rp\.?\s*\)|\brp\b/i;
/** A row's number: a group letter, a roman or arabic number (`A`, `IV`, `12.`, `1.2`). */
const ROW_MARK = /^(?:[A-H]|[IVX]{1,5}|\d{1,3}(?:\.\d{1,2})?)\.?$/;
/** A total row's label. */
const TOTAL_ROW = /^\s*(?:jumlah|total|sub\s*total)\b/i;

/**
 * Whether a table's lines are a budget table: several amounts of money in at least two lines, and a
 * budget word in the lines above the first amount, a total row beside amounts, or two columns of
 * amounts (three lines with two amounts or more).
 */
export function isBudgetTable(group: TableLine[]): boolean {
  const moneyLine = group.map((l) => l.segs.filter((sg) => MONEY.test(sg.text.trim())).length);
  const first = moneyLine.findIndex((n) => n > 0);
  if (first < 0) return false;
  if (moneyLine.filter((n) => n > 0).length < 2 || moneyLine.reduce((a, b) => a + b, 0) < 3) return false;
  const header = group.slice(0, first).some((l) => l.segs.some((sg) => BUDGET_HEAD.test(sg.text)));
  const total = group.some((l, k) => moneyLine[k]! > 0 && TOTAL_ROW.test(l.segs[0]?.text ?? ''));
  // (a budget table going on over a page has no header: lines of two amounts each, budget and spent)
  const columns = moneyLine.filter((n) => n >= 2).length >= 3;
  return header || total || columns;
}

/** A cell that reads as a figure, well formed or not (`37.664.381200,00`). */
const FIGURE_LIKE = /^[-(]?(?:Rp\.?\s?)?\d[\d.,]*\s?%?(?:,-|-)?\)?$/;
/** A figure that cannot go on in the next line: thousands grouped, no decimals or two. */
/** (its decimals after a mark other than the grouping one: `155,383,921,44` is cut, not closed) */
const CLOSED_FIGURE = /^[-(]?(?:Rp\.?\s?)?\d{1,3}(?:(?:\.\d{3})+(?:,\d{2})?|(?:,\d{3})+(?:\.\d{2})?|[.,]\d{2})?\s?%?(?:,-|-)?\)?$/;
/** A cell that is one whole figure (`1.753.200.000,00`, `94,22`, `Rp 5.000`, `12%`), not a piece of one broken at the cell's edge. */
const WHOLE_FIGURE = /^[-(]?(?:Rp\.?\s?)?\d{1,3}(?:([.,])\d{3}(?:\1\d{3})*)?(?:[.,]\d{1,2})?\s?%?(?:,-|,00|-)?\)?$/;

/** A row whose cells are mostly single words: a justified line of prose read as cells, not a table row. */
function proseRow(cells: string[], figureCols: Set<number>): boolean {
  const text = cells.filter((c, k) => k > 0 && c !== '' && !figureCols.has(k));
  return text.length >= 3 && text.filter((c) => !/\s/.test(c)).length * 2 >= text.length;
}


/**
 * A budget table's lines grouped into rows and cells. Rows of a budget table are often padded no
 * more than a wrapped label's lines, so a row is also closed where a second whole figure falls in a
 * column it already fills; figures set flush right form one column; header words go to the column
 * of figures below their middle; wrapped label lines join their row.
 */
export function budgetTableRows<L extends TableLine>(group: L[], lineGap: number, vocabulary: Set<string>, h: RowHelpers<L>): { cells: string[]; lines: L[] }[] {
  // Figures set flush right in their cells start where their widths put them: a column of them
  // is one column, found by their common right edge, and starts where its widest figure starts.
  const edges: { x: number; x1: number }[] = [];
  for (const l of group) for (const s of l.segs) if (FIGURE_LIKE.test(s.text)) edges.push({ x: s.x, x1: s.x1 });
  const flushRight = (sg: TableRun): number => {
    if (!FIGURE_LIKE.test(sg.text)) return sg.x;
    const same = edges.filter((e) => Math.abs(e.x1 - sg.x1) < 2);
    if (same.length < 3) return sg.x;
    const xs = same.map((e) => e.x);
    return Math.max(...xs) - Math.min(...xs) > 4 ? Math.min(...xs) : sg.x;
  };
  // The header: the lines above the first line of figures. Its words are centred over their
  // columns, so a header word goes to the column of figures below its middle.
  // (or above the first line that a row's number starts, `A | Belanja Operasi`: a group's label row has no figures)
  const left = Math.min(...group.map((l) => l.segs[0]?.x ?? Infinity));
  const marked = (l: L) => l.segs.length >= 2 && Math.abs(l.segs[0]!.x - left) < 4 && ROW_MARK.test(l.segs[0]!.text.trim());
  const figured = group.findIndex((l) => l.segs.filter((sg) => FIGURE_LIKE.test(sg.text)).length >= 2);
  const firstMarked = group.findIndex(marked);
  const firstBody = firstMarked > 0 && (figured < 0 || firstMarked < figured) ? firstMarked : figured;
  const headerLines = new Set(firstBody > 0 && firstBody <= 6 ? group.slice(0, firstBody) : []);
  const bodyStarts: number[] = [];
  for (const l of group) if (!headerLines.has(l)) for (const sg of l.segs) {
    const x = flushRight(sg);
    if (!bodyStarts.some((v) => Math.abs(v - x) < 4)) bodyStarts.push(x);
  }
  bodyStarts.sort((a, b) => a - b);
  const bodyCol = (x: number) => {
    let c = 0;
    for (let k = 0; k < bodyStarts.length; k++) if (bodyStarts[k]! <= x + 4) c = k;
    return c;
  };
  const extent = bodyStarts.map(() => ({ x0: Infinity, x1: -Infinity, figures: 0, all: 0 }));
  for (const l of group) if (!headerLines.has(l)) for (const sg of l.segs) {
    const e = extent[bodyCol(flushRight(sg))]!;
    e.x0 = Math.min(e.x0, sg.x);
    e.x1 = Math.max(e.x1, sg.x1);
    e.all++;
    if (FIGURE_LIKE.test(sg.text)) e.figures++;
  }
  /** Where a segment starts as far as columns go (a header word over a column of figures: where the column starts). */
  const anchor = (sg: TableRun, header: boolean): number => {
    if (!header) return flushRight(sg);
    const mid = (sg.x + sg.x1) / 2;
    const k = extent.findIndex((e) => e.x0 - 2 <= mid && mid <= e.x1 + 2);
    return k > 0 && extent[k]!.figures * 2 > extent[k]!.all ? bodyStarts[k]! : sg.x;
  };
  const starts: number[] = [...bodyStarts];
  for (const l of headerLines) for (const sg of l.segs) {
    const x = anchor(sg, true);
    if (!starts.some((v) => Math.abs(v - x) < 4)) starts.push(x);
  }
  starts.sort((a, b) => a - b);
  const colOf = (x: number) => {
    let c = 0;
    for (let k = 0; k < starts.length; k++) if (starts[k]! <= x + 4) c = k;
    return c;
  };
  // A header cell's text can run so close to the next cell's that the two merged into one piece
  // (`REALISA` and `%`): a piece is cut again where one of its runs starts a column.
  const cellsOf = new Map<L, TableRun[]>();
  for (const l of group) {
    const pieces: TableRun[] = [];
    for (const seg of l.segs) {
      const inner = l.runs.filter((r) => r.x >= seg.x - 0.5 && r.x1 <= seg.x1 + 0.5);
      const cuts = inner.filter((r, k) => k > 0 && starts.some((x) => Math.abs(x - r.x) < 1.5 && x > seg.x + 4));
      if (!cuts.length || inner.length < 2) {
        pieces.push(seg);
        continue;
      }
      let part: TableRun[] = [];
      const flush = () => {
        if (!part.length) return;
        const text = h.tidySegment(part.map((r) => r.text).join(' '));
        pieces.push({ ...part[0]!, text, x1: part[part.length - 1]!.x1 });
        part = [];
      };
      for (const r of inner) {
        if (cuts.includes(r)) flush();
        part.push(r);
      }
      flush();
    }
    cellsOf.set(l, pieces);
  }
  const rows: { cells: string[]; lines: L[] }[] = [];
  let cur: string[] | null = null;
  // Lines of one cell are closer than rows (a cell's padding); when all gaps are equal, every line is a row.
  // (measured below the header, whose lines can be set closer than any row's)
  const gapsOf = (ls: L[]) => ls.slice(1).map((l, k) => ls[k]!.y - l.y).filter((g) => g > 0);
  const bodyGaps = headerLines.size ? gapsOf(group.slice(headerLines.size)) : [];
  const headGaps = headerLines.size ? gapsOf(group.slice(0, headerLines.size)) : [];
  const halfLines = bodyGaps.length > 0 && headGaps.length > 0 && Math.min(...headGaps) < Math.min(...bodyGaps) * 0.7;
  const gaps = halfLines ? bodyGaps : gapsOf(group);
  const wrap = gaps.length ? Math.min(...gaps) : lineGap;
  // A contents list laid out in columns is one entry per line, however close its lines are.
  const uniform = gaps.every((g) => g <= wrap * 1.12) || h.isContentsLayout(group);
  // How far right each column's text reaches: a word longer than its cell is broken by Word at
  // the cell's edge with no hyphen (`Meningkatny` / `a`, `11.121.737.0` / `00]`).
  const right = new Array<number>(starts.length).fill(-Infinity);
  for (const l of group) for (const sg of cellsOf.get(l)!) right[colOf(anchor(sg, headerLines.has(l)))] = Math.max(right[colOf(anchor(sg, headerLines.has(l)))]!, sg.x1);
  let prev: L | null = null;
  let last: (TableRun | undefined)[] = [];
  /** Columns of the current row that hold a whole figure, and whether it holds one at all. */
  let figureCols = new Set<number>();
  for (const l of group) {
    const gap = prev ? prev.y - l.y : Infinity;
    const cells = cellsOf.get(l)!;
    const lineFigures = cells.filter((sg) => WHOLE_FIGURE.test(sg.text)).map((sg) => colOf(anchor(sg, headerLines.has(l))));
    // A cell holds one figure: a second whole figure below it in the same column is the next row,
    // however close the lines (rows whose padding is no larger than a wrapped cell's line gap).
    const collides = cells.some((sg) => {
      const c = colOf(anchor(sg, headerLines.has(l)));
      // (not the rest of a number broken at the cell's edge: `1.096.156.9` / `00`, `89.921.10` / `0`)
      return WHOLE_FIGURE.test(sg.text) && !/^0\d*$|^0\d/.test(sg.text) && figureCols.has(c) && last[c] !== undefined && CLOSED_FIGURE.test(last[c]!.text);
    });
    // Lines at equal distances are rows, except a line of text alone in columns the row above
    // already fills, with nothing in the first column that row fills: the rest of a wrapped cell.
    const wrapped =
      uniform && cur !== null && prev !== null && gap <= wrap * 1.12 && [...figureCols].some((c) => c > 0) && lineFigures.length === 0 && cur[0] !== '' &&
      !proseRow(cur, figureCols) &&
      cells.every((sg) => {
        const c = colOf(anchor(sg, headerLines.has(l)));
        return c > 0 && cur![c] !== '' && !figureCols.has(c) && last[c] !== undefined && Math.abs(last[c]!.x - sg.x) < 2;
      });
    // A row's number in the first column starts a row, however close below the row above.
    // (a row with a number of its own and figures already is not cut: its number can sit on its second line)
    const numbered = marked(l) && cur !== null && cur.some((c) => c !== '') && (cur[0] === '' || figureCols.size === 0);
    // The header ends where the body begins.
    const bodyStart = headerLines.size > 0 && l === group[headerLines.size];
    if (!cur || (uniform && !wrapped) || gap > wrap * 1.12 || collides || numbered || bodyStart) {
      figureCols = new Set();
      cur = new Array(starts.length).fill('');
      rows.push({ cells: cur, lines: [] });
      last = [];
    }
    rows[rows.length - 1]!.lines.push(l);
    for (const sg of cellsOf.get(l)!) {
      const c = colOf(anchor(sg, headerLines.has(l)));
      const before = last[c];
      // The cell's right edge: as far as the column's text reaches, and never into the next column.
      const edge = Math.min(right[c]!, starts[c + 1] ?? Infinity);
      const filled = before ? (before.x1 - starts[c]!) / (edge - starts[c]!) : 0;
      const broken = before !== undefined && h.brokenAtEdge(before.text, sg.text, filled, vocabulary);
      cur[c] = cur[c] ? `${cur[c]}${broken ? '' : ' '}${sg.text}` : sg.text;
      last[c] = sg;
    }
    for (const c of lineFigures) figureCols.add(c);
    prev = l;
  }
  return rows.map(({ cells, lines }) => {
    let end = cells.length;
    while (end > 1 && cells[end - 1] === '') end--;
    return { cells: cells.slice(0, end), lines };
  });
}

