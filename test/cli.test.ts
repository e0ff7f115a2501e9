/** The command as a user runs it: exit codes, JSON shape, errors that name the file, config. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules } from '../rules/index.js';
import { describe, expect, it } from 'vitest';
import { LintOutput } from '../src/model.js';
import { corpusPath } from './helpers.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tmp = () => mkdtempSync(join(tmpdir(), 'lkjip-'));

describe('lkjip-lint', () => {
  it('prints findings a reviewer recognises and exits 1 when there are errors', () => {
    const r = run(corpusPath('siak-2024.txt'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/tahun 2024 \(dari sampul, baris \d+\)/);
    expect(r.stdout).toMatch(/254:1 +peringatan +Penomoran baris tabel: seharusnya 4, tertulis 3 +numbering/);
    expect(r.stdout).toMatch(/✖ \d+ masalah/);
  });
  it('writes JSON that matches the published schema', () => {
    const r = run(corpusPath('cilegon-2021.txt'), '--format', 'json', '--lang', 'en');
    const out = LintOutput.parse(JSON.parse(r.stdout));
    expect(out.files[0]!.report.year).toBe(2021);
    const f = out.files[0]!.findings.find((x) => x.ruleId === 'wrong-year' && x.location.line === 18)!;
    expect(f.message).toMatch(/^Year 2020 in the 2021 report/);
    expect(f.excerpt).toMatch(/Laporan Kinerja Kantor Imigrasi Kelas II TPI Cilegon tahun 2020/);
  });
  it('exits 0 on a clean report and respects --max-warnings', () => {
    const dir = tmp();
    const file = join(dir, 'ok.txt');
    writeFileSync(file, 'Capaian kinerja [100%] sudah baik.\n');
    const quiet = run(file, '--year', '2024', '--config', writeConfig(dir, { rules: { 'missing-section': 'off' } }));
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toMatch(/peringatan/);
    expect(run(file, '--year', '2024', '--max-warnings', '0', '--config', join(dir, 'lkjip-lint.config.json')).status).toBe(1);
  });
  it('lints a folder recursively, and an unreadable file gives a one-line message and exit 2 while the rest is linted', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'LAPORAN KINERJA TAHUN 2024\n\nsejumlah [...] orang pegawai\n');
    writeFileSync(join(dir, 'b.docx'), Buffer.from('not a zip at all, just text pretending'));
    writeFileSync(join(dir, 'c.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    writeFileSync(join(dir, 'ignored.png'), Buffer.from([1, 2, 3]));
    const r = run(dir, '--format', 'json');
    expect(r.status).toBe(2);
    const out = LintOutput.parse(JSON.parse(r.stdout));
    expect(out.files.map((f) => f.path.slice(dir.length + 1))).toEqual(['b.docx', 'c.pdf', 'sub/a.txt']);
    expect(out.files[2]!.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
    // The image is not a report: accounted for as skipped, with why.
    expect(out.skipped?.map((s) => [s.path.slice(dir.length + 1), s.kind])).toEqual([['ignored.png', 'image']]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    // Messages are in the run's language (Bahasa Indonesia by default).
    expect(lines[0]).toMatch(/ignored\.png: berkas gambar; satukan halaman pindaian menjadi satu PDF/);
    expect(lines[1]).toMatch(/b\.docx: bukan dokumen Word: isinya teks \(38 bita\), padahal namanya berakhiran \.docx/);
    expect(lines[2]).toMatch(/c\.pdf: bukan PDF yang dapat dibaca .*rusak atau terpotong/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
  it('rejects an empty file and a missing file with exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run(join(dir, 'empty.txt'), join(dir, 'nope.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/empty\.txt: berkas kosong/);
    expect(r.stderr).toMatch(/nope\.txt: berkas atau folder tidak ditemukan/);
    const en = run(join(dir, 'empty.txt'), join(dir, 'nope.txt'), '--lang', 'en');
    expect(en.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(en.stderr).toMatch(/nope\.txt: no such file or folder/);
  });
  it('refuses a file whose name promises a PDF or a Word document but holds text (exit 2), and lints the rest', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'laporan.pdf'), 'x');
    writeFileSync(join(dir, 'laporan.docx'), 'LAPORAN KINERJA TAHUN 2024\n');
    writeFileSync(join(dir, 'laporan.txt'), 'LAPORAN KINERJA TAHUN 2024\n\nsejumlah [...] orang pegawai\n');
    const r = run(join(dir, 'laporan.pdf'), join(dir, 'laporan.docx'), join(dir, 'laporan.txt'), '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `lkjip-lint: ${join(dir, 'laporan.pdf')}: bukan PDF: isinya teks (1 bita), padahal namanya berakhiran .pdf; unduh atau ekspor ulang laporannya ke PDF (atau beri nama .txt bila memang ekspor teks)`,
      `lkjip-lint: ${join(dir, 'laporan.docx')}: bukan dokumen Word: isinya teks (27 bita), padahal namanya berakhiran .docx; simpan ulang laporannya sebagai .docx dari Word (atau beri nama .txt bila memang ekspor teks)`,
    ]);
    const out = LintOutput.parse(JSON.parse(r.stdout));
    expect(out.files.map((f) => f.findings.length > 0)).toEqual([false, false, true]);
    expect(run(join(dir, 'laporan.pdf'), '--lang', 'en').stderr).toMatch(/laporan\.pdf: not a PDF: its content is text \(1 bytes\) although its name ends in \.pdf/);
    // The content decides the format otherwise: a real PDF named .txt is still read as a PDF.
    writeFileSync(join(dir, 'pdf-as.txt'), readFileSync(corpusPath('cilegon-2021.pdf')));
    const asTxt = LintOutput.parse(JSON.parse(run(join(dir, 'pdf-as.txt'), '--format', 'json').stdout));
    expect(asTxt.files[0]!.format).toBe('pdf');
  });
  it('gives a text that is not an LKjIP one finding that says so, not a list of missing chapters', () => {
    const dir = tmp();
    const file = join(dir, 'notulen.txt');
    writeFileSync(file, 'Notulen rapat koordinasi\n\nRapat dibuka pukul 09.00 oleh ketua.\nPeserta membahas jadwal kegiatan bulan depan.\n');
    const r = run(file, '--format', 'json');
    expect(r.status).toBe(1);
    const findings = LintOutput.parse(JSON.parse(r.stdout)).files[0]!.findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'not-a-report', severity: 'error', location: { line: 1 }, excerpt: 'Notulen rapat koordinasi' });
    expect(findings[0]!.message).toMatch(/^Berkas ini tidak tampak seperti LKjIP: tidak ada bab \(BAB I …\), judul Laporan Kinerja/);
    expect(run(file, '--lang', 'en').stdout).toMatch(/1:1 +error +This does not look like an LKjIP: no chapters \(BAB I …\)/);
    // One of the marks is enough: the same minutes with a capaian table are linted rule by rule.
    writeFileSync(file, 'Notulen rapat koordinasi\n\nIndikator\tTarget\tRealisasi\tCapaian\nPersentase layanan\t90%\t100%\t[111,11%]\n');
    const linted = LintOutput.parse(JSON.parse(run(file, '--format', 'json').stdout)).files[0]!.findings;
    expect(linted.some((f) => f.ruleId === 'not-a-report')).toBe(false);
    expect(linted.some((f) => f.ruleId === 'bracketed-value')).toBe(true);
  });
  it('names the bad key of a config file', () => {
    const dir = tmp();
    const cfg = writeConfig(dir, { rules: { placeholdr: 'off' } });
    const r = run(corpusPath('siak-2024.txt'), '--config', cfg, '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "placeholdr" in "rules"; did you mean "placeholder"\?/);
    const cfg2 = writeConfig(dir, { rulez: {} });
    expect(run(corpusPath('siak-2024.txt'), '--config', cfg2).stderr).toMatch(/kunci "rulez" tidak dikenal; maksud Anda "rules"\?/);
    const cfg3 = writeConfig(dir, { rules: { numbering: { options: { lists: 'yes' } } } });
    expect(run(corpusPath('siak-2024.txt'), '--config', cfg3).stderr).toMatch(/rules\.numbering\.options\.lists": harus berupa true atau false; tertulis "yes"/);
  });
  it('checks the config once, before any report: one line for a folder of reports, none of them linted', () => {
    const dir = tmp();
    writeConfig(dir, { rules: { placeholdr: 'off', numbering: 'warn' } });
    writeFileSync(join(dir, 'a.txt'), 'LAPORAN KINERJA TAHUN 2024\n\nsejumlah [...] orang pegawai\n');
    writeFileSync(join(dir, 'b.txt'), 'LAPORAN KINERJA TAHUN 2024\n\ncapaian [100%]\n');
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`lkjip-lint: ${join(dir, 'lkjip-lint.config.json')}: aturan "placeholdr" tidak dikenal di "rules"; maksud Anda "placeholder"? (aturan yang ada: ${allRules.map((x) => x.id).join(', ')})`]);
    expect(r.stderr).not.toMatch(/internal|galat internal/);
    // "warn", as ESLint users write it, is a severity.
    writeConfig(dir, { rules: { numbering: 'warn', 'missing-section': 0 } });
    const ok = run(dir, '--format', 'json');
    expect(ok.stderr).toBe('');
    expect(LintOutput.parse(JSON.parse(ok.stdout)).files).toHaveLength(2);
  });
  it('a missing --config file is "not found", not bad JSON', () => {
    const r = run(corpusPath('siak-2024.txt'), '--config', join(tmp(), 'nope.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: berkas konfigurasi tidak ditemukan; periksa jalur --config\n$/);
    expect(run(corpusPath('siak-2024.txt'), '--config', join(tmp(), 'nope.json'), '--lang', 'en').stderr).toMatch(/nope\.json: config file not found/);
  });
  it('turns rules off and changes severity from the config found upward from the input', () => {
    const dir = tmp();
    writeConfig(dir, { rules: { 'bracketed-value': 'off', placeholder: 'warning' } });
    const file = join(dir, 'r.txt');
    writeFileSync(file, 'sejumlah [...] orang, capaian [100%]\n');
    const out = LintOutput.parse(JSON.parse(run(file, '--format', 'json', '--year', '2024').stdout));
    const rules = out.files[0]!.findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(rules).toContain('placeholder:warning');
    expect(rules.some((r) => r.startsWith('bracketed-value'))).toBe(false);
  });
  it('--format html writes one self-contained page with every finding, report text escaped', () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'web', 'script-in-report.txt');
    const json = JSON.parse(run('--format', 'json', file).stdout) as { files: { findings: unknown[] }[] };
    const r = run('--format', 'html', file);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout.match(/<li class="finding/g)?.length).toBe(json.files[0]!.findings.length);
    expect(r.stdout).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(r.stdout).not.toContain('<script>window.pwned');
    expect(r.stdout).not.toMatch(/<link |src="/);
    // The page goes back to the satker: no folder of the reviewer's machine in it, only the file's name.
    expect(r.stdout).toContain('<title>Hasil pemeriksaan LKjIP: script-in-report.txt</title>');
    expect(r.stdout).toContain('<h2>script-in-report.txt</h2>');
    expect(r.stdout).not.toContain(import.meta.dirname.split('/test')[0]!);
  });
  it('serve refuses bad options with one line', () => {
    const r = run('serve', '--port', 'abc');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('lkjip-lint: --port harus nomor port (0 memilih yang bebas)');
    expect(run('serve', '--lang', 'en', '--port', 'abc').stderr.trim()).toBe('lkjip-lint: --port must be a port number (0 picks a free one)');
    expect(run('serve', 'report.pdf').stderr).toMatch(/serve tidak menerima berkas/);
  });
  it('usage errors exit 2', () => {
    expect(run().status).toBe(2);
    expect(run('--format', 'xml', 'x.txt').stderr).toMatch(/--format "xml" tidak dikenal/);
    expect(run('--lang', 'en', '--format', 'xml', 'x.txt').stderr).toMatch(/unknown --format "xml"/);
    expect(run('--help').stdout).toMatch(/^lkjip-lint .*: periksa [\s\S]*Kode keluar:/);
    expect(run('--help', '--lang', 'en').stdout).toMatch(/^lkjip-lint .*: check [\s\S]*Exit codes:/);
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('extract shows sections, tables with their kind, and formulas', () => {
    const json = JSON.parse(execFileSync(process.execPath, [CLI, 'extract', '--format', 'json', corpusPath('siak-2024.txt')], { encoding: 'utf8' }));
    expect(json.report.year).toBe(2024);
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['kata-pengantar', 'daftar-isi', 'ikhtisar', 'bab-1', 'bab-2', 'bab-3', 'bab-4', 'lampiran']);
    const capaian = json.tables.find((t: { location: { line: number } }) => t.location.line === 489);
    expect(capaian.kind).toBe('capaian');
    const formula = json.formulas.find((f: { location: { line: number } }) => f.location.line === 671);
    expect(formula.steps[0]).toBeCloseTo(111.111, 2);
    const md = execFileSync(process.execPath, [CLI, 'extract', corpusPath('cilegon-2021.txt')], { encoding: 'utf8' });
    expect(md).toMatch(/## Tables/);
  });
});

function writeConfig(dir: string, config: unknown): string {
  const file = join(dir, 'lkjip-lint.config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('start-up', () => {
  it('--version prints the package version without loading the linter', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, ['--trace-warnings', CLI, '--version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(pkg.version);
    // The entry point imports only the version module before it answers.
    const entry = readFileSync(CLI, 'utf8');
    expect(entry.match(/^import .*$/gm)).toEqual(["import { VERSION } from './version.js';"]);
    expect(loaded('--version')).toEqual([]);
  });
  it('loads mammoth only for Word files and pdf.js only for PDFs (a text report needs neither)', () => {
    const heavy = (pkgs: string[]) => pkgs.filter((p) => ['mammoth', 'pdfjs-dist', 'jszip', 'pdf-lib', '@xmldom'].includes(p));
    expect(heavy(loaded(corpusPath('siak-2024.txt'), '--format', 'json'))).toEqual([]);
    expect(heavy(loaded(corpusPath('cilegon-2021.docx'), '--format', 'json'))).toEqual(['@xmldom', 'jszip', 'mammoth']);
    expect(heavy(loaded(corpusPath('cilegon-2021.pdf'), '--format', 'json'))).toEqual(['pdfjs-dist']);
  });
});

/** Packages a run of the command loaded, in every thread (Node's own module debug log). */
function loaded(...args: string[]): string[] {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm,module' }, maxBuffer: 1 << 26 });
  const names = new Set<string>();
  for (const m of r.stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(m[1]!.startsWith('@') ? m[1]!.split('/')[0]! : m[1]!);
  return [...names].sort();
}
