/**
 * The figures a report states in several places (Ikhtisar, BAB III, BAB IV): capaian per
 * indicator, averages, how many indicators reached their target, budget totals. Computed once
 * so every place prints the same numbers.
 */
import { capaian, groupTotals, mean, round } from './model.js';
import { scaleLabel, type UnitIndicator, type UnitSpec } from './unit.js';

export interface IndicatorFigure {
  ind: UnitIndicator;
  sasaran: string;
  capaian: number | null;
  category: string;
}

export interface Figures {
  indicators: IndicatorFigure[];
  /** Mean capaian per sasaran (indicators without a target this period left out). */
  sasaranAverage: Map<string, number | null>;
  overall: number;
  reached: number;
  measured: number;
  budget: { pagu: number; realisasi: number; percent: number; sisa: number };
}

export function figures(u: UnitSpec): Figures {
  const indicators: IndicatorFigure[] = [];
  const sasaranAverage = new Map<string, number | null>();
  for (const s of u.sasaran) {
    const caps: number[] = [];
    for (const ind of s.indicators) {
      const c = capaian(ind);
      if (c !== null) caps.push(c);
      indicators.push({ ind, sasaran: s.name, capaian: c, category: scaleLabel(u.style, c) });
    }
    sasaranAverage.set(s.name, caps.length ? mean(caps) : null);
  }
  const measured = indicators.filter((f) => f.capaian !== null);
  const { pagu, realisasi } = groupTotals(u.budget.groups);
  return {
    indicators,
    sasaranAverage,
    overall: mean(measured.map((f) => f.capaian!)),
    reached: measured.filter((f) => f.capaian! >= 100).length,
    measured: measured.length,
    budget: { pagu, realisasi, percent: round((realisasi / pagu) * 100, 2), sisa: pagu - realisasi },
  };
}

/** Capaian of an earlier year from that year's target and realisasi. */
export function historyCapaian(ind: UnitIndicator, i: number): number | null {
  const h = ind.history[i];
  if (!h) return null;
  return capaian({ target: h.target, realisasi: h.realisasi, polarity: ind.polarity });
}

export function percentOf(part: number, whole: number): number {
  return round((part / whole) * 100, 2);
}
