/**
 * Numbers as LKjIP reports print them: Indonesian (`1.234.567`, `98,5`, `Rp.9.901.777.000,-`),
 * English (`Rp3,558,827,000`, `97.87 %`), with units, footnote marks and template brackets glued on.
 * Every parsed value keeps its printed precision, which decides the rounding tolerance.
 */
import { memoByText } from './memo.js';
import { isLineStartMarker } from './text/markers.js';

export interface ParsedNumber {
  value: number;
  /** Decimals as printed (decides the tolerance). */
  decimals: number;
  percent: boolean;
  money: boolean;
  /** The token as printed, without surrounding noise. */
  text: string;
  /** Decimal separator used, when the token shows one. */
  decimalMark?: ',' | '.';
  /** For `6.858` or `3,149`: the other reading (decimal instead of thousands, or the reverse). */
  alternative?: { value: number; decimals: number };
}

const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const NOISE = /<\/?[a-z][^>]*>|\*+|\[|\]|\(indeks\)|\bindeks\b/gi;

/** One numeric token (no sign, no unit). Longest alternatives first. */
export const NUMBER_CORE = String.raw`\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:\.\d{3}){2,}\.\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?`;
const NUMBER_TOKEN = new RegExp(String.raw`(-\s?)?(?:Rp\.?\s?)?(${NUMBER_CORE})(?:[,.]-)?(\s?%)?`, 'giu');

function countDecimals(s: string): number {
  return s.length;
}

/** Interpret a bare numeric core such as `1.234.567,89`, `3,1`, `97.87`, `6.858`. */
export function interpretCore(core: string, percent: boolean): Omit<ParsedNumber, 'percent' | 'money' | 'text'> | null {
  const dots = (core.match(/\./g) ?? []).length;
  const commas = (core.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return { value: Number(core), decimals: 0 };
  if (dots > 0 && commas > 0) {
    // The mark that comes last is the decimal mark.
    const lastDot = core.lastIndexOf('.');
    const lastComma = core.lastIndexOf(',');
    const decimalMark = lastDot > lastComma ? '.' : ',';
    const thousands = decimalMark === '.' ? /,/g : /\./g;
    const [intPart, frac = ''] = core.replace(thousands, '').split(decimalMark);
    return { value: Number(`${intPart}.${frac}`), decimals: countDecimals(frac), decimalMark };
  }
  const mark = dots > 0 ? '.' : ',';
  const parts = core.split(mark);
  if (parts.length > 2) {
    const last = parts[parts.length - 1] ?? '';
    if (last.length === 3) return { value: Number(parts.join('')), decimals: 0 };
    // `10.979.506.00`: a truncated or mistyped decimal group after thousands groups.
    const intPart = parts.slice(0, -1).join('');
    return { value: Number(`${intPart}.${last}`), decimals: last.length, decimalMark: mark };
  }
  const [intPart = '', frac = ''] = parts;
  const asDecimal = { value: Number(`${intPart}.${frac}`), decimals: frac.length, decimalMark: mark } as const;
  if (frac.length !== 3 || intPart === '0' || intPart.length > 3) return asDecimal;
  // `6.858` / `3,149`: thousands or decimal? Dots read as thousands (Indonesian), commas as
  // decimals (Indonesian), unless it is a percentage, which is never in the thousands here.
  const asThousands = { value: Number(intPart + frac), decimals: 0 };
  if (percent) return { ...asDecimal, alternative: asThousands };
  if (mark === '.') return { ...asThousands, alternative: { value: asDecimal.value, decimals: 3 } };
  return { ...asDecimal, alternative: asThousands };
}

/**
 * Parse a whole cell or short text as one number. Returns null when it holds no number or
 * more than one (a cell such as `2 3` is not a number).
 */
export function parseNumber(raw: string): ParsedNumber | null {
  const cleaned = raw.replace(SUPERSCRIPTS, ' ').replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned || cleaned.length > 80) return null;
  const tokens = findNumbers(cleaned);
  if (tokens.length !== 1) return null;
  const token = tokens[0]!;
  // Whatever is left around the number must be a unit or word, not another figure.
  const rest = (cleaned.slice(0, token.start) + ' ' + cleaned.slice(token.end)).trim();
  if (/\d/.test(rest)) return null;
  if (rest.length > 24) return null;
  return token.number;
}

export interface NumberToken {
  number: ParsedNumber;
  start: number;
  end: number;
}

