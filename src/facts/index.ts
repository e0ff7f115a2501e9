/**
 * Facts computed once per document and shared by every rule.
 */
import type { Block, LKjIPDocument } from '../model.js';
import { detectIdentity, type ReportIdentity } from './report.js';
import { unitFromName } from './unit.js';
import { detectProfile, profileById, type Profile } from '../../profiles/index.js';
import { buildSections, type SectionFacts, type SectionPart } from './sections.js';
import { analyseTables, type TableFacts } from './tables.js';
import { buildIndicators, type IndicatorFacts } from './indicators.js';
import { statedFormulas, type PolarityFacts } from './polarity.js';
import { DEFAULT_PLACEHOLDER_LABELS, findBrackets } from '../text/brackets.js';

export interface FactsOptions {
  year?: number;
  office?: string;
  /** Required parts from the config; default: the profile's. */
  sections?: SectionPart[];
  /** Profile id from `--profile` or the config; default: detected. */
  profile?: string;
  /** Where the profile id came from (`--profile`, `config`). */
  profileSource?: string;
}

export interface Facts {
  identity: ReportIdentity;
  /** The template the report follows (profiles/): required parts, unit patterns, vocabularies. */
  profile: Profile;
  /** Why this profile: `unit kind Dinas, Provinsi Jawa Barat (cover, page 1, line 3)`, `--profile`. */
  profileSource: string;
  sections: SectionFacts;
  /** 1-based table number by block index. */
  tableNumber: Map<number, number>;
  tables: TableFacts[];
  /** Decimal mark most used in the report's prose, for writing expected values its way. */
  decimalMark: ',' | '.';
  /**
   * The text looks like OCR of a scanned report: table borders read as `[`, `]`, `(]`, `L]`.
   * Rules that rely on exact punctuation (brackets, list markers) are more careful then.
   */
  ocrLike: boolean;
  /** The report's indicators and every figure stated for them (see indicators.ts). */
  indicators: IndicatorFacts;
  /** The capaian formulas the report states, per polarity (see polarity.ts). */
  polarity: PolarityFacts;
}

export function computeFacts(doc: LKjIPDocument, opts: FactsOptions): Facts {
  const identity = detectIdentity(doc.blocks);
  if (opts.year !== undefined) {
    identity.year = opts.year;
    identity.yearSource = '--year';
  }
  if (opts.office !== undefined) {
    identity.unit = unitFromName(opts.office);
    identity.office = identity.unit.office ? { ...identity.unit.office, name: opts.office } : null;
    identity.officeSource = '--office';
  }
  const chosen = opts.profile !== undefined ? profileById(opts.profile) : undefined;
  const { profile, evidence: profileSource } = chosen ? { profile: chosen, evidence: opts.profileSource ?? '--profile' } : detectProfile(identity.unit, doc.blocks);
  const sections = buildSections(doc.blocks, opts.sections ?? profile.requiredParts);
  const tableNumber = new Map<number, number>();
  let n = 0;
  for (const b of doc.blocks) if (b.kind === 'table') tableNumber.set(b.index, ++n);
  const tables = analyseTables(doc.blocks);
  const indicators = buildIndicators(doc.blocks, tables, sections, identity.year);
  return { identity, profile, profileSource, sections, tableNumber, tables, decimalMark: dominantDecimalMark(doc.blocks), ocrLike: looksLikeOcr(doc.blocks), indicators, polarity: statedFormulas(doc.blocks) };
}

function dominantDecimalMark(blocks: Block[]): ',' | '.' {
  let comma = 0;
  let dot = 0;
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\b\d{1,3}([.,])\d{1,2}\s?%/g)) {
      if (m[1] === ',') comma++;
      else dot++;
    }
  }
  return dot > comma ? '.' : ',';
}

function looksLikeOcr(blocks: Block[]): boolean {
  let unmatched = 0;
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'formula') continue;
    unmatched += findBrackets(b.text, { placeholderLabels: DEFAULT_PLACEHOLDER_LABELS }).filter((h) => h.kind === 'stray' || h.kind === 'unclosed').length;
  }
  return unmatched > 8;
}
