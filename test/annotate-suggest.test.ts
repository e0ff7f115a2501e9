/**
 * The annotated copies of a reviewer's season: `--suggest` (the certain fixes as Word tracked
 * changes by "lkjip-lint", read back by LibreOffice and accepted), re-annotation that replaces
 * lkjip-lint's own earlier comments, the copy carrying `--quiet`, comments on the quoted phrase,
 * and `--annotate-dir` (a folder in, a folder out). On real reports of the corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import type { LintOutput, FileResult } from '../src/model.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), 'lkjip-suggest-'));
const lintJson = (file: string, ...args: string[]) => (JSON.parse(run('--format', 'json', file, ...args).stdout) as LintOutput).files[0]!;
const documentXml = async (file: string) => (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const wordText = (xml: string) => decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => m[1] ?? '\n').join(''));
/** Every tracked change accepted, as Word's "Accept all" does: insertions kept, deletions dropped. */
const acceptAll = (xml: string) => xml.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '').replace(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g, '$1');

describe('--annotate OUT.docx --suggest (siak-2024.docx)', () => {
  const input = corpusPath('siak-2024.docx');
  const out = join(tmp, 'siak-suggest.docx');
  let result: FileResult;
  let stderr: string;
  let xml: string;
  beforeAll(async () => {
    result = lintJson(input);
    stderr = run(input, '--annotate', out, '--suggest').stderr;
    xml = await documentXml(out);
  });

  it('writes the certain fixes as tracked changes by lkjip-lint, next to one comment per finding', () => {
    const fixes = result.findings.filter((f) => f.fix);
    expect(fixes.length).toBeGreaterThan(100);
    expect(new Set(fixes.map((f) => f.ruleId))).toEqual(new Set(['bracketed-value', 'wrong-year', 'capaian']));
    const changes = Number(/(\d+) perubahan terlacak/.exec(stderr)?.[1]);
    expect(stderr).toContain(`${result.findings.length} komentar`);
    expect(changes).toBeGreaterThan(100);
    const dels = [...xml.matchAll(/<w:del\b[^>]*w:author="lkjip-lint"/g)].length;
    expect(dels).toBe(changes);
    // A finding without a certain fix (a placeholder) is a comment only.
    expect(result.findings.some((f) => f.ruleId === 'placeholder' && !f.fix)).toBe(true);
  });

  it('the accepted document reads the corrected values, and linting it again finds those defects gone', async () => {
    const accepted = wordText(acceptAll(xml));
    expect(accepted).toContain('Sistematika Laporan Kinerja Kantor Imigrasi Kelas II TPI Siak Tahun 2024 berpedoman');
    expect(accepted).not.toContain('TPI Siak Tahun 2023 berpedoman');
    expect(accepted).toContain('dengan capaian 111,11%');
    expect(accepted).not.toContain('[111,11%]');
    // The rest of the text is the report's own: only the fixed phrases differ.
    expect(wordText(xml.replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '').replace(/<w:delText\b([^>]*)>/g, '<w:t$1>').replace(/<\/w:delText>/g, '</w:t>'))).toBe(wordText(await documentXml(input)));
    const zip = await JSZip.loadAsync(readFileSync(out));
    zip.file('word/document.xml', acceptAll(xml));
    const acceptedFile = join(tmp, 'siak-accepted.docx');
    writeFileSync(acceptedFile, await zip.generateAsync({ type: 'uint8array' }));
    const again = lintJson(acceptedFile);
    const before = result.findings.filter((f) => f.ruleId === 'bracketed-value').length;
    const after = again.findings.filter((f) => f.ruleId === 'bracketed-value').length;
    expect(before).toBeGreaterThan(100);
    expect(after).toBeLessThan(before / 10);
    expect(again.findings.some((f) => f.ruleId === 'wrong-year' && f.excerpt.startsWith('Sistematika Laporan Kinerja'))).toBe(false);
    expect(result.findings.some((f) => f.ruleId === 'wrong-year' && f.excerpt.startsWith('Sistematika Laporan Kinerja'))).toBe(true);
  });

  it('LibreOffice opens it, reads the changes as lkjip-lint\'s, and accepting them gives the corrected text', async () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
    expect(soffice, 'LibreOffice is needed: apt-get install libreoffice-writer-nogui').toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-soffice-'));
    const profile = mkdtempSync(join(tmpdir(), 'lkjip-soffice-profile-'));
    const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', dir, out], { encoding: 'utf8', timeout: 180_000 });
    const fodt = join(dir, 'siak-suggest.fodt');
    expect(existsSync(fodt), r.stderr).toBe(true);
    const odf = readFileSync(fodt, 'utf8');
    const regions = [...odf.matchAll(/<text:changed-region\b[^>]*\btext:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)];
    const deletions = regions.filter((m) => m[2]!.includes('<text:deletion>'));
    expect(deletions.length).toBe(Number(/(\d+) perubahan terlacak/.exec(stderr)?.[1]));
    expect(regions.every((m) => m[2]!.includes('<dc:creator>lkjip-lint</dc:creator>'))).toBe(true);
    // Accept all, as LibreOffice stores them: a deletion's text sits between its change marks in the body.
    let body = odf.slice(odf.indexOf('<office:body>')).replace(/<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/, '');
    for (const [, id] of deletions) body = body.replace(new RegExp(`<text:change-start text:change-id="${id}"/>[\\s\\S]*?<text:change-end text:change-id="${id}"/>`), '');
    body = body.replace(/<office:annotation[\s>][\s\S]*?<\/office:annotation>/g, '');
    const text = decode(body.replace(/<text:s\/>/g, ' ').replace(/<text:s text:c="(\d+)"\/>/g, (_m, n: string) => ' '.repeat(Number(n))).replace(/<[^>]+>/g, ''));
    expect(text).toContain('Kantor Imigrasi Kelas II TPI Siak Tahun 2024 berpedoman');
    expect(text).not.toContain('TPI Siak Tahun 2023 berpedoman');
    expect(text).toContain('dengan capaian 111,11%');
    expect(text).not.toContain('[111,11%]');
    // As many bracketed [100%] left as the XML read back with the changes accepted (those no finding named), far fewer than before.
    const count = (t: string) => t.split('[100%]').length - 1;
    const original = count(wordText(await documentXml(input)));
    expect(count(text)).toBe(count(wordText(acceptAll(xml))));
    expect(count(text)).toBeLessThan(original / 3);
  }, 240_000);
});

