/**
 * `--annotate OUT.docx`: a copy of the Word report with one comment per finding (author
 * "lkjip-lint"), anchored on the paragraph, or the table cell, the finding is about.
 *
 * Only what comments need changes: word/document.xml gets comment ranges and reference runs (no
 * text of the report is touched), the comments part gets the comments (created when missing, with
 * its relationship and content type; appended to when the report already has comments). Every
 * other part is copied as it is. The document is edited as text, not through a DOM, so nothing
 * else in the XML is re-serialised.
 */
import JSZip from 'jszip';
import type { FileResult, Finding } from '../model.js';
import type { Lang } from '../rule.js';
import { noteLines } from './note.js';
import { dropOwnComments, editParagraph, type PhraseEdit } from './runs.js';

const AUTHOR = 'lkjip-lint';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** Where a paragraph's content starts (after its properties) and ends (before `</w:p>`). */
interface ParaSpan {
  start: number;
  end: number;
  /** `<w:p/>`: the whole tag, to be rewritten as an open/close pair. */
  selfClosing?: { from: number; to: number; attrs: string };
}
interface CellSpan {
  gridStart: number;
  span: number;
  para?: ParaSpan;
}
type BodyItem = { kind: 'p'; para: ParaSpan } | { kind: 'tbl'; rows: CellSpan[][]; firstPara?: ParaSpan };

/**
 * The body's paragraphs and tables, numbered the way the DOCX parser numbers them
 * (src/parse/docx.ts `markDocumentXml`): body-level paragraphs and tables, not those inside
 * tables or text boxes.
 */
export function scanBody(xml: string): BodyItem[] {
  const items: BodyItem[] = [];
  const tag = /<(\/?)w:(p|tbl|tr|tc|txbxContent|gridSpan)\b([^>]*?)(\/?)>/g;
  let pDepth = 0;
  let tblDepth = 0;
  let boxDepth = 0;
  let openPara: ParaSpan | null = null;
  let table: Extract<BodyItem, { kind: 'tbl' }> | null = null;
  let row: CellSpan[] | null = null;
  let cell: CellSpan | null = null;
  let cellPara: ParaSpan | null = null;
  let gridCol = 0;
  const afterProps = (at: number) => {
    const props = /^\s*(<w:pPr\s*\/>|<w:pPr\b[\s\S]*?<\/w:pPr>)/.exec(xml.slice(at, at + 20000));
    return props ? at + props[0].length : at;
  };
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [all, close, name, attrs, self] = m;
    const end = m.index + all.length;
    if (name === 'txbxContent') {
      if (!self) boxDepth += close ? -1 : 1;
      continue;
    }
    if (boxDepth > 0) continue;
    if (name === 'tbl') {
      if (self) continue;
      if (close) {
        tblDepth--;
        if (tblDepth === 0) table = null;
      } else {
        if (tblDepth === 0 && pDepth === 0) {
          table = { kind: 'tbl', rows: [] };
          items.push(table);
        }
        tblDepth++;
      }
      continue;
    }
    if (name === 'tr' && tblDepth === 1 && table && !self) {
      if (close) row = null;
      else {
        row = [];
        table.rows.push(row);
        gridCol = 0;
      }
      continue;
    }
    if (name === 'tc' && tblDepth === 1 && row && !self) {
      if (close) {
        gridCol += cell?.span ?? 1;
        cell = null;
      } else {
        cell = { gridStart: gridCol, span: 1 };
        row.push(cell);
      }
      continue;
    }
    if (name === 'gridSpan' && tblDepth === 1 && cell) {
      const v = /w:val="(\d+)"/.exec(attrs ?? '');
      if (v) cell.span = Math.max(1, Number(v[1]));
      continue;
    }
    if (name !== 'p') continue;
    if (self) {
      if (close) continue;
      const para: ParaSpan = { start: end, end: end, selfClosing: { from: m.index, to: end, attrs: attrs ?? '' } };
      if (pDepth === 0 && tblDepth === 0) items.push({ kind: 'p', para });
      else if (tblDepth === 1 && cell && !cell.para) cell.para = para;
      continue;
    }
    if (close) {
      pDepth--;
      if (pDepth === 0 && openPara) {
        openPara.end = m.index;
        openPara = null;
      }
      if (cellPara) {
        cellPara.end = m.index;
        cellPara = null;
      }
      continue;
    }
    if (pDepth === 0) {
      const para: ParaSpan = { start: afterProps(end), end: -1 };
      if (tblDepth === 0) {
        items.push({ kind: 'p', para });
        openPara = para;
      } else if (tblDepth === 1 && cell && !cell.para) {
        cell.para = para;
        cellPara = para;
      }
    }
    pDepth++;
  }
  for (const it of items) if (it.kind === 'tbl') it.firstPara = it.rows[0]?.[0]?.para;
  return items;
}

