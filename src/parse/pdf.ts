/**
 * PDF reports: pdf.js gives positioned text runs, nothing else. We rebuild the page as the text
 * export would have it (paragraph lines, tab-separated table rows, formulas on one line) and read
 * that with the text parser, so every rule sees the same Document; locations are mapped back to
 * the page and the line within the page.
 *
 * - Lines: runs clustered by baseline; a wide gap between runs is a column break.
 * - Formulas: LibreOffice/Word lay a fraction out as numerator above and denominator below the
 *   `x =` line: they are put back together as `x = (num) / (den) × 100%`.
 * - Tables: consecutive lines with column breaks (and the wrapped lines between them); rows are
 *   told apart by the larger gap a cell's padding leaves; a header repeated after a page break is
 *   dropped.
 * - Running headers, footers and page numbers: lines at the top or bottom of many pages.
 * - Pages without a text layer (scans) are named in a notice; a PDF with no text at all is refused.
 */
import type { LKjIPDocument, SourceLocation } from '../model.js';
import { InputError } from './errors.js';
import { both } from '../messages.js';
import type { Text } from '../rule.js';
import { parseText } from './text.js';
import { MARKER_SOURCE } from '../text/markers.js';
import { notBefore, readPageLabel, type PageLabel } from '../text/page-labels.js';
import { toLatex } from '../formula.js';
import { reportWork } from '../work-progress.js';
import { MAX_IMAGE_PIXELS, scanPdfStreams } from './pdf-streams.js';
import { budgetTableRows, isBudgetTable } from './pdf-budget-rows.js';
import { pageRules, realColumns, ruledGrids, type Grid } from './pdf-rules.js';

/** Pixels an image may have for pdf.js to decode it (an A4 page at 850 dpi). */
export { MAX_IMAGE_PIXELS };

export interface PdfOptions {
  password?: string;
  /** Read at most this many pages (default 2000). */
  maxPages?: number;
  /** OCR: pages without a text layer (`auto`, the default), every page (`always`), or none (`never`). */
  ocr?: 'auto' | 'always' | 'never';
}

interface Run {
  text: string;
  x: number;
  x1: number;
  y: number;
  h: number;
}

interface Line {
  y: number;
  runs: Run[];
  /** Column segments: runs joined where the gap is small. */
  segs: Run[];
  page: number;
}

/** Where a rendered line sits on its page (PDF user space, y up), and the runs it came from. */
export interface LineBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  runs: { text: string; x0: number; x1: number }[];
}

export interface OutLine {
  text: string;
  page: number;
  line: number;
  box?: LineBox;
  /** The line goes on the list item above it (it starts where the item's text starts: a hanging indent). */
  continues?: boolean;
  /** The line was read by OCR from a scanned page. */
  ocr?: boolean;
  /** The last row of a ruled table (its bottom rule): the table ends here. */
  tableEnd?: boolean;
}

function boxOf(lines: Line[]): LineBox | undefined {
  const runs = lines.flatMap((l) => l.runs);
  if (!runs.length) return undefined;
  return {
    x0: Math.min(...runs.map((r) => r.x)),
    x1: Math.max(...runs.map((r) => r.x1)),
    y0: Math.min(...runs.map((r) => r.y - r.h * 0.25)),
    y1: Math.max(...runs.map((r) => r.y + r.h * 0.9)),
    runs: runs.map((r) => ({ text: r.text, x0: r.x, x1: r.x1 })),
  };
}

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export interface PdfLayout {
  /** The pages written as the text export would be, one entry per line, with page, line on the page and position. */
  lines: OutLine[];
  notices: Text[];
  /** Pages read by OCR. */
  ocrPages: number[];
}

/**
 * The layouts read from each report's bytes (per password and page cap): the PDF annotator asks
 * for the layout the parser has just read from the same bytes, and gets it without a second parse.
 */
const layouts = new WeakMap<Uint8Array, Map<string, Promise<PdfLayout>>>();

/** Read the PDF's text runs and lay them out as text lines (with positions). */
export function layoutPdf(bytes: Uint8Array, opts: PdfOptions = {}): Promise<PdfLayout> {
  const key = `${opts.password ?? ''}\u0000${opts.maxPages ?? ''}\u0000${opts.ocr ?? 'auto'}`;
  let forBytes = layouts.get(bytes);
  if (!forBytes) layouts.set(bytes, (forBytes = new Map()));
  let layout = forBytes.get(key);
  if (!layout) forBytes.set(key, (layout = readLayout(bytes, opts)));
  return layout;
}

