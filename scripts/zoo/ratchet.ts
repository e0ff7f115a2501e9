/**
 * Rewrites test/floors/zoo.json from today's zoo results, only in the better direction: a
 * ceiling on clean-report findings only goes down, a floor on injected defects found only up.
 *
 *   npm run zoo:ratchet
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateZoo, formatZooTable } from './evaluate.js';

export interface ZooFloor {
  /** At most this many findings on the clean report. */
  cleanMax: number;
  /** At least this many injected defects found at their place. */
  foundMin: number;
  total: number;
}

export const FLOORS = join('test', 'floors', 'zoo.json');

async function main(): Promise<void> {
  const old: Record<string, ZooFloor> = existsSync(FLOORS) ? JSON.parse(readFileSync(FLOORS, 'utf8')) : {};
  const rows = await evaluateZoo(join('fixtures', 'zoo'));
  const next: Record<string, ZooFloor> = {};
  for (const r of rows) {
    const key = `${r.report}/${r.format}`;
    const was = old[key];
    next[key] = {
      cleanMax: was ? Math.min(was.cleanMax, r.cleanTotal) : r.cleanTotal,
      foundMin: was ? Math.max(was.foundMin, r.found) : r.found,
      total: r.total,
    };
    if (was && (r.cleanTotal > was.cleanMax || r.found < was.foundMin)) process.stderr.write(`zoo:ratchet: ${key} is worse than its floor (clean ${r.cleanTotal} > ${was.cleanMax} or found ${r.found} < ${was.foundMin}); kept the floor\n`);
  }
  writeFileSync(FLOORS, JSON.stringify(next, null, 2) + '\n');
  process.stdout.write(formatZooTable(rows, process.argv.includes('--show')) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`zoo:ratchet: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
