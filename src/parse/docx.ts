/**
 * Word (.docx) reports into the same Document the text parser produces.
 *
 * The body goes through mammoth, whose document model is walked as its HTML conversion would
 * (docx-model.ts) into the tree read here.
 * mammoth drops equations, page breaks and paragraph numbers, so before it runs we rewrite
 * word/document.xml (read with JSZip + xmldom): each equation becomes a marker `⟦EQ n⟧` whose
 * OMML we convert ourselves (omml.ts), each page break `⟦PB⟧`, and each body paragraph or table
 * starts with `⟦P n⟧`. The markers come back in mammoth's model at the right place and are
 * removed from the text.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DOMParser } from '@xmldom/xmldom';
import type { Block, LKjIPDocument, TableRow } from '../model.js';
import { parseFormula } from '../formula.js';
import { ommlToLatex, type XNode } from './omml.js';
import { modelToTree, type HNode, type MDocument } from './docx-model.js';
import { InputError } from './errors.js';
import { ZipParts } from './zip-parts.js';
import { PLAIN_FORMULA } from './text.js';
import { assignListMarkers } from '../text/markers.js';
import { wordNumbers, type WordNumber } from './docx-numbering.js';
import type { Text } from '../rule.js';

/** Inflated size cap for the parts we read (a zip bomb is refused, not unpacked). */
const MAX_INFLATED = 150 * 1024 * 1024;
/** The XML parts of a package (all read for the DOCTYPE check). */
const XML_PART = /\.(xml|rels)$/i;
const PARTS = /^(\[Content_Types\]\.xml|_rels\/\.rels|word\/(document|styles|numbering|footnotes|endnotes|comments|settings|fontTable)\.xml|word\/_rels\/[^/]+\.rels)$/;


const NS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/**
 * Each complete `<m:NAME …>…</m:NAME>` in `xml` replaced by `replace(fragment)`, the fragment
 * ending at the first closing tag after its start (as a lazy regex would), in one pass: an
 * opening tag with no closing tag after it ends the search instead of being retried from every
 * later start (200,000 unclosed `<m:oMath>` took a minute with a regex).
 */
function replaceElements(xml: string, name: string, replace: (fragment: string) => string): string {
  const open = `<${name}`;
  const close = `</${name}>`;
  const pieces: string[] = [];
  let last = 0;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    if (/\w/.test(xml[at + open.length] ?? '')) continue; // <m:oMathPara is not <m:oMath
    const end = xml.indexOf(close, at + open.length);
    if (end < 0) break;
    pieces.push(xml.slice(last, at), replace(xml.slice(at, end + close.length)));
    last = at = end + close.length;
  }
  pieces.push(xml.slice(last));
  return pieces.join('');
}

/** Elements that give a paragraph something to show; a body paragraph with none of them is dropped. */
const CONTENT = /<(w:(t|tab|ptab|br|cr|sym|drawing|pict|object|numPr|fldSimple|instrText|footnoteReference|endnoteReference|noBreakHyphen|softHyphen|txbxContent|p)|m:oMath)\b|⟦/;

/**
 * Put markers into word/document.xml as text, without building a DOM of the whole (large) file:
 * each equation becomes `⟦EQ n⟧` (its OMML converted from a small DOM of the equation alone),
 * each page break `⟦PB⟧`, each body paragraph starts with `⟦P n⟧` and each body table's first
 * cell holds `⟦T n⟧`. Empty body paragraphs are counted but left out: they show nothing and
 * cost mammoth as much as full ones. Linear in the input: every scan is bounded by the element
 * it reads (no lazy regex across tags that may never close).
 */
