/**
 * DOCX input: the corpus reports as Word files, the fixtures built by
 * scripts/build-docx-fixtures.ts (merged cells, equations, footnotes, a page break, chapters
 * without heading styles) and the bad files beside them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DOMParser } from '@xmldom/xmldom';
import { analyse } from '../src/lint.js';
import { ommlToLatex, type XNode } from '../src/parse/omml.js';
import { corpusPath, lintCorpus } from './helpers.js';
import { corpusReport, expectReviewerFinding } from './gold.js';
import type { FileResult } from '../src/model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const docx = (name: string) => join(FIXTURES, 'docx', name);
const load = async (path: string) => analyse(path, readFileSync(path));
const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const byRule = (r: FileResult, rule: string) => r.findings.filter((f) => f.ruleId === rule);

describe('OMML to the formula form', () => {
  const omml = (inner: string) => {
    const xml = `<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">${inner}</m:oMath>`;
    return ommlToLatex(new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as XNode);
  };
  const r = (t: string) => `<m:r><m:t>${t}</m:t></m:r>`;
  it('writes fractions, ×, % and word runs as LaTeX the formula parser reads', () => {
    expect(omml(`${r('y=')}<m:f><m:num>${r('100%')}</m:num><m:den>${r('90%')}</m:den></m:f>${r('×100%')}`)).toBe('y = \\frac{100\\%}{90\\%}\\times 100\\%');
    expect(omml(`${r('x')}${r('=')}<m:f><m:num><m:r><m:rPr><m:nor/></m:rPr><m:t>Jumlah kasus</m:t></m:r></m:num><m:den>${r('Total')}</m:den></m:f>`)).toBe('x = \\frac{\\text{Jumlah kasus}}{\\text{Total}}');
  });
  it('handles sub/superscripts, delimiters, radicals and equation arrays', () => {
    expect(omml(`<m:sSup><m:e>${r('x')}</m:e><m:sup>${r('2')}</m:sup></m:sSup>`)).toBe('{x}^{2}');
    expect(omml(`<m:d><m:e>${r('a+b')}</m:e></m:d>`)).toBe('(a+b)');
    expect(omml(`<m:rad><m:deg/><m:e>${r('4')}</m:e></m:rad>`)).toBe('\\sqrt{4}');
    expect(omml(`<m:eqArr><m:e>${r('x=1')}</m:e><m:e>${r('y=2')}</m:e></m:eqArr>`)).toBe('\\begin{aligned}x = 1 \\\\ y = 2\\end{aligned}');
  });
});

describe('siak-2024.docx', () => {
  it('reads the Word equations as formulas, in their place among the paragraphs', async () => {
    const { doc } = await load(corpusPath('siak-2024.docx'));
    const formulas = doc.blocks.filter((b) => b.kind === 'formula');
    expect(formulas.length).toBe(27);
    const x = formulas.find((b) => /\\frac\{6\}\{6\}/.test(b.text))!;
    expect(x.formula).toMatchObject({ variable: 'x', notation: 'omml' });
    // In place: the formula in words before it, "Pengukuran Kinerja:" before that, the result after.
    expect(doc.blocks[x.index - 1]!.formula?.variable).toBe('x');
    expect(doc.blocks[x.index - 2]!.text).toMatch(/Pengukuran Kinerja/);
    expect(doc.blocks[x.index + 1]!.text).toBe('x = 100\\%');
  });
  it('the formula, capaian and consistency rules see the equations and the tables', async () => {
    const r = await lintCorpus('siak-2024.docx');
    const z = byRule(r, 'formula').find((f) => /0,3968/.test(f.excerpt ?? ''));
    expect(z?.message).toContain('39,68% / 100% × 100%');
    expect(byRule(r, 'capaian').some((f) => f.location.table !== undefined && f.actual === '120%' && f.expected === '133.33%')).toBe(true);
    // The capaian table's realisasi 120% against the x formula's 6 / 6 × 100% = 100%.
    expect(byRule(r, 'capaian-consistency').some((f) => f.location.table !== undefined && f.expected === '100%' && f.actual === '120%')).toBe(true);
    // Locations are paragraphs (and table / row / cell), with the excerpt of the text.
    const f = byRule(r, 'capaian-consistency')[0]!;
    expect(f.location.line).toBeUndefined();
    expect(f.location.paragraph).toBeGreaterThan(0);
    expect(f.excerpt).toMatch(/Tindakan Administratif/);
  });
  describe('finds what the text export finds, at the same sentences', () => {
    // The Word file lacks part of BAB III (the reform action table and the Indeks section), so
    // compare on the reviewer's findings in the text both have.
    const report = corpusReport('siak-2024');
    // Values compared as numbers: the missing part changes which decimal mark the report mostly uses.
    const num = (s?: string) => (s ?? '').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.');
    const key = (f: FileResult['findings'][number]) => `${f.ruleId}|${num(f.expected)}|${num(f.actual)}`;
    const judged = (r: FileResult) => ({ ...r, findings: r.findings.filter((f) => /consistency|arithmetic/.test(f.ruleId)) });
    for (const id of ['000-005', '000-007', '000-043', '000-044', '000-045', '000-049', '000-050', '000-051', '000-087', '000-094', '000-177', '000-178', '000-182']) {
      const g = report.gold.findings.find((x) => x.id === id)!;
      it(`the reviewer's finding at line ${g.line} (${g.category}) is found in the Word file as in the text, with the same values`, async () => {
        const [t, d] = await Promise.all([lintCorpus('siak-2024.txt'), lintCorpus('siak-2024.docx')]);
        const inText = expectReviewerFinding(judged(t), report, id, 'txt');
        expectReviewerFinding(judged(d), report, id, 'docx');
        const inDocx = new Set(d.findings.map(key));
        for (const f of inText) expect(inDocx.has(key(f)), `${key(f)} (line ${g.line})`).toBe(true);
      });
    }
  });
});

describe('fixtures built with the docx package', () => {
  it('merged cells and a two-line header: a grid the table analysis reads', async () => {
    const { doc, facts } = await load(docx('merged-cells.docx'));
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.cells)).toEqual([
      ['Sasaran Kegiatan', 'Indikator Kinerja Kegiatan', '2024', '', ''],
      ['', '', 'Target', 'Realisasi', 'Capaian'],
      ['Optimalnya penegakan hukum Keimigrasian', 'Persentase penegakan Hukum Pro Yustisia', '90%', '100%', '111,11%'],
      ['', 'Persentase Tindakan Administratif Keimigrasian', '90%', '120%', '120%'],
    ]);
    const t = facts.tables.find((x) => x.block === table)!;
    expect(t.columns.map((c) => [c.role, c.group])).toEqual([['label', undefined], ['label', undefined], ['target', '2024'], ['realisasi', '2024'], ['capaian', '2024']]);
    const r = await lintFile(docx('merged-cells.docx'));
    expect(byRule(r, 'capaian')).toHaveLength(1);
    expect(byRule(r, 'capaian')[0]).toMatchObject({ expected: '133,33%', actual: '120%', location: { table: 1, row: 4, cell: 5 } });
  });
  it('equations: the wrong result is reported, the right one is not', async () => {
    const r = await lintFile(docx('equations.docx'));
    expect(byRule(r, 'formula').map((f) => f.message)).toEqual(['6 / 6 × 100% = 100%; laporan menulis 90%']);
  });
  it('footnotes: Word footnotes become footnote blocks, references superscripts', async () => {
    const { doc } = await load(docx('footnotes.docx'));
    const notes = doc.blocks.filter((b) => b.kind === 'footnote').map((b) => b.text);
    expect(notes).toEqual(['¹ Rudenim hapus indikator rasio layanan dan pro yustisia', '² Data per 31 Desember 2024.']);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.endsWith('Kegiatan.¹'))).toBe(true);
    const r = await lintFile(docx('footnotes.docx'));
    expect(byRule(r, 'placeholder').map((f) => f.excerpt)).toEqual(['¹ Rudenim hapus indikator rasio layanan dan pro yustisia']);
  });
  it('page breaks: findings after the break are on page 2', async () => {
    const r = await lintFile(docx('page-break.docx'));
    expect(byRule(r, 'placeholder')[0]!.location).toMatchObject({ page: 2 });
    const { doc } = await load(docx('page-break.docx'));
    expect(doc.blocks.find((b) => b.kind === 'table')!.rows).toHaveLength(3);
  });
  it('chapters written as bold capitals without heading styles are still chapters', async () => {
    const r = await lintFile(docx('no-heading-styles.docx'));
    const missing = byRule(r, 'missing-section').map((f) => f.message);
    for (const part of ['KATA PENGANTAR', 'BAB I PENDAHULUAN', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP']) expect(missing.filter((m) => m.startsWith(`Bagian wajib "${part}"`)), part).toEqual([]);
    // The chapter that really is missing is reported.
    expect(missing.some((m) => m.startsWith('Bagian wajib "BAB II PERENCANAAN KINERJA"'))).toBe(true);
  });
});

describe('semarang-2024.docx', () => {
  it('chapter headings run into the end of a paragraph (`… Rp13.537.676.000. BAB III` / `AKUNTABILITAS KINERJA`) are its chapters', async () => {
    const { facts } = await load(corpusPath('semarang-2024.docx'));
    expect(facts.sections.parts.filter((p) => p.part.chapter !== undefined).map((p) => p.heading)).toEqual(['BABI1 PENDAHULUAN', 'BABII PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP']);
    const r = await lintCorpus('semarang-2024.docx');
    expect(byRule(r, 'missing-section').filter((f) => /"BAB /.test(f.message))).toEqual([]);
    // A sentence that only names a chapter is not one.
    const { facts: other } = await analyse('x.txt', new TextEncoder().encode('KATA PENGANTAR\n\nRincian lengkap dijelaskan pada BAB III.\n\nBAB I PENDAHULUAN\n\nTeks.'));
    expect([...other.sections.chapters.keys()]).toEqual([1]);
  });
});

describe('a draft with tracked changes and a comment (fixtures/docx/tracked-changes.docx)', () => {
  it('reads the text as Word shows it: the deleted word gone, the comment out of the body, nested numbering per level', async () => {
    const r = await lintFile(docx('tracked-changes.docx'));
    const { parseDocument } = await import('../src/parse/index.js');
    const path = docx('tracked-changes.docx');
    const doc = await parseDocument(path, new Uint8Array(readFileSync(path)));
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('Capaian indikator tahun 2024 adalah 111,11%.');
    expect(texts.join('\n')).not.toMatch(/2023|Cek angka ini/);
    expect(texts).toContain('Data dari laman Direktorat Jenderal Imigrasi.');
    expect(doc.blocks.filter((b) => b.kind === 'listItem').map((b) => `${b.level}:${b.marker} ${b.text}`)).toEqual(['0:1. Pelayanan paspor', '1:a) Paspor biasa', '1:b) Paspor elektronik', '0:2. Pengawasan orang asing']);
    expect(doc.blocks.find((b) => b.kind === 'table')!.rows![1]!.cells[0]).toBe('Persentase penyelesaian paspor');
    // Neither the deleted year nor the two-level list is a finding; the capaian row holds.
    expect(byRule(r, 'wrong-year')).toEqual([]);
    expect(byRule(r, 'numbering')).toEqual([]);
    expect(byRule(r, 'capaian')).toEqual([]);
  });
});

describe('a Word file saved by LibreOffice (fixtures/docx/libreoffice-lists.html, converted with soffice)', () => {
  it('real numbering: nested ordered and bullet lists numbered and levelled as Word shows them', async () => {
    const { parseDocument } = await import('../src/parse/index.js');
    const path = docx('libreoffice-lists.docx');
    const doc = await parseDocument(path, new Uint8Array(readFileSync(path)));
    const items = doc.blocks.filter((b) => b.kind === 'listItem').map((b) => `${b.level}:${b.marker} ${b.text}`);
    // `<ol start="4">`: Word (numbering.xml's start) prints 4.
    expect(items).toEqual(['0:1. Satu', '0:2. Dua', '1:1. Dua a', '1:2. Dua b', '2:- poin', '0:3. Tiga', '0:- A', '0:- B', '0:4. Empat']);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => `h${b.level} ${b.text}`)).toEqual(['h1 BAB I PENDAHULUAN', 'h2 Tabel', 'h3 Sub']);
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    // The spanned header cells keep their columns; a cell's two paragraphs are two words, not one.
    expect(table.rows!.map((r) => r.cells)).toEqual([['No', 'Capaian', ''], ['', '2023', '2024'], ['1', 'a b', '100%']]);
    expect(doc.blocks.find((b) => b.text.startsWith('Tautan'))!.text).toBe('Tautan contoh & <tag> "kutip"\nbaris baru');
    expect(doc.blocks.find((b) => b.text.startsWith('Paragraf'))!.text).toBe('Paragraf tebal dan miring dengan catatan[1] dan x2 dan H2O.');
  });
});

describe('bad Word files', () => {
  const bad = (name: string) => join(FIXTURES, 'bad', name);
  it.each([
    ['not-a-zip.docx', /zip is damaged or truncated/],
    ['truncated.docx', /zip is damaged or truncated/],
    ['no-document-xml.docx', /without word\/document\.xml/],
    ['macro-enabled.docx', /macro-enabled/],
    ['zip-bomb.docx', /would inflate to 200 MB/],
    ['old-word.doc', /old binary Word/],
    ['xxe.docx', /declares a DOCTYPE or entities/],
  ])('%s: one line naming the file, exit 2', (name, reason) => {
    const p = run(bad(name), '--lang', 'en');
    expect(p.status).toBe(2);
    const lines = p.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad(name));
    expect(lines[0]).toMatch(reason);
    expect(p.stderr).not.toMatch(/at .*\.js:\d+/);
  });
  it('a zip entry with ../ in its name is never written anywhere; the report is linted', () => {
    const p = run(bad('zip-slip.docx'), '--format', 'json');
    expect(p.status).toBe(1);
    expect(existsSync('/tmp/lkjip-zip-slip.txt')).toBe(false);
    const out = JSON.parse(p.stdout) as { files: FileResult[] };
    expect(out.files[0]!.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
  });
  it('a batch with bad Word files still lints the good ones', () => {
    const p = run('--format', 'json', bad('zip-bomb.docx'), docx('equations.docx'), bad('not-a-zip.docx'));
    expect(p.status).toBe(2);
    const out = JSON.parse(p.stdout) as { files: FileResult[] };
    expect(out.files.map((f) => [f.path.split('/').pop(), f.error === undefined])).toEqual([
      ['zip-bomb.docx', false],
      ['equations.docx', true],
      ['not-a-zip.docx', false],
    ]);
    expect(out.files[1]!.findings.some((f) => f.ruleId === 'formula')).toBe(true);
  });
});

async function lintFile(path: string): Promise<FileResult> {
  const { lint } = await import('../src/lint.js');
  return lint(path, readFileSync(path));
}
