/**
 * Floors of the corpus score (test/floors/corpus.json): per report and format, the recall,
 * inconsistency and precision the code reaches at least, and the most false alarms on clean
 * checks it may raise. The test holds the code to them; `npm run score -- --ratchet` raises the
 * floors and lowers the ceilings to today's values, never the other way.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, ratios, type Format, type Score } from './score.js';

export interface Floor {
  recall: number;
  inconsistency: number;
  precision: number;
  /** A ceiling: false alarms on clean checks. */
  clean_fp: number;
}

/** Keyed `NAME.format` (`siak-2024.txt`). */
export type Floors = Record<string, Floor>;

export const FLOORS_FILE = join(projectRoot(), 'test', 'floors', 'corpus.json');

export const floorKey = (name: string, format: Format) => `${name}.${format}`;

/** A ratio rounded down to 3 decimals: never above what the code reaches, not brittle to float printing. */
export const roundDown = (x: number) => Math.floor(x * 1000 + 1e-9) / 1000;

/** What a score reaches today, as a floor. */
export function floorOf(score: Score): Floor {
  const r = ratios(score);
  return { recall: roundDown(r.recall), inconsistency: roundDown(r.inconsistency), precision: roundDown(r.precision), clean_fp: score.cleanFp };
}

export function readFloors(file = FLOORS_FILE): Floors {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Floors) : {};
}

/** Today's floor merged into the old one: floors only go up, the ceiling only down; a new entry is today's. */
export function ratchet(old: Floor | undefined, today: Floor): Floor {
  if (!old) return today;
  return {
    recall: Math.max(old.recall, today.recall),
    inconsistency: Math.max(old.inconsistency, today.inconsistency),
    precision: Math.max(old.precision, today.precision),
    clean_fp: Math.min(old.clean_fp, today.clean_fp),
  };
}

/** Ratchet the entries scored today into the file; entries not scored today stay as they are. */
export function writeRatcheted(today: Floors, file = FLOORS_FILE): { floors: Floors; changed: string[] } {
  const floors = readFloors(file);
  const changed: string[] = [];
  for (const [key, floor] of Object.entries(today)) {
    const next = ratchet(floors[key], floor);
    if (JSON.stringify(next) !== JSON.stringify(floors[key])) changed.push(key);
    floors[key] = next;
  }
  const sorted = Object.fromEntries(Object.keys(floors).sort().map((k) => [k, floors[k]!]));
  writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
  return { floors: sorted, changed };
}

/** Where a score falls below its floor (or above its ceiling), one line each; empty when it holds. */
export function belowFloor(score: Score, floor: Floor): string[] {
  const r = ratios(score);
  const out: string[] = [];
  if (r.recall < floor.recall) out.push(`recall ${score.recall.hit}/${score.recall.total} = ${r.recall.toFixed(3)} < floor ${floor.recall}`);
  if (r.inconsistency < floor.inconsistency) out.push(`inconsistency ${score.inconsistency.hit}/${score.inconsistency.total} = ${r.inconsistency.toFixed(3)} < floor ${floor.inconsistency}`);
  if (r.precision < floor.precision) out.push(`precision ${score.precision.confirmed}/${score.precision.total} = ${r.precision.toFixed(3)} < floor ${floor.precision}`);
  if (score.cleanFp > floor.clean_fp) out.push(`clean_fp ${score.cleanFp} > ceiling ${floor.clean_fp}`);
  return out;
}
