/**
 * The reviewer's page: a drop zone, the upload list with each file's progress, the results
 * (rendered in the browser by the same module as `--format html`) and the downloads.
 * No inline script or style: the Content-Security-Policy allows only this server's files.
 */
import { CSS } from '../format/html.js';
import { esc } from '../format/html.js';
import { VERSION } from '../version.js';

export const PAGE_TEXT = {
  id: {
    title: 'Pemeriksa LKjIP',
    intro: 'Unggah Laporan Kinerja (LKjIP) dalam bentuk .docx, .pdf atau .txt. Setiap angka dihitung ulang, sisa templat dan ketidakkonsistenan ditandai, lengkap dengan lokasi dan nilai yang benar.',
    drop: 'Tarik berkas ke sini, atau',
    pick: 'pilih berkas',
    limits: 'Maksimal {mb} MB per berkas, {n} berkas sekaligus. Berkas tidak disimpan.',
    uploads: 'Berkas yang diunggah',
    results: 'Hasil',
    downloadJson: 'Unduh JSON',
    downloadHtml: 'Unduh laporan HTML',
    clear: 'Bersihkan',
    other: 'English',
    otherLang: 'en',
  },
  en: {
    title: 'LKjIP checker',
    intro: 'Upload performance reports (LKjIP) as .docx, .pdf or .txt. Every number is recomputed; template leftovers and inconsistencies are flagged with their place and the right value.',
    drop: 'Drop files here, or',
    pick: 'choose files',
    limits: 'At most {mb} MB per file, {n} files at once. Files are not stored.',
    uploads: 'Uploaded files',
    results: 'Results',
    downloadJson: 'Download JSON',
    downloadHtml: 'Download HTML report',
    clear: 'Clear',
    other: 'Bahasa Indonesia',
    otherLang: 'id',
  },
} as const;

export const PAGE_CSS =
  CSS +
  `
.topbar{display:flex;justify-content:space-between;align-items:baseline;gap:1rem}
.lang{font-size:.9rem}
.intro{color:var(--muted);max-width:60rem}
#drop{border:2px dashed var(--line);border-radius:10px;padding:2rem;text-align:center;margin:1rem 0;background:#fcfcfd}
#drop.over{border-color:var(--info);background:#eff8ff}
#drop .limits{color:var(--muted);font-size:.85rem;margin:.5rem 0 0}
.pick{color:var(--info);text-decoration:underline;cursor:pointer}
#file{position:absolute;left:-9999px}
#uploads{list-style:none;padding:0;margin:0}
#uploads li{display:grid;grid-template-columns:minmax(8rem,1fr) 10rem 22rem;gap:.75rem;align-items:center;padding:.25rem 0;border-bottom:1px solid #f2f4f7;font-size:.9rem}
#uploads .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#uploads progress{width:100%}
#uploads .state.done{color:#067647}#uploads .state.failed{color:var(--err);font-size:.8rem;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.toolbar{display:flex;gap:.5rem;margin:1rem 0}
button{font:inherit;padding:.35rem .8rem;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer}
button:disabled{opacity:.5;cursor:default}
.actions button{font-size:.8rem;padding:.2rem .6rem;margin:.2rem .4rem .4rem 0}
`;

export function pageHtml(lang: 'id' | 'en', limits: { maxFileMb: number; maxFiles: number }): string {
  const t = PAGE_TEXT[lang];
  return `<!doctype html>
<html lang="${lang}" data-lang="${lang}" data-max-file-mb="${limits.maxFileMb}" data-max-files="${limits.maxFiles}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(t.title)}</title><link rel="stylesheet" href="/assets/style.css">
<script type="module" src="/assets/web/app.js"></script></head>
<body>
<div class="topbar"><h1>${esc(t.title)}</h1><a class="lang" href="/?lang=${t.otherLang}" hreflang="${t.otherLang}">${esc(t.other)}</a></div>
<p class="intro">${esc(t.intro)}</p>
<div id="drop"><p>${esc(t.drop)} <label class="pick" for="file">${esc(t.pick)}</label></p>
<input id="file" type="file" multiple accept=".docx,.pdf,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain">
<p class="limits">${esc(t.limits.replace('{mb}', String(limits.maxFileMb)).replace('{n}', String(limits.maxFiles)))}</p></div>
<section id="upload-section" hidden><h2>${esc(t.uploads)}</h2><ul id="uploads"></ul></section>
<section id="result-section" hidden>
<div class="toolbar"><button id="download-json" type="button">${esc(t.downloadJson)}</button><button id="download-html" type="button">${esc(t.downloadHtml)}</button><button id="clear" type="button">${esc(t.clear)}</button></div>
<div id="results" aria-live="polite"></div>
</section>
<footer>lkjip-lint ${esc(VERSION)} · <a href="/openapi.json">API</a></footer>
</body></html>
`;
}
