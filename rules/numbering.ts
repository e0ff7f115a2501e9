/**
 * numbering: duplicated or skipped numbers — table rows (`1 2 3 3 4`), numbered and lettered lists
 * (`1. 4.`, a list that starts at `h.`), figure and table captions (`Gambar 5` after `Gambar 17`).
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import type { Block } from '../src/model.js';
import type { Text } from '../src/rule.js';
import { captionNumber, captionScheme, findCaptions, type CaptionHit } from '../src/text/captions.js';
import { inToc } from '../src/walk.js';
import type { BodyHeading } from '../src/facts/contents.js';
import { leadingMarker, markerReadings, printValue as show, type ListStyle } from '../src/text/markers.js';

/** The reading of a list item's marker (every parser gives one), as style key and value. */
function markerValue(b: Block): { style: ListStyle; key: string; value: number } | null {
  const l = b.list;
  if (!l || l.style === 'bullet') return null;
  const punct = l.printed.startsWith('(') ? '()' : l.printed.slice(-1);
  return { style: l.style, key: `${l.style}${punct}`, value: l.value };
}

/** Does any line between two items start with the marker of `value` (an item the parser did not see as one)? */
function printedBetween(blocks: Block[], from: number, to: number, style: ListStyle, values: number[]): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const b = blocks[k]!;
    const lines = b.kind === 'table' ? (b.rows ?? []).map((r) => r.cells.find((c) => c.trim()) ?? '') : b.text.split('\n');
    // (The item's own first line is its marker; a marker glued to its text, `m.Mengoordinasikan`, counts.)
    for (const line of k === from ? lines.slice(1) : lines) {
      const m = leadingMarker(line.replace(/^(\s*\S{1,4}?[.)])(?=[A-Z])/, '$1 ').replace(/^(\s*[a-z][.)])(?=[a-z]{4})/, '$1 ')) ?? leadingMarker(`${line} `);
      if (m && markerReadings(m).some((r) => r.style === style && values.includes(r.value))) return true;
    }
  }
  return false;
}

type ChainTable = { t: { block: Block; headerRows: number }; numbered: { r: number; v: number; text: string }[] };

/** A table's header words, for telling that two tables are the same table printed in parts. */
function headerKey(t: { block: Block; headerRows: number }): string {
  // The first header row: the header rows found can run into the first row of data.
  return (t.block.rows ?? []).slice(0, Math.min(1, t.headerRows)).flatMap((r) => r.cells).join('').replace(/[^\p{L}%]/gu, '').toUpperCase();
}

/**
 * Tables of one header, one or two numbered rows each, in a row (one small table per sasaran,
 * `9.` `10.` `1.` `11.`): their row numbers are one count. A number that breaks the count where the
 * count goes on after it is reported; a `1` the next table does not follow with `2` is no restart.
 */
