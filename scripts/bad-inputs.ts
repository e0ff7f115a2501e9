/**
 * The bad inputs the hardening suite runs (generated, not committed): each with the exit code and
 * message lkjip-lint must give. `node dist/scripts/bad-inputs.js` prints them with the time and
 * peak memory each took (`/usr/bin/time`); `test/bad-inputs.test.ts` asserts them.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as zlibConstants, deflateRawSync, deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';

export interface BadInput {
  name: string;
  what: string;
  /** Extra CLI arguments. */
  args?: string[];
  exit: number;
  /** The one stderr line (after `lkjip-lint: FILE: `), or null when the file is linted. */
  message: RegExp | null;
  /** A hostile input (issue 21): `--repeat N` runs it N times. */
  hostile?: true;
  /** Linted in stylish output: nothing from the report may reach the terminal as a raw control character. */
  stylish?: true;
}

// The project root, from scripts/ (tests) or dist/scripts/ (the compiled script).
const root = existsSync(resolve(import.meta.dirname, '..', 'package.json')) ? resolve(import.meta.dirname, '..') : resolve(import.meta.dirname, '..', '..');
const corpus = join(root, 'fixtures', 'corpus');

async function pdfWithPages(pages: number, text: (k: number) => string | null): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let k = 0; k < pages; k++) {
    const page = doc.addPage([612, 792]);
    const t = text(k);
    if (t) page.drawText(t, { x: 72, y: 700, size: 12, font });
    else page.drawRectangle({ x: 100, y: 100, width: 400, height: 500 });
  }
  return doc.save();
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
const docXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal Word document around `documentXml`, deflated. */
async function docxOf(documentXml: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', documentXml);
  for (const [name, data] of Object.entries(extra)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * Raw deflate data of `prefix` followed by `mb` MB of spaces, built without holding the inflated
 * bytes: one 16 MB (or 1 MB) block compressed once (full flush, so the copies do not depend on each other)
 * and repeated, then a final empty block.
 */
function deflatedSpaces(prefix: string, mb: number): Buffer {
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH, level: 9 };
  const blockMb = mb % 16 === 0 ? 16 : 1;
  const block = deflateRawSync(Buffer.alloc(blockMb * 1024 * 1024, 0x20), flush);
  return Buffer.concat([deflateRawSync(Buffer.from(prefix), flush), ...Array.from({ length: Math.ceil(mb / blockMb) }, () => block), Buffer.from([0x03, 0x00])]);
}

/** A zip written by hand, so that its headers can claim any size: entries [name, deflated data, claimed size]. */
function zipOf(entries: [string, Buffer, number][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data, claimed] of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 14); // crc (not checked)
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A one-page PDF whose content stream inflates to `mb` MB (a flate bomb: a few KB per MB). */
async function flateBombPdf(mb: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText('LAPORAN KINERJA TAHUN 2024 [satker]', { x: 72, y: 700, size: 12, font });
  // zlib's header, raw deflate data, and an Adler-32 that readers do not check.
  const data = Buffer.concat([Buffer.from([0x78, 0xda]), deflatedSpaces('BT /F1 12 Tf 72 680 Td (capaian 100%) Tj ET\n', mb), Buffer.alloc(4)]);
  const stream = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: data.length }), data);
  page.node.set(PDFName.of('Contents'), doc.context.obj([page.node.get(PDFName.of('Contents'))!, doc.context.register(stream)]));
  return doc.save();
}

/**
 * A PDF of one page written by hand, whose content is `data` under `dict` (the stream's
 * dictionary without /Length); /Length is written directly, or as an indirect object when
 * `indirectLength` (so that the data may hold a false `endstream`): true for object 6, a number
 * for that object (null objects before it), so that a number of two or more digits is tried.
 */
