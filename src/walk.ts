/** Shared ways through a document for rules. */
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
