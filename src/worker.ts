/** A pool worker: lints one file (read here, so bytes never cross threads). */
import { readFileSync, statSync } from 'node:fs';

/** No report is this large; bigger files are refused before they are read. */
const MAX_FILE = 300 * 1024 * 1024;
import { lint, parseOptions, type LintOptions } from './lint.js';
import type { FileResult } from './model.js';
import { failed, langOf } from './results.js';

export interface Task {
  /** The file to read, or (with `bytes`) the name the report is shown under. */
  path: string;
  /** The report's content when it is already in memory (an upload); nothing is read from disk. */
  bytes?: Uint8Array;
  options: LintOptions;
  /** For `annotateTask`: what the copy carries (`--quiet`, `--suggest`). */
  annotate?: import('./annotate/index.js').AnnotateOptions;
}

/** The task's bytes, read from its file when it has none; or why they cannot be. */
function bytesOf({ path, bytes, options }: Task): Uint8Array | FileResult {
  if (bytes) return bytes;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE) return failed(path, options, 'run.fileTooLarge', { mb: Math.round(size / 1048576), limit: MAX_FILE / 1048576 });
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return failed(path, options, 'run.cannotRead', { code: String(code) });
  }
}

export default async function lintTask(task: Task): Promise<FileResult> {
  const bytes = bytesOf(task);
  return bytes instanceof Uint8Array ? lint(task.path, bytes, task.options) : bytes;
}

export interface AnnotateOutcome {
  result: FileResult;
  /** The annotated copy (DOCX or PDF), when the report could be read and annotated. */
  bytes?: Uint8Array;
  comments?: number;
  /** Tracked changes written (`--suggest`). */
  changes?: number;
  /** lkjip-lint's comments from an earlier run that were replaced. */
  replaced?: number;
  /** Why the report was linted but no annotated copy could be written. */
  annotateError?: string;
}

/**
 * Lint a report and write its findings into a copy (`--annotate`, the web page's "annotated
 * report"), in one worker: the PDF annotator reuses the layout the linter read (layoutPdf's cache).
 */
export async function annotateTask(task: Task): Promise<AnnotateOutcome> {
  const bytes = bytesOf(task);
  if (!(bytes instanceof Uint8Array)) return { result: bytes };
  const { path, options } = task;
  const result = await lint(path, bytes, options);
  if (result.error || (result.format !== 'docx' && result.format !== 'pdf')) return { result };
  const { annotate } = await import('./annotate/index.js');
  try {
    const out = await annotate(bytes, result, langOf(options), parseOptions(options), task.annotate);
    return { result, bytes: out.bytes, comments: out.comments, ...(out.changes !== undefined ? { changes: out.changes } : {}), ...(out.replaced ? { replaced: out.replaced } : {}) };
  } catch (e) {
    return { result, annotateError: (e as Error).message.split('\n')[0]! };
  }
}