async function readLayout(bytes: Uint8Array, opts: PdfOptions): Promise<PdfLayout> {
  // Every stream decoded once, counting what it decodes to, before pdf.js holds any (a flate bomb).
  await scanPdfStreams(bytes, {}, opts.password);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      // An image rendered for OCR of more pixels than this is left out (an A4 page at 300 dpi is 8.7 million).
      maxImageSize: MAX_IMAGE_PIXELS,
      verbosity: 0,
      ...(opts.password !== undefined ? { password: opts.password } : {}),
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      throw new InputError(opts.password === undefined ? 'input.pdfPassword' : 'input.pdfWrongPassword');
    }
    throw new InputError('input.pdfDamaged', { reason: (e as Error).message.split('\n')[0] ?? '' });
  }
  const maxPages = opts.maxPages ?? 2000;
  const notices: Text[] = [];
  const count = Math.min(doc.numPages, maxPages);
  if (doc.numPages > maxPages) notices.push(both('notice.pageCap', { max: maxPages, count: doc.numPages }));
  const pages: Line[][] = [];
  const grids: Grid[][] = [];
  const heights: number[] = [];
  let empty: number[] = [];
  // A scanned page goes to Tesseract as soon as it is found: Tesseract (another process) reads it
  // while pdf.js goes on with the text pages, instead of after all of them.
  let ocr: OcrQueue | null | undefined = opts.ocr === 'never' ? null : undefined;
  const queueOcr = async (p: number) => {
    if (ocr === undefined) ocr = (await import('./ocr.js')).ocrAvailable() ? null : await ocrQueue(doc, opts.ocr === 'always' ? count : undefined);
    if (ocr) await ocr.add(p);
  };
  for (let p = 1; p <= count; p++) {
    let lines: Line[] = [];
    try {
      const page = await doc.getPage(p);
      heights.push(page.getViewport({ scale: 1 }).height);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const x = it.transform[4] as number;
        const y = it.transform[5] as number;
        runs.push({ text: it.str, x, x1: x + (it.width as number), y, h: Math.abs(it.height as number) || Math.abs(it.transform[3] as number) || 10 });
      }
      if (opts.ocr !== 'always') lines = toLines(runs, p);
      // Ruling lines only where the text may hold a table (two lines with column breaks): the
      // operator list costs about as much again as the text.
      if (lines.filter((l) => l.segs.length >= 2).length >= 2) {
        const ops = await page.getOperatorList();
        grids[p - 1] = ruledGrids(pageRules(ops.fnArray, ops.argsArray, pdfjs.OPS));
      }
      page.cleanup();
    } catch {
      notices.push(both('notice.pageSkipped', { page: p }));
    }
    if (lines.length === 0) {
      empty.push(p);
      await queueOcr(p);
    }
    pages.push(lines);
  }
  const ocrPages: number[] = [];
  if (empty.length && opts.ocr !== 'never') {
    const missing = (await import('./ocr.js')).ocrAvailable();
    const queue = ocr as OcrQueue | null | undefined; // set inside queueOcr
    if (missing || !queue) {
      const why = missing ?? both('ocr.noStart');
      if (empty.length === count) throw new InputError('input.scanned', { why });
      notices.push(why);
    } else {
      const read = await queue.done();
      for (const [p, runs] of read) {
        pages[p - 1] = toLines(runs, p);
        if (pages[p - 1]!.length) ocrPages.push(p);
      }
      ocrPages.sort((a, b) => a - b);
      empty = empty.filter((p) => !ocrPages.includes(p));
      if (ocrPages.length) notices.push(both(ocrPages.length > 1 ? 'notice.ocrRead' : 'notice.ocrReadOne', { pages: ranges(ocrPages) }));
    }
  }
  await doc.destroy();
  if (empty.length === count) throw new InputError('input.scannedNoOcrText');
  if (empty.length) notices.push(both(opts.ocr === 'never' ? (empty.length > 1 ? 'notice.noTextNever' : 'notice.noTextNeverOne') : empty.length > 1 ? 'notice.noText' : 'notice.noTextOne', { pages: ranges(empty) }));
  dropRunningLines(pages, heights);
  // The report's own words, to tell a word Word broke at a cell's edge from two words.
  const vocabulary = new Set<string>();
  for (const lines of pages) for (const l of lines) for (const r of l.runs) for (const w of r.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) vocabulary.add(w);
  const out: OutLine[] = [];
  let lastHeader: string | null = null;
  pages.forEach((lines, k) => {
    const rendered = renderPage(lines, k + 1, lastHeader, vocabulary, grids[k] ?? []);
    lastHeader = rendered.header ?? lastHeader;
    const scanned = ocrPages.includes(k + 1);
    for (const l of rendered.lines) out.push(scanned ? { ...l, ocr: true } : l);
    out.push({ text: '', page: k + 1, line: 0 });
  });
  const ordered = continueTablesOverPages(out);
  joinRowsSplitByPages(ordered);
  return { lines: ordered, notices, ocrPages };
}

interface OcrQueue {
  /** Render page `p` and hand it to Tesseract (waits only while as many pages as cores are being read). */
  add(p: number): Promise<void>;
  /** The runs of every page added, once Tesseract has read them all. */
  done(): Promise<Map<number, Run[]>>;
}

/**
 * Scanned pages rendered one after another (pdf.js is single-threaded) while Tesseract reads the
 * pages already rendered, as many side by side as there are cores. Progress counts the pages
 * read out of those found so far (`total` when known: every page under `--ocr always`).
 */
async function ocrQueue(doc: { getPage(n: number): Promise<unknown>; canvasFactory?: unknown }, total?: number): Promise<OcrQueue> {
  const { renderPage, recognise } = await import('./ocr.js');
  const { availableParallelism } = await import('node:os');
  const factory = doc.canvasFactory as Parameters<typeof renderPage>[1];
  const out = new Map<number, Run[]>();
  const running = new Set<Promise<void>>();
  const width = Math.max(1, availableParallelism());
  let done = 0;
  let added = 0;
  const report = () => reportWork({ ocrPagesDone: ++done, ocrPagesTotal: Math.max(total ?? 0, added) });
  return {
    async add(p) {
      added++;
      let rendered: Awaited<ReturnType<typeof renderPage>>;
      try {
        const page = (await doc.getPage(p)) as Parameters<typeof renderPage>[0] & { cleanup(): void };
        rendered = await renderPage(page, factory);
        page.cleanup();
      } catch {
        report();
        return;
      }
      const job = recognise(rendered.png, rendered.height)
        .then((runs) => void out.set(p, runs), () => undefined)
        .finally(() => {
          running.delete(job);
          report();
        });
      running.add(job);
      if (running.size >= width) await Promise.race(running);
    },
    async done() {
      await Promise.all(running);
      return out;
    },
  };
}

const FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/;

/**
 * A table that goes on over a page break is read as one table (its totals then see all their
 * rows), although the PDF prints between its two parts the page's footnotes and, when a row was
 * split, the rest of that row's first cell (`kewilayahan` / `yang ditangani`). The footnotes are
 * moved after the table, the rest of the cell goes back into its row. Lines keep their page and
 * line numbers.
 */
