/**
 * Markdown reports via unified + remark (GFM tables, `$$` math). Each mdast node becomes a block
 * with its source line, so findings point at the same lines a text editor shows.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Block, LKjIPDocument } from '../model.js';
import { parseFormula } from '../formula.js';
import { stripMarkup } from './text.js';
import { assignListMarkers } from '../text/markers.js';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { line: number }; end: { line: number } };
}

function toText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath') return node.value ?? '';
  if (node.type === 'html') return '';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(toText).join('');
}

export function parseMarkdown(path: string, source: string): LKjIPDocument {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(source) as MdNode;
  const blocks: Block[] = [];
  const push = (b: Omit<Block, 'index'>) => blocks.push({ index: blocks.length, ...b } as Block);
  const loc = (n: MdNode) => ({ line: n.position?.start.line ?? 1, endLine: n.position?.end.line ?? n.position?.start.line ?? 1 });
  const walk = (node: MdNode, listCtx?: { ordered: boolean; next: number }) => {
    switch (node.type) {
      case 'heading':
        push({ kind: 'heading', text: stripMarkup(toText(node)), level: node.depth ?? 1, source: loc(node) });
        return;
      case 'paragraph':
        push({ kind: 'paragraph', text: stripMarkup(toText(node)), source: loc(node) });
        return;
      case 'math':
        push({ kind: 'formula', text: node.value ?? '', source: loc(node), formula: parseFormula(node.value ?? '', 'latex') });
        return;
      case 'table': {
        const rows = (node.children ?? []).map((row) => ({
          cells: (row.children ?? []).map((cell) => stripMarkup(toText(cell))),
          source: loc(row),
        }));
        push({ kind: 'table', text: rows.map((r) => r.cells.join(' | ')).join('\n'), rows, source: loc(node) });
        return;
      }
      case 'list': {
        const ctx = { ordered: Boolean(node.ordered), next: node.start ?? 1 };
        for (const item of node.children ?? []) walk(item, ctx);
        return;
      }
      case 'listItem': {
        const marker = listCtx?.ordered ? `${listCtx.next++}.` : '-';
        const [first, ...rest] = node.children ?? [];
        if (first) push({ kind: 'listItem', text: stripMarkup(toText(first)), marker, source: loc(first) });
        for (const child of rest) walk(child);
        return;
      }
      case 'footnoteDefinition':
        push({ kind: 'footnote', text: stripMarkup(toText(node)), source: loc(node) });
        return;
      default:
        for (const child of node.children ?? []) walk(child, listCtx);
    }
  };
  walk(tree);
  assignListMarkers(blocks);
  return { path, format: 'md', blocks, notices: [], sourceLines: source.split(/\r\n|\r|\n/) };
}
