/**
 * The message catalogue (src/messages.ts): every key in both languages with the same `{names}`, no
 * untranslated copy; and the places that show the user text (the command, the terminal output, the
 * summaries, the annotated copies, the server's answers) take it from the catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * User-visible literals that bypass the catalogue, in every source file (the catalogue itself
 * aside): the command, the terminal output, the summaries, the annotated copies, the server, and
 * the parsers and workers whose refusals (an unreadable PDF, a stopped worker, a skipped file) the
 * user reads after the file name.
 */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const FILES = sources('src').filter((f) => f !== join('src', 'messages.ts'));
/** A string literal with a space in it (a sentence, not a key), in any of the three quotes. */
const LIT = String.raw`(?:'[^']*\s[^']*'|${'`'}[^${'`'}]*\s[^${'`'}]*${'`'}|"[^"]*\s[^"]*")`;
const LEAKS: [RegExp, string][] = [
  [/\blang === '(?:id|en)' \? ['`](?!(?:id|en)['`])/, 'a text chosen by a language ternary'],
  [/new (?:UsageError|HttpError|InputError|ConfigError|BaselineError)\(\s*(?:\d+, )?(?:[^'`()]*\? )?['`][^'`]*\s[A-Za-z]{2,}/, 'an error text written in place'],
  [new RegExp(String.raw`\b(?:id|en): ${LIT}, (?:id|en): ['${'`'}"]`), 'a table of texts outside the catalogue'],
  [new RegExp(String.raw`(?:^|[{,]\s*)(?:id|en): ${LIT},?\s*(?:$|\})`), 'a text in one language outside the catalogue'],
  [/\bfailed(?:Result)?\((?:[^)'`]*,\s*)?['`][^'`]*\s[^'`]*['`]/, 'a failure line written in place'],
  [/\.write\(`[^`]*\b(?:the|is|are|not|written|tidak|ditulis|dari)\b[^`]*`\)/, 'a sentence written to the terminal in place'],
];

/**
 * The file's lines, a call or an object broken over lines read as one (so that `new InputError(`
 * with its texts on the next lines is seen whole), each with the number of its first line.
 */
function logicalLines(source: string): [number, string][] {
  const out: [number, string][] = [];
  let start = 0;
  let acc = '';
  source.split('\n').forEach((raw, k) => {
    if (/^\s*(?:\*|\/\/|\/\*)/.test(raw)) return;
    // What is inside `${…}` is code, not text.
    const line = raw.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '${}');
    if (acc === '') start = k + 1;
    acc += (acc ? ' ' : '') + line.trim();
    if (/[(,{?:]$/.test(line.trimEnd())) return;
    out.push([start, acc]);
    acc = '';
  });
  if (acc) out.push([start, acc]);
  return out;
}

describe('the catalogue is the only source of the texts users see', () => {
  it('finds no literal that bypasses it', () => {
    expect(FILES.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of FILES) {
      for (const [k, text] of logicalLines(readFileSync(file, 'utf8'))) {
        for (const [re, what] of LEAKS) if (re.test(text)) found.push(`${file}:${k}: ${what}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('fails on a leak like the ones it looks for', () => {
    const sample = [
      "throw new UsageError('--jobs must be a whole number');",
      "const s = lang === 'id' ? 'berkas' : 'file';",
      "process.stderr.write(`lkjip-lint: ${x}: 3 comments written\\n`);",
      // The kinds the scan once missed: a parser's refusal in two languages over three lines, a
      // stopped worker's line, a skip reason's table, a baseline error chosen by language.
      "throw new InputError(\n  opts.password === undefined ? 'the PDF is encrypted' : 'the password is wrong',\n  'PDF ini terenkripsi',\n);",
      "if (reason === 'timeout') return failed(`stopped after ${timeout} s (--timeout)`, `dihentikan setelah ${timeout} detik`);",
      "  missing: { en: 'no such file or folder', id: 'berkas atau folder tidak ditemukan' },",
      "availability = {\n  en: 'Tesseract is not installed: install it with `apt-get install tesseract-ocr`',\n  id: 'Tesseract belum terpasang',\n};",
      "return new InputError(\n  `an image of the PDF claims ${size} pixels`,\n  `sebuah gambar di PDF ini mengaku berukuran ${size} piksel`,\n);",
      "throw new BaselineError(lang === 'en' ? `${path}: the baseline is not valid JSON` : `${path}: baseline bukan JSON yang sah`);",
      "throw new ConfigError(`${file}: unknown rule \"${id}\" in \"rules\"`);",
    ];
    for (const sample1 of sample) {
      const hit = logicalLines(sample1).some(([, line]) => LEAKS.some(([re]) => re.test(line)));
      expect(hit, sample1).toBe(true);
    }
    for (const fine of ["throw new UsageError('cli.jobs');", "throw new InputError('input.pdfDamaged', { reason: first });", "return failed('run.timeout', { s: timeout });", "reason: both('skip.tooLarge', { mb, limit }),"]) {
      expect(logicalLines(fine).some(([, line]) => LEAKS.some(([re]) => re.test(line))), fine).toBe(false);
    }
  });
});
