/**
 * The decryption of an encrypted PDF's streams for the stream scan (pdf-streams.ts), with the
 * PDF standard security handler: RC4 and AES-128 (revisions 2 to 4) and AES-256 (revisions 5 and
 * 6), opened with the empty user password (a file that only restricts printing or copying, which
 * pdf.js opens without asking) or with the user password given (`--password`). A file it cannot
 * open gives no decryptor: its streams are scanned as they are.
 */
import { createDecipheriv, createCipheriv, createHash } from 'node:crypto';

export interface Decryptor {
  /** The plain bytes of the stream of object `num gen`. */
  decrypt(num: number, gen: number, data: Buffer): Buffer;
  /** Streams of type /XRef, and /Metadata when EncryptMetadata is false, are not encrypted. */
  encryptsMetadata: boolean;
}

/** The bytes of a PDF string written literally `( … )` or in hex `< … >`, at the start of `s`. */
export function pdfString(s: string): Buffer | null {
  const t = s.trimStart();
  if (t.startsWith('<') && !t.startsWith('<<')) {
    const end = t.indexOf('>');
    if (end < 0) return null;
    let hex = t.slice(1, end).replace(/[^0-9a-fA-F]/g, '');
    if (hex.length % 2) hex += '0';
    return Buffer.from(hex, 'hex');
  }
  if (!t.startsWith('(')) return null;
  const out: number[] = [];
  let depth = 1;
  for (let k = 1; k < t.length; k++) {
    const c = t[k]!;
    if (c === '\\') {
      const n = t[++k];
      if (n === undefined) break;
      const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (n in esc) out.push(esc[n]!);
      else if (/[0-7]/.test(n)) {
        let oct = n;
        while (oct.length < 3 && /[0-7]/.test(t[k + 1] ?? '')) oct += t[++k];
        out.push(parseInt(oct, 8) & 255);
      } else if (n === '\r') {
        if (t[k + 1] === '\n') k++;
      } else if (n !== '\n') out.push(n.charCodeAt(0) & 255);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return Buffer.from(out);
    out.push(c.charCodeAt(0) & 255);
  }
  return null;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = new Uint8Array(256);
  for (let k = 0; k < 256; k++) s[k] = k;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** AES-CBC with the IV in the first 16 bytes; the padding taken off when it looks like padding. */
function aesCbc(key: Buffer, data: Buffer): Buffer {
  if (data.length < 32) return Buffer.alloc(0);
  const d = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16));
  d.setAutoPadding(false);
  const body = data.subarray(16, 16 + Math.floor((data.length - 16) / 16) * 16);
  const out = Buffer.concat([d.update(body), d.final()]);
  const pad = out[out.length - 1]!;
  return pad >= 1 && pad <= 16 ? out.subarray(0, out.length - pad) : out;
}

/** Algorithm 2.B of ISO 32000-2 (revision 6): the hash of a password. */
function hash2b(password: Buffer, salt: Buffer, udata: Buffer): Buffer {
  let k = createHash('sha256').update(Buffer.concat([password, salt, udata])).digest();
  for (let i = 0; ; i++) {
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([password, k, udata])));
    const c = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    c.setAutoPadding(false);
    const e = Buffer.concat([c.update(k1), c.final()]);
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j]!;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest();
    if (i >= 63 && e[e.length - 1]! <= i - 31) break;
  }
  return k.subarray(0, 32);
}

/** The dictionary `<< … >>` that starts at `at`, nested ones included. */
function balanced(text: string, at: number): string | null {
  let depth = 0;
  for (let k = at; k < text.length - 1; k++) {
    if (text[k] === '<' && text[k + 1] === '<') {
      depth++;
      k++;
    } else if (text[k] === '>' && text[k + 1] === '>') {
      k++;
      if (--depth === 0) return text.slice(at, k + 1);
    }
  }
  return null;
}

/**
 * The decryptor of a PDF whose trailer names an /Encrypt dictionary, or null (not encrypted, or
 * not with the standard handler and a password that opens it). `object(num, gen)` gives the text
 * of a top-level object.
 */
