/** Shared ways through a document for rules. */
import { memoByText } from './memo.js';
import type { Block } from './model.js';
import type { Facts } from './facts/index.js';

export function inToc(facts: Facts, b: Block): boolean {
  const r = facts.sections.tocRange;
  return r !== null && b.index >= r[0] && b.index < r[1];
}

/** Text blocks (not tables, not formulas), outside the table of contents. */
export function proseBlocks(blocks: Block[], facts: Facts): Block[] {
  return blocks.filter((b) => b.kind !== 'table' && b.kind !== 'formula' && !inToc(facts, b));
}

export interface CellRef {
  block: Block;
  row: number;
  cell: number;
  text: string;
}

export function* tableCells(blocks: Block[]): Generator<CellRef> {
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const rows = block.rows ?? [];
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!.cells;
      for (let c = 0; c < cells.length; c++) yield { block, row: r, cell: c, text: cells[c]! };
    }
  }
}

/** A piece of report text a rule scans: a prose block or one table cell, with how to point at it. */
export interface TextPlace {
  text: string;
  kind: 'prose' | 'cell';
  /** Where a hit at [start, end) of `text` is, as the engine's report expects it. */
  at(start: number, end: number): { block: Block; offset?: number; length?: number; row?: number; cell?: number };
}

/** Every prose block (outside the table of contents), then every table cell. */
export function* textPlaces(blocks: Block[], facts: Facts): Generator<TextPlace> {
  for (const block of proseBlocks(blocks, facts)) {
    yield { text: block.text, kind: 'prose', at: (start, end) => ({ block, offset: start, length: end - start }) };
  }
  for (const ref of tableCells(blocks)) {
    yield { text: ref.text, kind: 'cell', at: () => ({ block: ref.block, row: ref.row, cell: ref.cell }) };
  }
}

/** A run of prose blocks read as one text: OCR breaks a sentence over blank lines. */
export interface ProseGroup {
  parts: readonly Readonly<{ block: Block; at: number }>[];
  text: string;
}

/** Groups per document (its facts) and per blocks array: several rules read the same groups. */
const groupCache = new WeakMap<Facts, { blocks: Block[]; key: string; groups: readonly Readonly<ProseGroup>[] }[]>();

/**
 * Paragraphs, list items and headings outside the table of contents and the annex; a paragraph
 * that does not end a sentence goes on in the next one when that starts in lower case or a digit.
 * Built once per document and shared, so frozen.
 */
export function proseGroups(blocks: Block[], facts: Facts, opts: { annex?: boolean } = {}): readonly Readonly<ProseGroup>[] {
  const key = opts.annex ? 'annex' : 'body';
  let entries = groupCache.get(facts);
  if (!entries) groupCache.set(facts, (entries = []));
  const hit = entries.find((e) => e.blocks === blocks && e.key === key);
  if (hit) return hit.groups;
  const groups = Object.freeze(buildGroups(blocks, facts, opts).map((g) => Object.freeze({ parts: Object.freeze(g.parts.map((p) => Object.freeze(p))), text: g.text })));
  entries.push({ blocks, key, groups });
  return groups;
}

function buildGroups(blocks: Block[], facts: Facts, opts: { annex?: boolean }): { parts: { block: Block; at: number }[]; text: string }[] {
  const prose = blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'heading') && !inToc(facts, b) && (opts.annex || b.index < facts.sections.annexStart));
  const groups: { parts: { block: Block; at: number }[]; text: string }[] = [];
  for (const b of prose) {
    const last = groups[groups.length - 1];
    const prev = last?.parts[last.parts.length - 1]?.block;
    if (last && prev && prev.index === b.index - 1 && b.kind === 'paragraph' && prev.kind !== 'heading' && !/[.!?:;]\s*$/.test(prev.text) && /^\s*(?:[a-z0-9([]|Rp)/.test(b.text)) {
      last.parts.push({ block: b, at: last.text.length + 1 });
      last.text += '\n' + b.text;
    } else groups.push({ parts: [{ block: b, at: 0 }], text: b.text });
  }
  return groups;
}

/** The block and offset inside it for an offset in a group's text. */
export function groupAt(g: Readonly<ProseGroup>, offset: number): { block: Block; offset: number } {
  const part = [...g.parts].reverse().find((p) => p.at <= offset)!;
  return { block: part.block, offset: offset - part.at };
}

/** Sentences of a text as [start, end) offsets (list lines and blank lines end one too). */
export const sentences: (text: string) => readonly Readonly<{ start: number; end: number }>[] = memoByText(splitSentences);

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?;](?=\s+[A-Z0-9"“(\-•])|\n\n|\n(?=\s*(?:\d+[.)]|[a-z][.)]|-)\s)/g)) {
    const end = m.index! + 1;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out.filter((s) => s.end > s.start);
}
