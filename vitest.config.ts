import { defineConfig } from 'vitest/config';

/**
 * Two groups, run one after the other: the unit and corpus tests in parallel, then the tests that
 * drive system programs (Chromium, LibreOffice) or load the server, one file at a time with
 * timeouts measured from their real duration under the full suite on 2 cores (several times it),
 * so that they never race the rest of the suite for the CPU.
 */
const system = ['test/web.e2e.test.ts', 'test/web-csp.e2e.test.ts', 'test/web-season.e2e.test.ts', 'test/annotate.test.ts', 'test/annotate-suggest.test.ts', 'test/server-load.test.ts', 'test/ocr.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    globalSetup: ['test/system-tools.setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: system,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'system',
          include: system,
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
