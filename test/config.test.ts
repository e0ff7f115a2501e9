/**
 * The config file is checked once, before any report, the way ESLint checks its own: each
 * problem names the file, the key and what is allowed, with "did you mean"; ESLint's severities
 * are accepted; a missing file is "not found".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveRules } from '../src/config.js';
import { didYouMean, editDistance, normalizeSeverity } from '../src/config-check.js';
import { allRules } from '../rules/index.js';
import { lintText } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lkjip-config-'));
let n = 0;
function configFile(content: unknown): string {
  const file = join(dir, `c${n++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}
/** The ConfigError's lines, or [] when the config loads. */
function problems(content: unknown, lang?: 'id' | 'en'): string[] {
  try {
    loadConfig(configFile(content), lang);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.message.split('\n');
  }
}

describe('config check', () => {
  it('names a misspelt rule with the nearest rule and the known ones, in the run\'s language', () => {
    const [id] = problems({ rules: { placeholdr: 'off' } });
    expect(id).toMatch(/c\d+\.json: aturan "placeholdr" tidak dikenal di "rules"; maksud Anda "placeholder"\? \(aturan yang ada: placeholder, unresolved-choice, /);
    const [en] = problems({ rules: { 'missing-sections': 'off' } }, 'en');
    expect(en).toMatch(/unknown rule "missing-sections" in "rules"; did you mean "missing-section"\?/);
    // A name far from every rule gets the list but no guess.
    const [far] = problems({ rules: { spelling: 'off' } }, 'en');
    expect(far).toMatch(/unknown rule "spelling" in "rules" \(known rules: placeholder/);
    expect(far).not.toMatch(/did you mean/);
  });

  it('accepts severities as ESLint users type them and normalizes them', () => {
    const config = loadConfig(configFile({ rules: { numbering: 'warn', placeholder: 2, 'bracketed-value': 0, formula: 1, capaian: ['warn', { cap: 120 }], 'wrong-year': { severity: 'warning' } } }));
    expect(config.rules).toEqual({ numbering: 'warning', placeholder: 'error', 'bracketed-value': 'off', formula: 'warning', capaian: { severity: 'warning', options: { cap: 120 } }, 'wrong-year': { severity: 'warning' } });
    const resolved = new Map(resolveRules(allRules, config).map((r) => [r.rule.id, r]));
    expect(resolved.get('numbering')!.severity).toBe('warning');
    expect(resolved.get('placeholder')!.severity).toBe('error');
    expect(resolved.has('bracketed-value')).toBe(false);
    expect((resolved.get('capaian')!.options as { cap: number }).cap).toBe(120);
    expect(normalizeSeverity('warning')).toBe('warning');
    expect(normalizeSeverity(3)).toBeUndefined();
  });

  it('says what severities are allowed, with the nearest one', () => {
    const [line] = problems({ rules: { numbering: 'warnn' } }, 'en');
    expect(line).toMatch(/"rules\.numbering": unknown severity "warnn" \(use "off", "info", "warn" or "warning", "error", or 0, 1, 2 as in ESLint\); did you mean "warn"\?/);
    const [num] = problems({ rules: { numbering: 3 } });
    expect(num).toMatch(/"rules\.numbering": tingkat 3 tidak dikenal/);
  });

  it('names a misspelt option with the rule\'s options, and a wrong value with its type', () => {
    const [opt] = problems({ rules: { numbering: { options: { listz: false } } } }, 'en');
    expect(opt).toMatch(/"rules\.numbering\.options": unknown option "listz" for rule numbering; did you mean "lists"\? \(its options: captions, lists, tables, sections\)/);
    const [value] = problems({ rules: { numbering: { options: { lists: 'yes' } } } }, 'en');
    expect(value).toMatch(/"rules\.numbering\.options\.lists": must be true or false; got "yes"/);
    const [none] = problems({ rules: { 'wrong-year': { options: { strict: true } } } }, 'en');
    expect(none).toMatch(/"rules\.wrong-year\.options": rule wrong-year takes no options; remove "strict"/);
    const [key] = problems({ rules: { numbering: { severty: 'off' } } }, 'en');
    expect(key).toMatch(/"rules\.numbering": unknown key "severty"; did you mean "severity"\?/);
  });

  it('refuses a pattern that is not a regular expression before any report is read', () => {
    const [line] = problems({ rules: { placeholder: { options: { templateNotes: ['\\bRudenim\\b', '(unclosed'] } } } }, 'en');
    expect(line).toMatch(/"rules\.placeholder\.options\.templateNotes\[1\]": not a valid regular expression \(Unterminated group\); got "\(unclosed"/);
    const [section] = problems({ sections: [{ id: 'bab-1', title: 'BAB I', patterns: ['[BAB'] }] }, 'en');
    expect(section).toMatch(/"sections\[0\]\.patterns\[0\]": not a valid regular expression/);
  });

  it('lists every problem of a file, one line each, top-level keys and values included', () => {
    const lines = problems({ rulez: {}, profile: 'pemdaa', year: '2024', lang: 'jp' }, 'en');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/unknown key "rulez"; did you mean "rules"\? \(allowed keys: \$schema, lang, year, office, profile, sections, rules\)/);
    expect(lines).toContainEqual(expect.stringMatching(/"lang": must be one of "id", "en"; got "jp"/));
    expect(lines).toContainEqual(expect.stringMatching(/"year": must be a year such as 2024 \(1990 to 2100\); got "2024"/));
    expect(lines).toContainEqual(expect.stringMatching(/"profile": must be one of "base", "kemenkumham-imigrasi", "pemda", "kejaksaan"; got "pemdaa"; did you mean "pemda"\?/));
  });

  it('a missing file is "not found", a folder is named as one, bad JSON says where', () => {
    expect(() => loadConfig(join(dir, 'nope.json'))).toThrow(/nope\.json: berkas konfigurasi tidak ditemukan/);
    expect(() => loadConfig(join(dir, 'nope.json'), 'en')).toThrow(/nope\.json: config file not found/);
    expect(() => loadConfig(dir, 'en')).toThrow(/this is a folder, not a config file/);
    expect(problems('{\n  "rules": {\n    "numbering": "warn",\n  }\n}', 'en')[0]).toMatch(/not valid JSON: line 4, column 3/);
  });

  it('uses the config\'s own lang for its errors when the run gives none', () => {
    expect(problems({ lang: 'en', rules: { placeholdr: 'off' } })[0]).toMatch(/unknown rule "placeholdr"/);
    expect(problems({ lang: 'en', rules: { placeholdr: 'off' } }, 'id')[0]).toMatch(/aturan "placeholdr" tidak dikenal/);
  });

  it('a config with "warn" changes what a real report snippet gets', async () => {
    const config = loadConfig(configFile({ rules: { placeholder: 'warn' } }));
    const r = await lintText('LAPORAN KINERJA TAHUN 2024\n\nsejumlah [...] orang pegawai\n', { config, year: 2024 });
    const f = r.findings.find((x) => x.ruleId === 'placeholder')!;
    expect(f.severity).toBe('warning');
  });

  it('edit distance and suggestions', () => {
    expect(editDistance('placeholdr', 'placeholder')).toBe(1);
    expect(editDistance('Numbering', 'numbering')).toBe(0);
    expect(didYouMean('numbring', allRules.map((r) => r.id))).toBe('numbering');
    expect(didYouMean('missing', allRules.map((r) => r.id))).toBe('missing-section');
    expect(didYouMean('xyz', allRules.map((r) => r.id))).toBeUndefined();
  });
});
