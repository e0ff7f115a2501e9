/**
 * The config file checked once, before any report is read, the way ESLint checks its own: every
 * problem names the file, the key (`rules.numbering.options.lists`) and what is allowed, with a
 * "did you mean" for a misspelt key, rule, option or value (edit distance), in the run's language.
 * Severities are accepted as ESLint users write them (`"warn"`, `"warning"`, `"error"`, `"off"`,
 * `"info"`, `0`, `1`, `2`, and `["warn", { options }]`) and come out as the linter's own.
 */
import { z } from 'zod';
import type { Lang, Rule, Text } from './rule.js';
import { t, both, type MessageKey, type Vars } from './messages.js';
import { editDistance as distance } from './text/edits.js';

export type Severity = 'off' | 'info' | 'warning' | 'error';

const SEVERITY_WORDS: Record<string, Severity> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };
const SEVERITY_NUMBERS: Record<number, Severity> = { 0: 'off', 1: 'warning', 2: 'error' };

/** `"warn"` → `warning`, `2` → `error`; undefined for anything else. */
export function normalizeSeverity(value: unknown): Severity | undefined {
  if (typeof value === 'string' && Object.hasOwn(SEVERITY_WORDS, value)) return SEVERITY_WORDS[value];
  if (typeof value === 'number' && Object.hasOwn(SEVERITY_NUMBERS, value)) return SEVERITY_NUMBERS[value];
  return undefined;
}

/** Levenshtein distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  return distance(a.toLowerCase(), b.toLowerCase());
}

/** The closest of `candidates` to a misspelt `name`, when it is close enough to be what was meant. */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(name.length, best.length) / 3));
  if (bestDistance <= limit) return best;
  // `missing` for `missing-section`: a prefix or part of one name only.
  const lower = name.toLowerCase();
  const containing = candidates.filter((c) => lower.length >= 3 && c.toLowerCase().includes(lower));
  return containing.length === 1 ? containing[0] : undefined;
}

/** One problem: where in the config (`rules.numbering`) and what is wrong, in both languages. */
export interface ConfigProblem {
  path: (string | number)[];
  text: Text;
}