function escXml(s: string): string {
  // Characters XML 1.0 does not allow are dropped.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function commentXml(id: number, f: Finding, lang: Lang, date: string): string {
  const lines = noteLines(f, lang).map((text, k) => `<w:p><w:r>${k === 0 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escXml(text)}</w:t></w:r></w:p>`);
  return `<w:comment w:id="${id}" w:author="${AUTHOR}" w:date="${date}" w:initials="LL">${lines.join('')}</w:comment>`;
}

/** The paragraph a finding is anchored on: the table cell's first paragraph, or the paragraph. */
function anchorOf(items: BodyItem[], f: Finding): ParaSpan | undefined {
  const n = f.location.paragraph;
  if (n === undefined || items.length === 0) return undefined;
  const item = items[Math.max(0, Math.min(n - 1, items.length - 1))]!;
  if (item.kind === 'p') return item.para;
  const row = f.location.row !== undefined ? item.rows[f.location.row - 1] : item.rows[0];
  if (!row) return item.firstPara;
  if (f.location.cell !== undefined) {
    const col = f.location.cell - 1;
    const cell = row.find((c) => col >= c.gridStart && col < c.gridStart + c.span) ?? row[row.length - 1];
    if (cell?.para) return cell.para;
  }
  return row.find((c) => c.para)?.para ?? item.firstPara;
}

export interface AnnotateResult {
  bytes: Uint8Array;
  /** Comments written. */
  comments: number;
  /** Tracked changes written (`--suggest`). */
  changes?: number;
  /** lkjip-lint's own comments from an earlier run, replaced. */
  replaced?: number;
}

export interface DocxAnnotateOptions {
  /** Write the certain fixes (Finding.fix) as tracked changes by "lkjip-lint". */
  suggest?: boolean;
  date?: string;
}

/** The text a comment is anchored on: the fix's phrase, else what the report wrote. */
function phraseOf(f: Finding): string | null {
  if (f.fix) return f.fix.find;
  const a = f.actual?.trim();
  return a && a.length <= 200 ? a : null;
}