function continueTablesOverPages(out: OutLine[]): OutLine[] {
  const result = [...out];
  // A running header or footer the page zones missed: the same words (any page number) on three pages or more.
  const norm = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const pagesOf = new Map<string, Set<number>>();
  for (const l of out) if (l.text.trim()) pagesOf.set(norm(l.text), (pagesOf.get(norm(l.text)) ?? new Set()).add(l.page));
  const running = (l: OutLine) => (pagesOf.get(norm(l.text))?.size ?? 0) >= 3;
  for (let i = 0; i < result.length; i++) {
    const row = result[i]!;
    if (!row.text.includes('\t') || row.line === 0) continue;
    // The next table row, which must be on the next page.
    let j = i + 1;
    while (j < result.length && (!result[j]!.text.includes('\t') || running(result[j]!))) j++;
    const next = result[j];
    if (!next || next.page !== row.page + 1 || next.text.split('\t').length !== row.text.split('\t').length) continue;
    const between = result.slice(i + 1, j);
    const here = between.filter((l) => l.page === row.page && l.text.trim() !== '' && !running(l));
    const there = between.filter((l) => l.page === next.page && l.text.trim() !== '' && !running(l));
    // On this page, nothing after the row but footnotes; on the next, at most the rest of a cell.
    if (here.length && !FOOTNOTE.test(here[0]!.text)) continue;
    if (there.length > 3 || there.some((l) => !/^\p{Ll}/u.test(l.text.trim()) || l.text.length > 60)) continue;
    delete row.tableEnd; // the table goes on
    const runningOnly = between.some((l) => l.text.trim() !== '' && running(l));
    if (!here.length && !there.length && !runningOnly) continue;
    if (there.length) {
      const cells = row.text.split('\t');
      cells[0] = `${cells[0]!.trimEnd()} ${there.map((l) => l.text.trim()).join(' ')}`;
      row.text = cells.join('\t');
    }
    // The continued table: consecutive rows on the next page.
    let e = j;
    while (e < result.length && result[e]!.page === next.page && result[e]!.text.includes('\t')) e++;
    const continuation = result.slice(j, e);
    result.splice(i + 1, e - (i + 1), ...continuation, ...(here.length ? [{ text: '', page: row.page, line: 0 }, ...here, { text: '', page: row.page, line: 0 }] : [{ text: '', page: next.page, line: 0 }]));
    i += continuation.length - 1;
  }
  return result;
}

/**
 * A table row that Word split over a page break: the next page starts with the rest of its cells
 * (`[Rp` … `11.121.737.000]`). Rejoined when the first cell is empty, every piece continues a cell
 * of the row above, and at least one closes a bracket that cell left open.
 */
function joinRowsSplitByPages(out: OutLine[]): void {
  const open = (t: string) => (t.match(/\[/g)?.length ?? 0) > (t.match(/\]/g)?.length ?? 0) || (t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0);
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (!a.text.includes('\t')) continue;
    // The next non-empty line, on the next page.
    let j = i + 1;
    while (j < out.length && out[j]!.text === '') j++;
    const b = out[j];
    if (!b || b.page !== a.page + 1 || !b.text.includes('\t')) continue;
    if (out.slice(i + 1, j).some((l) => l.page === a.page + 1 && l.line > 0)) continue;
    const top = a.text.split('\t');
    const rest = b.text.split('\t');
    if (rest[0]!.trim() !== '' || rest.length > top.length) continue;
    const filled = rest.map((c, k) => [c.trim(), k] as const).filter(([c]) => c !== '');
    if (!filled.length || filled.some(([, k]) => !top[k]?.trim())) continue;
    // The rest of a cell: a bracket left open, or words alone (no figure) under a numbered row whose figures stand beside them.
    const wordsOnly = !!top[0]?.trim() && filled.every(([c]) => !/\d/.test(c)) && top.some((c, k) => k > 0 && /\d/.test(c) && !rest[k]?.trim());
    if (!wordsOnly && !filled.some(([, k]) => open(top[k]!))) continue;
    for (const [c, k] of filled) top[k] = `${top[k]!.trimEnd()} ${c}`;
    a.text = top.join('\t');
    b.text = '';
    if (a.box && b.box) a.box = { ...a.box, runs: [...a.box.runs, ...b.box.runs] };
  }
}

export async function parsePdf(path: string, bytes: Uint8Array, opts: PdfOptions = {}): Promise<LKjIPDocument> {
  const { lines: out, notices } = await layoutPdf(bytes, opts);
  const text = out.map((l) => l.text).join('\n');
  if (process.env.LKJIP_DEBUG_PDF_TEXT) (await import('node:fs')).writeFileSync(process.env.LKJIP_DEBUG_PDF_TEXT, text);
  const parsed = parseText(path, text, 'txt', { continues: (k) => out[k]?.continues === true, tableEnds: (k) => out[k]?.tableEnd === true });
  const map = (s: SourceLocation): SourceLocation => {
    const a = s.line !== undefined ? out[s.line - 1] : undefined;
    const b = s.endLine !== undefined ? out[s.endLine - 1] : undefined;
    if (!a) return { ...(s.page !== undefined ? { page: s.page } : {}) };
    return { page: a.page, line: a.line, ...(b && b.page === a.page && b.line !== a.line ? { endLine: b.line } : {}), ...(a.ocr ? { ocr: true } : {}) };
  };
  const blocks = parsed.blocks.map((b) => {
    const out = { ...b, source: map(b.source), ...(b.rows ? { rows: b.rows.map((r) => ({ ...r, source: map(r.source) })) } : {}) };
    // Formulas rebuilt from the layout are shown in LaTeX, as Word equations and text exports are.
    const f = b.formula;
    if (f && f.steps.length && f.steps.every((st) => st !== null)) {
      const latex = `${f.variable ? `${f.variable} = ` : ''}${f.steps.map((st) => toLatex(st!)).join(' = ')}`;
      out.formula = { ...f, written: latex };
      out.text = latex;
    }
    return out;
  });
  return { path, format: 'pdf', blocks, notices };
}

function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(i === j ? String(ns[i]) : `${ns[i]}-${ns[j]}`);
    i = j;
  }
  return out.join(', ');
}

/** A segment's text: one space between words, and equation fonts' `39 , 68` put back together. */
function tidySegment(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(\d) ([.,]) ?(?=\d)/g, '$1$2').trim();
}

