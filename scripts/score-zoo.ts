/**
 * Prints the zoo table (until `npm run score` wires the zoo section in):
 *   npm run build && node dist/scripts/score-zoo.js [--show] [--formats txt,docx,pdf]
 */
import { zooSection } from './harness/zoo.js';

zooSection.run(process.argv.slice(2)).then(
  (table) => process.stdout.write(table + '\n'),
  (e: unknown) => {
    process.stderr.write(`score-zoo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