function checkTableChains(blocks: Block[], tables: ChainTable[], report: (t: ChainTable['t'], row: number, expected: string, actual: string) => void): void {
  const chains: ChainTable[][] = [];
  let chain: ChainTable[] = [];
  let key = '';
  let lastAt = -1;
  for (const x of tables) {
    const k = x.t.headerRows > 0 ? headerKey(x.t) : '';
    // A table with no row numbers (a running footer read as a table) neither joins nor breaks a chain.
    if (x.numbered.length === 0) continue;
    const small = x.numbered.length <= 2 && k.length >= 8;
    // A table with no header of its own right after one of the chain is its rest (split over a page).
    const rest = k === '' && key !== '' && x.numbered.length <= 2 && x.t.block.index - lastAt <= 4;
    if (rest || (small && k === key && x.t.block.index - lastAt <= 30)) {
      chain.push(x);
      lastAt = x.t.block.index;
      continue;
    }
    if (small && k === key && x.t.block.index - lastAt <= 30) chain.push(x);
    else {
      if (chain.length) chains.push(chain);
      chain = small ? [x] : [];
      key = small ? k : '';
    }
    if (small) lastAt = x.t.block.index;
  }
  if (chain.length) chains.push(chain);
  for (const c of chains) {
    if (c.length < 3) continue;
    const rows = c.flatMap((x) => x.numbered.map((n) => ({ ...n, x })));
    let prev = rows[0]!.v;
    let steps = 0;
    for (let k = 1; k < rows.length; k++) {
      const cur = rows[k]!;
      const next = rows[k + 1];
      if (cur.v === prev + 1) {
        prev = cur.v;
        steps++;
        continue;
      }
      // A restart at 1 that the next table follows with 2 (or that ends the chain) is a new count.
      if (cur.v === 1 && (next === undefined || next.v === 2 || steps < 2 || cur.x.numbered.length > 1)) {
        prev = 1;
        steps = 0;
        continue;
      }
      if (cur.v !== 1 && cur.v < prev) {
        prev = cur.v;
        steps = 0;
        continue;
      }
      // The expected number in a table between the two (another header, a row read otherwise): no gap.
      const from = rows[k - 1]!.x.t.block.index;
      const printed = blocks.slice(from + 1, cur.x.t.block.index).some((b) => b.kind === 'table' && (b.rows ?? []).some((r) => new RegExp(`^${prev + 1}\\.?(?:\\s|$)`).test((r.cells.find((c) => c.trim()) ?? '').trim())));
      if (printed) {
        prev = cur.v;
        continue;
      }
      report(cur.x.t, cur.r, String(prev + 1), cur.text);
      // An intruder (`10 1 11`) leaves the count where it was; a skip (`13 15 16`) moves it on.
      if (next?.v !== prev + 1) prev = cur.v === 1 ? prev + 1 : cur.v;
    }
  }
}

/**
 * Decimal section numbers (`3.1.4` then `3.1.6`; `1.1.` between the `3.x` and the `4.x` sections;
 * `3.1.1` under `3.2.`), read from the numbers themselves, so the same whether or not the chapter
 * headings were found: a skipped number printed somewhere between (a heading read as text) is no skip.
 */
function checkSectionNumbers(blocks: Block[], headings: BodyHeading[], report: (h: BodyHeading, expected: string) => void): void {
  const decimal = headings.filter((h) => h.number?.style === 'decimal' && h.number.depth >= 2);
  const parts = (h: BodyHeading) => h.number!.value.split('.').map(Number);
  const dot = (h: BodyHeading) => (h.number!.printed.endsWith('.') ? '.' : '');
  const printedLine = (from: number, to: number, value: string) =>
    // (The heading's own block too, after its first line: a heading run into the paragraph above.)
    blocks.slice(from, to).some((b) => (b.kind === 'table' ? (b.rows ?? []).map((r) => r.cells.find((c) => c.trim()) ?? '') : b.text.split('\n')).slice(b.index === from ? 1 : 0).some((l) => new RegExp(`^\\s*${value.replace(/\./g, '\\.')}\\.?(?:\\s|$)`).test(l)));
  const last = new Map<string, BodyHeading>();
  const latestAtDepth = new Map<number, BodyHeading>();
  let chapter: number | null = null;
  decimal.forEach((h, k) => {
    const p = parts(h);
    const n = p[p.length - 1]!;
    const before = decimal[k - 1] ? parts(decimal[k - 1]!)[0] : undefined;
    const after = decimal.slice(k + 1, k + 3).map((x) => parts(x)[0]);
    // A number of another chapter between two of the next one's (`3.4`, `1.1.`, `4.1.1`, `4.1.2`).
    // (Out of its own run: after another chapter's sections, or going back on its own numbers, `1.3` … `1.1.`.)
    const sibling = last.get(p.slice(0, -1).join('.'));
    const outOfRun = p[0] !== before || (sibling !== undefined && n <= parts(sibling)[p.length - 1]!);
    if (outOfRun && after.length === 2 && after[0] === after[1] && p[0] !== after[0]) {
      report(h, `${[after[0]!, ...p.slice(1)].join('.')}${dot(h)}`);
      return;
    }
    if (p[0] !== chapter) {
      chapter = p[0]!;
      latestAtDepth.clear();
    }
    const prefix = p.slice(0, -1).join('.');
    const parent = latestAtDepth.get(p.length - 1);
    // The first sub-section under a section that is not its parent (`3.1.1` after `3.2.`).
    if (n === 1 && p.length >= 3 && parent && parent.number!.value !== prefix && parts(parent).slice(0, -1).join('.') === p.slice(0, -2).join('.') && parts(parent)[p.length - 2]! > p[p.length - 2]!) {
      report(h, `${parent.number!.value}.1${dot(h)}`);
    } else {
      const prev = last.get(prefix);
      if (prev && (parent === undefined || parent.block.index < prev.block.index || parent.number!.value === prefix)) {
        const at = parts(prev)[p.length - 1]!;
        const missing = `${prefix}.${at + 1}`;
        if ((n === at || n > at + 1) && !printedLine(prev.block.index, h.block.index, missing)) report(h, `${missing}${dot(h)}`);
      }
    }
    last.set(prefix, h);
    latestAtDepth.set(p.length, h);
    for (const d of [...latestAtDepth.keys()]) if (d > p.length) latestAtDepth.delete(d);
  });
}

