/**
 * Runs the resolved rules over a document and its facts, turning each rule report into a
 * Finding with a location (line/column, page, section, table/row/cell), an excerpt and the
 * message in the chosen language.
 */
import type { Block, Finding, LKjIPDocument } from './model.js';
import type { Facts } from './facts/index.js';
import type { ResolvedRule } from './config.js';
import type { Lang, Report } from './rule.js';
import { looksLikeReport, notAReport, reportMarks } from './report-marks.js';

/** The sentence around `offset` in a block's text (a whole short block when it is short). */
export function sentenceAt(text: string, offset: number, length = 0): string {
  const flat = text;
  if (flat.length <= 220) return flat.replace(/\s+/g, ' ').trim();
  const boundary = /[.!?](?=\s+[A-Z0-9"“(])|\n\n/g;
  let start = 0;
  let end = flat.length;
  for (const m of flat.matchAll(boundary)) {
    const at = m.index! + 1;
    // The dot of a list marker (`b. Meningkatkan`, `2.1. Visi`) at a line's start ends no sentence.
    if (/^[ \t]*\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})$/.test(flat.slice(flat.lastIndexOf('\n', at - 2) + 1, at - 1))) continue;
    if (at <= offset) start = at;
    else if (at >= offset + length) {
      end = at;
      break;
    }
  }
  let s = flat.slice(start, end).replace(/\s+/g, ' ').trim();
  if (s.length > 320) {
    const rel = Math.max(0, offset - start - 140);
    s = (rel > 0 ? '…' : '') + flat.slice(start + rel, start + rel + 300).replace(/\s+/g, ' ').trim() + '…';
  }
  return s;
}

function rowExcerpt(block: Block, row: number): string {
  const cells = block.rows?.[row]?.cells ?? [];
  return cells.map((c) => c.trim()).filter((c, i, all) => c !== '' || i < all.length - 1).join(' | ').replace(/(\s\|\s)+$/, '');
}

/**
 * The rules' findings, in document order. A whole file that has none of an LKjIP's marks gets one
 * finding that says so instead (src/report-marks.ts); `fragment` (a snippet of a report, as in the
 * rule examples) skips that check.
 */
export function runRules(doc: LKjIPDocument, facts: Facts, rules: ResolvedRule[], lang: Lang, sourceLines?: string[], opts: { fragment?: boolean } = {}): Finding[] {
  if (!opts.fragment && !looksLikeReport(reportMarks(doc))) return [notAReport(doc, lang)];
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    const report = (r: Report) => findings.push(toFinding(doc, facts, rule.id, r.severity ?? severity, r, lang, sourceLines));
    rule.check({ doc, facts, options, report });
  }
  return dedupe(findings).sort(
    (a, b) => (a.location.page ?? 0) - (b.location.page ?? 0) || (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0),
  );
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.location.line}|${f.location.paragraph}|${f.location.column}|${f.location.row}|${f.location.cell}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** 1-based column of a table cell in the raw tab-separated line. */
function cellColumn(raw: string, cell: number, text: string): number | undefined {
  const parts = raw.split('\t');
  if (cell >= parts.length) return undefined;
  let col = 0;
  for (let k = 0; k < cell; k++) col += parts[k]!.length + 1;
  const inner = text.trim() ? parts[cell]!.indexOf(text.trim().slice(0, 12)) : 0;
  return col + Math.max(0, inner) + 1;
}

function toFinding(doc: LKjIPDocument, facts: Facts, ruleId: string, severity: Finding['severity'], r: Report, lang: Lang, sourceLines?: string[]): Finding {
  const b = r.block;
  const location: Finding['location'] = {};
  const section = facts.sections.pathOf[b.index];
  if (section) location.section = section;
  if (b.source.page !== undefined) location.page = b.source.page;
  if (b.source.paragraph !== undefined) location.paragraph = b.source.paragraph;
  let excerpt: string;
  if (b.kind === 'table' && r.row !== undefined) {
    const row = b.rows?.[r.row];
    location.table = facts.tableNumber.get(b.index);
    location.row = r.row + 1;
    if (r.cell !== undefined) location.cell = r.cell + 1;
    if (row?.source.line !== undefined) {
      location.line = row.source.line;
      if (row.source.endLine && row.source.endLine !== row.source.line) location.endLine = row.source.endLine;
    }
    if (row?.source.page !== undefined) location.page = row.source.page;
    excerpt = rowExcerpt(b, r.row);
    const raw = location.line !== undefined ? sourceLines?.[location.line - 1] : undefined;
    if (raw !== undefined && r.cell !== undefined) location.column = cellColumn(raw, r.cell, row?.cells[r.cell] ?? '');
  } else {
    const offset = r.offset ?? 0;
    if (b.source.line !== undefined) {
      const line = b.source.line + (b.text.slice(0, offset).match(/\n/g)?.length ?? 0);
      location.line = line;
      if (b.source.endLine !== undefined && r.offset === undefined && b.source.endLine !== b.source.line) location.endLine = b.source.endLine;
      const raw = sourceLines?.[line - 1];
      if (raw && r.offset !== undefined) {
        const lineStart = b.text.lastIndexOf('\n', offset - 1) + 1;
        const needle = b.text.slice(offset, offset + Math.max(1, Math.min(r.length ?? 8, 24))).split('\n')[0]!;
        // Markup was stripped from the block text, so the raw column is at or after the stripped one.
        let col = needle ? raw.indexOf(needle, offset - lineStart) : -1;
        if (col < 0 && needle) col = raw.indexOf(needle);
        if (col >= 0) location.column = col + 1;
      }
    }
    excerpt = sentenceAt(b.text, offset, r.length ?? 0);
  }
  const scanned = b.source.ocr === true || (r.row !== undefined && b.rows?.[r.row]?.source.ocr === true);
  if (scanned) location.ocr = true;
  const lastLine = r.through?.source.endLine ?? r.through?.source.line;
  if (lastLine !== undefined && location.line !== undefined && lastLine > location.line) location.endLine = lastLine;
  return {
    ruleId,
    // A figure read by OCR may hold a misread digit: that alone is no error.
    severity: scanned && severity === 'error' && misreadExplains(r.expected, r.actual) ? 'warning' : severity,
    message: scanned ? `${r.message[lang]} (${lang === 'id' ? 'hasil OCR' : 'read by OCR'})` : r.message[lang],
    location,
    excerpt: r.excerpt ?? excerpt,
    ...(r.expected !== undefined ? { expected: r.expected } : {}),
    ...(r.actual !== undefined ? { actual: r.actual } : {}),
    ...(r.fix ? { fix: r.fix } : {}),
  };
}

/** The digits of a figure (its separators dropped), as OCR would have read them. */
const digitsOf = (s: string) => (s.match(/\d[\d.,]*/)?.[0] ?? '').replace(/[.,]/g, '');

/**
 * Whether one misread digit would explain why a figure read by OCR differs from the expected one:
 * one digit read as another, one dropped or added, or a separator lost (`971` for `97,1`).
 * A finding without two figures (a leftover, a missing part) is not about digits at all.
 */
export function misreadExplains(expected: string | undefined, actual: string | undefined): boolean {
  if (!expected || !actual) return false;
  const a = digitsOf(expected);
  const b = digitsOf(actual);
  if (!a || !b) return false;
  if (a === b) return true;
  if (a.length === b.length) return [...a].filter((c, k) => c !== b[k]).length <= 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}