export function formatPath(path: (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('');
}

/** A value from the config, shown short. */
function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');

/** Rule options whose strings are regular expressions (compiled with `new RegExp` by the rule). */
const REGEX_OPTIONS: Record<string, readonly string[]> = { placeholder: ['templateNotes', 'instructions'], capaian: ['negativeIndicators'] };

/** The fields of a zod object schema (an option schema), through defaults and pipes. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let s: z.ZodType = schema;
  for (let k = 0; k < 5; k++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    const def = (s as unknown as { _zod: { def: { innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
    const next = def.innerType ?? def.in;
    if (!next) return undefined;
    s = next;
  }
  return undefined;
}

/** What a zod issue says, in the catalogue's words (type names, allowed values). */
function issueText(issue: z.core.$ZodIssue, value: unknown): Text {
  const v = { value: shown(value) };
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return both('config.required');
      const key = (`type.${issue.expected === 'int' ? 'integer' : issue.expected}`) as MessageKey;
      const known = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'].includes(key.slice(5));
      return known ? { id: t('id', 'config.type', { ...v, expected: t('id', key) }), en: t('en', 'config.type', { ...v, expected: t('en', key) }) } : both('config.other', { reason: issue.message });
    }
    case 'invalid_value':
      return both('config.oneOf', { ...v, allowed: issue.values.map((x) => shown(x)).join(', ') });
    case 'too_small':
      if (issue.origin === 'string') return { id: t('id', 'config.type', { ...v, expected: t('id', 'type.nonEmpty') }), en: t('en', 'config.type', { ...v, expected: t('en', 'type.nonEmpty') }) };
      if (issue.origin === 'number' && Number(issue.minimum) === 0) return { id: t('id', 'config.type', { ...v, expected: t('id', 'type.positive') }), en: t('en', 'config.type', { ...v, expected: t('en', 'type.positive') }) };
      return both('config.other', { reason: `${issue.message}; ${shown(value)}` });
    default:
      return both('config.other', { reason: issue.message });
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What checkConfig needs to know of the rest of the linter (so it can be tested on its own). */
export interface ConfigVocabulary {
  rules: readonly Rule<unknown>[];
  profiles: readonly string[];
}

const TOP_KEYS = ['$schema', 'lang', 'year', 'office', 'profile', 'sections', 'rules'] as const;
const SECTION_KEYS = ['id', 'title', 'patterns', 'chapter'] as const;

/**
 * Every problem of a parsed config file (none: it is good), and the config with the severities
 * normalized (`"warn"` → `warning`, `["error", { … }]` → `{ severity, options }`).
 */
export function checkConfig(raw: unknown, vocab: ConfigVocabulary): { problems: ConfigProblem[]; normalized: unknown } {
  const problems: ConfigProblem[] = [];
  const add = (path: (string | number)[], key: MessageKey, vars: Vars = {}) => problems.push({ path, text: both(key, vars) });
  const unknownKey = (path: (string | number)[], key: string, allowed: readonly string[], message: MessageKey = 'config.unknownKey', extra: Vars = {}) => {
    const near = didYouMean(key, allowed);
    const hint = (lang: Lang) => (near ? t(lang, 'config.didYouMean', { name: near }) : '');
    // The message names the key itself (`unknown key "rulez"`); the path is where it sits.
    problems.push({ path, text: { id: t('id', message, { key, allowed: allowed.join(', '), hint: hint('id'), ...extra }), en: t('en', message, { key, allowed: allowed.join(', '), hint: hint('en'), ...extra }) } });
  };
  if (!isObject(raw)) {
    add([], 'config.notObject');
    return { problems, normalized: raw };
  }
  const out: Record<string, unknown> = { ...raw };
  for (const key of Object.keys(raw)) if (!(TOP_KEYS as readonly string[]).includes(key)) unknownKey([], key, TOP_KEYS);

  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') problems.push({ path: ['$schema'], text: issueLike('type.string', raw.$schema) });
  if (raw.lang !== undefined && raw.lang !== 'id' && raw.lang !== 'en') add(['lang'], 'config.oneOf', { allowed: '"id", "en"', value: shown(raw.lang) });
  if (raw.year !== undefined && !(typeof raw.year === 'number' && Number.isInteger(raw.year) && raw.year >= 1990 && raw.year <= 2100)) add(['year'], 'config.year', { value: shown(raw.year) });
  if (raw.office !== undefined && !(typeof raw.office === 'string' && raw.office.trim().length >= 3)) add(['office'], 'config.office', { value: shown(raw.office) });
  if (raw.profile !== undefined && !(typeof raw.profile === 'string' && vocab.profiles.includes(raw.profile))) {
    const near = typeof raw.profile === 'string' ? didYouMean(raw.profile, vocab.profiles) : undefined;
    problems.push({
      path: ['profile'],
      text: {
        id: t('id', 'config.oneOf', { allowed: quoted(vocab.profiles), value: shown(raw.profile) }) + (near ? t('id', 'config.didYouMean', { name: near }) : ''),
        en: t('en', 'config.oneOf', { allowed: quoted(vocab.profiles), value: shown(raw.profile) }) + (near ? t('en', 'config.didYouMean', { name: near }) : ''),
      },
    });
  }

  if (raw.sections !== undefined) {
    if (!Array.isArray(raw.sections)) problems.push({ path: ['sections'], text: issueLike('type.array', raw.sections) });
    else
      raw.sections.forEach((part: unknown, k: number) => {
        const at = ['sections', k];
        if (!isObject(part)) return void problems.push({ path: at, text: issueLike('type.object', part) });
        for (const key of Object.keys(part)) if (!(SECTION_KEYS as readonly string[]).includes(key)) unknownKey(at, key, SECTION_KEYS);
        if (!(typeof part.id === 'string' && part.id.length > 0)) problems.push({ path: [...at, 'id'], text: part.id === undefined ? both('config.required') : issueLike('type.nonEmpty', part.id) });
        if (!(typeof part.title === 'string' && part.title.length > 0)) problems.push({ path: [...at, 'title'], text: part.title === undefined ? both('config.required') : issueLike('type.nonEmpty', part.title) });
        if (part.chapter !== undefined && !(typeof part.chapter === 'number' && Number.isInteger(part.chapter) && part.chapter > 0)) problems.push({ path: [...at, 'chapter'], text: issueLike('type.integer', part.chapter) });
        if (part.patterns !== undefined) {
          if (!Array.isArray(part.patterns)) problems.push({ path: [...at, 'patterns'], text: issueLike('type.array', part.patterns) });
          else part.patterns.forEach((p: unknown, j: number) => checkRegex(problems, [...at, 'patterns', j], p));
        }
      });
  }

  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problems.push({ path: ['rules'], text: issueLike('type.object', raw.rules) });
    else {
      const byId = new Map(vocab.rules.map((r) => [r.id, r]));
      const ids = [...byId.keys()];
      const rules: Record<string, unknown> = {};
      for (const [id, setting] of Object.entries(raw.rules)) {
        const rule = byId.get(id);
        if (!rule) {
          unknownKey([], id, ids, 'config.unknownRule'); // the message says "in rules"
          continue;
        }
        const normalized = checkRuleSetting(problems, rule, setting);
        if (normalized !== undefined) rules[id] = normalized;
      }
      out.rules = rules;
    }
  }
  return { problems, normalized: out };
}