export async function annotateDocx(original: Uint8Array, result: FileResult, lang: Lang, opts: DocxAnnotateOptions = {}): Promise<AnnotateResult> {
  const date = opts.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const zip = await JSZip.loadAsync(original);
  const main = zip.file('word/document.xml');
  if (!main) throw new Error('no word/document.xml');
  let xml = await main.async('string');
  // The comments part: the one the document's relationships name, else a new word/comments.xml.
  const relsPath = 'word/_rels/document.xml.rels';
  let rels = (await zip.file(relsPath)?.async('string')) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const relMatch = new RegExp(`<Relationship\\b[^>]*Type="${COMMENTS_TYPE.replace(/[./]/g, '\\$&')}"[^>]*>`).exec(rels);
  let commentsPath = 'word/comments.xml';
  if (relMatch) {
    const target = /Target="([^"]+)"/.exec(relMatch[0])?.[1] ?? 'comments.xml';
    commentsPath = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  }
  let comments = await zip.file(commentsPath)?.async('string');
  // Annotating an annotated copy: lkjip-lint's earlier comments (and changes) are replaced, not doubled.
  const own = dropOwnComments(xml, comments, AUTHOR);
  xml = own.document;
  comments = own.comments;
  const items = scanBody(xml);
  let nextId = 0;
  if (comments) for (const m of comments.matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)) nextId = Math.max(nextId, Number(m[1]) + 1);
  // Comment ids also appear in the document's ranges.
  for (const m of xml.matchAll(/<w:comment(?:RangeStart|Reference)\b[^>]*\bw:id="(\d+)"/g)) nextId = Math.max(nextId, Number(m[1]) + 1);

  // Insertions into the XML, by position: a paragraph with comments is rewritten from after its
  // properties to `</w:p>` (ranges on the quoted phrase, or the whole paragraph), `<w:p/>` as a pair.
  const inserts: { at: number; phase: number; order: number; text: string; skipTo?: number }[] = [];
  const written: string[] = [];
  const byPara = new Map<ParaSpan, PhraseEdit[]>();
  let changeId = 0;
  for (const m of xml.matchAll(/<w:(?:ins|del)\b[^>]*\bw:id="(\d+)"/g)) changeId = Math.max(changeId, Number(m[1]) + 1);
  changeId = Math.max(changeId, nextId + result.findings.length) + 1;
  let order = 0;
  for (const f of result.findings) {
    const para = anchorOf(items, f);
    if (!para) continue;
    const id = nextId++;
    written.push(commentXml(id, f, lang, date));
    const start = `<w:commentRangeStart w:id="${id}"/>`;
    const end = `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    if (para.selfClosing) {
      const sc = para.selfClosing;
      const existing = inserts.find((x) => x.skipTo !== undefined && x.at === sc.from);
      if (existing) existing.text = existing.text.replace(/<\/w:p>$/, `${start}${end}</w:p>`);
      else inserts.push({ at: sc.from, phase: 0, order, text: `<w:p${sc.attrs}>${start}${end}</w:p>`, skipTo: sc.to });
    } else {
      const edits = byPara.get(para) ?? [];
      byPara.set(para, edits);
      edits.push({ id, find: phraseOf(f), ...(opts.suggest && f.fix ? { replace: { text: f.fix.replace, delId: changeId++, insId: changeId++ } } : {}) });
    }
    order++;
  }
  let changes = 0;
  for (const [para, edits] of byPara) {
    if (para.end < para.start) continue;
    const done = editParagraph(xml.slice(para.start, para.end), edits, AUTHOR, date);
    changes += done.changed.size;
    inserts.push({ at: para.start, phase: 0, order: order++, text: done.xml, skipTo: para.end });
  }
  inserts.sort((a, b) => a.at - b.at || a.phase - b.phase || a.order - b.order);
  const out: string[] = [];
  let last = 0;
  for (const ins of inserts) {
    out.push(xml.slice(last, ins.at), ins.text);
    last = ins.skipTo ?? ins.at;
  }
  out.push(xml.slice(last));
  zip.file('word/document.xml', out.join(''));

  if (comments) {
    comments = /<w:comments\b[^>]*\/>\s*$/.test(comments)
      ? comments.replace(/<w:comments\b([^>]*?)\s*\/>\s*$/, (_m, attrs: string) => `<w:comments${attrs}>${written.join('')}</w:comments>`)
      : comments.replace(/<\/w:comments>\s*$/, `${written.join('')}</w:comments>`);
  } else {
    comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${written.join('')}</w:comments>`;
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]);
    let rid = 'rIdLkjipLint';
    for (let k = 2; ids.includes(rid); k++) rid = `rIdLkjipLint${k}`;
    rels = rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${rid}" Type="${COMMENTS_TYPE}" Target="comments.xml"/></Relationships>`);
    zip.file(relsPath, rels);
    const ctPath = '[Content_Types].xml';
    const ct = (await zip.file(ctPath)?.async('string')) ?? '';
    if (!ct.includes('PartName="/word/comments.xml"')) zip.file(ctPath, ct.replace(/<\/Types>\s*$/, `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CONTENT}"/></Types>`));
  }
  zip.file(commentsPath, comments);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, comments: written.length, changes, ...(own.dropped ? { replaced: own.dropped } : {}) };
}
