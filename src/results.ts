/**
 * Small pieces every runner needs (the CLI, the worker pool, the web server) without loading the
 * linter: the run's language and the result of a file that could not be linted.
 */
import type { FileResult } from './model.js';
import type { Lang } from './rule.js';
import type { LintOptions } from './lint.js';
import { t, type MessageKey, type Vars } from './messages.js';

/** The run's language: `--lang`, else the config's, else Bahasa Indonesia. */
export function langOf(options: Pick<LintOptions, 'lang' | 'config'>): Lang {
  return options.lang ?? options.config?.lang ?? 'id';
}

/** A file that could not be linted, with the one-line reason. */
export function unreadable(path: string, error: string): FileResult {
  return { path, format: null, report: { year: null, office: null, yearSource: '', officeSource: '' }, findings: [], error };
}

/** A file that could not be linted, with the reason from the catalogue in the run's language. */
export function failed(path: string, options: LintOptions, key: MessageKey, vars: Vars = {}): FileResult {
  return unreadable(path, t(langOf(options), key, vars));
}
