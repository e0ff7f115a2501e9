/**
 * Which report is this: the reporting unit (src/facts/unit.ts), the period it covers
 * (src/facts/period.ts), each with where it was found; and, kept for the output and the rules that
 * read them, `year` / `office` with their sources and the home province (from the Kanwil).
 * An immigration office's name parts (`Kelas II`, `TPI`, the city) come from its profile
 * (profiles/kemenkumham-imigrasi.ts).
 */
import type { Block, FileResult } from '../model.js';
import type { Facts } from './index.js';
import { detectUnit, type Unit } from './unit.js';
import { detectPeriod, type Period } from './period.js';
import { PROVINCES, regionLabel } from './unit-names.js';
import { findOffices, officeFromMatch, OFFICE_MENTION, type OfficeName } from '../../profiles/kemenkumham-imigrasi.js';

export { findOffices, officeFromMatch, OFFICE_MENTION, PROVINCES, type OfficeName };

export interface ReportIdentity {
  year: number | null;
  yearSource: string;
  /** The immigration office's parts, when the unit is one (else null). */
  office: OfficeName | null;
  /** Where the unit was found. */
  officeSource: string;
  /** Province of the regional office (Kanwil) the text names most. */
  province: string | null;
  unit: Unit | null;
  period: Period;
}

export function detectIdentity(blocks: Block[]): ReportIdentity {
  const unit = detectUnit(blocks);
  const period = detectPeriod(blocks);
  return {
    year: period.year,
    yearSource: period.evidence,
    office: unit?.office ?? null,
    officeSource: unit ? unit.evidence.unit : 'not found',
    province: detectProvince(blocks),
    unit,
    period,
  };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
}

/** Province of the office's regional office (Kanwil), by the most frequent mention. */
function detectProvince(blocks: Block[]): string | null {
  const counts = new Map<string, number>();
  const re = new RegExp(String.raw`\b(?:Kantor Wilayah|Kanwil)\b[^.\n]{0,60}?\b(${PROVINCES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\b`, 'gi');
  for (const b of blocks) {
    if (!/kanwil|kantor\s+wilayah/i.test(b.text)) continue;
    for (const m of b.text.matchAll(re)) {
      const p = canonicalProvince(m[1]!);
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

export function canonicalProvince(s: string): string {
  const flat = s.replace(/\s+/g, ' ').toLowerCase();
  return PROVINCES.find((p) => p.toLowerCase() === flat) ?? titleCase(flat);
}

/** The unit, period and profile as the output shows them (see FileResult in model.ts). */
export function reportIdentity(facts: Pick<Facts, 'identity' | 'profile' | 'profileSource'>): Required<Pick<FileResult['report'], 'unit' | 'period' | 'profile'>> {
  const u = facts.identity.unit;
  const p = facts.identity.period;
  return {
    unit: u
      ? { kind: u.kind || null, name: u.name, region: u.region ? regionLabel(u.region) : null, parent: u.parent, acronym: u.acronym, evidence: u.evidence.unit, regionEvidence: u.evidence.region, parentEvidence: u.evidence.parent }
      : null,
    period: { kind: p.kind, part: p.part, year: facts.identity.year, evidence: facts.identity.yearSource, coverYear: p.coverYear?.year ?? null },
    profile: { id: facts.profile.id, title: facts.profile.title, evidence: facts.profileSource },
  };
}
