/**
 * The web page's script (runs in the browser). Each dropped file is posted to /api/lint on its
 * own, so each shows its own progress and one bad file never spoils the rest; the results are
 * rendered with the same module as `lkjip-lint --format html`.
 */
import { attachFilters, renderDocument, renderResults } from '../format/html.js';
import type { Finding, FileResult } from '../model.js';
import { acceptedFile, parseAccepted, type Accepted } from './accepted.js';

/** The linter's own fingerprint (src/fingerprint.ts, set by the server; the CLI's --baseline reads the same). */
const fingerprint = (f: Finding): string => f.fingerprint ?? '';
import { clearReports, loadAccepted, loadReports, saveAccepted, saveReport } from './store.js';
import { compareResults } from '../compare-match.js';
import { formatLocation } from '../format/location.js';
import { t } from '../messages.js';

/** JSZip's browser build (/assets/jszip.min.js, loaded by the page). */
declare const JSZip: new () => { file(name: string, data: Blob | string): void; generateAsync(o: { type: 'blob' }): Promise<Blob> };

type Lang = 'id' | 'en';

/** The page's words, from the message catalogue (src/messages.ts, `web.*`). */
const STATE_KEYS = ['busy', 'waiting', 'uploading', 'checking', 'done', 'failed', 'tooLarge', 'network', 'downloadHtml', 'downloadJson', 'annotated', 'annotating', 'findings', 'unreadable', 'stateErrors', 'stateWarnings', 'stateOk', 'allRules', 'accept', 'unaccept', 'badAccepted'] as const;

const root = document.documentElement;
const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'id';
const s = Object.fromEntries(STATE_KEYS.map((k) => [k, t(lang, `web.${k}`)])) as Record<(typeof STATE_KEYS)[number], string>;
const maxFileMb = Number(root.dataset.maxFileMb ?? '50');
const CONCURRENCY = 3;
/** A busy server (503) is asked again after the Retry-After it gives, this many times at most. */
const RETRIES = 6;

/** Seconds to wait before asking again, from Retry-After (seconds or a date), within 1–60 s. */
function retryAfter(header: string | null): number {
  const n = header === null ? NaN : /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(n) ? Math.min(60, Math.max(1, Math.ceil(n))) : 5;
}

const sleep = (seconds: number) => new Promise<void>((done) => setTimeout(done, seconds * 1000));

interface Entry {
  id: number;
  name: string;
  file?: Blob;
  row?: HTMLLIElement;
  progress?: HTMLProgressElement;
  state?: HTMLSpanElement;
  result?: FileResult;
  /** The report's collapsible card; its body is rendered only when first opened. */
  item?: HTMLElement;
  /** The id of the earlier version this one is a revision of. */
  revisionOf?: number;
}

