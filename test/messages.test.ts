/**
 * The message catalogue (src/messages.ts): every key in both languages with the same `{names}`, no
 * untranslated copy; and the places that show the user text (the command, the terminal output, the
 * summaries, the annotated copies, the server's answers) take it from the catalogue.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, SAME_IN_BOTH, evidenceText, t } from '../src/messages.js';

const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has every key in id and en, with the same placeholders, and no text left untranslated', () => {
    const problems: string[] = [];
    for (const [key, text] of Object.entries(MESSAGES) as [keyof typeof MESSAGES, { id?: string; en?: string }][]) {
      if (typeof text.id !== 'string' || text.id === '') problems.push(`${key}: no id`);
      if (typeof text.en !== 'string' || text.en === '') problems.push(`${key}: no en`);
      if (text.id && text.en && names(text.id).join() !== names(text.en).join()) problems.push(`${key}: placeholders differ`);
      if (text.id === text.en && !SAME_IN_BOTH.has(key)) problems.push(`${key}: id is the English text`);
    }
    expect(problems).toEqual([]);
  });

  it('says where a fact was found in the run language', () => {
    expect(evidenceText('cover, line 5', 'id')).toBe('sampul, baris 5');
    expect(evidenceText('cover, line 5', 'en')).toBe('the cover, line 5');
    expect(evidenceText('running line, page 2, line 1', 'id')).toBe('kepala/kaki halaman, halaman 2, baris 1');
    expect(evidenceText('unit kind Dinas, Provinsi Jawa Barat (cover, paragraph 3)', 'id')).toBe('jenis unit Dinas, Provinsi Jawa Barat (sampul, paragraf 3)');
    expect(evidenceText('not found', 'id')).toBe('tidak ditemukan');
    expect(t('id', 'cli.help', { version: '1', profiles: 'base' })).toMatch(/^lkjip-lint 1: periksa/);
  });
});

/** User-visible literals that bypass the catalogue, in the files that speak to the user. */
const FILES = ['src/cli-main.ts', 'src/format/stylish.ts', 'src/format/summary.ts', 'src/annotate/note.ts', 'src/compare.ts', 'src/format/html.ts', 'src/format/location.ts', 'src/server/page.ts', 'src/server/app.ts', 'src/server/guard.ts', 'src/server/intake.ts', 'src/web/app.ts', 'src/progress.ts'];
const LEAKS: [RegExp, string][] = [
  [/\blang === '(?:id|en)' \? ['`](?!(?:id|en)['`])/, 'a text chosen by a language ternary'],
  [/new (?:UsageError|HttpError)\((?:\d+, )?['`][^'`]*\s/, 'an error text written in place'],
  [/\b(?:id|en): '[^']*\s[^']*', (?:id|en): '/, 'a table of texts outside the catalogue'],
  [/\.write\(`[^`]*\b(?:the|is|are|not|written|tidak|ditulis|dari)\b[^`]*`\)/, 'a sentence written to the terminal in place'],
];

describe('the catalogue is the only source of the texts users see', () => {
  it('finds no literal that bypasses it', () => {
    const found: string[] = [];
    for (const file of FILES) {
      readFileSync(file, 'utf8').split('\n').forEach((line, k) => {
        if (/^\s*(?:\*|\/\/|\/\*)/.test(line)) return;
        // What is inside `${…}` is code, not text.
        const text = line.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '${}');
        for (const [re, what] of LEAKS) if (re.test(text)) found.push(`${file}:${k + 1}: ${what}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('fails on a leak like the ones it looks for', () => {
    const sample = ["throw new UsageError('--jobs must be a whole number');", "const s = lang === 'id' ? 'berkas' : 'file';", "process.stderr.write(`lkjip-lint: ${x}: 3 comments written\\n`);"];
    for (const line of sample) expect(LEAKS.some(([re]) => re.test(line)), line).toBe(true);
    expect(LEAKS.some(([re]) => re.test("throw new UsageError('cli.jobs');"))).toBe(false);
  });
});
