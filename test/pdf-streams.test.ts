/**
 * The decoding scan of a PDF's streams before pdf.js reads it (src/parse/pdf-streams.ts): what the
 * filters actually produce is counted, so a compression bomb is refused with one line whatever
 * its dictionary says, and every real report goes through with what its streams decode to.
 * Inputs are generated here (scripts/bad-inputs.ts; encrypted ones by qpdf), bounded by a small
 * limit where they can be.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { codecSize, scanPdfStreams } from '../src/parse/pdf-streams.js';
import { parsePdf } from '../src/parse/pdf.js';
import { InputError } from '../src/parse/errors.js';
import { codeWriter, handPdf, imagePdf, jbig2Page, jpxHeader, lzwRun, tinyJpeg, zlibSpaces } from '../scripts/bad-inputs.js';
import { corpusPath } from './helpers.js';

const MB = 1048576;
const refused = async (pdf: Uint8Array, limits?: { stream?: number; total?: number }) => {
  try {
    await scanPdfStreams(pdf, limits);
    return 'accepted';
  } catch (e) {
    return e instanceof InputError ? e.message : `other: ${String(e)}`;
  }
};

/** A plain LZW encoder (PDF's: 9-12 bit codes, EarlyChange 1), to check the scan decodes what it encodes. */
function lzw(data: Buffer): Buffer {
  const writer = codeWriter();
  let width = 9;
  const put = (code: number) => writer.put(code, width);
  let table = new Map<string, number>();
  let next = 258;
  put(256);
  let w = '';
  for (const b of data) {
    const wc = w + String.fromCharCode(b);
    if (wc.length === 1 || table.has(wc)) {
      w = wc;
      continue;
    }
    put(w.length === 1 ? w.charCodeAt(0) : table.get(w)!);
    table.set(wc, next++);
    width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
    if (next >= 4094) {
      put(256);
      table = new Map();
      next = 258;
      width = 9;
    }
    w = String.fromCharCode(b);
  }
  if (w) put(w.length === 1 ? w.charCodeAt(0) : table.get(w)!);
  put(257);
  return writer.bytes();
}

