/**
 * Rewrites of a report's layout: the Sistematika written as prose, chapter headings split over two
 * lines or run into one, chapter numbers as `BAB 1` or a bare `I.`, and the running header and
 * page footer (`- N -`, `Hal. N`) a PDF text export prints on every page.
 */
import { CHAPTER_LINE, LineWriter, chapterHeadings, fromRoman, inPlace, sistematikaRange, statedYear, toRoman, type Transformation } from '../lines.js';

const cleanTitle = (s: string) => s.replace(/\*\*|<\/?b>|^#+\s*/g, '').replace(/\s+/g, ' ').trim();
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s(])\S/g, (c) => c.toUpperCase());
const COUNT = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** The Sistematika's chapter list as one paragraph: `Laporan ini terdiri atas empat bab. Bab I, Pendahuluan, berisi …`. */
export const sistematikaProse: Transformation = {
  id: 'sistematika-prose',
  description: 'the Sistematika written as one paragraph of prose instead of a list of chapters',
  apply(text) {
    const lines = text.split('\n');
    const range = sistematikaRange(lines);
    const w = new LineWriter();
    if (!range) return inPlace(text, (t) => t);
    const sentences: string[] = [];
    range.entries.forEach((at, e) => {
      const stop = range.entries[e + 1] ?? range.end + 1;
      const m = CHAPTER_LINE.exec(lines[at]!.replace(/^\s*(?:\d{1,2}[.)]|[a-z][.)]|-|•)\s+/, ''))!;
      const n = /^\d$/.test(m[3]!) ? Number(m[3]) : fromRoman(m[3]!)!;
      let heading = cleanTitle(m[5]!).replace(/^[:.\s-]+/, '');
      const body: string[] = [];
      for (let i = at + 1; i < stop; i++) {
        const t = cleanTitle(lines[i]!).replace(/^(?:\d+(?:\.\d+)*\.?|[a-z][.)]|-|•)\s+/, '').trim();
        if (!t) continue;
        if (!heading && /^[A-Z][A-Z ,&-]{3,}$/.test(t)) heading = t;
        else body.push(t.replace(/[.:;,]$/, ''));
      }
      const named = heading ? `, ${titleCase(heading)},` : '';
      sentences.push(`Bab ${toRoman(n)}${named.replace(/,$/, ':')} ${body.length ? body.join('; ') : 'bagian tersebut'}.`);
    });
    const count = COUNT[range.entries.length] ?? String(range.entries.length);
    for (let i = 0; i < lines.length; i++) {
      if (i === range.start) w.keep(i, `Laporan ini terdiri atas ${count} bab. ${sentences.join(' ')}`);
      else if (i > range.start && i <= range.end) w.joinInto(i);
      else w.keep(i, lines[i]!);
    }
    return w.result();
  },
};

/** `BAB III AKUNTABILITAS KINERJA` on one line → `BAB III` / `AKUNTABILITAS KINERJA`. */
export const chapterSplit: Transformation = {
  id: 'chapter-split',
  description: 'chapter headings split over two lines: `BAB III` / `AKUNTABILITAS KINERJA`',
  apply(text) {
    const lines = text.split('\n');
    const split = new Map(chapterHeadings(lines).filter((h) => h.titleLine === null).map((h) => [h.line, h]));
    const w = new LineWriter();
    lines.forEach((line, i) => {
      const m = split.has(i) ? CHAPTER_LINE.exec(line) : null;
      const rest = m ? m[5]!.replace(/^\s*[:.-]?\s*/, '') : '';
      if (!m || !cleanTitle(rest)) return w.keep(i, line);
      const close = /\*\*\s*$/.test(rest) && /\*\*/.test(m[1]!) ? '**' : '';
      w.keep(i, `${m[1]}${m[2]} ${m[3]}${m[4]}${close}`);
      w.insert(`${m[1]}${rest}`);
    });
    return w.result();
  },
};

/** `BAB I` / `PENDAHULUAN` on two lines → `BAB I PENDAHULUAN`. */
export const chapterJoined: Transformation = {
  id: 'chapter-joined',
  description: 'chapter headings on two lines run into one: `BAB I PENDAHULUAN`',
  apply(text) {
    const lines = text.split('\n');
    const joined = new Map(chapterHeadings(lines).filter((h) => h.titleLine !== null).map((h) => [h.line, h.titleLine!]));
    const absorbed = new Set(joined.values());
    const w = new LineWriter();
    for (let i = 0; i < lines.length; i++) {
      const title = joined.get(i);
      if (title !== undefined) {
        // Blank lines between the number and the title go with the heading.
        const bold = /\*\*\s*$/.test(lines[i]!);
        w.keep(i, `${lines[i]!.replace(/\*\*\s*$|\s+$/g, '')} ${cleanTitle(lines[title]!)}${bold ? '**' : ''}`);
        for (let j = i + 1; j <= title; j++) w.joinInto(j);
        i = title;
      } else if (!absorbed.has(i)) w.keep(i, lines[i]!);
    }
    return w.result();
  },
};

/**
 * A chapter heading run into the end of the paragraph before it, as a reflowed export prints it:
 * `… sebesar Rp13.537.676.000. BAB III` / `AKUNTABILITAS KINERJA`.
 */
