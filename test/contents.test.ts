import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model.js';
import { readContents } from '../src/facts/contents.js';
import { splitPageLabel } from '../src/text/page-labels.js';

// Rows of the Dinkes Jawa Barat 2016 Daftar Isi as the PDF parser reads them (page `12` split over two cells).
const rows = [
  ['BAB. II', 'PERENCANAAN DAN PERJANJIAN KINERJA'],
  ['', '2.1', 'Perencanaan', '', '1', '2'],
  ['BAB. IV', 'PENUTUP'],
  ['', '4.1', 'Simpulan Capaian Indikator', '', '8', '5'],
  ['', '4.2', 'Hambatan dan Permasalahan', '', '8', '7'],
  ['', '4.3 Rencana Tindak Lanjut', '', '', '', '86'],
];
const blocks: Block[] = [
  { index: 0, kind: 'heading', text: 'DAFTAR ISI', source: { page: 4 } },
  { index: 1, kind: 'table', text: '', source: { page: 4 }, rows: rows.map((cells) => ({ cells, source: { page: 4 } })) },
];

describe('contents entries', () => {
  it('reads number, title, page and chapter of each entry', () => {
    const entries = readContents(blocks, [0, 2]);
    const e = entries.find((x) => x.number?.value === '2.1')!;
    expect(e.title).toBe('Perencanaan');
    expect(e.page?.n).toBe(12);
    expect(e.chapter).toBe(2);
    const last = entries[entries.length - 1]!;
    expect([last.number?.value, last.title, last.page?.n, last.chapter]).toEqual(['4.3', 'Rencana Tindak Lanjut', 86, 4]);
  });
  it('joins a title wrapped in its column (BPBD: "3. Gambaran Umum" / "Tugas Pokok ... I - 4")', () => {
    const toc: Block[] = [
      { index: 0, kind: 'heading', text: 'DAFTAR ISI', source: {} },
      { index: 1, kind: 'table', text: '', source: {}, rows: [['3.', '', 'Gambaran Umum'], ['', '', 'Tugas Pokok, Fungsi dan Struktur Organisasi', '', '', 'I -', '', '4'], ['LAMPIRAN', '', 'iv']].map((cells) => ({ cells, source: {} })) },
    ];
    const entries = readContents(toc, [0, 2], [/^LAMPIRAN$/i]);
    expect(entries.map((x) => x.title)).toEqual(['Gambaran Umum Tugas Pokok, Fungsi dan Struktur Organisasi', 'LAMPIRAN']);
    expect(entries[0]!.page).toMatchObject({ scheme: 'chapter', chapter: 1, n: 4 });
  });
  it('keeps a year at the end of a title (not a page)', () => {
    expect(splitPageLabel('Rencana Kinerja Tahun 2016').label).toBeNull();
    expect(splitPageLabel('KATA PENGANTAR.....\ti').label?.scheme).toBe('roman');
  });
});
