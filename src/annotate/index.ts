/** `--annotate`: the findings written into a copy of the report (Word comments, PDF notes). */
import type { FileResult } from '../model.js';
import type { Lang } from '../rule.js';
import type { AnnotateResult } from './docx.js';
import type { PdfOptions } from '../parse/pdf.js';

export interface AnnotateOptions {
  /** Only the errors, as the run reports them (`--quiet`). */
  quiet?: boolean;
  /** The certain fixes as Word tracked changes (`--suggest`, DOCX only). */
  suggest?: boolean;
  /** Fingerprints of accepted findings (`--baseline`, the web page's accepted list): no comment, no change. */
  accepted?: readonly string[];
}

/** `pdf`: the options the report was read with (password, page cap), so its layout is reused. */
export async function annotate(original: Uint8Array, result: FileResult, lang: Lang, pdf: PdfOptions = {}, opts: AnnotateOptions = {}): Promise<AnnotateResult> {
  // The copy carries what the run reports: the config's severities are already in the findings.
  if (opts.quiet) result = { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
  if (opts.accepted?.length) {
    const accepted = new Set(opts.accepted);
    result = { ...result, findings: result.findings.filter((f) => !(f.fingerprint && accepted.has(f.fingerprint))) };
  }
  if (result.format === 'docx') return (await import('./docx.js')).annotateDocx(original, result, lang, { ...(opts.suggest ? { suggest: true } : {}) });
  if (result.format === 'pdf') return (await import('./pdf.js')).annotatePdf(original, result, lang, pdf);
  throw new Error(`cannot annotate a ${result.format} report`);
}
