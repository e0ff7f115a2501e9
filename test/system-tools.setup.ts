/**
 * Before any test: the system programs the suite drives must be installed. A missing one fails the
 * run with one line naming it and the Debian package to install (`.ci/run` installs them all),
 * instead of a cryptic assertion deep in a test.
 */
import { spawnSync } from 'node:child_process';

const TOOLS: Array<{ command: string; packageName: string; usedBy: string }> = [
  { command: 'qpdf', packageName: 'qpdf', usedBy: 'the encrypted-PDF tests' },
  { command: 'chromium', packageName: 'chromium', usedBy: 'the web page end-to-end test' },
  { command: 'soffice', packageName: 'libreoffice-writer-nogui', usedBy: 'the Word comment and zoo PDF tests' },
  { command: 'pdftoppm', packageName: 'poppler-utils', usedBy: 'the annotated-PDF screenshots' },
  { command: 'tesseract', packageName: 'tesseract-ocr tesseract-ocr-ind', usedBy: 'the OCR of scanned pages' },
];

export default function checkSystemTools(): void {
  const missing = TOOLS.filter((t) => spawnSync('sh', ['-c', `command -v ${t.command}`]).status !== 0);
  if (missing.length === 0) return;
  const names = missing.map((t) => `${t.command} (${t.usedBy})`).join(', ');
  const packages = missing.map((t) => t.packageName).join(' ');
  throw new Error(`missing system tool: ${names}; install with: sudo apt-get install ${packages}  (or run .ci/run)`);
}