/** Runs to lines (by baseline) and lines to column segments (by horizontal gaps). */
function toLines(runs: Run[], page: number): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) <= Math.max(2, r.h * 0.2)) last.runs.push(r);
    else lines.push({ y: r.y, runs: [r], segs: [], page });
  }
  for (const l of lines) {
    l.runs.sort((a, b) => a.x - b.x);
    const charW = median(l.runs.map((r) => (r.x1 - r.x) / Math.max(1, r.text.length))) || 5;
    for (const r of l.runs) {
      const seg = l.segs[l.segs.length - 1];
      const gap = seg ? r.x - seg.x1 : Infinity;
      if (seg && gap < Math.max(1.4 * charW, 7)) {
        seg.text += gap > charW * 0.25 && !/\s$/.test(seg.text) && !/^\s/.test(r.text) ? ' ' + r.text : r.text;
        seg.x1 = Math.max(seg.x1, r.x1);
      } else l.segs.push({ ...r });
    }
    // Equation fonts set `39 , 68 %` as separate runs: put the number back together.
    for (const s of l.segs) s.text = tidySegment(s.text);
    // A list marker set off by its indentation (`1.      Indikator 1 : ...`) is not a table cell.
    if (l.segs.length === 2 && /^(\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.,)]$|^[-•●▪]$/.test(l.segs[0]!.text)) {
      const [m, t] = l.segs as [Run, Run];
      l.segs = [{ ...m, text: `${m.text} ${t.text}`, x1: t.x1 }];
    }
    // (a list marker set off before a justified line, `2.` or `1)`, is not one of its gaps)
    const marked = l.segs.length >= 4 && /^(\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]$/.test(l.segs[0]!.text);
    if (isJustifiedProse(l.segs, charW) || (marked && isJustifiedProse(l.segs.slice(1), charW))) l.segs = [{ ...l.segs[0]!, text: l.segs.map((s) => s.text).join(' '), x1: l.segs[l.segs.length - 1]!.x1 }];
  }
  return lines;
}

/**
 * A justified line of prose: Word stretches every space of the line alike, so the words stand
 * apart like cells, at equal gaps. Its words are prose (`tentang`, `dan`, `pengendalian`), not
 * figures; a table row has cells of numbers or short labels at column gaps that differ.
 */
function isJustifiedProse(segs: Run[], charW: number): boolean {
  if (segs.length < 3) return false;
  const gaps = segs.slice(1).map((s, k) => s.x - segs[k]!.x1);
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  if (mean > charW * 8 || Math.max(...gaps) - Math.min(...gaps) > Math.max(1.5, mean * 0.2)) return false;
  const words = segs.flatMap((s) => s.text.split(/\s+/)).filter(Boolean);
  const prose = words.filter((w) => /^[a-z][a-z-]+[,.;:]?$/.test(w)).length;
  const figures = words.filter((w) => /\d/.test(w) && !/^\d{1,3}[.)]$/.test(w)).length;
  return words.join(' ').length >= 30 && prose >= 2 && prose >= words.length * 0.3 && figures <= words.length * 0.25;
}

