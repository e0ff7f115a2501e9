/**
 * npm run bench: how fast lkjip-lint is, as ratios against baselines measured in the same run.
 *
 * - Each corpus file (txt, docx, pdf): parse / facts / rules time (median of runs), against
 *   mammoth's bare convertToHtml (DOCX), pdf.js's bare getTextContent over all pages (PDF) and
 *   `pdftotext -layout` when installed.
 * - `lkjip-lint --version` against `node -e 0`.
 * - A folder of 40 reports with --jobs 1 and --jobs 2.
 * - Peak RSS while linting a 300-page PDF (the corpus PDFs concatenated with pdf-lib).
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

const root = resolve(import.meta.dirname, '..', '..');
const corpus = join(root, 'fixtures', 'corpus');
const cli = join(root, 'dist', 'src', 'cli.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const ratio = (x: number) => `${x.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const rules = resolveRules(allRules, {});

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
  console.log('| file | parse | facts | rules | total | baseline | lint / baseline | facts+rules share |');
  console.log('|---|---|---|---|---|---|---|---|');
  const checks: { what: string; ok: boolean }[] = [];
  for (const name of readdirSync(corpus).filter((f) => /\.(txt|docx|pdf)$/.test(f)).sort()) {
    const path = join(corpus, name);
    const bytes = readFileSync(path);
    const p: number[] = [];
    const f: number[] = [];
    const r: number[] = [];
    const base: number[] = [];
    for (let k = 0; k <= runs; k++) {
      let t = performance.now();
      const doc = await parseDocument(path, bytes);
      const tp = performance.now() - t;
      t = performance.now();
      const facts = computeFacts(doc, { sections: DEFAULT_SECTIONS });
      const tf = performance.now() - t;
      t = performance.now();
      runRules(doc, facts, rules, 'id', doc.sourceLines);
      const tr = performance.now() - t;
      let tb = NaN;
      if (name.endsWith('.docx')) tb = await time(() => mammoth.convertToHtml({ buffer: bytes }));
      if (name.endsWith('.pdf')) tb = await time(() => pdfjsBare(bytes));
      if (k === 0) continue; // warm-up
      p.push(tp);
      f.push(tf);
      r.push(tr);
      base.push(tb);
    }
    const total = median(p) + median(f) + median(r);
    const b = median(base);
    const share = (median(f) + median(r)) / total;
    let baseText = Number.isNaN(b) ? '-' : ms(b);
    if (name.endsWith('.pdf') && hasPdftotext) {
      const tt = median([0, 1, 2].map(() => { const t = performance.now(); spawnSync('pdftotext', ['-layout', path, '-']); return performance.now() - t; }));
      baseText += ` (pdftotext ${ms(tt)})`;
    }
    console.log(`| ${name} | ${ms(median(p))} | ${ms(median(f))} | ${ms(median(r))} | ${ms(total)} | ${baseText} | ${Number.isNaN(b) ? '-' : ratio(total / b)} | ${(share * 100).toFixed(0)}% |`);
    if (!Number.isNaN(b)) checks.push({ what: `${name}: full lint ≤ 1.5× ${name.endsWith('.docx') ? "mammoth's bare conversion" : "pdf.js's bare text extraction"} (${ratio(total / b)})`, ok: total <= 1.5 * b });
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

function batch() {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-bench-'));
  const files = readdirSync(corpus).filter((f) => /\.(txt|docx|pdf)$/.test(f));
  for (let k = 0; k < 40; k++) {
    const f = files[k % files.length]!;
    copyFileSync(join(corpus, f), join(dir, `${String(k).padStart(2, '0')}-${f}`));
  }
  const t = (jobs: number) => {
    const a = performance.now();
    spawnSync(process.execPath, [cli, dir, '--format', 'json', '--jobs', String(jobs)], { maxBuffer: 1 << 28 });
    return performance.now() - a;
  };
  const one = t(1);
  const two = t(2);
  console.log(`\n## A folder of 40 reports\n\n--jobs 1: ${ms(one)}; --jobs 2: ${ms(two)}; speed-up ${ratio(one / two)}`);
  return [{ what: `40 reports: --jobs 2 ≥ 1.7× faster than --jobs 1 (${ratio(one / two)})`, ok: one / two >= 1.7 }];
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

async function main() {
  console.log(`# lkjip-lint bench (${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores)`);
  const checks = [...(await perFile()), ...startup(), ...batch(), ...(await bigPdf())];
  console.log('\n## Targets\n');
  for (const c of checks) console.log(`- ${verdict(c.ok)} ${c.what}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
