/**
 * The reviewer's page: a drop zone, the upload list with each file's progress, the results
 * (rendered in the browser by the same module as `--format html`) and the downloads.
 * No inline script or style: the Content-Security-Policy allows only this server's files.
 */
import { CSS } from '../format/html.js';
import { esc } from '../format/html.js';
import { VERSION } from '../version.js';
import { t as msg } from '../messages.js';

/** The page's words, from the message catalogue (src/messages.ts, `page.*`). */
const PAGE_KEYS = ['title', 'intro', 'drop', 'pick', 'limits', 'uploads', 'results', 'downloadJson', 'downloadHtml', 'clear', 'search', 'rule', 'allRules', 'error', 'warning', 'info', 'showAccepted', 'expandAll', 'collapseAll', 'reason', 'downloadAccepted', 'uploadAccepted', 'clearAccepted', 'file', 'unit', 'year', 'errors', 'warnings', 'accepted', 'state', 'other', 'otherLang'] as const;

export function pageText(lang: 'id' | 'en'): Record<(typeof PAGE_KEYS)[number], string> {
  return Object.fromEntries(PAGE_KEYS.map((k) => [k, msg(lang, `page.${k}`)])) as Record<(typeof PAGE_KEYS)[number], string>;
}

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
.season-tools{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0;font-size:.9rem}
#search{font:inherit;padding:.3rem .5rem;min-width:16rem}
#overview th[data-sort]{cursor:pointer;user-select:none}
#overview th[aria-sort=ascending]::after{content:" \\25B2"}#overview th[aria-sort=descending]::after{content:" \\25BC"}
button.link{border:0;background:none;padding:0;color:var(--info);text-decoration:underline;text-align:left}
.season-report{border:1px solid var(--line);border-radius:8px;margin:.5rem 0}
.season-report>.toggle{display:block;width:100%;text-align:left;border:0;border-radius:8px;background:#f9fafb}
.season-report>.toggle::before{content:"\\25B8 "}.season-report.open>.toggle::before{content:"\\25BE "}
.season-body{padding:0 .75rem}
.gone{display:none!important}
li.finding.accepted{opacity:.55}
button.accept{font-size:.75rem;padding:.05rem .45rem}
#upload-accepted{position:absolute;left:-9999px}
.season-report .revision-pick{font-size:.8rem;margin:.2rem .75rem;display:inline-block}
.season-report .revision-file{position:absolute;left:-9999px}
.season-report.over{outline:2px dashed var(--info);background:#eff8ff}
.season-report .revision{margin:.2rem .75rem;font-size:.85rem;color:var(--muted)}
.comparison h3{margin:.6rem 0 .2rem}.comparison ol{margin:0;padding-left:1.2rem;font-size:.85rem}
.comparison .fixed h3{color:#067647}.comparison .added h3{color:var(--err)}
#zip-status{align-self:center;font-size:.85rem;color:var(--muted)}
`;

export function pageHtml(lang: 'id' | 'en', limits: { maxFileMb: number; maxFiles: number }): string {
  const t = pageText(lang);
  return `<!doctype html>
<html lang="${lang}" data-lang="${lang}" data-max-file-mb="${limits.maxFileMb}" data-max-files="${limits.maxFiles}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(t.title)}</title><link rel="stylesheet" href="/assets/style.css">
<script src="/assets/jszip.min.js" defer></script>
<script type="module" src="/assets/web/app.js"></script></head>
<body>
<div class="topbar"><h1>${esc(t.title)}</h1><a class="lang" href="/?lang=${t.otherLang}" hreflang="${t.otherLang}">${esc(t.other)}</a></div>
<p class="intro">${esc(t.intro)}</p>
<div id="drop"><p>${esc(t.drop)} <label class="pick" for="file">${esc(t.pick)}</label></p>
<input id="file" type="file" multiple accept=".docx,.pdf,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain">
<p class="limits">${esc(t.limits.replace('{mb}', String(limits.maxFileMb)).replace('{n}', String(limits.maxFiles)))}</p></div>
<section id="upload-section" hidden><h2>${esc(t.uploads)}</h2><ul id="uploads"></ul></section>
<section id="result-section" hidden>
<div class="toolbar"><button id="download-json" type="button">${esc(t.downloadJson)}</button><button id="download-html" type="button">${esc(t.downloadHtml)}</button><button id="download-zip" type="button">${esc(msg(lang, 'web.downloadZip'))}</button><button id="clear" type="button">${esc(t.clear)}</button><span id="zip-status" role="status"></span></div>
<div class="season-tools"><input id="search" type="search" placeholder="${esc(t.search)}" aria-label="${esc(t.search)}">
<label>${esc(t.rule)}: <select id="filter-rule"><option value="">${esc(t.allRules)}</option></select></label>
${(['error', 'warning', 'info'] as const).map((sev) => `<label><input type="checkbox" data-global-severity="${sev}" checked> ${esc(t[sev])}</label>`).join('')}
<label><input id="show-accepted" type="checkbox"> ${esc(t.showAccepted)}</label>
<button id="expand-all" type="button">${esc(t.expandAll)}</button><button id="collapse-all" type="button">${esc(t.collapseAll)}</button></div>
<div class="season-tools"><label>${esc(t.reason)}: <input id="accept-reason" type="text" maxlength="300"></label>
<button id="download-accepted" type="button">${esc(t.downloadAccepted)}</button><label class="pick" for="upload-accepted">${esc(t.uploadAccepted)}</label><input id="upload-accepted" type="file" accept=".json,application/json">
<button id="clear-accepted" type="button">${esc(t.clearAccepted)}</button><span id="accepted-status" role="status"></span></div>
<section class="overview"><table id="overview"><thead><tr><th data-sort="file">${esc(t.file)}</th><th data-sort="unit">${esc(t.unit)}</th><th data-sort="year">${esc(t.year)}</th><th data-sort="errors">${esc(t.errors)}</th><th data-sort="warnings">${esc(t.warnings)}</th><th data-sort="accepted">${esc(t.accepted)}</th><th data-sort="state">${esc(t.state)}</th></tr></thead><tbody id="overview-body"></tbody></table></section>
<div id="results" aria-live="polite"></div>
</section>
<footer>lkjip-lint ${esc(VERSION)} · <a href="/openapi.json">API</a></footer>
</body></html>
`;
}