/** Every number in running text, with its offsets. Years, regulation numbers etc. included: callers filter. */
export const findNumbers: (text: string) => readonly Readonly<NumberToken>[] = memoByText(scanNumbers, 50_000);

function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(text); m; m = NUMBER_TOKEN.exec(text)) {
    const start = m.index;
    const before = text[start - 1] ?? '';
    const after = text[start + m[0].length] ?? '';
    // Part of a word or identifier such as `IMI0010` or `B03`.
    if (/[A-Za-z]/.test(before) && !/^-?\s?Rp/i.test(m[0])) continue;
    if (/[A-Za-z]/.test(after)) continue;
    // A list marker at the start of a line (`2. Persentase …`) is not a figure.
    if (!m[3] && isLineStartMarker(text, start, start + m[0].length)) continue;
    const core = m[2]!;
    const percent = Boolean(m[3]);
    const money = /Rp/i.test(m[0]);
    const interpreted = interpretCore(core, percent);
    if (!interpreted || !Number.isFinite(interpreted.value)) continue;
    const negative = Boolean(m[1]) && !/\d/.test(before);
    const value = negative ? -interpreted.value : interpreted.value;
    const alternative = interpreted.alternative
      ? { value: negative ? -interpreted.alternative.value : interpreted.alternative.value, decimals: interpreted.alternative.decimals }
      : undefined;
    const number: ParsedNumber = {
      value,
      decimals: interpreted.decimals,
      percent,
      money,
      text: m[0].trim().replace(/\s+/g, ' '),
      ...(interpreted.decimalMark ? { decimalMark: interpreted.decimalMark } : {}),
      ...(alternative ? { alternative } : {}),
    };
    out.push({ number, start: negative ? start : start + (m[1]?.length ?? 0), end: start + m[0].length });
  }
  return out;
}

/**
 * Does a printed value match a recomputed one? Reports round or truncate: a value printed with
 * d decimals matches when it is within one unit of the d-th decimal.
 */
export function matchesPrinted(printed: { value: number; decimals: number }, computed: number): boolean {
  const unit = Math.pow(10, -printed.decimals);
  return Math.abs(printed.value - computed) <= unit * 1.0000001 + 1e-9;
}

/**
 * Write a number the way the report writes numbers: its decimal mark (comma or point) and the
 * other mark between thousands, from 1.000 up (`5.353,7%` and `14.230,16%` alike; `5,353.7%` and
 * `14,230.16%` in a report of decimal points). Every figure the linter computes for a message or
 * an `expected` value is written here; figures quoted from the report stay as printed.
 */
export function formatLike(value: number, decimals: number, style: { decimalMark: ',' | '.'; percent?: boolean }): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = '0', frac] = fixed.split('.');
  const thousandsMark = style.decimalMark === ',' ? '.' : ',';
  const grouped = intPart.length >= 4 ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousandsMark) : intPart;
  const sign = value < 0 ? '-' : '';
  return `${sign}${grouped}${frac ? style.decimalMark + frac : ''}${style.percent ? '%' : ''}`;
}

/**
 * The decimal mark for a figure the linter computes beside (or in place of) a figure quoted from
 * the report: that figure's own mark when it shows one (`99.90%` → `86.67%`, `96,67%` → `96,55%`;
 * `1.932.000.000` groups with points, so its decimal mark is the comma), else the report's
 * (its dominant mark). So a message never writes `99.90%` beside `86,67%`, and a fix that replaces
 * a cell's figure keeps the cell's own style.
 */
export function markBeside(quoted: { decimalMark?: ',' | '.'; text?: string } | undefined, reportMark: ',' | '.'): ',' | '.' {
  if (quoted?.decimalMark) return quoted.decimalMark;
  const text = quoted?.text ?? '';
  if (/\d,\d{3}(?!\d)/.test(text) && !/\d\.\d/.test(text)) return '.';
  if (/\d\.\d{3}(?!\d)/.test(text) && !/\d,\d/.test(text)) return ',';
  return reportMark;
}

/** Two decimals, trailing zeros dropped (`111,11`, `100`). */
export function formatResult(value: number, style: { decimalMark: ',' | '.'; percent?: boolean }, decimals = 2): string {
  const text = formatLike(value, decimals, { decimalMark: style.decimalMark });
  const trimmed = text.includes(style.decimalMark) ? text.replace(/0+$/, '').replace(/[.,]$/, '') : text;
  return trimmed + (style.percent ? '%' : '');
}
