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
import { t } from './messages.js';
import { forTerminal } from './format/terminal.js';
import { summaryTable, writeSummary } from './format/summary.js';
import { annotateFile, lintFiles } from './batch.js';
import { progressBar } from './progress.js';
import { langOf } from './results.js';
import type { FileResult, LintOutput, SkippedFile } from './model.js';

import { VERSION } from './version.js';

const HELP = `lkjip-lint ${VERSION}: periksa Laporan Kinerja Instansi Pemerintah (LKjIP)

Penggunaan / usage:
  lkjip-lint [opsi] FILE|FOLDER ...     lint reports (.docx .pdf .txt .md; folders recursively)
  lkjip-lint extract [--format json|md] FILE
                                        show what the parser saw: year, office, sections, tables, formulas
  lkjip-lint compare OLD NEW            an earlier version against its revision (any formats):
                                        findings fixed, still there and new (--summary FILE: a column each)
  lkjip-lint serve [--port N] [--host H] the reviewer's web page and JSON API (default 127.0.0.1:8080)

Opsi / options:
  --format stylish|json|html|sarif
                          output format (default: stylish; html: a self-contained report page;
                          sarif: SARIF 2.1.0 for code-scanning tools)
  --lang id|en            message language (default: id, Bahasa Indonesia)
  --year N                report year (overrides detection)
  --office NAME           reporting office (overrides detection)
  --profile NAME          the template the report follows (overrides detection): base,
                          kemenkumham-imigrasi, pemda, kejaksaan
  --config FILE           config file (default: lkjip-lint.config.json found upward from the input)
  --jobs N                files linted at once (default: number of cores)
  --timeout S             stop a file after S seconds of work (default 60; worker processes)
  --max-memory MB         stop a file whose worker needs more than MB of memory (default 1536)
  --summary FILE          one line per report as .csv or .xlsx (status, office, year, errors, warnings,
                          a column per rule; .xlsx: a second sheet with every finding)
  --csv-separator ; |,    cell separator of a .csv summary (default ;, as Indonesian spreadsheets read it)
  --baseline FILE         accepted findings: written from this run when FILE does not exist (fill in each
                          reason), else the findings in it are quiet and counted as accepted
  --expand                show every finding of a group on its own line (default: one line per group)
  --max-file-mb N         files larger than N MB are skipped (CLI default 500; serve: uploads, default 50)
  --annotate OUT          a copy of the report with the findings in it: Word comments (.docx input,
                          OUT.docx) or highlights with notes (.pdf input, OUT.pdf)
  --annotate-dir OUT      every .docx/.pdf report annotated into the folder OUT (same relative paths)
  --suggest               with --annotate/--annotate-dir: certain fixes as Word tracked changes
  --password PW           password of an encrypted PDF
  --max-pages N           read at most N pages of a PDF (default 2000)
  --ocr auto|always|never read scanned PDF pages with Tesseract (default auto: pages without text)
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --no-color              no colours
  --port N, --host H      serve: where to listen (default 8080 on 127.0.0.1, this computer only)
  --max-file-mb N         serve: largest accepted upload (default 50)
  --allow-host NAME       serve: answer to this host name too (default: localhost, 127.0.0.1 only)
  --log-level L           serve: request log on stderr: error, warn, info, debug or silent (default info)
  --request-timeout S     serve: seconds a client has to send a whole upload (default 300)
  --debug                 print stack traces of internal errors
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable input.
`;