export function handPdf(dict: string, data: Buffer, indirectLength: boolean | number = false): Buffer {
  const lengthObject = indirectLength === true ? 6 : indirectLength === false ? 0 : Math.max(6, indirectLength);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< ${dict} /Length ${lengthObject ? `${lengthObject} 0 R` : data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  if (lengthObject) {
    while (objects.length < lengthObject - 1) objects.push(Buffer.from('null'));
    objects.push(Buffer.from(String(data.length)));
  }
  return assemblePdf(objects, Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
}

/** Objects 1…n (1 the catalog) after `header`, with their cross-reference table and trailer. */
function assemblePdf(objects: Buffer[], header: Buffer): Buffer {
  const parts: Buffer[] = [header];
  const offsets: number[] = [];
  let at = header.length;
  objects.forEach((o, k) => {
    offsets.push(at);
    const b = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(b);
    at += b.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

/** A PDF of one page with no text, drawn by one image XObject of dictionary entries `dict` (its /Subtype, /Length added) and data `data`. */
export function imagePdf(dict: string, data: Buffer): Buffer {
  const content = 'q 600 0 0 780 6 6 cm /Im1 Do Q';
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
    Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]),
  ];
  return assemblePdf(objects, Buffer.from('%PDF-1.7\n'));
}

/**
 * A baseline grayscale JPEG whose frame says `width` × `height` and whose scan holds one 8 × 8
 * block of mid-gray (DC difference 0, then end of block; one-code Huffman tables): 150 bytes.
 */
export function tinyJpeg(width: number, height: number): Buffer {
  const seg = (marker: number, body: number[]) => [0xff, marker, ((body.length + 2) >> 8) & 255, (body.length + 2) & 255, ...body];
  const counts = (n: number) => [n, ...Array(15).fill(0)];
  return Buffer.from([
    0xff, 0xd8,
    ...seg(0xdb, [0x00, ...Array(64).fill(1)]),
    ...seg(0xc0, [8, (height >> 8) & 255, height & 255, (width >> 8) & 255, width & 255, 1, 1, 0x11, 0]),
    ...seg(0xc4, [0x00, ...counts(1), 0x00]),
    ...seg(0xc4, [0x10, ...counts(1), 0x00]),
    ...seg(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f,
    0xff, 0xd9,
  ]);
}

/** A JPEG 2000 codestream's start (SOC, SIZ of one 8-bit component) claiming `width` × `height`, then no tiles. */
export function jpxHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(47);
  b.writeUInt32BE(0xff4fff51, 0);
  b.writeUInt16BE(41, 4);
  b.writeUInt32BE(width, 8);
  b.writeUInt32BE(height, 12);
  b.writeUInt32BE(width, 24);
  b.writeUInt32BE(height, 28);
  b.writeUInt16BE(1, 40);
  b.set([7, 1, 1], 42);
  b.writeUInt16BE(0xffd9, 45);
  return b;
}

/** A JBIG2 embedded stream's page information segment for a `width` × `height` page, then end of page. */
export function jbig2Page(width: number, height: number): Buffer {
  const page = Buffer.alloc(11 + 19 + 11);
  page.set([0, 0, 0, 0, 48, 0, 1, 0, 0, 0, 19], 0);
  page.writeUInt32BE(width, 11);
  page.writeUInt32BE(height, 15);
  page.set([0, 0, 0, 1, 49, 0, 1, 0, 0, 0, 0], 30);
  return page;
}

/** The start of a page's text, then `mb` MB of spaces, in zlib's format (header, deflate, no Adler-32 check by readers). */
export function zlibSpaces(mb: number, prefix = 'BT /F1 12 Tf 72 700 Td (LAPORAN KINERJA TAHUN 2024 [satker]) Tj ET\n'): Buffer {
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflatedSpaces(prefix, mb), Buffer.alloc(4)]);
}

/** Codes of varying width packed most significant bit first, as PDF's LZW reads them. */
export function codeWriter(): { put: (code: number, width: number) => void; bytes: () => Buffer } {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  return {
    put: (code, width) => {
      acc = (acc << width) | code;
      bits += width;
      while (bits >= 8) {
        bits -= 8;
        out.push((acc >>> bits) & 255);
      }
      acc &= (1 << bits) - 1;
    },
    bytes: () => Buffer.from(bits ? [...out, (acc << (8 - bits)) & 255] : out),
  };
}

