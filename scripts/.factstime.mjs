import { readFileSync } from 'node:fs';
import { parseDocument } from '/work/main/dist/src/parse/index.js';
import { detectIdentity } from '/work/main/dist/src/facts/report.js';
import { buildSections } from '/work/main/dist/src/facts/sections.js';
import { analyseTables } from '/work/main/dist/src/facts/tables.js';
import { buildIndicators } from '/work/main/dist/src/facts/indicators.js';
import { DEFAULT_SECTIONS } from '/work/main/dist/src/config.js';
const f = process.argv[2];
const doc = await parseDocument(f, readFileSync(f));
for (let k = 0; k < 3; k++) {
let t = performance.now(); const id = detectIdentity(doc.blocks); const a = performance.now() - t;
t = performance.now(); const sec = buildSections(doc.blocks, DEFAULT_SECTIONS); const b = performance.now() - t;
t = performance.now(); const tabs = analyseTables(doc.blocks); const c = performance.now() - t;
t = performance.now(); buildIndicators(doc.blocks, tabs, sec, id.year); const d = performance.now() - t;
console.log('identity', a.toFixed(0), 'sections', b.toFixed(0), 'tables', c.toFixed(0), 'indicators', d.toFixed(0));
}
