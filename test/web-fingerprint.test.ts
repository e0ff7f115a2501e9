/**
 * The finding fingerprint the web page's accepted list uses (src/web/fingerprint.ts): the same
 * finding in a revised report (lines moved, spacing or quotes changed) keeps it; another rule,
 * section or quoted value does not. Real findings from siak-2024.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lint } from '../src/lint.js';
import { acceptedFile, fingerprint, parseAccepted } from '../src/web/fingerprint.js';
import { corpusPath } from './helpers.js';

const TEXT = readFileSync(corpusPath('siak-2024.txt'), 'utf8');

describe('finding fingerprint', () => {
  it('stays the same when the report gains lines above the finding', async () => {
    const before = await lint('siak-2024.txt', Buffer.from(TEXT));
    const after = await lint('siak-2024.txt', Buffer.from(TEXT.replace('KATA PENGANTAR', '\n\n\nKATA PENGANTAR')));
    const f = before.findings.find((x) => x.ruleId === 'placeholder')!;
    expect(f).toBeDefined();
    const moved = after.findings.find((x) => x.ruleId === f.ruleId && x.message === f.message && x.location.section === f.location.section)!;
    expect(moved.location.line).not.toBe(f.location.line);
    expect(fingerprint(moved)).toBe(fingerprint(f));
    // The set of fingerprints is the same.
    expect(new Set(after.findings.map(fingerprint))).toEqual(new Set(before.findings.map(fingerprint)));
  });

  it('ignores case, spacing and quote marks in the quoted text, not the rule, the section or the value', () => {
    const base = { ruleId: 'placeholder', location: { section: 'BAB III', line: 10 }, actual: '[100%]' };
    expect(fingerprint({ ...base, location: { section: 'Bab  III', line: 99 }, actual: ' “[100%]” ' })).toBe(fingerprint(base));
    expect(fingerprint({ ...base, ruleId: 'bracketed-value' })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, location: { section: 'BAB II' } })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, actual: '[90%]' })).not.toBe(fingerprint(base));
  });

  it('reads back the accepted list it writes, and refuses a file that is not one', () => {
    const list = [{ fingerprint: fingerprint({ ruleId: 'placeholder', location: {}, actual: '[x]' }), reason: 'dijelaskan', ruleId: 'placeholder' }];
    expect(parseAccepted(JSON.stringify(acceptedFile(list)))).toEqual(list);
    expect(() => parseAccepted('{"files":[]}')).toThrow(/accepted/);
  });
});
