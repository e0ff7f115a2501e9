/**
 * A copy of a clean zoo report with one known defect of every category the rules cover, and the
 * truth in the shape of the corpus gold (`findings`: category, line of the .txt, quote, expected,
 * found). The defects are made in the report model, so the .txt, .docx and .pdf copies carry the
 * same ones; lines are those of the defect copy's .txt.
 */
import { fmt, pct, type Block, type Report } from './model.js';
import type { UnitSpec } from './unit.js';
import { writeTxt } from './write-txt.js';

export interface GoldFinding {
  id: string;
  category: string;
  line: number | null;
  quote: string;
  expected: string;
  found: string;
  explanation: string;
  confidence: 'certain';
  /** A missing part: the finding must name it (it has no line to be at). */
  part?: string;
}

export interface Truth {
  report: string;
  unit: string;
  report_year: number;
  findings: GoldFinding[];
}

type Table = Extract<Block, { kind: 'table' }>;
type Para = Extract<Block, { kind: 'para' }>;

interface Made {
  category: string;
  block: Block | null;
  quote: string;
  expected: string;
  found: string;
  explanation: string;
  part?: string;
}

function clone(report: Report): Report {
  return { ...report, name: `${report.name}-defects`, blocks: structuredClone(report.blocks) };
}

function headingIndex(blocks: Block[], re: RegExp, from = 0): number {
  const i = blocks.findIndex((b, k) => k >= from && b.kind === 'heading' && re.test(b.text.replace('\n', ' ')));
  if (i < 0) throw new Error(`zoo defects: no heading ${re}`);
  return i;
}

function find<T extends Block>(blocks: Block[], what: string, test: (b: Block) => b is T, from = 0): T {
  const b = blocks.slice(from).find(test);
  if (!b) throw new Error(`zoo defects: no ${what}`);
  return b;
}

const isTable = (caption: RegExp) => (b: Block): b is Table => b.kind === 'table' && caption.test(b.caption ?? '');
const isPara = (re: RegExp) => (b: Block): b is Para => b.kind === 'para' && re.test(b.text);

/** Replace the first `from` in a paragraph; the text must contain it. */
function replaceIn(p: Para, from: string, to: string): void {
  if (!p.text.includes(from)) throw new Error(`zoo defects: '${from}' not in '${p.text.slice(0, 80)}'`);
  p.text = p.text.replace(from, to);
}

