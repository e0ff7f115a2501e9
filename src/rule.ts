/**
 * What a rule is (ESLint-style: id, docs, default severity, options schema, check) and what it
 * gets to work with. A rule never opens a file, never parses a format, never prints.
 */
import type { z } from 'zod';
import type { Block, LKjIPDocument, Severity } from './model.js';
import type { Facts } from './facts/index.js';

export type Lang = 'id' | 'en';
export interface Text {
  id: string;
  en: string;
}

export interface Report {
  block: Block;
  /** Offset of the offending text within `block.text` (for prose). */
  offset?: number;
  /** Length of the offending text (used for the column and the excerpt). */
  length?: number;
  /** 0-based row and cell for tables. */
  row?: number;
  cell?: number;
  message: Text;
  expected?: string;
  actual?: string;
  /** The finding spans to this later block (e.g. a formula's result on the next line). */
  through?: Block;
  /** Override the excerpt (default: the sentence, or the table row). */
  excerpt?: string;
  severity?: Severity;
}

export interface RuleContext<O> {
  doc: LKjIPDocument;
  facts: Facts;
  options: O;
  report(r: Report): void;
}

export interface RuleExamples {
  /** Snippets of real reports where the rule must stay quiet. */
  valid: string[];
  /** Snippets where it must report (at least once). */
  invalid: string[];
}

export interface Rule<O = unknown> {
  id: string;
  description: Text;
  defaultSeverity: Severity;
  /** zod schema for the options; must accept `{}` and fill defaults. */
  options: z.ZodType<O>;
  check(ctx: RuleContext<O>): void;
  /** Examples from real reports; the test suite runs them, so the docs cannot drift. */
  examples: RuleExamples;
}

export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
