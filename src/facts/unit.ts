/**
 * The reporting unit: its kind, name, region and parent, each with where it was found.
 *
 * The cover decides when it names a unit (the lowest unit it names is the reporter, the one above it
 * the parent: `PEMERINTAH PROVINSI JAWA BARAT` / `DINAS KESEHATAN PROVINSI JAWA BARAT`). Otherwise the
 * report's own words decide: "Laporan Kinerja … <unit> Tahun N", "Perjanjian Kinerja <unit>", running
 * lines, then how often a name is used; a name seen once or twice is never adopted, and a unit of
 * another kind than the cover's never is.
 */
import type { Block } from '../model.js';
import { coverBlocks, forewordRange, plainText, runningLines, where } from './cover.js';
import { findUnitMentions, mentionKey, mentionName, regionAt, regionLabel, sameRegion, type Region, type UnitMention } from './unit-names.js';
import { findOffices, type OfficeName } from '../../profiles/kemenkumham-imigrasi.js';

export interface Unit {
  /** `Dinas`, `Badan`, `RSJ`, `Kantor Imigrasi`, `Kejaksaan Negeri` … (src/facts/unit-names.ts). */
  kind: string;
  /** `Dinas Kesehatan Provinsi Jawa Barat`, `Kantor Imigrasi Kelas II TPI Siak`. */
  name: string;
  region: Region | null;
  /** The unit above it where the report states one (`Pemerintah Provinsi Jawa Barat`). */
  parent: string | null;
  /** Its acronym where the report gives one (`BPMPD`). */
  acronym: string | null;
  /** Where each was found: `cover, page 1, line 1`. */
  evidence: { unit: string; region: string | null; parent: string | null };
  /** The immigration office's parts, for a Kantor Imigrasi or Rudenim. */
  office: OfficeName | null;
  /** The mention's own words (kind and designation), to compare other mentions with. */
  key: string;
  /** Central, vertical (a ministry's office in a region) or regional government. */
  level: 'pusat' | 'vertikal' | 'daerah';
}

interface Seen {
  block: Block;
  mention: UnitMention;
  office: OfficeName | null;
}

const SELF_NAMING = /\b(?:Laporan\s+(?:Kinerja|Akuntabilitas\w*\s+Kinerja)(?:\s+Instansi\s+Pemerintah(?:an)?)?|LKjIP|LKIP|LAKIP|LKj|Perjanjian\s+Kinerja|Penetapan\s+Kinerja)\s*(?:\(\s*[A-Za-z]{2,6}\s*\)\s*)?$/i;
const IMMIGRATION = new Set(['Kantor Imigrasi', 'Rumah Detensi Imigrasi']);

function mentionsIn(b: Block): Seen[] {
  const text = plainText(b);
  const offices = IMMIGRATION.size && /kelas/i.test(text) ? findOffices(text) : [];
  return findUnitMentions(text).map((mention) => {
    const office = IMMIGRATION.has(mention.kind) ? (offices.find((o) => o.start === mention.start)?.office ?? null) : null;
    return { block: b, mention, office: office && office.city ? office : null };
  });
}

/** The key two mentions of one unit share: kind and words; an immigration office by its canonical name. */
function keyOf(s: Seen): string {
  return s.office ? `office|${s.office.name.toLowerCase()}` : mentionKey(s.mention);
}

function selfNamed(s: Seen): boolean {
  const before = plainText(s.block).slice(Math.max(0, s.mention.start - 80), s.mention.start);
  return SELF_NAMING.test(before);
}

function build(s: Seen, evidence: string): Unit {
  return {
    kind: s.mention.kind,
    name: s.office ? s.office.name : mentionName(s.mention),
    region: s.mention.region,
    parent: null,
    acronym: s.mention.acronym ?? null,
    evidence: { unit: evidence, region: s.mention.region ? evidence : null, parent: null },
    office: s.office,
    key: keyOf(s),
    level: s.mention.def.level,
  };
}

