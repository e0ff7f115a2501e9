/**
 * One Word paragraph's runs, as text: find a phrase, split the runs at its ends (each half keeps the
 * run's properties), and wrap it in a comment range, or in a tracked deletion followed by a tracked
 * insertion (`--suggest`). The paragraph's XML is edited as text; only the runs that are cut change.
 */

/** What to do to one phrase of the paragraph: a comment on it, and optionally a tracked change. */
export interface PhraseEdit {
  /** Comment id. */
  id: number;
  /** The phrase as Word shows it; null: the comment covers the whole paragraph. */
  find: string | null;
  /** With a phrase: the tracked change replacing it (ids for w:del and w:ins). */
  replace?: { text: string; delId: number; insId: number };
}

interface Run {
  kind: 'run';
  /** The run as it was, while it is not cut: written back unchanged. */
  raw?: string;
  open: string;
  props: string;
  /** The run's children after its properties: `<w:t>` pieces as text, the rest kept as XML. */
  parts: ({ t: string; attrs: string } | { xml: string })[];
}
type Seg = Run | { kind: 'xml'; xml: string };

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!,
  );
export const escXml = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const runText = (r: Run) => r.parts.map((p) => ('t' in p ? p.t : '')).join('');

/** Null when the paragraph holds something a text edit must not cut through (text boxes, drawings). */
function parse(content: string): Seg[] | null {
  if (/<w:txbxContent\b|<mc:AlternateContent\b|<w:pict\b|<w:fldSimple\b/.test(content)) return null;
  const segs: Seg[] = [];
  const re = /<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g;
  let last = 0;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    if (m.index > last) segs.push({ kind: 'xml', xml: content.slice(last, m.index) });
    last = m.index + m[0].length;
    const open = m[0].slice(0, m[0].indexOf('>') + 1);
    let body = m[1]!;
    const props = /^\s*(<w:rPr\s*\/>|<w:rPr\b[\s\S]*?<\/w:rPr>)/.exec(body);
    const rPr = props ? props[1]! : '';
    if (props) body = body.slice(props[0].length);
    const parts: Run['parts'] = [];
    const t = /<w:t(\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>/g;
    let at = 0;
    for (let k = t.exec(body); k; k = t.exec(body)) {
      if (k.index > at) parts.push({ xml: body.slice(at, k.index) });
      at = k.index + k[0].length;
      if (k[2] !== undefined) parts.push({ t: decode(k[2]), attrs: k[1] ?? '' });
    }
    if (at < body.length) parts.push({ xml: body.slice(at) });
    segs.push({ kind: 'run', raw: m[0], open, props: rPr, parts });
  }
  if (last < content.length) segs.push({ kind: 'xml', xml: content.slice(last) });
  return segs;
}

const tXml = (t: string, del: boolean) => `<w:${del ? 'delText' : 't'} xml:space="preserve">${escXml(t)}</w:${del ? 'delText' : 't'}>`;
function runXml(r: Run, del = false): string {
  if (r.raw !== undefined && !del) return r.raw;
  return `${r.open}${r.props}${r.parts.map((p) => ('t' in p ? tXml(p.t, del) : p.xml)).join('')}</w:r>`;
}

/** Split the run holding text position `pos` so that a run boundary falls there. */
function cutAt(segs: Seg[], pos: number): void {
  let at = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.kind !== 'run') continue;
    const len = runText(s).length;
    if (pos > at && pos < at + len) {
      const before: Run['parts'] = [];
      const after: Run['parts'] = [];
      let k = at;
      for (const p of s.parts) {
        if (!('t' in p)) (k < pos ? before : after).push(p);
        else if (k + p.t.length <= pos) before.push(p);
        else if (k >= pos) after.push(p);
        else {
          before.push({ t: p.t.slice(0, pos - k), attrs: p.attrs });
          after.push({ t: p.t.slice(pos - k), attrs: p.attrs });
        }
        if ('t' in p) k += p.t.length;
      }
      segs.splice(i, 1, { kind: 'run', open: s.open, props: s.props, parts: before }, { kind: 'run', open: s.open, props: s.props, parts: after });
      return;
    }
    at += len;
  }
}

/**
 * The paragraph content (between its properties and `</w:p>`) with the edits written in. An edit
 * whose phrase is not found once in the text (or overlaps an earlier one) covers the whole paragraph
 * and has no tracked change; returned in `placed` are the ids of the edits placed on their phrase
 * and in `changed` those written as tracked changes.
 */