/** PDF LZW codes for `n` bytes of one byte value (each code one byte longer than the last), ending with EOD. */
export function lzwRun(byte: number, n: number): Buffer {
  const w = codeWriter();
  let width = 9;
  const put = (code: number) => w.put(code, width);
  let left = n;
  while (left > 0) {
    put(256);
    width = 9;
    // After a clear: the byte itself, then codes 258, 259, … for runs of 2, 3, … bytes.
    put(byte);
    left--;
    let next = 258;
    for (let len = 2; left >= len && next < 4095; len++, next++) {
      // The encoder is one code behind the decoder's table: the width follows the code being defined.
      width = next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;
      put(next);
      left -= len;
    }
  }
  put(257);
  return w.bytes();
}

/** Write every bad input into `dir`; returns what lkjip-lint must answer for each. */
export async function makeBadInputs(dir: string): Promise<BadInput[]> {
  const w = (name: string, data: Uint8Array | string) => writeFileSync(join(dir, name), data);
  const out: BadInput[] = [];
  w('empty.txt', '');
  out.push({ name: 'empty.txt', what: 'empty file', exit: 2, message: /the file is empty/ });
  w('one-byte.txt', 'a');
  out.push({ name: 'one-byte.txt', what: 'one byte', exit: 1, message: null });
  w('one-byte.pdf', 'a');
  out.push({ name: 'one-byte.pdf', what: 'one byte of text named .pdf', exit: 2, message: /not a PDF: its content is text \(1 bytes\) although its name ends in \.pdf/ });
  w('text.docx', 'LAPORAN KINERJA TAHUN 2024\n\nBAB I PENDAHULUAN\n');
  out.push({ name: 'text.docx', what: 'a text report named .docx', exit: 2, message: /not a Word document: its content is text \(\d+ bytes\) although its name ends in \.docx/ });
  w('random.docx', randomBytes(4096));
  out.push({ name: 'random.docx', what: 'random bytes named .docx', exit: 2, message: /binary content that is neither DOCX, PDF nor text/ });
  w('random.pdf', randomBytes(4096));
  out.push({ name: 'random.pdf', what: 'random bytes named .pdf', exit: 2, message: /binary content that is neither DOCX, PDF nor text/ });
  const docx = readFileSync(join(corpus, 'siak-2024.docx'));
  w('half.docx', docx.subarray(0, docx.length >> 1));
  out.push({ name: 'half.docx', what: 'DOCX cut in half', exit: 2, message: /zip is damaged or truncated/ });
  const pdf = readFileSync(join(corpus, 'cilegon-2021.pdf'));
  w('half.pdf', pdf.subarray(0, pdf.length >> 1));
  out.push({ name: 'half.pdf', what: 'PDF cut in half', exit: 2, message: /not a readable PDF|no text layer/ });
  const plain = join(dir, 'plain.pdf');
  w('plain.pdf', await pdfWithPages(1, () => 'LAPORAN KINERJA TAHUN 2024 [satker]'));
  spawnSync('qpdf', ['--encrypt', 'rahasia', 'pemilik', '256', '--', plain, join(dir, 'encrypted.pdf')]);
  out.push({ name: 'encrypted.pdf', what: 'encrypted PDF (a user password)', exit: 2, message: /encrypted with a password; ask for an unprotected copy, or run again with --password/ });
  out.push({ name: 'encrypted.pdf', what: 'encrypted PDF with --password', args: ['--password', 'rahasia'], exit: 1, message: null });
  // Only an owner password (printing and copying restricted): a reader opens it without asking, and so does the linter.
  spawnSync('qpdf', ['--encrypt', '', 'pemilik', '256', '--print=none', '--extract=n', '--', plain, join(dir, 'owner-only.pdf')]);
  out.push({ name: 'owner-only.pdf', what: 'encrypted PDF with only an owner password (printing and copying restricted)', exit: 1, message: null });
  // An encrypted Office file is an OLE2 container, like an old .doc.
  w('password.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptedPackage'), Buffer.alloc(4096)]));
  out.push({ name: 'password.docx', what: 'password-protected DOCX', exit: 2, message: /old binary Word \(\.doc\) or encrypted Office file/ });
  const macro = await JSZip.loadAsync(docx);
  macro.file('word/vbaProject.bin', 'VBA');
  w('macro.docx', await macro.generateAsync({ type: 'uint8array' }));
  out.push({ name: 'macro.docx', what: 'macro-enabled DOCX', exit: 2, message: /macro-enabled Word document/ });
  w('old.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
  out.push({ name: 'old.doc', what: 'old binary .doc', exit: 2, message: /old binary Word/ });
  const bomb = new JSZip();
  bomb.file('[Content_Types].xml', '<Types/>');
  bomb.file('word/document.xml', Buffer.alloc(400 * 1024 * 1024, 0x20));
  w('bomb.docx', await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  out.push({ name: 'bomb.docx', what: 'DOCX zip bomb (400 MB inflated from a small zip)', exit: 2, message: /would inflate to 400 MB/ , hostile: true });
  const xxe = await JSZip.loadAsync(docx);
  const xml = await xxe.file('word/document.xml')!.async('string');
  xxe.file('word/document.xml', xml.replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'));
  w('xxe.docx', await xxe.generateAsync({ type: 'uint8array' }));
  out.push({ name: 'xxe.docx', what: 'DOCX with an external entity (XXE)', exit: 2, message: /declares a DOCTYPE or entities/ });
  const slip = await JSZip.loadAsync(docx);
  slip.file('../../evil.txt', 'outside');
  w('slip.docx', await slip.generateAsync({ type: 'uint8array' }));
  out.push({ name: 'slip.docx', what: 'DOCX with a ../ zip entry', exit: 1, message: null });
  w('pages-2000.pdf', await pdfWithPages(2000, (k) => (k === 0 ? 'LAPORAN KINERJA TAHUN 2024' : `Halaman ${k + 1} laporan [satker].`)));
  out.push({ name: 'pages-2000.pdf', what: '2,000-page PDF', exit: 1, message: null });
  w('no-text-page.pdf', await pdfWithPages(3, (k) => (k === 1 ? null : 'LAPORAN KINERJA TAHUN 2024 [satker]')));
  out.push({ name: 'no-text-page.pdf', what: 'PDF with a page without text', exit: 1, message: null });
  w('scan.pdf', await pdfWithPages(2, () => null));
  out.push({ name: 'scan.pdf', what: 'scanned PDF (no text at all)', exit: 2, message: /no text layer \(a scanned report\) and OCR found no text/ });
  w('win1252.txt', Buffer.from('LAPORAN KINERJA TAHUN 2024\n\nKantor Imigrasi \xabSiak\xbb: capaian 100% [satker]\n', 'latin1'));
  out.push({ name: 'win1252.txt', what: 'text in Windows-1252', exit: 1, message: null });
  w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('LAPORAN KINERJA TAHUN 2024\n\n[satker] capaian 100%\n', 'utf16le')]));
  out.push({ name: 'utf16.txt', what: 'text in UTF-16 with BOM', exit: 1, message: null });
  w('huge.txt', 'capaian 100% [satker]\n'.repeat(5_000_000));
  out.push({ name: 'huge.txt', what: '100 MB text file', exit: 2, message: /far larger than any report \(limit 20 MB\)/ });
  w('rows-20000.txt', `LAPORAN KINERJA TAHUN 2024\n\nNo\tUraian\tTarget\tRealisasi\tCapaian\n${Array.from({ length: 20_000 }, (_, k) => `${k + 1}\tKegiatan\t10\t10\t100%`).join('\n')}\n`);
  out.push({ name: 'rows-20000.txt', what: 'table of 20,000 rows', exit: 1, message: null });
  w('digits-400.txt', `LAPORAN KINERJA TAHUN 2024\n\nAnggaran sebesar Rp ${'9'.repeat(400)} atau 100%.\n`);
  out.push({ name: 'digits-400.txt', what: 'a number of 400 digits', exit: 1, message: null });
  w('line-1mb.txt', `LAPORAN KINERJA TAHUN 2024\n\n${'realisasi 90% capaian 100% '.repeat(40_000)}\n`);
  out.push({ name: 'line-1mb.txt', what: 'a 1 MB line', exit: 1, message: null });
  // Hostile uploads: sizes that lie, quadratic inputs, memory outside the V8 heap.
  const bomb2g = deflatedSpaces(docXml('').replace('</w:body></w:document>', ''), 2048);
  w('lying-sizes.docx', zipOf([['[Content_Types].xml', deflateRawSync(CONTENT_TYPES), CONTENT_TYPES.length], ['_rels/.rels', deflateRawSync(RELS), RELS.length], ['word/document.xml', bomb2g, 1024]]));
  out.push({ name: 'lying-sizes.docx', what: 'DOCX whose zip headers claim 1 KB for a document.xml of 2 GB', exit: 2, message: /inflates to more than 150 MB/ , hostile: true });
  w('math-unclosed.docx', await docxOf(docXml(`${para('LAPORAN KINERJA TAHUN 2024 [satker]')}<w:p>${'<m:oMath>'.repeat(200_000)}</w:p>`)));
  out.push({ name: 'math-unclosed.docx', what: 'DOCX with 200,000 unclosed <m:oMath>', exit: 2, message: /could not be read|damaged|not well-formed|unclosed/ , hostile: true });
  w('empty-paragraphs.docx', await docxOf(docXml(`${para('LAPORAN KINERJA TAHUN 2024 [satker]')}${Array.from({ length: 200_000 }, (_, k) => (k % 7 === 0 ? '<w:p><w:pPr></w:pPr></w:p>' : '<w:p></w:p>')).join('')}`)));
  out.push({ name: 'empty-paragraphs.docx', what: 'DOCX of 200,000 empty paragraphs', exit: 1, message: null , hostile: true });
  w('doctype-late.docx', await docxOf(docXml(para('LAPORAN KINERJA TAHUN 2024 [satker]')).replace('?>', `?><!--${' '.repeat(5000)}--><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>`)));
  out.push({ name: 'doctype-late.docx', what: 'DOCX with a DOCTYPE after the first 4096 characters', exit: 2, message: /declares a DOCTYPE or entities/ , hostile: true });
  w('doctype-styles.docx', await docxOf(docXml(para('LAPORAN KINERJA TAHUN 2024 [satker]')), { 'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa">]><w:styles ${W}/>` }));
  out.push({ name: 'doctype-styles.docx', what: 'DOCX with a DOCTYPE in word/styles.xml', exit: 2, message: /declares a DOCTYPE or entities/ , hostile: true });
  w('flate-bomb.pdf', await flateBombPdf(1024));
  out.push({ name: 'flate-bomb.pdf', what: 'PDF whose content stream inflates to 1 GB', exit: 2, message: /a stream of the PDF decodes to more than 256 MB \(a compression bomb\?\)/, hostile: true });
  w('double-flate-bomb.pdf', handPdf('/Filter [/FlateDecode /FlateDecode]', deflateSync(zlibSpaces(2048))));
  out.push({ name: 'double-flate-bomb.pdf', what: 'PDF whose content is deflated twice and inflates to 2 GB', exit: 2, message: /a stream of the PDF decodes to more than 256 MB/, hostile: true });
  w('lzw-bomb.pdf', handPdf('/Filter /LZWDecode', lzwRun(0x20, 1024 * 1024 * 1024)));
  out.push({ name: 'lzw-bomb.pdf', what: 'PDF whose LZW content stream decodes to 1 GB', exit: 2, message: /a stream of the PDF decodes to more than 256 MB/, hostile: true });
  // Encrypted with an empty user password (pdf.js opens it without asking): the scan decrypts first.
  const flate = join(dir, 'flate-bomb.pdf');
  spawnSync('qpdf', ['--encrypt', '', 'pemilik', '256', '--', flate, join(dir, 'encrypted-flate-bomb.pdf')]);
  out.push({ name: 'encrypted-flate-bomb.pdf', what: 'encrypted PDF (AES-256, empty user password) whose content inflates to 1 GB', exit: 2, message: /a stream of the PDF decodes to more than 256 MB/, hostile: true });
  // A 150-byte JPEG whose frame claims 65000 × 65000 pixels in a 16 × 16 image: pdf.js decodes at the frame's size when it renders the page (OCR).
  w('jpeg-pixel-bomb.pdf', imagePdf('/Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', tinyJpeg(65000, 65000)));
  out.push({ name: 'jpeg-pixel-bomb.pdf', what: 'PDF of one scanned page whose 150-byte JPEG claims 65000 × 65000 pixels', exit: 2, message: /an image of the PDF claims 65000 × 65000 pixels, more than 70 million/, hostile: true });
  w('jbig2-pixel-bomb.pdf', imagePdf('/Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode', jbig2Page(100000, 100000)));
  out.push({ name: 'jbig2-pixel-bomb.pdf', what: 'PDF of one scanned page whose JBIG2 page claims 100000 × 100000 pixels', exit: 2, message: /an image of the PDF claims 100000 × 100000 pixels/, hostile: true });
  w('escape-\x1bc.txt', 'LAPORAN KINERJA TAHUN 2024\n\nKantor \x1bc\x1b]0;judul\x07 [satker] capaian 100% \u202eteks terbalik\n');
  out.push({ name: 'escape-\x1bc.txt', what: 'terminal escapes (ESC c, OSC, bidi override) in the text and the file name, stylish output', args: ['--format', 'stylish', '--no-color'], exit: 1, message: null, hostile: true, stylish: true });
  return out;
}

/** Control characters a terminal acts on (ESC, BEL, C1, bidi overrides) found raw in an output. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number | null;
  peakMb: number | null;
}

/** One CLI run under /usr/bin/time (when it is there): exit, output, time and peak resident memory of the largest process. */
function runCli(args: string[], timed: boolean, timeoutMs = 600_000): Run {
  const limit = { encoding: 'utf8' as const, maxBuffer: 1 << 28, timeout: timeoutMs, killSignal: 'SIGKILL' as const };
  const p = timed ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, ...args], limit) : spawnSync(process.execPath, args, limit);
  const lines = (p.stderr ?? '').replace(/\n$/, '').split('\n').filter((l) => !/^Command (exited with non-zero status|terminated by signal)/.test(l));
  const t = timed ? /^TIME ([\d.]+) (\d+)$/.exec(lines.at(-1) ?? '') : null;
  if (t) lines.pop();
  // /usr/bin/time passes the exit code on; a signal shows as 128 + its number.
  return { status: p.status, stdout: p.stdout ?? '', stderr: lines.join('\n'), seconds: t ? Number(t[1]) : null, peakMb: t ? Math.round(Number(t[2]) / 1024) : null };
}

