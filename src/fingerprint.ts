/**
 * A finding's identity across runs and revisions: the rule, the chapter it is in and the text it
 * is about, never its line, page or paragraph (a revision moves everything). The same report
 * as .docx and as .pdf gives the same fingerprints where both read the same words. Two findings
 * with the same identity in one report are told apart by their order (`#2`).
 */
import { createHash } from 'node:crypto';
import type { Finding } from './model.js';

/** `BAB III AKUNTABILITAS KINERJA > A. Capaian` → `bab iii`; a section without a chapter number → its letters. */
export function chapterKey(section: string | undefined): string {
  if (!section) return '';
  const first = section.split('>')[0]!.trim();
  const bab = /^bab\s+([ivxlc]+|\d+)\b/i.exec(first);
  if (bab) return `bab ${bab[1]!.toLowerCase()}`;
  return first.toLowerCase().replace(/[^a-z]+/g, ' ').trim().slice(0, 40);
}

/** Letters and digits only, lower case: what survives Word → PDF → text (spacing, hyphens, quotes). */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** Where a place is named inside a message (`baris 674`, `line 12`, `hal. 3`, `¶40`), removed from the identity. */
const PLACE_IN_MESSAGE = /\b(?:baris|line|lines|hal\.?|halaman|page|p\.)\s*\d+(?:\s*[-–]\s*\d+)?|¶\s*\d+|\bT\d+r\d+\b/gi;

/** The words a finding is about: what it quotes, else what it found, else its message without places. */
export function subjectOf(f: Pick<Finding, 'message' | 'actual' | 'excerpt'>): string {
  const quoted = /["“]([^"”]{2,200})["”]/.exec(f.message);
  if (quoted) return normaliseText(quoted[1]!);
  if (f.actual) return normaliseText(f.actual);
  return normaliseText(f.message.replace(PLACE_IN_MESSAGE, ' '));
}

export function fingerprintKey(f: Pick<Finding, 'ruleId' | 'message' | 'actual' | 'excerpt' | 'location'>): string {
  return [f.ruleId, chapterKey(f.location.section), subjectOf(f)].join('\u0001');
}

/** Stable fingerprints for a report's findings, in order: a short hash, `#n` for the n-th repeat. */
export function fingerprints(findings: readonly Pick<Finding, 'ruleId' | 'message' | 'actual' | 'excerpt' | 'location'>[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = createHash('sha256').update(fingerprintKey(f)).digest('hex').slice(0, 16);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return n === 1 ? hash : `${hash}#${n}`;
  });
}