/** Running headers / footers: lines near the top or bottom that repeat on many pages, and page numbers. */
function dropRunningLines(pages: Line[][], heights: number[]) {
  const key = (l: Line) => l.segs.map((s) => s.text).join(' ').replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  pages.forEach((lines, k) => {
    const h = heights[k] ?? 792;
    const seen = new Set<string>();
    for (const l of lines) if (l.y > h * 0.9 || l.y < h * 0.08) seen.add(key(l));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const many = Math.max(3, pages.length * 0.4);
  pages.forEach((lines, k) => {
    const h = heights[k] ?? 792;
    pages[k] = lines.filter((l) => {
      if (!(l.y > h * 0.9 || l.y < h * 0.08)) return true;
      const text = l.segs.map((s) => s.text).join(' ').trim();
      if (/^(-\s*)?\d{1,4}(\s*-)?$|^(halaman|hal\.?|page)\s*\d+(\s*(dari|of)\s*\d+)?$|^[ivxlc]{1,6}$/i.test(text)) return false;
      return (counts.get(key(l)) ?? 0) < many;
    });
  });
}

const VAR_EQ = /^\s*([A-Za-z%]|%\s*\S.*)?\s*=\s*$/;

function renderPage(lines: Line[], page: number, lastHeader: string | null, vocabulary: Set<string>, grids: Grid[] = []): { lines: OutLine[]; header?: string } {
  const out: OutLine[] = [];
  // The lines inside a ruled table: its grid, not their positions, makes its rows and cells.
  const gridOf = new Map<number, number>();
  lines.forEach((l, k) => {
    const g = grids.findIndex((gr) => inGrid(gr, l));
    if (g >= 0) gridOf.set(k, g);
  });
  const gridDone = new Set<number>();
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1]!.y - lines[i]!.y);
  // The usual distance between two lines of one paragraph.
  const lineGap = median(gaps.filter((g) => g > 8 && g < 30)) || 14;
  const used = new Set<number>();
  // Formulas first: a fraction's numerator sits above its `x =` line and would be read before it.
  const formulas = new Map<number, string>();
  for (let k = 0; k < lines.length; k++) {
    if (used.has(k) || gridOf.has(k)) continue;
    const f = readFormula(lines, k, used);
    if (f) formulas.set(k, f.text);
  }
  let header: string | undefined;
  let lineNo = 0;
  const emit = (text: string, from: Line[] = []) => {
    const box = from.length ? boxOf(from) : undefined;
    out.push({ text, page, line: ++lineNo, ...(box ? { box } : {}) });
  };
  let prevY: number | null = null;
  /** The list item being written: where its text starts, and its last line. */
  let item: { textX: number; y: number; ruled: boolean } | null = null;
  let i = 0;
  let firstTableRow = true;
  while (i < lines.length) {
    if (used.has(i)) {
      i++;
      continue;
    }
    const l = lines[i]!;
    const g = gridOf.get(i);
    if (g !== undefined) {
      if (!gridDone.has(g)) {
        gridDone.add(g);
        const members = lines.filter((_, k) => gridOf.get(k) === g);
        if (prevY !== null && prevY - l.y > lineGap * 1.25) emit('');
        gridRows(grids[g]!, members, lineGap, vocabulary).forEach(({ cells, lines: rowLines }, r) => {
          const text = cells.join('\t');
          if (r === 0 && firstTableRow && lastHeader && text === lastHeader) return; // header repeated after a page break
          emit(cells.length === 1 ? text + '\t' : text, rowLines);
          if (r === 0) header = text;
          firstTableRow = false;
        });
        const lastRow = out[out.length - 1];
        if (lastRow?.text.includes('\t')) lastRow.tableEnd = true;
        emit('');
        prevY = null;
        item = null;
      }
      i++;
      continue;
    }
    // A formula: `x =` with a fraction laid out above and below it.
    const formula = formulas.get(i);
    if (formula !== undefined) {
      if (prevY !== null && prevY - l.y > lineGap * 1.25) emit('');
      // The fraction's numerator and denominator lines around the `x =` line.
      const parts = [lines[i - 1], l, lines[i + 1]].filter((x, k): x is Line => !!x && (k === 1 || (used.has(i - 1 + k) && Math.abs(x.y - l.y) < lineGap * 1.6)));
      emit(formula, parts);
      emit('');
      prevY = null;
      item = null;
      i++;
      continue;
    }
    // A header cell that wraps starts a line above the rest of its row (`Indikator` / `Kinerja Kegiatan`).
    const next = lines[i + 1];
    const headerWrap = l.segs.length === 1 && next && next.segs.length >= 2 && !isSpacedProse(next) && !formulas.has(i + 1) && !gridOf.has(i + 1) && l.y - next.y <= lineGap * 1.3 && l.segs[0]!.x > Math.min(...next.segs.map((sg) => sg.x)) + 20 && l.segs[0]!.x1 - l.segs[0]!.x < 200;
    if ((l.segs.length >= 2 && !isSpacedProse(l)) || headerWrap) {
      // A table: this line and the following lines that belong to the same column structure.
      const group: Line[] = [l];
      let j = i + 1;
      const cols = new Set((headerWrap ? next!.segs : l.segs).map((sg) => Math.round(sg.x)));
      while (j < lines.length) {
        const n = lines[j]!;
        if (formulas.has(j) || used.has(j) || gridOf.has(j)) break;
        const gap = group[group.length - 1]!.y - n.y;
        if (gap > lineGap * 2.2) break;
        const left = Math.min(...cols);
        if (n.segs.length >= 2) {
          if (isSpacedProse(n)) break;
        } else {
          // One piece of text: a wrapped cell (inside the columns, close below), or the prose after the table.
          const seg = n.segs[0]!;
          const atLeft = Math.abs(seg.x - left) < 4;
          const nextIsRow = (lines[j + 1]?.segs.length ?? 0) >= 2 && n.y - lines[j + 1]!.y <= lineGap * 1.4;
          if (gap > lineGap * 1.4) break;
          if (!atLeft && seg.x < left - 4) break;
          if (atLeft && seg.x1 - seg.x > 250 && !nextIsRow) break;
          if (atLeft && !nextIsRow && gap > lineGap * 1.15) break;
        }
        for (const sg of n.segs) cols.add(Math.round(sg.x));
        group.push(n);
        j++;
      }
      if (prevY !== null && prevY - l.y > lineGap * 1.25) emit('');
      // (a budget table, by its money columns and header words, has its own row reader)
      const rows = isBudgetTable(group) ? budgetTableRows(group, lineGap, vocabulary, BUDGET_ROW_HELPERS) : tableRows(group, lineGap, vocabulary);
      rows.forEach(({ cells, lines: rowLines }, r) => {
        const text = cells.join('\t');
        if (r === 0 && firstTableRow && lastHeader && text === lastHeader) return; // header repeated after a page break
        emit(cells.length === 1 ? text + '\t' : text, rowLines);
        if (r === 0) header = text; // the last table's header, in case it goes on over the page
        firstTableRow = false;
      });
      emit('');
      prevY = null;
      item = null;
      i = j;
      continue;
    }
    firstTableRow = false;
    // A bullet alone on its line, the item's text on the next line to its right (Word puts a
    // numbered paragraph inside a bulleted one that way): one item, as the text export writes it.
    const below = lines[i + 1];
    if (l.segs.length === 1 && BULLET_ONLY.test(l.segs[0]!.text) && below && !used.has(i + 1) && !formulas.has(i + 1) && below.segs.length === 1 && below.segs[0]!.x > l.segs[0]!.x1 && l.y - below.y <= lineGap * 1.35) {
      if (prevY !== null && prevY - l.y > lineGap * 1.3) emit('');
      emit(`- ${below.segs[0]!.text}`, [l, below]);
      const textX = itemTextX(below);
      item = textX !== null ? { textX, y: below.y, ruled: false } : null;
      prevY = below.y;
      i += 2;
      continue;
    }
    const gapAbove = prevY !== null ? prevY - l.y : 0;
    if (gapAbove > lineGap * 1.3) emit('');
    const text = l.segs.map((sg) => sg.text).join(' ');
    // A line that starts where the list item above it has its text (a hanging indent) goes on that item.
    // (Not in OCR'd tables, whose borders read as `|`: there a line below is the next cell.)
    const continues = item !== null && !item.ruled && !text.includes('|') && l.segs.length === 1 && Math.abs(l.segs[0]!.x - item.textX) < 3 && item.y - l.y <= lineGap * 1.3 && !LIST_START.test(text);
    // Bullets as the text export writes them.
    emit(text.replace(/^[•●▪◦■]\s*/, '- '), [l]);
    if (continues) {
      out[out.length - 1]!.continues = true;
      item = { ...item!, y: l.y };
    } else {
      const textX = LIST_START.test(text) ? itemTextX(l) : null;
      item = textX !== null ? { textX, y: l.y, ruled: text.includes('|') } : null;
    }
    prevY = l.y;
    i++;
  }
  return { lines: out, ...(header ? { header } : {}) };
}

/** A list marker: a bullet, or a number / letter (`2)`, `b.`, `iv.`, `(a)`). */
const MARKER = MARKER_SOURCE;
const BULLET_ONLY = /^\s*[•●▪◦■-]\s*$/;
const MARKER_ONLY = new RegExp(String.raw`^\s*${MARKER}\s*$`);
/** A list item's first line: a marker (a bullet may come before it) and then its text. */
const LIST_START = new RegExp(String.raw`^\s*(?:[•●▪◦■-]\s+)?${MARKER}\s+\S`);

/**
 * Where an item's text starts when its marker is set apart (`2)` then a tab, then `Indeks ...`):
 * a hanging indent. Null when marker and text are one piece of text (OCR): then a line below at
 * the same place may as well be the next paragraph.
 */
