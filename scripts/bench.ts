/**
 * npm run bench: how fast lkjip-lint is, as ratios against baselines measured in the same run.
 *
 * - Each corpus file (txt, docx, pdf): parse / facts / rules time (median of runs), against
 *   mammoth's bare convertToHtml (DOCX), pdf.js's bare getTextContent over all pages (PDF) and
 *   `pdftotext -layout` when installed.
 * - `lkjip-lint --version` against `node -e 0`.
 * - A folder of 40 reports with --jobs 1 and --jobs 2.
 * - Peak RSS while linting a 300-page PDF (the corpus PDFs concatenated with pdf-lib).
 * - What worker processes cost against worker threads, per file (`BENCH_ONLY=workers` runs only this).
 * - OCR throughput on the scanned fixture, seconds per page (`BENCH_ONLY=ocr` runs only this).
 *
 * Not a test: timings depend on the machine. It prints the targets and whether they are met.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import mammoth from 'mammoth';
import { PDFDocument } from 'pdf-lib';
import { parseDocument } from '../src/parse/index.js';
import { computeFacts } from '../src/facts/index.js';
import { runRules } from '../src/engine.js';
import { DEFAULT_SECTIONS, resolveRules } from '../src/config.js';
import { allRules } from '../rules/index.js';
import { lintFiles } from '../src/batch.js';

const root = resolve(import.meta.dirname, '..', '..');
const corpus = join(root, 'fixtures', 'corpus');
const cli = join(root, 'dist', 'src', 'cli.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** Each timed step starts from a collected heap (npm run bench passes --expose-gc), so one step's garbage is not charged to the next. */
const settle = () => (globalThis as { gc?: () => void }).gc?.();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const ratio = (x: number) => `${x.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const rules = resolveRules(allRules, {});
/** Scans (no text layer) are read by OCR: timed on their own, in seconds per page (ocrThroughput), not against pdf.js's text extraction. */
const SCANS = new Set(['bkpsdmd-bangka-2022-excerpt.pdf']);
const corpusFiles = (all = false) => readdirSync(corpus).filter((f) => /\.(txt|docx|pdf)$/.test(f) && (all || !f.endsWith('.ref.txt')) && !SCANS.has(f));
/** The PDF target: full lint against pdf.js's bare sequential text extraction of the same file. */
const PDF_TARGET = 1.3;

async function time<T>(f: () => Promise<T> | T): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

async function pdfjsBare(bytes: Uint8Array): Promise<void> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await doc.destroy();
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

async function perFile() {
  console.log('\n## Per file (median of %d runs)\n', runs);
  console.log('| file | parse | facts | rules | total | baseline | lint / baseline (median of per-run ratios) | facts+rules share |');
  console.log('|---|---|---|---|---|---|---|---|');
  const checks: { what: string; ok: boolean }[] = [];
  // BENCH_ONLY=pdf: the corpus PDFs alone (the other sections are skipped).
  for (const name of corpusFiles().filter((f) => process.env.BENCH_ONLY !== 'pdf' || f.endsWith('.pdf')).sort()) {
    const path = join(corpus, name);
    const bytes = readFileSync(path);
    const p: number[] = [];
    const f: number[] = [];
    const r: number[] = [];
    const base: number[] = [];
    const ratios: number[] = [];
    for (let k = 0; k <= runs; k++) {
      // The baseline first, then our steps, each pair back to back so that both see the same
      // machine; the run's ratio is taken pairwise and the median of the ratios is reported.
      let tb = NaN;
      settle();
      if (name.endsWith('.docx')) tb = await time(() => mammoth.convertToHtml({ buffer: bytes }));
      if (name.endsWith('.pdf')) tb = await time(() => pdfjsBare(new Uint8Array(bytes)));
      // A fresh copy each run: the PDF layout is cached per byte array (the annotator reuses it),
      // and the bench must time a cold parse.
      const input = new Uint8Array(bytes);
      settle();
      let t = performance.now();
      const doc = await parseDocument(path, input);
      const tp = performance.now() - t;
      t = performance.now();
      const facts = computeFacts(doc, { sections: DEFAULT_SECTIONS });
      const tf = performance.now() - t;
      t = performance.now();
      runRules(doc, facts, rules, 'id', doc.sourceLines);
      const tr = performance.now() - t;
      if (k === 0) continue; // warm-up
      p.push(tp);
      f.push(tf);
      r.push(tr);
      base.push(tb);
      ratios.push((tp + tf + tr) / tb);
    }
    const total = median(p) + median(f) + median(r);
    const b = median(base);
    const lintRatio = Number.isNaN(b) ? NaN : median(ratios);
    const share = (median(f) + median(r)) / total;
    let baseText = Number.isNaN(b) ? '-' : ms(b);
    if (name.endsWith('.pdf') && hasPdftotext) {
      const tt = median([0, 1, 2].map(() => { const t = performance.now(); spawnSync('pdftotext', ['-layout', path, '-']); return performance.now() - t; }));
      baseText += ` (pdftotext ${ms(tt)})`;
    }
    console.log(`| ${name} | ${ms(median(p))} | ${ms(median(f))} | ${ms(median(r))} | ${ms(total)} | ${baseText} | ${Number.isNaN(b) ? '-' : ratio(lintRatio)} | ${(share * 100).toFixed(0)}% |`);
    const target = name.endsWith('.pdf') ? PDF_TARGET : 1.5;
    if (!Number.isNaN(b)) checks.push({ what: `${name}: full lint ≤ ${target}× ${name.endsWith('.docx') ? "mammoth's bare conversion" : "pdf.js's bare text extraction"} (${ratio(lintRatio)})`, ok: lintRatio <= target });
    checks.push({ what: `${name}: facts + rules ≤ 25% of the time (${(share * 100).toFixed(0)}%)`, ok: share <= 0.25 });
  }
  return checks;
}

function startup() {
  const t = (args: string[]) => median([0, 1, 2, 3, 4].map(() => { const a = performance.now(); spawnSync(process.execPath, args); return performance.now() - a; }));
  const node = t(['-e', '0']);
  const version = t([cli, '--version']);
  console.log(`\n## Start-up\n\nnode -e 0: ${ms(node)}; lkjip-lint --version: ${ms(version)} (${ratio(version / node)})`);
  return [{ what: `--version ≤ 3× node -e 0 (${ratio(version / node)})`, ok: version <= 3 * node }];
}

