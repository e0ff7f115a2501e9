/**
 * The unit renamed to another unit kind everywhere: the unit's full name, its name without the
 * region, its acronym and the region words that belong to it, each replaced consistently (case
 * kept, line breaks inside a wrapped name kept). Other units the report names stay as they are, so
 * a wrong office stays a wrong office.
 */
import { findOffices } from '../../../src/facts/report.js';
import { inPlace, keepLineBreaks, sameCase, type Transformation } from '../lines.js';

export interface UnitName {
  /** Every spelling of the full name the text uses (whitespace-flexible, case-insensitive). */
  fullForms: string[];
  /** The name without its region (`Dinas Kesehatan`, each spelling), standing alone for the unit. */
  bases: string[];
  /** `Provinsi Jawa Barat`, or only the city of an immigration office (`Siak`). */
  regionLevel: string | null;
  regionName: string;
  acronyms: string[];
}

export interface TargetUnit {
  full: string;
  base: string;
  regionLevel: string;
  regionName: string;
  acronym: string;
}

const HEADS = ['Dinas', 'Badan', 'Rumah Sakit', 'Kantor', 'Kejaksaan', 'Sekretariat', 'Inspektorat', 'Biro', 'Satuan', 'Kecamatan', 'Puskesmas', 'Balai', 'Lembaga', 'Direktorat'];
const STOP = '(?:tahun|nomor|dalam|yang|telah|sebagai|untuk|pada|dan|di|ini|adalah|merupakan|kinerja|sesuai|serta|dengan|tentang)\\b';
const WORD = `(?!${STOP})[A-Za-z]+`;
const REGIONAL = new RegExp(
  String.raw`\b(${HEADS.map((h) => h.replace(' ', '\\s+')).join('|')})((?:\s+(?:dan\s+)?${WORD}){0,8}?)\s+(Provinsi|Kabupaten|Kota)\s+(${WORD}(?:\s+${WORD}){0,2})\b`,
  'gi',
);

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const title = (s: string) => flat(s).toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern that allows any whitespace (a line break too) between its words. */
const phrase = (s: string) => flat(s).split(' ').map(esc).join('\\s+');