function itemTextX(l: Line): number | null {
  const runs = l.runs.filter((r) => r.text.trim());
  const firstText = runs.findIndex((r) => !MARKER_ONLY.test(r.text));
  return firstText > 0 && runs[firstText]!.x > runs[0]!.x1 + 2 ? runs[firstText]!.x : null;
}

/** A justified prose line can have wide gaps; a table row has short cells or column-like gaps. */
function isSpacedProse(l: Line): boolean {
  const text = l.segs.map((s) => s.text).join(' ');
  return l.segs.length === 2 && text.length > 70 && l.segs.every((s) => s.text.length > 25);
}

/** Whether a line sits inside a ruled grid (its baseline between the top and bottom rules, its text between the outer columns). */
function inGrid(g: Grid, l: Line): boolean {
  const top = g.ys[0]!;
  const bottom = g.ys[g.ys.length - 1]!;
  const left = g.xs[0]! - 2;
  const right = g.xs[g.xs.length - 1]! + 2;
  if (l.y > top || l.y < bottom) return false;
  const inside = l.runs.filter((r) => (r.x + r.x1) / 2 >= left && (r.x + r.x1) / 2 <= right).length;
  return inside * 2 > l.runs.length;
}

/** One cell's line from its runs: a space where the runs stand apart. */
function joinRuns(runs: Run[]): string {
  let text = '';
  let prev: Run | undefined;
  for (const r of runs) {
    const charW = (r.x1 - r.x) / Math.max(1, r.text.length) || 5;
    if (prev && r.x - prev.x1 > charW * 0.25 && !/\s$/.test(text) && !/^\s/.test(r.text)) text += ' ';
    text += r.text;
    prev = r;
  }
  return tidySegment(text);
}

/**
 * A ruled table's rows and cells: the bands between horizontal rules are rows, the spaces between
 * vertical rules columns; a cell no rule closes spans the rows or columns it covers, its text
 * goes to its first row and column. The lines of one cell (a wrapped cell) are one text. A band
 * whose lines fill most columns each (a table ruled only around its rows' block) is split into
 * rows by position.
 */
function gridRows(g: Grid, lines: Line[], lineGap: number, vocabulary: Set<string>): { cells: string[]; lines: Line[] }[] {
  const nb = g.ys.length - 1;
  const nc = g.xs.length - 1;
  const colOf = (x: number) => {
    let c = 0;
    for (let k = 1; k < nc; k++) if (g.xs[k]! <= x + 1) c = k;
    return c;
  };
  const bandOf = (y: number) => {
    let r = 0;
    for (let k = 1; k < nb; k++) if (g.ys[k]! > y) r = k;
    return r;
  };
  // The cell each (band, column) belongs to: up while no rule closes it above, else left while none on its left.
  const owner: [number, number][][] = [];
  for (let r = 0; r < nb; r++) {
    owner.push([]);
    for (let c = 0; c < nc; c++) {
      if (r > 0 && !g.h[r]![c]) owner[r]![c] = owner[r - 1]![c]!;
      else if (c > 0 && !g.v[r]![c]) owner[r]![c] = owner[r]![c - 1]!;
      else owner[r]![c] = [r, c];
    }
  }
  const byBand = new Map<number, Line[]>();
  for (const l of lines) {
    const h = median(l.runs.map((r) => r.h));
    const r = bandOf(l.y + h * 0.3);
    byBand.set(r, [...(byBand.get(r) ?? []), l]);
  }
  const rows: { cells: string[]; lines: Line[] }[] = [];
  // Per cell: its lines' runs, in line order.
  const cellLines = new Map<string, Run[][]>();
  const rowOf = new Map<string, { cells: string[]; lines: Line[] }>();
  const ownerOf = new Map<string, [number, number]>();
  for (let r = 0; r < nb; r++) {
    const band = byBand.get(r);
    if (!band?.length) continue;
    // A band ruled only around a block of rows: a new row starts at each line with text in the
    // band's last column and in another (a row's figures), when at least three lines do.
    const cols = (l: Line) => new Set(l.runs.map((x) => owner[r]![colOf(x.x)]![1]));
    const lastCol = Math.max(...band.flatMap((l) => [...cols(l)]));
    const starts = band.filter((l) => cols(l).has(lastCol) && cols(l).size >= 2);
    const split = starts.length >= 3;
    // Otherwise a row starts where a line puts a figure in a column that already has one in this
    // row, at the widest gap since that figure when it is a cell's padding (wider than 1.5 lines).
    const breaks = new Set<number>();
    if (!split) {
      const figure = /^[-+]?\d/;
      let lastFigure = new Map<number, number>();
      band.forEach((l, k) => {
        const here = new Set(l.runs.filter((x) => figure.test(x.text.trim())).map((x) => owner[r]![colOf(x.x)]![1]));
        const since = Math.max(-1, ...[...here].map((c) => lastFigure.get(c) ?? -1));
        if (since >= 0) {
          let at = -1;
          let widest = lineGap * 1.5;
          for (let m = since + 1; m <= k; m++) {
            const gap = band[m - 1]!.y - band[m]!.y;
            if (gap > widest) [at, widest] = [m, gap];
          }
          if (at > 0) {
            breaks.add(at);
            lastFigure = new Map();
          }
        }
        for (const c of here) lastFigure.set(c, k);
      });
    }
    // A row number in the first column one above the row's own (`9` under `8`) starts a row too.
    const rowNumber = (l: Line) => {
      const first = l.runs[0];
      if (!first || owner[r]![colOf(first.x)]![1] !== 0) return undefined;
      const m = /^(\d{1,3})\.?$/.exec(first.text.trim());
      return m ? Number(m[1]) : undefined;
    };
    let sub = 0;
    let number: number | undefined;
    band.forEach((l, k) => {
      const n = rowNumber(l);
      const counts = n !== undefined && number !== undefined && n === number + 1;
      if ((split && k > 0 && starts.includes(l) && starts.indexOf(l) > 0) || breaks.has(k) || counts) {
        sub++;
        number = undefined;
      }
      if (n !== undefined && number === undefined) number = n;
      const perCell = new Map<string, Run[]>();
      for (const run of l.runs) {
        const [r0, c0] = owner[r]![colOf(run.x)]!;
        const rowKey = r0 === r ? `${r}.${sub}` : `${r0}.0`;
        const key = `${rowKey},${c0}`;
        ownerOf.set(key, [r0, c0]);
        perCell.set(key, [...(perCell.get(key) ?? []), run]);
        let row = rowOf.get(rowKey);
        if (!row) {
          row = { cells: new Array<string>(nc).fill(''), lines: [] };
          rowOf.set(rowKey, row);
          rows.push(row);
        }
        if (!row.lines.includes(l)) row.lines.push(l);
      }
      for (const [key, runs] of perCell) cellLines.set(key, [...(cellLines.get(key) ?? []), runs]);
    });
  }
  for (const [key, parts] of cellLines) {
    const [r0, c0] = ownerOf.get(key)!;
    const row = rowOf.get(key.split(',')[0]!)!;
    const x0 = g.xs[c0]!;
    let right = c0 + 1;
    while (right < nc && owner[r0]![right]![1] === c0 && owner[r0]![right]![0] === r0) right++;
    const width = g.xs[right]! - x0;
    let text = '';
    let last: Run | undefined;
    for (const runs of parts) {
      const line = joinRuns(runs);
      if (!line) continue;
      const filled = last ? (last.x1 - x0) / Math.max(1, width) : 0;
      text = text ? `${text}${brokenAtEdge(text, line, filled, vocabulary) ? '' : ' '}${line}` : line;
      last = runs[runs.length - 1];
    }
    row.cells[c0] = text;
  }
  // Every row as wide as the grid (a table that goes on over the page is known by its width),
  // less the gaps between double rules, which hold no text.
  const filled = rows.filter((row) => row.cells.some((c) => c.trim())).map(({ cells, lines }) => ({ cells: [...cells, ...new Array<string>(Math.max(0, nc - cells.length)).fill('')], lines }));
  const keep = realColumns(g, filled.map((row) => row.cells));
  return filled.map(({ cells, lines }) => ({ cells: cells.filter((_, c) => keep[c]), lines }));
}

