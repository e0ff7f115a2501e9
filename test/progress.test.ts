/** The terminal progress bar: files counted in a batch; a single file's scanned pages counted as OCR reads them. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressBar } from '../src/progress.js';

function capture(): { text: () => string } {
  const out: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  return { text: () => out.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('progress bar', () => {
  it('says which page of a scanned report OCR is on, in Indonesian by default', () => {
    const err = capture();
    const bar = progressBar(1);
    bar.page('laporan-pindai.pdf', 3, 44);
    expect(err.text()).toMatch(/laporan-pindai\.pdf \(halaman 3 dari 44\)$/);
  });

  it('in English with --lang en, beside the file count of a batch', () => {
    const err = capture();
    const bar = progressBar(3, 'en');
    bar.update(1, 3, 'a.docx');
    bar.page('scan.pdf', 7, 12);
    expect(err.text()).toMatch(/\] 1\/3 \d+:\d\d scan\.pdf \(page 7 of 12\)$/);
  });

  it('draws nothing for a single file without scanned pages', () => {
    const err = capture();
    const bar = progressBar(1);
    bar.update(1, 1, 'laporan.docx');
    bar.end();
    expect(err.text()).toBe('');
  });
});
