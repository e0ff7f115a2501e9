/**
 * The profiles, and which one a report follows: its unit's kind first (a Kantor Imigrasi follows
 * Kemenkumham's template, a Dinas of a Kabupaten its Pemda's), else the text's own signals (two
 * distinct ones at least: `RPJMD`, `APBD`, `Perangkat Daerah`; `Pedoman Jaksa Agung`), else the base
 * PermenPAN-RB 53/2014 structure. A unit of a kind no profile claims gets the base profile: a
 * template's words in passing never make a report that template's.
 */
import type { Block } from '../src/model.js';
import type { Unit } from '../src/facts/unit.js';
import { regionLabel } from '../src/facts/unit-names.js';
import base from './base.js';
import kemenkumhamImigrasi from './kemenkumham-imigrasi.js';
import pemda from './pemda.js';
import kejaksaan from './kejaksaan.js';
import type { Profile } from './schema.js';

export type { Profile, RequiredPart } from './schema.js';

export const PROFILES: Profile[] = [base, kemenkumhamImigrasi, pemda, kejaksaan];
export const PROFILE_IDS = PROFILES.map((p) => p.id) as [string, ...string[]];

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

export interface ProfileChoice {
  profile: Profile;
  /** Why: `unit kind Dinas (cover, page 1, line 3)`, `--profile`, `text: RPJMD, APBD`. */
  evidence: string;
}

/** Distinct text signals of each profile in the first part of the report. */
function signals(blocks: Block[]): Map<Profile, string[]> {
  const found = new Map<Profile, string[]>();
  const text = blocks
    .slice(0, 600)
    .map((b) => b.text)
    .join('\n');
  for (const p of PROFILES) {
    const hits = p.textSignals.map((s) => new RegExp(s, 'i').exec(text)?.[0]).filter((s): s is string => Boolean(s));
    if (hits.length) found.set(p, hits);
  }
  return found;
}

export function detectProfile(unit: Unit | null, blocks: Block[]): ProfileChoice {
  if (unit && unit.kind) {
    const byKind = PROFILES.find((p) => p.unitKinds.includes(unit.kind));
    // A `Badan` or `Dinas` is a regional government's only when the report places it in a region or under one.
    const regional = byKind !== pemda || unit.region !== null || /^Pemerintah\b/.test(unit.parent ?? '');
    if (byKind && regional) {
      const where = unit.region && byKind === pemda ? `, ${regionLabel(unit.region)}` : '';
      return { profile: byKind, evidence: `unit kind ${unit.kind}${where} (${unit.evidence.unit})` };
    }
    return { profile: base, evidence: `unit kind ${unit.kind}: no specific template` };
  }
  const bySignal = [...signals(blocks).entries()].filter(([, hits]) => hits.length >= 2).sort((a, b) => b[1].length - a[1].length)[0];
  if (bySignal) return { profile: bySignal[0], evidence: `text: ${bySignal[1].slice(0, 3).join(', ')}` };
  return { profile: base, evidence: 'no template-specific evidence' };
}
