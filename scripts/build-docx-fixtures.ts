/**
 * Builds the Word fixtures in fixtures/docx/ with the `docx` package, so each DOCX feature the
 * parser handles has a small, reviewable file: merged cells and a two-line header, equations,
 * real Word footnotes, a page break, chapters without heading styles; and the bad files in
 * fixtures/bad/ (not a zip, no word/document.xml, macro-enabled, zip bomb, old .doc, truncated, an
 * external XML entity, a `../` zip entry).
 *
 *   npm run fixtures
 *
 * The files are committed; the tests read them and `test/docx.test.ts` checks they are current.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InsertedTextRun,
  LevelFormat,
  HeadingLevel,
  Math as OMath,
  MathFraction,
  MathRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';

const root = process.argv[2] ?? 'fixtures';
const out = join(root, 'docx');
const bad = join(root, 'bad');
mkdirSync(out, { recursive: true });
mkdirSync(bad, { recursive: true });

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true, allCaps: true })] });
const cell = (text: string, opts: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) => new TableCell({ children: [p(text)], ...opts });
const frac = (a: string, b: string) => new MathFraction({ numerator: [new MathRun(a)], denominator: [new MathRun(b)] });
const eq = (...children: (MathRun | MathFraction)[]) => new Paragraph({ children: [new OMath({ children })] });

/** Chapters a report needs, so structure rules have something to hold on to. */
const skeleton = (body: Paragraph[] | (Paragraph | Table)[]) => [
  new Paragraph({ text: 'LAPORAN KINERJA KANTOR IMIGRASI KELAS II TPI SIAK TAHUN 2024', heading: HeadingLevel.TITLE }),
  new Paragraph({ text: 'KATA PENGANTAR', heading: HeadingLevel.HEADING_1 }),
  p('Laporan Kinerja Kantor Imigrasi Kelas II TPI Siak Tahun 2024 disusun sebagai pertanggungjawaban kinerja.'),
  new Paragraph({ text: 'IKHTISAR EKSEKUTIF', heading: HeadingLevel.HEADING_1 }),
  p('Ringkasan capaian kinerja tahun 2024.'),
  new Paragraph({ text: 'BAB I PENDAHULUAN', heading: HeadingLevel.HEADING_1 }),
  p('Latar belakang laporan.'),
  new Paragraph({ text: 'BAB II PERENCANAAN KINERJA', heading: HeadingLevel.HEADING_1 }),
  p('Rencana Strategis dan Perjanjian Kinerja tahun 2024.'),
  new Paragraph({ text: 'BAB III AKUNTABILITAS KINERJA', heading: HeadingLevel.HEADING_1 }),
  ...body,
  new Paragraph({ text: 'BAB IV PENUTUP', heading: HeadingLevel.HEADING_1 }),
  p('Kesimpulan laporan kinerja tahun 2024.'),
];

async function save(name: string, doc: Document) {
  writeFileSync(join(out, name), await Packer.toBuffer(doc));
}

