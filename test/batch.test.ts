/**
 * Many reports at once: worker pool, stable order, a bad file never stopping the rest, per-file
 * time limit, the summary (screen, .csv, .xlsx).
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import type { lintFiles as LintFiles } from '../src/batch.js';
import { corpusPath } from './helpers.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

// The pool runs the compiled worker (dist/), as the installed command does; `npm test` builds first.
const { lintFiles, dispatchOrder } = (await import(join(import.meta.dirname, '..', 'dist', 'src', 'batch.js'))) as { lintFiles: typeof LintFiles; dispatchOrder: (files: string[]) => number[] };

describe('batch', () => {
  it('lints in a worker pool and returns the results in input order', async () => {
    const files = ['siak-2024.txt', 'cilegon-2021.docx', 'semarang-2024.txt', 'cilegon-2021.txt'].map(corpusPath);
    const results = await lintFiles(files, {}, { jobs: 2 });
    expect(results.map((r) => r.path)).toEqual(files);
    expect(results.map((r) => r.report.office)).toEqual(['Kantor Imigrasi Kelas II TPI Siak', 'Kantor Imigrasi Kelas II TPI Cilegon', 'Kantor Imigrasi Kelas I Khusus TPI Semarang', 'Kantor Imigrasi Kelas II TPI Cilegon']);
    // The same findings as one at a time.
    const alone = await lintFiles([files[0]!], {}, {});
    expect(results[0]!.findings).toEqual(alone[0]!.findings);
  });
  it('hands the costliest reports to the pool first (Word, then PDF, then text), results still in input order', async () => {
    const files = ['cilegon-2021.txt', 'siak-2024.pdf', 'semarang-2024.docx', 'semarang-2024.txt', 'missing.pdf'].map(corpusPath);
    expect(dispatchOrder(files).map((k) => files[k]!.split('/').pop())).toEqual(['semarang-2024.docx', 'siak-2024.pdf', 'semarang-2024.txt', 'cilegon-2021.txt', 'missing.pdf']);
    const results = await lintFiles(files, {}, { jobs: 2 });
    expect(results.map((r) => r.path)).toEqual(files);
  });
  it('a file over --timeout is stopped with one line; the others are linted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-batch-'));
    // A short draft (a tenth of a second of work) beside a report of nearly the 20 MB text limit
    // (many copies of the corpus text: several seconds of work even on a fast idle machine). The
    // limit sits far from both, so the outcome does not depend on the machine's load.
    writeFileSync(join(dir, 'a.txt'), 'LAPORAN KINERJA\nDINAS SOSIAL KOTA MALANG TAHUN 2024\n\nBAB I PENDAHULUAN\n\nSejumlah [...] pegawai.\n');
    writeFileSync(join(dir, 'b.txt'), readFileSync(corpusPath('semarang-2024.txt'), 'utf8').repeat(95));
    const p = run(join(dir, 'a.txt'), join(dir, 'b.txt'), '--timeout', '3', '--format', 'json', '--jobs', '2', '--lang', 'en');
    expect(p.status).toBe(2);
    expect(p.stderr.trim()).toBe(`lkjip-lint: ${join(dir, 'b.txt')}: stopped after 3 s (--timeout); the file is unusually heavy: check it, or raise --timeout`);
    const out = JSON.parse(p.stdout) as { files: { path: string; error?: string; findings: { ruleId: string }[] }[] };
    expect(out.files[0]!.error).toBeUndefined();
    expect(out.files[0]!.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
  });
  it('3× more files than workers: each file is timed from when a worker takes it, none fails for waiting', () => {
    // Three reports on one worker under a 10 s limit: the last one waits for the two before it
    // (on a busy machine longer than its limit), but its own work is a fraction of the limit.
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-queue-'));
    const files = ['a', 'b', 'c'].map((n) => join(dir, `${n}.txt`));
    for (const f of files) copyFileSync(corpusPath('cilegon-2021.txt'), f);
    const p = run(...files, '--jobs', '1', '--timeout', '10', '--format', 'json', '--lang', 'en');
    expect(p.stderr.trim()).toBe('');
    const out = JSON.parse(p.stdout) as { files: { path: string; error?: string; findings: unknown[] }[] };
    expect(out.files.map((f) => [f.path, f.error])).toEqual(files.map((f) => [f, undefined]));
    expect(new Set(out.files.map((f) => f.findings.length)).size).toBe(1);
  }, 300_000);
  it('a single file is bounded too: it runs in a worker with the time limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-one-'));
    writeFileSync(join(dir, 'heavy.txt'), readFileSync(corpusPath('semarang-2024.txt'), 'utf8').repeat(40));
    const p = run(join(dir, 'heavy.txt'), '--timeout', '1');
    expect(p.status).toBe(2);
    expect(p.stderr.trim()).toBe(`lkjip-lint: ${join(dir, 'heavy.txt')}: dihentikan setelah 1 detik (--timeout); berkas ini luar biasa berat: periksa berkasnya, atau naikkan --timeout`);
  });
  it('prints a summary per report and writes it as .csv and .xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-summary-'));
    const csv = join(dir, 'ringkasan.csv');
    const xlsx = join(dir, 'ringkasan.xlsx');
    const p = run(corpusPath('siak-2024.txt'), corpusPath('cilegon-2021.txt'), '--summary', csv);
    expect(p.stdout).toMatch(/Ringkasan\n\s+berkas\s+format\s+kantor\s+tahun\s+status\s+galat\s+peringatan/);
    expect(p.stdout).toMatch(/siak-2024\.txt\s+txt\s+Kantor Imigrasi Kelas II TPI Siak\s+2024\s+ada galat\s+\d+\s+\d+\s+bracketed-value/);
    // Separated by `;` with a BOM, as spreadsheet programs with Indonesian settings open it; a column per rule.
    const lines = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const head = lines[0]!.split(';');
    expect(head.slice(0, 9)).toEqual(['berkas', 'format', 'kantor', 'tahun', 'status', 'galat', 'peringatan', 'diterima', 'catatan']);
    expect(head).toContain('bracketed-value');
    const siak = lines[1]!.split(';');
    expect(siak.slice(1, 5)).toEqual(['txt', 'Kantor Imigrasi Kelas II TPI Siak', '2024', 'ada galat']);
    expect(Number(siak[head.indexOf('bracketed-value')])).toBeGreaterThan(100);
    run(corpusPath('siak-2024.txt'), corpusPath('cilegon-2021.txt'), '--summary', xlsx);
    const book = await JSZip.loadAsync(readFileSync(xlsx));
    const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = (await book.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(sheet + strings).toContain('Kantor Imigrasi Kelas II TPI Cilegon');
  });
  it('rejects a bad --jobs, --timeout or --summary', () => {
    expect(run(corpusPath('siak-2024.txt'), '--jobs', '0').stderr).toMatch(/--jobs harus bilangan bulat/);
    expect(run(corpusPath('siak-2024.txt'), '--timeout', 'x').stderr).toMatch(/--timeout harus jumlah detik/);
    expect(run(corpusPath('siak-2024.txt'), '--summary', 'out.txt').stderr).toMatch(/--summary FILE harus berakhiran \.csv atau \.xlsx/);
  });
});
