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
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

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

/** Write every bad input into `dir`; returns what lkjip-lint must answer for each. */
export async function makeBadInputs(dir: string): Promise<BadInput[]> {
  const w = (name: string, data: Uint8Array | string) => writeFileSync(join(dir, name), data);
  const out: BadInput[] = [];
  w('empty.txt', '');
  out.push({ name: 'empty.txt', what: 'empty file', exit: 2, message: /the file is empty/ });
  w('one-byte.txt', 'a');
  out.push({ name: 'one-byte.txt', what: 'one byte', exit: 1, message: null });
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
  return out;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-bad-'));
  const inputs = await makeBadInputs(dir);
  const cli = join(root, 'dist', 'src', 'cli.js');
  const timed = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
  console.log('| input | exit | message (--lang en) | pesan (default, Bahasa Indonesia) | time | peak memory |\n|---|---|---|---|---|---|');
  for (const b of inputs) {
    const args = [cli, join(dir, b.name), '--format', 'json', '--lang', 'en', ...(b.args ?? [])];
    const p = timed ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
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