describe('PDF stream scan', () => {
  it('the corpus PDFs go through, their streams decoded', async () => {
    for (const name of ['cilegon-2021.pdf', 'dinkes-jabar-2016.pdf', 'bpbd-jabar-2016.pdf', 'bkpsdmd-bangka-2022-excerpt.pdf']) {
      const scan = await scanPdfStreams(readFileSync(corpusPath(name)));
      expect(scan.streams, name).toBeGreaterThan(5);
      expect(scan.largest, name).toBeLessThan(16 * MB);
    }
    // dinkes-jabar-2016: 3 MB of PDF, about 30 MB of decoded content and fonts.
    expect((await scanPdfStreams(readFileSync(corpusPath('dinkes-jabar-2016.pdf')))).decoded).toBeGreaterThan(20 * MB);
  });

  it('counts what each filter produces, exactly', async () => {
    const text = Buffer.from('BT /F1 12 Tf 72 700 Td (LAPORAN KINERJA TAHUN 2024: capaian 100%, realisasi 98,5%) Tj ET\n'.repeat(300));
    const hex = Buffer.from(`${text.toString('hex').replace(/(.{80})/g, '$1\n')}>`);
    const cases: Array<[string, Buffer]> = [
      ['/Filter /FlateDecode', deflateSync(text)],
      ['/Filter /LZWDecode', lzw(text)],
      ['/Filter /ASCIIHexDecode', hex],
      ['/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(`${deflateSync(text).toString('hex')}>`)],
      ['/Filter [/FlateDecode /FlateDecode]', deflateSync(deflateSync(text))],
      ['/Filter /RunLengthDecode', Buffer.concat([...Array.from({ length: Math.ceil(text.length / 128) }, (_, k) => { const c = text.subarray(k * 128, k * 128 + 128); return Buffer.concat([Buffer.from([c.length - 1]), c]); }), Buffer.from([128])])],
    ];
    for (const [dict, data] of cases) expect((await scanPdfStreams(handPdf(dict, data))).decoded, dict).toBe(text.length);
    expect((await scanPdfStreams(handPdf('/Filter /LZWDecode', lzwRun(0x20, 1_000_003)))).decoded).toBe(1_000_003);
  });

  it('what pdf.js reads from a scanned stream is the same text: the deflated content is linted', async () => {
    const doc = await parsePdf('hand.pdf', handPdf('/Filter /FlateDecode', zlibSpaces(1)));
    expect(doc.blocks.map((b) => b.text).join('\n')).toContain('LAPORAN KINERJA TAHUN 2024 [satker]');
  });

  it('refuses a stream that decodes past the limit, whatever the filter chain', async () => {
    const limits = { stream: 8 * MB };
    const bomb = zlibSpaces(32);
    const message = /^a stream of the PDF decodes to more than 8 MB \(a compression bomb\?\)/;
    expect(await refused(handPdf('/Filter /FlateDecode', bomb), limits)).toMatch(message);
    expect(await refused(handPdf('/Filter [/FlateDecode /FlateDecode]', deflateSync(bomb)), limits)).toMatch(message);
    expect(await refused(handPdf('/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(`${bomb.toString('hex')}>`)), limits)).toMatch(message);
    expect(await refused(handPdf('/Filter /LZWDecode', lzwRun(0x20, 12 * MB)), limits)).toMatch(message);
    // RunLength: 80,000 runs of 128 spaces (2 bytes each).
    const runs = Buffer.alloc(2 * 80_000, 0x20);
    for (let k = 0; k < runs.length; k += 2) runs[k] = 129;
    expect(await refused(handPdf('/Filter /RunLengthDecode', Buffer.concat([runs, Buffer.from([128])])), limits)).toMatch(message);
    // Names escaped and the abbreviated key, as pdf.js reads them: the same stream.
    expect(await refused(handPdf('/Filter /Fl#61teDecode', bomb), limits)).toMatch(message);
    expect(await refused(handPdf('/F /Fl', bomb), limits)).toMatch(message);
    // The one stream under the limit goes through.
    expect(await refused(handPdf('/Filter /FlateDecode', zlibSpaces(4)), limits)).toBe('accepted');
  });

  it('a false endstream inside the data does not cut the count short when /Length says where it ends', async () => {
    // A stored deflate block holding the word endstream, then the bomb: pdf.js takes the
    // indirect /Length (followed by endstream) and inflates all of it; so does the scan.
    const head = Buffer.concat([Buffer.from([0x78, 0x01, 0x00, 0x0a, 0x00, 0xf5, 0xff]), Buffer.from('endstream\n')]);
    const data = Buffer.concat([head, zlibSpaces(32).subarray(2)]);
    expect(await refused(handPdf('/Filter /FlateDecode', data, true), { stream: 8 * MB })).toMatch(/decodes to more than 8 MB/);
    // An object number of two and three digits is a reference too, not a length of 1 or 12.
    for (const num of [12, 123]) {
      const pdf = handPdf('/Filter /FlateDecode', data, num);
      expect(pdf.includes(Buffer.from(`/Length ${num} 0 R`)), String(num)).toBe(true);
      expect(await refused(pdf, { stream: 8 * MB }), String(num)).toMatch(/decodes to more than 8 MB/);
    }
  });

  it('an indirect /Length of a two-digit object is read by pdf.js as the scan reads it: the text is linted', async () => {
    const doc = await parsePdf('hand.pdf', handPdf('/Filter /FlateDecode', zlibSpaces(1), 12));
    expect(doc.blocks.map((b) => b.text).join('\n')).toContain('LAPORAN KINERJA TAHUN 2024 [satker]');
  });

  it('refuses a file whose streams decode past the total limit together', async () => {
    const page = zlibSpaces(3);
    expect(await refused(handPdf('/Filter /FlateDecode', page), { stream: 4 * MB, total: 8 * MB })).toBe('accepted');
    const three = Buffer.concat([handPdf('/Filter /FlateDecode', page), handPdf('/Filter /FlateDecode', page), handPdf('/Filter /FlateDecode', page)]);
    expect(await refused(three, { stream: 4 * MB, total: 8 * MB })).toMatch(/^the streams of the PDF decode to more than 8 MB together/);
  });

  it('an encrypted file is decrypted first (RC4 40 and 128 bits, AES-128, AES-256), with the empty user password or the one given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-crypt-'));
    const plain = join(dir, 'bomb.pdf');
    writeFileSync(plain, handPdf('/Filter /FlateDecode', zlibSpaces(32)));
    const limits = { stream: 8 * MB };
    for (const how of [['40'], ['128', '--use-aes=n'], ['128', '--use-aes=y'], ['256']]) {
      for (const user of ['', 'rahasia']) {
        const file = join(dir, `enc-${how.join('')}-${user}.pdf`);
        expect(spawnSync('qpdf', ['--allow-weak-crypto', '--encrypt', user, 'pemilik', ...how, '--', plain, file]).status, how.join(' ')).toBe(0);
        const bytes = readFileSync(file);
        // The ciphertext alone decodes to nothing: the bomb is found only by decrypting.
        expect(bytes.includes(Buffer.from('/Encrypt')), how.join(' ')).toBe(true);
        expect(await refused(bytes, limits).then((m) => [how.join(' '), user, m])).toEqual([how.join(' '), user, user ? 'accepted' : expect.stringMatching(/decodes to more than 8 MB/)]);
        if (user) {
          const e = await scanPdfStreams(bytes, limits, user).then(() => 'accepted', (x: unknown) => (x as Error).message);
          expect([how.join(' '), e]).toEqual([how.join(' '), expect.stringMatching(/decodes to more than 8 MB/)]);
        }
      }
    }
    // A false /Encrypt in a comment does not hide a plain bomb: both readings are counted.
    const fake = Buffer.concat([handPdf('/Filter /FlateDecode', zlibSpaces(32)), Buffer.from('%/Encrypt << /Filter /Standard /V 2 /R 3 /O (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) /U (bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb) /P -4 >> /ID [<00112233>]\n')]);
    expect(await refused(fake, limits)).toMatch(/decodes to more than 8 MB/);
  });

  it('reads the size an image codec will decode to from its own header', () => {
    expect(codecSize('DCTDecode', tinyJpeg(2480, 3508), '')).toEqual({ width: 2480, height: 3508 });
    expect(codecSize('JPXDecode', jpxHeader(4960, 7016), '')).toEqual({ width: 4960, height: 7016 });
    expect(codecSize('JBIG2Decode', jbig2Page(2480, 3508), '')).toEqual({ width: 2480, height: 3508 });
    expect(codecSize('CCITTFaxDecode', Buffer.alloc(0), '<< /DecodeParms << /K -1 /Columns 2480 /Rows 3508 >> >>')).toEqual({ width: 2480, height: 3508 });
    // Bytes that are no such header (the ciphertext of an encrypted image) give no size.
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 7919 + 13) % 251));
    for (const codec of ['DCTDecode', 'JPXDecode', 'JBIG2Decode']) expect(codecSize(codec, noise, ''), codec).toBeNull();
  });

  it('refuses an image whose codec claims more pixels than pdf.js decodes (70 million) in a dictionary it would decode; real images go through', async () => {
    const gray = (w: number, h: number, filter: string) => `/Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter ${filter}`;
    // A scanned A4 page at 300 dpi, as its dictionary and its codec say.
    expect(await refused(imagePdf(gray(2480, 3508, '/DCTDecode'), tinyJpeg(2480, 3508)))).toBe('accepted');
    expect(await refused(imagePdf(gray(2480, 3508, '/JPXDecode'), jpxHeader(2480, 3508)))).toBe('accepted');
    expect(await refused(imagePdf(gray(2480, 3508, '/JBIG2Decode'), jbig2Page(2480, 3508)))).toBe('accepted');
    // The codec lies about its size: 65000 × 65000 in a 16 × 16 image, whatever the filters before it.
    const lie = /^an image of the PDF claims 65000 × 65000 pixels, more than 70 million \(a decompression bomb\?\)/;
    expect(await refused(imagePdf(gray(16, 16, '/DCTDecode'), tinyJpeg(65000, 65000)))).toMatch(lie);
    expect(await refused(imagePdf(gray(16, 16, '[/FlateDecode /DCTDecode]'), deflateSync(tinyJpeg(65000, 65000))))).toMatch(lie);
    expect(await refused(imagePdf(gray(16, 16, '[/ASCIIHexDecode /DCT]'), Buffer.from(`${tinyJpeg(65000, 65000).toString('hex')}>`)))).toMatch(lie);
    expect(await refused(imagePdf(gray(16, 16, '/JPXDecode'), jpxHeader(65000, 65000)))).toMatch(lie);
    expect(await refused(imagePdf(gray(16, 16, '/JBIG2Decode'), jbig2Page(65000, 65000)))).toMatch(lie);
    expect(await refused(imagePdf(`${gray(16, 16, '/CCITTFaxDecode')} /DecodeParms << /K -1 /Columns 100000000 >>`, Buffer.alloc(64)))).toMatch(/claims 100000000 × 1 pixels/);
    // An image whose dictionary is already over the limit is left out by pdf.js, never decoded: the file is read.
    expect(await refused(imagePdf(gray(65000, 65000, '/DCTDecode'), tinyJpeg(65000, 65000)))).toBe('accepted');
    // The limit is the scan's to set.
    expect(await refused(imagePdf(gray(16, 16, '/DCTDecode'), tinyJpeg(2480, 3508)), { pixels: 1_000_000 })).toMatch(/claims 2480 × 3508 pixels, more than 1 million/);
  });

  it('an encrypted image is judged by its plain header, not its ciphertext', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-crypt-img-'));
    for (const [name, jpeg] of [['ok', tinyJpeg(2480, 3508)], ['lie', tinyJpeg(65000, 65000)]] as const) {
      const plain = join(dir, `${name}.pdf`);
      writeFileSync(plain, imagePdf('/Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', jpeg));
      const file = join(dir, `${name}-enc.pdf`);
      expect(spawnSync('qpdf', ['--encrypt', '', 'pemilik', '256', '--', plain, file]).status).toBe(0);
      expect(readFileSync(file).includes(jpeg), name).toBe(false);
      expect(await refused(readFileSync(file)), name).toMatch(name === 'ok' ? /^accepted$/ : /claims 65000 × 65000 pixels/);
    }
  });

  it('the whole parse refuses a 1 GB flate bomb with one line, in both languages', async () => {
    const e = await parsePdf('bomb.pdf', handPdf('/Filter /FlateDecode', zlibSpaces(1024))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).text('en')).toMatch(/^a stream of the PDF decodes to more than 256 MB/);
    expect((e as InputError).text('id')).toMatch(/^sebuah stream di PDF ini mengembang menjadi lebih dari 256 MB/);
  });
});