describe('re-annotating, --quiet, and comments on the phrase', () => {
  const input = corpusPath('siak-2024.docx');
  let result: FileResult;
  beforeAll(() => {
    result = lintJson(input);
  });

  it('annotating an annotated copy replaces lkjip-lint\'s own comments instead of doubling them', async () => {
    const once = join(tmp, 'once.docx');
    const twice = join(tmp, 'twice.docx');
    run(input, '--annotate', once, '--suggest');
    const r = run(once, '--annotate', twice, '--suggest');
    expect(r.stderr).toContain(`(${result.findings.length} komentar lkjip-lint sebelumnya diganti)`);
    // The copy is read as Word shows it (its suggestions in): the fixed defects are no longer found.
    const now = lintJson(once).findings.length;
    expect(now).toBeLessThan(result.findings.length);
    const zip = await JSZip.loadAsync(readFileSync(twice));
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect([...comments.matchAll(/<w:comment\b/g)].length).toBe(now);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect([...xml.matchAll(/<w:commentRangeStart\b/g)].length).toBe(now);
    // The earlier suggestions stay (pending for the satker); only fixes found now are added.
    const added = Number(/(\d+) perubahan terlacak/.exec(r.stderr)?.[1] ?? 0);
    expect([...xml.matchAll(/<w:del\b/g)].length).toBe([...(await documentXml(once)).matchAll(/<w:del\b/g)].length + added);
  });

  it('the copy carries --quiet: errors only', async () => {
    const out = join(tmp, 'quiet.docx');
    run(input, '--annotate', out, '--quiet');
    const comments = await (await JSZip.loadAsync(readFileSync(out))).file('word/comments.xml')!.async('string');
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(result.findings.length);
    expect([...comments.matchAll(/<w:comment\b/g)].length).toBe(errors);
    expect(comments).not.toContain('Peringatan (');
  });

  it('a comment covers the figure or phrase it is about, not the whole paragraph', async () => {
    const out = join(tmp, 'phrase.docx');
    run(input, '--annotate', out);
    const xml = await documentXml(out);
    let exact = 0;
    const bracketed = result.findings.map((f, k) => [f, k] as const).filter(([f]) => f.ruleId === 'bracketed-value');
    for (const [f, k] of bracketed) {
      const start = xml.indexOf(`<w:commentRangeStart w:id="${k}"/>`);
      const end = xml.indexOf(`<w:commentRangeEnd w:id="${k}"/>`);
      if (wordText(xml.slice(start, end)) === f.actual) exact++;
    }
    // The sentence "… dengan capaian [111,11%]." is commented on "[111,11%]" alone.
    expect(exact).toBeGreaterThan(bracketed.length * 0.9);
  });
});

