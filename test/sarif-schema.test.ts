/**
 * Standard formats for integrators: `--format sarif` is valid SARIF 2.1.0 (the official schema,
 * as shipped in @microsoft/jest-sarif) and passes Microsoft's `sarif-multitool validate` (the
 * checks code-scanning dashboards apply) without a warning: a region for every result, rule
 * names beside their ids, paths relative to %SRCROOT%, help links only to the web; the API answers
 * the same with ?format=sarif. The JSON output is valid against the published JSON Schema
 * (schema/lkjip-lint-output.schema.json), on real reports in every input format.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import AjvDraft04 from 'ajv-draft-04';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { corpusPath } from './helpers.js';
import { projectUrl, sourceRoot, toSarif, RULE_NAMES } from '../src/format/sarif.js';
import { allRules } from '../rules/index.js';
import type { LintOutput } from '../src/model.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const require = createRequire(import.meta.url);
const FILES = [corpusPath('siak-2024.txt'), corpusPath('cilegon-2021.docx'), corpusPath('semarang-2024.pdf'), join(ROOT, 'fixtures', 'bad', 'truncated.docx')];
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { homepage?: string; repository?: unknown };

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 128 * 1024 * 1024 });

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index: number }; region: { startLine: number; startColumn?: number; snippet?: { text: string }; properties?: Record<string, unknown> } } }[];
  properties?: Record<string, unknown>;
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { informationUri?: string; rules: { id: string; name: string; helpUri?: string; help: { text: string; markdown: string } }[] } };
    originalUriBaseIds: Record<string, { uri?: string }>;
    artifacts: { location: { uri: string; uriBaseId: string } }[];
    results: SarifResult[];
    invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[];
  }[];
}

/** What `sarif-multitool validate` says of a log: one `LEVEL RULE: message` per warning or error. */
function multitool(log: object): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-sarif-'));
  const input = join(dir, 'lkjip.sarif');
  const output = join(dir, 'validation.sarif');
  writeFileSync(input, JSON.stringify(log, null, 2));
  const binary = require('@microsoft/sarif-multitool') as string;
  const p = spawnSync(binary, ['validate', input, '--output', output], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  expect(p.stdout, p.stderr).toMatch(/Analysis completed successfully/);
  const validation = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }[] };
  return validation.runs[0]!.results.map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${(r.message.arguments ?? []).join(' | ')}`);
}

describe('--format sarif', () => {
  const sarif = JSON.parse(run('--format', 'sarif', ...FILES).stdout) as SarifLog;
  const json = JSON.parse(run('--format', 'json', ...FILES).stdout) as LintOutput;

  it('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's `language` pattern is not a valid unicode-mode regex;
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    // A real check: a result with a level SARIF does not know is refused.
    const broken = structuredClone(sarif) as unknown as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('passes sarif-multitool validate (txt, docx, pdf and an unreadable docx) without a warning', () => {
    const said = multitool(sarif);
    if (projectUrl(PKG)) expect(said).toEqual([]);
    // package.json names no homepage or repository: no link is made up, and the tool says only that.
    else expect(said).toEqual([expect.stringMatching(/^warning SARIF2005: .*lkjip-lint/)]);
    // With the project's address known, not even that.
    expect(multitool(toSarif(json.files, 'id', { project: 'https://github.com/example/lkjip-lint', root: ROOT }))).toEqual([]);
    // And it is a real check: a result without its region, a rule named as its id are warned about.
    const broken = structuredClone(sarif);
    delete (broken.runs[0]!.results[0]!.locations[0]!.physicalLocation as { region?: unknown }).region;
    broken.runs[0]!.tool.driver.rules[0]!.name = broken.runs[0]!.tool.driver.rules[0]!.id;
    const warned = multitool(broken).map((w) => w.split(':')[0]);
    expect(warned).toContain('warning SARIF2017');
    expect(warned).toContain('warning SARIF1001');
  });

  it('has one result per finding, each with a region at the same place, and the rule metadata', () => {
    const run0 = sarif.runs[0]!;
    const findings = json.files.flatMap((f, k) => f.findings.map((x) => ({ ...x, k })));
    expect(run0.results.length).toBe(findings.length);
    expect(findings.length).toBeGreaterThan(100);
    run0.results.forEach((r, i) => {
      const f = findings[i]!;
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      expect(r.ruleId).toBe(f.ruleId);
      expect(r.message.text.startsWith(f.message)).toBe(true);
      expect(r.level).toBe(f.severity === 'info' ? 'note' : f.severity);
      expect(artifactLocation.index).toBe(f.k);
      expect(run0.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(region.snippet?.text).toBe(f.excerpt);
      if (f.k === 0) {
        // Text: the line and column.
        expect(region.startLine).toBe(f.location.line);
        if (f.location.column !== undefined) expect(region.startColumn).toBe(f.location.column);
      } else if (f.k === 1) {
        // Word: the paragraph (1-based) as the line, the paragraph itself in the region's properties.
        expect(region.startLine).toBe(f.location.paragraph! + 1);
        expect(region.properties?.paragraph).toBe(f.location.paragraph);
      } else {
        // PDF: the line on the page, and the page.
        expect(region.startLine).toBe(f.location.line);
        expect(region.properties?.page).toBe(f.location.page);
        expect(r.properties?.page).toBe(f.location.page);
      }
    });
    expect(run0.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.index === 1).length).toBeGreaterThan(20);
    expect(run0.invocations[0]!.toolExecutionNotifications?.[0]!.message.text).toMatch(/truncated\.docx: bukan dokumen Word yang dapat dibaca/);
  });

  it('writes paths relative to %SRCROOT%, the folder it ran in, and never a file: URL', () => {
    const run0 = sarif.runs[0]!;
    expect(run0.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${ROOT}/`);
    expect(run0.artifacts.map((a) => a.location)).toEqual([
      { uri: 'fixtures/corpus/siak-2024.txt', uriBaseId: '%SRCROOT%' },
      { uri: 'fixtures/corpus/cilegon-2021.docx', uriBaseId: '%SRCROOT%' },
      { uri: 'fixtures/corpus/semarang-2024.pdf', uriBaseId: '%SRCROOT%' },
      { uri: 'fixtures/bad/truncated.docx', uriBaseId: '%SRCROOT%' },
    ]);
    const text = JSON.stringify({ ...run0, originalUriBaseIds: {} });
    expect(text).not.toMatch(/file:/);
    // Inputs outside the working folder: the root moves up to the folder above them all.
    expect(sourceRoot(['/srv/laporan/a.pdf', 'b.txt'], '/srv/lint')).toBe('/srv');
    expect(sourceRoot(['a.txt', 'sub/b.txt'], '/srv/lint')).toBe('/srv/lint');
  });

  it('names each rule apart from its id, and links help only to a web address from package.json', () => {
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...allRules.map((r) => r.id), 'not-a-report']);
    for (const r of rules) {
      expect(r.name).toBe(RULE_NAMES[r.id]);
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.name.toLowerCase()).not.toBe(r.id.replace(/-/g, ''));
      expect(r.help.text.length).toBeGreaterThan(30);
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    const base = projectUrl(PKG);
    for (const r of rules) expect(r.helpUri).toBe(base ? `${base}#rule-${r.id}` : undefined);
    expect(sarif.runs[0]!.tool.driver.informationUri).toBe(base ?? undefined);
    // Every rule has its row in the README, the anchor the help links to.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const r of rules) expect(readme).toContain(`<a id="rule-${r.id}"></a>\`${r.id}\``);
    // The address as package.json may give it.
    expect(projectUrl({ homepage: 'https://github.com/o/lkjip-lint#readme' })).toBe('https://github.com/o/lkjip-lint');
    expect(projectUrl({ repository: 'github:o/lkjip-lint' })).toBe('https://github.com/o/lkjip-lint');
    expect(projectUrl({ repository: { type: 'git', url: 'git+https://gitlab.example.go.id/biro/lkjip-lint.git' } })).toBe('https://gitlab.example.go.id/biro/lkjip-lint');
    expect(projectUrl({ repository: 'git@github.com:o/lkjip-lint.git' })).toBe('https://github.com/o/lkjip-lint');
    expect(projectUrl({ homepage: 'file:///home/me/README.md' })).toBeNull();
    expect(projectUrl({})).toBeNull();
    const linked = toSarif([], 'en', { project: 'https://github.com/o/lkjip-lint' }) as SarifLog;
    expect(linked.runs[0]!.tool.driver.rules[0]!.helpUri).toBe('https://github.com/o/lkjip-lint#rule-placeholder');
    expect(linked.runs[0]!.tool.driver.rules[0]!.help.markdown).toContain('[README](https://github.com/o/lkjip-lint#rule-placeholder)');
  });

  it('POST /api/lint?format=sarif answers the same results, for the uploaded names', async () => {
    // The built server (it serves its browser assets from dist/).
    const { buildServer } = (await import(join(ROOT, 'dist', 'src', 'server', 'app.js'))) as typeof import('../src/server/app.js');
    const app = await buildServer({ jobs: 2 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const fd = new FormData();
      for (const f of FILES.slice(0, 3)) fd.append('file', new Blob([readFileSync(f)]), f.split('/').pop()!);
      const res = await fetch(`${url}/api/lint?format=sarif`, { method: 'POST', body: fd });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/sarif\+json/);
      const api = (await res.json()) as SarifLog;
      expect(api.runs[0]!.artifacts.map((a) => a.location)).toEqual([
        { uri: 'siak-2024.txt', uriBaseId: '%SRCROOT%' },
        { uri: 'cilegon-2021.docx', uriBaseId: '%SRCROOT%' },
        { uri: 'semarang-2024.pdf', uriBaseId: '%SRCROOT%' },
      ]);
      expect(api.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBeUndefined();
      const cli = sarif.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.index < 3);
      expect(api.runs[0]!.results.map((r) => [r.ruleId, r.message.text, r.locations[0]!.physicalLocation.region.startLine])).toEqual(cli.map((r) => [r.ruleId, r.message.text, r.locations[0]!.physicalLocation.region.startLine]));
      const bad = await fetch(`${url}/api/lint?format=xml`, { method: 'POST', body: fd });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(/format harus json, html atau sarif/);
    } finally {
      await app.close();
    }
  });
});

describe('JSON output', () => {
  it('validates against the published JSON Schema on real reports in every format', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'lkjip-lint-output.schema.json'), 'utf8'));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const out = JSON.parse(run('--format', 'json', ...FILES).stdout) as { files: unknown[] };
    expect(out.files.length).toBe(4);
    expect(validate(out), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // And it is a real check: a finding without its rule id is refused.
    const broken = structuredClone(out) as { files: { findings: Record<string, unknown>[] }[] };
    delete broken.files[0]!.findings[0]!.ruleId;
    expect(validate(broken)).toBe(false);
  });
});