export function markDocumentXml(xml: string): { xml: string; equations: string[] } {
  const equations: string[] = [];
  const parser = new DOMParser();
  const latexOf = (fragment: string) => {
    const doc = parser.parseFromString(`<root ${NS}>${fragment}</root>`, 'text/xml');
    const el = doc.documentElement?.firstChild;
    return el ? ommlToLatex(el as unknown as XNode) : '';
  };
  // Display equations first (they hold m:oMath inside), then inline ones.
  let out = replaceElements(xml, 'm:oMathPara', (frag) => {
    equations.push(latexOf(frag));
    return run(`⟦EQ ${equations.length - 1} D⟧`);
  });
  out = replaceElements(out, 'm:oMath', (frag) => {
    equations.push(latexOf(frag));
    return run(`⟦EQ ${equations.length - 1}⟧`);
  });
  out = out.replace(/<w:lastRenderedPageBreak\s*\/>|<w:br\b[^<>]*>/g, (tag) => (tag[3] === 'l' || (tag.endsWith('/>') && tag.includes('w:type="page"')) ? '<w:t>⟦PB⟧</w:t>' : tag));
  // Body paragraphs and tables, by nesting depth. ([^<>]: a tag never holds '<', so a '<' with no
  // '>' after it is not scanned again from every later '<'.)
  const tag = /<(\/?)w:(p|tbl|txbxContent)\b([^<>]*?)(\/?)>/g;
  const pieces: string[] = [];
  let last = 0;
  let pDepth = 0;
  let tblDepth = 0;
  let boxDepth = 0;
  let para = 0;
  let pendingTable: number | null = null;
  for (let m = tag.exec(out); m; m = tag.exec(out)) {
    const [all, close, name, , self] = m;
    const end = m.index + all.length;
    if (name === 'txbxContent') {
      if (!self) boxDepth += close ? -1 : 1;
      continue;
    }
    if (name === 'tbl') {
      if (self) continue;
      if (close) tblDepth--;
      else {
        if (tblDepth === 0 && pDepth === 0 && boxDepth === 0) pendingTable = para++;
        tblDepth++;
      }
      continue;
    }
    // w:p
    if (self) {
      if (!close && pDepth === 0 && tblDepth === 0 && boxDepth === 0) para++;
      continue;
    }
    if (close) {
      if (pendingTable !== null && tblDepth > 0) {
        pieces.push(out.slice(last, m.index), run(`⟦T ${pendingTable}⟧`));
        last = m.index;
        pendingTable = null;
      }
      pDepth--;
      continue;
    }
    if (pDepth === 0 && tblDepth === 0 && boxDepth === 0) {
      // The paragraph up to its first closing tag (all of it unless it holds another paragraph).
      const stop = out.indexOf('</w:p>', end);
      const body = out.slice(end, stop < 0 ? out.length : stop);
      if (stop >= 0 && !CONTENT.test(body)) {
        pieces.push(out.slice(last, m.index));
        last = stop + '</w:p>'.length;
        tag.lastIndex = last;
        para++;
        continue;
      }
      // After the paragraph's properties (they must stay its first child).
      let at = end;
      const lead = /^\s*<w:pPr\b[^<>]*>/.exec(body.slice(0, 1000));
      if (lead) {
        const selfClosing = lead[0].endsWith('/>');
        const propsEnd = selfClosing ? lead[0].length : body.indexOf('</w:pPr>', lead[0].length);
        if (propsEnd >= 0) at = end + (selfClosing ? propsEnd : propsEnd + '</w:pPr>'.length);
      }
      pieces.push(out.slice(last, at), run(`⟦P ${para++}⟧`));
      last = at;
    }
    pDepth++;
  }
  pieces.push(out.slice(last));
  return { xml: pieces.join(''), equations };
}

