/**
 * Word's automatic numbering, as Word prints it: numbering.xml's levels (`numFmt` upperRoman,
 * lowerLetter…, `lvlText` such as `BAB %1` or `%1.%2.`, `start`, a list's `startOverride`) applied
 * to the body paragraphs in order. mammoth keeps only "ordered or not", so a Word chapter heading
 * numbered `BAB %1` would lose its "BAB I", and a lettered list would read as 1., 2., 3.
 * Paragraphs are counted as the body marks them (`⟦P n⟧`, docx.ts): each top-level paragraph or
 * table is one.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { ListInfo, ListStyle } from '../model.js';
import { printValue } from '../text/markers.js';

interface Level {
  style: ListStyle;
  text: string;
  start: number;
}

export interface WordNumber {
  /** The number as Word prints it (`BAB I`, `a.`, `3.2.`). */
  label: string;
  list: ListInfo;
  level: number;
}

const FORMATS: Record<string, ListStyle> = { upperRoman: 'upper-roman', lowerRoman: 'lower-roman', upperLetter: 'upper-alpha', lowerLetter: 'lower-alpha', bullet: 'bullet' };

type El = { tagName: string; getAttribute(n: string): string | null; getElementsByTagName(n: string): ArrayLike<El>; childNodes: ArrayLike<El & { nodeType: number }> };

const val = (el: El | undefined, tag: string): string | null => {
  const found = el?.getElementsByTagName(tag)[0];
  return found ? found.getAttribute('w:val') : null;
};

function children(el: El, tag: string): El[] {
  const out: El[] = [];
  for (let k = 0; k < el.childNodes.length; k++) {
    const c = el.childNodes[k]!;
    if (c.nodeType === 1 && c.tagName === tag) out.push(c);
  }
  return out;
}

/** numbering.xml and styles.xml read into what the counting needs. */
function readDefinitions(numberingXml: string, stylesXml: string | null) {
  const parser = new DOMParser();
  const root = parser.parseFromString(numberingXml, 'text/xml').documentElement as unknown as El | null;
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  if (root) {
    for (const a of children(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        const fmt = val(l, 'w:numFmt') ?? 'decimal';
        levels.set(Number(l.getAttribute('w:ilvl') ?? 0), { style: FORMATS[fmt] ?? 'decimal', text: val(l, 'w:lvlText') ?? '', start: Number(val(l, 'w:start') ?? 1) });
      }
      abstracts.set(a.getAttribute('w:abstractNumId') ?? '', levels);
    }
    for (const n of children(root, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of children(n, 'w:lvlOverride')) {
        const start = val(o, 'w:startOverride');
        if (start !== null) overrides.set(Number(o.getAttribute('w:ilvl') ?? 0), Number(start));
      }
      nums.set(n.getAttribute('w:numId') ?? '', { abstract: val(n, 'w:abstractNumId') ?? '', overrides });
    }
  }
  // Paragraph styles that number their paragraphs (a `Heading 1` linked to `BAB %1`).
  const styles = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>();
  const sroot = stylesXml ? (parser.parseFromString(stylesXml, 'text/xml').documentElement as unknown as El | null) : null;
  if (sroot) {
    for (const s of children(sroot, 'w:style')) {
      const numPr = s.getElementsByTagName('w:numPr')[0];
      const ilvl = numPr ? val(numPr, 'w:ilvl') : null;
      styles.set(s.getAttribute('w:styleId') ?? '', { numId: numPr ? val(numPr, 'w:numId') : null, ilvl: ilvl !== null ? Number(ilvl) : null, basedOn: val(s, 'w:basedOn') });
    }
  }
  return { abstracts, nums, styles };
}

/** The numbering of each numbered body paragraph, by paragraph index. */
export function wordNumbers(documentXml: string, numberingXml: string | null, stylesXml: string | null): Map<number, WordNumber> {
  const out = new Map<number, WordNumber>();
  if (!numberingXml) return out;
  const { abstracts, nums, styles } = readDefinitions(numberingXml, stylesXml);
  const counters = new Map<string, (number | undefined)[]>();
  const restarted = new Set<string>();
  const styleNumbering = (id: string | null): { numId: string | null; ilvl: number | null } => {
    for (let k = 0; id && k < 10; k++) {
      const s = styles.get(id);
      if (!s) break;
      if (s.numId !== null) return { numId: s.numId, ilvl: s.ilvl };
      id = s.basedOn;
    }
    return { numId: null, ilvl: null };
  };
  const tag = /<(\/?)w:(p|tbl|txbxContent)\b([^>]*?)(\/?)>/g;
  let pDepth = 0;
  let tblDepth = 0;
  let boxDepth = 0;
  let para = 0;
  for (let m = tag.exec(documentXml); m; m = tag.exec(documentXml)) {
    const [all, close, name, , self] = m;
    if (name === 'txbxContent') {
      if (!self) boxDepth += close ? -1 : 1;
      continue;
    }
    if (name === 'tbl') {
      if (self) continue;
      if (close) tblDepth--;
      else {
        if (tblDepth === 0 && pDepth === 0 && boxDepth === 0) para++;
        tblDepth++;
      }
      continue;
    }
    const top = pDepth === 0 && tblDepth === 0 && boxDepth === 0;
    if (self) {
      if (!close && top) para++;
      continue;
    }
    if (close) {
      pDepth--;
      continue;
    }
    pDepth++;
    if (!top) continue;
    const index = para++;
    const props = /^\s*(<w:pPr\b[\s\S]*?<\/w:pPr>)/.exec(documentXml.slice(m.index + all.length, m.index + all.length + 20000))?.[1] ?? '';
    const own = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
    const byStyle = styleNumbering(/<w:pStyle w:val="([^"]*)"/.exec(props)?.[1] ?? null);
    const numId = (own && /<w:numId w:val="([^"]*)"/.exec(own)?.[1]) || byStyle.numId;
    if (!numId || numId === '0') continue;
    const ilvl = Number((own && /<w:ilvl w:val="(\d+)"/.exec(own)?.[1]) ?? byStyle.ilvl ?? 0);
    const num = nums.get(numId);
    const levels = num ? abstracts.get(num.abstract) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    // Lists of one abstract definition count on together; a list instance with a start override restarts.
    const count = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, count);
    const override = num.overrides.get(ilvl);
    if (override !== undefined && !restarted.has(`${numId}|${ilvl}`)) {
      restarted.add(`${numId}|${ilvl}`);
      count[ilvl] = override - 1;
    }
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    if (level.style === 'bullet') {
      out.set(index, { label: '-', list: { style: 'bullet', value: 0, printed: '-' }, level: ilvl });
      continue;
    }
    const label = level.text.replace(/%(\d)/g, (_x, d) => {
      const k = Number(d) - 1;
      const lv = levels.get(k);
      return lv ? printValue(lv.style === 'bullet' ? 'decimal' : lv.style, count[k] ?? lv.start) : '';
    });
    out.set(index, { label: label.trim(), list: { style: level.style, value: count[ilvl]!, printed: label.trim() }, level: ilvl });
  }
  return out;
}
