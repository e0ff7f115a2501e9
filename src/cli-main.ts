/**
 * The `lkjip-lint` command: a thin shell around lint().
 *   lkjip-lint [options] FILE|DIR ...
 *   lkjip-lint extract [--format json|md] FILE
 * Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
 * 2 usage error, bad config, or an input that could not be read (the rest is still linted).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LintOptions } from './lint.js';
import { ConfigError, findConfig, loadConfig, type Config } from './config.js';
import { PROFILE_IDS } from '../profiles/index.js';
import { InputError } from './parse/errors.js';
import { formatSkipped, formatStylishFile, formatTotals } from './format/stylish.js';
import { collectInputs, skipReason } from './inputs.js';
import { BaselineError, readBaseline, useBaseline } from './baseline.js';
import { forTerminal } from './format/terminal.js';
import { summaryTable, writeSummary } from './format/summary.js';
import { annotateFile, lintFiles } from './batch.js';
import { progressBar } from './progress.js';
import { langOf } from './results.js';
import type { FileResult, LintOutput, SkippedFile } from './model.js';

import { VERSION } from './version.js';
import { t, type MessageKey, type Vars } from './messages.js';

/** A usage error, its text from the catalogue in the run's language. */
class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly vars: Vars = {},
  ) {
    super(t('en', key, vars));
  }
}

/** The run's language once the config is read (for the one-line errors of run()). */
let runLang: 'id' | 'en' | undefined;

/** The run's language as far as the arguments say it: --lang, else Bahasa Indonesia. */
function argvLang(argv: string[]): 'id' | 'en' {
  const k = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = k < 0 ? undefined : argv[k]!.includes('=') ? argv[k]!.split('=')[1] : argv[k + 1];
  return v === 'en' ? 'en' : 'id';
}


