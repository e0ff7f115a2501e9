/**
 * `lkjip-lint.config.json`: found upward from the input (or given with --config), validated with
 * zod so a bad key is named. Rules can be turned off, given another severity and given options;
 * the required parts of the report are configurable for other ministries' templates.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { SectionPart } from './facts/sections.js';
import type { Rule } from './rule.js';
import kemenkumhamImigrasi from '../profiles/kemenkumham-imigrasi.js';
import { PROFILE_IDS } from '../profiles/index.js';
import { allRules } from '../rules/index.js';
import { checkConfig, describeProblems, normalizeSeverity } from './config-check.js';
import { t } from './messages.js';
import type { Lang } from './rule.js';

export const CONFIG_FILE = 'lkjip-lint.config.json';

/** A rule's severity as ESLint users write it too (`"warn"`, 0, 1, 2); the linter's own words out. */
const SeveritySetting = z
  .union([z.enum(['off', 'error', 'warning', 'info', 'warn']), z.literal([0, 1, 2])])
  .transform((s) => normalizeSeverity(s)!);
const RuleOptions = z.record(z.string(), z.unknown());
const RuleSetting = z.union([
  SeveritySetting,
  z.object({ severity: SeveritySetting.optional(), options: RuleOptions.optional() }).strict(),
  // ESLint's array form: ["warn", { options }].
  z.tuple([SeveritySetting, RuleOptions.optional()]).transform(([severity, options]) => ({ severity, ...(options !== undefined ? { options } : {}) })),
]);

const SectionPartSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    patterns: z.array(z.string()).default([]),
    chapter: z.number().int().positive().optional(),
  })
  .strict();

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    lang: z.enum(['id', 'en']).optional(),
    year: z.number().int().min(1990).max(2100).optional(),
    office: z.string().min(3).optional(),
    /** The template the reports follow (profiles/): overrides detection. */
    profile: z.enum(PROFILE_IDS).optional(),
    /** Required parts of the report, in order. */
    sections: z.array(SectionPartSchema).optional(),
    rules: z.record(z.string(), RuleSetting).optional(),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

/** The Kemenkumham template's parts (Kepmenkumham M.HH-01.PR.03 Tahun 2023), now in profiles/kemenkumham-imigrasi.ts. */
export const DEFAULT_SECTIONS: SectionPart[] = kemenkumhamImigrasi.requiredParts;

/**
 * The parts a report must have, in order: the config's `sections`, else the default template's.
 * (The one place that decides it, so a detected template profile can supply them instead.)
 */
export function requiredParts(config: Config): SectionPart[] {
  return config.sections ?? DEFAULT_SECTIONS;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.join('.');
      if (i.code === 'unrecognized_keys') return `${file}: unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${path ? path + '.' : ''}${k}"`).join(', ')}`;
      return `${file}: "${path}": ${i.message}`;
    })
    .join('; ');
}

/** Find the config upward from a file or folder. */
export function findConfig(start: string): string | null {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Read and check a config file once, before any report: a missing file is "not found", bad JSON
 * says where, and every wrong key, rule, severity or option is named with what is allowed (and
 * the nearest right name), in `lang` (else the config's own `lang`, else Bahasa Indonesia).
 */
export function loadConfig(file: string, lang?: Lang): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const l = lang ?? 'id';
    if (code === 'ENOENT') throw new ConfigError(`${file}: ${t(l, 'config.notFound')}`);
    if (code === 'EISDIR') throw new ConfigError(`${file}: ${t(l, 'config.isFolder', { file: CONFIG_FILE })}`);
    throw new ConfigError(`${file}: ${t(l, 'config.unreadable', { reason: code ?? (e as Error).message })}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = (e as Error).message;
    const at = /at position (\d+)/.exec(reason);
    if (!at) throw new ConfigError(`${file}: ${t(lang ?? 'id', 'config.badJson', { reason })}`);
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new ConfigError(`${file}: ${t(lang ?? 'id', 'config.badJsonAt', { line, column, reason: reason.replace(/\s*\(line \d+ column \d+\)/, '') })}`);
  }
  const ownLang = raw && typeof raw === 'object' && ((raw as { lang?: unknown }).lang === 'en' || (raw as { lang?: unknown }).lang === 'id') ? ((raw as { lang: Lang }).lang) : undefined;
  const l = lang ?? ownLang ?? 'id';
  const { problems, normalized } = checkConfig(raw, { rules: allRules, profiles: PROFILE_IDS });
  if (problems.length) throw new ConfigError(describeProblems(file, problems, l));
  const parsed = ConfigSchema.safeParse(normalized);
  if (!parsed.success) throw new ConfigError(describeIssues(file, parsed.error));
  return parsed.data;
}

export interface ResolvedRule {
  rule: Rule<unknown>;
  severity: 'error' | 'warning' | 'info';
  options: unknown;
}

/** Apply the config to the rule set; unknown rule ids and bad options are errors that name them. */
export function resolveRules(rules: Rule<unknown>[], config: Config, file = CONFIG_FILE): ResolvedRule[] {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!known.has(id)) throw new ConfigError(`${file}: ${t(config.lang ?? 'id', 'config.unknownRule', { key: id, hint: '', allowed: [...known].join(', ') })}`);
  }
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.id];
    const severity = typeof setting === 'string' ? setting : (setting?.severity ?? rule.defaultSeverity);
    if (severity === 'off') continue;
    const parsed = rule.options.safeParse(typeof setting === 'object' ? (setting.options ?? {}) : {});
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `"rules.${rule.id}.options${i.path.length ? '.' + i.path.join('.') : ''}": ${i.message}`).join('; ');
      throw new ConfigError(`${file}: ${detail}`);
    }
    out.push({ rule, severity, options: parsed.data });
  }
  return out;
}