function acronymOf(base: string): string {
  return flat(base).split(' ').filter((w) => !/^dan$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');
}

/** The unit the report is about: the most frequent full name (an immigration office, or a regional unit with its region). */
export function detectUnit(text: string): UnitName | null {
  const offices = new Map<string, { n: number; forms: Set<string>; city: string }>();
  for (const { office, start, end } of findOffices(text)) {
    if (!office.city) continue;
    const e = offices.get(office.name) ?? { n: 0, forms: new Set<string>(), city: office.city };
    e.n++;
    e.forms.add(flat(text.slice(start, end)).toLowerCase());
    offices.set(office.name, e);
  }
  const regional = new Map<string, { n: number; base: string; level: string; region: string }>();
  REGIONAL.lastIndex = 0;
  for (const m of text.matchAll(REGIONAL)) {
    // Names and regions are capitalised (or all caps); `Kabupaten Grobogan diuraikan` ends at Grobogan.
    if (m[2]!.split(/\s+/).some((w) => w && !/^dan$/i.test(w) && !/^[A-Z]/.test(w))) continue;
    const regionWords = m[4]!.split(/\s+/);
    const cut = regionWords.findIndex((w, i) => i > 0 && !/^[A-Z]/.test(w));
    const region = title((cut < 0 ? regionWords : regionWords.slice(0, cut)).join(' '));
    const base = title(`${m[1]}${m[2]}`);
    const key = `${base} ${title(m[3]!)} ${region}`;
    const e = regional.get(key) ?? { n: 0, base, level: title(m[3]!), region };
    e.n++;
    regional.set(key, e);
  }
  const office = [...offices.values()].sort((a, b) => b.n - a.n)[0];
  const unit = [...regional.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (office && (!unit || office.n >= unit[1].n)) {
    return { fullForms: [...office.forms], bases: [], regionLevel: null, regionName: office.city, acronyms: [] };
  }
  if (!unit) return null;
  const [, e] = unit;
  // The same unit spelled another way (`Bencana` / `Becana`): same region, same initials.
  const same = [...regional.entries()].filter(([, o]) => o.level === e.level && o.region === e.region && acronymOf(o.base) === acronymOf(e.base));
  const fullForms = same.map(([k]) => k.toLowerCase());
  // Only a base of at least two words stands for the unit alone (`Dinas` alone is any dinas).
  const bases = e.base.split(' ').length >= 2 ? same.map(([, o]) => o.base) : [];
  const base = bases[0];
  const acronyms = new Set<string>();
  if (base) {
    const initials = acronymOf(base);
    if (initials.length >= 3 && new RegExp(`\\b${initials}\\b`).test(text)) acronyms.add(initials);
    for (const m of text.matchAll(new RegExp(`${phrase(base)}(?:\\s+${phrase(`${e.level} ${e.region}`)})?\\s*\\(([A-Z][A-Za-z-]{2,9})\\)`, 'gi'))) {
      acronyms.add(m[1]!); // the one word in brackets right after the name is its short form (BPBD, Dishub)
    }
  }
  return { fullForms, bases, regionLevel: e.level, regionName: e.region, acronyms: [...acronyms] };
}

/** Every replacement, longest first, as one function usable on the text and on findings' strings. */
export function renamer(unit: UnitName, target: TargetUnit): (s: string) => string {
  // [pattern, replacement, written as is (an acronym keeps its own case: BPBD → Dinkes)]
  const steps: [RegExp, string, boolean?][] = [];
  for (const form of [...unit.fullForms].sort((a, b) => b.length - a.length)) steps.push([new RegExp(`\\b${phrase(form)}(?![A-Za-z])`, 'gi'), target.full]);
  for (const base of unit.bases) steps.push([new RegExp(`\\b${phrase(base)}\\b`, 'gi'), target.base]);
  if (unit.regionLevel) steps.push([new RegExp(`\\b${phrase(`${unit.regionLevel} ${unit.regionName}`)}\\b`, 'gi'), `${target.regionLevel} ${target.regionName}`]);
  steps.push([new RegExp(`\\b${phrase(unit.regionName)}\\b`, 'gi'), target.regionName]);
  for (const a of unit.acronyms) steps.push([new RegExp(`\\b${esc(a)}\\b`, 'g'), target.acronym, true]);
  return (s: string) => {
    // One pass per step, never over what an earlier step wrote (the target may contain source words).
    const parts: { text: string; fixed: boolean }[] = [{ text: s, fixed: false }];
    for (const [re, to, asIs] of steps) {
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        if (p.fixed) continue;
        const pieces: { text: string; fixed: boolean }[] = [];
        let at = 0;
        for (const m of p.text.matchAll(re)) {
          pieces.push({ text: p.text.slice(at, m.index), fixed: false }, { text: keepLineBreaks(m[0], asIs ? to : sameCase(m[0], to)), fixed: true });
          at = m.index + m[0].length;
        }
        if (!pieces.length) continue;
        pieces.push({ text: p.text.slice(at), fixed: false });
        parts.splice(i, 1, ...pieces);
        i += pieces.length - 1;
      }
    }
    return parts.map((p) => p.text).join('');
  };
}

export function renameUnit(id: string, target: TargetUnit): Transformation {
  return {
    id,
    description: `the unit renamed to ${target.full} (with ${target.base}, ${target.acronym}, ${target.regionLevel} ${target.regionName}) everywhere`,
    apply(text) {
      const unit = detectUnit(text);
      if (!unit) return inPlace(text, (t) => t);
      const rename = renamer(unit, target);
      return inPlace(text, rename, rename);
    },
  };
}

export const renameTransformations: Transformation[] = [
  renameUnit('unit-dinas', { full: 'Dinas Kesehatan Kabupaten Sleman', base: 'Dinas Kesehatan', regionLevel: 'Kabupaten', regionName: 'Sleman', acronym: 'Dinkes' }),
  renameUnit('unit-badan', { full: 'Badan Perencanaan Pembangunan Daerah Kota Surakarta', base: 'Badan Perencanaan Pembangunan Daerah', regionLevel: 'Kota', regionName: 'Surakarta', acronym: 'BAPPEDA' }),
  renameUnit('unit-kejaksaan', { full: 'Kejaksaan Negeri Bantul', base: 'Kejaksaan Negeri', regionLevel: 'Kabupaten', regionName: 'Bantul', acronym: 'Kejari' }),
];
