/**
 * Characters nobody sees, taken out of the text every rule reads: zero-width spaces and joiners,
 * word joiners, soft hyphens, a BOM in mid-text, and bidirectional marks, overrides and isolates.
 * `[sat\u200bker]` is read as `[satker]`, so a leftover placeholder cannot hide behind them.
 */
import type { LKjIPDocument } from '../model.js';

const ALL = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const ANY = new RegExp(ALL.source);

export function dropInvisible(text: string): string {
  return ANY.test(text) ? text.replace(ALL, '') : text;
}

/** The document with invisible characters removed from every block's text, marker and cells. */
export function dropInvisibleInDocument(doc: LKjIPDocument): LKjIPDocument {
  for (const b of doc.blocks) {
    b.text = dropInvisible(b.text);
    if (b.marker !== undefined) b.marker = dropInvisible(b.marker);
    if (b.formula) b.formula.written = dropInvisible(b.formula.written);
    for (const r of b.rows ?? []) r.cells = r.cells.map(dropInvisible);
  }
  return doc;
}