const entries: Entry[] = [];
const queue: Entry[] = [];
let running = 0;
/** Ids in upload order, also across reloads (records are sorted by them). */
let nextId = Date.now() * 1000;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function download(name: string, type: string, body: string | Blob): void {
  const url = URL.createObjectURL(typeof body === 'string' ? new Blob([body], { type }) : body);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const baseName = (path: string) => path.replace(/\.[^.]+$/, '') || 'laporan';

function results(): FileResult[] {
  return entries.flatMap((e) => (e.result ? [e.result] : []));
}

// ---- accepted findings (fingerprint + reason), kept in IndexedDB ----
let accepted = new Map<string, Accepted>();
const isAccepted = (f: Finding) => f.fingerprint !== undefined && accepted.has(f.fingerprint);

function persistAccepted(): void {
  void saveAccepted([...accepted.values()]);
  refresh();
}

// ---- the overview: sortable, searchable ----
type SortKey = 'file' | 'unit' | 'year' | 'errors' | 'warnings' | 'accepted' | 'state';
let sort: { key: SortKey | null; dir: 1 | -1 } = { key: null, dir: 1 };

interface Row {
  e: Entry;
  file: string;
  unit: string;
  year: number | null;
  errors: number;
  warnings: number;
  accepted: number;
  state: string;
}

function rowOf(e: Entry): Row {
  const r = e.result!;
  const open = r.findings.filter((f) => !isAccepted(f));
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.filter((f) => f.severity === 'warning').length;
  return {
    e,
    file: r.path,
    unit: r.report.office ?? '',
    year: r.report.year,
    errors: r.error ? -1 : errors,
    warnings: r.error ? -1 : warnings,
    accepted: r.findings.length - open.length,
    state: r.error ? s.unreadable : errors ? s.stateErrors : warnings ? s.stateWarnings : s.stateOk,
  };
}

function compare(a: Row, b: Row, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (typeof x === 'number' || typeof y === 'number' || x === null || y === null) return (Number(x ?? -1) - Number(y ?? -1)) || 0;
  return x.localeCompare(y, lang);
}

const norm = (t: string) => t.normalize('NFKC').toLowerCase();

function cell(text: string, cls = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
}

function renderOverview(): void {
  let rows = entries.filter((e) => e.result).map(rowOf);
  if (sort.key) {
    const key = sort.key;
    rows = rows.map((r, k) => ({ r, k })).sort((a, b) => compare(a.r, b.r, key) * sort.dir || a.k - b.k).map((x) => x.r);
  }
  const q = norm($<HTMLInputElement>('search').value.trim());
  const body = $('overview-body');
  const trs: HTMLTableRowElement[] = [];
  for (const row of rows) {
    const match = q === '' || norm(`${row.file} ${row.unit} ${row.year ?? ''}`).includes(q);
    const tr = document.createElement('tr');
    tr.dataset.file = row.file;
    if (row.e.result!.error) tr.className = 'unreadable';
    const first = document.createElement('td');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'link';
    open.textContent = row.file;
    open.addEventListener('click', () => {
      toggle(row.e, true);
      row.e.item!.scrollIntoView();
    });
    first.append(open);
    tr.append(first, cell(row.unit), cell(row.year === null ? '' : String(row.year), 'num'), cell(row.errors < 0 ? '' : String(row.errors), 'num errors'), cell(row.warnings < 0 ? '' : String(row.warnings), 'num warnings'), cell(String(row.accepted), 'num'), cell(row.state, 'state'));
    tr.hidden = !match;
    trs.push(tr);
    // The report cards follow the overview's order and search.
    if (row.e.item) {
      row.e.item.hidden = !match;
      $('results').append(row.e.item);
    }
  }
  body.replaceChildren(...trs);
  for (const th of Array.from(document.querySelectorAll<HTMLElement>('#overview th[data-sort]'))) {
    th.setAttribute('aria-sort', th.dataset.sort === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none');
  }
}

// ---- filters across reports ----
function globalFilters(): { rule: string; off: Set<string>; showAccepted: boolean } {
  const off = new Set(Array.from(document.querySelectorAll<HTMLInputElement>('input[data-global-severity]')).filter((i) => !i.checked).map((i) => i.dataset.globalSeverity!));
  return { rule: $<HTMLSelectElement>('filter-rule').value, off, showAccepted: $<HTMLInputElement>('show-accepted').checked };
}

function renderRuleMenu(): void {
  const menu = $<HTMLSelectElement>('filter-rule');
  const current = menu.value;
  const counts = new Map<string, number>();
  for (const r of results()) for (const f of r.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const all = document.createElement('option');
  all.value = '';
  all.textContent = s.allRules;
  const options = [all, ...[...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([id, n]) => {
    const o = document.createElement('option');
    o.value = id;
    o.textContent = `${id} (${n})`;
    return o;
  })];
  menu.replaceChildren(...options);
  menu.value = counts.has(current) ? current : '';
}

/** The finding an `li.finding` of the renderer shows (its `data-index` in the report's findings). */
const findingOf = (r: FileResult, li: HTMLElement): Finding | undefined => r.findings[Number(li.dataset.index)];

function applyFilters(e: Entry): void {
  const body = e.item?.querySelector<HTMLElement>('.season-body');
  if (!body || !e.result || body.hidden) return;
  const g = globalFilters();
  const r = e.result;
  body.querySelectorAll<HTMLElement>('li.finding').forEach((li) => {
    const f = findingOf(r, li);
    if (!f) return;
    const acc = isAccepted(f);
    li.classList.toggle('accepted', acc);
    const btn = li.querySelector<HTMLButtonElement>('button[data-accept]');
    if (btn) btn.textContent = acc ? s.unaccept : s.accept;
    li.classList.toggle('gone', g.off.has(f.severity) || (g.rule !== '' && f.ruleId !== g.rule) || (acc && !g.showAccepted));
  });
  body.querySelectorAll<HTMLElement>('li.same-cause').forEach((more) => {
    more.classList.toggle('gone', more.querySelectorAll('li.finding:not(.gone)').length === 0);
  });
  body.querySelectorAll<HTMLElement>('section.group').forEach((group) => {
    group.classList.toggle('gone', group.querySelectorAll('li.finding:not(.gone)').length === 0);
  });
}

// ---- report cards, collapsed until opened ----
function summaryText(r: FileResult): string {
  if (r.error) return `${r.path} — ${s.unreadable}`;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  return `${r.path} — ${[r.report.office, r.report.year].filter((x) => x !== null && x !== '').join(' · ')} — ${s.findings.replace('{e}', String(errors)).replace('{w}', String(warnings))}`;
}

function makeItem(e: Entry): HTMLElement {
  const item = document.createElement('div');
  item.className = 'season-report';
  item.dataset.file = e.result!.path;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'toggle';
  button.setAttribute('aria-expanded', 'false');
  button.textContent = summaryText(e.result!);
  button.addEventListener('click', () => toggle(e));
  const body = document.createElement('div');
  body.className = 'season-body';
  body.hidden = true;
  item.append(button);
  const line = revisionLine(e);
  if (line) item.append(line);
  if (!e.result!.error) {
    // Its revision: chosen here, or dropped on the card; compared finding by finding (fingerprints).
    const pick = document.createElement('label');
    pick.className = 'pick revision-pick';
    pick.title = t(lang, 'web.revisionHint');
    pick.append(t(lang, 'web.revision'));
    const input = document.createElement('input');
    input.type = 'file';
    input.className = 'revision-file';
    input.accept = '.docx,.pdf,.txt,.md';
    input.addEventListener('change', () => {
      if (input.files?.length) add([input.files[0]!], e.id);
      input.value = '';
    });
    pick.append(input);
    item.append(pick);
    item.addEventListener('dragover', (ev) => {
      ev.preventDefault();
      item.classList.add('over');
    });
    item.addEventListener('dragleave', () => item.classList.remove('over'));
    item.addEventListener('drop', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      item.classList.remove('over');
      const f = ev.dataTransfer?.files[0];
      if (f) add([f], e.id);
    });
  }
  item.append(body);
  return item;
}

/** The earlier version of a revision, when it is still in the page. */
const earlierOf = (e: Entry): Entry | undefined => (e.revisionOf === undefined ? undefined : entries.find((x) => x.id === e.revisionOf && x.result));

/** A revision's line on its card: what it fixed, kept and newly has, against its earlier version. */
function revisionLine(e: Entry): HTMLElement | null {
  const earlier = earlierOf(e);
  if (!earlier) return null;
  const p = document.createElement('p');
  p.className = 'revision';
  p.dataset.revisionOf = earlier.result!.path;
  if (e.result!.error || earlier.result!.error) {
    p.textContent = t(lang, 'web.revisionWaiting', { name: earlier.result!.path });
    return p;
  }
  const c = compareResults(earlier.result!, e.result!);
  p.dataset.fixed = String(c.fixed.length);
  p.dataset.kept = String(c.kept.length);
  p.dataset.added = String(c.added.length);
  p.textContent = t(lang, 'web.revisionOf', { name: earlier.result!.path, counts: t(lang, 'compare.counts', { fixed: c.fixed.length, kept: c.kept.length, added: c.added.length }) });
  return p;
}

/** A revision's comparison in its opened card: the findings fixed, still there and new. */
function comparisonSection(e: Entry): HTMLElement | null {
  const earlier = earlierOf(e);
  if (!earlier || e.result!.error || earlier.result!.error) return null;
  const c = compareResults(earlier.result!, e.result!);
  const section = document.createElement('section');
  section.className = 'comparison';
  for (const [cls, key, list] of [['fixed', 'compare.fixed', c.fixed], ['kept', 'compare.kept', c.kept], ['added', 'compare.added', c.added]] as const) {
    const part = document.createElement('div');
    part.className = cls;
    const h = document.createElement('h3');
    const word = t(lang, key);
    h.textContent = `${word.charAt(0).toUpperCase()}${word.slice(1)} (${list.length})`;
    const ol = document.createElement('ol');
    for (const f of list) {
      const li = document.createElement('li');
      li.dataset.fingerprint = f.fingerprint ?? '';
      li.textContent = `${formatLocation(f.location, lang)}  ${f.message}  (${f.ruleId})`;
      ol.append(li);
    }
    part.append(h, ol);
    section.append(part);
  }
  return section;
}

function toggle(e: Entry, open?: boolean): void {
  const item = e.item;
  if (!item) return;
  const body = item.querySelector<HTMLElement>('.season-body')!;
  const show = open ?? body.hidden;
  if (show && !body.dataset.rendered) fillBody(e, body);
  body.hidden = !show;
  item.querySelector('.toggle')!.setAttribute('aria-expanded', String(show));
  item.classList.toggle('open', show);
  if (show) applyFilters(e);
}

function fillBody(e: Entry, body: HTMLElement): void {
  const r = e.result!;
  // The renderer escapes every string that comes from a report.
  body.innerHTML = renderResults([r], lang);
  body.dataset.rendered = '1';
  const comparison = comparisonSection(e);
  if (comparison) body.prepend(comparison);
  attachFilters(body);
  const actions = body.querySelector<HTMLElement>('[data-actions]');
  body.querySelectorAll<HTMLElement>('li.finding').forEach((li) => {
    const f = findingOf(r, li);
    if (!f?.fingerprint) return;
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.accept = fingerprint(f);
    b.className = 'accept';
    b.textContent = s.accept;
    b.addEventListener('click', () => {
      const fp = fingerprint(f);
      if (accepted.has(fp)) accepted.delete(fp);
      else accepted.set(fp, { fingerprint: fp, reason: $<HTMLInputElement>('accept-reason').value.trim(), ruleId: f.ruleId });
      persistAccepted();
    });
    li.querySelector('.head')?.append(' ', b);
  });
  if (!actions) return;
  const html = document.createElement('button');
  html.type = 'button';
  html.textContent = s.downloadHtml;
  html.addEventListener('click', () => download(`${baseName(r.path)}.lkjip-lint.html`, 'text/html', renderDocument([r], lang)));
  const json = document.createElement('button');
  json.type = 'button';
  json.textContent = s.downloadJson;
  json.addEventListener('click', () => download(`${baseName(r.path)}.lkjip-lint.json`, 'application/json', JSON.stringify({ files: [r] }, null, 2)));
  actions.append(html, json);
  const file = e.file;
  if (file && (r.format === 'docx' || r.format === 'pdf')) {
    // Word comments or PDF notes on the report itself, made by the server from the same file.
    const ann = document.createElement('button');
    ann.type = 'button';
    ann.textContent = s.annotated;
    ann.dataset.annotate = '';
    ann.addEventListener('click', async () => {
      ann.disabled = true;
      ann.textContent = s.annotating;
      try {
        download(`${baseName(r.path)}.lkjip-lint.${r.format}`, r.format === 'pdf' ? 'application/pdf' : DOCX_TYPE, await annotated(e));
        ann.textContent = s.annotated;
      } catch (err) {
        ann.textContent = `${s.failed}: ${(err as Error).message}`;
      } finally {
        ann.disabled = false;
      }
    });
    actions.append(ann);
  }
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The report's annotated copy, made by the server from the same file, with the page's accepted
 * findings left out (sent beside it as the `accepted` part); a busy server is asked again.
 */
async function annotated(e: Entry): Promise<Blob> {
  const target = `/api/annotate?lang=${lang}`;
  const send = () => {
    const form = new FormData();
    form.append('file', e.file!, e.name);
    if (accepted.size) form.append('accepted', new Blob([JSON.stringify(acceptedFile([...accepted.values()]))], { type: 'application/json' }), 'accepted.json');
    return fetch(target, { method: 'POST', body: form });
  };
  let res = await send();
  for (let attempt = 0; res.status === 503 && attempt < RETRIES; attempt++) {
    await sleep(retryAfter(res.headers.get('Retry-After')));
    res = await send();
  }
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`);
  return res.blob();
}

/** Every Word and PDF report's annotated copy in one ZIP; the ones that failed are listed in it. */
async function downloadZip(): Promise<void> {
  const status = $('zip-status');
  const button = $<HTMLButtonElement>('download-zip');
  const list = entries.filter((e) => e.file && e.result && !e.result.error && (e.result.format === 'docx' || e.result.format === 'pdf'));
  if (list.length === 0) {
    status.textContent = t(lang, 'web.zipNone');
    return;
  }
  button.disabled = true;
  const zip = new JSZip();
  const names = new Set<string>();
  const failed: string[] = [];
  let done = 0;
  try {
    for (const e of list) {
      status.textContent = t(lang, 'web.zipProgress', { done: done + 1, total: list.length });
      let name = `${baseName(e.name)}.lkjip-lint.${e.result!.format}`;
      for (let k = 2; names.has(name); k++) name = `${baseName(e.name)}-${k}.lkjip-lint.${e.result!.format}`;
      names.add(name);
      try {
        zip.file(name, await annotated(e));
      } catch (err) {
        failed.push(`${e.name}: ${(err as Error).message}`);
      }
      done++;
    }
    const report = t(lang, 'web.zipReport');
    if (failed.length) zip.file(report, failed.join('\n') + '\n');
    download(t(lang, 'web.zipName'), 'application/zip', await zip.generateAsync({ type: 'blob' }));
    status.textContent = [t(lang, 'web.zipDone', { n: list.length - failed.length }), ...(failed.length ? [t(lang, 'web.zipFailed', { n: failed.length, file: report })] : [])].join('; ');
  } finally {
    button.disabled = false;
  }
}

let scheduled = false;
/** Overview, rule menu and open reports' filters, at most once a frame. */
function refresh(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    render();
  });
}

function render(): void {
  const done = entries.filter((e) => e.result);
  $('result-section').hidden = done.length === 0;
  for (const e of done) e.item ??= makeItem(e);
  renderRuleMenu();
  renderOverview();
  for (const e of done) applyFilters(e);
}

function setState(e: Entry, text: string, cls = ''): void {
  if (!e.state) return;
  e.state.textContent = text;
  e.state.className = `state ${cls}`;
}

function errorResult(e: Entry, message: string): FileResult {
  return { path: e.name, format: null, report: { year: null, office: null, yearSource: '', officeSource: '' }, findings: [], error: message };
}

function finish(e: Entry, result: FileResult): void {
  e.result = result;
  if (e.progress) e.progress.value = 1;
  void saveReport({ id: e.id, name: e.name, result, ...(e.file ? { file: e.file } : {}), ...(e.revisionOf !== undefined ? { revisionOf: e.revisionOf } : {}) });
  if (result.error) {
    setState(e, `${s.failed}: ${result.error}`, 'failed');
    if (e.state) e.state.title = result.error;
  }
  else {
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    setState(e, `${s.done}: ${s.findings.replace('{e}', String(errors)).replace('{w}', String(warnings))}`, 'done');
  }
  refresh();
}

/** Post one file; on 503 wait the Retry-After the server gives and post it again. */
async function upload(e: Entry): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const answer = await post(e);
    if (answer.status === 503 && attempt < RETRIES) {
      const wait = retryAfter(answer.retryAfter);
      setState(e, s.busy.replace('{s}', String(wait)));
      await sleep(wait);
      continue;
    }
    if (answer.status === 0) finish(e, errorResult(e, s.network));
    else if (answer.status === 200 && answer.body?.files?.[0]) finish(e, { ...answer.body.files[0], path: e.name });
    else finish(e, errorResult(e, answer.body?.error ?? `HTTP ${answer.status}`));
    return;
  }
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { files?: FileResult[]; error?: string } | null;
}

function post(e: Entry): Promise<Answer> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append('file', e.file!, e.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/lint?lang=${lang}`);
    xhr.responseType = 'json';
    setState(e, s.uploading);
    xhr.upload.addEventListener('progress', (ev) => {
      if (ev.lengthComputable && e.progress) e.progress.value = (ev.loaded / ev.total) * 0.5;
    });
    xhr.upload.addEventListener('load', () => {
      if (!e.progress) return;
      e.progress.value = 0.5;
      e.progress.removeAttribute('value'); // indeterminate while the server lints
      setState(e, s.checking);
    });
    xhr.addEventListener('load', () => resolve({ status: xhr.status, retryAfter: xhr.getResponseHeader('Retry-After'), body: xhr.response as Answer['body'] }));
    xhr.addEventListener('error', () => resolve({ status: 0, retryAfter: null, body: null }));
    xhr.send(form);
  });
}

