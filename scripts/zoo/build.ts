/**
 * A whole zoo report from its unit: cover, Kata Pengantar, Daftar Isi, Ikhtisar, BAB I–IV,
 * Lampiran. The Daftar Isi is filled in from the headings written, with page numbers counted
 * from the blocks (every page break and every ~14 blocks a page). Every heading written is
 * listed, so a clean report's contents list matches its body.
 */
import { babI, cover, ikhtisar, kataPengantar } from './build-front.js';
import { babII, babIIIPerformance } from './build-perf.js';
import { babIIIBudget, babIV, lampiran } from './build-rest.js';
import { Ctx } from './context.js';
import { figures } from './figures.js';
import { roman, type Block, type Report, type TocEntry } from './model.js';
import type { UnitSpec } from './unit.js';

export function buildReport(u: UnitSpec): Report {
  const f = figures(u);
  checkRatios(u);
  const c = new Ctx(u);
  cover(c);
  kataPengantar(c);
  const tocAt = c.blocks.length;
  ikhtisar(c, f);
  babI(c);
  babII(c);
  babIIIPerformance(c, f);
  babIIIBudget(c, f);
  babIV(c, f);
  lampiran(c);
  const toc: Block[] = [{ kind: 'pagebreak' }, { kind: 'heading', level: 1, text: 'DAFTAR ISI' }, { kind: 'toc', entries: tocEntries(c.blocks, tocAt, u.style.sections === 'decimal') }];
  c.blocks.splice(tocAt, 0, ...toc);
  return {
    name: u.name,
    runningHeader: `${u.style.selfName} ${u.unit} ${u.quarter ? `Triwulan ${roman(u.quarter)} ` : ''}Tahun ${u.year}`,
    formulaStyle: u.style.formula,
    blocks: c.blocks,
  };
}

function tocEntries(blocks: Block[], from: number, withSub: boolean): TocEntry[] {
  const entries: TocEntry[] = [
    { text: 'KATA PENGANTAR', page: 'i', level: 1 },
    { text: 'DAFTAR ISI', page: 'ii', level: 1 },
  ];
  let page = 0;
  let front = 3;
  let since = 0;
  let inBody = false;
  for (const b of blocks.slice(from)) {
    since += 1;
    if (b.kind === 'pagebreak' || since > 14) {
      since = 0;
      if (inBody) page += 1;
      else front += 1;
      // A block that fills a page is still written (on the new page): a heading there is listed too.
      if (b.kind === 'pagebreak') continue;
    }
    if (b.kind !== 'heading' || (b.level === 3 && !withSub)) continue;
    const text = b.text.replace('\n', ' ');
    if (/^BAB I\b/.test(text) && !inBody) {
      inBody = true;
      page = 1;
    }
    entries.push({ text, page: inBody ? String(page) : roman(front).toLowerCase(), level: b.level });
  }
  return entries;
}

/** A ratio shown as `x = a / b × 100%` must give the realisasi the tables print. */
function checkRatios(u: UnitSpec): void {
  for (const s of u.sasaran) {
    for (const ind of s.indicators) {
      if (!ind.ratio) continue;
      const x = (ind.ratio.a / ind.ratio.b) * 100;
      if (Math.abs(x - ind.realisasi) > 0.5 * 10 ** -ind.decimals + 1e-9) throw new Error(`${u.name}: ${ind.name}: ${ind.ratio.a}/${ind.ratio.b} = ${x}, not ${ind.realisasi}`);
    }
  }
}