/** On a cover, the reporter is the lowest unit named; a whole government or a ministry only when it is alone. */
function coverUnit(cover: Block[]): { unit: Seen | null; parent: Seen | null } {
  const seen = cover.flatMap(mentionsIn).filter((s) => !s.mention.def.needsDesignation || s.mention.designation);
  if (seen.length === 0) return { unit: null, parent: null };
  const rank = Math.max(...seen.map((s) => s.mention.def.rank));
  const unit = seen.find((s) => s.mention.def.rank === rank)!;
  const above = seen.filter((s) => s.mention.def.rank < rank);
  const parentRank = above.length ? Math.max(...above.map((s) => s.mention.def.rank)) : -1;
  return { unit, parent: above.find((s) => s.mention.def.rank === parentRank) ?? null };
}

interface Candidate {
  first: Seen;
  best: Seen;
  score: number;
  count: number;
  selfNamed: number;
  running: number;
}

/** Every unit the text names, scored: its own title or running line 3, the foreword 2, the body 1. */
function textCandidates(blocks: Block[]): { candidates: Candidate[]; all: Seen[] } {
  const foreword = forewordRange(blocks);
  const running = new Set<number>();
  for (const list of runningLines(blocks).values()) for (const b of list) running.add(b.index);
  const byKey = new Map<string, Candidate>();
  const all: Seen[] = [];
  const runningSeen = new Set<string>();
  for (const b of blocks) {
    for (const s of mentionsIn(b)) {
      all.push(s);
      if (s.mention.def.needsDesignation && !s.mention.designation) continue;
      const key = keyOf(s);
      const c = byKey.get(key) ?? { first: s, best: s, score: 0, count: 0, selfNamed: 0, running: 0 };
      c.count++;
      if (selfNamed(s)) {
        c.selfNamed++;
        c.score += 3;
        if (c.best === c.first && !selfNamed(c.best)) c.best = s;
      } else if (running.has(b.index)) {
        const rk = `${key}@${plainText(b).replace(/\d+\s*$/, '')}`;
        if (!runningSeen.has(rk)) {
          runningSeen.add(rk);
          c.running++;
          c.score += 3;
        }
      } else c.score += foreword && b.index >= foreword[0] && b.index < foreword[1] ? 2 : 1;
      // The fullest form names the unit (with its region).
      if (!c.best.mention.region && s.mention.region) c.best = s;
      byKey.set(key, c);
    }
  }
  return { candidates: [...byKey.values()].sort((a, b) => b.score - a.score), all };
}

/** A unit from the text: its own title, a running line, or clearly the most used name (3 times or more). */
function pickCandidate(candidates: Candidate[], kind: string | null): Candidate | null {
  const fitting = candidates.filter((c) => (kind === null || c.first.mention.kind === kind) && c.first.mention.def.rank >= 1);
  const top = fitting[0];
  if (!top) return null;
  const second = fitting[1];
  const evidence = top.selfNamed + top.running > 0 || top.count >= 3;
  if (!evidence) return null;
  if (second && second.score * 1.5 > top.score && top.selfNamed === 0) return null;
  return top;
}

function describe(c: Candidate): string {
  const b = c.best.block;
  if (c.selfNamed) return `the report's own title, ${where(b)}`;
  if (c.running) return `running line, ${where(b)}`;
  return `most frequent name (${c.count}×), first at ${where(c.first.block)}`;
}

/** The region the text names most (3 times or more, twice the next): for a unit named without its region. */
function dominantRegion(blocks: Block[]): { region: Region; block: Block; count: number } | null {
  const counts = new Map<string, { region: Region; block: Block; count: number }>();
  for (const b of blocks) {
    const t = plainText(b);
    for (const m of t.matchAll(/(?<![\p{L}])(?=(?:Provinsi|Propinsi|Kabupaten|Kab\.|Kota)\s)/giu)) {
      const r = regionAt(t, m.index!);
      if (!r) continue;
      const k = `${r.region.level}|${r.region.name.toLowerCase()}`;
      const e = counts.get(k) ?? { region: r.region, block: b, count: 0 };
      e.count++;
      counts.set(k, e);
    }
  }
  const sorted = [...counts.values()].sort((a, b) => b.count - a.count);
  const top = sorted[0];
  if (!top || top.count < 3 || (sorted[1] && sorted[1].count * 2 > top.count)) return null;
  return top;
}

