/**
 * Findings of an earlier version and its revision matched by fingerprint: fixed (in the earlier
 * version only), still there (in both), new (in the revision only). Pure, with no Node imports:
 * the command line (src/compare.ts), the summary and the web page share it.
 */
import type { FileResult, Finding } from './model.js';

export interface Comparison {
  old: string;
  new: string;
  fixed: Finding[];
  kept: Finding[];
  added: Finding[];
}

/** Match by fingerprint; a fingerprint repeated n times matches up to n times (`#2` is its own). */
export function compareResults(before: FileResult, after: FileResult): Comparison {
  const oldKeys = new Set(before.findings.map((f) => f.fingerprint ?? ''));
  const newKeys = new Set(after.findings.map((f) => f.fingerprint ?? ''));
  return {
    old: before.path,
    new: after.path,
    fixed: before.findings.filter((f) => !newKeys.has(f.fingerprint ?? '')),
    kept: after.findings.filter((f) => oldKeys.has(f.fingerprint ?? '')),
    added: after.findings.filter((f) => !oldKeys.has(f.fingerprint ?? '')),
  };
}
