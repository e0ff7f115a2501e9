/**
 * Publish the JSON output and the config file as JSON Schema (zod → JSON Schema), so tools that
 * read `--format json` and editors that edit `lkjip-lint.config.json` can validate them.
 *   npm run schema
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { schemas } from '../src/schemas.js';

const dir = join(import.meta.dirname, '..', '..', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(schemas())) {
  writeFileSync(join(dir, name), JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`wrote schema/${name}\n`);
}
