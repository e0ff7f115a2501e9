import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintOptions } from '../src/lint.js';
import type { FileResult } from '../src/model.js';

export const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

export function corpusPath(name: string): string {
  return join(CORPUS, name);
}

const cache = new Map<string, Promise<FileResult>>();

/** Lint a corpus file once per test run. */
export function lintCorpus(name: string): Promise<FileResult> {
  if (!cache.has(name)) cache.set(name, lint(corpusPath(name), readFileSync(corpusPath(name))));
  return cache.get(name)!;
}

/** Lint a snippet of report text (a part of a report: not judged as a whole LKjIP unless `fragment: false`). */
export function lintText(text: string, options: LintOptions = {}, name = 'snippet.txt'): Promise<FileResult> {
  return lint(name, new TextEncoder().encode(text), { fragment: true, ...options });
}

export function corpusLines(name: string): string[] {
  return readFileSync(corpusPath(name), 'utf8').split('\n');
}