/** A folder of `n` copies of the corpus reports (every format: PDF, DOCX, text), cycled. */
function corpusFolder(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-corpus72-'));
  const reports = readdirSync(corpus).filter((f) => /\.(pdf|docx|txt)$/.test(f)).sort();
  for (let k = 0; k < n; k++) {
    const f = reports[k % reports.length]!;
    copyFileSync(join(corpus, f), join(dir, `${String(k + 1).padStart(2, '0')}-${f}`));
  }
  return dir;
}

interface Args {
  repeat: number;
  server: boolean;
  folder: boolean;
  only: RegExp | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { repeat: 1, server: true, folder: true, only: process.env.BAD_INPUTS ? new RegExp(process.env.BAD_INPUTS) : null };
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--repeat') a.repeat = Math.max(1, Math.floor(Number(argv[++k]) || 1));
    else if (argv[k] === '--no-server') a.server = false;
    else if (argv[k] === '--no-folder') a.folder = false;
    else throw new Error(`unknown option ${argv[k]} (use --repeat N, --no-server, --no-folder; BAD_INPUTS=regex for a subset)`);
  }
  return a;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-bad-'));
  const inputs = await makeBadInputs(dir);
  const cli = join(root, 'dist', 'src', 'cli.js');
  const timed = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
  console.log(`Bad and hostile inputs (node ${process.version}; hostile ones run ${args.repeat} time${args.repeat > 1 ? 's' : ''}). Time: the longest run; peak memory: the largest process of the run (the lint worker), for the server the whole process tree.\n`);
  console.log('| probe | runs | exit / status | time | peak memory | message (--lang en) | pesan (default, Bahasa Indonesia) |\n|---|---|---|---|---|---|---|');
  let runs = 0;
  let aborts = 0;
  let wrong = 0;
  for (const b of inputs) {
    if (args.only && !args.only.test(b.name)) continue;
    const file = join(dir, b.name);
    const n = b.hostile ? args.repeat : 1;
    const statuses: (number | null)[] = [];
    let seconds = 0;
    let peak = 0;
    let msg = '';
    let ok = true;
    for (let k = 0; k < n; k++) {
      const r = runCli([cli, file, '--format', 'json', '--lang', 'en', ...(b.args ?? [])], timed);
      runs++;
      statuses.push(r.status);
      if (r.status === null || r.status === 134 || r.status > 128) aborts++;
      seconds = Math.max(seconds, r.seconds ?? 0);
      peak = Math.max(peak, r.peakMb ?? 0);
      const line = r.stderr.trim().replace(`lkjip-lint: ${file}: `, '');
      if (k === 0) msg = line || '(linted)';
      const right = r.status === b.exit && (b.message ? b.message.test(line) && !line.includes('\n') : r.stderr.trim() === '') && (!b.stylish || !RAW_CONTROL.test(r.stdout + r.stderr));
      if (!right) ok = false;
    }
    if (b.stylish) msg = ok ? 'linted; no raw control character in the output' : 'RAW CONTROL CHARACTERS IN THE OUTPUT';
    if (!ok) wrong++;
    // The same file in the default language (only unreadable files have a message).
    const id = statuses[0] === 2 ? runCli([cli, file, '--format', 'json', ...(b.args ?? [])], false).stderr.trim().replace(`lkjip-lint: ${file}: `, '') : '';
    const exits = [...new Set(statuses)].map((x) => `${x ?? 'killed'}${n > 1 ? ` ×${statuses.filter((y) => y === x).length}` : ''}`).join(', ');
    console.log(`| ${cell(b.what)} | ${n} | ${exits}${ok ? '' : ' (WRONG)'} | ${timed ? `${seconds.toFixed(2)} s` : '-'} | ${timed ? `${peak} MB` : '-'} | ${cell(msg.slice(0, 110))} | ${cell(id.slice(0, 110))} |`);
  }
  if (args.folder && (!args.only || args.only.test('corpus-72'))) {
    // A folder of 72 reports at default settings (issue 21: 38 of them once stopped for waiting in the queue).
    const folder = corpusFolder(72);
    // 72 reports on a shared machine can take longer than one file's 10 minutes: an hour (a status of "killed" is this bound).
    const r = runCli([cli, folder, '--format', 'json', '--lang', 'en'], timed, 3_600_000);
    runs++;
    let failed: { path: string; error?: string }[] = [];
    let files = 0;
    try {
      const out = JSON.parse(r.stdout) as { files: { path: string; error?: string }[] };
      files = out.files.length;
      failed = out.files.filter((f) => f.error !== undefined);
    } catch {
      failed = [{ path: folder, error: 'no JSON output' }];
    }
    const ok = files === 72 && failed.length === 0 && r.status === 1;
    if (!ok) wrong++;
    console.log(`| a folder of 72 corpus reports (PDF, DOCX, text), default settings | 1 | ${r.status}${ok ? '' : ' (WRONG)'} | ${r.seconds?.toFixed(2) ?? '-'} s | ${r.peakMb ?? '-'} MB | ${files} files linted, ${failed.length} failed${failed.length ? ` (${cell(failed[0]!.error ?? '')})` : ''} | |`);
  }
  if (args.server) {
    const { serverProbes } = await import('./hostile-server.js');
    for await (const row of serverProbes(cli, dir, corpus, { repeat: args.repeat, only: args.only })) {
      if (!row.ok) wrong++;
      console.log(`| ${cell(row.probe)} | ${/hostile files/.test(row.probe) ? args.repeat : 1} | ${cell(row.answer)}${row.ok ? '' : ' (WRONG)'} | ${row.seconds.toFixed(2)} s | ${row.peakMb ?? '-'} MB | | |`);
    }
  }
  console.log(`\nCLI runs: ${runs}, of which aborted (exit 134 or a signal): ${aborts}. Probes with a wrong outcome: ${wrong}.`);
  if (aborts || wrong) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