export function editParagraph(content: string, edits: PhraseEdit[], author: string, date: string): { xml: string; placed: Set<number>; changed: Set<number> } {
  const placed = new Set<number>();
  const changed = new Set<number>();
  const segs = parse(content);
  const ranges = new Map<number, [number, number]>();
  /** The part of a phrase the tracked change replaces: what find and replace do not share at their ends. */
  const dels = new Map<number, [number, number, string]>();
  if (segs) {
    const text = segs.map((s) => (s.kind === 'run' ? runText(s) : '')).join('');
    const taken: [number, number][] = [];
    const seen = new Map<string, number>();
    for (const e of edits) {
      if (!e.find) continue;
      // The n-th finding quoting the same phrase is on its n-th occurrence.
      const nth = seen.get(e.find) ?? 0;
      seen.set(e.find, nth + 1);
      let at = -1;
      let len = e.find.length;
      for (let k = 0, from = 0; k <= nth; k++) {
        at = text.indexOf(e.find, from);
        if (at < 0) break;
        from = at + 1;
      }
      if (at < 0 && nth === 0) {
        // Whitespace the parser folded: match with runs of spaces as one.
        const parts = e.find.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const m = new RegExp(parts.join('\\s+')).exec(text);
        if (m) [at, len] = [m.index, m[0].length];
      }
      if (at < 0) continue;
      const end = at + len;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      taken.push([at, end]);
      ranges.set(e.id, [at, end]);
      if (e.replace && text.slice(at, end) === e.find) {
        const f = e.find;
        const r = e.replace.text;
        let p = 0;
        while (p < f.length && p < r.length && f[p] === r[p]) p++;
        let q = 0;
        while (q < f.length - p && q < r.length - p && f[f.length - 1 - q] === r[r.length - 1 - q]) q++;
        if (f.length - p - q > 0) dels.set(e.id, [at + p, end - q, r.slice(p, r.length - q)]);
      }
    }
    for (const [a, b] of [...ranges.values(), ...dels.values()]) {
      cutAt(segs, a);
      cutAt(segs, b);
    }
    // A tracked change only over plain runs: no element opened or closed inside it (a hyperlink,
    // another author's change), no field or drawing deleted.
    for (const e of edits) {
      const r = dels.get(e.id);
      if (!r) delete e.replace;
      if (!r || !e.replace) continue;
      let pos = 0;
      for (const s of segs) {
        const len = s.kind === 'run' ? runText(s).length : 0;
        const inside = s.kind === 'run' ? pos >= r[0] && pos + len <= r[1] && len > 0 : pos > r[0] && pos < r[1];
        if (inside && (s.kind === 'xml' ? /<(?![^>]*\/>)[^>]*>/.test(s.xml) : s.parts.some((p) => 'xml' in p && /<w:(fldChar|instrText|drawing|object|footnoteReference|endnoteReference)\b/.test(p.xml)))) {
          delete e.replace;
          break;
        }
        pos += len;
      }
    }
  }
  if (!segs || ranges.size === 0) {
    const starts = edits.map((e) => `<w:commentRangeStart w:id="${e.id}"/>`).join('');
    const ends = [...edits].reverse().map((e) => `<w:commentRangeEnd w:id="${e.id}"/><w:r><w:commentReference w:id="${e.id}"/></w:r>`).join('');
    return { xml: starts + content + ends, placed, changed };
  }
  const whole = edits.filter((e) => !ranges.has(e.id));
  const out: string[] = whole.map((e) => `<w:commentRangeStart w:id="${e.id}"/>`);
  let pos = 0;
  let deleting: PhraseEdit | null = null;
  for (const s of segs) {
    if (s.kind !== 'run') {
      out.push(s.xml);
      continue;
    }
    const len = runText(s).length;
    const end = pos + len;
    for (const e of edits) {
      const r = ranges.get(e.id);
      if (r && r[0] === pos && len > 0) {
        out.push(`<w:commentRangeStart w:id="${e.id}"/>`);
        placed.add(e.id);
      }
    }
    for (const e of edits) {
      const d = dels.get(e.id);
      if (d && e.replace && placed.has(e.id) && d[0] === pos && len > 0 && !deleting) {
        deleting = e;
        out.push(`<w:del w:id="${e.replace.delId}" w:author="${author}" w:date="${date}">`);
      }
    }
    out.push(runXml(s, deleting !== null && len > 0));
    if (deleting && deleting.replace && len > 0 && dels.get(deleting.id)![1] === end) {
      const d = dels.get(deleting.id)!;
      out.push(`</w:del>${d[2] ? `<w:ins w:id="${deleting.replace.insId}" w:author="${author}" w:date="${date}">${s.open}${s.props}${tXml(d[2], false)}</w:r></w:ins>` : ''}`);
      changed.add(deleting.id);
      deleting = null;
    }
    for (const e of [...edits].reverse()) {
      const r = ranges.get(e.id);
      if (r && r[1] === end && len > 0 && placed.has(e.id)) out.push(`<w:commentRangeEnd w:id="${e.id}"/><w:r><w:commentReference w:id="${e.id}"/></w:r>`);
    }
    pos = end;
  }
  for (const e of [...whole].reverse()) out.push(`<w:commentRangeEnd w:id="${e.id}"/><w:r><w:commentReference w:id="${e.id}"/></w:r>`);
  return { xml: out.join(''), placed, changed };
}

/** Remove lkjip-lint's own comments (author "lkjip-lint") from an earlier run: their ranges, references and bodies. */
export function dropOwnComments(documentXml: string, commentsXml: string | undefined, author: string): { document: string; comments: string | undefined; dropped: number } {
  // Its tracked changes stay: the report is read as Word shows it, with them, so new comments fit around them.
  if (!commentsXml) return { document: documentXml, comments: commentsXml, dropped: 0 };
  const ids = new Set<string>();
  const comments = commentsXml.replace(/<w:comment\b([^>]*)>[\s\S]*?<\/w:comment>/g, (all, attrs: string) => {
    if (!new RegExp(`\\bw:author="${author}"`).test(attrs)) return all;
    const id = /\bw:id="(\d+)"/.exec(attrs)?.[1];
    if (id !== undefined) ids.add(id);
    return '';
  });
  if (ids.size === 0) return { document: documentXml, comments: commentsXml, dropped: 0 };
  const own = (id: string) => ids.has(id);
  let document = documentXml.replace(/<w:r>\s*<w:commentReference w:id="(\d+)"\s*\/>\s*<\/w:r>/g, (all, id: string) => (own(id) ? '' : all));
  document = document.replace(/<w:(commentRangeStart|commentRangeEnd|commentReference) w:id="(\d+)"\s*\/>/g, (all, _k, id: string) => (own(id) ? '' : all));
  return { document, comments, dropped: ids.size };
}
