/**
 * formula: a displayed formula whose own inputs do not give its result (`x = 6/6 × 100%` then
 * `x = 0,3968%`), an inverted fraction, a missing ×100, a division by zero shown as a number, and
 * `\frac{…}{…}` left empty. The result may be in the same formula or on the next formula line.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import type { Block, Expr } from '../src/model.js';
import { evaluate, firstFraction, hasDivision, show } from '../src/formula.js';
import { markBeside, matchesPrinted, formatResult } from '../src/numbers.js';

type Num = Extract<Expr, { kind: 'num' }>;

/** The stated result: a later single-number step, or the next formula line of the same variable. */
function statedResult(blocks: Block[], b: Block, stepIndex: number): { result: Num; block: Block } | null {
  const steps = b.formula!.steps;
  for (let k = steps.length - 1; k > stepIndex; k--) {
    const s = steps[k];
    if (s && s.kind === 'num') return { result: s, block: b };
  }
  for (let k = b.index + 1; k < Math.min(blocks.length, b.index + 4); k++) {
    const next = blocks[k]!;
    if (next.kind !== 'formula') {
      if (next.kind === 'paragraph' && next.text.trim().length > 0) return null;
      continue;
    }
    const f = next.formula!;
    if (f.variable && b.formula!.variable && f.variable !== b.formula!.variable) return null;
    const first = f.steps.find((s) => s !== null);
    if (first && first.kind === 'num' && f.steps.filter((s) => s !== null).length === 1) return { result: first, block: next };
    return null;
  }
  return null;
}

