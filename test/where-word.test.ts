/**
 * Where a Word finding is, for a Word user: the page Word last laid it out on (`hal. 2`), and one
 * numbering base everywhere: the paragraph the screen shows as ¶N is N in the JSON and SARIF too.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { LintOutput } from '../src/model.js';
import { corpusPath } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });

describe('Word locations', () => {
  it('a finding after a page break is shown as "hal. 2 ¶N" (English "p. 2 ¶N"), N the JSON\'s paragraph', () => {
    const file = join(ROOT, 'fixtures', 'docx', 'page-break.docx');
    const f = (JSON.parse(run(file, '--format', 'json').stdout) as LintOutput).files[0]!.findings.find((x) => x.ruleId === 'placeholder')!;
    expect(f.location.page).toBe(2);
    expect(f.location.paragraph).toBeGreaterThanOrEqual(1);
    expect(run(file).stdout).toContain(`hal. 2 ¶${f.location.paragraph} `);
    expect(run(file, '--lang', 'en').stdout).toContain(`p. 2 ¶${f.location.paragraph} `);
  });

  it('JSON, SARIF and the screen count paragraphs from 1, the first body paragraph being ¶1 (siak-2024.docx)', () => {
    const file = corpusPath('siak-2024.docx');
    const json = (JSON.parse(run(file, '--format', 'json').stdout) as LintOutput).files[0]!;
    const paras = json.findings.map((x) => x.location.paragraph).filter((p) => p !== undefined);
    expect(paras.length).toBe(json.findings.length);
    expect(Math.min(...paras)).toBeGreaterThanOrEqual(1);
    // The cover (body paragraph 2: "LAPORAN KINERJA … TAHUN 2024") is named as paragraph 2.
    expect(json.report.yearSource).toBe('sampul, paragraf 2');
    const sarif = JSON.parse(run(file, '--format', 'sarif').stdout) as { runs: { results: { properties: { paragraph?: number } }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.properties.paragraph)).toEqual(paras);
    const screen = run(file).stdout;
    const first = json.findings[0]!;
    expect(screen).toMatch(new RegExp(`¶${first.location.paragraph}\\b`));
    // The placeholder in "… sejumlah [...] orang" paragraph: same number on screen and in JSON.
    const ph = json.findings.find((x) => x.ruleId === 'placeholder')!;
    expect(screen.split('\n').find((l) => l.includes('placeholder'))).toContain(`¶${ph.location.paragraph} `);
  });
});