async function main(argv: string[]): Promise<number> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          format: { type: 'string' },
          lang: { type: 'string' },
          year: { type: 'string' },
          office: { type: 'string' },
          profile: { type: 'string' },
          config: { type: 'string' },
          'max-warnings': { type: 'string' },
          password: { type: 'string' },
          jobs: { type: 'string' },
          timeout: { type: 'string' },
          'max-memory': { type: 'string' },
          summary: { type: 'string' },
          annotate: { type: 'string' },
          'annotate-dir': { type: 'string' },
          suggest: { type: 'boolean' },
          'max-pages': { type: 'string' },
          ocr: { type: 'string' },
          port: { type: 'string' },
          host: { type: 'string' },
          'max-file-mb': { type: 'string' },
          'allow-host': { type: 'string', multiple: true },
          baseline: { type: 'string' },
          'csv-separator': { type: 'string' },
          expand: { type: 'boolean' },
          'log-level': { type: 'string' },
          'request-timeout': { type: 'string' },
          quiet: { type: 'boolean' },
          'no-color': { type: 'boolean' },
          color: { type: 'boolean' },
          debug: { type: 'boolean' },
          version: { type: 'boolean', short: 'v' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const option = /'(-[^' ]+)/.exec(err.message)?.[1];
      if (option && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError('cli.unknownOption', { option });
      if (option && err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError('cli.optionValue', { option });
      throw new UsageError('cli.badOption', { reason: err.message });
    }
  })();
  if (values.help) {
    const configFile = values.config ? resolve(values.config) : positionals[0] ? findConfig(positionals[0]) : null;
    const configLang = values.lang === undefined && configFile ? (() => { try { return loadConfig(configFile).lang; } catch { return undefined; } })() : undefined;
    process.stdout.write(t(values.lang === 'en' || values.lang === 'id' ? values.lang : configLang ?? 'id', 'cli.help', { version: VERSION, profiles: PROFILE_IDS.join(', ') }));
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (positionals[0] === 'serve') return serveCommand(values, positionals.slice(1));
  if (positionals[0] === 'compare') return compareCommand(values, positionals.slice(1));
  const extract = positionals[0] === 'extract';
  const inputs = extract ? positionals.slice(1) : positionals;
  if (inputs.length === 0) throw new UsageError('cli.noInputs');
  const format = values.format ?? (extract ? 'md' : 'stylish');
  if (extract ? !['json', 'md'].includes(format) : !['stylish', 'json', 'html', 'sarif'].includes(format)) throw new UsageError('cli.format', { value: format, allowed: extract ? 'json, md' : 'stylish, json, html, sarif' });
  if (values.lang !== undefined && !['id', 'en'].includes(values.lang)) throw new UsageError('cli.lang', { value: values.lang });
  const year = values.year !== undefined ? Number(values.year) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year > 1990 && year < 2100)) throw new UsageError('cli.year', { value: String(values.year) });
  if (values.profile !== undefined && !PROFILE_IDS.includes(values.profile)) throw new UsageError('cli.profile', { value: values.profile, allowed: PROFILE_IDS.join(', ') });
  const maxWarnings = values['max-warnings'] !== undefined ? Number(values['max-warnings']) : undefined;
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('cli.maxWarnings');

  const jobs = values.jobs !== undefined ? Number(values.jobs) : undefined;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0 && jobs <= 256)) throw new UsageError('cli.jobs');
  const timeout = values.timeout !== undefined ? Number(values.timeout) : undefined;
  if (timeout !== undefined && !(timeout > 0 && timeout <= 86400)) throw new UsageError('cli.seconds', { option: 'timeout' });
  const memoryMb = values['max-memory'] !== undefined ? Number(values['max-memory']) : undefined;
  if (memoryMb !== undefined && !(Number.isInteger(memoryMb) && memoryMb >= 100 && memoryMb <= 65536)) throw new UsageError('cli.maxMemory');
  if (values.summary !== undefined && !/\.(csv|xlsx)$/i.test(values.summary)) throw new UsageError('cli.summary');
  const csvSeparator = values['csv-separator'];
  if (csvSeparator !== undefined && csvSeparator !== ';' && csvSeparator !== ',') throw new UsageError('cli.csvSeparator');
  const maxFileMb = values['max-file-mb'] !== undefined ? Number(values['max-file-mb']) : undefined;
  if (maxFileMb !== undefined && !(maxFileMb > 0)) throw new UsageError('cli.mbAbove0', { option: 'max-file-mb' });
  const maxPages = values['max-pages'] !== undefined ? Number(values['max-pages']) : undefined;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0)) throw new UsageError('cli.wholeAbove0', { option: 'max-pages' });
  const ocr = values.ocr;
  if (ocr !== undefined && ocr !== 'auto' && ocr !== 'always' && ocr !== 'never') throw new UsageError('cli.ocr');

  const configFile = values.config ? resolve(values.config) : findConfig(inputs[0]!);
  const config: Config = configFile ? loadConfig(configFile, values.lang as 'id' | 'en' | undefined) : {};
  const options: LintOptions = {
    config,
    ...(configFile ? { configFile } : {}),
    ...(values.lang ? { lang: values.lang as 'id' | 'en' } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(values.office ? { office: values.office } : {}),
    ...(values.profile ? { profile: values.profile } : {}),
    ...(values.password !== undefined ? { password: values.password } : {}),
    ...(maxPages !== undefined ? { maxPages } : {}),
    ...(ocr !== undefined ? { ocr } : {}),
  };

  const { files, skipped: skippedInputs } = collectInputs(inputs, maxFileMb !== undefined ? { maxFileMb } : {});
  if (values.annotate !== undefined) {
    if (extract || files.length !== 1) throw new UsageError('cli.annotateOne');
    if (!/\.(docx|pdf)$/i.test(values.annotate)) throw new UsageError('cli.annotateExt');
    if (resolve(values.annotate) === resolve(files[0]!)) throw new UsageError('cli.annotateSelf');
  }
  const lang = langOf(options);
  runLang = lang;
  const skipped: SkippedFile[] = skippedInputs.map((x) => ({ path: x.path, kind: x.kind, reason: skipReason(x, lang) }));
  let unreadable = skipped.filter((x) => x.kind === 'missing').length;
  const stylish = !extract && format === 'stylish';
  // A missing path is an error: one line on stderr. Files a folder holds that are not reports are
  // listed by the stylish output itself (and counted); the other formats say them on stderr.
  for (const x of skipped) if (x.kind === 'missing' || !stylish || files.length === 0) process.stderr.write(`lkjip-lint: ${forTerminal(x.path)}: ${forTerminal(x.reason, true)}\n`);
  if (files.length === 0) {
    const where = inputs.map((p) => forTerminal(p)).join(', ');
    process.stderr.write(`lkjip-lint: ${t(lang, 'cli.noReport', { where })}\n`);
    return 2;
  }

  if (extract) {
    const { analyse } = await import('./lint.js');
    const { extractData, extractMarkdown } = await import('./format/extract.js');
    for (const file of files) {
      try {
        const { doc, facts } = await analyse(file, readFileSync(file), options);
        const data = extractData(doc, facts);
        process.stdout.write(format === 'json' ? JSON.stringify(data, null, 2) + '\n' : forTerminal(extractMarkdown(data), true));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        unreadable++;
        process.stderr.write(`lkjip-lint: ${forTerminal(file)}: ${forTerminal(e.text(lang), true)}\n`);
      }
    }
    return unreadable > 0 ? 2 : 0;
  }

  const color = values['no-color'] ? false : values.color ? true : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  // One file draws the bar only when it has scanned pages (OCR: `halaman N dari M`).
  const progress = !values.quiet && Boolean(process.stderr.isTTY) ? progressBar(files.length, lang) : null;
  // Each result gets its fingerprints and groups and, for the stylish output without a baseline, is
  // printed as soon as every file before it is done: results stream, the order stays the given one.
  const prepare = (result: FileResult) => {
    if (values.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
  };
  const stream = stylish && values.baseline === undefined;
  const ready = new Map<number, FileResult>();
  let next = 0;
  const onResult = (k: number, result: FileResult) => {
    prepare(result);
    if (!stream) return;
    ready.set(k, result);
    for (; ready.has(next); next++) {
      const r = ready.get(next)!;
      progress?.clear();
      process.stdout.write(formatStylishFile(r, lang, color, { expandGroups: Boolean(values.expand) }));
    }
  };
  const batchOptions = {
    ...(jobs !== undefined ? { jobs } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
    ...(memoryMb !== undefined ? { memoryMb } : {}),
    ...(progress ? { onDone: progress.update, onPage: progress.page } : {}),
  };
  // With --annotate, the one report is linted and annotated in the same worker.
  const annotateOpts = { ...(values.quiet ? { quiet: true } : {}), ...(values.suggest ? { suggest: true } : {}), ...acceptedForCopies(values.baseline, values.annotate !== undefined || values['annotate-dir'] !== undefined) };
  if (values.annotate !== undefined && values['annotate-dir'] !== undefined) throw new UsageError('cli.annotateBoth');
  const annotated = values.annotate !== undefined ? await annotateFile(files[0]!, options, batchOptions, annotateOpts) : undefined;
  const dir = values['annotate-dir'] !== undefined && !extract ? await (await import('./annotate/dir.js')).annotateDir(inputs, files, values['annotate-dir'], options, batchOptions, annotateOpts, lang) : undefined;
  if (dir) unreadable += dir.failed;
  if (annotated) onResult(0, annotated.result);
  if (dir) dir.results.forEach((r, k) => onResult(k, r));
  const results = annotated ? [annotated.result] : dir ? dir.results : await lintFiles(files, options, { ...batchOptions, onResult });
  progress?.end();
  for (const result of results) {
    if (result.error) {
      unreadable++;
      process.stderr.write(`lkjip-lint: ${forTerminal(result.path)}: ${forTerminal(result.error, true)}\n`);
    }
  }
  if (values.baseline !== undefined) {
    try {
      const b = useBaseline(values.baseline, results, lang);
      const msg = 'written' in b ? t(lang, 'cli.baselineWritten', { count: b.written }) : t(lang, 'cli.baselineAccepted', { count: b.accepted });
      process.stderr.write(`lkjip-lint: ${forTerminal(values.baseline)}: ${msg}\n`);
    } catch (e) {
      if (e instanceof BaselineError) throw new UsageError('http.failed', { reason: e.message });
      throw e;
    }
  }
  if (values.annotate !== undefined && annotated && !annotated.result.error) {
    const r = annotated.result;
    const want = values.annotate.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx';
    if (r.format !== want) throw new UsageError('cli.annotateFormat', { out: values.annotate, format: String(r.format), want: r.format === 'pdf' || r.format === 'docx' ? r.format : t(lang, 'cli.annotateOnlyDocxPdf') });
    if (annotated.annotateError || !annotated.bytes) {
      unreadable++;
      process.stderr.write(`lkjip-lint: ${forTerminal(values.annotate)}: ${forTerminal(annotated.annotateError ?? t(lang, 'cli.notWritten'), true)}\n`);
    } else {
      writeFileSync(values.annotate, annotated.bytes);
      const count = annotated.comments ?? 0;
      const written = want === 'pdf' ? t(lang, 'cli.writtenNotes', { count }) : annotated.changes ? t(lang, 'cli.writtenCommentsChanges', { count, changes: annotated.changes }) : t(lang, 'cli.writtenComments', { count });
      process.stderr.write(`lkjip-lint: ${forTerminal(values.annotate)}: ${written}${annotated.replaced ? t(lang, 'cli.replaced', { count: annotated.replaced }) : ''}\n`);
    }
  }
  if (values.summary) await writeSummary(values.summary, results, { lang, skipped, ...(csvSeparator ? { csvSeparator: csvSeparator as ';' | ',' } : {}) });
  const output: LintOutput = { files: results, ...(skipped.length ? { skipped } : {}) };
  if (format === 'json') process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  else if (format === 'sarif') {
    const { toSarif } = await import('./format/sarif.js');
    process.stdout.write(JSON.stringify(toSarif(results, lang), null, 2) + '\n');
  } else if (format === 'html') {
    const { renderDocument } = await import('./format/html.js');
    process.stdout.write(renderDocument(results, lang, { version: VERSION }));
  } else {
    if (!stream) for (const r of results) process.stdout.write(formatStylishFile(r, lang, color, { expandGroups: Boolean(values.expand) }));
    process.stdout.write(formatSkipped(skipped, lang, color));
    if (results.length + skipped.length > 1) process.stdout.write(forTerminal(summaryTable(results, lang, skipped), true));
    process.stdout.write(formatTotals(results, lang, color, skipped));
  }
  const errors = results.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'error').length, 0);
  const warnings = results.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'warning').length, 0);
  if (unreadable > 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}

