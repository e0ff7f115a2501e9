/**
 * The Word version of a zoo report (the `docx` package): heading styles, Word numbered and
 * bulleted lists (each list restarts), real tables with a header row, formulas as Word equations
 * (latex-style units) or as plain lines, the running header and a page-number footer. The zip is
 * rewritten with fixed dates so the bytes do not depend on the clock.
 */
import JSZip from 'jszip';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Math as OMath,
  MathFraction,
  MathRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formulaPlain, type Block, type ListStyle, type Report } from './model.js';

const FIXED = new Date('2025-01-01T00:00:00Z');

const LIST_FORMATS: Record<ListStyle, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }> = {
  decimal: { format: LevelFormat.DECIMAL, text: '%1.' },
  'decimal-paren': { format: LevelFormat.DECIMAL, text: '%1)' },
  'lower-letter': { format: LevelFormat.LOWER_LETTER, text: '%1.' },
  'lower-roman': { format: LevelFormat.LOWER_ROMAN, text: '%1.' },
  bullet: { format: LevelFormat.BULLET, text: '•' },
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, bold: boolean): TableCell {
  return new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const rows = [
    ...b.header.map((r) => new TableRow({ tableHeader: true, children: r.map((t) => cell(t, true)) })),
    ...b.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, /^(Jumlah|Rata-rata|Total)/.test(r[1] ?? '') && i > 0)) })),
  ];
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function formula(b: Extract<Block, { kind: 'formula' }>, asEquation: boolean): Paragraph {
  if (!asEquation) return new Paragraph({ children: [new TextRun(formulaPlain(b))], alignment: AlignmentType.CENTER });
  const tail = `${b.times100 ? ' × 100%' : ''}${b.result === null ? '' : ` = ${b.result}`}`;
  const children = [
    new MathRun(`${b.lhs} = `),
    new MathFraction({ numerator: [new MathRun(b.num)], denominator: [new MathRun(b.den)] }),
    ...(tail ? [new MathRun(tail)] : []),
  ];
  return new Paragraph({ children: [new OMath({ children })], alignment: AlignmentType.CENTER });
}

function body(report: Report): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let instance = 0;
  let first = true;
  for (const b of report.blocks) {
    switch (b.kind) {
      case 'pagebreak':
        if (!first) out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'heading': {
        const [head, ...rest] = b.text.split('\n');
        const runs = [new TextRun(head!), ...rest.map((t) => new TextRun({ text: t, break: 1 }))];
        out.push(new Paragraph({ heading: HEADINGS[b.level], children: runs, alignment: b.level === 1 ? AlignmentType.CENTER : undefined }));
        break;
      }
      case 'para': {
        const align = b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED;
        out.push(new Paragraph({ alignment: align, children: [new TextRun({ text: b.text, bold: b.bold })] }));
        break;
      }
      case 'list':
        instance += 1;
        for (const item of b.items) out.push(new Paragraph({ text: item, numbering: { reference: b.style, level: 0, instance } }));
        break;
      case 'table':
        if (b.caption) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.caption, bold: true })] }));
        out.push(table(b), new Paragraph(''));
        break;
      case 'formula':
        out.push(formula(b, report.formulaStyle === 'latex'));
        break;
      case 'toc':
        for (const e of b.entries) out.push(new Paragraph({ indent: { left: (e.level - 1) * 400 }, children: [new TextRun(`${e.text}\t${e.page}`)], tabStops: [{ type: 'right', position: 9000, leader: 'dot' }] }));
        break;
    }
    first = false;
  }
  return out;
}

export async function writeDocx(report: Report, footerStyle: 'dash' | 'hal'): Promise<Buffer> {
  const footerRuns = footerStyle === 'dash' ? [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] : [new TextRun({ children: ['Hal. ', PageNumber.CURRENT] })];
  const doc = new Document({
    creator: 'lkjip-lint zoo',
    title: report.runningHeader,
    numbering: {
      config: (Object.keys(LIST_FORMATS) as ListStyle[]).map((style) => ({
        reference: style,
        levels: [{ level: 0, format: LIST_FORMATS[style].format, text: LIST_FORMATS[style].text, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
      })),
    },
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: report.runningHeader, italics: true, size: 16 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns })] }) },
      children: body(report),
    }],
  });
  return fixDates(await Packer.toBuffer(doc));
}

/** The same package with the clock's dates replaced by a fixed one. */
async function fixDates(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<)/g, `$1${FIXED.toISOString().replace(/\.\d+Z$/, 'Z')}$3`);
    zip.file('docProps/core.xml', xml);
  }
  const names = Object.keys(zip.files).sort();
  const out = new JSZip();
  for (const name of names) {
    const f = zip.files[name]!;
    if (f.dir) continue;
    out.file(name, await f.async('uint8array'), { date: FIXED, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
