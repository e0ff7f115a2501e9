/**
 * The PDF versions: LibreOffice prints the DOCX files (`soffice --headless --convert-to pdf`,
 * one run for all of them, its own profile so it does not meet another soffice), then the
 * creation dates are fixed (pdf-lib) and the document ID made from the content (qpdf
 * `--deterministic-id`), so the bytes do not depend on the clock.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const FIXED = new Date('2025-01-01T00:00:00Z');

export async function writePdfs(docxPaths: string[], outDir: string): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'zoo-pdf-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docxPaths], { stdio: 'ignore', timeout: 600_000 });
    const out: string[] = [];
    for (const docx of docxPaths) {
      const name = basename(docx).replace(/\.docx$/, '.pdf');
      const printed = join(work, name);
      const pdf = await PDFDocument.load(readFileSync(printed), { updateMetadata: false });
      pdf.setCreationDate(FIXED);
      pdf.setModificationDate(FIXED);
      pdf.setProducer('LibreOffice');
      pdf.setCreator('lkjip-lint zoo');
      // LibreOffice's random document ID goes, so qpdf makes one from the content
      pdf.context.trailerInfo.ID = undefined;
      const dated = join(work, `dated-${name}`);
      writeFileSync(dated, await pdf.save({ useObjectStreams: false }));
      const target = join(outDir, name);
      execFileSync('qpdf', ['--deterministic-id', dated, join(work, `final-${name}`)]);
      copyFileSync(join(work, `final-${name}`), target);
      out.push(target);
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
