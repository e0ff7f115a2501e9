/**
 * One fingerprint everywhere (src/fingerprint.ts, set by lint(), so the CLI's --baseline, compare,
 * the server and the web page's accepted list carry the same): the same finding in a revised
 * report (lines moved, spacing or quotes changed) keeps it; another rule, chapter or quoted value
 * does not. The page's accepted list (src/web/accepted.ts) reads back what it writes. Real findings
 * from siak-2024.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lint } from '../src/lint.js';
import { fingerprints } from '../src/fingerprint.js';
import { acceptedFile, parseAccepted } from '../src/web/accepted.js';
import { corpusPath } from './helpers.js';

const TEXT = readFileSync(corpusPath('siak-2024.txt'), 'utf8');
const one = (f: Parameters<typeof fingerprints>[0][number]) => fingerprints([f])[0]!;

describe('finding fingerprint', () => {
  it('stays the same when the report gains lines above the finding', async () => {
    const before = await lint('siak-2024.txt', Buffer.from(TEXT));
    const after = await lint('siak-2024.txt', Buffer.from(TEXT.replace('KATA PENGANTAR', '\n\n\nKATA PENGANTAR')));
    const f = before.findings.find((x) => x.ruleId === 'placeholder')!;
    expect(f).toBeDefined();
    const moved = after.findings.find((x) => x.ruleId === f.ruleId && x.message === f.message && x.location.section === f.location.section)!;
    expect(moved.location.line).not.toBe(f.location.line);
    expect(moved.fingerprint).toBe(f.fingerprint);
    expect(new Set(after.findings.map((x) => x.fingerprint))).toEqual(new Set(before.findings.map((x) => x.fingerprint)));
  });

  it('ignores case, spacing and quote marks in the quoted text, not the rule, the chapter or the value', () => {
    const base = { ruleId: 'placeholder', message: 'nilai dalam kurung siku', location: { section: 'BAB III AKUNTABILITAS', line: 10 }, actual: '[100%]' };
    expect(one({ ...base, location: { section: 'Bab  III  Akuntabilitas > A. Capaian', line: 99 }, actual: ' “[100%]” ' })).toBe(one(base));
    expect(one({ ...base, ruleId: 'bracketed-value' })).not.toBe(one(base));
    expect(one({ ...base, location: { section: 'BAB II PERENCANAAN' } })).not.toBe(one(base));
    expect(one({ ...base, actual: '[90%]' })).not.toBe(one(base));
  });

  it('the page reads back the accepted list it writes, and refuses a file that is not one', () => {
    const list = [{ fingerprint: one({ ruleId: 'placeholder', message: 'x', location: {}, actual: '[x]' }), reason: 'dijelaskan', ruleId: 'placeholder' }];
    expect(parseAccepted(JSON.stringify(acceptedFile(list)))).toEqual(list);
    expect(() => parseAccepted('{"files":[]}')).toThrow(/accepted/);
  });
});
