/**
 * The format-free document model every parser produces and every rule reads,
 * and the finding / result shapes every formatter writes. Defined with zod so the
 * same definitions validate at run time and publish as JSON Schema (schema/).
 */
import { z } from 'zod';

/** Where a block (or a row) came from in its source file. */
export const SourceLocation = z.object({
  /** 1-based first line (text and markdown inputs); for PDF, the line on the page. */
  line: z.number().int().positive().optional(),
  /** 1-based last line, inclusive (for PDF, on the same page). */
  endLine: z.number().int().positive().optional(),
  /** 1-based page (PDF, or DOCX where Word recorded a page break). */
  page: z.number().int().positive().optional(),
  /** 1-based paragraph number (DOCX body order: body paragraphs and tables, empty ones counted). */
  paragraph: z.number().int().positive().optional(),
  /** Read by OCR from a scanned page: its figures may hold misread digits. */
  ocr: z.boolean().optional(),
});
export type SourceLocation = z.infer<typeof SourceLocation>;

export const TableRow = z.object({
  cells: z.array(z.string()),
  source: SourceLocation,
});
export type TableRow = z.infer<typeof TableRow>;

/** A formula term tree: numbers keep the text they were printed as. */
export type Expr =
  | { kind: 'num'; value: number; text: string; percent: boolean; decimals: number }
  | { kind: 'var'; name: string }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { kind: 'neg'; arg: Expr };

export const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('num'), value: z.number(), text: z.string(), percent: z.boolean(), decimals: z.number().int() }),
    z.object({ kind: z.literal('var'), name: z.string() }),
    z.object({ kind: z.literal('bin'), op: z.enum(['+', '-', '*', '/']), left: ExprSchema, right: ExprSchema }),
    z.object({ kind: z.literal('neg'), arg: ExprSchema }),
  ]),
);

/** A displayed formula: as written, and as parsed into `lhs = step = step ...`. */
export const Formula = z.object({
  /** The formula as written in the source (LaTeX, OMML rendered to linear text, or plain text). */
  written: z.string(),
  notation: z.enum(['latex', 'omml', 'plain']),
  /** Left-hand side variable (`x`, `y`, `z`, `%`), when there is one. */
  variable: z.string().optional(),
  /** Each `=`-separated right-hand side, parsed; null where it is words, not numbers. */
  steps: z.array(ExprSchema.nullable()),
  /** True when a `\frac{}{}` has an empty numerator or denominator. */
  emptyFraction: z.boolean(),
});
export type Formula = z.infer<typeof Formula>;

export const BlockKind = z.enum(['heading', 'paragraph', 'listItem', 'table', 'formula', 'footnote']);
export type BlockKind = z.infer<typeof BlockKind>;

export const ListStyle = z.enum(['decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman', 'bullet']);
export type ListStyle = z.infer<typeof ListStyle>;

/** What a list item's marker means: its style, its value (`iv.` = 4), and the marker as printed. */
export const ListInfo = z.object({
  style: ListStyle,
  value: z.number().int().nonnegative(),
  printed: z.string(),
});
export type ListInfo = z.infer<typeof ListInfo>;

export const Block = z.object({
  /** 0-based position in the document. */
  index: z.number().int().nonnegative(),
  kind: BlockKind,
  /** Plain text with markup removed; multi-line blocks keep their `\n`s so an offset maps back to a line. */
  text: z.string(),
  source: SourceLocation,
  /** Heading level (1 = chapter) when known from markup; 0 when inferred from wording. */
  level: z.number().int().nonnegative().optional(),
  /** The list marker as printed (`1.`, `a)`, `-`). */
  marker: z.string().optional(),
  /** The marker read (every parser): style per run, Word's numbering format for DOCX. */
  list: ListInfo.optional(),
  /** Table rows after merged cells are expanded. */
  rows: z.array(TableRow).optional(),
  formula: Formula.optional(),
});
export type Block = z.infer<typeof Block>;

export const InputFormat = z.enum(['txt', 'md', 'docx', 'pdf']);
export type InputFormat = z.infer<typeof InputFormat>;

