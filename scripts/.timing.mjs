import { readFileSync } from 'node:fs';
import { parseDocument } from '/work/main/dist/src/parse/index.js';
import { computeFacts } from '/work/main/dist/src/facts/index.js';
import { runRules } from '/work/main/dist/src/engine.js';
import { resolveRules, DEFAULT_SECTIONS } from '/work/main/dist/src/config.js';
import { allRules } from '/work/main/dist/rules/index.js';
import mammoth from 'mammoth';
for (const f of process.argv.slice(2)) {
  const bytes = readFileSync(f);
  await parseDocument(f, bytes); // warm
  let t0 = performance.now();
  const doc = await parseDocument(f, bytes);
  const t1 = performance.now();
  const facts = computeFacts(doc, { sections: DEFAULT_SECTIONS });
  const t2 = performance.now();
  const rules = resolveRules(allRules, {});
  const fs = runRules(doc, facts, rules, 'id', doc.sourceLines);
  const t3 = performance.now();
  let base = 0;
  if (f.endsWith('.docx')) { const a = performance.now(); await mammoth.convertToHtml({ buffer: bytes }); base = performance.now() - a; }
  console.log(f, 'parse', (t1-t0).toFixed(0), 'facts', (t2-t1).toFixed(0), 'rules', (t3-t2).toFixed(0), 'base', base.toFixed(0), 'findings', fs.length);
}
