/**
 * Is this text an LKjIP at all? Every report, of every unit and template, has at least one of
 * these marks: its chapters (`BAB I` … `BAB IV`), its title (`Laporan Kinerja`, `LKjIP`, `LKIP`,
 * `LAKIP`, `LAKIN`, `Laporan Akuntabilitas Kinerja`), or its measurements (`capaian`, `target`,
 * `realisasi`, in a table or in the text). A text with none of them (a letter, a README, minutes,
 * a price list) is not linted rule by rule, which would list dozens of missing chapters: it gets
 * one finding that says it does not look like an LKjIP (the engine stops there).
 */
import type { Block, Finding, LKjIPDocument } from './model.js';
import type { Lang, Text } from './rule.js';
import { both } from './messages.js';

export interface ReportMarks {
  /** A chapter heading line: `BAB I`, `BAB 3`. */
  chapters: boolean;
  /** The report's kind named: `Laporan Kinerja`, `LKjIP`, `LAKIP` … */
  title: boolean;
  /** Its measurements: `capaian`, `target`, `realisasi`. */
  measures: boolean;
}

const CHAPTER = /(?:^|\n)[ \t>#*|-]*BAB[ \t]+(?:[IVX]{1,5}|\d{1,2})\b/i;
const TITLE = /\b(?:laporan\s+(?:akuntabilitas\s+)?kinerja|LKj?IP|LAKIP|LAKIN|SAKIP)\b/i;
const MEASURES = /\b(?:capaian|realisasi|target)\b/i;

function textsOf(b: Block): string[] {
  return b.rows?.length ? [b.text, ...b.rows.flatMap((r) => r.cells)] : [b.text];
}

/** Which of an LKjIP's marks the document has. */
export function reportMarks(doc: LKjIPDocument): ReportMarks {
  const marks: ReportMarks = { chapters: false, title: false, measures: false };
  for (const b of doc.blocks) {
    for (const text of textsOf(b)) {
      if (!marks.chapters && CHAPTER.test(text)) marks.chapters = true;
      if (!marks.title && TITLE.test(text)) marks.title = true;
      if (!marks.measures && MEASURES.test(text)) marks.measures = true;
    }
    if (marks.chapters && marks.title && marks.measures) break;
  }
  return marks;
}

export const looksLikeReport = (m: ReportMarks) => m.chapters || m.title || m.measures;

/** The finding's rule id (not a rule of rules/: it is the engine's own check, run first). */
export const NOT_A_REPORT = 'not-a-report';

export const NOT_A_REPORT_DESCRIPTION: Text = both('report.notLkjipRule');

const MESSAGE: Text = both('report.notLkjip');

/** The one finding for a text that is not a report, at its first line. */
export function notAReport(doc: LKjIPDocument, lang: Lang): Finding {
  const first = doc.blocks.find((b) => b.text.trim() !== '');
  const location: Finding['location'] = {};
  if (first?.source.page !== undefined) location.page = first.source.page;
  if (first?.source.paragraph !== undefined) location.paragraph = first.source.paragraph;
  if (first?.source.line !== undefined) location.line = first.source.line;
  else if (location.page === undefined && location.paragraph === undefined) location.line = 1;
  const excerpt = (first?.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return { ruleId: NOT_A_REPORT, severity: 'error', message: MESSAGE[lang], location, excerpt };
}
