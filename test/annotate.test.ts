/**
 * `--annotate`: the findings written into a copy of the report where reviewers work.
 * DOCX: one Word comment per finding on its paragraph or table cell; every other part of the
 * package and the text of word/document.xml unchanged; LibreOffice opens the result and prints the
 * comments (soffice --convert-to pdf; pdftoppm makes the screenshot in test-artifacts/).
 * PDF: a highlight with a pop-up note per finding on its text; the pages' content unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import type { LintOutput, FileResult } from '../src/model.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), 'lkjip-annotate-'));

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}
const texts = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** Our additions to document.xml, removed again. */
const withoutComments = (xml: string) => xml.replace(/<w:commentRangeStart w:id="\d+"\/>|<w:commentRangeEnd w:id="\d+"\/><w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, '');

/** Adjacent runs with the same properties joined (a run cut in two at a comment's phrase is one run again). */
function unsplit(xml: string): string {
  const re = /(<w:r(?:\s[^>]*)?>)(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>|)<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>\1\2<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g;
  for (let prev = ''; prev !== xml; ) {
    prev = xml;
    xml = xml.replace(re, (_m, open: string, props: string, a: string, b: string) => `${open}${props}<w:t xml:space="preserve">${a}${b}</w:t></w:r>`);
  }
  return xml;
}

async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

