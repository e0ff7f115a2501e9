/**
 * Standard formats for integrators: `--format sarif` is valid SARIF 2.1.0 (the official schema,
 * as shipped in @microsoft/jest-sarif) with rule help pointing at the README, and the JSON output
 * is valid against the published JSON Schema (schema/lkjip-lint-output.schema.json), on real reports
 * in every input format.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import AjvDraft04 from 'ajv-draft-04';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { corpusPath } from './helpers.js';
import { allRules } from '../rules/index.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const require = createRequire(import.meta.url);
const FILES = [corpusPath('siak-2024.txt'), corpusPath('cilegon-2021.docx'), corpusPath('semarang-2024.pdf'), join(ROOT, 'fixtures', 'bad', 'truncated.docx')];

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 128 * 1024 * 1024 });

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string; help: { text: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region?: { startLine: number } } }[]; properties?: Record<string, unknown> }[];
    invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[];
  }[];
}

describe('--format sarif', () => {
  const sarif = JSON.parse(run('--format', 'sarif', ...FILES).stdout) as SarifLog;
  const json = JSON.parse(run('--format', 'json', ...FILES).stdout) as { files: { findings: { ruleId: string; severity: string; message: string; location: { line?: number; page?: number } }[] }[] };

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

  it('has one result per finding, at the same place, with the rule metadata', () => {
    const run0 = sarif.runs[0]!;
    const findings = json.files.flatMap((f, k) => f.findings.map((x) => ({ ...x, k })));
    expect(run0.results.length).toBe(findings.length);
    expect(findings.length).toBeGreaterThan(100);
    run0.results.forEach((r, i) => {
      const f = findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(r.message.text).toBe(f.message);
      expect(r.level).toBe(f.severity === 'info' ? 'note' : f.severity);
      expect(r.locations[0]!.physicalLocation.artifactLocation.index).toBe(f.k);
      expect(run0.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      // Text: line in the region; PDF: page and line on the page as properties.
      if (f.k === 0) expect(r.locations[0]!.physicalLocation.region?.startLine).toBe(f.location.line);
      if (f.k === 2) expect(r.properties?.page).toBe(f.location.page);
    });
    expect(run0.invocations[0]!.toolExecutionNotifications?.[0]!.message.text).toMatch(/truncated\.docx: bukan dokumen Word yang dapat dibaca/);
  });

  it('points every rule\'s help at its row in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(allRules.map((r) => r.id).sort());
    for (const r of rules) {
      const anchor = new URL(r.helpUri).hash.slice(1);
      expect(anchor).toBe(`rule-${r.id}`);
      expect(readme).toContain(`<a id="${anchor}"></a>\`${r.id}\``);
      expect(r.help.text.length).toBeGreaterThan(30);
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