function pump(): void {
  while (running < CONCURRENCY && queue.length) {
    const e = queue.shift()!;
    running++;
    void upload(e).finally(() => {
      running--;
      pump();
    });
  }
}

function add(files: FileList | File[], revisionOf?: number): void {
  $('upload-section').hidden = false;
  for (const file of Array.from(files)) {
    const row = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = file.name;
    name.title = file.name;
    const progress = document.createElement('progress');
    progress.max = 1;
    progress.value = 0;
    const state = document.createElement('span');
    row.append(name, progress, state);
    $('uploads').append(row);
    const e: Entry = { id: nextId++, name: file.name, file, row, progress, state, ...(revisionOf !== undefined ? { revisionOf } : {}) };
    entries.push(e);
    if (file.size > maxFileMb * 1024 * 1024) {
      finish(e, errorResult(e, s.tooLarge.replace('{mb}', String(maxFileMb))));
      continue;
    }
    setState(e, s.waiting);
    queue.push(e);
  }
  pump();
}

const drop = $('drop');
const input = $<HTMLInputElement>('file');
input.addEventListener('change', () => {
  if (input.files?.length) add(input.files);
  input.value = '';
});
drop.addEventListener('dragover', (ev) => {
  ev.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (ev) => {
  ev.preventDefault();
  drop.classList.remove('over');
  if (ev.dataTransfer?.files.length) add(ev.dataTransfer.files);
});
$('download-json').addEventListener('click', () => download('lkjip-lint.json', 'application/json', JSON.stringify({ files: results() }, null, 2)));
$('download-zip').addEventListener('click', () => void downloadZip());
$('download-html').addEventListener('click', () => download('lkjip-lint.html', 'text/html', renderDocument(results(), lang)));
$('clear').addEventListener('click', () => {
  entries.length = 0;
  queue.length = 0;
  $('uploads').replaceChildren();
  $('results').replaceChildren();
  $('upload-section').hidden = true;
  void clearReports();
  render();
});
$('search').addEventListener('input', refresh);
for (const el of Array.from(document.querySelectorAll<HTMLElement>('#filter-rule, input[data-global-severity], #show-accepted'))) el.addEventListener('change', refresh);
for (const th of Array.from(document.querySelectorAll<HTMLElement>('#overview th[data-sort]'))) {
  th.addEventListener('click', () => {
    const key = th.dataset.sort as SortKey;
    // Numbers sort largest first on the first click, text A to Z.
    const first: 1 | -1 = key === 'errors' || key === 'warnings' || key === 'accepted' || key === 'year' ? -1 : 1;
    sort = sort.key === key ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: first };
    refresh();
  });
}
$('expand-all').addEventListener('click', () => {
  for (const e of entries) if (e.item && !e.item.hidden) toggle(e, true);
});
$('collapse-all').addEventListener('click', () => {
  for (const e of entries) toggle(e, false);
});
$('download-accepted').addEventListener('click', () => download('lkjip-lint-accepted.json', 'application/json', JSON.stringify(acceptedFile([...accepted.values()]), null, 2)));
$('clear-accepted').addEventListener('click', () => {
  accepted = new Map();
  persistAccepted();
});
const acceptedInput = $<HTMLInputElement>('upload-accepted');
acceptedInput.addEventListener('change', async () => {
  const file = acceptedInput.files?.[0];
  acceptedInput.value = '';
  if (!file) return;
  try {
    for (const a of parseAccepted(await file.text())) accepted.set(a.fingerprint, a);
    $('accepted-status').textContent = '';
    persistAccepted();
  } catch {
    $('accepted-status').textContent = `${file.name}: ${s.badAccepted}`;
  }
});

// The season so far, from the browser's storage: results and accepted findings survive a reload.
void (async () => {
  accepted = new Map((await loadAccepted()).map((a) => [a.fingerprint, a]));
  const saved = await loadReports();
  // Restored reports come first, in their upload order, before anything dropped meanwhile.
  entries.splice(0, 0, ...saved.map((r) => ({ id: r.id, name: r.name, result: r.result, ...(r.file ? { file: r.file } : {}), ...(r.revisionOf !== undefined ? { revisionOf: r.revisionOf } : {}) })));
  document.documentElement.dataset.restored = String(saved.length);
  render();
})();
