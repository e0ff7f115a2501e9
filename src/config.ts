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

export const CONFIG_FILE = 'lkjip-lint.config.json';

const SeveritySetting = z.enum(['off', 'error', 'warning', 'info']);
const RuleSetting = z.union([
  SeveritySetting,
  z.object({ severity: SeveritySetting.optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
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

export function loadConfig(file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = ConfigSchema.safeParse(raw);
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
    if (!known.has(id)) throw new ConfigError(`${file}: unknown rule "${id}" in "rules" (known: ${[...known].join(', ')})`);
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
