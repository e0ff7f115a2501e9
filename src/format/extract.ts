/**
 * `lkjip-lint extract`: what the parser saw — detected year and office, the section tree, every
 * table with its kind and column roles, every formula as written and as computed.
 */
import { reportIdentity } from '../facts/report.js';
import type { LKjIPDocument } from '../model.js';
import type { Facts } from '../facts/index.js';
import { evaluate } from '../formula.js';

export function extractData(doc: LKjIPDocument, facts: Facts) {
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
    notices: doc.notices,
  };
}

export function extractMarkdown(data: ReturnType<typeof extractData>): string {
  const where = (l: { line?: number; page?: number; paragraph?: number }) => (l.line ? `line ${l.line}` : l.page ? `page ${l.page}` : l.paragraph !== undefined ? `paragraph ${l.paragraph}` : '');
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [`# ${data.path} (${data.format})`, ''];
  const { unit, period, profile } = data.report;
  out.push(
    `- year: **${data.report.year ?? '?'}** (${data.report.yearSource})${period && period.kind !== 'annual' ? `, ${period.kind} ${period.part ?? '?'} (${period.evidence})` : ''}${period?.coverYear ? `; the cover says ${period.coverYear}` : ''}`,
    `- office: **${data.report.office ?? '?'}** (${data.report.officeSource})`,
    `- unit: ${unit ? `${unit.kind ?? '?'}; region ${unit.region ?? '?'}${unit.regionEvidence ? ` (${unit.regionEvidence})` : ''}; parent ${unit.parent ?? '?'}${unit.parentEvidence ? ` (${unit.parentEvidence})` : ''}${unit.acronym ? `; ${unit.acronym}` : ''}` : '?'}`,
    `- profile: **${profile.id}** (${profile.evidence})`,
    `- province: ${data.report.province ?? '?'}`,
    '',
  );
  out.push('## Sections', '');
  for (const s of data.sections) out.push(`- ${s.title}: "${s.heading}" (${where(s.location)})`);
  for (const m of data.missingSections) out.push(`- ${m}: **not found**`);
  out.push('', '## Tables', '');
  for (const t of data.tables) {
    out.push(`### Table ${t.table} (${where(t.location)}): ${t.kind}`, '', `columns: ${t.columns.map((c) => `${c.role}${c.group ? `@${c.group}` : ''}`).join(', ')}; header rows: ${t.headerRows}`, '');
    const width = Math.max(1, ...t.rows.map((r) => r.length));
    t.rows.forEach((r, i) => {
      out.push(`| ${Array.from({ length: width }, (_, k) => esc(r[k] ?? '')).join(' | ')} |`);
      if (i === 0) out.push(`|${' --- |'.repeat(width)}`);
    });
    out.push('');
  }
  out.push('## Formulas', '');
  for (const f of data.formulas) out.push(`- ${where(f.location)}: \`${esc(f.written)}\` → ${f.variable ?? '?'} = ${f.steps.map((s) => (s === null ? '(words)' : String(s))).join(' = ')}${f.emptyFraction ? ' (empty fraction)' : ''}`);
  return out.join('\n') + '\n';
}
