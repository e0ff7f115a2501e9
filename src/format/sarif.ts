/**
 * `--format sarif`: SARIF 2.1.0, for code-scanning dashboards and CI systems, written so that
 * `sarif-multitool validate` has no warning. One run; the rules with a descriptive name beside
 * their id, their help text and, when package.json names a homepage or repository, a help URI at
 * the rule's row of the README there (never a file: URL). One result per finding, each with a
 * region: a text's line and column; a PDF's line on its page (the page in the region's and the
 * result's properties); a Word file's paragraph as the line (the paragraph, table, row, cell in
 * the properties). Artifacts are paths relative to `%SRCROOT%` (the folder it ran in, or the
 * folder above every input), the excerpt is the snippet, expected vs. found are properties, and
 * each result has a stable fingerprint; an unreadable file is a tool notification.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Finding, Severity } from '../model.js';
import type { Lang, Rule, Text } from '../rule.js';
import { allRules } from '../../rules/index.js';
import { NOT_A_REPORT, NOT_A_REPORT_DESCRIPTION } from '../report-marks.js';
import { VERSION } from '../version.js';
import { t } from '../messages.js';

/**
 * Each rule's SARIF `name`: what it finds, in PascalCase, distinct from its id (SARIF §3.49.7:
 * the id is an opaque stable identifier, the name is readable).
 */
export const RULE_NAMES: Record<string, string> = {
  placeholder: 'TemplatePlaceholderLeftIn',
  'unresolved-choice': 'TemplateChoiceLeftOpen',
  'bracketed-value': 'ValueStillInBrackets',
  'wrong-year': 'AnotherYearsText',
  'wrong-office': 'AnotherUnitsName',
  'missing-section': 'RequiredPartMissing',
  numbering: 'NumberingOutOfSequence',
  capaian: 'CapaianMiscomputed',
  formula: 'FormulaResultWrong',
  'table-arithmetic': 'TableTotalWrong',
  'capaian-consistency': 'CapaianStatedDifferently',
  'prose-arithmetic': 'ProseSumWrong',
  'budget-consistency': 'BudgetStatedDifferently',
  'count-consistency': 'AnnouncedCountDiffers',
  'identifier-consistency': 'IdentifierMistyped',
  'amount-consistency': 'AmountMistyped',
  [NOT_A_REPORT]: 'NotAnLkjipReport',
};

interface PackageInfo {
  homepage?: unknown;
  repository?: unknown;
}

/**
 * Where the project lives on the web, from package.json's `homepage` or `repository` (`github:o/r`,
 * `o/r`, `git+https://…/r.git`, `{ url }`), without its fragment; null when neither is set, so no
 * link is written that no dashboard could open.
 */