export default defineRule({
  id: 'numbering',
  description: { id: 'Penomoran ganda atau terlewat', en: 'Duplicated or skipped numbering' },
  defaultSeverity: 'warning',
  options: z.object({ captions: z.boolean().default(true), lists: z.boolean().default(true), tables: z.boolean().default(true), sections: z.boolean().default(true) }).strict(),
  examples: {
    valid: [
      { name: 'captions Tabel 3.1, 3.2, 3.3 in order (Dinkes BAB III; the captions and their titles)', text: '                                                        Tabel 3.1\n                                              Jumlah Kematian Ibu Tahun 2016\n\n                                                          Tabel 3.2\n\n\n\n                                                     Tabel 3.3\n                                Pencapaian UCI Desa/Kelurahan Kab/Kota Tahun 2016', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { text: 'No.\tURAIAN\tJUMLAH\n1\tStruktural Eselon III\t1\n2\tStruktural Eselon IV\t1\n3\tPegawai JFT\t11', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'a list numbered 1 to 5 under its announcement (DPM-Desa misi)', text: 'Dalam rangka mencapai visi di atas, ditetapkan 5 (lima) misi BPMPD Provinsi Jawa\nBarat, sebagai berikut :\n1. Meningkatkan kapasitas kelembagaan kehidupan sosial budaya dan pengembangan\n   partisipasi serta keswadayaan masyarakat.\n2. Meningkatkan perekonomian masyarakat perdesaan.\n3. Meningkatkan Pemanfaatan sumber daya alam berwawasan lingkungan dan\n   pendayagunaan TTG.\n4. Meningkatkan kapasitas pemerintahan Desa dan Kelurahan\n5. Meningkatkan infrastruktur perdesaan', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'No.\tURAIAN\tJUMLAH\n1\tStruktural Eselon III\t1\n2\tStruktural Eselon IV\t1\n3\tStruktural Eselon V\t9\n3\tPegawai JFT\t11\n4\tPegawai JFU\t0', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 5, expected: '4', actual: '3' }] },
      { name: 'a list that starts at 2 (BPBD, Perumusan tujuan)', text: '             Perumusan tujuan dilakukan melalui proses :\n             2.    Peninjauan data lingkungan internal dan eksternal.\n             3.    Memadukan umpan balik Customer dan Stake Holder.\n             4.    Menganalisis kesenjangan pelayanan untuk mencari masalah.\n             5.    Menentukan arah untuk mencapai keberhasilan yng diinginkan.\n             6.    Memilih dan menetapkan tujuan.\n                      Untuk mencapai keberhasilan pencapaian Visi dan Misi,', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 2, expected: '1', actual: '2' }] },
      { name: 'a table whose row 16 is missing (Dinkes Tabel 3.3, UCI per kabupaten; columns as tabs)', text: '                                                     Tabel 3.3\n                                Pencapaian UCI Desa/Kelurahan Kab/Kota Tahun 2016\nNO\tKAB / KOTA\tJUMLAH DESA/KELURAHAN\tJUMLAH DESA/KELURAHAN UCI\t%\n1\tBOGOR\t434\t394\t90.8\n2\tSUKABUMI\t386\t366\t94.8\n3\tCIANJUR\t360\t317\t88.1\n4\tBANDUNG\t280\t212\t75.7\n5\tGARUT\t442\t367\t83.0\n6\tTASIKMALAYA\t351\t334\t95.2\n7\tCIAMIS\t265\t240\t90.6\n8\tKUNINGAN\t376\t344\t91.5\n9\tCIREBON\t424\t370\t87.3\n10\tMAJALENGKA\t343\t327\t95.3\n11\tSUMEDANG\t277\t277\t100.0\n12\tINDRAMAYU\t317\t293\t92.4\n13\tSUBANG\t253\t241\t95.3\n14\tPURWAKARTA\t192\t177\t92.2\n15\tKARAWANG\t309\t286\t92.6\n17\tBANDUNG_BARAT\t165\t165\t100.0\n18\tPANGANDARAN\t93\t87\t93.5', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 19, expected: '16', actual: '17' }] },
    ],
    knownGaps: [
      {
        case: { name: 'a subsection numbered 3.1.1 under 3.2 (RSJ BAB III)', text: '3.1.4   Evaluasi Capaian Indikator Kinerja\n\n\n             Pada tabel 7 dapat terlihat hasil pengukuran kinerja sasaran strategis yang harus\n         dicapai pada tahun 2016 sebagian besar sudah tercapai sangat baik tetapi ada\n\n3.2. Akuntabilitas Anggaran (Anggaran dan realisasi belanja daerah)\n3.1.1    Realisasi Pendapatan\n\n                   Sumber–sumber pendapatan di RS Jiwa Provinsi Jawa Barat berasal dari\n        pelayanan rawat jalan, rawat inap, UGD, penunjang pelayanan medik seperti obat, radiologi,', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' }, findings: [{ line: 8, expected: '3.2.1', actual: '3.1.1' }] },
        today: 'misses',
        why: 'decimal section numbers (3.1.4, 3.2., 3.1.1) are not checked against their parent section',
      },
      {
        case: { name: 'BAB IV\'s first section numbered 1.1. before 4.1.1 (Dinkes)', text: '                                                      BAB IV\n                                                    PENUTUP\n\n\n    1.1.      SIMPULAN CAPAIAN INDIKATOR\n    4.1.1 SIMPULAN CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2016', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 5, expected: '4.1.', actual: '1.1.' }] },
        today: 'misses',
        why: 'a section number whose chapter part is not the chapter\'s number (1.1. in BAB IV) is not checked',
      },
      {
        case: { name: 'captions restarting at Tabel 3.1 after Tabel 3.3 (Dinkes BAB III; the captions and their titles)', text: '                                                        Tabel 3.1\n                                              Jumlah Kematian Ibu Tahun 2016\n\n                                                          Tabel 3.2\n\n\n\n                                                     Tabel 3.3\n                                Pencapaian UCI Desa/Kelurahan Kab/Kota Tahun 2016\n\n                                                Tabel 3.1\n                Persentase Penduduk yang memiliki Akses terhadap Air Minum yang Berkualitas\n\n                                                  Tabel 3.2\n                             Persentase Penduduk yang menggunakan Jamban Sehat', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 11, expected: '3.4', actual: '3.1' }, { line: 14, expected: '3.5', actual: '3.2' }] },
        today: 'wrong-finding',
        why: 'the chapter part of "Tabel 3.x" is taken for the number: four findings "expected 4, written 3" at every caption after the first, instead of the restart at 3.1 (expected 3.4) and 3.2 (expected 3.5)',
      },
    ],
  },
  check({ doc, facts, options, report }) {
    const say = (kind: Text, expected: string, found: string): Text => ({
      id: `Penomoran ${kind.id}: seharusnya ${expected}, tertulis ${found}`,
      en: `${kind.en} numbering: expected ${expected}, found ${found}`,
    });
    if (options.tables) {
      const numberedRows = (t: (typeof facts.tables)[number]) => {
        const rows = t.block.rows ?? [];
        const numbered: { r: number; v: number; text: string }[] = [];
        for (let r = t.headerRows; r < rows.length; r++) {
          const first = (rows[r]!.cells[0] ?? '').trim().replace(/\.{1,2}$/, '');
          if (/^\d{1,3}$/.test(first)) numbered.push({ r, v: Number(first), text: first });
        }
        return numbered;
      };
      // For the chains, a number glued to its sasaran (`7. Terkirimnya …`) is the row's number too.
      const leadingNumbers = (t: (typeof facts.tables)[number]) =>
        // (After the first header row: the header rows found can run into the first rows of data.)
        (t.block.rows ?? []).slice(Math.min(1, t.headerRows)).flatMap((row, k) => {
          const m = /^(\d{1,3})\.?(?=\s|$)/.exec((row.cells[0] ?? '').trim());
          return m ? [{ r: Math.min(1, t.headerRows) + k, v: Number(m[1]), text: m[1]! }] : [];
        });
      checkTableChains(doc.blocks, facts.tables.map((t) => ({ t, numbered: leadingNumbers(t) })), (t, row, expected, actual) =>
        report({ block: t.block, row, cell: 0, message: say({ id: 'baris tabel (berurutan antartabel)', en: 'Table row (counted across tables)' }, expected, actual), expected, actual }),
      );
      for (const t of facts.tables) {
        const rows = t.block.rows ?? [];
        // Lettered rows under numbered ones (`1.` then `a.`, `b.`): the first column's letters in
        // reading order, wherever a cell prints them (two rows read as one cell keep both); a number
        // starts the letters again. A row that skips letters after `a.` is reported.
        let letter = 0;
        for (let r = t.headerRows; r < rows.length; r++) {
          const cell = (rows[r]!.cells[0] ?? '').trim();
          if (/^\d{1,2}[.)]\s/.test(cell)) letter = 0;
          for (const m of cell.matchAll(/(?:^|\s)([a-z])\.\s+(?=\p{Lu})/gu)) {
            const v = m[1]!.charCodeAt(0) - 96;
            if (m.index === 0 && letter >= 1 && v > letter + 1) {
              report({ block: t.block, row: r, cell: 0, message: say({ id: 'baris tabel', en: 'Table row' }, show('lower-alpha', letter + 1), show('lower-alpha', v)), expected: show('lower-alpha', letter + 1), actual: show('lower-alpha', v) });
            }
            if (v === 1 || (letter >= 1 && v > letter)) letter = v;
          }
        }
        // Only a real row-number column: headed `No`, or counting up from 1 for most rows.
        const numbered = numberedRows(t);
        if (numbered.length < 3) continue;
        const steps = numbered.slice(1).filter((x, k) => x.v === numbered[k]!.v + 1).length;
        const headed = t.columns[0]?.role === 'number';
        if (!headed && (numbered[0]!.v !== 1 || steps < (numbered.length - 1) * 0.6)) continue;
        // The count the rows keep: one mistyped number (`19 29 21`) is the error, not the row after it.
        let prev = numbered[0]!.v;
        for (let k = 1; k < numbered.length; k++) {
          const cur = numbered[k]!;
          if (cur.v === prev + 1 || cur.v === 1) {
            prev = cur.v;
            continue;
          }
          report({ block: t.block, row: cur.r, cell: 0, message: say({ id: 'baris tabel', en: 'Table row' }, String(prev + 1), cur.text), expected: String(prev + 1), actual: cur.text });
          prev = numbered[k + 1]?.v === prev + 2 ? prev + 1 : cur.v;
        }
      }
    }
    if (options.lists) {
      // Runs of list items per marker style. A `1.` inside a run opens a nested run of the same
      // style (flat text loses indentation); an item that continues an outer run closes the inner ones.
      const stacks = new Map<string, { value: number; gap: number; at: number; start: number; first: number }[]>();
      const blocks = doc.blocks;
      for (const b of blocks) {
        if (b.kind === 'heading') {
          stacks.clear();
          continue;
        }
        if (b.kind !== 'listItem') for (const stack of stacks.values()) for (const run of stack) run.gap++;
        if (b.kind !== 'listItem' || !b.marker) continue;
        const read = markerValue(b);
        if (!read) continue;
        // An item that is its marker alone (`2.`) is a row number or an empty slot, not list evidence.
        if (b.text.trim().length <= b.marker.length + 1) continue;
        // Word lists know their level: each level is numbered on its own.
        const keyOf = (m: { key: string }) => `${m.key}|${/^\s*-/.test(b.text) ? 'dash' : ''}|${b.level ?? ''}`;
        // `i.` printed where a lettered list reads h, i, j continues it, whatever style the list was given.
        const punct = read.key.slice(read.style.length);
        const other = markerReadings(b.list!.printed)
          .filter((r) => r.style !== read.style)
          .map((r) => ({ style: r.style, value: r.value, key: `${r.style}${punct}` }))
          .find((r) => (stacks.get(keyOf(r)) ?? []).some((run) => run.value + 1 === r.value && run.gap <= 8));
        const mv = other ?? read;
        const key = keyOf(mv);
        const stack = stacks.get(key) ?? [];
        stacks.set(key, stack);
        // Continuing a run, the innermost first (`a. [a. b. c.] b.`): an outer list goes on after a nested one closes.
        // (Not when it repeats the number of the item just before it: `2. 3. 3.` is a duplicate, not an outer list.)
        const last = stack[stack.length - 1];
        const repeats = last !== undefined && last.value === mv.value && last.gap <= 1;
        let continues = -1;
        for (let k = stack.length - 1; k >= 0 && continues < 0 && !repeats; k--) if (mv.value === stack[k]!.value + 1) continues = k;
        if (continues >= 0) {
          stack.length = continues + 1;
          stack[continues] = { value: mv.value, gap: 0, at: b.index, start: stack[continues]!.start, first: stack[continues]!.first };
          continue;
        }
        const top = [...stack].reverse().find((run) => run.gap <= 8);
        if (mv.value === 1) {
          stack.push({ value: 1, gap: 0, at: b.index, start: 1, first: b.index });
          continue;
        }
        const where = { block: b, offset: 0, length: b.marker.length };
        // In OCR text a list marker is often lost in the scan: only duplicates count there.
        if (facts.ocrLike && !(top && mv.value === top.value)) {
          stack.push({ value: mv.value, gap: 0, at: b.index, start: mv.value, first: b.index });
          continue;
        }
        // A list that restarts (`b.` after `e.`) whose first items the parser did not see as items
        // (a justified line read as a table row): a new list, not a gap.
        if (top && mv.value < top.value && printedBetween(blocks, top.at, b.index, mv.style, [1])) {
          stack.push({ value: mv.value, gap: 0, at: b.index, start: mv.value, first: b.index });
          continue;
        }
        // `1. [1. 2.] 2.`: a repeated number that also continues an outer run of the same marker,
        // after a nested list that began at 1 (flat text lost the indentation), is no evidence of a duplicate.
        let outer = -1;
        for (let k = stack.length - 2; k >= 0 && repeats && last!.start === 1 && outer < 0; k--) if (stack[k]!.value + 1 === mv.value && stack[k]!.at < last!.first && last!.first - stack[k]!.at <= 8) outer = k;
        if (outer >= 0) {
          stack.length = outer + 1;
          stack[outer] = { value: mv.value, gap: 0, at: b.index, start: stack[outer]!.start, first: stack[outer]!.first };
          continue;
        }
        if (top) {
          stack.length = stack.indexOf(top) + 1;
          const missing = mv.value > top.value ? Array.from({ length: Math.min(mv.value - top.value - 1, 30) }, (_x, k) => top.value + 1 + k) : [top.value + 1];
          // The missing item printed in between (the parser took it for a paragraph or a table): no gap.
          if (!printedBetween(blocks, top.at, b.index, mv.style, missing)) {
            const kind = mv.value === top.value ? { id: 'daftar (nomor ganda)', en: 'List (duplicate number)' } : { id: 'daftar', en: 'List' };
            report({ ...where, message: say(kind, show(mv.style, top.value + 1), show(mv.style, mv.value)), expected: show(mv.style, top.value + 1), actual: show(mv.style, mv.value) });
          }
          stack[stack.length - 1] = { value: mv.value, gap: 0, at: b.index, start: stack[stack.length - 1]!.start, first: stack[stack.length - 1]!.first };
          continue;
        }
        // A list that starts above 1 and goes on from there: its start was lost or copied from elsewhere.
        const next = blocks.slice(b.index + 1, b.index + 4).find((x) => x.kind === 'listItem' && markerValue(x)?.key === mv.key);
        const nv = next ? markerValue(next) : null;
        const earlier = Math.max(0, b.index - 6);
        if (nv && nv.value === mv.value + 1 && mv.value <= 26 && !printedBetween(blocks, earlier - 1, b.index, mv.style, Array.from({ length: mv.value - 1 }, (_x, k) => k + 1))) {
          report({ ...where, message: say({ id: 'daftar (awal)', en: 'List start' }, show(mv.style, 1), show(mv.style, mv.value)), expected: show(mv.style, 1), actual: show(mv.style, mv.value) });
        }
        stack.push({ value: mv.value, gap: 0, at: b.index, start: mv.value, first: b.index });
      }
    }
    if (options.sections) checkSectionNumbers(doc.blocks, facts.sections.headings, (h, expected) =>
      report({ block: h.block, ...(h.block.kind === 'table' ? { row: 0, cell: 0 } : { offset: 0, length: h.number!.printed.length }), message: say({ id: 'subbab', en: 'Section' }, expected, h.number!.printed), expected, actual: h.number!.printed }),
    );
    if (options.captions) {
      // Captions per kind, in document order, outside the table of contents (its caption lists).
      const byKind = new Map<string, { b: Block; h: Readonly<CaptionHit> }[]>();
      for (const b of doc.blocks) {
        if (b.kind === 'table' || b.kind === 'formula' || inToc(facts, b)) continue;
        for (const h of findCaptions(b.text)) {
          const list = byKind.get(h.kind) ?? [];
          list.push({ b, h });
          byKind.set(h.kind, list);
        }
      }
      for (const [kind, hits] of byKind) {
        // The report's own scheme: per chapter (`Tabel 3.1`) or through the document (`Tabel 7`).
        const scheme = captionScheme(hits.map((x) => x.h));
        const seen = new Map<string, { max: number; numbers: Set<number> }>();
        let lastChapter: number | undefined;
        for (const { b, h } of hits) {
          // `Grafik 3.` among `Grafik 3.1`, `Grafik 3.2`: the chapter is printed, its own number is not.
          if (scheme === 'chapter' && h.chapter === undefined && h.n === lastChapter && /^\s*\.?\s*$/.test(b.text.slice(h.end).split('\n')[0]!)) {
            const st = seen.get(String(lastChapter))!;
            const expected = captionNumber({ chapter: lastChapter, n: st.max + 1 });
            report({ block: b, offset: h.start, length: h.end - h.start, message: say({ id: `${kind} (nomor tidak lengkap)`, en: `${kind} (number incomplete)` }, expected, `${lastChapter}.`), expected, actual: `${lastChapter}.` });
            st.max += 1;
            continue;
          }
          if ((scheme === 'chapter') !== (h.chapter !== undefined)) continue;
          lastChapter = h.chapter;
          const group = scheme === 'chapter' ? String(h.chapter) : '';
          const st = seen.get(group) ?? { max: 0, numbers: new Set<number>() };
          seen.set(group, st);
          const where = { block: b, offset: h.start, length: h.end - h.start };
          const expected = captionNumber({ ...(h.chapter !== undefined ? { chapter: h.chapter } : {}), n: st.max + 1 });
          const actual = captionNumber(h);
          if (st.numbers.has(h.n) || h.n <= st.max) {
            report({ ...where, message: say({ id: `${kind} (nomor sudah dipakai)`, en: `${kind} (number already used)` }, expected, actual), expected, actual });
          } else if (st.max > 0 && h.n > st.max + 1) {
            report({ ...where, message: say({ id: `${kind} (nomor terlewat)`, en: `${kind} (number skipped)` }, expected, actual), expected, actual });
          }
          st.numbers.add(h.n);
          st.max = Math.max(st.max, h.n);
        }
      }
    }
  },
});
