/**
 * What a rule is (ESLint-style: id, docs, default severity, options schema, check) and what it
 * gets to work with. A rule never opens a file, never parses a format, never prints.
 */
import type { z } from 'zod';
import type { Block, LKjIPDocument, Severity } from './model.js';
import type { Facts } from './facts/index.js';
import type { SectionPart } from './facts/sections.js';

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
  /** A fix that is certain (Finding.fix): `find` as printed, `replace` what it must read. */
  fix?: { find: string; replace: string };
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

/** The report a snippet comes from, as the linter would have detected it. */
export interface ExampleContext {
  /** The report year (as `--year`). */
  year: number;
  /** The unit that wrote the report (as `--office`): a Kantor Imigrasi, a Dinas, a Badan, an RSUD… */
  unit: string;
  /** What is template-specific about the report; today its required parts (config `sections`). */
  profile?: { sections?: SectionPart[] };
  /** The rule's options, as in the config's `rules.<id>.options`. */
  options?: Record<string, unknown>;
}

/** A finding the rule must report: every field given must match (`count`, default 1, of them). */
export interface ExpectedFinding {
  /** Line of the snippet (1-based). */
  line?: number;
  count?: number;
  expected?: string;
  actual?: string;
  /** Matched against the message in Bahasa Indonesia. */
  message?: RegExp;
}

/** One snippet of a real report, with the context it is linted in. */
export interface ExampleCase {
  name?: string;
  text: string;
  context: ExampleContext;
  /** For an invalid case: exactly the findings the rule reports (none other). */
  findings?: ExpectedFinding[];
}

/**
 * A real case the rule gets wrong today: a defect it misses (`misses`), reports differently from
 * what the reviewer found (`wrong-finding`), or a clean snippet it flags (`false-alarm`). The tests
 * assert it still fails that way, so whoever fixes the rule is told to move it to valid/invalid.
 */
export interface KnownGap {
  case: ExampleCase;
  today: 'misses' | 'wrong-finding' | 'false-alarm';
  why: string;
}

export interface RuleExamples {
  /** Snippets of real reports where the rule must stay quiet. */
  valid: ExampleCase[];
  /** Snippets where it must report exactly the stated findings. */
  invalid: ExampleCase[];
  knownGaps?: KnownGap[];
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
