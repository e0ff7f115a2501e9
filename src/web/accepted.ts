/**
 * The web page's accepted-findings list: what "Unduh daftar diterima" downloads and "Muat daftar
 * diterima" reads back. Each entry is a finding's fingerprint (set by the linter, src/fingerprint.ts,
 * so the CLI's `--baseline` reads the same list) and the reviewer's reason. Pure, with no Node or
 * browser imports: the page loads it as it is.
 */

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
