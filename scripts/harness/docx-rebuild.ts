/**
 * A report's text rebuilt as a Word document with the `docx` package, the way the project builds
 * its DOCX fixtures: one paragraph per non-blank line, tab-separated rows as real Word tables,
 * chapter headings in the Heading 1 style. With `autoNumberChapters` the chapter headings carry
 * Word numbering whose level text is `BAB %1` (upper roman) and their paragraphs lose the literal
 * `BAB I`, as a report written with Word's multilevel list for chapters does.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CHAPTER_LINE, chapterHeadings } from './lines.js';
import { listItems, type Style } from './transforms/numbers.js';

export interface DocxOptions {
  autoNumberChapters?: boolean;
  /** List items as Word numbered paragraphs (numbering.xml `%1.`, `%1)`, `(%1)`) without the typed marker. */
  wordLists?: boolean;
}

const FORMAT = { number: LevelFormat.DECIMAL, letter: LevelFormat.LOWER_LETTER, roman: LevelFormat.LOWER_ROMAN } as const;

/**
 * Word numbering for each list item: one list per style, punctuation and start; a new instance
 * where the typed numbers restart or jump, so Word shows exactly the numbers the text typed.
 */
function wordListsOf(text: string) {
  const refs = new Map<string, { style: Style; punct: string; start: number }>();
  const runs = new Map<string, { ordinal: number; instance: number; reference: string }>();
  const byLine = new Map<number, { reference: string; instance: number; rest: string }>();
  let instances = 0;
  for (const [line, item] of listItems(text)) {
    const { style, punct, ordinal } = item.marker;
    const family = `${style}${punct}`;
    const prev = runs.get(family);
    let run = prev && prev.ordinal + 1 === ordinal ? { ...prev, ordinal } : undefined;
    if (!run) {
      const reference = `list-${style}-${punct === '()' ? 'paren' : punct === ')' ? 'close' : 'dot'}-${ordinal}`;
      refs.set(reference, { style, punct, start: ordinal });
      run = { ordinal, instance: ++instances, reference };
    }
    runs.set(family, run);
    byLine.set(line, { reference: run.reference, instance: run.instance, rest: item.rest.trim() });
  }
  const config = [...refs.entries()].map(([reference, r]) => ({
    reference,
    levels: [{ level: 0, format: FORMAT[r.style], text: r.punct === '()' ? '(%1)' : `%1${r.punct}`, start: r.start, alignment: AlignmentType.START }],
  }));
  return { byLine, config };
}

const plain = (s: string) => s.replace(/\*\*|<\/?b>|<\/?i>|^\s*#+\s*/g, '').trim();

function table(rows: string[]): Table {
  const cells = rows.map((r) => r.split('\t'));
  const width = Math.max(...cells.map((c) => c.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: cells.map((c) => new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph({ children: [new TextRun(plain(c[i] ?? ''))] })] })) })),
  });
}

export async function textToDocx(text: string, options: DocxOptions = {}): Promise<Uint8Array> {
  const lines = text.split('\n');
  const heads = chapterHeadings(lines);
  const byLine = new Map(heads.map((h) => [h.line, h]));
  // Word numbers the chapters 1, 2, 3 … itself: only a run that already counts up from I is auto-numbered.
  const numbered = new Set<number>();
  if (options.autoNumberChapters) {
    let next = 1;
    for (const h of heads) if (h.number === next) { numbered.add(h.line); next++; }
  }
  // An auto-numbered heading takes its title from the line below (`BAB I` / `PENDAHULUAN` is one numbered paragraph).
  const titleLines = new Set(heads.filter((h) => numbered.has(h.line)).map((h) => h.titleLine).filter((t): t is number => t !== null));
  const lists = options.wordLists ? wordListsOf(text) : { byLine: new Map<number, { reference: string; instance: number; rest: string }>(), config: [] };
  const body: (Paragraph | Table)[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) body.push(table(rows));
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\t') && line.replace(/\t/g, '').trim()) {
      rows.push(line);
      continue;
    }
    flush();
    if (!line.trim() || titleLines.has(i)) continue;
    const h = byLine.get(i);
    if (h) {
      const m = CHAPTER_LINE.exec(line)!;
      const title = plain(h.titleLine !== null ? lines[h.titleLine]! : m[5]!.replace(/^\s*[:.-]?\s*/, ''));
      if (numbered.has(i)) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'bab', level: 0 }, children: [new TextRun(title)] }));
      else body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(plain(line))] }));
      continue;
    }
    const item = lists.byLine.get(i);
    if (item) body.push(new Paragraph({ numbering: { reference: item.reference, level: 0, instance: item.instance }, children: [new TextRun(item.rest)] }));
    else body.push(new Paragraph({ children: [new TextRun(line.trim())] }));
  }
  flush();
  const doc = new Document({
    numbering: {
      config: [{ reference: 'bab', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: 'BAB %1', alignment: AlignmentType.CENTER }] }, ...lists.config],
    },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