export function pdfDecryptor(buf: Buffer, object: (num: number, gen: number) => string | null, password = ''): Decryptor | null {
  // The trailer is at the end, or at the start of a linearized file (or in a cross-reference stream's dictionary).
  const ends = [buf.toString('latin1', Math.max(0, buf.length - 65536)), buf.toString('latin1', 0, Math.min(buf.length, 65536))];
  let dict: string | null = null;
  let id: Buffer | null = null;
  for (const text of ends) {
    const refs = [...text.matchAll(/\/Encrypt\s*(?:(\d+)\s+(\d+)\s+R|(<<))/g)];
    const m = refs.at(-1);
    if (!m) continue;
    dict = m[3] ? balanced(text, m.index + m[0].length - 2) : object(Number(m[1]), Number(m[2]));
    const ids = [...text.matchAll(/\/ID\s*\[/g)].at(-1);
    if (ids) id = pdfString(text.slice(ids.index + ids[0].length));
    if (dict) break;
  }
  if (!dict || !/\/Filter\s*\/Standard/.test(dict)) return null;
  const num = (key: string) => Number(new RegExp(`/${key}\\s+(-?\\d+)`).exec(dict!)?.[1] ?? NaN);
  const str = (key: string) => {
    const m = new RegExp(`/${key}\\s*(?=[(<])`).exec(dict!);
    return m ? pdfString(dict!.slice(m.index + m[0].length)) : null;
  };
  const v = num('V');
  const r = num('R');
  const o = str('O');
  const u = str('U');
  const p = num('P');
  const encryptsMetadata = !/\/EncryptMetadata\s+false/.test(dict);
  if (!o || !u) return null;
  // The crypt filter of streams (V 4 and 5): AESV2, AESV3, V2 (RC4) or Identity.
  const stmF = /\/StmF\s*\/(\w+)/.exec(dict)?.[1];
  const cfm = stmF && stmF !== 'Identity' ? new RegExp(`/${stmF}\\s*<<[^>]*?/CFM\\s*/(\\w+)`).exec(dict)?.[1] : undefined;
  if (v >= 4 && (!stmF || stmF === 'Identity')) return { decrypt: (_n, _g, d) => d, encryptsMetadata };
  if (r >= 5) {
    const pw = Buffer.from(password, 'utf8').subarray(0, 127);
    const ue = str('UE');
    if (!ue || u.length < 48) return null;
    const key = r === 5 ? createHash('sha256').update(Buffer.concat([pw, u.subarray(40, 48)])).digest() : hash2b(pw, u.subarray(40, 48), Buffer.alloc(0));
    const d = createDecipheriv('aes-256-cbc', key, Buffer.alloc(16));
    d.setAutoPadding(false);
    const fileKey = Buffer.concat([d.update(ue.subarray(0, 32)), d.final()]);
    return { decrypt: (_n, _g, data) => aesCbc(fileKey, data), encryptsMetadata };
  }
  if (!id || !Number.isFinite(p)) return null;
  // The key length: 40 bits in revision 2, /Length otherwise (128 bits with crypt filters, V 4).
  const n = r === 2 ? 5 : v >= 4 ? 16 : Math.max(5, Math.min(16, Math.floor((num('Length') || 40) / 8)));
  const pw = Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
  const pb = Buffer.alloc(4);
  pb.writeInt32LE(p);
  let key = md5(pw, o.subarray(0, 32), pb, id, r >= 4 && !encryptsMetadata ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0)).subarray(0, n);
  if (r >= 3) for (let k = 0; k < 50; k++) key = md5(key).subarray(0, n);
  const aes = cfm === 'AESV2';
  return {
    decrypt: (objNum, gen, data) => {
      const ob = Buffer.from([objNum & 255, (objNum >> 8) & 255, (objNum >> 16) & 255, gen & 255, (gen >> 8) & 255]);
      const k = md5(key, ob, aes ? Buffer.from('sAlT') : Buffer.alloc(0)).subarray(0, Math.min(n + 5, 16));
      return aes ? aesCbc(k, data) : rc4(k, data);
    },
    encryptsMetadata,
  };
}
