/**
 * A scan made from a text PDF, as a unit's staff make one when they print the signed report and
 * scan it: every page rendered by pdf.js (through @napi-rs/canvas) to a JPEG at the given
 * resolution and put, alone, on a page of a new PDF (pdf-lib). The result has no text layer at
 * all, so the linter can only read it by OCR. Used by the OCR tests and the bench.
 */
import { PDFDocument } from 'pdf-lib';

export interface ScanOptions {
  /** Resolution of the page images (default 150 dpi, an ordinary office scan). */
  dpi?: number;
  /** Only the first N pages. */
  maxPages?: number;
}

export async function rasterisePdf(bytes: Uint8Array, opts: ScanOptions = {}): Promise<Uint8Array> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const out = await PDFDocument.create();
  const scale = (opts.dpi ?? 150) / 72;
  const count = Math.min(doc.numPages, opts.maxPages ?? Infinity);
  const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: { toBuffer(mime: 'image/jpeg', quality?: number): Buffer }; context: CanvasRenderingContext2D } };
  for (let p = 1; p <= count; p++) {
    const page = await doc.getPage(p);
    const unit = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale });
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, viewport.width, viewport.height);
    await page.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
    const image = await out.embedJpg(canvas.toBuffer('image/jpeg', 85));
    out.addPage([unit.width, unit.height]).drawImage(image, { x: 0, y: 0, width: unit.width, height: unit.height });
    page.cleanup();
  }
  await doc.destroy();
  return out.save();
}
