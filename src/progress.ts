import { forTerminal } from './format/terminal.js';
import { t } from './messages.js';

export interface ProgressBar {
  update: (done: number, total: number, path: string) => void;
  /** A scanned page read by OCR: `halaman N dari M` (page N of M) beside the file's name. */
  page: (path: string, done: number, total: number) => void;
  end: () => void;
  /** Wipe the bar before other output is printed (it is drawn again at the next update). */
  clear: () => void;
}

/**
 * A one-line progress bar on stderr (only when stderr is a terminal). With more than one file it
 * counts files; a single file draws nothing until it has scanned pages, then counts its pages.
 */
export function progressBar(total: number, lang: 'id' | 'en' = 'id'): ProgressBar {
  const start = Date.now();
  const width = 24;
  let last = '';
  let done = 0;
  const pages = new Map<string, { done: number; total: number }>();
  const draw = (path: string) => {
    const one = total <= 1;
    const p = pages.get(path);
    const frac = one ? (p ? p.done / p.total : 0) : total ? done / total : 1;
    const filled = Math.round(frac * width);
    const secs = Math.round((Date.now() - start) / 1000);
    const elapsed = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
    const cols = process.stderr.columns || 100;
    const shown = forTerminal(path);
    const name = shown.length > 40 ? '…' + shown.slice(-39) : shown;
    const pageText = p && p.done < p.total ? ` (${t(lang, 'progress.page', { done: p.done, total: p.total })})` : '';
    const count = one ? '' : ` ${done}/${total}`;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${count} ${elapsed} ${name}${pageText}`.slice(0, cols - 1);
    process.stderr.write(`\r${line}${' '.repeat(Math.max(0, last.length - line.length))}`);
    last = line;
  };
  if (total > 1) draw('');
  return {
    update: (n, _total, path) => {
      done = n;
      pages.delete(path);
      if (total > 1) draw(path);
    },
    page: (path, n, of) => {
      pages.set(path, { done: n, total: of });
      draw(path);
    },
    end: () => {
      if (last) process.stderr.write(`\r${' '.repeat(last.length)}\r`);
    },
    clear: () => {
      if (last) process.stderr.write(`\r${' '.repeat(last.length)}\r`);
      last = '';
    },
  };
}
