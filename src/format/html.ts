/**
 * The HTML view of lint results: one renderer, two doors. `lkjip-lint --format html` writes
 * `renderDocument()` (a self-contained, printable page with no external assets), and the web page
 * loads this same module in the browser and shows `renderResults()` for the uploaded reports.
 *
 * Report text is untrusted: every string from a report (file names, messages, excerpts) goes
 * through `esc()`; nothing is inserted as markup. No Node imports: the browser loads this file.
 */
import type { FileResult, Finding, Severity } from '../model.js';
import type { Lang } from '../rule.js';
import { formatLocation } from './location.js';
import { t } from '../messages.js';
import { groups } from '../messages.js';

/** A file's name without the folders above it (`/home/reviewer/unggahan/laporan.pdf` → `laporan.pdf`). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/**
 * A path as the page shows it: an absolute one only by its name, so a page sent back to the satker
 * carries no folder of the reviewer's machine; a relative one as given.
 */
export function shownPath(path: string): string {
  return /^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(path) ? baseName(path) : path;
}

export const UI = groups('html');

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function count(findings: Finding[], sev: Severity): number {
  return findings.filter((f) => f.severity === sev).length;
}

function renderFinding(f: Finding, lang: Lang, index: number): string {
  const w = UI[lang];
  const loc = formatLocation(f.location, lang);
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`<dt>${w.expected}</dt><dd class="expected">${esc(f.expected)}</dd>`);
  if (f.actual !== undefined) values.push(`<dt>${w.actual}</dt><dd class="actual">${esc(f.actual)}</dd>`);
  const where = [f.location.table !== undefined ? `T${f.location.table}${f.location.row !== undefined ? ` r${f.location.row}` : ''}${f.location.cell !== undefined ? ` c${f.location.cell}` : ''}` : ''].filter(Boolean).join(' ');
  return (
    `<li class="finding sev-${f.severity}" data-index="${index}" data-rule="${esc(f.ruleId)}" data-severity="${f.severity}" data-location="${esc(loc)}">` +
    `<div class="head"><span class="loc" title="${w.where}">${esc(loc)}</span>${where && !loc.includes('T') ? ` <span class="cell">${esc(where)}</span>` : ''}` +
    ` <span class="sev">${w[f.severity]}</span> <code class="rule">${esc(f.ruleId)}</code></div>` +
    `<p class="msg">${esc(f.message)}</p>` +
    (values.length ? `<dl class="values">${values.join('')}</dl>` : '') +
    (f.excerpt ? `<blockquote class="excerpt">${esc(f.excerpt)}</blockquote>` : '') +
    `</li>`
  );
}

/** The rest of a group after its first finding: one line with the count and the places, each finding inside. */
function renderSameCause(findings: readonly Finding[], same: number[], lang: Lang): string {
  const rest = same.slice(1);
  const places = rest.map((m) => formatLocation(findings[m]!.location, lang));
  const shown = places.length > 12 ? [...places.slice(0, 12), '…'] : places;
  return (
    `<li class="same-cause" data-group="${esc(findings[same[0]!]!.group ?? '')}" title="${esc(t(lang, 'group.count', { n: same.length }))}"><details>` +
    `<summary>${esc(t(lang, 'group.more', { n: rest.length }))} <span class="places">${esc(shown.join(', '))}</span></summary>` +
    `<ol class="findings">${rest.map((m) => renderFinding(findings[m]!, lang, m)).join('')}</ol></details></li>`
  );
}

