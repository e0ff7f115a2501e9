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
