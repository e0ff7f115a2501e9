/**
 * The builder's state while a report is written: chapter / section / table counters in the
 * template's style, and the number formats of the unit.
 */
import { fmt, pct, roman, rupiah, type Block, type ListStyle } from './model.js';
import type { TemplateStyle, UnitIndicator, UnitSpec } from './unit.js';

export class Ctx {
  readonly blocks: Block[] = [];
  readonly s: TemplateStyle;
  private chapterNo = 0;
  private sectionNo = 0;
  private subNo = 0;
  private tableInChapter = 0;
  private tableNo = 0;

  constructor(readonly u: UnitSpec) {
    this.s = u.style;
  }

  /** Pick one of several phrasings by the template's wording bank. */
  pick<T>(...variants: T[]): T {
    return variants[this.s.wording % variants.length]!;
  }

  // ------------------------------------------------------------ structure
  front(text: string): void {
    this.blocks.push({ kind: 'pagebreak' }, { kind: 'heading', level: 1, text });
  }

  chapter(n: number, title: string): void {
    this.chapterNo = n;
    this.sectionNo = 0;
    this.subNo = 0;
    this.tableInChapter = 0;
    const label = `BAB ${roman(n)}`;
    this.blocks.push({ kind: 'pagebreak' }, { kind: 'heading', level: 1, text: this.s.chapterSplit ? `${label}\n${title}` : `${label} ${title}` });
  }

  section(title: string): string {
    this.sectionNo += 1;
    this.subNo = 0;
    const text = this.s.sections === 'decimal' ? `${this.chapterNo}.${this.sectionNo}. ${title}` : `${String.fromCharCode(64 + this.sectionNo)}. ${title}`;
    this.blocks.push({ kind: 'heading', level: 2, text });
    return text;
  }

  sub(title: string): void {
    this.subNo += 1;
    const text = this.s.sections === 'decimal' ? `${this.chapterNo}.${this.sectionNo}.${this.subNo}. ${title}` : `${this.subNo}. ${title}`;
    this.blocks.push({ kind: 'heading', level: 3, text });
  }

  para(text: string, opts: { align?: 'center' | 'right'; bold?: boolean } = {}): void {
    this.blocks.push({ kind: 'para', text, ...opts });
  }

  list(style: ListStyle, items: string[]): void {
    this.blocks.push({ kind: 'list', style, items });
  }

  caption(title: string): string {
    this.tableInChapter += 1;
    this.tableNo += 1;
    const c = this.chapterNo;
    const k = this.tableInChapter;
    switch (this.s.caption) {
      case 'arabic': return `Tabel ${c}.${k} ${title}`;
      case 'spaced': return `Tabel ${c}. ${k} ${title}`;
      case 'roman': return `Tabel ${roman(c)}.${k} ${title}`;
      case 'seq': return `Tabel ${this.tableNo}. ${title}`;
    }
  }

  table(title: string | undefined, header: string[][], rows: string[][]): void {
    const head = this.s.columnNumbers ? [...header, header[header.length - 1]!.map((_, i) => `(${i + 1})`)] : header;
    this.blocks.push({ kind: 'table', caption: title === undefined ? undefined : this.caption(title), header: head, rows });
  }

  formula(lhs: string, num: string, den: string, result: string | null, times100 = true): void {
    this.blocks.push({ kind: 'formula', lhs, num, den, result, times100 });
  }

  // ------------------------------------------------------------ numbers
  n(v: number, decimals = 0): string {
    return fmt(v, decimals, this.s.locale);
  }

  p(v: number | null, decimals = 2): string {
    return v === null ? '-' : pct(v, this.s.locale, decimals);
  }

  rp(v: number): string {
    return rupiah(v, this.s.locale, this.s.money);
  }

  /** A target or realisasi as the tables print it (no unit). */
  val(ind: UnitIndicator, v: number | null): string {
    return v === null ? '-' : fmt(v, ind.decimals, this.s.locale);
  }

  /** The same with its unit for sentences: `92,50%`, `4,40 per 1.000 KH`, `12 hari`. */
  withUnit(ind: UnitIndicator, v: number | null): string {
    if (v === null) return '-';
    const n = this.val(ind, v);
    if (ind.satuan === '%') return `${n}%`;
    return /^(nilai|indeks)$/i.test(ind.satuan) ? n : `${n} ${ind.satuan}`;
  }
}
