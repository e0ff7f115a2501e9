/**
 * Prints the invariance table: every transformation on every corpus report (the Word rebuilds on
 * the immigration reports), findings lost / gained / altered.
 *
 *   npm run build && node dist/scripts/score-invariance.js            # the table
 *   node dist/scripts/score-invariance.js --ratchet                     # and lower test/floors/invariance.json
 *   node dist/scripts/score-invariance.js --only unit-dinas,page-hal    # some transformations
 *   node dist/scripts/score-invariance.js --show unit-dinas:siak-2024   # the differing findings of one pair
 */
import { join } from 'node:path';
import { formatTable, fullGrid, ratchet, runGrid } from './harness/invariance.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const only = opt('--only')?.split(',');
const show = opt('--show');
const grid = fullGrid();
const keep = (id: string, report: string) => (!only || only.includes(id)) && (!show || show === `${id}:${report}`);
grid.text = grid.text.filter(([t, r]) => keep(t.id, r.name));
grid.docx = grid.docx.filter(([t, r]) => keep(t.id, r.name));
const started = performance.now();
const rows = await runGrid(grid);
console.log(formatTable(rows));
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (show) {
  for (const r of rows) {
    const line = (f: { ruleId: string; location: { line?: number }; expected?: string; actual?: string; message: string }) => `  ${f.ruleId} L${f.location.line ?? '-'} exp=${f.expected ?? ''} act=${f.actual ?? ''} ${f.message.slice(0, 110)}`;
    for (const f of r.difference.lost) console.log(`lost   ${line(f)}`);
    for (const f of r.difference.gained) console.log(`gained ${line(f)}`);
    for (const [a, b] of r.difference.altered) console.log(`altered\n  was ${line(a)}\n  now ${line(b)}`);
  }
}
if (args.includes('--ratchet')) {
  ratchet(join(process.cwd(), 'test', 'floors', 'invariance.json'), rows);
  console.log('test/floors/invariance.json: ceilings lowered to today where lower');
}