export default defineRule({
  id: 'formula',
  description: { id: 'Rumus yang hasilnya tidak sesuai dengan angkanya sendiri', en: 'Formula whose result does not follow from its own numbers' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: '$$y = \\frac{100\\%}{90\\%} \\times 100\\%$$\n\n$$y = 111,11\\%$$', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { text: '$$x = \\frac{6}{6} \\times 100\\% = 100\\%$$', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the higher- and lower-is-better formulas stated in words (Dinkes BAB III)', text: '                    a. Semakin tinggi realisasi menunjukkan pencapaian kinerja yang\n                         semakin baik, maka digunakan rumus :\n                                                                   Realisasi\n                   Persentase\n                   pencapaian rencana              =          -------------------     X       100%\n                   tingkat capaian                                 Rencana\n\n\n                    b. Semakin tinggi realisasi menunjukkan pencapaian kinerja yang\n                         semakin rendah, maka digunakan rumus :\n                                                               Rencana – (Realisasi - Rencana)\n                      Persentase\n                      pencapaian rencana                =      ---------------------------------------------   X     100%\n                      tingkat capaian                                           Rencana', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
      { name: 'the two capaian formulas stated in words (RSJ BAB III)', text: '   Semakin tinggi realisasi menunjukan pencapaian kinerja yang semakin baik, maka\n   digunakan rumus:\n\n\n\n                                                    Realisasi\n                  Persentase       =                                 x 100%\n               tingkat capaian                      Rencana\n\n\n   Semakin tinggi realisasi menunjukan semakin rendah pencapaian kinerja, maka digunakan\n   rumus:\n\n\n\n       Persentase pencapaian       Rencana – (Realisasi – Rencana)\n          Rencana tingkat   =                                         x 100%\n              capaian                         Rencana', context: { year: 2016, unit: 'Rumah Sakit Jiwa Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: '$$z = \\frac{39,68\\%}{100\\%} \\times 100\\%$$\n\n$$z = 0,3968\\%$$', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1, expected: '39,68%', actual: '0,3968%' }] },
      { text: '$$x = \\frac{\\dots}{\\dots} \\times 100\\%$$', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 1 }] },
      { name: 'the lower-is-better formula written Realisasi − (Realisasi − Rencana) / Rencana, always 100% (BPBD BAB III)', text: '           baik, maka digunakan rumus :\n\n\n                                            Reaisasi\n              % Pencapaian Kinerja =                       x 100%\n                                            Rencana\n\n       (2) Semakin tinggi realisasi menunjukkan semakin rendah pencapaian\n           kinerja, maka digunakan rumus :\n\n\n                                   Reaisasi-(Realisasi-Rencana)\n              % Pencapaian Kinerja =                            x 100%\n                                             Rencana', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 12 }] },
    ],
    knownGaps: [
      {
        case: { name: 'the same wrong lower-is-better formula (DPM-Desa BAB III)', text: '   1.   Dalam kondisi semakin tinggi realisasi menggambarkan pencapaian rencana\n        tingkat capaian yang semakin baik, maka digunakan rumus :\n\n\n             Persentase\n                                                   Realisasi\n             pencapaian                      =                             X 100 %\n             Kinerja                               Rencana\n\n\n   2.   Dalam Kondisi semakin tinggi realisasi menunjukan semakin rendah pencapaian\n        kinerja, maka digunakan rumus :\n        Persentase\n        Pencapaian           =        Realisasi- (Realisasi-Rencana) x 100%\n        Kinerja                                    Rencana\n', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 14 }] },
        today: 'misses',
        why: 'as in the BPBD report: a symbolic formula that reduces to Rencana / Rencana is not recognised',
      },
    ],
  },
  check({ doc, facts, report }) {
    const mark = facts.decimalMark;
    // A capaian formula the report states that computes the same value whatever the inputs
    // (`Realisasi − (Realisasi − Rencana)` is Rencana: every indicator would score 100%).
    for (const f of facts.polarity.formulas) {
      if (f.convention !== 'constant') continue;
      const meant = f.polarity === 'negative' ? '(Rencana − (Realisasi − Rencana)) / Rencana × 100%' : 'Realisasi / Rencana × 100%';
      report({
        block: f.block,
        ...(f.row !== undefined ? { row: f.row } : { offset: f.offset, length: f.length }),
        message: {
          id: `Rumus capaian ${f.text} × 100% selalu bernilai 100% (hasilnya tidak bergantung pada realisasi); untuk indikator ${f.polarity === 'negative' ? 'negatif (semakin tinggi realisasi semakin rendah kinerja)' : 'positif'} semestinya ${meant}`,
          en: `Capaian formula ${f.text} × 100% is always 100% (it does not depend on the realisasi); for a ${f.polarity === 'negative' ? 'lower-is-better' : 'higher-is-better'} indicator it should be ${meant}`,
        },
        expected: meant,
        actual: `${f.text} × 100%`,
      });
    }
    for (const b of doc.blocks) {
      if (b.kind !== 'formula' || !b.formula) continue;
      const f = b.formula;
      if (f.emptyFraction) {
        report({ block: b, message: { id: 'Rumus dengan pecahan kosong (pembilang/penyebut belum diisi)', en: 'Formula with an empty fraction (numerator/denominator never filled in)' }, excerpt: f.written });
        continue;
      }
      const stepIndex = f.steps.findIndex((s) => s !== null && s.kind !== 'num' && hasDivision(s));
      if (stepIndex < 0) continue;
      const expr = f.steps[stepIndex]!;
      const stated = statedResult(doc.blocks, b, stepIndex);
      if (!stated) continue;
      const { result } = stated;
      const value = evaluate(expr);
      const written = show(expr);
      const where = { block: b, through: stated.block, excerpt: `${f.written}${stated.block !== b ? ` → ${stated.block.formula!.written}` : ''}` };
      if (!Number.isFinite(value)) {
        if (Number.isFinite(result.value)) {
          report({
            ...where,
            message: {
              id: `${written}: pembagian dengan nol, hasilnya tidak dapat dihitung; laporan menulis ${result.text}`,
              en: `${written}: division by zero, the result cannot be computed; the report says ${result.text}`,
            },
            expected: 'tidak dapat dihitung',
            actual: result.text,
          });
        }
        continue;
      }
      if (matchesPrinted(result, value)) continue;
      const pct = result.percent || /%/.test(f.written);
      const expectedText = formatResult(value, { decimalMark: markBeside(result, mark), percent: pct });
      let why = { id: '', en: '' };
      const frac = firstFraction(expr);
      if (matchesPrinted(result, value / 100) || matchesPrinted(result, value * 100)) {
        why = { id: ' (skala salah: ×100 terlewat atau berlebih)', en: ' (wrong scale: ×100 missing or doubled)' };
      } else if (frac) {
        const a = evaluate(frac[0]);
        const d = evaluate(frac[1]);
        const scale = value / (a / d);
        if (a !== 0 && Number.isFinite(scale) && matchesPrinted(result, (d / a) * scale)) {
          why = { id: ' (pecahan terbalik: pembilang dan penyebut tertukar)', en: ' (inverted fraction: numerator and denominator swapped)' };
        }
      }
      report({
        ...where,
        message: {
          id: `${written} = ${expectedText}; laporan menulis ${result.text}${why.id}`,
          en: `${written} = ${expectedText}; the report says ${result.text}${why.en}`,
        },
        expected: expectedText,
        actual: result.text,
      });
    }
  },
});
