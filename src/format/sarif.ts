/**
 * `--format sarif`: SARIF 2.1.0, for code-scanning dashboards and CI systems. One run; the rules
 * with their help text and a help URI pointing at the rule's row in the README; one result per
 * finding with its place (text line and column; PDF page and line on the page; Word paragraph,
 * table, row, cell as properties), the excerpt as the snippet, expected vs. found, and a stable
 * fingerprint; an unreadable file is a tool notification.
 */
import { createHash } from 'node:crypto';
import { relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Finding, Severity } from '../model.js';
import type { Lang, Rule } from '../rule.js';
import { allRules } from '../../rules/index.js';
import { VERSION } from '../version.js';

/** The README's rules table: each row has an anchor `rule-<id>`. */
export function helpUri(ruleId: string): string {
  return `${new URL('../../../README.md', import.meta.url).href}#rule-${ruleId}`;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function ruleDescriptor(rule: Rule<unknown>, lang: Lang) {
  const example = rule.examples.invalid[0]?.text;
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description[lang] },
    fullDescription: { text: `${rule.description[lang]} (${rule.description[other]})` },
    help: {
      text: `${rule.description[lang]}.${example ? ` ${lang === 'id' ? 'Contoh dari laporan nyata' : 'Example from a real report'}: ${example.replace(/\s+/g, ' ').slice(0, 300)}` : ''} ${lang === 'id' ? 'Selengkapnya' : 'More'}: ${helpUri(rule.id)}`,
      markdown: `**${rule.description[lang]}**${example ? `\n\n${lang === 'id' ? 'Contoh dari laporan nyata' : 'Example from a real report'}:\n\n\`\`\`text\n${example.slice(0, 600)}\n\`\`\`` : ''}\n\n[README](${helpUri(rule.id)})`,
    },
    helpUri: helpUri(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

function artifactUri(path: string): string {
  const rel = isAbsolute(path) ? relative(process.cwd(), path) : path;
  // A path inside the working directory stays relative (to %SRCROOT%); others become file: URIs.
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
  return pathToFileURL(path).href;
}

function fingerprint(f: Finding): string {
  return createHash('sha256').update(`${f.ruleId}\u0000${f.message}\u0000${f.excerpt}\u0000${f.location.section ?? ''}`).digest('hex').slice(0, 32);
}

export function toSarif(results: FileResult[], lang: Lang): object {
  const rules = allRules;
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const artifacts = results.map((r) => {
    const uri = artifactUri(r.path);
    return { location: { uri, ...(uri.startsWith('file:') ? {} : { uriBaseId: '%SRCROOT%' }) }, ...(r.format ? { mimeType: { txt: 'text/plain', md: 'text/markdown', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' }[r.format] } : {}) };
  });
  const sarifResults = results.flatMap((r, fileIndex) =>
    r.findings.map((f) => {
      const l = f.location;
      const pdf = r.format === 'pdf';
      const region =
        l.line !== undefined && !pdf
          ? { startLine: l.line, ...(l.column !== undefined ? { startColumn: l.column } : {}), ...(l.endLine !== undefined && l.endLine !== l.line ? { endLine: l.endLine } : {}), ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}) }
          : undefined;
      const properties: Record<string, unknown> = {};
      for (const k of ['page', 'paragraph', 'table', 'row', 'cell'] as const) if (l[k] !== undefined) properties[k] = l[k];
      if (pdf && l.line !== undefined) properties.lineOnPage = l.line;
      if (!region && f.excerpt) properties.excerpt = f.excerpt;
      if (f.expected !== undefined) properties.expected = f.expected;
      if (f.actual !== undefined) properties.actual = f.actual;
      const ruleIndex = index.get(f.ruleId);
      return {
        ruleId: f.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { ...artifacts[fileIndex]!.location, index: fileIndex }, ...(region ? { region } : {}) },
            ...(l.section ? { logicalLocations: [{ fullyQualifiedName: l.section, kind: 'section' }] } : {}),
          },
        ],
        partialFingerprints: { 'lkjipFinding/v1': fingerprint(f) },
        ...(Object.keys(properties).length ? { properties } : {}),
      };
    }),
  );
  const notifications = results
    .filter((r) => r.error)
    .map((r) => ({ level: 'error', message: { text: `${r.path}: ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.path) } } }] }));
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
            informationUri: helpUri('placeholder').replace(/#.*$/, ''),
            language: lang,
            rules: rules.map((r) => ruleDescriptor(r, lang)),
          },
        },
        invocations: [{ executionSuccessful: !results.some((r) => r.error), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${process.cwd()}/`).href, description: { text: 'The folder lkjip-lint ran in' } } },
        artifacts,
        results: sarifResults,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}