/** The page label a line ends in at its right (`II - 8` may come as three pieces), when its first piece is words. */
function trailingPageLabel(l: Line): PageLabel | null {
  if (l.segs.length < 2 || !/\p{L}{3}/u.test(l.segs[0]!.text)) return null;
  let tail = '';
  for (let k = l.segs.length - 1; k >= 1 && l.segs.length - k <= 3; k--) {
    const seg = l.segs[k]!.text.trim();
    if (seg.length > 7) break;
    tail = tail ? `${seg} ${tail}` : seg;
    const label = readPageLabel(tail);
    if (label) return label;
  }
  return null;
}

/**
 * A table of contents set in columns (title, then its page at the right): most lines end in a page
 * label and the labels run forward. Its lines are entries, not the wrapped lines of one cell.
 */
function isContentsLayout(group: Line[]): boolean {
  const labels = group.map(trailingPageLabel).filter((x): x is PageLabel => x !== null);
  if (labels.length < 4 || labels.length < group.length * 0.6) return false;
  const pairs = labels.slice(1).map((b, k) => notBefore(labels[k]!, b)).filter((x): x is boolean => x !== null);
  return pairs.length >= 3 && pairs.filter(Boolean).length >= pairs.length * 0.8;
}

/** What the budget table row reader borrows from this one. */
const BUDGET_ROW_HELPERS = { tidySegment, brokenAtEdge, isContentsLayout };

