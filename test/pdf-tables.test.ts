/**
 * Issue 18's table measure: of the tables the gold files list for the real corpus PDFs
 * (fixtures/corpus NAME.gold.json `tables`: line of NAME.ref.txt, header, kind, rows), the share
 * the PDF reader gives as a table with its row count within one of the gold's
 * (scripts/harness/tables-section.ts, also `npm run score -- --section tables`). The issue's
 * target is 0.9; the floor is what the reader reaches now, so a change that loses tables fails.
 */
import { describe, expect, it } from 'vitest';
import { measureCorpusTables } from '../scripts/harness/tables-section.js';

// Measured on this branch: 93 of 98 read as tables (0.949), 67 of 98 with their rows within one
// (0.684; issue 18's target is 0.9).
const FOUND_FLOOR = 0.94;
const ROWS_FLOOR = 0.68;
// Five PDFs parsed, the largest 110 pages: on 2 busy cores, minutes.
const HEAVY = 600_000;

describe('tables of the real corpus PDFs', () => {
  it('are read as tables, most with their row count within one of the gold', async () => {
    const m = await measureCorpusTables();
    expect(m.reports.map((r) => r.name).sort()).toEqual(['bpbd-jabar-2016', 'dinkes-jabar-2016', 'dpmdesa-jabar-2016', 'dpupr-grobogan-2021', 'rsjiwa-jabar-2016']);
    expect(m.total).toBeGreaterThanOrEqual(98);
    expect(m.found / m.total).toBeGreaterThanOrEqual(FOUND_FLOOR);
    expect(m.rowsWithinOne / m.total).toBeGreaterThanOrEqual(ROWS_FLOOR);
  }, HEAVY);
});
