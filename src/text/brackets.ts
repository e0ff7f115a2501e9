/**
 * Template brackets left in a report: `[...]` slots, `[besar/kecil]` choices, `[Kantor Wilayah]`
 * labels, author instructions, and values filled in with their brackets kept (`[100%]`).
 */
import { memoByText } from '../memo.js';

/**
 * `value`: a value filled in with its brackets kept, on positive evidence (a number, Rp, %, a date,
 * a resolved template choice, a filled-in sentence); `label`: a few words with no such evidence
 * (`[Nama Kepala Dinas]`, `[Kantor Imigrasi Siak]`): a filled value only when the report uses
 * the same words elsewhere, else a template label never filled in (see `usedElsewhere`).
 */
export type BracketKind = 'placeholder' | 'choice' | 'value' | 'label' | 'unclosed' | 'stray' | 'annotation';

export interface BracketHit {
  kind: BracketKind;
  start: number;
  end: number;
  /** The bracketed text without the brackets. */
  content: string;
}

export interface BracketPatterns {
  /** Bracket contents that are template labels or author instructions (case-insensitive). */
  placeholderLabels: string[];
}

export const DEFAULT_PLACEHOLDER_LABELS = [
  '^(kantor wilayah|satker|satuan kerja|wilayah|nama satker|nama kantor|nama unit( kerja)?|unit kerja|provinsi|kabupaten|kota|nama|nip|jabatan|tanggal|bulan|tahun|dst\\.?|dll\\.?)$',
  // Descriptions of what goes there: `[Nama Kepala Dinas]`, `[Sejarah singkat satuan kerja]`.
  '^nama\\b',
  '\\b(satuan kerja|satker|unit kerja|perangkat daerah|opd|instansi)\\s*$',
  '\\b(singkat|secara singkat|dalam persen(tase)?|dalam rupiah|dalam angka)\\b',
  '^(gambar|infografis|screenshot|tangkapan layar|foto|grafik|diagram|bagan|lampirkan|sisipkan|masukkan|isikan|isi|diisi|tuliskan|jelaskan|uraikan|sebutkan|penjabaran|silakan|contoh)\\b',
  '\\b(akan disampaikan|dapat menyampaikan|disesuaikan dengan|sesuai kondisi|apabila ada|jika ada|bila ada)\\b',
];

function isChoice(content: string): boolean {
  if (!content.includes('/')) return false;
  if (/https?:|www\./i.test(content)) return false;
  const alternatives = content.split('/').map((a) => a.trim());
  // Dates and ratios (`6/6`, `01/02/2024`) are not choices.
  return alternatives.filter((a) => /[A-Za-z]{2,}/.test(a)).length >= 2 || (alternatives.length >= 2 && alternatives.every((a) => /[A-Za-z]/.test(a)));
}

export function classifyBracket(content: string, labels: RegExp[]): BracketKind {
  const c = content.trim();
  if (/^(\.{2,}|…)\s*%?$/.test(c) || /\.\.\.|…/.test(c)) return 'placeholder';
  if (labels.some((re) => re.test(c))) return 'placeholder';
  if (isChoice(c)) return 'choice';
  // A formula written in a header (`[60% SMART + 40% IKPA]`).
  if (/\d\s*%?\s*[A-Za-z ]*\s[+×x*]\s*\d/.test(c)) return 'annotation';
  return filledOrLabel(c);
}

/** Words of the template's alternatives (`[telah/belum dapat]`, `[peningkatan/penurunan]`) as an author resolves them. */
const CHOICE_WORDS = /^(?:telah|belum|sudah|dapat|tidak|bisa|mampu|besar|kecil|lebih|kurang|sama|bernilai|naik|turun|meningkat|menurun|peningkatan|penurunan|kenaikan|tinggi|rendah|berhasil|keberhasilan|kegagalan|gagal|tercapai|terlampaui|melampaui|mencapai|baik|sangat|cukup|optimal|positif|negatif|dan|atau|yang)$/i;

/** A numbered template slot: `[Isu 1]`, `[layanan 2]`, `[Indikator 3]`. */
const NUMBERED_SLOT = /^[A-Za-z]+(?:\s+[A-Za-z]+)?\s+\d$/;

function filledOrLabel(c: string): BracketKind {
  if (NUMBERED_SLOT.test(c.replace(/[*_]/g, '').trim())) return 'placeholder';
  // A number, Rp, a percentage, a date.
  if (/\d/.test(c)) return 'value';
  const words = c.replace(/[*_"“”]/g, ' ').split(/[\s,;]+/).filter(Boolean);
  if (words.length > 0 && words.every((w) => CHOICE_WORDS.test(w))) return 'value';
  // A filled-in sentence or enumeration (`[Melaksanakan monitoring dan evaluasi secara berkala …]`).
  if (words.length >= 5) return 'value';
  return 'label';
}

let lastFold: { text: string; folded: string } | null = null;
/** The report's text in lower case with its white space folded (kept for the next call: one report at a time). */
function folded(text: string): string {
  if (lastFold?.text !== text) lastFold = { text, folded: text.replace(/\s+/g, ' ').toLowerCase() };
  return lastFold.folded;
}

/**
 * Does the report use a bracket's words elsewhere, outside brackets (a name it filled in)?
 * `text` is the report's whole text, `content` the bracket's.
 */
export function usedElsewhere(text: string, content: string): boolean {
  const needle = content.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (needle.length < 4) return false;
  const hay = folded(text);
  let total = 0;
  let bracketed = 0;
  for (let at = hay.indexOf(needle); at >= 0 && total < 50; at = hay.indexOf(needle, at + 1)) {
    total++;
    const before = hay.slice(Math.max(0, at - 3), at);
    if (/\[[*_\s]*$/.test(before)) bracketed++;
  }
  return total > bracketed;
}

/** The bracket finder per label list (rules pass the same option array every call), patterns compiled once. */
const finders = new Map<string, (text: string) => readonly Readonly<BracketHit>[]>();
const NONE: readonly Readonly<BracketHit>[] = Object.freeze([]);

/**
 * Every bracket in `text`, classified. The answer is shared between callers (frozen): copy
 * before changing it.
 */
export function findBrackets(text: string, patterns: BracketPatterns): readonly Readonly<BracketHit>[] {
  if (!text.includes('[') && !text.includes(']')) return NONE;
  const key = patterns.placeholderLabels.join('\u0000');
  let find = finders.get(key);
  if (!find) {
    const labels = patterns.placeholderLabels.map((p) => new RegExp(p, 'i'));
    finders.set(key, (find = memoByText((t) => scan(t, labels))));
  }
  return find(text);
}

function scan(text: string, labels: RegExp[]): BracketHit[] {
  const hits: BracketHit[] = [];
  let open = -1;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '[') {
      if (open >= 0) hits.push({ kind: 'unclosed', start: open, end: k, content: text.slice(open + 1, k) });
      open = k;
    } else if (ch === ']') {
      if (open < 0) {
        hits.push({ kind: 'stray', start: Math.max(0, k - 20), end: k + 1, content: text.slice(Math.max(0, k - 20), k) });
        continue;
      }
      const content = text.slice(open + 1, k);
      const isLink = text[k + 1] === '(' || content.startsWith('^');
      if (!isLink && content.trim() !== '') hits.push({ kind: classifyBracket(content, labels), start: open, end: k + 1, content });
      open = -1;
    }
  }
  if (open >= 0) hits.push({ kind: 'unclosed', start: open, end: Math.min(text.length, open + 80), content: text.slice(open + 1, open + 80) });
  return hits;
}
