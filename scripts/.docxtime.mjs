import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
const bytes = readFileSync(process.argv[2]);
for (let k = 0; k < 2; k++) {
let t = performance.now(); const zip = await JSZip.loadAsync(bytes); const a = performance.now() - t;
t = performance.now(); const xml = await zip.file('word/document.xml').async('string'); const b = performance.now() - t;
t = performance.now(); const dom = new DOMParser().parseFromString(xml, 'text/xml'); const c = performance.now() - t;
t = performance.now(); const s = new XMLSerializer().serializeToString(dom); const d = performance.now() - t;
t = performance.now(); zip.file('word/document.xml', s); const buf = await zip.generateAsync({ type: 'nodebuffer' }); const e = performance.now() - t;
t = performance.now(); await mammoth.convertToHtml({ buffer: buf }); const f = performance.now() - t;
t = performance.now(); await mammoth.convertToHtml({ buffer: bytes }); const g = performance.now() - t;
console.log({ load: a|0, read: b|0, parse: c|0, serialize: d|0, zip: e|0, mammoth: f|0, bare: g|0 });
}
