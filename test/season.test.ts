/**
 * The reviewer's season on the command line: every file of a folder accounted for, findings of one
 * cause grouped, accepted findings (a baseline) quiet in the next run, a revision compared with
 * its earlier version, and the summary a spreadsheet can filter.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { corpusPath } from './helpers.js';
import { LintOutput } from '../src/model.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tmp = () => mkdtempSync(join(tmpdir(), 'lkjip-season-'));

/** Siak's report with three of its leftovers fixed, as a satker sends back a revision. */
function revisedSiak(dir: string): string {
  let text = readFileSync(corpusPath('siak-2024.txt'), 'utf8');
  for (const t of ['[Melaksanakan monitoring dan Evaluasi secara berkala kepada setiap seksi]', '[Menerapkan Inovasi berbasis IT dalam pelaksanaan operasional perkantoran]']) text = text.replace(t, t.slice(1, -1));
  text = text.replace('[Penjabaran capaian lain yang menjadi highlight satuan kerja]', 'Capaian lain yang menonjol adalah layanan paspor simpatik.');
  const file = join(dir, 'siak-2024-revisi.txt');
  writeFileSync(file, text);
  return file;
}

describe('a folder of uploads', () => {
  it('accounts for every file: linted, or skipped with why, on screen, in JSON and in the summary', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'kab'));
    copyFileSync(corpusPath('cilegon-2021.txt'), join(dir, 'cilegon.txt'));
    writeFileSync(join(dir, 'kab', 'dinas-lama.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(dir, 'kab', 'badan.odt'), 'PK');
    writeFileSync(join(dir, 'lampiran.xlsx'), 'PK');
    writeFileSync(join(dir, 'scan-hal1.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    const csv = join(dir, '..', `${dir.split('/').pop()}-ringkasan.csv`);
    const r = run(dir, '--summary', csv);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Tidak diperiksa \(4\)/);
    expect(r.stdout).toMatch(/dinas-lama\.doc: dokumen Word lama \(\.doc\); simpan sebagai \.docx/);
    expect(r.stdout).toMatch(/badan\.odt: berkas OpenDocument/);
    expect(r.stdout).toMatch(/lampiran\.xlsx: lembar kerja, bukan laporan/);
    expect(r.stdout).toMatch(/scan-hal1\.jpg: berkas gambar/);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^✖ \d+ masalah .*; 4 dilewati$/);
    // Each is said once: the stylish output lists them, stderr does not repeat them.
    expect(r.stderr).not.toMatch(/dinas-lama/);
    const rows = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    expect(rows.slice(1).map((row) => [row[0]!.split('/').pop(), row[4]])).toEqual([
      ['cilegon.txt', 'ada galat'],
      ['badan.odt', 'dilewati'],
      ['dinas-lama.doc', 'dilewati'],
      ['lampiran.xlsx', 'dilewati'],
      ['scan-hal1.jpg', 'dilewati'],
    ]);
    const json = LintOutput.parse(JSON.parse(run(dir, '--format', 'json', '--lang', 'en').stdout));
    expect(json.skipped?.map((s) => s.kind).sort()).toEqual(['image', 'old-word', 'opendocument', 'spreadsheet']);
  });

  it('a folder with no report at all is exit 2 with one line, never a green tick', () => {
    const dir = tmp();
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`lkjip-lint: tidak ada laporan untuk diperiksa di ${dir} (.docx, .pdf, .txt, .md)`]);
  });

  it('a wrong path beside a clean report: the error line, and a red total that counts it', () => {
    const dir = tmp();
    const clean = join(dir, 'bersih.txt');
    writeFileSync(clean, 'LAPORAN KINERJA DINAS SOSIAL KOTA MALANG TAHUN 2024\n');
    const r = run(join(dir, 'salah-ketik.pdf'), clean, '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/salah-ketik\.pdf: no such file or folder/);
    expect(r.stdout).not.toMatch(/✔/);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^✖ .*1 not found$/);
  });
});