/**
 * The copies carry what the run reports: the findings of an existing baseline are left out of them.
 * A baseline this run would write accepts every finding, so the copy would be empty: write it first.
 */
function acceptedForCopies(baseline: string | undefined, annotating: boolean): { accepted?: string[] } {
  if (baseline === undefined || !annotating) return {};
  if (!existsSync(baseline)) throw new UsageError('baseline.writeBeforeAnnotate', { file: baseline });
  try {
    return { accepted: readBaseline(baseline, runLang ?? 'id').accepted.map((e) => e.fingerprint) };
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError('http.failed', { reason: e.message });
    throw e;
  }
}

/** `lkjip-lint compare OLD NEW`: both linted in the pool, findings matched by fingerprint. */
async function compareCommand(values: Record<string, string | string[] | boolean | undefined>, rest: string[]): Promise<number> {
  if (rest.length !== 2) throw new UsageError('cli.compareTwo');
  const format = typeof values.format === 'string' ? values.format : 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError('cli.format', { value: format, allowed: 'stylish, json' });
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError('cli.lang', { value: String(values.lang) });
  const summary = typeof values.summary === 'string' ? values.summary : undefined;
  if (summary !== undefined && !/\.(csv|xlsx)$/i.test(summary)) throw new UsageError('cli.summary');
  const { files, skipped } = collectInputs(rest);
  const configFile = typeof values.config === 'string' ? resolve(values.config) : findConfig(rest[0]!);
  const config: Config = configFile ? loadConfig(configFile) : {};
  const options: LintOptions = { config, ...(configFile ? { configFile } : {}), ...(typeof values.lang === 'string' ? { lang: values.lang as 'id' | 'en' } : {}) };
  const lang = langOf(options);
  runLang = lang;
  for (const x of skipped) process.stderr.write(`lkjip-lint: ${forTerminal(x.path)}: ${forTerminal(skipReason(x, lang), true)}\n`);
  if (files.length !== 2) return 2;
  const results = await lintFiles(files, options);
  let bad = false;
  for (const r of results) {
    if (r.error) {
      bad = true;
      process.stderr.write(`lkjip-lint: ${forTerminal(r.path)}: ${forTerminal(r.error, true)}\n`);
    }
    if (values.quiet) r.findings = r.findings.filter((f) => f.severity === 'error');
  }
  if (bad) return 2;
  const { compareResults, formatComparison } = await import('./compare.js');
  const c = compareResults(results[0]!, results[1]!);
  if (summary !== undefined) await writeSummary(summary, [results[1]!], { lang, comparisons: [c], ...(values['csv-separator'] === ',' ? { csvSeparator: ',' as const } : {}) });
  if (format === 'json') process.stdout.write(JSON.stringify({ old: c.old, new: c.new, fixed: c.fixed, kept: c.kept, added: c.added }, null, 2) + '\n');
  else {
    const color = values['no-color'] ? false : values.color ? true : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    process.stdout.write(formatComparison(c, lang, color));
  }
  return results[1]!.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function serveCommand(values: Record<string, string | string[] | boolean | undefined>, rest: string[]): Promise<number> {
  if (rest.length) throw new UsageError('cli.serveNoFiles', { value: String(rest[0]) });
  const port = values.port !== undefined ? Number(values.port) : 8080;
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError('cli.port');
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
  const num = (k: string, what: MessageKey) => {
    const v = values[k];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!(n > 0)) throw new UsageError(what, { option: k });
    return n;
  };
  const jobs = num('jobs', 'cli.wholeAbove0');
  const timeout = num('timeout', 'cli.seconds');
  const maxFileMb = num('max-file-mb', 'cli.mbAbove0');
  const requestTimeout = num('request-timeout', 'cli.seconds');
  const logLevel = typeof values['log-level'] === 'string' ? values['log-level'] : 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) throw new UsageError('cli.logLevel', { value: logLevel });
  const allowHosts = Array.isArray(values['allow-host']) ? values['allow-host'] : [];
  for (const h of allowHosts) if (!/^[a-z0-9.:[\]-]+$/i.test(h)) throw new UsageError('cli.allowHost', { value: h });
  const configFile = typeof values.config === 'string' ? resolve(values.config) : undefined;
  const config: Config = configFile ? loadConfig(configFile, values.lang === 'en' || values.lang === 'id' ? values.lang : undefined) : {};
  const { serve } = await import('./server/app.js');
  let started;
  try {
    started = await serve(host, port, { config, logLevel, allowHosts, ...(jobs !== undefined ? { jobs } : {}), ...(timeout !== undefined ? { timeout } : {}), ...(maxFileMb !== undefined ? { maxFileMb } : {}), ...(requestTimeout !== undefined ? { requestTimeout } : {}) });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new UsageError('cli.portInUse', { port });
    if (err.code === 'EACCES') throw new UsageError('cli.portDenied', { port });
    throw e;
  }
  const lang = values.lang === 'en' || values.lang === 'id' ? values.lang : config.lang ?? 'id';
  process.stdout.write(`lkjip-lint ${VERSION}: ${t(lang, 'cli.listening', { url: started.url })}\n`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') process.stderr.write(`lkjip-lint: ${t(lang, 'cli.beyondHost')}\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      void started.app.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** Run the command; resolves to the exit code (errors are reported on stderr as one line). */
export async function run(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    const lang = runLang ?? argvLang(argv);
    if (e instanceof UsageError) process.stderr.write(`lkjip-lint: ${forTerminal(t(lang, e.key, e.vars))}\n`);
    else if (e instanceof ConfigError) {
      // A config with several problems: one line each.
      for (const line of (e as Error).message.split('\n')) process.stderr.write(`lkjip-lint: ${forTerminal(line)}\n`);
    } else {
      process.stderr.write(`lkjip-lint: ${t(lang, 'cli.internal', { reason: forTerminal((e as Error)?.message ?? String(e), true) })}\n`);
      if (argv.includes('--debug')) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    }
    return 2;
  }
}
