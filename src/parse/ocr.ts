/**
 * Pages without a text layer (scans) read by OCR: pdf.js renders the page (through its optional
 * @napi-rs/canvas), Tesseract (`tesseract-ocr` with its Indonesian model `tesseract-ocr-ind`)
 * recognises it, and every word comes back with its box, in the page's own coordinates (PDF user
 * space, y up), as the positioned runs the PDF reader turns into lines, tables and formulas.
 *
 * Tesseract is a system program: when it (or its Indonesian model) is missing, `ocrAvailable`
 * says so in one line and the report is linted without its scanned pages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { both } from '../messages.js';

/** A recognised word, placed on the page like a pdf.js text run. */
export interface OcrRun {
  text: string;
  x: number;
  x1: number;
  /** Baseline of the word's line (PDF user space: y grows upwards). */
  y: number;
  h: number;
  /** Tesseract's confidence, 0–100. */
  conf: number;
}

/** The page as pdf.js gives it: enough to render it. */
export interface RenderablePage {
  getViewport(p: { scale: number }): { width: number; height: number };
  render(p: { canvasContext: unknown; viewport: unknown; canvas?: unknown }): { promise: Promise<unknown> };
}

export interface CanvasFactory {
  create(w: number, h: number): { canvas: { toBuffer(mime: 'image/png'): Buffer }; context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void } };
  destroy?(c: unknown): void;
}

/** Render resolution. Scans are often 65–150 dpi; Tesseract reads best at about 300. */
const DPI = 300;
const SCALE = DPI / 72;
/** Words of three characters or fewer below this confidence are noise (see isWord); longer words are kept whatever their confidence: a word left out would open a gap that reads as a column. */
const SHORT_CONF = 60;
/** A page with fewer words than this under the page-layout mode is retried as sparse text (covers, posters). */
const SPARSE_RETRY = 12;

export type OcrMissing = { en: string; id: string };

let availability: OcrMissing | null | undefined;

/** Null when Tesseract and its Indonesian model are installed; otherwise the one line that says what to install. */
export function ocrAvailable(): OcrMissing | null {
  if (availability !== undefined) return availability;
  const p = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 20_000 });
  if (p.error || p.status !== 0) {
    availability = both('ocr.noTesseract');
  } else if (!/^ind$/m.test(`${p.stdout}\n${p.stderr}`)) {
    availability = both('ocr.noIndonesian');
  } else availability = null;
  return availability;
}

/** Render one page to a PNG on a white ground (a transparent ground reads as black to Tesseract). */
export async function renderPage(page: RenderablePage, canvasFactory: CanvasFactory): Promise<{ png: Buffer; width: number; height: number }> {
  const viewport = page.getViewport({ scale: SCALE });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const { canvas, context } = canvasFactory.create(width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({ canvasContext: context, viewport, canvas }).promise;
  const png = canvas.toBuffer('image/png');
  canvasFactory.destroy?.({ canvas, context });
  return { png, width, height };
}

function tesseractTsv(png: Buffer, psm: number, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    // One thread per Tesseract: the reader runs pages side by side itself, and batch workers share the cores.
    const child = spawn('tesseract', ['stdin', 'stdout', '-l', 'ind', '--psm', String(psm), 'tsv'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      ...(signal ? { signal } : {}),
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`tesseract exited with ${code}`))));
    child.stdin.on('error', () => {});
    child.stdin.end(png);
  });
}

/**
 * What Tesseract reads in pictures, stamps and ruling lines is marks without a letter or digit
 * (`|.`, `—`) and short unsure fragments (`Ka`, `ae`): noise that would join the words beside it.
 * Real words, short ones too, come with a high confidence on a readable scan.
 */
function isWord(text: string, conf: number): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  if (text.length > 3 || conf >= SHORT_CONF) return true;
  // Unsure, but the shapes a report's structure is made of: a roman or arabic number, a list
  // marker, a word in capitals (`BAB`, `II`, `1.`, `a)`).
  return /^([IVXLCDM]+|\d+)[.,)]?$|^\(?[a-zA-Z][.)]$|^\p{Lu}{3}$/u.test(text);
}

interface TsvWord {
  line: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

/** Tesseract's TSV: one row per recognised element; level 5 rows are words, keyed to their line. */
export function parseTsv(tsv: string): TsvWord[] {
  const words: TsvWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    let text = (c[11] ?? '').trim();
    const conf = Number(c[10]);
    const line = `${c[2]}.${c[3]}.${c[4]}`;
    // A roman numeral after `BAB` or `KELAS` whose I is read as a bar (`BAB |`, `KELAS ||`).
    const prev = words[words.length - 1];
    if (prev?.line === line && /^(BAB|KELAS)$/i.test(prev.text) && /^[|IVX]*\|[|IVX]*$/.test(text)) text = text.replace(/\|/g, 'I');
    if (!text || !isWord(text, conf)) continue;
    words.push({ line, left: Number(c[6]), top: Number(c[7]), width: Number(c[8]), height: Number(c[9]), conf, text });
  }
  return words;
}

/**
 * Words to runs in page coordinates. The words of one Tesseract line share the line's baseline
 * (the median bottom of its words), so the PDF reader's baseline clustering keeps them on one line.
 */
export function wordsToRuns(words: TsvWord[], pageHeightPx: number): OcrRun[] {
  const byLine = new Map<string, TsvWord[]>();
  for (const w of words) {
    const l = byLine.get(w.line);
    if (l) l.push(w);
    else byLine.set(w.line, [w]);
  }
  const runs: OcrRun[] = [];
  for (const ws of byLine.values()) {
    const bottoms = ws.map((w) => w.top + w.height).sort((a, b) => a - b);
    const heights = ws.map((w) => w.height).sort((a, b) => a - b);
    const bottom = bottoms[Math.floor(bottoms.length / 2)]!;
    const h = heights[Math.floor(heights.length / 2)]! / SCALE;
    const y = (pageHeightPx - bottom) / SCALE;
    // Words of one line closer than about three spaces are one run (a justified line is not a
    // table row); a wider gap, as between table cells, stays a gap for the column reader.
    ws.sort((a, b) => a.left - b.left);
    let run: OcrRun | undefined;
    for (const w of ws) {
      const x = w.left / SCALE;
      const x1 = (w.left + w.width) / SCALE;
      if (run && x - run.x1 < h * 1.2) {
        run.text += ` ${w.text}`;
        run.x1 = x1;
        run.conf = Math.min(run.conf, w.conf);
      } else runs.push((run = { text: w.text, x, x1, y, h, conf: w.conf }));
    }
  }
  return runs;
}

/** Recognise one rendered page: the page-layout mode first, sparse text when that finds next to nothing. */
export async function recognise(png: Buffer, heightPx: number, signal?: AbortSignal): Promise<OcrRun[]> {
  let words = parseTsv(await tesseractTsv(png, 3, signal));
  if (words.length < SPARSE_RETRY) {
    const sparse = parseTsv(await tesseractTsv(png, 11, signal));
    if (sparse.length > words.length) words = sparse;
  }
  return wordsToRuns(words, heightPx);
}
