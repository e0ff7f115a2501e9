/**
 * How a finding's place is written for people: `12:5` (text line:column), `p3:14` (PDF page and
 * line on the page), `hal. 2 ¶40 T3r5` (Word page as Word last laid it out, paragraph from 1, table and row; `p. 2` in English). Used by the terminal,
 * the HTML report and the web page; no Node imports, so the browser loads it too.
 */
import type { FindingLocation } from '../model.js';
import { t } from '../messages.js';

export function formatLocation(l: FindingLocation, lang: 'id' | 'en' = 'id'): string {
  // PDF: page and the line on it; text: line and column.
  if (l.line !== undefined && l.page !== undefined) return `p${l.page}:${l.line}`;
  if (l.line !== undefined) return `${l.line}:${l.column ?? 1}`;
  // Word: page (as Word last laid it out) and paragraph, then table / row.
  const parts: string[] = [];
  if (l.page !== undefined) parts.push(`${t(lang, 'loc.page')} ${l.page}`);
  if (l.paragraph !== undefined) parts.push(`¶${l.paragraph}`);
  if (l.table !== undefined) parts.push(`T${l.table}${l.row !== undefined ? `r${l.row}` : ''}`);
  return parts.length ? parts.join(' ') : '-';
}
