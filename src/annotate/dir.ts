/**
 * `--annotate-dir OUT/`: every Word and PDF report of the run annotated, in a pool of workers like
 * any batch, each copy written under OUT/ at the path it has under its input folder
 * (`uploads/bpn/lkjip.docx` → `OUT/bpn/lkjip.docx`). Text inputs are linted, with no copy.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { FileResult } from '../model.js';
import type { LintOptions } from '../lint.js';
import type { Lang } from '../rule.js';
import { createPool, dispatchOrder, runAnnotateTask, runTask, type BatchOptions } from '../batch.js';
import type { AnnotateOptions } from './index.js';
import { forTerminal } from '../format/terminal.js';
import { t } from '../messages.js';

export interface DirOutcome {
  results: FileResult[];
  /** Copies that could not be written (the report was still linted). */
  failed: number;
}

/** Where a file's copy goes: its path under the input folder it was found in, else its name. */
export function copyPath(file: string, inputs: string[], outDir: string): string {
  const abs = resolve(file);
  for (const input of inputs) {
    let dir: boolean;
    try {
      dir = statSync(input).isDirectory();
    } catch {
      continue;
    }
    const rel = relative(resolve(input), abs);
    if (dir && rel && !rel.startsWith('..')) return join(outDir, rel);
  }
  return join(outDir, basename(file));
}

/** What was written into one annotated copy: notes (PDF) or comments and tracked changes (Word). */
export function writtenLine(lang: Lang, pdf: boolean, count: number, changes: number): string {
  if (pdf) return t(lang, 'cli.writtenNotes', { count });
  return changes ? t(lang, 'cli.writtenCommentsChanges', { count, changes }) : t(lang, 'cli.writtenComments', { count });
}

export async function annotateDir(inputs: string[], files: string[], outDir: string, options: LintOptions, batch: BatchOptions, annotate: AnnotateOptions, lang: Lang): Promise<DirOutcome> {
  const timeout = batch.timeout ?? 60;
  const memoryMb = batch.memoryMb ?? 1536;
  const jobs = Math.max(1, Math.min(batch.jobs ?? availableParallelism(), files.length));
  const pool = createPool(jobs, memoryMb, undefined, batch.workers);
  const out = resolve(outDir);
  let failed = 0;
  let done = 0;
  const say = (line: string) => process.stderr.write(`lkjip-lint: ${line}\n`);
  try {
    const results = new Array<Promise<FileResult>>(files.length);
    for (const k of dispatchOrder(files)) {
      const path = files[k]!;
      const copyable = /\.(docx|pdf)$/i.test(path);
      const target = copyPath(path, inputs, out);
      results[k] = (async () => {
        if (!copyable || resolve(path) === target) return runTask(pool, { path, options }, timeout, memoryMb);
        const o = await runAnnotateTask(pool, { path, options, annotate }, timeout, memoryMb, Infinity);
        if (!o.result.error) {
          if (!o.bytes) {
            failed++;
            say(`${forTerminal(target)}: ${forTerminal(o.annotateError ?? t(lang, 'cli.notWritten'), true)}`);
          } else {
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, o.bytes);
            const n = o.comments ?? 0;
            const what = writtenLine(lang, /\.pdf$/i.test(path), n, o.changes ?? 0);
            say(`${forTerminal(relative(process.cwd(), target) || target)}: ${what}`);
          }
        }
        return o.result;
      })().then((r) => {
        batch.onDone?.(++done, files.length, path);
        return r;
      });
    }
    return { results: await Promise.all(results), failed };
  } finally {
    await pool.destroy();
  }
}
