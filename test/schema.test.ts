/** The published JSON Schemas are the ones the code generates (they cannot drift). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas } from '../src/schemas.js';

describe('published schemas', () => {
  it.each(Object.entries(schemas()))('schema/%s is up to date (run npm run schema)', (name, schema) => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', name), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
