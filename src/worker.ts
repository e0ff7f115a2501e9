/** A pool worker: lints one file (read here, so bytes never cross threads). */
import { readFileSync } from 'node:fs';
import { lint, type LintOptions } from './lint.js';
import type { FileResult } from './model.js';

export interface Task {
  path: string;
  options: LintOptions;
}

export default async function lintTask({ path, options }: Task): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { path, format: null, report: { year: null, office: null, yearSource: '', officeSource: '' }, findings: [], error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return lint(path, bytes, options);
}