function renderOne(r: FileResult, k: number, lang: Lang): string {
  const w = UI[lang];
  const id = `report-${k + 1}`;
  if (r.error) {
    return `<section class="report unreadable" id="${id}" data-file="${esc(shownPath(r.path))}"><header><h2>${esc(shownPath(r.path))}</h2></header><p class="error-card" role="alert"><strong>${w.unreadable}:</strong> ${esc(r.error)}</p></section>`;
  }
  const meta = [
    `${w.office}: ${r.report.office !== null ? esc(r.report.office) : `<em>${w.unknown}</em>`}`,
    `${w.year}: ${r.report.year !== null ? String(r.report.year) : `<em>${w.unknown}</em>`}`,
    `${w.format}: ${esc(r.format ?? '')}`,
  ].join(' · ');
  const counts = SEVERITIES.filter((s) => s !== 'info' || count(r.findings, s) > 0)
    .map((s) => `<label class="count count-${s}"><input type="checkbox" data-filter-severity="${s}" checked> <span class="n">${count(r.findings, s)}</span> ${w[s]}</label>`)
    .join(' ');
  const rules = [...new Set(r.findings.map((f) => f.ruleId))].sort();
  const ruleSelect = `<label class="rule-filter">${w.rule}: <select data-filter-rule><option value="">${w.allRules}</option>${rules
    .map((id) => `<option value="${esc(id)}">${esc(id)} (${r.findings.filter((f) => f.ruleId === id).length})</option>`)
    .join('')}</select></label>`;
  // Findings grouped by section, in the report's order; the findings of one cause (src/group.ts)
  // under the first of them, folded: its count and places, the rest opened on a click.
  const members = new Map<string, number[]>();
  r.findings.forEach((f, k) => {
    if (f.group) members.set(f.group, [...(members.get(f.group) ?? []), k]);
  });
  const sections = new Map<string, string[]>();
  r.findings.forEach((f, k) => {
    const same = f.group ? members.get(f.group) : undefined;
    if (same && same[0] !== k) return;
    const key = f.location.section ?? '';
    const list = sections.get(key) ?? [];
    list.push(renderFinding(f, lang, k) + (same && same.length > 1 ? renderSameCause(r.findings, same, lang) : ''));
    sections.set(key, list);
  });
  const body = r.findings.length
    ? [...sections]
        .map(([section, list]) => `<section class="group"><h3>${section ? esc(section) : `<em>${w.noSection}</em>`}</h3><ol class="findings">${list.join('')}</ol></section>`)
        .join('')
    : `<p class="clean">${w.clean}</p>`;
  const notices = r.notices?.length ? `<details class="notices"><summary>${w.notices} (${r.notices.length})</summary><ul>${r.notices.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></details>` : '';
  return (
    `<section class="report" id="${id}" data-file="${esc(shownPath(r.path))}">` +
    `<header><h2>${esc(shownPath(r.path))}</h2><p class="meta">${meta}</p><div class="actions" data-actions></div>` +
    `<div class="filters">${counts}${r.findings.length ? ` ${ruleSelect}` : ''}</div></header>` +
    notices +
    body +
    `</section>`
  );
}

