import { forTerminal } from './format/terminal.js';

/** A one-line progress bar on stderr (only when stderr is a terminal and there is more than one file). */
export function progressBar(total: number): { update: (done: number, total: number, path: string) => void; end: () => void; clear: () => void } {
  const start = Date.now();
  const width = 24;
  let last = '';
  const draw = (done: number, path: string) => {
    const frac = total ? done / total : 1;
    const filled = Math.round(frac * width);
    const secs = Math.round((Date.now() - start) / 1000);
    const elapsed = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
    const cols = process.stderr.columns || 100;
    const shown = forTerminal(path);
    const name = shown.length > 40 ? '…' + shown.slice(-39) : shown;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${elapsed} ${name}`.slice(0, cols - 1);
    process.stderr.write(`\r${line}${' '.repeat(Math.max(0, last.length - line.length))}`);
    last = line;
  };
  draw(0, '');
  return {
    update: (done, _total, path) => draw(done, path),
    end: () => process.stderr.write(`\r${' '.repeat(last.length)}\r`),
    /** Wipe the bar before other output is printed (it is drawn again at the next update). */
    clear: () => {
      process.stderr.write(`\r${' '.repeat(last.length)}\r`);
      last = '';
    },
  };
}
