/**
 * Text that reaches a terminal, and text the rules read: control and bidi characters from a
 * report or a file name are printed escaped (`\x1b`, `\u202e`), never raw; zero-width and other
 * invisible characters do not hide a placeholder; one byte that is not UTF-8 does not switch a
 * whole text file to Windows-1252 (the findings stay those of the clean file) and is told in a notice.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { FileResult } from '../src/model.js';
import type { lint as Lint } from '../src/lint.js';
import type { formatStylish as FormatStylish } from '../src/format/stylish.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const { lint } = (await import(join(ROOT, 'dist', 'src', 'lint.js'))) as { lint: typeof Lint };
const { formatStylish } = (await import(join(ROOT, 'dist', 'src', 'format', 'stylish.js'))) as { formatStylish: typeof FormatStylish };

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[\d+(?:;\d+)*m/g;
const dir = mkdtempSync(join(tmpdir(), 'lkjip-terminal-'));
const CILEGON = readFileSync(corpusPath('cilegon-2021.txt'), 'utf8');
const withLine = (line: string) => CILEGON.replace('KATA PENGANTAR', `KATA PENGANTAR\n\n${line}`);

describe('terminal output', () => {
  const hostile: FileResult = {
    path: 'lap\u001bcoran\u202eftp.txt',
    format: 'txt',
    report: { year: 2021, office: 'Kantor \u001b]2;judul\u0007Imigrasi', yearSource: 'cover, line 5', officeSource: 'cover\r, line 7' },
    findings: [{ ruleId: 'placeholder', severity: 'error', message: 'template text "[\u001b[2J\u202e]" never filled in', location: { line: 3, column: 1 }, excerpt: '' }],
  };

  it('stylish shows control and bidi characters from a report escaped, with and without colours', () => {
    for (const color of [false, true]) {
      const out = formatStylish([hostile], 'en', color);
      expect(out.replace(COLOUR, '')).not.toMatch(RAW);
      expect(out).toContain('lap\\x1bcoran\\u202eftp.txt');
      expect(out).toContain('"[\\x1b[2J\\u202e]"');
      expect(out).toContain('Kantor \\x1b]2;judul\\x07Imigrasi');
      expect(out).toContain('cover\\x0d, line 7');
    }
  });

  it('the CLI prints a hostile report and file name escaped on stdout and stderr', () => {
    const name = join(dir, 'lap\u001bcoran\u202e.txt');
    writeFileSync(name, withLine('Data [\u001b]2;pwned\u0007\u001bc satker \u202e] disampaikan.'));
    const broken = join(dir, 'rusak\u001b[2J.pdf');
    writeFileSync(broken, '%PDF-1.7\n\u0000\u0001 not really a PDF');
    const r = spawnSync(process.execPath, [CLI, '--no-color', name, broken], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stdout).toContain('lap\\x1bcoran\\u202e.txt');
    expect(r.stderr).toContain('rusak\\x1b[2J.pdf');
    // The finding about the bracket is there, its text escaped.
    expect(r.stdout).toMatch(/\\x1b\]2;pwned/);
  });
});

describe('invisible characters', () => {
  it.each([
    ['a zero-width space', '\u200b'],
    ['a soft hyphen', '\u00ad'],
    ['a word joiner', '\u2060'],
    ['a right-to-left override', '\u202e'],
  ])('[sat…ker] with %s inside is still a placeholder, at the same place', async (_what, ch) => {
    const clean = (await lint('a.txt', Buffer.from(withLine('Laporan ini disusun oleh [satker] sesuai ketentuan.')))).findings.filter((f) => f.ruleId === 'placeholder');
    const hidden = (await lint('a.txt', Buffer.from(withLine(`Laporan ini disusun oleh [sat${ch}ker] sesuai ketentuan.`)))).findings.filter((f) => f.ruleId === 'placeholder');
    expect(clean.length).toBeGreaterThan(0);
    expect(hidden.map((f) => [f.location.line, f.message])).toEqual(clean.map((f) => [f.location.line, f.message]));
  });
});

describe('text encoding', () => {
  const key = (r: FileResult) => r.findings.map((f) => `${f.ruleId} ${f.location.line}:${f.location.column} ${f.message}`);

  it('one byte that is not UTF-8 keeps every finding of the clean file, and the result says where it was', async () => {
    const bytes = readFileSync(corpusPath('siak-2024.txt'));
    const clean = await lint('siak.txt', bytes);
    const at = bytes.indexOf(0x0a, Math.floor(bytes.length / 2));
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const stray = await lint('siak.txt', Buffer.concat([bytes.subarray(0, at), Buffer.from([0x20, 0xff]), bytes.subarray(at)]));
    expect(clean.findings.length).toBeGreaterThan(100);
    expect(key(stray)).toEqual(key(clean));
    expect(stray.notices).toEqual([expect.stringMatching(new RegExp(`bukan UTF-8 pada baris ${line} dibaca sebagai Windows-1252`))]);
    expect(clean.notices ?? []).toEqual([]);
  });

  it('a Windows-1252 file reads as its UTF-8 twin, and a stray byte does not spoil the UTF-8 on its line', async () => {
    const text = withLine('Catatan: realisasi “kegiatan” café Rp 5.000 – selesai.');
    const utf8 = await lint('a.txt', Buffer.from(text, 'utf8'));
    // Every character of the file in Windows-1252 (curly quotes 0x93 0x94, en dash 0x96, é 0xe9).
    const cp1252 = Buffer.from(text.replaceAll('“', '\u0093').replaceAll('”', '\u0094').replaceAll('–', '\u0096'), 'latin1');
    const old = await lint('a.txt', cp1252);
    expect(old.findings.length).toBeGreaterThan(0);
    expect(key(old)).toEqual(key(utf8));
    expect(old.notices).toEqual([expect.stringMatching(/bukan UTF-8 pada baris \d+/)]);
    expect((await lint('a.txt', cp1252, { lang: 'en' })).notices).toEqual([expect.stringMatching(/not valid UTF-8 on lines? \d+/)]);
    const stray = Buffer.concat([Buffer.from('BAB I\nPENDAHULUAN\nKegiatan café ', 'utf8'), Buffer.from([0xe9]), Buffer.from(' naïve\n', 'utf8')]);
    const { decodeTextReport } = (await import(join(ROOT, 'dist', 'src', 'parse', 'text.js'))) as { decodeTextReport: (b: Uint8Array) => { text: string; notUtf8: number[] } };
    const decoded = decodeTextReport(stray);
    expect(decoded.text.split('\n')[2]).toBe('Kegiatan café é naïve');
    expect(decoded.notUtf8).toEqual([3]);
  });
});