function renderOverview(results: FileResult[], lang: Lang): string {
  const w = UI[lang];
  const rows = results.map((r, k) => {
    const top = (() => {
      const m = new Map<string, number>();
      for (const f of r.findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([id, n]) => `${id} (${n})`).join(', ');
    })();
    return (
      `<tr class="${r.error ? 'unreadable' : ''}"><td><a href="#report-${k + 1}">${esc(shownPath(r.path))}</a></td>` +
      `<td>${esc(r.report.office ?? '')}</td><td>${r.report.year ?? ''}</td><td>${esc(r.format ?? '')}</td>` +
      `<td class="num">${r.error ? '' : count(r.findings, 'error')}</td><td class="num">${r.error ? '' : count(r.findings, 'warning')}</td>` +
      `<td>${r.error ? `<span class="error-text">${w.unreadable}: ${esc(r.error)}</span>` : esc(top)}</td></tr>`
    );
  });
  return (
    `<section class="overview"><h2>${w.overview}</h2><table><thead><tr><th>${w.file}</th><th>${w.office}</th><th>${w.year}</th><th>${w.format}</th>` +
    `<th>${w.errors}</th><th>${w.warnings}</th><th>${w.topRules}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

/** The results as an HTML fragment: an overview table when there are several reports, then each report. */
export function renderResults(results: FileResult[], lang: Lang): string {
  return (results.length > 1 ? renderOverview(results, lang) : '') + results.map((r, k) => renderOne(r, k, lang)).join('');
}

/**
 * Wire the filters of every report under `root`: severity checkboxes and the rule menu hide
 * findings, and a section whose findings are all hidden. Self-contained (it is also inlined into
 * the downloaded HTML report as a script).
 */
export function attachFilters(root: ParentNode): void {
  for (const report of Array.from(root.querySelectorAll<HTMLElement>('section.report'))) {
    const apply = () => {
      const off = new Set(Array.from(report.querySelectorAll<HTMLInputElement>('input[data-filter-severity]')).filter((i) => !i.checked).map((i) => i.dataset.filterSeverity));
      const rule = report.querySelector<HTMLSelectElement>('select[data-filter-rule]')?.value ?? '';
      for (const group of Array.from(report.querySelectorAll<HTMLElement>('section.group'))) {
        let shown = 0;
        for (const li of Array.from(group.querySelectorAll<HTMLElement>('li.finding'))) {
          const hide = off.has(li.dataset.severity) || (rule !== '' && li.dataset.rule !== rule);
          li.hidden = hide;
          if (!hide) shown++;
        }
        group.hidden = shown === 0;
        for (const more of Array.from(group.querySelectorAll<HTMLElement>('li.same-cause'))) more.hidden = more.querySelectorAll('li.finding:not([hidden])').length === 0;
      }
    };
    for (const input of Array.from(report.querySelectorAll<HTMLElement>('input[data-filter-severity], select[data-filter-rule]'))) input.addEventListener('change', apply);
  }
}

export const CSS = `
:root{--err:#b42318;--warn:#a15c07;--info:#175cd3;--line:#d0d5dd;--muted:#475467;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#101828;background:#fff}
body{margin:0 auto;max-width:1100px;padding:1rem 1.5rem;line-height:1.45}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:0 0 .25rem;word-break:break-all}h3{font-size:1rem;margin:1rem 0 .4rem;color:var(--muted)}
.report{border:1px solid var(--line);border-radius:8px;padding:1rem;margin:1rem 0;break-inside:auto}
.report.unreadable{border-color:var(--err);background:#fef3f2}
.error-card{color:var(--err);margin:.25rem 0}
.meta{color:var(--muted);margin:.1rem 0 .5rem}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;font-size:.9rem}
.count{font-weight:600}.count-error{color:var(--err)}.count-warning{color:var(--warn)}.count-info{color:var(--info)}
ol.findings{list-style:none;padding:0;margin:0}
li.finding{border-left:4px solid var(--line);padding:.4rem .75rem;margin:.5rem 0;background:#f9fafb}
li.sev-error{border-left-color:var(--err)}li.sev-warning{border-left-color:var(--warn)}li.sev-info{border-left-color:var(--info)}
.head{font-size:.85rem;color:var(--muted);display:flex;gap:.6rem;align-items:baseline}
.loc{font-family:ui-monospace,monospace;font-weight:600;color:#101828}
.sev{text-transform:uppercase;font-weight:700;font-size:.75rem}.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}
.rule{font-size:.8rem}
.msg{margin:.25rem 0}
dl.values{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0;font-size:.9rem}
dl.values dt{color:var(--muted)}dl.values dd{margin:0;font-family:ui-monospace,monospace}
.excerpt{margin:.25rem 0;padding:.3rem .6rem;border-left:2px solid var(--line);color:var(--muted);font-size:.85rem;white-space:pre-wrap;overflow-wrap:anywhere}
.clean{color:#067647;font-weight:600}
li.same-cause{margin:-.35rem 0 .5rem;padding:.2rem .75rem;font-size:.85rem;color:var(--muted)}
li.same-cause summary{cursor:pointer}li.same-cause .places{font-family:ui-monospace,monospace}
li.same-cause ol.findings{margin-top:.25rem}
.overview table{border-collapse:collapse;width:100%;font-size:.9rem}
.overview th,.overview td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.overview td.num{text-align:right}.overview tr.unreadable td{background:#fef3f2}.error-text{color:var(--err)}
.notices{font-size:.85rem;color:var(--muted);margin:.25rem 0}
footer{color:var(--muted);font-size:.8rem;margin-top:2rem}
@media print{.filters select,.filters input,.actions{display:none}li.finding{break-inside:avoid}.report{border:none;padding:0}}
`;

export interface DocumentOptions {
  version?: string;
  /** When the results were made (ISO string); the current time when absent. */
  date?: string;
}

/** A whole HTML page: the results, their styles and the filter script inline; no external assets. */
export function renderDocument(results: FileResult[], lang: Lang, options: DocumentOptions = {}): string {
  const w = UI[lang];
  const title = results.length === 1 ? `${w.title}: ${baseName(results[0]!.path)}` : w.title;
  const date = options.date ?? new Date().toISOString();
  return (
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="generator" content="lkjip-lint${options.version ? ` ${esc(options.version)}` : ''}"><title>${esc(title)}</title><style>${CSS}</style></head>` +
    `<body><h1>${esc(title)}</h1><main id="results">${renderResults(results, lang)}</main>` +
    `<footer>${w.generated} lkjip-lint${options.version ? ` ${esc(options.version)}` : ''}, ${esc(date.slice(0, 16).replace('T', ' '))} UTC</footer>` +
    `<script>(${attachFilters.toString()})(document);</script></body></html>\n`
  );
}
