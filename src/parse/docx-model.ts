/**
 * mammoth's document model (what `transformDocument` receives) turned into the element tree its
 * HTML would parse to, without writing the HTML and parsing it again.
 *
 * This follows mammoth's own conversion (lib/document-to-html.js and lib/html/simplify.js of
 * mammoth 1.13, with its default style map): headings by style, lists by numbering level
 * (consecutive items collapse into one `ol`/`ul`, deeper levels into the previous item), run
 * wrappers (`sup`, `sub`, `em`, `strong`, `s`) that collapse when adjacent and alike, note
 * references as `<sup>[n]</sup>`, tables with colspan / rowspan, and the referenced notes at the
 * end as `<li id="footnote-N">`. Empty elements are removed as mammoth removes them. The tree is
 * the shape the DOCX reader walks (`HNode`, the fields of hast it reads).
 */

/** The element tree the DOCX reader walks (hast's shape, the fields it reads). */
export interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

/** The parts of mammoth's document model (lib/documents.js) read here. */
export interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  verticalAlignment?: string;
  isBold?: boolean;
  isItalic?: boolean;
  isStrikethrough?: boolean;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  body?: MNode[];
  colSpan?: number;
  rowSpan?: number;
  isHeader?: boolean;
  href?: string;
  anchor?: string;
  name?: string;
}

export interface MDocument extends MNode {
  notes?: { resolve(reference: MNode): MNode | null };
}

/** An element of mammoth's HTML tree, with what its simplification needs. */
interface El extends HNode {
  type: 'element';
  tagName: string;
  /** Tag names a non-fresh element collapses into (`ul|ol`). */
  matches: string[];
  fresh: boolean;
  properties: Record<string, string | number>;
  children: Node[];
}
/** `force` keeps an element that would be empty (mammoth's forceWrite); readers pass over it. */
type Node = El | { type: 'text'; value: string } | { type: 'force' };

const VOID = new Set(['br', 'hr', 'img', 'input']);

function el(tagName: string, fresh: boolean, children: Node[], properties: Record<string, string | number> = {}, matches: string[] = [tagName]): El {
  return { type: 'element', tagName, matches, fresh, properties, children };
}

/** Text as an HTML parser would read the written text: CR LF and CR are line feeds. */
const textNode = (value: string): Node => ({ type: 'text', value: value.replace(/\r\n?/g, '\n') });

/** A path of elements (outermost first) wrapped around some nodes, as mammoth's HtmlPath.wrap. */
type PathEl = { tagName: string; fresh: boolean; matches?: string[] };
function wrap(path: PathEl[], nodes: Node[]): Node[] {
  let out = nodes;
  for (let k = path.length - 1; k >= 0; k--) {
    const p = path[k]!;
    out = [el(p.tagName, p.fresh, out, {}, p.matches ?? [p.tagName])];
  }
  return out;
}

const same = (a?: string | null, b?: string) => a != null && b !== undefined && a.toUpperCase() === b.toUpperCase();

/** mammoth's default style map, for paragraphs (first match wins). */
function paragraphPath(p: MNode): PathEl[] {
  for (let n = 1; n <= 6; n++) if (p.styleId === `Heading${n}`) return [{ tagName: `h${n}`, fresh: true }];
  for (let n = 1; n <= 6; n++) if (same(p.styleName, `Heading ${n}`)) return [{ tagName: `h${n}`, fresh: true }];
  if (p.styleId === 'Heading' || same(p.styleName, 'Heading')) return [{ tagName: 'h1', fresh: true }];
  if (['footnote text', 'endnote text', 'annotation text', 'Footnote', 'Endnote'].some((s) => same(p.styleName, s))) return [{ tagName: 'p', fresh: true }];
  const level = p.numbering ? Number(p.numbering.level) : NaN;
  if (level >= 0 && level <= 4) {
    const path: PathEl[] = [];
    for (let k = 0; k < level; k++) path.push({ tagName: 'ul', matches: ['ul', 'ol'], fresh: false }, { tagName: 'li', fresh: false });
    path.push({ tagName: p.numbering!.isOrdered ? 'ol' : 'ul', fresh: false }, { tagName: 'li', fresh: true });
    return path;
  }
  return [{ tagName: 'p', fresh: true }];
}

class Conversion {
  private noteNumber = 1;
  readonly noteReferences: MNode[] = [];

  elements(nodes: MNode[] | undefined): Node[] {
    const out: Node[] = [];
    for (const n of nodes ?? []) out.push(...this.element(n));
    return out;
  }

