/**
 * Lint a report and its transformed copy in-process and compare their findings as multisets:
 * the same rule, the same expected / actual (after the transformation's own rewrite, so a message
 * that names the renamed unit or the renumbered caption still matches) at the moved place (the
 * line through the lineMap, or for Word files the normalised excerpt). What is left over is
 * `altered` (the same rule at the same place saying something else, or the same finding moved
 * elsewhere), `lost` or `gained`.
 */
import { createHash } from 'node:crypto';
import { lint } from '../../src/lint.js';
import type { FileResult, Finding } from '../../src/model.js';
import type { LineMap } from './lines.js';

const cache = new Map<string, Promise<FileResult>>();

/** Lint bytes once per content (a transformation that changes nothing costs nothing). */
export function lintCached(format: 'txt' | 'docx', bytes: Uint8Array): Promise<FileResult> {
  const key = `${format}:${createHash('sha1').update(bytes).digest('hex')}`;
  if (!cache.has(key)) cache.set(key, lint(`report.${format}`, bytes));
  return cache.get(key)!;
}

export const lintText = (text: string) => lintCached('txt', new TextEncoder().encode(text));

export interface Difference {
  lost: Finding[];
  gained: Finding[];
  /** Pairs (original, transformed). */
  altered: [Finding, Finding][];
}

const normaliseExcerpt = (s: string) => s.toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim().slice(0, 60);

interface Keyed {
  f: Finding;
  rule: string;
  values: string;
  place: string;
}

function keyed(f: Finding, rewrite: (s: string, ruleId?: string) => string, place: (f: Finding) => string): Keyed {
  return { f, rule: f.ruleId, values: `${rewrite(f.expected ?? '', f.ruleId)}\u0000${rewrite(f.actual ?? '', f.ruleId)}`, place: place(f) };
}

/**
 * Compare two finding lists. `placeBefore` / `placeAfter` give each finding's place in a common
 * frame (the transformed text's line, or a normalised excerpt).
 */
export function compareFindings(before: Finding[], after: Finding[], rewrite: (s: string, ruleId?: string) => string, placeBefore: (f: Finding) => string, placeAfter: (f: Finding) => string): Difference {
  const left = before.map((f) => keyed(f, rewrite, placeBefore));
  const right = after.map((f) => keyed(f, (s) => s, placeAfter));
  const take = (o: Keyed, match: (o: Keyed, t: Keyed) => boolean): Keyed | undefined => {
    const i = right.findIndex((t) => match(o, t));
    return i < 0 ? undefined : right.splice(i, 1)[0];
  };
  const rest: Keyed[] = [];
  for (const o of left) if (!take(o, (a, b) => a.rule === b.rule && a.values === b.values && a.place === b.place)) rest.push(o);
  const altered: [Finding, Finding][] = [];
  const lost: Finding[] = [];
  for (const o of rest) {
    const t = take(o, (a, b) => a.rule === b.rule && a.place === b.place) ?? take(o, (a, b) => a.rule === b.rule && a.values === b.values);
    if (t) altered.push([o.f, t.f]);
    else lost.push(o.f);
  }
  return { lost, gained: right.map((t) => t.f), altered };
}

/** Text reports: a finding's place is its line, mapped into the transformed text; else its excerpt. */
export function compareText(before: Finding[], after: Finding[], lineMap: LineMap, rewrite: (s: string, ruleId?: string) => string): Difference {
  const at = (f: Finding, map: ((l: number) => number) | null) => {
    const line = f.location.line;
    if (line === undefined) return `~${normaliseExcerpt(rewrite(f.excerpt))}`;
    return `L${map ? map(line) : line}`;
  };
  return compareFindings(before, after, rewrite, (f) => at(f, (l) => lineMap[l - 1] ?? l), (f) => (f.location.line === undefined ? `~${normaliseExcerpt(f.excerpt)}` : `L${f.location.line}`));
}

/** Word reports rebuilt from text: a finding's place is its normalised excerpt. */
export function compareDocx(before: Finding[], after: Finding[], rewrite: (s: string, ruleId?: string) => string): Difference {
  return compareFindings(before, after, rewrite, (f) => normaliseExcerpt(rewrite(f.excerpt)), (f) => normaliseExcerpt(f.excerpt));
}

export const changedCount = (d: Difference) => d.lost.length + d.gained.length + d.altered.length;
