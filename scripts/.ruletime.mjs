import { readFileSync } from 'node:fs';
import { parseDocument } from '/work/main/dist/src/parse/index.js';
import { computeFacts } from '/work/main/dist/src/facts/index.js';
import { runRules } from '/work/main/dist/src/engine.js';
import { resolveRules, DEFAULT_SECTIONS } from '/work/main/dist/src/config.js';
import { allRules } from '/work/main/dist/rules/index.js';
const f = process.argv[2];
const doc = await parseDocument(f, readFileSync(f));
for (let k = 0; k < 2; k++) computeFacts(doc, { sections: DEFAULT_SECTIONS });
const t = performance.now(); const facts = computeFacts(doc, { sections: DEFAULT_SECTIONS }); console.log('facts', (performance.now()-t).toFixed(0));
for (const r of resolveRules(allRules, {})) {
  runRules(doc, facts, [r], 'id', doc.sourceLines);
  const a = performance.now(); runRules(doc, facts, [r], 'id', doc.sourceLines); console.log(r.rule.id, (performance.now()-a).toFixed(1));
}
