/**
 * `lkjip-lint extract`: what the parser saw — detected year and office, the section tree, every
 * table with its kind and column roles, every formula as written and as computed.
 */
import { reportIdentity } from '../facts/report.js';
import type { LKjIPDocument } from '../model.js';
import type { Facts } from '../facts/index.js';
import { evaluate } from '../formula.js';
import { t } from '../messages.js';
import type { Lang } from '../rule.js';

export function extractData(doc: LKjIPDocument, facts: Facts, lang: Lang) {
  const loc = (b: { source: { line?: number; page?: number; paragraph?: number } }) => b.source;
  return {
    path: doc.path,
    format: doc.format,
    report: {
      year: facts.identity.year,
      yearSource: facts.identity.yearSource,
      office: facts.identity.office?.name ?? facts.identity.unit?.name ?? null,
      officeSource: facts.identity.officeSource,
      province: facts.identity.province,
      ...reportIdentity(facts),
    },
    sections: facts.sections.parts.map((p) => ({ id: p.part.id, title: p.part.title, heading: p.heading, location: loc(p.block) })),
    missingSections: facts.sections.configuredParts.filter((c) => !facts.sections.parts.some((p) => p.part.id === c.id)).map((c) => c.title),
    headings: doc.blocks.filter((b) => b.kind === 'heading').map((b) => ({ text: b.text.replace(/\s+/g, ' '), level: b.level, location: loc(b), section: facts.sections.pathOf[b.index] })),
    tables: facts.tables.map((t) => ({
      table: facts.tableNumber.get(t.block.index),
      location: loc(t.block),
      kind: t.kind,
      headerRows: t.headerRows,
      columns: t.columns,
      section: facts.sections.pathOf[t.block.index],
      rows: (t.block.rows ?? []).map((r) => r.cells),
    })),
    formulas: doc.blocks
      .filter((b) => b.kind === 'formula' && b.formula)
      .map((b) => ({
        location: loc(b),
        written: b.formula!.written,
        notation: b.formula!.notation,
        variable: b.formula!.variable ?? null,
        steps: b.formula!.steps.map((s) => (s ? Number(evaluate(s).toFixed(6)) : null)),
        emptyFraction: b.formula!.emptyFraction,
      })),
    notices: doc.notices.map((n) => n[lang]),
  };
}

/** The extracted data as markdown, its own words in `lang` (the report's text as it is). */
export function extractMarkdown(data: ReturnType<typeof extractData>, lang: Lang): string {
  const m = (key: Parameters<typeof t>[1], vars: Record<string, string | number> = {}) => t(lang, key, vars);
  const where = (l: { line?: number; page?: number; paragraph?: number }) => (l.line ? m('ev.line', { n: l.line }) : l.page ? m('ev.page', { n: l.page }) : l.paragraph !== undefined ? m('ev.paragraph', { n: l.paragraph }) : '');
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [`# ${data.path} (${data.format})`, ''];
  const { unit, period, profile } = data.report;
  out.push(
    `- ${m('extract.year')}: **${data.report.year ?? '?'}** (${data.report.yearSource})${period && period.kind !== 'annual' ? `, ${period.kind} ${period.part ?? '?'} (${period.evidence})` : ''}${period?.coverYear ? `; ${m('extract.coverSays', { year: period.coverYear })}` : ''}`,
    `- ${m('extract.office')}: **${data.report.office ?? '?'}** (${data.report.officeSource})`,
    `- ${m('extract.unit')}: ${unit ? `${unit.kind ?? '?'}; ${m('extract.region')} ${unit.region ?? '?'}${unit.regionEvidence ? ` (${unit.regionEvidence})` : ''}; ${m('extract.parent')} ${unit.parent ?? '?'}${unit.parentEvidence ? ` (${unit.parentEvidence})` : ''}${unit.acronym ? `; ${unit.acronym}` : ''}` : '?'}`,
    `- ${m('extract.profile')}: **${profile.id}** (${profile.evidence})`,
    `- ${m('extract.province')}: ${data.report.province ?? '?'}`,
    '',
  );
  out.push(`## ${m('extract.sections')}`, '');
  for (const s of data.sections) out.push(`- ${s.title}: "${s.heading}" (${where(s.location)})`);
  for (const x of data.missingSections) out.push(`- ${x}: **${m('extract.notFound')}**`);
  out.push('', `## ${m('extract.tables')}`, '');
  for (const tb of data.tables) {
    out.push(`### ${m('extract.table', { n: tb.table ?? '?' })} (${where(tb.location)}): ${tb.kind}`, '', `${m('extract.columns')}: ${tb.columns.map((c) => `${c.role}${c.group ? `@${c.group}` : ''}`).join(', ')}; ${m('extract.headerRows')}: ${tb.headerRows}`, '');
    const width = Math.max(1, ...tb.rows.map((r) => r.length));
    tb.rows.forEach((r, i) => {
      out.push(`| ${Array.from({ length: width }, (_, k) => esc(r[k] ?? '')).join(' | ')} |`);
      if (i === 0) out.push(`|${' --- |'.repeat(width)}`);
    });
    out.push('');
  }
  out.push(`## ${m('extract.formulas')}`, '');
  for (const f of data.formulas) out.push(`- ${where(f.location)}: \`${esc(f.written)}\` → ${f.variable ?? '?'} = ${f.steps.map((s) => (s === null ? m('extract.words') : String(s))).join(' = ')}${f.emptyFraction ? ` ${m('extract.emptyFraction')}` : ''}`);
  return out.join('\n') + '\n';
}
