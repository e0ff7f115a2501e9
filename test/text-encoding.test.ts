/**
 * A text report with a stray byte that is not UTF-8 (issue 21: one such byte once switched the
 * whole file to Windows-1252 and lost 13 of 235 findings): only that line is read as
 * Windows-1252, the rest stays UTF-8, the findings are the clean file's, and a notice names the line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeTextReport } from '../src/parse/text.js';
import { lint } from '../src/lint.js';
import type { FileResult } from '../src/model.js';
import { corpusPath } from './helpers.js';

const clean = readFileSync(corpusPath('siak-2024.txt'));
const lines = clean.toString('utf8').split('\n');
// A footnote line holding UTF-8 (a superscript two): the stray byte 0x92 (Windows-1252's ’) goes at its end.
const at = lines.findIndex((l) => l.startsWith('\u00b2 ') && l.length > 20);
const start = lines.slice(0, at).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
const end = start + Buffer.byteLength(lines[at]!);
const stray = Buffer.concat([clean.subarray(0, end), Buffer.from([0x92]), clean.subarray(end)]);
const key = (r: FileResult) => r.findings.map((f) => `${f.ruleId} ${f.line} ${f.message}`).sort();

describe('a byte that is not UTF-8 in a text report', () => {
  it('is read as Windows-1252 on its own line only; that line keeps its UTF-8, every other line is unchanged', () => {
    expect(at).toBeGreaterThan(0);
    const d = decodeTextReport(stray);
    expect(d.notUtf8).toEqual([at + 1]);
    const got = d.text.split('\n');
    expect(got[at]).toBe(`${lines[at]}\u2019`);
    expect(got.filter((_l, k) => k !== at)).toEqual(lines.filter((_l, k) => k !== at));
    expect(decodeTextReport(clean).notUtf8).toEqual([]);
  });

  it("reads Windows-1252's 0x80–0x9F as its table says (Word's quotes and dashes), not as control characters", () => {
    const d = decodeTextReport(Buffer.from('Kantor \x93Siak\x94 \x96 capaian 100%\x85 \x80 1.000\nbaris \xabdua\xbb\n', 'latin1'));
    expect(d.text).toBe('Kantor \u201cSiak\u201d \u2013 capaian 100%\u2026 \u20ac 1.000\nbaris \u00abdua\u00bb\n');
    expect(d.notUtf8).toEqual([1, 2]);
  });

  it('costs no finding, and the result says which line was read so', async () => {
    const [a, b] = await Promise.all([lint('siak-2024.txt', clean), lint('siak-2024.txt', stray)]);
    expect(a.findings.length).toBeGreaterThan(100);
    expect(key(b)).toEqual(key(a));
    expect(a.notices ?? []).toEqual([]);
    // The notice is in the run's language (Indonesian by default).
    expect(b.notices).toEqual([expect.stringMatching(new RegExp(`bukan UTF-8 pada baris ${at + 1} dibaca sebagai Windows-1252`))]);
  });
});