export function injectDefects(clean: Report, unit: UnitSpec): { report: Report; truth: Truth } {
  const r = clone(clean);
  const b = r.blocks;
  const loc = unit.style.locale;
  const made: Made[] = [];
  const babII = headingIndex(b, /^BAB II\b/);
  const babIII = headingIndex(b, /^BAB III\b/);

  // placeholder: the staff count never filled in
  const staffPara = find(b, 'staff sentence', isPara(/^Jumlah pegawai .* sebanyak /));
  const staffCount = /sebanyak (\S+) orang/.exec(staffPara.text)![1]!;
  replaceIn(staffPara, `sebanyak ${staffCount} orang`, 'sebanyak [...] orang');
  made.push({ category: 'placeholder', block: staffPara, quote: 'sebanyak [...] orang', expected: `${staffCount} orang`, found: '[...]', explanation: 'The staff count was left as the template placeholder.' });

  // choice: template alternatives left in an indicator's analysis
  const detail = b.findIndex((x, k) => k > babIII && x.kind === 'para' && x.bold === true && x.text.startsWith('Indikator Kinerja:'));
  const analysis = b[detail + 1] as Para;
  analysis.text += ' Dibandingkan tahun sebelumnya, kinerja indikator ini [meningkat/menurun].';
  made.push({ category: 'choice', block: analysis, quote: '[meningkat/menurun]', expected: 'one of the alternatives', found: '[meningkat/menurun]', explanation: 'The template choice was never resolved.' });

  // bracketed-value: the budget percentage in the executive summary kept its brackets
  const summaryBudget = find(b, 'summary budget sentence', isPara(/Rp.*%/));
  const budgetPct = /(\d[\d.,]*%)/.exec(summaryBudget.text)![1]!;
  replaceIn(summaryBudget, budgetPct, `[${budgetPct}]`);
  made.push({ category: 'bracketed-value', block: summaryBudget, quote: `[${budgetPct}]`, expected: budgetPct, found: `[${budgetPct}]`, explanation: 'A filled-in value kept its template brackets.' });

  // capaian: one capaian in the capaian table that is not R/T
  const capTable = find(b, 'capaian table', (x): x is Table => isTable(/Capaian Kinerja/)(x) && x.header[0]!.some((h) => h.startsWith('Realisasi')), babIII);
  const capCol = capTable.header[0]!.findIndex((h) => h.startsWith('Capaian'));
  const measured = capTable.rows.filter((row) => /^\d+$/.test(row[0] ?? '') && row[capCol] !== '-');
  const capRow = measured[1]!;
  const rightCap = capRow[capCol]!;
  const wrongCap = pct(parseLocale(rightCap, loc) + 7.31, loc);
  capRow[capCol] = wrongCap;
  made.push({ category: 'capaian', block: capTable, quote: wrongCap, expected: rightCap, found: wrongCap, explanation: `The capaian of ${capRow[2]} in the capaian table is not its realisasi against its target.` });

  // formula: a displayed capaian calculation whose result is not what its inputs give
  const formulas = b.filter((x, k): x is Extract<Block, { kind: 'formula' }> => k > babIII && x.kind === 'formula' && x.lhs === 'Capaian' && x.result !== null);
  const f = formulas[formulas.length - 1]!;
  const rightRes = f.result!;
  const wrongRes = pct(parseLocale(rightRes, loc) - 4.5, loc);
  f.result = wrongRes;
  made.push({ category: 'formula', block: f, quote: wrongRes.replace(/%$/, ''), expected: rightRes, found: wrongRes, explanation: 'The displayed formula does not give its own result.' });

  // sum: the staff table's total
  const staffTable = find(b, 'staff table', isTable(new RegExp(escape(unit.staff.title))));
  const totalRow = staffTable.rows[staffTable.rows.length - 1]!;
  const rightTotal = totalRow[4]!;
  const wrongTotal = fmt(parseLocale(rightTotal, loc) + 3, 0, loc);
  totalRow[4] = wrongTotal;
  made.push({ category: 'sum', block: staffTable, quote: totalRow.slice(1).join('\t'), expected: rightTotal, found: wrongTotal, explanation: 'The staff total is not the sum of its rows.' });

  // percentage: one budget row whose % is not realisasi / anggaran
  const budgetTable = find(b, 'budget table', isTable(/Realisasi Anggaran/), babIII);
  const budgetRow = budgetTable.rows.find((row) => /^\d+\.\d+$/.test(row[0] ?? '')) ?? budgetTable.rows[1]!;
  const rightPct = budgetRow[4]!;
  const wrongPct = pct(parseLocale(rightPct, loc) - 5.13, loc);
  budgetRow[4] = wrongPct;
  made.push({ category: 'percentage', block: budgetTable, quote: budgetRow.slice(1, 5).join('\t'), expected: rightPct, found: wrongPct, explanation: 'The budget absorption % is not realisasi / anggaran × 100%.' });

  // inconsistency: the Perjanjian Kinerja in BAB II states another target than the capaian table
  const pkTable = find(b, 'PK table', isTable(/Perjanjian Kinerja/), babII);
  const pkRow = pkTable.rows.find((row) => row[2] === capRow[2]) ?? pkTable.rows[0]!;
  const rightTarget = pkRow[3]!;
  const wrongTarget = rightTarget.replace(/\d+/, (d) => String(Number(d) + 5));
  pkRow[3] = wrongTarget;
  made.push({ category: 'inconsistency', block: pkTable, quote: `${pkRow[2]}\t${wrongTarget}`, expected: rightTarget, found: wrongTarget, explanation: 'The PK target differs from the target in the capaian table and the Lampiran.' });

  // wrong-year: the foreword names the previous year's report
  const kp = b[headingIndex(b, /^KATA PENGANTAR$/) + 1] as Para;
  replaceIn(kp, `Tahun ${unit.year}`, `Tahun ${unit.year - 1}`);
  const yearQuote = /\S+ \S+ Tahun \d{4}/.exec(kp.text.slice(0, kp.text.indexOf(`Tahun ${unit.year - 1}`) + 10))![0]!;
  made.push({ category: 'wrong-year', block: kp, quote: yearQuote, expected: `Tahun ${unit.year}`, found: `Tahun ${unit.year - 1}`, explanation: "The foreword names last year's report (boilerplate carried over)." });

  // wrong-office: another unit's name in the Rencana Strategis paragraph
  const renstra = find(b, 'Renstra paragraph', isPara(new RegExp(`${escape(unit.unit)} periode`)), babII);
  replaceIn(renstra, unit.unit, unit.foreignOffice);
  made.push({ category: 'wrong-office', block: renstra, quote: unit.foreignOffice, expected: unit.unit, found: unit.foreignOffice, explanation: "Another unit's name left in from the report this one was copied from." });

  // toc: an entry with no heading
  const toc = find(b, 'toc', (x): x is Extract<Block, { kind: 'toc' }> => x.kind === 'toc');
  const at = toc.entries.findIndex((e) => /^BAB IV\b/.test(e.text));
  const before = toc.entries[at - 1]!;
  const sectionLabel = unit.style.sections === 'decimal' ? '3.9.' : 'F.';
  const ghost = `${sectionLabel} Analisis Efisiensi Penggunaan Sumber Daya`;
  toc.entries.splice(at, 0, { text: ghost, page: before.page, level: 2 });
  made.push({ category: 'toc', block: toc, quote: ghost, expected: 'a heading for the entry', found: 'table-of-contents entry with no section', explanation: 'The Daftar Isi lists a section the report does not have.' });

  // numbering: a row number repeated in the staff table (1 2 2 3 …)
  const dup = Math.min(2, staffTable.rows.length - 2);
  for (let k = dup; k < staffTable.rows.length - 1; k++) staffTable.rows[k]![0] = String(k);
  const dupRow = staffTable.rows[dup]!;
  made.push({ category: 'numbering', block: staffTable, quote: `${dupRow[0]}\t${dupRow[1]}`, expected: String(dup + 1), found: String(dup), explanation: 'Row numbers repeat in the staff table.' });

  // missing-section: the Lampiran (and its Daftar Isi entry) left out
  const lamp = headingIndex(b, /^LAMPIRAN$/);
  b.splice(lamp - 1);
  toc.entries.splice(toc.entries.findIndex((e) => e.text === 'LAMPIRAN'), 1);
  made.push({ category: 'missing-section', block: null, quote: '', expected: 'LAMPIRAN (Perjanjian Kinerja)', found: 'absent', explanation: 'The report has no Lampiran.', part: 'LAMPIRAN' });

  const txt = writeTxt(r);
  const lines = txt.text.split('\n');
  const findings = made.map((m, k): GoldFinding => ({
    id: `${r.name}-${String(k + 1).padStart(3, '0')}`,
    category: m.category,
    line: m.block === null ? null : lineOf(lines, txt.blockLines[b.indexOf(m.block)]!, m.quote),
    quote: m.quote,
    expected: m.expected,
    found: m.found,
    explanation: m.explanation,
    confidence: 'certain',
    ...(m.part ? { part: m.part } : {}),
  }));
  return { report: r, truth: { report: r.name, unit: unit.unit, report_year: unit.year, findings } };
}

/** The first line from `start` that holds the quote. */
function lineOf(lines: string[], start: number, quote: string): number {
  for (let i = start - 1; i < lines.length; i++) if (lines[i]!.includes(quote)) return i + 1;
  throw new Error(`zoo defects: quote '${quote}' not found after line ${start}`);
}

function parseLocale(s: string, locale: 'id' | 'en'): number {
  const t = s.replace(/%$/, '');
  return Number(locale === 'id' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
