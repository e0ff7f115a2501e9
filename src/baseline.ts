/**
 * Accepted findings (`--baseline FILE`): a known, explained exception stays quiet in the next run
 * and is counted. The file is JSON the reviewer can edit: one entry per accepted finding with its
 * fingerprint, what it said, and the reviewer's reason. Without the file, the run writes it from
 * the findings of today (every reason empty, to be filled); with it, matching findings are left
 * out of the output and counted as accepted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { FileResult } from './model.js';
import type { Lang } from './rule.js';
import { t } from './messages.js';

export const BaselineEntry = z.object({
  fingerprint: z.string().min(1),
  ruleId: z.string().default(''),
  /** The report it was accepted in (its file name, for the reader; matching is by fingerprint). */
  file: z.string().optional(),
  message: z.string().optional(),
  /** Why it is accepted: written by the reviewer. */
  reason: z.string().default(''),
});
export type BaselineEntry = z.infer<typeof BaselineEntry>;

export const BaselineFile = z.object({
  tool: z.literal('lkjip-lint'),
  version: z.literal(1),
  accepted: z.array(BaselineEntry),
});
export type BaselineFile = z.infer<typeof BaselineFile>;

export class BaselineError extends Error {}

export function readBaseline(path: string, lang: Lang): BaselineFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BaselineError(t(lang, 'baseline.badJson', { file: path, reason: (e as Error).message }));
  }
  // The web page's accepted list ({"lkjipLintAccepted": 1, "accepted": [...]}) is a baseline too.
  if (raw && typeof raw === 'object' && (raw as { lkjipLintAccepted?: unknown }).lkjipLintAccepted === 1) raw = { tool: 'lkjip-lint', version: 1, accepted: (raw as { accepted?: unknown }).accepted };
  const parsed = BaselineFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw new BaselineError(t(lang, 'baseline.notBaseline', { file: path, where, reason: issue.message }));
  }
  return parsed.data;
}

/** The baseline of these results: every finding accepted, reasons empty (findings need fingerprints). */
export function baselineOf(results: readonly FileResult[]): BaselineFile {
  const accepted: BaselineEntry[] = [];
  for (const r of results) for (const f of r.findings) if (f.fingerprint) accepted.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: basename(r.path), message: f.message, reason: '' });
  return { tool: 'lkjip-lint', version: 1, accepted };
}

/** Leave out the accepted findings of each result and count them; returns how many were accepted in all. */
export function applyBaseline(results: FileResult[], baseline: BaselineFile): number {
  const keys = new Set(baseline.accepted.map((e) => e.fingerprint));
  let total = 0;
  for (const r of results) {
    const before = r.findings.length;
    r.findings = r.findings.filter((f) => !(f.fingerprint && keys.has(f.fingerprint)));
    const n = before - r.findings.length;
    if (n > 0) r.accepted = n;
    total += n;
  }
  return total;
}

/** `--baseline FILE`: read and apply it, or write it when it does not exist yet. */
export function useBaseline(path: string, results: FileResult[], lang: Lang): { written: number } | { accepted: number } {
  if (!existsSync(path)) {
    const b = baselineOf(results);
    writeFileSync(path, JSON.stringify(b, null, 2) + '\n');
    applyBaseline(results, b);
    return { written: b.accepted.length };
  }
  return { accepted: applyBaseline(results, readBaseline(path, lang)) };
}
