#!/usr/bin/env node
/**
 * The `lkjip-lint` command. `--version` answers before anything heavy is loaded; everything else
 * is in cli-main.ts (loaded on demand), and the PDF and Word parsers load only for those files.
 *   lkjip-lint [options] FILE|DIR ...
 *   lkjip-lint extract [--format json|md] FILE
 * Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
 * 2 usage error, bad config, or an input that could not be read (the rest is still linted).
 */
import { VERSION } from './version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { run } = await import('./cli-main.js');
  process.exitCode = await run(argv);
}
