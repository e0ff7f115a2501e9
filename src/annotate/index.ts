/** `--annotate`: the findings written into a copy of the report (Word comments, PDF notes). */
import type { FileResult } from '../model.js';
import type { Lang } from '../rule.js';
import type { AnnotateResult } from './docx.js';
import type { PdfOptions } from '../parse/pdf.js';

/** `pdf`: the options the report was read with (password, page cap), so its layout is reused. */
export async function annotate(original: Uint8Array, result: FileResult, lang: Lang, pdf: PdfOptions = {}): Promise<AnnotateResult> {
  if (result.format === 'docx') return (await import('./docx.js')).annotateDocx(original, result, lang);
  if (result.format === 'pdf') return (await import('./pdf.js')).annotatePdf(original, result, lang, pdf);
  throw new Error(`cannot annotate a ${result.format} report`);
}