describe('--annotate OUT.docx', () => {
  for (const [label, input] of [
    ['siak-2024.docx (already has an empty comments part)', corpusPath('siak-2024.docx')],
    ['a fixture without a comments part', join(ROOT, 'fixtures', 'docx', 'merged-cells.docx')],
  ] as const) {
    describe(label, () => {
      const out = join(tmp, `${label.split(' ')[0]}.annotated.docx`);
      let result: FileResult;
      let before: Map<string, Buffer>;
      let after: Map<string, Buffer>;
      beforeAll(async () => {
        result = (JSON.parse(run('--format', 'json', input).stdout) as LintOutput).files[0]!;
        const r = run(input, '--annotate', out);
        expect(r.stderr).toMatch(new RegExp(`${result.findings.length} komentar ditulis`));
        before = await parts(readFileSync(input));
        after = await parts(readFileSync(out));
      });

      it('adds one comment per finding, by lkjip-lint, with the message and expected vs. found', () => {
        expect(result.findings.length).toBeGreaterThan(0);
        const commentsXml = after.get('word/comments.xml')!.toString('utf8');
        const comments = [...commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)];
        expect(comments.length).toBe(result.findings.length);
        comments.forEach((c, k) => {
          const f = result.findings[k]!;
          expect(c[1]).toContain('w:author="lkjip-lint"');
          const text = texts(c[2]!).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
          expect(text).toContain(f.message);
          if (f.expected !== undefined) expect(text).toContain(`Seharusnya: ${f.expected}`);
          if (f.actual !== undefined) expect(text).toContain(`Tertulis: ${f.actual}`);
        });
      });

      it('leaves every other part as it was, and the text of word/document.xml too', () => {
        const changed = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
        for (const [name, data] of before) if (!changed.has(name)) expect(after.get(name)?.equals(data), name).toBe(true);
        const xmlBefore = before.get('word/document.xml')!.toString('utf8');
        const xmlAfter = after.get('word/document.xml')!.toString('utf8');
        expect(texts(xmlAfter)).toBe(texts(xmlBefore));
        // Nothing but the comment ranges and references was added (runs cut at a quoted phrase rejoined).
        expect(unsplit(withoutComments(xmlAfter))).toBe(unsplit(xmlBefore));
        // The relationships and content types keep all they had.
        const rels = after.get('word/_rels/document.xml.rels')!.toString('utf8');
        for (const m of before.get('word/_rels/document.xml.rels')!.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) expect(rels).toContain(m[0].replace(/\s*\/>$/, ''));
        expect(rels).toMatch(/relationships\/comments"[^>]*Target="comments.xml"|Target="comments.xml"[^>]*relationships\/comments"/);
        expect(after.get('[Content_Types].xml')!.toString('utf8')).toContain('PartName="/word/comments.xml"');
        expect([...after.keys()].filter((n) => !before.has(n))).toEqual(before.has('word/comments.xml') ? [] : ['word/comments.xml']);
      });

      it('anchors each comment on the paragraph or table cell it concerns', () => {
        const xml = after.get('word/document.xml')!.toString('utf8');
        let checked = 0;
        result.findings.forEach((f, k) => {
          // The commented text is the same paragraph (or cell) the finding quotes.
          const start = xml.indexOf(`<w:commentRangeStart w:id="${k}"/>`);
          const end = xml.indexOf(`<w:commentRangeEnd w:id="${k}"/>`);
          expect(start, `comment ${k}`).toBeGreaterThan(0);
          expect(end).toBeGreaterThan(start);
          const anchored = texts(xml.slice(start, end));
          const quote = f.ruleId === 'placeholder' || f.ruleId === 'bracketed-value' || f.ruleId === 'unresolved-choice' ? f.actual : f.location.cell !== undefined ? f.actual : undefined;
          if (quote && /^[[\d]/.test(quote) && quote.length < 60) {
            expect(anchored.replace(/\s+/g, ' '), `${f.ruleId} ${JSON.stringify(f.location)}`).toContain(quote.replace(/\s+/g, ' '));
            checked++;
          }
        });
        if (label.startsWith('siak')) expect(checked).toBeGreaterThan(50);
      });
    });
  }

  it('opens in LibreOffice, which prints the comments (screenshot in test-artifacts/)', async () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
    expect(soffice, 'LibreOffice is needed: apt-get install libreoffice-writer-nogui').toBeTruthy();
    const docx = join(tmp, 'siak-2024.docx.annotated.docx');
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-soffice-'));
    const profile = mkdtempSync(join(tmpdir(), 'lkjip-soffice-profile-'));
    const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', '--outdir', dir, docx], { encoding: 'utf8', timeout: 180_000 });
    const pdf = join(dir, 'siak-2024.docx.annotated.pdf');
    expect(existsSync(pdf), r.stderr).toBe(true);
    // LibreOffice exports Word comments as PDF text annotations: one per comment.
    const lib = await pdfjs();
    const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(pdf)), isEvalSupported: false }).promise;
    const notes: { page: number; author: string; text: string }[] = [];
    for (let p = 1; p <= doc.numPages; p++) for (const a of await (await doc.getPage(p)).getAnnotations()) if (a.subtype === 'Text') notes.push({ page: p, author: a.titleObj?.str ?? '', text: a.contentsObj?.str ?? '' });
    const findings = (JSON.parse(run('--format', 'json', corpusPath('siak-2024.docx')).stdout) as LintOutput).files[0]!.findings;
    expect(notes.length).toBe(findings.length);
    expect(notes.every((n) => n.author.startsWith('lkjip-lint'))).toBe(true);
    expect(notes[0]!.text).toContain(findings[0]!.message);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(pdf, join(ARTIFACTS, 'annotated-docx.pdf'));
    const page = notes.find((n) => n.text.includes('placeholder'))!.page;
    const png = spawnSync('pdftoppm', ['-r', '80', '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, join(ARTIFACTS, 'annotated-docx')]);
    expect(png.status).toBe(0);
    expect(readFileSync(join(ARTIFACTS, 'annotated-docx.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 240_000);
});

describe('--annotate OUT.pdf', () => {
  const input = corpusPath('cilegon-2021.pdf');
  const out = join(tmp, 'cilegon.annotated.pdf');
  let result: FileResult;
  beforeAll(() => {
    result = (JSON.parse(run('--format', 'json', input).stdout) as LintOutput).files[0]!;
    const r = run(input, '--annotate', out);
    expect(r.stderr).toMatch(new RegExp(`${result.findings.length} catatan ditulis`));
  });

  it('puts a highlight with a pop-up note on the text of each finding, pages untouched', async () => {
    const lib = await pdfjs();
    const orig = await lib.getDocument({ data: new Uint8Array(readFileSync(input)), isEvalSupported: false }).promise;
    const ann = await lib.getDocument({ data: new Uint8Array(readFileSync(out)), isEvalSupported: false }).promise;
    expect(ann.numPages).toBe(orig.numPages);
    const highlights: { page: number; rect: number[]; text: string; author: string; popup: boolean }[] = [];
    for (let p = 1; p <= ann.numPages; p++) {
      const [a, b] = [await orig.getPage(p), await ann.getPage(p)];
      // The page itself is as it was: same text at the same places, same drawing operations.
      const ta = (await a.getTextContent()).items.map((i) => ('str' in i ? `${i.str}@${i.transform.join(',')}` : ''));
      const tb = (await b.getTextContent()).items.map((i) => ('str' in i ? `${i.str}@${i.transform.join(',')}` : ''));
      expect(tb).toEqual(ta);
      const ops = { annotationMode: lib.AnnotationMode.DISABLE };
      expect((await b.getOperatorList(ops)).fnArray).toEqual((await a.getOperatorList(ops)).fnArray);
      const annots = await b.getAnnotations();
      for (const x of annots) if (x.subtype === 'Highlight') highlights.push({ page: p, rect: x.rect, text: x.contentsObj?.str ?? '', author: x.titleObj?.str ?? '', popup: Boolean((x as { popupRef?: string }).popupRef) });
    }
    expect(highlights.length).toBe(result.findings.length);
    expect(highlights.every((h) => h.author === 'lkjip-lint' && h.popup)).toBe(true);
    // Each note is on its finding's page and says what the finding says; the highlighted area holds the quoted text.
    let quoted = 0;
    for (const f of result.findings) {
      const h = highlights.find((x) => x.page === f.location.page && x.text.includes(f.message));
      expect(h, `${f.ruleId} p${f.location.page}:${f.location.line}`).toBeTruthy();
      if (f.actual && f.ruleId === 'wrong-year') {
        const page = await ann.getPage(f.location.page!);
        // Text items that overlap the highlight.
        const inside = (await page.getTextContent()).items.filter((i) => 'str' in i && i.transform[4] < h!.rect[2]! && i.transform[4] + i.width > h!.rect[0]! && i.transform[5] >= h!.rect[1]! - 2 && i.transform[5] <= h!.rect[3]!);
        expect(inside.map((i) => ('str' in i ? i.str : '')).join(' ')).toContain(f.actual.slice(0, 4));
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(5);
    mkdirSync(ARTIFACTS, { recursive: true });
    expect(spawnSync('pdftoppm', ['-r', '70', '-f', '1', '-l', '1', '-png', '-singlefile', out, join(ARTIFACTS, 'annotated-pdf')]).status).toBe(0);
  });

  it('refuses to annotate into the report itself or across formats, with one line', () => {
    const copy = join(tmp, 'same.pdf');
    writeFileSync(copy, readFileSync(input));
    expect(run(copy, '--annotate', copy).stderr.trim()).toBe('lkjip-lint: --annotate OUT harus berkas baru, bukan laporan itu sendiri');
    const r = run(input, '--annotate', join(tmp, 'x.docx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/laporannya pdf, jadi salinan beranotasinya harus \.pdf/);
    expect(run(corpusPath('cilegon-2021.txt'), '--annotate', join(tmp, 'x.pdf')).stderr).toMatch(/hanya untuk masukan docx atau pdf|harus/);
  });
});