async function batch() {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-bench-'));
  const files = corpusFiles();
  for (let k = 0; k < 40; k++) {
    const f = files[k % files.length]!;
    copyFileSync(join(corpus, f), join(dir, `${String(k).padStart(2, '0')}-${f}`));
  }
  // CPU time of finished children, from /proc (Linux): user + system, in ms.
  const childCpu = () => {
    try {
      const stat = readFileSync('/proc/self/stat', 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(f[13]) + Number(f[14])) * 1000) / 100; // cutime + cstime, clock ticks of 1/100 s
    } catch {
      return NaN;
    }
  };
  const t = (jobs: number) => {
    const c = childCpu();
    const a = performance.now();
    spawnSync(process.execPath, [cli, dir, '--format', 'json', '--jobs', String(jobs)], { maxBuffer: 1 << 28 });
    const wall = performance.now() - a;
    return { wall, cpu: childCpu() - c };
  };
  const one = t(1);
  const two = t(2);
  const cores = (await import('node:os')).availableParallelism();
  const busy = one.cpu / one.wall;
  console.log(`\n## A folder of 40 reports\n\n--jobs 1: ${ms(one.wall)} (CPU ${ms(one.cpu)}); --jobs 2: ${ms(two.wall)} (CPU ${ms(two.cpu)}); speed-up ${ratio(one.wall / two.wall)}`);
  if (!Number.isNaN(busy)) {
    console.log(`--jobs 1 already keeps ${busy.toFixed(2)} cores busy (V8's GC and compiler threads work beside the linting thread), so on ${cores} cores --jobs 2 can be at most ${ratio(cores / busy)} faster.`);
    console.log(`The same 40 reports took ${ratio(two.cpu / one.cpu)} the CPU time at --jobs 2 (two linting threads and their helpers contend for ${cores} cores).`);
  }
  return [{ what: `40 reports: --jobs 2 ≥ 1.7× faster than --jobs 1 (${ratio(one.wall / two.wall)}; ceiling on this machine ${ratio(cores / busy)})`, ok: one.wall / two.wall >= 1.7 }];
}

