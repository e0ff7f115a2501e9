/**
 * A finding's fingerprint: stable across runs and revisions of a report, so a reviewer's
 * accepted findings stay accepted when lines move. Built from the rule id, the section the
 * finding is in, and the text it quotes (what the report wrote, else the excerpt, else the
 * message), each normalised (Unicode NFKC, case, whitespace, quote marks); never line numbers.
 * Pure, with no Node or browser imports: the web page and the CLI share it.
 */

export interface FingerprintInput {
  ruleId: string;
  location: { section?: string | undefined };
  actual?: string | undefined;
  excerpt?: string | undefined;
  message?: string | undefined;
}

/** Text as compared: NFKC, lower case, quote marks and invisible characters dropped, spaces collapsed. */
export function normaliseQuoted(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060\u00ad\ufeff]/g, '')
    .replace(/["'`\u2018\u2019\u201c\u201d\u00ab\u00bb]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 32-bit FNV-1a over the UTF-16 code units, from a given seed. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 16 hex digits identifying the finding by rule, section and quoted text. */
export function fingerprint(f: FingerprintInput): string {
  const quoted = f.actual ?? f.excerpt ?? f.message ?? '';
  const key = [f.ruleId, normaliseQuoted(f.location.section ?? ''), normaliseQuoted(quoted)].join('\u0000');
  return fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(key, 0x9e3779b9).toString(16).padStart(8, '0');
}

export interface Accepted {
  fingerprint: string;
  reason: string;
  ruleId?: string;
}

export interface AcceptedFile {
  lkjipLintAccepted: 1;
  accepted: Accepted[];
}

export function acceptedFile(list: Accepted[]): AcceptedFile {
  return { lkjipLintAccepted: 1, accepted: list };
}

/** Read an accepted-findings file; throws with a plain message when it is not one. */
export function parseAccepted(text: string): Accepted[] {
  const data = JSON.parse(text) as unknown;
  const list = (data as { accepted?: unknown })?.accepted;
  if (!Array.isArray(list)) throw new Error('not an accepted-findings file (no "accepted" list)');
  return list.flatMap((a: unknown) => {
    const x = a as Partial<Accepted>;
    if (typeof x?.fingerprint !== 'string' || !/^[0-9a-f]{16}(?:#\d+)?$/.test(x.fingerprint)) return [];
    return [{ fingerprint: x.fingerprint, reason: typeof x.reason === 'string' ? x.reason : '', ...(typeof x.ruleId === 'string' ? { ruleId: x.ruleId } : {}) }];
  });
}
