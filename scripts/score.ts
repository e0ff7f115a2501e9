/**
 * npm run score: how well lkjip-lint does, measured (not a test). Prints each section of
 * scripts/harness/sections.ts: the corpus score per report and format, and whatever other
 * measures are registered there.
 *
 *   npm run score                                  # every section, every report and format
 *   npm run score -- --formats pdf dinkes-jabar-2016 --show
 *   npm run score -- --section corpus --ratchet    # raise test/floors/corpus.json to today's values
 */
import { sections, type ScoreArgs } from './harness/sections.js';

const USAGE = 'usage: npm run score -- [--formats txt,docx,pdf] [--section NAME] [--show] [--ratchet] [REPORT ...]';

function parse(argv: string[]): ScoreArgs & { section?: string } {
  const args: ScoreArgs & { section?: string } = { names: [], show: false, ratchet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--show') args.show = true;
    else if (a === '--ratchet') args.ratchet = true;
    else if (a === '--formats') args.formats = value().split(',');
    else if (a === '--section') args.section = value();
    else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}; ${USAGE}`);
    else args.names.push(a);
  }
  return args;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`score: ${(e as Error).message}\n`);
    return 2;
  }
  const bad = args.formats?.filter((f) => !['txt', 'docx', 'pdf'].includes(f)) ?? [];
  if (bad.length) {
    process.stderr.write(`score: unknown format ${bad.join(', ')} (use txt, docx, pdf)\n`);
    return 2;
  }
  const chosen = sections.filter((s) => !args.section || s.name === args.section);
  if (!chosen.length) {
    process.stderr.write(`score: no section "${args.section}" (sections: ${sections.map((s) => s.name).join(', ')})\n`);
    return 2;
  }
  const unknown = args.names.filter((n) => !chosen.some((s) => s.knows(n)));
  if (unknown.length) {
    process.stderr.write(`score: no report named ${unknown.join(', ')} in ${chosen.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  for (const section of chosen) {
    const text = await section.run(args);
    if (text) process.stdout.write(`## ${section.name}\n${text}\n\n`);
  }
  return 0;
}

process.exitCode = await main();