export async function parseDocx(path: string, bytes: Uint8Array): Promise<LKjIPDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new InputError('input.docxDamaged', { reason: (e as Error).message });
  }
  const names = Object.keys(zip.files);
  if (names.some((n) => /vbaProject\.bin$/i.test(n))) throw new InputError('input.docm');
  if (names.some((n) => /^EncryptedPackage$|EncryptionInfo/i.test(n))) throw new InputError('input.docxPassword');
  const main = zip.file('word/document.xml');
  if (!main) throw new InputError('input.noDocumentXml');
  // The sizes the headers claim are a first check; the bound is what inflation produces (ZipParts).
  const parts = new ZipParts(zip, MAX_INFLATED);
  const xmlParts = names.filter((n) => XML_PART.test(n) && !zip.files[n]!.dir);
  const total = parts.claimed([...new Set([...names.filter((n) => PARTS.test(n)), ...xmlParts])]);
  if (total > MAX_INFLATED) throw new InputError('input.docxInflates', { mb: Math.round(total / 1048576), limit: MAX_INFLATED / 1048576 });
  // Word never writes a DOCTYPE; one with entities is an attack on XML parsers (XXE, billion
  // laughs). Every XML part is read whole for it, not only the ones we parse.
  for (const n of xmlParts) {
    if (/<!DOCTYPE|<!ENTITY/i.test(parts.text(n, PARTS.test(n)))) throw new InputError('input.doctype', { part: n });
  }
  const xml = parts.text('word/document.xml');
  const { xml: marked, equations } = markDocumentXml(xml);
  // mammoth reads the parts from this zip (no second unzip), with the marked body in place of
  // word/document.xml, and hands over its document model (no HTML written and parsed again).
  const served = (name: string) => PARTS.test(name) || /^word\/media\//.test(name);
  const file = {
    exists: (name: string) => served(name) && zip.file(name) !== null,
    read: async (name: string, encoding?: string) => {
      if (!served(name)) throw new Error(`${name} is not read`);
      if (name === 'word/document.xml') return encoding ? marked : new TextEncoder().encode(marked);
      const bytes = parts.bytes(name);
      if (encoding === 'base64') return Buffer.from(bytes).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
  };
  let model: MDocument | undefined;
  try {
    await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
      ignoreEmptyParagraphs: true,
      includeDefaultStyleMap: true,
      includeEmbeddedStyleMap: false,
      transformDocument: (d: unknown) => {
        model = d as MDocument;
        return { ...(d as object), children: [] };
      },
    } as Parameters<typeof mammoth.convertToHtml>[1]);
  } catch (e) {
    throw new InputError('input.docxUnreadableWhy', { reason: (e as Error).message.split('\n')[0] ?? '' });
  }
  if (!model) throw new InputError('input.docxUnreadable');
  // Word's automatic numbers (`BAB %1`, lettered and roman lists), which mammoth does not print.
  const numbering = wordNumbers(xml, (await zip.file('word/numbering.xml')?.async('string')) ?? null, (await zip.file('word/styles.xml')?.async('string')) ?? null);
  return toDocument(path, modelToTree(model), equations, numbering);
}

function text(n: HNode): string {
  if (n.type === 'text') return n.value ?? '';
  if (n.tagName === 'br') return '\n';
  if (n.tagName === 'sup') {
    // mammoth writes footnote references as <sup><a href="#footnote-1">[1]</a></sup>.
    const inner = (n.children ?? []).map(text).join('');
    const m = /^\[(\d+)\]$/.exec(inner.trim());
    if (m) return [...m[1]!].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
    return inner;
  }
  // Paragraphs of one table cell (or note) are lines of its text, not glued words.
  let out = '';
  for (const c of n.children ?? []) {
    const t = text(c);
    out += out && c.type === 'element' && BLOCK_TAGS.has(c.tagName!) && !out.endsWith('\n') ? `\n${t}` : t;
  }
  return out;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'li', 'table']);

