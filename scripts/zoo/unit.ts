/**
 * What one zoo report is about (the unit, its year, indicators, budget and staff) and how its
 * template writes things (sections `1.1` or `A.`, captions, number format, formulas, wording).
 */
import type { BudgetGroup, Locale, Polarity, StaffRow } from './model.js';

export interface TemplateStyle {
  locale: Locale;
  /** Sections `1.1` / `3.2.1` or `A.` / `1.`. */
  sections: 'decimal' | 'letter';
  /** `Tabel 3.1`, `Tabel III.1`, `Tabel 1` (through the report), `Tabel 3. 1`. */
  caption: 'arabic' | 'roman' | 'seq' | 'spaced';
  formula: 'latex' | 'plain';
  /** How the lower-is-better formula is written: Jawa Barat's form or (2 × T − R) / T. */
  negativeForm: 'jabar' | '2t';
  summaryTitle: string;
  coverLines: string[];
  chapterTitles: [string, string, string, string];
  /** `BAB I` and its title on two lines. */
  chapterSplit: boolean;
  /** Rata-rata rows per sasaran in the capaian table. */
  averageRows: boolean;
  /** Rating scale, highest band first: capaian ≥ min gets label. */
  scale?: { min: number; label: string }[];
  money: 'space' | 'dot' | 'glued';
  /** Which phrasing bank the shared paragraphs use (0..3). */
  wording: number;
  /** Column-number row `(1) (2) …` under table headers. */
  columnNumbers: boolean;
  /** How the report calls itself in sentences: `LKjIP`, `LKIP`, `LAKIP`, `LKj`. */
  selfName: string;
  /** Word the report uses for a target: `Target` or `Rencana`. */
  targetWord: 'Target' | 'Rencana';
}

export interface UnitIndicator {
  name: string;
  satuan: string;
  target: number | null;
  realisasi: number;
  decimals: number;
  polarity: Polarity;
  /** Earlier years (aligned to `UnitSpec.historyYears`): target and realisasi. */
  history: { target: number; realisasi: number }[];
  /** Annual target of a quarterly report (its `target` is the quarter's). */
  annualTarget?: number;
  /** Counts behind a percentage indicator, shown as `x = a / b × 100%`. */
  ratio?: { num: string; den: string; a: number; b: number };
  /** One or two sentences of analysis (what was done, why it moved). */
  analysis: string;
}

export interface UnitSasaran {
  name: string;
  indicators: UnitIndicator[];
}

export interface UnitSpec {
  name: string;
  /** Full name as on the cover and in sentences. */
  unit: string;
  /** Another unit of the same kind, for the wrong-office defect. */
  foreignOffice: string;
  /** Short name the text also uses (`Dinas`, `Kejari Sleman`). */
  short: string;
  /** Upper line of the cover: the government or institution. */
  parent: string;
  address: string;
  city: string;
  year: number;
  /** A quarterly report: the quarter. */
  quarter?: number;
  /** Signing date as printed, e.g. `20 Februari 2017`. */
  signDate: string;
  head: { title: string; name: string; rank?: string; nip: string };
  /** Plan period and document: `2013-2018`, `Renstra` / `RPJMD`. */
  planPeriod: string;
  planDoc: string;
  vision: string;
  missions: string[];
  background: string[];
  legal: string[];
  task: string;
  functions: string[];
  structure: string[];
  issues: string[];
  sasaran: UnitSasaran[];
  historyYears: number[];
  budget: {
    /** Sentence naming where the money comes from: `APBD Provinsi Jawa Barat`, `DIPA …`. */
    source: string;
    groups: BudgetGroup[];
    /** Column word for the ceiling: `Anggaran`, `Pagu`. */
    paguWord: string;
  };
  staff: { title: string; header: string; rows: StaffRow[] };
  otherAchievements: string[];
  obstacles: string[];
  followUps: string[];
  style: TemplateStyle;
}

export function scaleLabel(style: TemplateStyle, value: number | null): string {
  if (!style.scale || value === null) return '-';
  for (const band of style.scale) if (value >= band.min) return band.label;
  return style.scale[style.scale.length - 1]!.label;
}