export function detectUnit(blocks: Block[]): Unit | null {
  const cover = coverBlocks(blocks);
  const fromCover = coverUnit(cover);
  const { candidates, all } = textCandidates(blocks);
  let unit: Unit | null = null;
  let parentSeen: Seen | null = fromCover.parent;
  if (fromCover.unit && fromCover.unit.mention.def.rank >= 1) {
    unit = build(fromCover.unit, `cover, ${where(fromCover.unit.block)}`);
  } else {
    // No unit on the cover, or only the government above it: the report's own words name it.
    const c = pickCandidate(candidates, null);
    if (c && (!fromCover.unit || !c.best.mention.region || !fromCover.unit.mention.region || sameRegion(c.best.mention.region, fromCover.unit.mention.region))) {
      unit = build(c.best, describe(c));
    } else if (fromCover.unit) {
      unit = build(fromCover.unit, `cover, ${where(fromCover.unit.block)}`);
      parentSeen = null;
    }
  }
  if (!unit) return null;
  const own = all.filter((s) => keyOf(s) === unit!.key);
  if (!unit.region) {
    const withRegion = own.find((s) => s.mention.region);
    if (withRegion) {
      unit.region = withRegion.mention.region;
      unit.evidence.region = `the unit's full name, ${where(withRegion.block)}`;
      if (!unit.office) unit.name = mentionName(withRegion.mention);
    } else if (unit.level === 'daerah' && cover.flatMap(mentionsIn).find((s) => s.mention.kind === 'Pemerintah Daerah' && s.mention.region)) {
      // The government the cover names above the unit is the unit's region (`PEMERINTAH KABUPATEN SLEMAN` / `UPT PUSKESMAS DEPOK III`).
      const gov = cover.flatMap(mentionsIn).find((s) => s.mention.kind === 'Pemerintah Daerah' && s.mention.region)!;
      unit.region = gov.mention.region;
      unit.evidence.region = `cover, ${where(gov.block)}`;
    } else if (unit.level === 'daerah') {
      const d = dominantRegion(blocks);
      if (d) {
        unit.region = d.region;
        unit.evidence.region = `most frequent region (${d.count}×), first at ${where(d.block)}`;
      }
    }
  }
  unit.acronym ??= own.find((s) => s.mention.acronym)?.mention.acronym ?? null;
  if (parentSeen) {
    unit.parent = mentionName(parentSeen.mention);
    unit.evidence.parent = `cover, ${where(parentSeen.block)}`;
  } else {
    const rank = IMMIGRATION.has(unit.kind) ? 1 : 2;
    const above = all.filter((s) => s.mention.def.rank < rank && (s.mention.kind !== 'Pemerintah Daerah' || sameRegion(s.mention.region, unit!.region)));
    const counts = new Map<string, { s: Seen; n: number }>();
    for (const s of above) {
      const k = mentionName(s.mention).toLowerCase();
      const e = counts.get(k) ?? { s, n: 0 };
      e.n++;
      counts.set(k, e);
    }
    const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    if (top && top.n >= 2) {
      unit.parent = mentionName(top.s.mention);
      unit.evidence.parent = `most frequent unit above it (${top.n}×), first at ${where(top.s.block)}`;
    }
  }
  return unit;
}

/** A unit from a name the user gave (`--office "Dinas Sosial Kota Malang"`). */
export function unitFromName(name: string): Unit {
  const block: Block = { index: 0, kind: 'paragraph', text: name, source: {} };
  const seen = mentionsIn(block)[0];
  if (seen && seen.mention.start === 0) {
    const u = build(seen, '--office');
    return { ...u, name: seen.office ? u.name : name.replace(/\s+/g, ' ').trim(), evidence: { unit: '--office', region: u.region ? '--office' : null, parent: null } };
  }
  return { kind: '', name, region: null, parent: null, acronym: null, evidence: { unit: '--office', region: null, parent: null }, office: null, key: `|${name.toLowerCase()}`, level: 'daerah' };
}

export { regionLabel };