export const LKjIPDocument = z.object({
  path: z.string(),
  format: InputFormat,
  blocks: z.array(Block),
  /** Parser remarks worth showing the user (e.g. a page without a text layer), in both languages. */
  notices: z.array(z.object({ id: z.string(), en: z.string() })),
  /** The source lines of a text or markdown input, for exact columns. */
  sourceLines: z.array(z.string()).optional(),
});
export type LKjIPDocument = z.infer<typeof LKjIPDocument>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const FindingLocation = z.object({
  line: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  /** 1-based paragraph number (DOCX), the number shown as `¶214`. */
  paragraph: z.number().int().positive().optional(),
  /** Heading path, e.g. `BAB III AKUNTABILITAS KINERJA > A. Capaian Kinerja`. */
  section: z.string().optional(),
  /** 1-based table number in document order. */
  table: z.number().int().positive().optional(),
  /** 1-based row within the table. */
  row: z.number().int().positive().optional(),
  /** 1-based cell within the row. */
  cell: z.number().int().positive().optional(),
  /** The text was read by OCR from a scanned page (`hasil OCR`). */
  ocr: z.boolean().optional(),
});
export type FindingLocation = z.infer<typeof FindingLocation>;

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  location: FindingLocation,
  /** The source text the finding is about: the sentence, or a table row with cells joined by ` | `. */
  excerpt: z.string(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  /** Stable identity across runs and revisions (rule, chapter, quoted text; never the line): src/fingerprint.ts. */
  fingerprint: z.string().optional(),
  /** Key shared by the findings of one cause (one leftover pattern, one sequence): src/group.ts. */
  group: z.string().optional(),
  /** A certain fix: the exact text `find` in the excerpt's place is to read `replace` (`--annotate --suggest` writes it as a Word tracked change). */
  fix: z.object({ find: z.string().min(1), replace: z.string() }).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const DetectedValue = z.object({
  value: z.string().nullable(),
  /** Where it was found (`cover, line 7`), or `--year` when the user set it. */
  source: z.string(),
});

export const FileResult = z.object({
  path: z.string(),
  format: InputFormat.nullable(),
  report: z.object({
    year: z.number().int().nullable(),
    office: z.string().nullable(),
    yearSource: z.string(),
    officeSource: z.string(),
    /** The reporting unit as detected (src/facts/unit.ts), each part with where it was found. */
    unit: z
      .object({
        kind: z.string().nullable(),
        name: z.string(),
        /** `Provinsi Jawa Barat`, `Kabupaten Grobogan`, `Kota Malang`. */
        region: z.string().nullable(),
        parent: z.string().nullable(),
        acronym: z.string().nullable(),
        evidence: z.string(),
        regionEvidence: z.string().nullable(),
        parentEvidence: z.string().nullable(),
      })
      .nullable()
      .optional(),
    /** The period the report covers: the year, and the quarter (`quarterly`) or semester. */
    period: z
      .object({
        kind: z.enum(['annual', 'quarterly', 'semester']),
        part: z.number().int().nullable(),
        year: z.number().int().nullable(),
        evidence: z.string(),
        /** The cover's year when it is not the period's (a wrong-year finding of its own). */
        coverYear: z.number().int().nullable(),
      })
      .optional(),
    /** The template the report follows (profiles/), and why. */
    profile: z.object({ id: z.string(), title: z.string(), evidence: z.string() }).optional(),
  }),
  findings: z.array(Finding),
  /** Findings the reviewer accepted (`--baseline`): left out of `findings`, counted here. */
  accepted: z.number().int().nonnegative().optional(),
  /** Set when the file could not be read at all; findings is then empty. */
  error: z.string().optional(),
  notices: z.array(z.string()).optional(),
});
export type FileResult = z.infer<typeof FileResult>;

/** A file given (or found in a folder) that was not linted, and why. */
export const SkippedFile = z.object({
  path: z.string(),
  kind: z.enum(['missing', 'old-word', 'opendocument', 'spreadsheet', 'image', 'archive', 'presentation', 'too-large', 'project', 'other']),
  reason: z.string(),
});
export type SkippedFile = z.infer<typeof SkippedFile>;

export const LintOutput = z.object({
  files: z.array(FileResult),
  /** Files not linted (an old .doc, an image, a missing path ...), each with its reason. */
  skipped: z.array(SkippedFile).optional(),
});
export type LintOutput = z.infer<typeof LintOutput>;
