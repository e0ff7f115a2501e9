/**
 * The sections `npm run score` prints, in order. A section measures one thing (the corpus score,
 * the invariance of findings under reformatting, the zoo of clean reports) and returns its
 * table(s) as text. To add one: write `{ name, run }` in its own module and add it to `sections`.
 */
import { corpusSection } from './corpus-section.js';
import { invarianceSection } from './invariance.js';
import { zooSection } from './zoo.js';
import { tablesSection } from './tables-section.js';

export interface ScoreArgs {
  /** `--formats txt,pdf`: only these formats (undefined: every format a report has). */
  formats?: string[];
  /** Report names given on the command line (empty: all). A section ignores names it does not know. */
  names: string[];
  /** `--show`: per-category hits and the missed / unconfirmed / false-alarm lists. */
  show: boolean;
  /** `--ratchet`: raise the section's floors (lower its ceilings) to today's values. */
  ratchet: boolean;
}

export interface Section {
  /** Short name, also the `--section` value. */
  name: string;
  /** Does the section know this report name (so a name no section knows is an error)? */
  knows(name: string): boolean;
  run(args: ScoreArgs): Promise<string>;
}

export const sections: Section[] = [
  corpusSection,
  invarianceSection,
  zooSection,
  tablesSection,
];