async function main() {
  // 1. A capaian table with a two-line header (year group spanning three columns), a sasaran cell
  //    merged over two rows, and one capaian that is not realisasi / target.
  await save(
    'merged-cells.docx',
    new Document({
      sections: [
        {
          children: skeleton([
            p('Capaian indikator kinerja tahun 2024 dapat dilihat pada tabel berikut:'),
            new Table({
              rows: [
                new TableRow({ children: [cell('Sasaran Kegiatan'), cell('Indikator Kinerja Kegiatan'), cell('2024', { columnSpan: 3 })] }),
                new TableRow({ children: [cell(''), cell(''), cell('Target'), cell('Realisasi'), cell('Capaian')] }),
                new TableRow({ children: [cell('Optimalnya penegakan hukum Keimigrasian', { verticalMerge: VerticalMergeType.RESTART }), cell('Persentase penegakan Hukum Pro Yustisia'), cell('90%'), cell('100%'), cell('111,11%')] }),
                new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('Persentase Tindakan Administratif Keimigrasian'), cell('90%'), cell('120%'), cell('120%')] }),
              ],
            }),
          ]),
        },
      ],
    }),
  );

  // 2. Word equations: a capaian calculation whose result is wrong, and one that holds.
  await save(
    'equations.docx',
    new Document({
      sections: [
        {
          children: skeleton([
            p('Pengukuran Kinerja:'),
            eq(new MathRun('x='), frac('6', '6'), new MathRun('×100%')),
            eq(new MathRun('x=90%')),
            p('Capaian dihitung sebagai berikut:'),
            eq(new MathRun('y='), frac('100%', '90%'), new MathRun('×100%=111,11%')),
          ]),
        },
      ],
    }),
  );

  // 3. Real Word footnotes: one is a template note for another kind of unit, left in.
  await save(
    'footnotes.docx',
    new Document({
      footnotes: { 1: { children: [p('Rudenim hapus indikator rasio layanan dan pro yustisia')] }, 2: { children: [p('Data per 31 Desember 2024.')] } },
      sections: [
        {
          children: skeleton([
            new Paragraph({ children: [new TextRun('Kantor memiliki 5 (lima) Indikator Kinerja Kegiatan.'), new FootnoteReferenceRun(1)] }),
            new Paragraph({ children: [new TextRun('Jumlah permohonan paspor tahun 2024 sebanyak 12.110 permohonan.'), new FootnoteReferenceRun(2)] }),
          ]),
        },
      ],
    }),
  );

  // 4. A page break: the finding after it is on page 2; the table goes on after the break.
  await save(
    'page-break.docx',
    new Document({
      sections: [
        {
          children: skeleton([
            p('Tabel capaian kinerja:'),
            new Table({
              rows: [
                new TableRow({ tableHeader: true, children: [cell('Tahun'), cell('Ditangani'), cell('Diselesaikan'), cell('Capaian')] }),
                new TableRow({ children: [cell('2023'), cell('75'), cell('75'), cell('100%')] }),
                new TableRow({ children: [cell('2024'), cell('114'), cell('114'), cell('100%')] }),
              ],
            }),
            new Paragraph({ children: [new PageBreak()] }),
            p('Capaian [satker] pada tahun 2024 adalah sebagai berikut.'),
          ]),
        },
      ],
    }),
  );

  // 6. A draft as reviewers get them: tracked changes (the deleted word is not in the report),
  //    a reviewer's comment (not in the body), a hyperlink, Word numbering two levels deep and a
  //    table cell of two paragraphs.
  const when = '2025-01-15T00:00:00Z';
  await save(
    'tracked-changes.docx',
    new Document({
      comments: { children: [{ id: 0, author: 'Reviewer', date: new Date(when), children: [new Paragraph('Cek angka ini terhadap tabel.')] }] },
      numbering: {
        config: [
          {
            reference: 'steps',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
            ],
          },
        ],
      },
      sections: [
        {
          children: skeleton([
            new Paragraph({
              children: [
                new TextRun('Capaian indikator tahun '),
                new DeletedTextRun({ text: '2023 ', id: 1, author: 'Satker', date: when }),
                new InsertedTextRun({ text: '2024 ', id: 2, author: 'Satker', date: when }),
                new TextRun('adalah '),
                new CommentRangeStart(0),
                new TextRun('111,11%'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new TextRun('.'),
              ],
            }),
            new Paragraph({ children: [new TextRun('Data dari '), new ExternalHyperlink({ link: 'https://www.imigrasi.go.id', children: [new TextRun('laman Direktorat Jenderal Imigrasi')] }), new TextRun('.')] }),
            new Paragraph({ text: 'Pelayanan paspor', numbering: { reference: 'steps', level: 0 } }),
            new Paragraph({ text: 'Paspor biasa', numbering: { reference: 'steps', level: 1 } }),
            new Paragraph({ text: 'Paspor elektronik', numbering: { reference: 'steps', level: 1 } }),
            new Paragraph({ text: 'Pengawasan orang asing', numbering: { reference: 'steps', level: 0 } }),
            new Table({
              rows: [
                new TableRow({ tableHeader: true, children: [cell('Indikator'), cell('Target'), cell('Realisasi'), cell('Capaian')] }),
                new TableRow({ children: [new TableCell({ children: [p('Persentase'), p('penyelesaian paspor')] }), cell('90%'), cell('100%'), cell('111,11%')] }),
              ],
            }),
          ]),
        },
      ],
    }),
  );

  // 5. Chapters as bold capitals, no heading styles (as many real reports are written).
  await save(
    'no-heading-styles.docx',
    new Document({
      sections: [
        {
          children: [
            bold('KATA PENGANTAR'),
            p('Laporan Kinerja Kantor Imigrasi Kelas II TPI Siak Tahun 2024.'),
            bold('IKHTISAR EKSEKUTIF'),
            p('Ringkasan.'),
            bold('BAB I PENDAHULUAN'),
            p('Latar belakang.'),
            bold('BAB III AKUNTABILITAS KINERJA'),
            p('Capaian kinerja tahun 2024.'),
            bold('BAB IV PENUTUP'),
            p('Kesimpulan.'),
          ],
        },
      ],
    }),
  );

  // Bad files.
  writeFileSync(join(bad, 'not-a-zip.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('this is not really a zip archive, word/document.xml')]));
  const noDoc = new JSZip();
  noDoc.file('[Content_Types].xml', '<Types/>');
  noDoc.file('word/styles.xml', '<w:styles/>');
  writeFileSync(join(bad, 'no-document-xml.docx'), await noDoc.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const macro = await JSZip.loadAsync(readFileSync(join(out, 'footnotes.docx')));
  macro.file('word/vbaProject.bin', Buffer.from('fake VBA project'));
  writeFileSync(join(bad, 'macro-enabled.docx'), await macro.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const bomb = new JSZip();
  bomb.file('[Content_Types].xml', '<Types/>');
  bomb.file('word/document.xml', ' '.repeat(200 * 1024 * 1024));
  writeFileSync(join(bad, 'zip-bomb.docx'), await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  writeFileSync(join(bad, 'old-word.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]));
  // XML with an external entity (XXE): it must never be resolved.
  const xxe = await JSZip.loadAsync(readFileSync(join(out, 'footnotes.docx')));
  const docXml = await xxe.file('word/document.xml')!.async('string');
  xxe.file('word/document.xml', docXml.replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace('Jumlah permohonan paspor', 'Jumlah &xxe; permohonan paspor'));
  writeFileSync(join(bad, 'xxe.docx'), await xxe.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  // A zip entry that climbs out of the folder (`../`): nothing is ever written from a package.
  const slip = await JSZip.loadAsync(readFileSync(join(out, 'footnotes.docx')));
  slip.file('../../../tmp/lkjip-zip-slip.txt', 'written outside');
  writeFileSync(join(bad, 'zip-slip.docx'), await slip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const whole = readFileSync(join(out, 'equations.docx'));
  writeFileSync(join(bad, 'truncated.docx'), whole.subarray(0, Math.floor(whole.length / 2)));
  console.log(`fixtures written to ${out} and ${bad}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
