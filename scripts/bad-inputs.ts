/**
 * The bad inputs the hardening suite runs (generated, not committed): each with the exit code and
 * message lkjip-lint must give. `node dist/scripts/bad-inputs.js` prints them with the time and
 * peak memory each took (`/usr/bin/time`); `test/bad-inputs.test.ts` asserts them.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
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
 * bytes: one 16 MB block compressed once (full flush, so the copies do not depend on each other)
 * and repeated, then a final empty block.
 */
function deflatedSpaces(prefix: string, mb: number): Buffer {
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH, level: 9 };
  const block = deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20), flush);
  return Buffer.concat([deflateRawSync(Buffer.from(prefix), flush), ...Array.from({ length: Math.ceil(mb / 16) }, () => block), Buffer.from([0x03, 0x00])]);
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
  out.push({ name: 'encrypted.pdf', what: 'encrypted PDF', exit: 2, message: /encrypted with a password; run again with --password/ });
  out.push({ name: 'encrypted.pdf', what: 'encrypted PDF with --password', args: ['--password', 'rahasia'], exit: 1, message: null });
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
  out.push({ name: 'bomb.docx', what: 'DOCX zip bomb (400 MB inflated from a small zip)', exit: 2, message: /would inflate to 400 MB/ });
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
  out.push({ name: 'lying-sizes.docx', what: 'DOCX whose zip headers claim 1 KB for a document.xml of 2 GB', exit: 2, message: /inflates to more than 150 MB/ });
  w('math-unclosed.docx', await docxOf(docXml(`${para('LAPORAN KINERJA TAHUN 2024 [satker]')}<w:p>${'<m:oMath>'.repeat(200_000)}</w:p>`)));
  out.push({ name: 'math-unclosed.docx', what: 'DOCX with 200,000 unclosed <m:oMath>', exit: 2, message: /could not be read|damaged|not well-formed|unclosed/ });
  w('empty-paragraphs.docx', await docxOf(docXml(`${para('LAPORAN KINERJA TAHUN 2024 [satker]')}${Array.from({ length: 200_000 }, (_, k) => (k % 7 === 0 ? '<w:p><w:pPr></w:pPr></w:p>' : '<w:p></w:p>')).join('')}`)));
  out.push({ name: 'empty-paragraphs.docx', what: 'DOCX of 200,000 empty paragraphs', exit: 1, message: null });
  w('doctype-late.docx', await docxOf(docXml(para('LAPORAN KINERJA TAHUN 2024 [satker]')).replace('?>', `?><!--${' '.repeat(5000)}--><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>`)));
  out.push({ name: 'doctype-late.docx', what: 'DOCX with a DOCTYPE after the first 4096 characters', exit: 2, message: /declares a DOCTYPE or entities/ });
  w('doctype-styles.docx', await docxOf(docXml(para('LAPORAN KINERJA TAHUN 2024 [satker]')), { 'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa">]><w:styles ${W}/>` }));
  out.push({ name: 'doctype-styles.docx', what: 'DOCX with a DOCTYPE in word/styles.xml', exit: 2, message: /declares a DOCTYPE or entities/ });
  w('flate-bomb.pdf', await flateBombPdf(1024));
  out.push({ name: 'flate-bomb.pdf', what: 'PDF whose content stream inflates to 1 GB, --max-memory 400', args: ['--max-memory', '400'], exit: 2, message: /needed more than 400 MB of memory/ });
  return out;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-bad-'));
  const inputs = await makeBadInputs(dir);
  const cli = join(root, 'dist', 'src', 'cli.js');
  const timed = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
  console.log('| input | exit | message (--lang en) | pesan (default, Bahasa Indonesia) | time | peak memory |\n|---|---|---|---|---|---|');
  // BAD_INPUTS=regex runs only the inputs whose file name matches; each run is stopped after 5 minutes.
  const only = process.env.BAD_INPUTS ? new RegExp(process.env.BAD_INPUTS) : null;
  for (const b of inputs) {
    if (only && !only.test(b.name)) continue;
    const args = [cli, join(dir, b.name), '--format', 'json', '--lang', 'en', ...(b.args ?? [])];
    const limit = { encoding: 'utf8' as const, maxBuffer: 1 << 28, timeout: 300_000, killSignal: 'SIGKILL' as const };
    const p = timed ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, ...args], limit) : spawnSync(process.execPath, args, limit);
    if (p.status === null) {
      console.log(`| ${b.what} | killed after ${limit.timeout / 1000} s | | | | |`);
      continue;
    }
    const lines = p.stderr.trim().split('\n').filter((l) => !/^Command exited with non-zero status/.test(l));
    const t = timed ? /TIME ([\d.]+) (\d+)/.exec(lines.pop() ?? '') : null;
    const msg = lines.join(' ').replace(`lkjip-lint: ${join(dir, b.name)}: `, '') || '(linted)';
    // The same file in the default language (only unreadable files have a message).
    const id = p.status === 2 ? spawnSync(process.execPath, [cli, join(dir, b.name), '--format', 'json', ...(b.args ?? [])], { encoding: 'utf8', maxBuffer: 1 << 28 }).stderr.trim().replace(`lkjip-lint: ${join(dir, b.name)}: `, '') : '';
    console.log(`| ${b.what} | ${p.status} | ${msg.slice(0, 110)} | ${id.slice(0, 110)} | ${t ? `${t[1]} s` : '-'} | ${t ? `${Math.round(Number(t[2]) / 1024)} MB` : '-'} |`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