async function bigPdf() {
  const out = await PDFDocument.create();
  const sources = await Promise.all(['siak-2024.pdf', 'cilegon-2021.pdf', 'semarang-2024.pdf'].map(async (f) => PDFDocument.load(readFileSync(join(corpus, f)))));
  while (out.getPageCount() < 300) {
    for (const src of sources) {
      const pages = await out.copyPages(src, src.getPageIndices());
      for (const p of pages) if (out.getPageCount() < 300) out.addPage(p);
    }
  }
  const path = join(mkdtempSync(join(tmpdir(), 'lkjip-bench-')), 'big-300.pdf');
  writeFileSync(path, await out.save());
  const script = `const { lint } = await import(${JSON.stringify(join(root, 'dist', 'src', 'lint.js'))}); const fs = await import('node:fs'); const r = await lint(${JSON.stringify(path)}, fs.readFileSync(${JSON.stringify(path)})); console.log(JSON.stringify({ findings: r.findings.length, rss: process.resourceUsage().maxRSS }));`;
  const a = performance.now();
  const p = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const took = performance.now() - a;
  const { rss, findings } = JSON.parse(p.stdout.trim().split('\n').pop()!) as { rss: number; findings: number };
  const mb = rss / 1024;
  console.log(`\n## A 300-page PDF\n\n${findings} findings in ${ms(took)}; peak RSS ${mb.toFixed(0)} MB`);
  return [{ what: `peak RSS ≤ 300 MB on a 300-page PDF (${mb.toFixed(0)} MB)`, ok: mb <= 300 }];
}

/**
 * Worker processes against worker threads, at --jobs 2: 40 one-line reports (almost nothing but
 * the pool's own cost: starting two workers, sending each task and its result) and the 40-report
 * twelve corpus reports. Alternated, median of three.
 */
async function workers() {
  const tiny = mkdtempSync(join(tmpdir(), 'lkjip-bench-'));
  const folder = mkdtempSync(join(tmpdir(), 'lkjip-bench-'));
  const reports = corpusFiles(true);
  for (let k = 0; k < 40; k++) writeFileSync(join(tiny, `${k}.txt`), `LAPORAN KINERJA TAHUN 2024 [satker] ${k}\n`);
  for (let k = 0; k < 12; k++) copyFileSync(join(corpus, reports[k % reports.length]!), join(folder, `${k}-${reports[k % reports.length]}`));
  const files = (dir: string) => readdirSync(dir).map((f) => join(dir, f));
  const rows: string[] = [];
  const perFile: number[] = [];
  for (const [what, dir, n] of [['40 one-line reports', tiny, 40], ['12 corpus reports', folder, 12]] as const) {
    const t: Record<'process' | 'thread', number[]> = { process: [], thread: [] };
    for (let k = 0; k < 3; k++) {
      for (const kind of ['thread', 'process'] as const) t[kind].push(await time(() => lintFiles(files(dir), {}, { jobs: 2, workers: kind })));
    }
    const [p, th] = [median(t.process), median(t.thread)];
    perFile.push((p - th) / n);
    rows.push(`| ${what} | ${ms(th)} | ${ms(p)} | ${ms((p - th) / n)} |`);
  }
  console.log(`\n## Worker processes against threads (--jobs 2, median of 3)\n\n| batch | threads | processes | difference per file |\n|---|---|---|---|\n${rows.join('\n')}`);
  return [{ what: `worker processes cost ≤ 50 ms more per file than threads (${ms(perFile[0]!)} on one-line reports)`, ok: perFile[0]! <= 50 }];
}

/** OCR throughput: the scanned fixture linted whole (render with pdf.js + canvas, Tesseract, then the PDF reader), seconds per page. */
async function ocrThroughput() {
  const { ocrAvailable } = await import('../src/parse/ocr.js');
  if (ocrAvailable()) {
    console.log('\n## OCR\n\nTesseract (with its Indonesian model) is not installed: skipped');
    return [];
  }
  const rows: string[] = [];
  for (const name of [...SCANS]) {
    const bytes = readFileSync(join(corpus, name));
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    const took: number[] = [];
    for (let k = 0; k < 3; k++) took.push(await time(() => parseDocument(join(corpus, name), new Uint8Array(bytes))));
    rows.push(`| ${name} | ${pages} | ${ms(median(took))} | ${(median(took) / pages / 1000).toFixed(2)} s |`);
  }
  console.log(`\n## OCR (scanned pages, median of 3)\n\n| file | pages | parse | per page |\n|---|---|---|---|\n${rows.join('\n')}`);
  return [];
}

async function main() {
  console.log(`# lkjip-lint bench (${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores)`);
  const checks = process.env.BENCH_ONLY === 'workers' ? await workers() : process.env.BENCH_ONLY === 'ocr' ? await ocrThroughput() : process.env.BENCH_ONLY === 'pdf' ? await perFile() : [...(await perFile()), ...startup(), ...(await batch()), ...(await bigPdf()), ...(await ocrThroughput()), ...(await workers())];
  console.log('\n## Targets\n');
  for (const c of checks) console.log(`- ${verdict(c.ok)} ${c.what}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
