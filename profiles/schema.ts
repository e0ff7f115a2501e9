/**
 * What a profile is: the template a report follows, and everything about it that is template-specific
 * (required parts and their names, which units use it, the unit's name pattern, placeholder and decree
 * patterns, budget vocabulary, capaian conventions). Defined with zod so a profile is checked when it
 * is loaded, like a config; rules read `facts.profile`, never a template word of their own.
 */
import { z } from 'zod';

/**
 * One required part of the report, in the order the template wants them.
 * `patterns` (case-insensitive regular expressions) name the heading when it is not a `BAB n`
 * chapter; `chapter` is the chapter number for `BAB n` parts; `subsections` are the headings the
 * template requires inside that part (`Rencana Strategis`, `Perjanjian Kinerja`).
 */
export const RequiredPartSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    patterns: z.array(z.string()).default([]),
    chapter: z.number().int().positive().optional(),
    subsections: z.array(z.string()).default([]),
  })
  .strict();
export type RequiredPart = z.infer<typeof RequiredPartSchema>;

export const ProfileSchema = z
  .object({
    /** `--profile` name. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string(),
    /** The regulation that prescribes the template. */
    basis: z.string(),
    /** Unit kinds (src/facts/unit.ts `UnitKind`) whose reports follow this template. */
    unitKinds: z.array(z.string()).default([]),
    /** Phrases in the text that show the template (each a case-insensitive regular expression). */
    textSignals: z.array(z.string()).default([]),
    /** `annual`, or `quarterly` when the template reports per triwulan. */
    period: z.enum(['annual', 'quarterly']).default('annual'),
    requiredParts: z.array(RequiredPartSchema).min(1),
    /** The unit's own name pattern, when the template's units are named by a scheme (`Kantor Imigrasi Kelas II TPI Siak`). */
    unitPattern: z.string().optional(),
    placeholder: z
      .object({
        /** Footnotes that are template notes for another kind of unit or for the author. */
        templateNotes: z.array(z.string()).default([]),
        /** ... and the unit kinds for which those notes are the report's own text. */
        templateNotesOwnKinds: z.array(z.string()).default([]),
        /** Bracketed labels the template leaves for the author (`[satker]`). */
        labels: z.array(z.string()).default([]),
      })
      .strict()
      .default({ templateNotes: [], templateNotesOwnKinds: [], labels: [] }),
    /** Decree numbers the template cites (`IMI-0229.PR.01.01`), for identifier checks. */
    decreePatterns: z.array(z.string()).default([]),
    budget: z
      .object({
        /** Spending types the template's budget tables use. */
        spendingTypes: z.array(z.string()).default([]),
        /** Words that head the budget figures (`Pagu`, `Anggaran`). */
        ceilingWords: z.array(z.string()).default([]),
      })
      .strict()
      .default({ spendingTypes: [], ceilingWords: [] }),
    capaian: z
      .object({
        /** A cap on capaian the template applies (120, 100), or none. */
        cap: z.number().positive().nullable().default(null),
        /** The lower-is-better formula the template prescribes, written with T (target) and R (realisasi). */
        negativeFormula: z.string().default('(2T - R) / T'),
        /** Names of the formula variables the template gives each calculation (`x`, `y`, `z`). */
        formulaSlots: z.array(z.string()).default([]),
        /** What the template calls the target column. */
        targetWords: z.array(z.string()).default(['Target']),
      })
      .strict()
      .default({ cap: null, negativeFormula: '(2T - R) / T', formulaSlots: [], targetWords: ['Target'] }),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

export function defineProfile(p: ProfileInput): Profile {
  return ProfileSchema.parse(p);
}
