/** JSON Schemas generated from the zod definitions (the single source of truth). */
import { z } from 'zod';
import { LintOutput } from './model.js';
import { ConfigSchema } from './config.js';

export function schemas(): Record<string, unknown> {
  return {
    'lkjip-lint-output.schema.json': {
      $id: 'https://github.com/lkjip-lint/lkjip-lint/schema/lkjip-lint-output.schema.json',
      title: 'lkjip-lint --format json output',
      ...z.toJSONSchema(LintOutput),
    },
    'lkjip-lint-config.schema.json': {
      $id: 'https://github.com/lkjip-lint/lkjip-lint/schema/lkjip-lint-config.schema.json',
      title: 'lkjip-lint.config.json',
      ...z.toJSONSchema(ConfigSchema, { io: 'input' }),
    },
  };
}