export const chapterRunIn: Transformation = {
  id: 'chapter-run-in',
  description: 'chapter headings run into the end of the paragraph before them: `… Rp13.537.676.000. BAB III` / `AKUNTABILITAS KINERJA`',
  apply(text) {
    const lines = text.split('\n');
    const heads = new Map(chapterHeadings(lines).map((h) => [h.line, h]));
    const w = new LineWriter();
    let lastProse = -1; // index in w.out of the last line that ends a paragraph of prose
    let blanks: number[] = []; // old blank lines since then
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const h = heads.get(i);
      const m = h ? CHAPTER_LINE.exec(line) : null;
      if (h && m && lastProse >= 0 && !/^\s*#/.test(line)) {
        const rest = cleanTitle(m[5]!.replace(/^\s*[:.-]?\s*/, ''));
        w.out[lastProse] = `${w.out[lastProse]!.replace(/\s+$/, '')} ${m[2]} ${m[3]}`;
        // The blank lines between the paragraph and the heading go with it.
        w.out.length = lastProse + 1;
        for (const b of blanks) w.map[b] = lastProse + 1;
        w.map[i] = lastProse + 1;
        if (rest) w.insert(rest);
        lastProse = -1;
        blanks = [];
        continue;
      }
      w.keep(i, line);
      const t = line.trim();
      if (!t) blanks.push(i);
      else {
        blanks = [];
        lastProse = /[.;:!?)]$/.test(t) && t.length > 40 && !line.includes('\t') && !CHAPTER_LINE.test(line) && !/^[#|*<]/.test(t) ? w.out.length - 1 : -1;
      }
    }
    return w.result();
  },
};

/** The chapter number in every heading, contents line and Sistematika entry (`BAB III`, `Bab III`), rewritten. */
function chapterForm(text: string, form: 'arabic' | 'bare'): { text: string; lineMap: number[] } {
  const lines = text.split('\n');
  const w = new LineWriter();
  const heads = new Map(chapterHeadings(lines).map((h) => [h.line, h]));
  const absorbed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (absorbed.has(i)) {
      w.joinInto(i);
      continue;
    }
    const line = lines[i]!;
    if (form === 'arabic') {
      w.keep(i, line.replace(/\b(BAB|Bab)(\s+)([IVX]{1,4})\b(?![.-]\d)/g, (all, word: string, sp: string, r: string) => {
        const n = fromRoman(r);
        return n ? `${word}${sp}${n}` : all;
      }));
      continue;
    }
    // Bare `I.`: headings only (a sentence saying "pada Bab III" keeps its words).
    const h = heads.get(i);
    const m = h ? CHAPTER_LINE.exec(line) : null;
    if (!h || !m) {
      w.keep(i, line);
      continue;
    }
    let rest = m[5]!.replace(/^\s*[:.-]?\s*/, '');
    if (h.titleLine !== null) {
      rest = cleanTitle(lines[h.titleLine]!);
      for (let j = i + 1; j <= h.titleLine; j++) absorbed.add(j);
    }
    const bold = /\*\*/.test(m[1]!) && !/\*\*\s*$/.test(rest) ? '**' : '';
    w.keep(i, `${m[1]}${toRoman(h.number)}. ${cleanTitle(rest)}${bold}`.replace(/\s+$/, ''));
  }
  return w.result();
}

export const chapterArabic: Transformation = {
  id: 'chapter-arabic',
  description: 'chapters numbered `BAB 1` … `BAB 4` instead of `BAB I` … `BAB IV` (headings, contents, Sistematika, references)',
  apply: (text) => ({ ...chapterForm(text, 'arabic'), rewrite: (s) => s.replace(/\b(BAB|Bab)(\s+)([IVX]{1,4})\b/g, (a, w: string, sp: string, r: string) => (fromRoman(r) ? `${w}${sp}${fromRoman(r)}` : a)) }),
};

export const chapterBare: Transformation = {
  id: 'chapter-bare',
  description: 'chapter headings as a bare roman numeral: `III. AKUNTABILITAS KINERJA` (no word BAB)',
  apply: (text) => chapterForm(text, 'bare'),
};

/**
 * A page's footer and the next page's running header every ~50 lines, as a PDF text export
 * prints them: never inside a table (a tab-separated row on either side), mid-paragraph allowed.
 */
function pageFurniture(text: string, footer: (page: number) => string, header: string): { text: string; lineMap: number[] } {
  const lines = text.split('\n');
  const w = new LineWriter();
  let page = 1;
  let sinceBreak = 0;
  for (let i = 0; i < lines.length; i++) {
    const inTable = lines[i]!.includes('\t') || (lines[i - 1] ?? '').includes('\t') || /^\s*\$\$/.test(lines[i]!);
    if (sinceBreak >= 50 && !inTable) {
      w.insert(footer(page));
      w.insert(header);
      page++;
      sinceBreak = 0;
    }
    w.keep(i, lines[i]!);
    sinceBreak++;
  }
  return w.result();
}

export const pageDash: Transformation = {
  id: 'page-dash',
  description: 'a running header and a centred `- N -` footer every ~50 lines (a PDF text export)',
  apply(text) {
    const year = statedYear(text);
    return pageFurniture(text, (n) => `${' '.repeat(40)}- ${n} -`, `Laporan Kinerja Instansi Pemerintah${year ? ` Tahun ${year}` : ''}`);
  },
};

export const pageHal: Transformation = {
  id: 'page-hal',
  description: 'a right-aligned running header and a `Hal. N` footer every ~50 lines (a PDF text export)',
  apply(text) {
    const year = statedYear(text);
    return pageFurniture(text, (n) => `${' '.repeat(70)}Hal. ${n}`, `${' '.repeat(30)}LAPORAN KINERJA${year ? ` TAHUN ${year}` : ''}`);
  },
};

export const layoutTransformations: Transformation[] = [sistematikaProse, chapterSplit, chapterJoined, chapterRunIn, chapterArabic, chapterBare, pageDash, pageHal];
