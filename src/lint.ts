/**
 * The one entry point every shell (CLI, batch runner, web server) calls:
 * bytes → Document → facts → rules → FileResult.
 */
import { fingerprints } from './fingerprint.js';
import { markGroups } from './group.js';
import type { FileResult, LKjIPDocument } from './model.js';
import { parseDocument, InputError, type ParseOptions } from './parse/index.js';
import { computeFacts, type Facts } from './facts/index.js';
import { resolveRules, type Config } from './config.js';
import { reportIdentity } from './facts/report.js';
import { evidenceText } from './messages.js';
import { runRules } from './engine.js';
import { langOf, unreadable } from './results.js';
import { allRules } from '../rules/index.js';
import type { Lang } from './rule.js';

export interface LintOptions {
  config?: Config;
  /** File name of the config (for messages). */
  configFile?: string;
  lang?: Lang;
  year?: number;
  office?: string;
  /** Profile id (profiles/): overrides detection and the config's. */
  profile?: string;
  /** Password of an encrypted PDF. */
  password?: string;
  /** Read at most this many PDF pages. */
  maxPages?: number;
  /** OCR of scanned PDF pages: `auto` (pages without a text layer, the default), `always`, `never`. */
  ocr?: 'auto' | 'always' | 'never';
  /** The text is a part of a report (a rule example, a test snippet): do not judge whether it is an LKjIP. */
  fragment?: boolean;
}

export interface Analysis {
  doc: LKjIPDocument;
  facts: Facts;
}

/** What the parsers need of the lint options (a PDF's password and page cap). */
export function parseOptions(options: LintOptions): ParseOptions {
  return {
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    ...(options.ocr !== undefined ? { ocr: options.ocr } : {}),
  };
}

export async function analyse(path: string, bytes: Uint8Array, options: LintOptions = {}): Promise<Analysis> {
  const doc = await parseDocument(path, bytes, parseOptions(options));
  const config = options.config ?? {};
  const year = options.year ?? config.year;
  const office = options.office ?? config.office;
  const profile = options.profile ?? config.profile;
  const facts = computeFacts(doc, {
    ...(config.sections ? { sections: config.sections } : {}),
    ...(profile !== undefined ? { profile, profileSource: options.profile !== undefined ? '--profile' : 'config' } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(office !== undefined ? { office } : {}),
  });
  return { doc, facts };
}

export async function lint(path: string, bytes: Uint8Array, options: LintOptions = {}): Promise<FileResult> {
  const config = options.config ?? {};
  const rules = resolveRules(allRules, config, options.configFile);
  const lang = langOf(options);
  let analysis: Analysis;
  try {
    analysis = await analyse(path, bytes, options);
  } catch (e) {
    if (e instanceof InputError) {
      return unreadable(path, e.text(lang));
    }
    throw e;
  }
  const { doc, facts } = analysis;
  const findings = runRules(doc, facts, rules, lang, doc.sourceLines, { fragment: options.fragment === true });
  // Every finding's identity across runs and revisions (baselines, compare, the page's accept list).
  const prints = fingerprints(findings);
  findings.forEach((f, k) => (f.fingerprint = prints[k]!));
  markGroups(findings);
  return {
    path,
    format: doc.format,
    report: {
      year: facts.identity.year,
      office: facts.identity.office?.name ?? facts.identity.unit?.name ?? null,
      ...sourcesIn(lang, { yearSource: facts.identity.yearSource, officeSource: facts.identity.officeSource, ...reportIdentity(facts) }),
    },
    findings,
    ...(doc.notices.length ? { notices: doc.notices } : {}),
  };
}


/** Where each fact was found, in the run's language (`sampul, baris 5` / `the cover, line 5`). */
function sourcesIn<R extends Pick<FileResult['report'], 'yearSource' | 'officeSource' | 'unit' | 'period' | 'profile'>>(lang: Lang, r: R): R {
  const e = (s: string) => evidenceText(s, lang);
  const n = (s: string | null) => (s === null ? null : e(s));
  return {
    ...r,
    yearSource: e(r.yearSource),
    officeSource: e(r.officeSource),
    unit: r.unit ? { ...r.unit, evidence: e(r.unit.evidence), regionEvidence: n(r.unit.regionEvidence), parentEvidence: n(r.unit.parentEvidence) } : r.unit,
    period: r.period ? { ...r.period, evidence: e(r.period.evidence) } : r.period,
    profile: r.profile ? { ...r.profile, evidence: e(r.profile.evidence) } : r.profile,
  };
}