/** `must be <type>; got <value>` for a value of the wrong kind. */
function issueLike(type: MessageKey, value: unknown): Text {
  return { id: t('id', 'config.type', { expected: t('id', type), value: shown(value) }), en: t('en', 'config.type', { expected: t('en', type), value: shown(value) }) };
}

function checkRegex(problems: ConfigProblem[], path: (string | number)[], value: unknown): void {
  if (typeof value !== 'string') {
    problems.push({ path, text: issueLike('type.string', value) });
    return;
  }
  try {
    new RegExp(value, 'i');
  } catch (e) {
    const reason = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    problems.push({ path, text: both('config.regex', { reason, value: shown(value) }) });
  }
}

/** One rule's setting: a severity, `[severity, options]`, or `{ severity, options }`; normalized. */
function checkRuleSetting(problems: ConfigProblem[], rule: Rule<unknown>, setting: unknown): unknown {
  const path = ['rules', rule.id];
  const severity = (value: unknown, at: (string | number)[]): Severity | undefined => {
    const s = normalizeSeverity(value);
    if (s !== undefined) return s;
    const near = typeof value === 'string' ? didYouMean(value, Object.keys(SEVERITY_WORDS)) : undefined;
    const hint = (lang: Lang) => (near ? t(lang, 'config.didYouMean', { name: near }) : '');
    problems.push({ path: at, text: { id: t('id', 'config.severity', { value: shown(value), hint: hint('id') }), en: t('en', 'config.severity', { value: shown(value), hint: hint('en') }) } });
    return undefined;
  };
  if (typeof setting === 'string' || typeof setting === 'number') return severity(setting, path);
  let sev: unknown;
  let options: unknown;
  let optionsPath: (string | number)[];
  if (Array.isArray(setting)) {
    if (setting.length < 1 || setting.length > 2) {
      problems.push({ path, text: both('config.ruleSetting', { value: shown(setting) }) });
      return undefined;
    }
    sev = severity(setting[0], [...path, 0]);
    options = setting[1];
    optionsPath = [...path, 1];
  } else if (isObject(setting)) {
    for (const key of Object.keys(setting)) if (key !== 'severity' && key !== 'options') {
      const near = didYouMean(key, ['severity', 'options']);
      problems.push({ path, text: { id: t('id', 'config.unknownKey', { key, allowed: 'severity, options', hint: near ? t('id', 'config.didYouMean', { name: near }) : '' }), en: t('en', 'config.unknownKey', { key, allowed: 'severity, options', hint: near ? t('en', 'config.didYouMean', { name: near }) : '' }) } });
    }
    sev = setting.severity === undefined ? undefined : severity(setting.severity, [...path, 'severity']);
    options = setting.options;
    optionsPath = [...path, 'options'];
  } else {
    problems.push({ path, text: both('config.ruleSetting', { value: shown(setting) }) });
    return undefined;
  }
  if (options !== undefined) checkOptions(problems, rule, options, optionsPath);
  return { ...(sev !== undefined ? { severity: sev } : {}), ...(options !== undefined ? { options } : {}) };
}

function checkOptions(problems: ConfigProblem[], rule: Rule<unknown>, options: unknown, path: (string | number)[]): void {
  if (!isObject(options)) {
    problems.push({ path, text: issueLike('type.object', options) });
    return;
  }
  const shape = objectShape(rule.options as z.ZodType);
  const names = shape ? Object.keys(shape) : [];
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (shape && !names.includes(key)) {
      if (names.length === 0) problems.push({ path, text: both('config.noOptions', { rule: rule.id, key }) });
      else {
        const near = didYouMean(key, names);
        const vars = (lang: Lang) => ({ key, rule: rule.id, allowed: names.join(', '), hint: near ? t(lang, 'config.didYouMean', { name: near }) : '' });
        problems.push({ path, text: { id: t('id', 'config.unknownOption', vars('id')), en: t('en', 'config.unknownOption', vars('en')) } });
      }
      continue;
    }
    known[key] = value;
  }
  const parsed = rule.options.safeParse(known);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') continue; // named above, with a suggestion
      problems.push({ path: [...path, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))], text: issueText(issue, valueAt(known, issue.path)) });
    }
    return;
  }
  for (const key of REGEX_OPTIONS[rule.id] ?? []) {
    const list = known[key];
    if (Array.isArray(list)) list.forEach((p: unknown, j: number) => checkRegex(problems, [...path, key, j], p));
  }
}

/** The problems as lines: `FILE: "rules.placeholdr": unknown rule …` (one line each). */
export function describeProblems(file: string, problems: ConfigProblem[], lang: Lang): string {
  const lines = problems.map((p) => `${file}: ${p.path.length ? `"${formatPath(p.path)}": ` : ''}${p.text[lang]}`);
  return lines.join('\n');
}