describe('findings of one cause', () => {
  it('a leftover pattern repeated in one chapter is one line with its count and places; JSON keeps every finding with its group', () => {
    const r = run(corpusPath('siak-2024.txt'));
    const folded = [...r.stdout.matchAll(/… dan (\d+) lagi dengan sebab yang sama di (.*)/g)];
    expect(folded.length).toBeGreaterThan(3);
    // The bracketed values of the Bab III tables are one cause: far more than ten places on one line.
    expect(Math.max(...folded.map((m) => Number(m[1])))).toBeGreaterThan(50);
    const json = LintOutput.parse(JSON.parse(run(corpusPath('siak-2024.txt'), '--format', 'json').stdout));
    const findings = json.files[0]!.findings;
    const lines = r.stdout.split('\n').filter((l) => /^\s+\S+\s+(galat|peringatan)\s/.test(l));
    expect(findings.length).toBeGreaterThan(lines.length + 100);
    const groups = new Map<string, string[]>();
    for (const f of findings) if (f.group) groups.set(f.group, [...(groups.get(f.group) ?? []), f.ruleId]);
    // A group is one rule; two different wrong capaian figures are never one group.
    for (const rules of groups.values()) expect(new Set(rules).size).toBe(1);
    const capaian = findings.filter((f) => f.ruleId === 'capaian-consistency');
    expect(new Set(capaian.map((f) => f.message)).size).toBe(new Set(capaian.map((f) => f.group ?? f.message)).size);
  });

  it('the HTML report shows a group under its first finding, with its count and places, the rest inside a collapsed list', () => {
    const html = run(corpusPath('siak-2024.txt'), '--format', 'html').stdout;
    const findings = LintOutput.parse(JSON.parse(run(corpusPath('siak-2024.txt'), '--format', 'json').stdout)).files[0]!.findings;
    // Every finding is still in the page, each once, by its index.
    const indexes = [...html.matchAll(/<li class="finding[^"]*" data-index="(\d+)"/g)].map((m) => Number(m[1]));
    expect(indexes.slice().sort((a, b) => a - b)).toEqual(findings.map((_, k) => k));
    const groups = new Map<string, number[]>();
    findings.forEach((f, k) => f.group && groups.set(f.group, [...(groups.get(f.group) ?? []), k]));
    const folds = [...html.matchAll(/<li class="same-cause" data-group="(\w+)"[^>]*><details><summary>… dan (\d+) lagi dengan sebab yang sama di <span class="places">([^<]*)<\/span><\/summary><ol class="findings">([\s\S]*?)<\/ol><\/details><\/li>/g)];
    expect(folds.length).toBe(groups.size);
    for (const [, key, n, places, inner] of folds) {
      const members = groups.get(key!)!;
      expect(Number(n)).toBe(members.length - 1);
      // The folded list holds the group's other members, and no other finding.
      expect([...inner!.matchAll(/data-index="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(members.slice(1));
      expect(places!.split(', ').length).toBe(Math.min(members.length - 1, 13));
      // The first member is shown just before its fold.
      const at = html.indexOf(`data-group="${key}"`);
      expect(html.lastIndexOf('data-index="', at)).toBe(html.indexOf(`data-index="${members[0]}"`));
    }
    expect(Math.max(...folds.map((m) => Number(m[2])))).toBeGreaterThan(50);
  });
});

describe('accepted findings and revisions', () => {
  it('--baseline writes the accepted findings once, then keeps them quiet and counts them; a broken baseline is one line', () => {
    const dir = tmp();
    const file = join(dir, 'siak.txt');
    copyFileSync(corpusPath('siak-2024.txt'), file);
    const baseline = join(dir, 'diterima.json');
    const first = run(file, '--baseline', baseline);
    expect(first.stderr).toMatch(/diterima\.json: \d+ temuan dicatat sebagai diterima/);
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as { accepted: { fingerprint: string; reason: string; ruleId: string }[] };
    expect(written.accepted.length).toBeGreaterThan(200);
    // The reviewer keeps only the explained exceptions: the bracketed values of one table, say.
    const keep = written.accepted.filter((e) => e.ruleId === 'bracketed-value').map((e) => ({ ...e, reason: 'nilai sementara, dikonfirmasi satker' }));
    writeFileSync(baseline, JSON.stringify({ ...written, accepted: keep }));
    const again = LintOutput.parse(JSON.parse(run(file, '--baseline', baseline, '--format', 'json').stdout));
    expect(again.files[0]!.accepted).toBe(keep.length);
    expect(again.files[0]!.findings.some((f) => f.ruleId === 'bracketed-value')).toBe(false);
    expect(again.files[0]!.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
    // A revision that moves every line keeps the accepted ones quiet: fingerprints carry no line numbers.
    const moved = join(dir, 'siak-v2.txt');
    writeFileSync(moved, '\n\n\n' + readFileSync(file, 'utf8'));
    expect(LintOutput.parse(JSON.parse(run(moved, '--baseline', baseline, '--format', 'json').stdout)).files[0]!.accepted).toBe(keep.length);
    writeFileSync(baseline, '{"accepted": 3}');
    const broken = run(file, '--baseline', baseline);
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/diterima\.json: bukan baseline lkjip-lint/);
  });

  it('the web page\'s downloaded accept list is a baseline for the command line (one fingerprint everywhere)', () => {
    const dir = tmp();
    const file = join(dir, 'siak.txt');
    copyFileSync(corpusPath('siak-2024.txt'), file);
    const first = LintOutput.parse(JSON.parse(run(file, '--format', 'json').stdout)).files[0]!;
    const pick = first.findings.filter((f) => f.ruleId === 'placeholder');
    expect(pick.every((f) => typeof f.fingerprint === 'string')).toBe(true);
    const list = join(dir, 'lkjip-lint-accepted.json');
    writeFileSync(list, JSON.stringify({ lkjipLintAccepted: 1, accepted: pick.map((f) => ({ fingerprint: f.fingerprint, reason: 'contoh templat yang disengaja', ruleId: f.ruleId })) }));
    const again = LintOutput.parse(JSON.parse(run(file, '--baseline', list, '--format', 'json').stdout)).files[0]!;
    expect(again.accepted).toBe(pick.length);
    expect(again.findings.some((f) => f.ruleId === 'placeholder')).toBe(false);
    expect(again.findings.length).toBe(first.findings.length - pick.length);
  });

  it('compare: a revision fixing three findings shows exactly those three fixed, the rest still there, none new', () => {
    const dir = tmp();
    const revised = revisedSiak(dir);
    const r = run('compare', corpusPath('siak-2024.txt'), revised, '--format', 'json');
    expect(r.status).toBe(1);
    const c = JSON.parse(r.stdout) as { fixed: { ruleId: string; message: string }[]; kept: unknown[]; added: unknown[] };
    expect(c.fixed.map((f) => f.ruleId).sort()).toEqual(['bracketed-value', 'bracketed-value', 'placeholder']);
    expect(c.fixed.map((f) => f.message).join('\n')).toMatch(/Melaksanakan monitoring/);
    expect(c.added).toEqual([]);
    expect(c.kept.length).toBeGreaterThan(200);
    const screen = run('compare', corpusPath('siak-2024.txt'), revised, '--lang', 'en');
    expect(screen.stdout).toMatch(/^Fixed \(3\)$/m);
    expect(screen.stdout).toMatch(/^New \(0\)$/m);
    expect(screen.stdout.trim().split('\n').pop()).toMatch(/3 fixed, \d+ still there, 0 new/);
  });

  it('compare --summary: the revision\'s row has a column per state, and the findings sheet says each finding\'s state', async () => {
    const dir = tmp();
    const revised = revisedSiak(dir);
    const csv = join(dir, 'putaran-2.csv');
    const xlsx = join(dir, 'putaran-2.xlsx');
    expect(run('compare', corpusPath('siak-2024.txt'), revised, '--summary', csv).status).toBe(1);
    const [head, row, ...rest] = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    expect(rest).toEqual([]);
    const at = (name: string) => row![head!.indexOf(name)];
    expect(at('berkas')).toBe(revised);
    expect(at('versi sebelumnya')).toBe(corpusPath('siak-2024.txt'));
    expect(at('diperbaiki')).toBe('3');
    expect(at('baru')).toBe('0');
    expect(Number(at('masih ada'))).toBe(Number(at('galat')) + Number(at('peringatan')) + Number(at('info') ?? 0));
    run('compare', corpusPath('siak-2024.txt'), revised, '--summary', xlsx, '--lang', 'en');
    const book = await JSZip.loadAsync(readFileSync(xlsx));
    const strings = await book.file('xl/sharedStrings.xml')!.async('string');
    for (const word of ['earlier version', 'fixed', 'still there', 'new', 'state']) expect(strings).toContain(`>${word}<`);
    const sheet2 = await book.file('xl/worksheets/sheet2.xml')!.async('string');
    // Every finding of the revision and the three fixed ones of the earlier version.
    expect(sheet2.match(/<row /g)!.length).toBe(1 + Number(at('masih ada')) + 3);
  });

  it('compare works across formats: the Word original against its PDF keeps most findings matched', () => {
    const c = JSON.parse(run('compare', corpusPath('siak-2024.docx'), corpusPath('siak-2024.pdf'), '--format', 'json').stdout) as { fixed: unknown[]; kept: unknown[]; added: unknown[] };
    expect(c.kept.length).toBeGreaterThan(0.9 * (c.kept.length + c.fixed.length));
  });
});

describe('the summary spreadsheet', () => {
  it('has numbers as numbers, a status, a column per rule, autofilter, a frozen header and a sheet of every finding', async () => {
    const dir = tmp();
    const xlsx = join(dir, 'ringkasan.xlsx');
    writeFileSync(join(dir, 'catatan.odt'), 'PK');
    copyFileSync(corpusPath('cilegon-2021.txt'), join(dir, 'cilegon.txt'));
    run(dir, '--summary', xlsx);
    const book = await JSZip.loadAsync(readFileSync(xlsx));
    const workbook = await book.file('xl/workbook.xml')!.async('string');
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['laporan', 'temuan']);
    const sheet1 = await book.file('xl/worksheets/sheet1.xml')!.async('string');
    const sheet2 = await book.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet1).toMatch(/<autoFilter ref="A1:[A-Z]+3"\/>/);
    expect(sheet1).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    // The year and the counts are numbers (no t="s" / t="inlineStr"), not text.
    expect(sheet1).toMatch(/<c r="D2"><v>2021<\/v><\/c>/);
    expect(sheet1).toMatch(/<c r="F2"><v>\d+<\/v><\/c>/);
    const strings = (await book.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(strings).toContain('dilewati');
    expect(strings).toContain('wrong-year');
    const rows = sheet2.match(/<row /g)!.length;
    const json = LintOutput.parse(JSON.parse(run(join(dir, 'cilegon.txt'), '--format', 'json').stdout));
    expect(rows).toBe(json.files[0]!.findings.length + 1);
    expect(sheet2).toMatch(/<autoFilter ref="A1:H\d+"\/>/);
  });
});