class UsageError extends Error {}

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
      throw new UsageError((e as Error).message);
    }
  })();
  if (values.help) {
    process.stdout.write(HELP);
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
  if (inputs.length === 0) throw new UsageError('no input files; run lkjip-lint --help');
  const format = values.format ?? (extract ? 'md' : 'stylish');
  if (extract ? !['json', 'md'].includes(format) : !['stylish', 'json', 'html', 'sarif'].includes(format)) throw new UsageError(`unknown --format "${format}"`);
  if (values.lang !== undefined && !['id', 'en'].includes(values.lang)) throw new UsageError(`unknown --lang "${values.lang}" (use id or en)`);
  const year = values.year !== undefined ? Number(values.year) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year > 1990 && year < 2100)) throw new UsageError(`--year must be a year such as 2024, not "${values.year}"`);
  if (values.profile !== undefined && !PROFILE_IDS.includes(values.profile)) throw new UsageError(`unknown --profile "${values.profile}" (known: ${PROFILE_IDS.join(', ')})`);
  const maxWarnings = values['max-warnings'] !== undefined ? Number(values['max-warnings']) : undefined;
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings must be a whole number');

  const jobs = values.jobs !== undefined ? Number(values.jobs) : undefined;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0 && jobs <= 256)) throw new UsageError('--jobs must be a whole number from 1 to 256');
  const timeout = values.timeout !== undefined ? Number(values.timeout) : undefined;
  if (timeout !== undefined && !(timeout > 0 && timeout <= 86400)) throw new UsageError('--timeout must be a number of seconds above 0');
  const memoryMb = values['max-memory'] !== undefined ? Number(values['max-memory']) : undefined;
  if (memoryMb !== undefined && !(Number.isInteger(memoryMb) && memoryMb >= 100 && memoryMb <= 65536)) throw new UsageError('--max-memory must be a whole number of MB from 100 to 65536');
  if (values.summary !== undefined && !/\.(csv|xlsx)$/i.test(values.summary)) throw new UsageError('--summary FILE must end in .csv or .xlsx');
  const csvSeparator = values['csv-separator'];
  if (csvSeparator !== undefined && csvSeparator !== ';' && csvSeparator !== ',') throw new UsageError('--csv-separator must be ; or ,');
  const maxFileMb = values['max-file-mb'] !== undefined ? Number(values['max-file-mb']) : undefined;
  if (maxFileMb !== undefined && !(maxFileMb > 0)) throw new UsageError('--max-file-mb must be a number of MB above 0');
  const maxPages = values['max-pages'] !== undefined ? Number(values['max-pages']) : undefined;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0)) throw new UsageError('--max-pages must be a whole number above 0');
  const ocr = values.ocr;
  if (ocr !== undefined && ocr !== 'auto' && ocr !== 'always' && ocr !== 'never') throw new UsageError('--ocr must be auto, always or never');

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
    if (extract || files.length !== 1) throw new UsageError('--annotate OUT takes exactly one .docx or .pdf report');
    if (!/\.(docx|pdf)$/i.test(values.annotate)) throw new UsageError('--annotate OUT must end in .docx (Word input) or .pdf (PDF input)');
    if (resolve(values.annotate) === resolve(files[0]!)) throw new UsageError('--annotate OUT must be a new file, not the report itself');
  }
  const lang = langOf(options);
  const skipped: SkippedFile[] = skippedInputs.map((x) => ({ path: x.path, kind: x.kind, reason: skipReason(x, lang) }));
  let unreadable = skipped.filter((x) => x.kind === 'missing').length;
  const stylish = !extract && format === 'stylish';
  // A missing path is an error: one line on stderr. Files a folder holds that are not reports are
  // listed by the stylish output itself (and counted); the other formats say them on stderr.
  for (const x of skipped) if (x.kind === 'missing' || !stylish || files.length === 0) process.stderr.write(`lkjip-lint: ${forTerminal(x.path)}: ${forTerminal(x.reason, true)}\n`);
  if (files.length === 0) {
    const where = inputs.map((p) => forTerminal(p)).join(', ');
    process.stderr.write(`lkjip-lint: ${lang === 'id' ? `tidak ada laporan untuk diperiksa di ${where} (.docx, .pdf, .txt, .md)` : `no report to lint in ${where} (.docx, .pdf, .txt, .md)`}\n`);
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
  const annotateOpts = { ...(values.quiet ? { quiet: true } : {}), ...(values.suggest ? { suggest: true } : {}), ...acceptedForCopies(values.baseline, values.annotate !== undefined || values['annotate-dir'] !== undefined, lang) };
  if (values.annotate !== undefined && values['annotate-dir'] !== undefined) throw new UsageError('--annotate and --annotate-dir: choose one');
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
      const msg = 'written' in b
        ? (lang === 'id' ? `${b.written} temuan dicatat sebagai diterima; isi alasan tiap temuan di berkas itu` : `${b.written} findings recorded as accepted; fill in each one's reason in that file`)
        : (lang === 'id' ? `${b.accepted} temuan diterima (baseline), tidak ditampilkan` : `${b.accepted} accepted findings (baseline) not shown`);
      process.stderr.write(`lkjip-lint: ${forTerminal(values.baseline)}: ${msg}\n`);
    } catch (e) {
      if (e instanceof BaselineError) throw new UsageError(e.message);
      throw e;
    }
  }
  if (values.annotate !== undefined && annotated && !annotated.result.error) {
    const r = annotated.result;
    const want = values.annotate.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx';
    if (r.format !== want) throw new UsageError(`--annotate ${values.annotate}: the report is ${r.format}, so the annotated copy must be .${r.format === 'pdf' ? 'pdf' : r.format === 'docx' ? 'docx' : '(docx or pdf input only)'}`);
    if (annotated.annotateError || !annotated.bytes) {
      unreadable++;
      process.stderr.write(`lkjip-lint: ${forTerminal(values.annotate)}: ${forTerminal(annotated.annotateError ?? 'not written', true)}\n`);
    } else {
      writeFileSync(values.annotate, annotated.bytes);
      process.stderr.write(`lkjip-lint: ${forTerminal(values.annotate)}: ${annotated.comments ?? 0} ${want === 'docx' ? 'comments' : 'notes'}${annotated.changes ? `, ${annotated.changes} tracked changes` : ''} written${annotated.replaced ? ` (${annotated.replaced} earlier lkjip-lint comments replaced)` : ''}\n`);
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
function acceptedForCopies(baseline: string | undefined, annotating: boolean, lang: 'id' | 'en'): { accepted?: string[] } {
  if (baseline === undefined || !annotating) return {};
  if (!existsSync(baseline)) throw new UsageError(t(lang, 'baseline.writeBeforeAnnotate', { file: baseline }));
  try {
    return { accepted: readBaseline(baseline, lang).accepted.map((e) => e.fingerprint) };
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(e.message);
    throw e;
  }
}

/** `lkjip-lint compare OLD NEW`: both linted in the pool, findings matched by fingerprint. */
async function compareCommand(values: Record<string, string | string[] | boolean | undefined>, rest: string[]): Promise<number> {
  if (rest.length !== 2) throw new UsageError('compare takes two reports: lkjip-lint compare OLD NEW (the earlier version, then its revision)');
  const format = typeof values.format === 'string' ? values.format : 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`compare: unknown --format "${format}" (stylish or json)`);
  const summary = typeof values.summary === 'string' ? values.summary : undefined;
  if (summary !== undefined && !/\.(csv|xlsx)$/i.test(summary)) throw new UsageError('--summary FILE must end in .csv or .xlsx');
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`unknown --lang "${String(values.lang)}" (use id or en)`);
  const { files, skipped } = collectInputs(rest);
  const configFile = typeof values.config === 'string' ? resolve(values.config) : findConfig(rest[0]!);
  const config: Config = configFile ? loadConfig(configFile) : {};
  const options: LintOptions = { config, ...(configFile ? { configFile } : {}), ...(typeof values.lang === 'string' ? { lang: values.lang as 'id' | 'en' } : {}) };
  const lang = langOf(options);
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
  if (rest.length) throw new UsageError(`serve takes no files (got "${rest[0]}"); upload them in the page`);
  const port = values.port !== undefined ? Number(values.port) : 8080;
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError('--port must be a port number (0 picks a free one)');
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
  const num = (k: string, what: string) => {
    const v = values[k];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!(n > 0)) throw new UsageError(`--${k} must be ${what}`);
    return n;
  };
  const jobs = num('jobs', 'a whole number above 0');
  const timeout = num('timeout', 'a number of seconds above 0');
  const maxFileMb = num('max-file-mb', 'a number of MB above 0');
  const requestTimeout = num('request-timeout', 'a number of seconds above 0');
  const logLevel = typeof values['log-level'] === 'string' ? values['log-level'] : 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) throw new UsageError(`--log-level must be error, warn, info, debug or silent, not "${logLevel}"`);
  const allowHosts = Array.isArray(values['allow-host']) ? values['allow-host'] : [];
  for (const h of allowHosts) if (!/^[a-z0-9.:[\]-]+$/i.test(h)) throw new UsageError(`--allow-host takes a host name or address such as lkjip.example.go.id, not "${h}"`);
  const configFile = typeof values.config === 'string' ? resolve(values.config) : undefined;
  const config: Config = configFile ? loadConfig(configFile, values.lang === 'en' || values.lang === 'id' ? values.lang : undefined) : {};
  const { serve } = await import('./server/app.js');
  let started;
  try {
    started = await serve(host, port, { config, logLevel, allowHosts, ...(jobs !== undefined ? { jobs } : {}), ...(timeout !== undefined ? { timeout } : {}), ...(maxFileMb !== undefined ? { maxFileMb } : {}), ...(requestTimeout !== undefined ? { requestTimeout } : {}) });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use; pick another with --port`);
    if (err.code === 'EACCES') throw new UsageError(`not allowed to listen on port ${port}; pick one above 1024 with --port`);
    throw e;
  }
  process.stdout.write(`lkjip-lint ${VERSION}: listening on ${started.url}\n`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') process.stderr.write('lkjip-lint: warning: listening beyond this computer; put it behind your usual access control, and name the host reviewers open it by with --allow-host NAME\n');
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
    if (e instanceof UsageError || e instanceof ConfigError) {
      // A config with several problems: one line each.
      for (const line of (e as Error).message.split('\n')) process.stderr.write(`lkjip-lint: ${forTerminal(line)}\n`);
    } else {
      process.stderr.write(`lkjip-lint: internal error: ${forTerminal((e as Error)?.message ?? String(e), true)}; run with --debug for details\n`);
      if (argv.includes('--debug')) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    }
    return 2;
  }
}