describe('--annotate-dir OUT/ (a folder in, a folder out)', () => {
  it('writes a copy of every Word and PDF report under OUT at its relative path; text inputs are linted only', async () => {
    const inDir = join(tmp, 'uploads');
    mkdirSync(join(inDir, 'banten'), { recursive: true });
    copyFileSync(corpusPath('siak-2024.docx'), join(inDir, 'siak-2024.docx'));
    copyFileSync(corpusPath('cilegon-2021.pdf'), join(inDir, 'banten', 'cilegon-2021.pdf'));
    copyFileSync(corpusPath('cilegon-2021.txt'), join(inDir, 'banten', 'cilegon-2021.txt'));
    const outDir = join(tmp, 'catatan');
    const r = run(inDir, '--annotate-dir', outDir, '--format', 'json', '--jobs', '2');
    const results = (JSON.parse(r.stdout) as LintOutput).files;
    expect(results.map((f) => f.path.slice(inDir.length + 1)).sort()).toEqual(['banten/cilegon-2021.pdf', 'banten/cilegon-2021.txt', 'siak-2024.docx']);
    expect(existsSync(join(outDir, 'siak-2024.docx'))).toBe(true);
    expect(existsSync(join(outDir, 'banten', 'cilegon-2021.pdf'))).toBe(true);
    expect(existsSync(join(outDir, 'banten', 'cilegon-2021.txt'))).toBe(false);
    const siak = results.find((f) => f.path.endsWith('siak-2024.docx'))!;
    const comments = await (await JSZip.loadAsync(readFileSync(join(outDir, 'siak-2024.docx')))).file('word/comments.xml')!.async('string');
    expect([...comments.matchAll(/<w:comment\b/g)].length).toBe(siak.findings.length);
    expect(r.stderr).toContain(`siak-2024.docx: ${siak.findings.length} komentar ditulis`);
    expect(readFileSync(join(outDir, 'banten', 'cilegon-2021.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 240_000);
});

describe('PDF highlights with appearance streams (cilegon-2021.pdf)', () => {
  it('every highlight has its own appearance, and the rendered page is tinted under it where the original is not', async () => {
    const input = corpusPath('cilegon-2021.pdf');
    const out = join(tmp, 'cilegon-ap.pdf');
    run(input, '--annotate', out);
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(out)), isEvalSupported: false }).promise;
    const highlights: { page: number; rect: number[]; height: number }[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      for (const a of await page.getAnnotations()) {
        if (a.subtype !== 'Highlight') continue;
        expect(a.hasAppearance, `highlight on page ${p}`).toBe(true);
        highlights.push({ page: p, rect: a.rect as number[], height: page.view[3]! });
      }
    }
    expect(highlights.length).toBeGreaterThan(10);
    // Render the first highlight's page (72 dpi: one pixel per point) before and after.
    const h = highlights[0]!;
    const pixel = (pdf: string, name: string) => {
      const base = join(tmp, name);
      expect(spawnSync('pdftoppm', ['-r', '72', '-f', String(h.page), '-l', String(h.page), '-singlefile', pdf, base]).status).toBe(0);
      const ppm = readFileSync(`${base}.ppm`);
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
      const width = Number(header[1]);
      const off = header[0].length;
      // A point inside the highlight, away from the glyphs: its left edge, half-way up.
      const x = Math.round(h.rect[0]! + 1.5);
      const y = Math.round(h.height - (h.rect[1]! + h.rect[3]!) / 2);
      const at = off + (y * width + x) * 3;
      return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
    };
    const [r0, g0, b0] = pixel(input, 'before');
    const [r1, g1, b1] = pixel(out, 'after');
    expect(r0 + g0 + b0).toBeGreaterThan(600); // white paper there in the original
    // Tinted: red or yellow kept, blue taken away (errors are red, warnings yellow).
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(b0 - 60);
    expect(g1 + r1 + b1).toBeLessThan(r0 + g0 + b0);
  });
});

describe('the copy carries the baseline: accepted findings are neither comments nor changes', () => {
  /** A baseline of `file` that accepts only the findings of `rule`, with the reviewer's reason. */
  function baselineOf(file: string, rule: string, name: string): string {
    const path = join(tmp, name);
    run(file, '--baseline', path);
    const written = JSON.parse(readFileSync(path, 'utf8')) as { accepted: { ruleId: string; reason: string }[] };
    writeFileSync(path, JSON.stringify({ ...written, accepted: written.accepted.filter((e) => e.ruleId === rule).map((e) => ({ ...e, reason: 'dijelaskan satker' })) }));
    return path;
  }

  it('Word: the bracketed values accepted get no comment and no tracked change; the rest are as the run reports', async () => {
    const input = corpusPath('siak-2024.docx');
    const baseline = baselineOf(input, 'bracketed-value', 'siak-baseline.json');
    const reported = lintJson(input, '--baseline', baseline);
    const all = lintJson(input);
    const accepted = all.findings.filter((f) => f.ruleId === 'bracketed-value');
    expect(accepted.length).toBeGreaterThan(100);
    expect(reported.accepted).toBe(accepted.length);
    const out = join(tmp, 'siak-baseline.docx');
    const r = run(input, '--annotate', out, '--suggest', '--baseline', baseline);
    expect(r.stderr).toContain(`${reported.findings.length} komentar`);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect([...comments.matchAll(/<w:comment\b/g)].length).toBe(reported.findings.length);
    expect(comments).not.toContain('bracketed-value');
    // The certain fixes left are the other rules' (wrong year, capaian): none removes a bracket.
    const changes = Number(/(\d+) perubahan terlacak/.exec(r.stderr)?.[1] ?? 0);
    expect(changes).toBe(reported.findings.filter((f) => f.fix).length);
    expect(changes).toBeGreaterThan(0);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(wordText(acceptAll(xml))).toContain('[111,11%]');
  }, 240_000);

  it('PDF: the wrong years accepted get no highlight; the other findings keep theirs', async () => {
    const input = corpusPath('cilegon-2021.pdf');
    const baseline = baselineOf(input, 'wrong-year', 'cilegon-baseline.json');
    const reported = lintJson(input, '--baseline', baseline);
    expect(reported.accepted).toBeGreaterThan(5);
    const out = join(tmp, 'cilegon-baseline.pdf');
    const r = run(input, '--annotate', out, '--baseline', baseline);
    expect(r.stderr).toContain(`${reported.findings.length} catatan ditulis`);
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(out)), isEvalSupported: false }).promise;
    const notes: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) for (const a of await (await doc.getPage(p)).getAnnotations()) if (a.subtype === 'Highlight') notes.push(a.contentsObj?.str ?? '');
    expect(notes.length).toBe(reported.findings.length);
    expect(notes.some((n) => n.includes('wrong-year'))).toBe(false);
    expect(notes.some((n) => n.includes('capaian'))).toBe(true);
  }, 240_000);

  it('a baseline the run would write accepts everything: refused with one line before anything is linted', () => {
    const r = run(corpusPath('siak-2024.docx'), '--annotate', join(tmp, 'never.docx'), '--baseline', join(tmp, 'not-yet.json'), '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/not-yet\.json does not exist yet: .*write the baseline first/)]);
    expect(existsSync(join(tmp, 'never.docx'))).toBe(false);
  });
});