  element(n: MNode): Node[] {
    switch (n.type) {
      case 'paragraph':
        return wrap(paragraphPath(n), this.elements(n.children));
      case 'run': {
        // Innermost first: s, sub, sup, em, strong, then the run style (`Strong` => strong).
        let nodes = this.elements(n.children);
        if (n.isStrikethrough) nodes = [el('s', false, nodes)];
        if (n.verticalAlignment === 'subscript') nodes = [el('sub', false, nodes)];
        if (n.verticalAlignment === 'superscript') nodes = [el('sup', false, nodes)];
        if (n.isItalic) nodes = [el('em', false, nodes)];
        if (n.isBold) nodes = [el('strong', false, nodes)];
        if (same(n.styleName, 'Strong')) nodes = [el('strong', false, nodes)];
        return nodes;
      }
      case 'text':
        return [textNode(n.value ?? '')];
      case 'tab':
        return [textNode('\t')];
      case 'hyperlink':
        return [el('a', false, this.elements(n.children), { href: n.anchor ? `#${n.anchor}` : (n.href ?? '') })];
      case 'checkbox':
        return [el('input', true, [])];
      case 'bookmarkStart':
        return [el('a', true, [{ type: 'force' }], { id: n.name ?? '' })];
      case 'noteReference':
        this.noteReferences.push(n);
        return [el('sup', true, [el('a', true, [textNode(`[${this.noteNumber++}]`)], { href: `#${n.noteType}-${n.noteId}` })])];
      case 'note': {
        const backLink = el('p', false, [textNode(' '), el('a', true, [textNode('↑')])]);
        return [el('li', true, [...this.elements(n.body), backLink], { id: `${n.noteType}-${n.noteId}` })];
      }
      case 'image':
        return [el('img', true, [])];
      case 'table':
        return [el('table', true, this.tableChildren(n))];
      case 'tableRow':
        return [el('tr', true, [{ type: 'force' }, ...this.elements(n.children)])];
      case 'break':
        return n.breakType === 'line' ? [el('br', true, [])] : [];
      default:
        // Comment references (not mapped by the default style map), unknown elements.
        return [];
    }
  }

  private tableChildren(t: MNode): Node[] {
    const rows = t.children ?? [];
    let bodyIndex = rows.findIndex((r) => !r.isHeader);
    if (bodyIndex === -1) bodyIndex = rows.length;
    const cells = (r: MNode, header: boolean): Node => {
      const cellNodes: Node[] = [];
      for (const c of r.children ?? []) {
        if (c.type !== 'tableCell') {
          cellNodes.push(...this.element(c));
          continue;
        }
        const spans: Record<string, number> = {};
        if ((c.colSpan ?? 1) !== 1) spans.colSpan = c.colSpan!;
        if ((c.rowSpan ?? 1) !== 1) spans.rowSpan = c.rowSpan!;
        cellNodes.push(el(header ? 'th' : 'td', true, [{ type: 'force' }, ...this.elements(c.children)], spans));
      }
      return el('tr', true, [{ type: 'force' }, ...cellNodes]);
    };
    if (bodyIndex === 0) return [{ type: 'force' }, ...rows.map((r) => cells(r, false))];
    return [{ type: 'force' }, el('thead', true, rows.slice(0, bodyIndex).map((r) => cells(r, true))), el('tbody', true, rows.slice(bodyIndex).map((r) => cells(r, false)))];
  }
}

/** mammoth's Html.simplify: drop empty elements, then collapse adjacent non-fresh alike ones. */
function removeEmpty(nodes: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value.length) out.push(n);
    } else if (n.type === 'force') out.push(n);
    else {
      const children = removeEmpty(n.children);
      if (children.length || VOID.has(n.tagName)) out.push({ ...n, children });
    }
  }
  return out;
}

function sameAttrs(a: Record<string, string | number>, b: Record<string, string | number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function appendChild(children: Node[], child: Node): void {
  const last = children[children.length - 1];
  if (child.type === 'element' && !child.fresh && last && last.type === 'element' && child.matches.includes(last.tagName) && sameAttrs(child.properties, last.properties)) {
    for (const g of child.children) appendChild(last.children, g);
  } else children.push(child);
}

function collapse(nodes: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of nodes) appendChild(out, n.type === 'element' ? { ...n, children: collapse(n.children) } : n);
  return out;
}

/** The tree mammoth's HTML for this document would parse to. */
export function modelToTree(doc: MDocument): HNode {
  const conversion = new Conversion();
  const body = conversion.elements(doc.children);
  const notes: Node[] = [];
  // The references of the body only (mammoth lists the notes before converting them).
  for (const ref of [...conversion.noteReferences]) {
    const note = doc.notes?.resolve(ref);
    if (note) notes.push(...conversion.element(note));
  }
  const all = [...body, el('ol', true, notes)];
  return { type: 'root', children: collapse(removeEmpty(all)) };
}
