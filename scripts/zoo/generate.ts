/**
 * Writes the zoo: for every unit the clean report as .txt, .docx and .pdf, and a copy with
 * known defects (NAME-defects.txt/.docx/.pdf) with the truth in NAME-defects.json.
 *
 *   npm run zoo            (npm run build && node dist/scripts/zoo/generate.js [OUT_DIR])
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from './build.js';
import { injectDefects } from './defects.js';
import { UNITS } from './units.js';
import { writeDocx } from './write-docx.js';
import { writePdfs } from './write-pdf.js';
import { writeTxt } from './write-txt.js';

async function main(): Promise<void> {
  const out = process.argv[2] ?? join('fixtures', 'zoo');
  const skipPdf = process.argv.includes('--no-pdf');
  mkdirSync(out, { recursive: true });
  const docxFiles: string[] = [];
  for (const [i, unit] of UNITS.entries()) {
    const clean = buildReport(unit);
    const footer = i % 2 === 0 ? 'hal' : 'dash';
    const txt = writeTxt(clean);
    writeFileSync(join(out, `${clean.name}.txt`), txt.text);
    writeFileSync(join(out, `${clean.name}.docx`), await writeDocx(clean, footer));
    const { report, truth } = injectDefects(clean, unit);
    writeFileSync(join(out, `${report.name}.txt`), writeTxt(report).text);
    writeFileSync(join(out, `${report.name}.docx`), await writeDocx(report, footer));
    writeFileSync(join(out, `${report.name}.json`), JSON.stringify(truth, null, 2) + '\n');
    docxFiles.push(join(out, `${clean.name}.docx`), join(out, `${report.name}.docx`));
  }
  if (!skipPdf) await writePdfs(docxFiles, out);
}

main().catch((e: unknown) => {
  process.stderr.write(`zoo: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
