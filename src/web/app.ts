/**
 * The web page's script (runs in the browser). Each dropped file is posted to /api/lint on its
 * own, so each shows its own progress and one bad file never spoils the rest; the results are
 * rendered with the same module as `lkjip-lint --format html`.
 */
import { attachFilters, renderDocument, renderResults } from '../format/html.js';
import type { FileResult } from '../model.js';

type Lang = 'id' | 'en';

const STATE = {
  id: { busy: 'server sibuk, dicoba lagi dalam {s} detik', waiting: 'menunggu', uploading: 'mengunggah', checking: 'memeriksa…', done: 'selesai', failed: 'gagal', tooLarge: 'lebih dari {mb} MB, tidak diunggah', network: 'koneksi ke server terputus', downloadHtml: 'Unduh HTML', downloadJson: 'Unduh JSON', annotated: 'Unduh laporan beranotasi', annotating: 'menyiapkan…', findings: '{e} galat, {w} peringatan' },
  en: { busy: 'server busy, retrying in {s} s', waiting: 'waiting', uploading: 'uploading', checking: 'checking…', done: 'done', failed: 'failed', tooLarge: 'over {mb} MB, not uploaded', network: 'the connection to the server was lost', downloadHtml: 'Download HTML', downloadJson: 'Download JSON', annotated: 'Download annotated report', annotating: 'preparing…', findings: '{e} errors, {w} warnings' },
};

const root = document.documentElement;
const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'id';
const s = STATE[lang];
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
  file: File;
  row: HTMLLIElement;
  progress: HTMLProgressElement;
  state: HTMLSpanElement;
  result?: FileResult;
}

const entries: Entry[] = [];
const queue: Entry[] = [];
let running = 0;

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

function render(): void {
  const doneEntries = entries.filter((e) => e.result);
  const done = doneEntries.map((e) => e.result!);
  $('result-section').hidden = done.length === 0;
  const container = $('results');
  // The renderer escapes every string that comes from a report.
  container.innerHTML = renderResults(done, lang);
  attachFilters(container);
  container.querySelectorAll<HTMLElement>('section.report').forEach((section, k) => {
    const r = done[k];
    const actions = section.querySelector<HTMLElement>('[data-actions]');
    if (!r || !actions) return;
    const html = document.createElement('button');
    html.type = 'button';
    html.textContent = s.downloadHtml;
    html.addEventListener('click', () => download(`${baseName(r.path)}.lkjip-lint.html`, 'text/html', renderDocument([r], lang)));
    const json = document.createElement('button');
    json.type = 'button';
    json.textContent = s.downloadJson;
    json.addEventListener('click', () => download(`${baseName(r.path)}.lkjip-lint.json`, 'application/json', JSON.stringify({ files: [r] }, null, 2)));
    actions.append(html, json);
    const entry = doneEntries[k];
    if (entry && (r.format === 'docx' || r.format === 'pdf')) {
      // Word comments or PDF notes on the report itself, made by the server from the same file.
      const ann = document.createElement('button');
      ann.type = 'button';
      ann.textContent = s.annotated;
      ann.dataset.annotate = '';
      ann.addEventListener('click', async () => {
        ann.disabled = true;
        ann.textContent = s.annotating;
        try {
          let res = await fetch(`/api/annotate?lang=${lang}&name=${encodeURIComponent(entry.file.name)}`, { method: 'POST', body: entry.file });
          for (let attempt = 0; res.status === 503 && attempt < RETRIES; attempt++) {
            await sleep(retryAfter(res.headers.get('Retry-After')));
            res = await fetch(`/api/annotate?lang=${lang}&name=${encodeURIComponent(entry.file.name)}`, { method: 'POST', body: entry.file });
          }
          if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`);
          download(`${baseName(r.path)}.lkjip-lint.${r.format}`, res.headers.get('content-type') ?? '', await res.blob());
          ann.textContent = s.annotated;
        } catch (e) {
          ann.textContent = `${s.failed}: ${(e as Error).message}`;
        } finally {
          ann.disabled = false;
        }
      });
      actions.append(ann);
    }
  });
}

function setState(e: Entry, text: string, cls = ''): void {
  e.state.textContent = text;
  e.state.className = `state ${cls}`;
}

function errorResult(e: Entry, message: string): FileResult {
  return { path: e.file.name, format: null, report: { year: null, office: null, yearSource: '', officeSource: '' }, findings: [], error: message };
}

function finish(e: Entry, result: FileResult): void {
  e.result = result;
  e.progress.value = 1;
  if (result.error) {
    setState(e, `${s.failed}: ${result.error}`, 'failed');
    e.state.title = result.error;
  }
  else {
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    setState(e, `${s.done}: ${s.findings.replace('{e}', String(errors)).replace('{w}', String(warnings))}`, 'done');
  }
  render();
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
    else if (answer.status === 200 && answer.body?.files?.[0]) finish(e, { ...answer.body.files[0], path: e.file.name });
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
    form.append('file', e.file, e.file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/lint?lang=${lang}`);
    xhr.responseType = 'json';
    setState(e, s.uploading);
    xhr.upload.addEventListener('progress', (ev) => {
      if (ev.lengthComputable) e.progress.value = (ev.loaded / ev.total) * 0.5;
    });
    xhr.upload.addEventListener('load', () => {
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

function add(files: FileList | File[]): void {
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
    const e: Entry = { file, row, progress, state };
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
$('download-html').addEventListener('click', () => download('lkjip-lint.html', 'text/html', renderDocument(results(), lang)));
$('clear').addEventListener('click', () => {
  entries.length = 0;
  queue.length = 0;
  $('uploads').replaceChildren();
  $('upload-section').hidden = true;
  render();
});
