/**
 * Ruling lines of a PDF page, and the table grids they draw. Word, LibreOffice and Nitro draw a
 * table's borders as thin filled rectangles (one per cell side) or as stroked lines and
 * rectangles; pdf.js gives them in the page's operator list as `constructPath` operations, in the
 * coordinates of the graphics state (`cm`, forms). A horizontal rule separates rows, a vertical one
 * columns; where no rule crosses a column between two rows, the cell spans both (a merged cell).
 */

/** A horizontal (`y`, from `a` to `b` in x) or vertical (`x`, from `a` to `b` in y) rule. */
export interface Rule {
  at: number;
  a: number;
  b: number;
}

export interface Grid {
  /** Column edges, left to right. */
  xs: number[];
  /** Row edges, top to bottom (PDF y, so descending). */
  ys: number[];
  /** h[k][c]: a rule at ys[k] crosses column c. */
  h: boolean[][];
  /** v[r][k]: a rule at xs[k] runs along band r. */
  v: boolean[][];
}

/** pdf.js operator codes this reader needs (`pdfjs.OPS`). */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type M = [number, number, number, number, number, number];
const mul = (m: M, n: M): M => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** A rule is at most this thick (points) and at least this long. */
const THIN = 2.5;
const LONG = 4;

/** The page's horizontal and vertical rules, pieces along one line joined. */
export function pageRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: Ops): { h: Rule[]; v: Rule[] } {
  const h: Rule[] = [];
  const v: Rule[] = [];
  const stack: M[] = [];
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const box = (x0: number, y0: number, x1: number, y1: number, stroked: boolean, filled: boolean) => {
    const w = x1 - x0;
    const ht = y1 - y0;
    if (filled && ht <= THIN && w >= LONG) h.push({ at: (y0 + y1) / 2, a: x0, b: x1 });
    else if (filled && w <= THIN && ht >= LONG) v.push({ at: (x0 + x1) / 2, a: y0, b: y1 });
    else if (stroked && w >= LONG && ht >= LONG) {
      h.push({ at: y0, a: x0, b: x1 }, { at: y1, a: x0, b: x1 });
      v.push({ at: x0, a: y0, b: y1 }, { at: x1, a: y0, b: y1 });
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = mul(argsArray[i] as M, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = (argsArray[i] as unknown[])[0] as M | null;
      if (m && m.length === 6) ctm = mul([...m] as M, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const args = argsArray[i] as [number, ArrayLike<number>[] | ArrayLike<number>, unknown];
      const paint = args[0];
      const stroked = strokes.has(paint);
      const filled = fills.has(paint);
      if (!stroked && !filled) continue; // a clipping path
      const raw = args[1];
      const data = (Array.isArray(raw) ? raw[0] : raw) as ArrayLike<number> | undefined;
      if (!data) continue;
      // Axis-aligned only: a rotated matrix draws no table this reader could use.
      if (Math.abs(ctm[1]) > 1e-6 || Math.abs(ctm[2]) > 1e-6) continue;
      const tx = (x: number) => ctm[0] * x + ctm[4];
      const ty = (y: number) => ctm[3] * y + ctm[5];
      let pts: [number, number][] = [];
      let curved = false;
      const flush = () => {
        if (pts.length >= 2 && !curved) {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const x0 = Math.min(...xs);
          const x1 = Math.max(...xs);
          const y0 = Math.min(...ys);
          const y1 = Math.max(...ys);
          // A rectangle (its corners only), or a polyline of axis-aligned segments.
          const corners = pts.every((p) => (Math.abs(p[0] - x0) < 0.01 || Math.abs(p[0] - x1) < 0.01) && (Math.abs(p[1] - y0) < 0.01 || Math.abs(p[1] - y1) < 0.01));
          if (corners && pts.length >= 4) box(x0, y0, x1, y1, stroked, filled);
          else if (stroked) {
            for (let k = 1; k < pts.length; k++) {
              const [ax, ay] = pts[k - 1]!;
              const [bx, by] = pts[k]!;
              if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= LONG) h.push({ at: (ay + by) / 2, a: Math.min(ax, bx), b: Math.max(ax, bx) });
              else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= LONG) v.push({ at: (ax + bx) / 2, a: Math.min(ay, by), b: Math.max(ay, by) });
            }
          } else if (pts.length === 2 || corners) box(x0, y0, x1, y1, false, filled);
        }
        pts = [];
        curved = false;
      };
      for (let k = 0; k < data.length; ) {
        const op = data[k]!;
        if (op === 0) {
          flush();
          pts.push([tx(data[k + 1]!), ty(data[k + 2]!)]);
          k += 3;
        } else if (op === 1) {
          pts.push([tx(data[k + 1]!), ty(data[k + 2]!)]);
          k += 3;
        } else if (op === 2) {
          curved = true;
          k += 7;
        } else if (op === 3) {
          curved = true;
          k += 5;
        } else {
          flush();
          k += 1;
        }
      }
      flush();
    }
  }
  return { h: join(h), v: join(v) };
}