export function projectUrl(pkg: PackageInfo): string | null {
  const web = (u: string): string | null => {
    let s = u.trim().replace(/^git\+/, '').replace(/#.*$/, '');
    const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(s);
    if (shorthand) s = `https://github.com/${shorthand[1]}`;
    s = s.replace(/^git@([^:]+):/, 'https://$1/').replace(/^git:\/\//, 'https://').replace(/\.git$/, '');
    return /^https?:\/\//.test(s) ? s : null;
  };
  if (typeof pkg.homepage === 'string' && web(pkg.homepage)) return web(pkg.homepage);
  const repo = pkg.repository;
  const url = typeof repo === 'string' ? repo : repo && typeof repo === 'object' && typeof (repo as { url?: unknown }).url === 'string' ? (repo as { url: string }).url : null;
  return url ? web(url) : null;
}

function ownPackage(): PackageInfo {
  try {
    return JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as PackageInfo;
  } catch {
    return {};
  }
}

/** The README's rules table: each row has an anchor `rule-<id>`; undefined without a project URL. */
export function helpUri(ruleId: string, base: string | null = projectUrl(ownPackage())): string | undefined {
  return base ? `${base}#rule-${ruleId}` : undefined;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface Described {
  id: string;
  description: Text;
  defaultSeverity: Severity;
  example?: string;
}

const describedRules = (): Described[] => [
  ...allRules.map((r: Rule<unknown>): Described => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, ...(r.examples.invalid[0]?.text ? { example: r.examples.invalid[0].text } : {}) })),
  { id: NOT_A_REPORT, description: NOT_A_REPORT_DESCRIPTION, defaultSeverity: 'error' },
];

function ruleDescriptor(rule: Described, lang: Lang, base: string | null) {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const uri = helpUri(rule.id, base);
  const example = rule.example;
  const exampleLabel = t(lang, 'sarif.example');
  const more = t(lang, 'sarif.more');
  return {
    id: rule.id,
    name: RULE_NAMES[rule.id] ?? `Rule${rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}`,
    shortDescription: { text: `${rule.description[lang]}.` },
    fullDescription: { text: `${rule.description[lang]} (${rule.description[other]}).` },
    help: {
      text: `${rule.description[lang]}.${example ? ` ${exampleLabel}: ${example.replace(/\s+/g, ' ').slice(0, 300)}` : ''}${uri ? ` ${more}: ${uri}` : ''}`,
      markdown: `**${rule.description[lang]}**${example ? `\n\n${exampleLabel}:\n\n\`\`\`text\n${example.slice(0, 600)}\n\`\`\`` : ''}${uri ? `\n\n[README](${uri})` : ''}`,
    },
    ...(uri ? { helpUri: uri } : {}),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

/**
 * The folder the artifact paths are relative to: the working folder when every input is inside
 * it, else the deepest folder above the working folder and every input.
 */
export function sourceRoot(paths: string[], cwd = process.cwd()): string {
  let root = resolve(cwd);
  const inside = (p: string) => {
    const rel = relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  for (const p of paths.map((x) => resolve(cwd, x))) while (!inside(p)) root = dirname(root);
  return root;
}

const encodePath = (rel: string) => rel.split(sep).join('/').split('/').map(encodeURIComponent).join('/');

function fingerprint(f: Finding): string {
  return createHash('sha256').update(`${f.ruleId}\u0000${f.message}\u0000${f.excerpt}\u0000${f.location.section ?? ''}`).digest('hex').slice(0, 32);
}

/** A sentence ends with a full stop in SARIF messages (SARIF2001). */
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s : `${s}.`);

export interface SarifOptions {
  /** `%SRCROOT%`: a folder of this machine (default: sourceRoot of the inputs), or null for uploads. */
  root?: string | null;
  /** The project's web address for informationUri and the rules' helpUri (default: from package.json; null: none). */
  project?: string | null;
}

export function toSarif(results: FileResult[], lang: Lang, opts: SarifOptions = {}): object {
  const rules = describedRules();
  const base = opts.project === undefined ? projectUrl(ownPackage()) : opts.project;
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const root = opts.root === undefined ? sourceRoot(results.map((r) => r.path)) : opts.root;
  const uriOf = (path: string) => encodePath(root === null ? path : relative(root, resolve(path)));
  const artifacts = results.map((r) => ({
    location: { uri: uriOf(r.path), uriBaseId: '%SRCROOT%' },
    ...(r.format ? { mimeType: { txt: 'text/plain', md: 'text/markdown', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' }[r.format] } : {}),
  }));
  const sarifResults = results.flatMap((r, fileIndex) =>
    r.findings.map((f) => {
      const l = f.location;
      // Every result has a region (SARIF2017): the line (a PDF's line on its page, a Word file's paragraph).
      const paragraphLine = l.line === undefined && l.paragraph !== undefined ? l.paragraph + 1 : undefined;
      const startLine = l.line ?? paragraphLine ?? 1;
      const regionProps: Record<string, unknown> = {};
      if (r.format === 'pdf' && l.page !== undefined) regionProps.page = l.page;
      if (paragraphLine !== undefined) regionProps.paragraph = l.paragraph;
      const region = {
        startLine,
        ...(l.column !== undefined && l.line !== undefined ? { startColumn: l.column } : {}),
        ...(l.endLine !== undefined && l.line !== undefined && l.endLine !== l.line ? { endLine: l.endLine } : {}),
        ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}),
        ...(Object.keys(regionProps).length ? { properties: regionProps } : {}),
      };
      const properties: Record<string, unknown> = {};
      for (const k of ['page', 'paragraph', 'table', 'row', 'cell'] as const) if (l[k] !== undefined) properties[k] = l[k];
      if (r.format === 'pdf' && l.line !== undefined) properties.lineOnPage = l.line;
      if (l.ocr) properties.ocr = true;
      if (f.expected !== undefined) properties.expected = f.expected;
      if (f.actual !== undefined) properties.actual = f.actual;
      const ruleIndex = index.get(f.ruleId);
      return {
        ruleId: f.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text: sentence(f.message) },
        locations: [
          {
            physicalLocation: { artifactLocation: { ...artifacts[fileIndex]!.location, index: fileIndex }, region },
            ...(l.section ? { logicalLocations: [{ fullyQualifiedName: l.section, kind: 'section' }] } : {}),
          },
        ],
        partialFingerprints: { 'lkjipFinding/v1': fingerprint(f) },
        ...(Object.keys(properties).length ? { properties } : {}),
      };
    }),
  );
  const notifications = results
    .map((r, fileIndex) => ({ r, fileIndex }))
    .filter(({ r }) => r.error)
    .map(({ r, fileIndex }) => ({ level: 'error', message: { text: sentence(`${r.path}: ${r.error}`) }, locations: [{ physicalLocation: { artifactLocation: { ...artifacts[fileIndex]!.location, index: fileIndex } } }] }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lkjip-lint',
            version: VERSION,
            semanticVersion: VERSION,
            ...(base ? { informationUri: base } : {}),
            language: lang,
            rules: rules.map((r) => ruleDescriptor(r, lang, base)),
          },
        },
        invocations: [{ executionSuccessful: !results.some((r) => r.error), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: {
          '%SRCROOT%': root === null ? { description: { text: t(lang, 'sarif.uploads') } } : { uri: pathToFileURL(root.endsWith(sep) ? root : root + sep).href, description: { text: t(lang, 'sarif.root') } },
        },
        artifacts,
        results: sarifResults,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}
