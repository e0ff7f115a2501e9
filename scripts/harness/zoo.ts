/**
 * The zoo section of `npm run score`: per zoo report and format, the findings on the clean
 * report (by rule) and how many injected defects were found at their place.
 *   args: `--show` also lists the defects missed; `--formats txt,pdf` limits the formats;
 *   `--zoo DIR` another folder (default fixtures/zoo).
 */
import { join } from 'node:path';
import { evaluateZoo, formatZooTable, ZOO_FORMATS } from '../zoo/evaluate.js';
import type { ZooFormat } from '../zoo/score.js';

function opt(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function run(args: string[]): Promise<string> {
  const dir = opt(args, '--zoo') ?? join(process.cwd(), 'fixtures', 'zoo');
  const formats = (opt(args, '--formats')?.split(',') ?? ZOO_FORMATS).filter((f): f is ZooFormat => (ZOO_FORMATS as string[]).includes(f));
  return formatZooTable(await evaluateZoo(dir, formats), args.includes('--show'));
}

export const zooSection = { name: 'zoo', run };