/** Pieces of one rule (Word draws each cell's side apart, with a square at each corner) joined. */
function join(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Rule[] = [];
  for (const r of sorted) {
    let o: Rule | undefined;
    for (let k = out.length - 1; k >= 0 && r.at - out[k]!.at <= 1.5; k--) if (r.a <= out[k]!.b + 2.5 && r.b >= out[k]!.a - 2.5) o = out[k];
    if (o) {
      o.a = Math.min(o.a, r.a);
      o.b = Math.max(o.b, r.b);
    } else out.push({ ...r });
  }
  return out;
}

/** Values within `tol` of each other as one (their mean), sorted ascending. */
function clusters(values: number[], tol: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x - last[last.length - 1]! <= tol) last.push(x);
    else out.push([x]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/**
 * The grids the rules draw: rules that cross one another, as one table, when they make at
 * least two columns and one row. A frame around a paragraph (one cell) is not a table.
 */
export function ruledGrids(rules: { h: Rule[]; v: Rule[] }): Grid[] {
  const { h, v } = rules;
  const E = 2.5;
  const crosses = (hr: Rule, vr: Rule) => vr.at >= hr.a - E && vr.at <= hr.b + E && hr.at >= vr.a - E && hr.at <= vr.b + E;
  // Connected rules (union-find over h then v indices).
  const parent = [...h, ...v].map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  for (let i = 0; i < h.length; i++) for (let j = 0; j < v.length; j++) if (crosses(h[i]!, v[j]!)) parent[find(i)] = find(h.length + j);
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  for (let k = 0; k < parent.length; k++) {
    const g = groups.get(find(k)) ?? { h: [], v: [] };
    if (k < h.length) g.h.push(h[k]!);
    else g.v.push(v[k - h.length]!);
    groups.set(find(k), g);
  }
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 3) continue;
    const xs = clusters(g.v.map((r) => r.at), 2);
    const ys = clusters(g.h.map((r) => r.at), 2).reverse();
    if (xs.length < 3 || ys.length < 2) continue;
    const hm = ys.map((y) => xs.slice(1).map((x1, c) => {
      const mid = (xs[c]! + x1) / 2;
      return g.h.some((r) => Math.abs(r.at - y) <= 2 && r.a <= mid && r.b >= mid);
    }));
    const vm = ys.slice(1).map((y1, r) => {
      const mid = (ys[r]! + y1) / 2;
      return xs.map((x) => g.v.some((q) => Math.abs(q.at - x) <= 2 && q.a <= mid && q.b >= mid));
    });
    grids.push({ xs, ys, h: hm, v: vm });
  }
  return grids;
}

/** Narrower than this (points), a space between two rules that holds no text is a gap, not a column. */
const GAP = 10;

/**
 * Which of a grid's columns are columns: not the narrow space between the two rules of a double
 * border (or a decorative gap) when no row puts text in it. A header cell's text goes to the
 * column its left edge stands in (cells are placed by position, not counted), so dropping the
 * gaps keeps header and data cells over the same columns.
 */
export function realColumns(g: Grid, rows: string[][]): boolean[] {
  const nc = g.xs.length - 1;
  return Array.from({ length: nc }, (_, c) => g.xs[c + 1]! - g.xs[c]! >= GAP || rows.some((r) => (r[c] ?? '').trim() !== ''));
}
