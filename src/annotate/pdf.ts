/**
 * `--annotate OUT.pdf`: a copy of the PDF report with, for each finding, a highlight on its text
 * and a pop-up note (author "lkjip-lint", the message with expected vs. found).
 *
 * The positions come from the same layout the PDF parser reads (`layoutPdf`): the finding's page
 * and line on the page give the line's box; when the text the finding quotes is on that line or
 * a following line of its paragraph, only those words are highlighted. Pages are not redrawn: annotations are added to each page's
 * /Annots, the content streams stay as they were.
 */
import { PDFDocument, PDFName, PDFString, PDFHexString, PDFArray, type PDFRef, type PDFPage } from 'pdf-lib';
import type { FileResult, Finding } from '../model.js';
import type { Lang } from '../rule.js';
import { layoutPdf, type LineBox, type PdfOptions } from '../parse/pdf.js';
import { noteLines } from './note.js';
import type { AnnotateResult } from './docx.js';

const COLOR = { error: [1, 0.45, 0.45], warning: [1, 0.85, 0.2], info: [0.55, 0.75, 1] } as const;

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Narrow a line's box to the words the finding quotes, when they are on it. */
function narrow(box: LineBox, quote: string | undefined): Rect {
  const whole = { x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1 };
  const q = quote?.trim();
  if (!q || q.length < 2 || q.length > 120) return whole;
  for (const r of box.runs) {
    const at = r.text.indexOf(q);
    if (at < 0) continue;
    const per = (r.x1 - r.x0) / Math.max(1, r.text.length);
    return { x0: r.x0 + per * at, x1: Math.min(r.x1, r.x0 + per * (at + q.length)), y0: box.y0, y1: box.y1 };
  }
  return whole;
}

function pdfText(s: string): PDFHexString {
  // Text strings as UTF-16 so Indonesian and symbols (×, ≠, ≤) survive.
  return PDFHexString.fromText(s);
}

function addNote(doc: PDFDocument, page: PDFPage, rect: Rect, f: Finding, lang: Lang, date: string): void {
  const ctx = doc.context;
  const pad = 1;
  const r = [rect.x0 - pad, rect.y0 - pad, rect.x1 + pad, rect.y1 + pad];
  const { width, height } = page.getSize();
  const text = noteLines(f, lang).join('\n');
  const popup = ctx.obj({
    Type: 'Annot',
    Subtype: 'Popup',
    Rect: [Math.min(width - 10, r[2]! + 10), Math.max(10, r[1]! - 120), Math.min(width, r[2]! + 230), Math.min(height, r[1]! + 40)],
    Open: false,
  });
  const popupRef = ctx.register(popup);
  // The appearance stream: the tinted box drawn in multiply mode, so viewers that do not make up
  // their own appearance for a highlight (and printing) show it as every other viewer does.
  const [cr, cg, cb] = COLOR[f.severity];
  const w = r[2]! - r[0]!;
  const h = r[3]! - r[1]!;
  const ap = ctx.register(
    ctx.stream(`/GS0 gs ${cr} ${cg} ${cb} rg ${r[0]!.toFixed(2)} ${r[1]!.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)} re f`, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: r,
      Resources: { ExtGState: { GS0: { Type: 'ExtGState', CA: 0.6, ca: 0.6, BM: 'Multiply' } } },
    }),
  );
  const highlight = ctx.obj({
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: r,
    QuadPoints: [r[0]!, r[3]!, r[2]!, r[3]!, r[0]!, r[1]!, r[2]!, r[1]!],
    C: [...COLOR[f.severity]],
    CA: 0.6,
    F: 4,
    T: pdfText('lkjip-lint'),
    Subj: pdfText(f.ruleId),
    Contents: pdfText(text),
    NM: PDFString.of(`lkjip-lint-${page.ref.objectNumber}-${Math.round(r[0]!)}-${Math.round(r[1]!)}-${f.ruleId}`),
    M: PDFString.of(date),
    CreationDate: PDFString.of(date),
    Popup: popupRef,
    AP: { N: ap },
  });
  const highlightRef = ctx.register(highlight);
  popup.set(PDFName.of('Parent'), highlightRef);
  const annots = page.node.lookup(PDFName.of('Annots'));
  const refs: PDFRef[] = [highlightRef, popupRef];
  if (annots instanceof PDFArray) for (const ref of refs) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), ctx.obj(refs));
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

export async function annotatePdf(original: Uint8Array, result: FileResult, lang: Lang, read: PdfOptions = {}, now = new Date()): Promise<AnnotateResult> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(original, { updateMetadata: false });
  } catch (e) {
    if (/encrypted/i.test((e as Error).message)) throw new Error('the PDF is encrypted; pdf-lib cannot write into it: decrypt a copy first (qpdf --decrypt --password=… in.pdf out.pdf) and annotate that');
    throw e;
  }
  const layout = await layoutPdf(original, read);
  const byPage = new Map<string, LineBox>();
  for (const l of layout.lines) if (l.box && l.line > 0) byPage.set(`${l.page}:${l.line}`, l.box);
  const pages = doc.getPages();
  const date = pdfDate(now);
  let written = 0;
  for (const f of result.findings) {
    const { page, line } = f.location;
    if (page === undefined || !pages[page - 1]) continue;
    const boxes: LineBox[] = [];
    if (line !== undefined) for (let k = line; k <= (f.location.endLine ?? line); k++) {
      const b = byPage.get(`${page}:${k}`);
      if (b) boxes.push(b);
    }
    // A finding's place is its paragraph's first line; the words it quotes may be a few lines on.
    const quote = f.actual?.trim();
    let quoted: LineBox | undefined;
    if (line !== undefined && quote && quote.length >= 2) {
      for (let k = line; k < line + 15; k++) {
        const b = byPage.get(`${page}:${k}`);
        if (!b) break;
        if (b.runs.some((r) => r.text.includes(quote))) {
          quoted = b;
          break;
        }
      }
    }
    let rect: Rect;
    if (quoted) rect = narrow(quoted, quote);
    else if (boxes.length === 1) rect = narrow(boxes[0]!, quote);
    else if (boxes.length > 1) rect = { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
    else {
      // No line (a finding about the page as a whole): a note in the top margin.
      const { width, height } = pages[page - 1]!.getSize();
      rect = { x0: width - 60, y0: height - 40, x1: width - 40, y1: height - 20 };
    }
    addNote(doc, pages[page - 1]!, rect, f, lang, date);
    written++;
  }
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { bytes, comments: written };
}
