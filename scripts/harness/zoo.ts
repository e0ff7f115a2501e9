/**
 * The zoo section of `npm run score`: per zoo report and format, the findings on the clean
 * report (by rule) and how many injected defects were found at their place. `--show` also lists
 * the defects missed; `--formats` limits the formats; report names limit the reports.
 */
import { join } from 'node:path';
import { evaluateReport, formatZooTable, zooReports, ZOO_FORMATS, type ZooRow } from '../zoo/evaluate.js';
import type { ZooFormat } from '../zoo/score.js';
import type { Section } from './sections.js';

const ZOO_DIR = join(process.cwd(), 'fixtures', 'zoo');

export const zooSection: Section = {
  name: 'zoo',
  knows: (name) => zooReports(ZOO_DIR).includes(name),
  async run(args) {
    const formats = (args.formats ?? ZOO_FORMATS).filter((f): f is ZooFormat => (ZOO_FORMATS as string[]).includes(f));
    const names = zooReports(ZOO_DIR).filter((n) => args.names.length === 0 || args.names.includes(n));
    const rows: ZooRow[] = [];
    for (const name of names) for (const format of formats) rows.push(await evaluateReport(ZOO_DIR, name, format));
    const table = formatZooTable(rows, args.show);
    return args.ratchet ? `${table}\n(the zoo's floors move with: npm run zoo:ratchet)` : table;
  },
};