function toDocument(path: string, tree: HNode, equations: string[], numbering: Map<number, WordNumber> = new Map()): LKjIPDocument {
  const blocks: Block[] = [];
  const notices: Text[] = [];
  let page = 1;
  let paragraph = 0;
  const push = (b: Omit<Block, 'index'>) => blocks.push({ index: blocks.length, ...b } as Block);
  /** Read the markers out of a text; returns the clean text and the equations found in it. */
  const unmark = (raw: string): { clean: string; eqs: { n: number; display: boolean }[]; para?: number } => {
    const eqs: { n: number; display: boolean }[] = [];
    let para: number | undefined;
    let clean = raw.replace(/⟦(EQ (\d+)( D)?|PB|[PT] (\d+))⟧/g, (_m, _all, eq, display, p) => {
      if (eq !== undefined) {
        eqs.push({ n: Number(eq), display: Boolean(display) });
        return `⟦EQ ${eq}⟧`;
      }
      if (p !== undefined) {
        para ??= Number(p);
        paragraph = Number(p);
        return '';
      }
      page++;
      return '';
    });
    clean = clean.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    return { clean, eqs, ...(para !== undefined ? { para } : {}) };
  };
  // Paragraphs are numbered from 1 in the model, as the screen shows them (the marks count from 0).
  const source = () => ({ paragraph: paragraph + 1, page });
  const emitText = (kind: 'heading' | 'paragraph' | 'listItem', raw: string, extra: Partial<Block> = {}) => {
    const { clean: unmarked, eqs, para } = unmark(raw);
    let clean = unmarked;
    // The number Word prints before the paragraph: a chapter's `BAB I`, a list's `b.` or `iv.`.
    const num = para !== undefined ? numbering.get(para) : undefined;
    if (num && num.list.style !== 'bullet') {
      if (kind === 'listItem') extra = { ...extra, marker: num.label, list: num.list };
      else if (kind === 'heading' || /[A-Za-z]{2,}/.test(num.label)) clean = `${num.label} ${clean}`;
      else {
        kind = 'listItem';
        extra = { ...extra, marker: num.label, list: num.list, level: num.level };
      }
    }
    const at = source();
    // An equation on its own paragraph is a formula block; inline ones are written into the text.
    const onlyEq = eqs.length > 0 && clean.replace(/⟦EQ \d+⟧/g, '').trim() === '';
    if (onlyEq) {
      for (const e of eqs) {
        const latex = equations[e.n] ?? '';
        push({ kind: 'formula', text: latex, source: at, formula: parseFormula(latex, 'omml') });
      }
      return;
    }
    const withEqs = clean.replace(/⟦EQ (\d+)⟧/g, (_m, k) => equations[Number(k)] ?? '');
    if (!withEqs.trim()) return;
    // A formula typed as text (`x =100%`, `y = 100% / 90% × 100% = 111,11%`), as in text exports,
    // possibly with the next sentence run into the same paragraph (`x =100% Berdasarkan ...`).
    // (Read from the paragraph's start only: a formula is short, and the lazy scan stays bounded.)
    const lead = kind === 'paragraph' ? /^\s*([xyzXYZ]\s*=\s*[-(\d][\d.,%\s×*/()+=-]*?)\s+(?=[A-Z][a-z])/.exec(withEqs.slice(0, 400)) : null;
    if (lead && PLAIN_FORMULA.test(lead[1]!.trim())) {
      push({ kind: 'formula', text: lead[1]!.trim(), source: at, formula: parseFormula(lead[1]!.trim(), 'plain') });
      push({ kind, text: withEqs.slice(lead[0].length), source: at, ...extra });
      return;
    }
    if (kind === 'paragraph' && PLAIN_FORMULA.test(withEqs.trim()) && !/[A-Za-z]{3,}/.test(withEqs) && withEqs.trim().length <= 120) {
      push({ kind: 'formula', text: withEqs.trim(), source: at, formula: parseFormula(withEqs.trim(), 'plain') });
      return;
    }
    // A footnote typed into the body (`¹ Rudenim hapus …`), as exports from PDF leave them.
    if (kind === 'paragraph' && /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S/.test(withEqs)) {
      push({ kind: 'footnote', text: withEqs, source: at });
      return;
    }
    push({ kind, text: withEqs, source: at, ...extra });
  };
  const walk = (n: HNode, listLevel = 0) => {
    for (const c of n.children ?? []) {
      if (c.type !== 'element') continue;
      const tag = c.tagName!;
      if (/^h[1-6]$/.test(tag)) emitText('heading', text(c), { level: Number(tag[1]) });
      else if (tag === 'p') emitText('paragraph', text(c));
      else if (tag === 'ul' || tag === 'ol') {
        let k = 0;
        for (const li of c.children ?? []) {
          if (li.type !== 'element' || li.tagName !== 'li') continue;
          const id = String(li.properties?.id ?? '');
          const own: HNode = { type: 'element', tagName: 'div', children: (li.children ?? []).filter((x) => !(x.type === 'element' && (x.tagName === 'ul' || x.tagName === 'ol'))) };
          if (/^footnote-/.test(id) || /^endnote-/.test(id)) {
            const num = /(\d+)$/.exec(id)?.[1] ?? '';
            const { clean } = unmark(text(own).replace(/\s*↑\s*$/, ''));
            if (clean) push({ kind: 'footnote', text: `${[...num].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('')} ${clean}`, source: source() });
          } else {
            const marker = tag === 'ol' ? `${k + 1}.` : '-';
            emitText('listItem', text(own), { marker, level: listLevel });
          }
          k++;
          for (const sub of li.children ?? []) if (sub.type === 'element' && (sub.tagName === 'ul' || sub.tagName === 'ol')) walk({ type: 'root', children: [sub] }, listLevel + 1);
        }
      } else if (tag === 'table') emitTable(c);
      else walk(c, listLevel);
    }
  };
  const emitTable = (t: HNode) => {
    const trs: HNode[] = [];
    const collect = (n: HNode) => {
      for (const c of n.children ?? []) {
        if (c.type !== 'element') continue;
        if (c.tagName === 'tr') trs.push(c);
        else if (c.tagName !== 'table') collect(c);
      }
    };
    collect(t);
    const grid: string[][] = [];
    const spans: { col: number; left: number }[] = [];
    let firstPara: number | undefined;
    trs.forEach((tr, r) => {
      const row: string[] = [];
      let col = 0;
      const place = () => {
        while (spans[col] && spans[col]!.left > 0) {
          spans[col]!.left--;
          row[col] = '';
          col++;
        }
      };
      for (const td of tr.children ?? []) {
        if (td.type !== 'element' || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
        place();
        const m = unmark(text(td));
        if (m.para !== undefined) firstPara ??= m.para;
        const cell = m.clean.replace(/⟦EQ (\d+)⟧/g, (_x, k) => equations[Number(k)] ?? '').replace(/\n+/g, ' ');
        const colspan = Number(td.properties?.colSpan ?? 1) || 1;
        const rowspan = Number(td.properties?.rowSpan ?? 1) || 1;
        for (let k = 0; k < colspan; k++) {
          row[col] = k === 0 ? cell : '';
          if (rowspan > 1) spans[col] = { col, left: rowspan - 1 };
          col++;
        }
      }
      place();
      grid[r] = row.map((c) => c ?? '');
    });
    if (!grid.length) return;
    if (firstPara !== undefined) paragraph = firstPara;
    const at = source();
    const rows: TableRow[] = grid.map((cells) => ({ cells, source: { ...at } }));
    push({ kind: 'table', text: grid.map((r) => r.join('\t')).join('\n'), source: at, rows });
  };
  walk(tree);
  // Pages only when Word recorded where they break (w:lastRenderedPageBreak, page breaks).
  if (page === 1) {
    for (const b of blocks) {
      delete b.source.page;
      for (const r of b.rows ?? []) delete r.source.page;
    }
  }
  assignListMarkers(blocks);
  return { path, format: 'docx', blocks, notices };
}