/** Group a table's lines into rows (a cell's padding leaves a larger gap) and cells (by column, or by the column edges given). */
function tableRows(group: Line[], lineGap: number, vocabulary: Set<string>, edges?: number[]): { cells: string[]; lines: Line[] }[] {
  const starts: number[] = edges ? [...edges] : [];
  if (!edges) for (const l of group) for (const s of l.segs) if (!starts.some((x) => Math.abs(x - s.x) < 4)) starts.push(s.x);
  starts.sort((a, b) => a - b);
  const colOf = (x: number) => {
    let c = 0;
    for (let k = 0; k < starts.length; k++) if (starts[k]! <= x + 4) c = k;
    return c;
  };
  // A header cell's text can run so close to the next cell's that the two merged into one piece
  // (`REALISA` and `%`): a piece is cut again where one of its runs starts a column.
  const cellsOf = new Map<Line, Run[]>();
  for (const l of group) {
    const pieces: Run[] = [];
    for (const seg of l.segs) {
      const inner = l.runs.filter((r) => r.x >= seg.x - 0.5 && r.x1 <= seg.x1 + 0.5);
      const cuts = inner.filter((r, k) => k > 0 && starts.some((x) => Math.abs(x - r.x) < 1.5 && x > seg.x + 4));
      if (!cuts.length || inner.length < 2) {
        pieces.push(seg);
        continue;
      }
      let part: Run[] = [];
      const flush = () => {
        if (!part.length) return;
        const text = tidySegment(part.map((r) => r.text).join(' '));
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
  const rows: { cells: string[]; lines: Line[] }[] = [];
  let cur: string[] | null = null;
  // Lines of one cell are closer than rows (a cell's padding); when all gaps are equal, every line is a row.
  const gaps = group.slice(1).map((l, k) => group[k]!.y - l.y).filter((g) => g > 0);
  const wrap = gaps.length ? Math.min(...gaps) : lineGap;
  // A contents list laid out in columns is one entry per line, however close its lines are.
  const uniform = gaps.every((g) => g <= wrap * 1.12) || isContentsLayout(group);
  // How far right each column's text reaches: a word longer than its cell is broken by Word at
  // the cell's edge with no hyphen (`Meningkatny` / `a`, `11.121.737.0` / `00]`).
  const right = new Array<number>(starts.length).fill(-Infinity);
  for (const l of group) for (const sg of cellsOf.get(l)!) right[colOf(sg.x)] = Math.max(right[colOf(sg.x)]!, sg.x1);
  let prev: Line | null = null;
  let last: (Run | undefined)[] = [];
  for (const l of group) {
    const gap = prev ? prev.y - l.y : Infinity;
    if (!cur || uniform || gap > wrap * 1.12) {
      cur = new Array(starts.length).fill('');
      rows.push({ cells: cur, lines: [] });
      last = [];
    }
    rows[rows.length - 1]!.lines.push(l);
    for (const sg of cellsOf.get(l)!) {
      const c = colOf(sg.x);
      const before = last[c];
      // The cell's right edge: as far as the column's text reaches, and never into the next column.
      const edge = Math.min(right[c]!, starts[c + 1] ?? Infinity);
      const filled = before ? (before.x1 - starts[c]!) / (edge - starts[c]!) : 0;
      const broken = before !== undefined && brokenAtEdge(before.text, sg.text, filled, vocabulary);
      cur[c] = cur[c] ? `${cur[c]}${broken ? '' : ' '}${sg.text}` : sg.text;
      last[c] = sg;
    }
    prev = l;
  }
  return rows.map(({ cells, lines }) => {
    let end = cells.length;
    while (end > 1 && cells[end - 1] === '') end--;
    return { cells: cells.slice(0, end), lines };
  });
}

/**
 * Whether `next` (the start of a cell's next line) continues the last word of `line`, which fills
 * `filled` of the cell's width: Word breaks a word longer than its cell at the edge, with no hyphen.
 * Rejoined when the whole is a number, or a word the report uses elsewhere (`Meningkatny` + `a`),
 * or when the pieces complete a thousands group (`2,163,25` / `2,370]`, `387,000,` / `000]`).
 */
function brokenAtEdge(line: string, next: string, filled: number, vocabulary: Set<string>): boolean {
  if (filled >= 0.9 && /\d$/.test(line) && /^\d/.test(next)) return true;
  // (the report's own words decide; the edge is a rough one: it includes the cells' padding)
  if (filled >= 0.8) {
    const head = /(\p{L}+)$/u.exec(line)?.[1];
    const tail = /^(\p{L}+)/u.exec(next)?.[1];
    const sameCase = tail !== undefined && (/^\p{Ll}/u.test(tail) || (head !== undefined && head === head.toUpperCase() && tail === tail.toUpperCase()));
    if (head && tail && sameCase && vocabulary.has(`${head}${tail}`.toLowerCase())) return true;
  }
  const cut = /(?:^|[^\d])\d{1,3}(?:[.,]\d{3})*[.,](\d{0,2})$/.exec(line);
  const lead = /^(\d{1,3})(?:[.,]\d{3})*(?:[.,]\d{1,2})?(?=$|[^\d.,])/.exec(next);
  return cut !== null && lead !== null && cut[1]!.length + lead[1]!.length === 3;
}

/** `x =` followed by a fraction (numerator above, denominator below), as one plain formula line. */
function readFormula(lines: Line[], i: number, used: Set<number>): { text: string } | null {
  const l = lines[i]!;
  const first = l.segs[0];
  if (!first) return null;
  const joined = l.segs.map((s) => s.text).join(' ');
  // A one-line formula: `x = 0 %`, `y = 111,11 %`.
  if (/^[xyzXYZ]\s*=\s*[-\d]/.test(joined) && joined.length < 80 && !findFraction(lines, i)) return { text: tidy(joined) };
  // Find where `=` ends on this line.
  const eqRun = l.runs.find((r) => /=\s*$/.test(r.text));
  if (!eqRun) return null;
  const lead = l.runs.filter((r) => r.x <= eqRun.x).map((r) => r.text).join(' ');
  if (!VAR_EQ.test(lead) && !/^\s*=\s*$/.test(lead)) return null;
  const frac = findFraction(lines, i, eqRun.x1);
  if (!frac) return null;
  const [n, d] = frac;
  used.add(n.index);
  used.add(d.index);
  const fracEnd = Math.max(n.x1, d.x1);
  const before = l.runs.filter((r) => r.x > eqRun.x && r.x1 <= frac[0].x0 + 1).map((r) => r.text).join(' ');
  const after = l.runs.filter((r) => r.x >= fracEnd - 1).map((r) => r.text).join(' ');
  const wrap = (s: string) => (/^[\d.,]+\s*%?$/.test(s.trim()) ? s.trim() : `(${s.trim()})`);
  return { text: tidy(`${lead.trim()} ${before} ${wrap(n.text)} / ${wrap(d.text)} ${after}`) };
}

function findFraction(lines: Line[], i: number, fromX = -Infinity): [{ index: number; text: string; x0: number; x1: number }, { index: number; text: string; x0: number; x1: number }] | null {
  const l = lines[i]!;
  // Numerator and denominator sit about a line's height from the `x =` line: up to 11 pt, more in a
  // larger type (Word's 11 pt Arial sets them 13 pt away: `% Pencapaian Kinerja =` in BPBD).
  const reach = Math.max(11, 1.25 * median(l.runs.map((r) => r.h)));
  const near = (k: number, above: boolean) => {
    const n = lines[k];
    if (!n) return null;
    const dy = above ? n.y - l.y : l.y - n.y;
    if (dy < 3 || dy > reach) return null;
    // Right of the `=`; a long centred numerator may start a little left of it.
    const runs = n.runs.filter((r) => r.x >= fromX - 1 || (r.x >= fromX - 20 && r.x1 > fromX + 40));
    if (!runs.length) return null;
    return { index: k, text: tidy(runs.map((r) => r.text).join(' ')), x0: Math.min(...runs.map((r) => r.x)), x1: Math.max(...runs.map((r) => r.x1)) };
  };
  const n = near(i - 1, true);
  const d = near(i + 1, false);
  // Left-aligned, or centred over each other (a long numerator over a short denominator).
  if (!n || !d || (Math.abs(n.x0 - d.x0) > 60 && Math.abs(n.x0 + n.x1 - d.x0 - d.x1) / 2 > 20)) return null;
  return [n, d];
}

function tidy(s: string): string {
  return s
    .replace(/(\d)\s*([.,])\s*(?=\d)/g, '$1$2')
    .replace(/(\d)\s+%/g, '$1%')
    .replace(/\s*=\s*/g, ' = ')
    .replace(/\s+/g, ' ')
    .trim();
}
