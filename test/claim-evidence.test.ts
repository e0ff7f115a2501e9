/**
 * Claims whose binding has no evidence stay quiet; the same figures with evidence are still judged.
 * On the clean zoo reports (their figures all hold) read from PDF, where tables come out as in the
 * DOCX and the text, and on the reports with defects put in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import type { FileResult } from '../src/model.js';

const ZOO = join(import.meta.dirname, '..', 'fixtures', 'zoo');
const lintZoo = (name: string): Promise<FileResult> => lint(join(ZOO, name), readFileSync(join(ZOO, name)));
const of = (r: FileResult, rule: string) => r.findings.filter((f) => f.ruleId === rule);

describe('claims bound on evidence', () => {
  it('a list item that names its own subject (`- Angka Kematian Bayi (AKB): target 7,50 …`) is not the section\'s indicator', async () => {
    const r = await lintZoo('dinkes-banyumas-2022.pdf');
    const wrong = of(r, 'capaian-consistency').filter((f) => /^Target|^Realisasi/.test(f.message));
    expect(wrong).toEqual([]);
  });

  it('an overall capaian is not recomputed from fewer indicators than the report says it measured (`Dari 6 indikator`)', async () => {
    for (const name of ['dinkes-banyumas-2022.pdf', 'dinkes-banyumas-2022.txt', 'rsud-karanganyar-2023.txt']) {
      const r = await lintZoo(name);
      expect(of(r, 'capaian-consistency').filter((f) => /keseluruhan/.test(f.message)), name).toEqual([]);
    }
  });

  it('a quarterly report: the capaian is recomputed against the quarter\'s target column, the year\'s target is no error', async () => {
    const clean = await lintZoo('kejari-magelang-2025-tw2.txt');
    expect(of(clean, 'capaian')).toEqual([]);
    expect(of(clean, 'capaian-consistency').filter((f) => /^Target/.test(f.message))).toEqual([]);
    // The same table with a capaian put wrong is still found, computed from `Target TW II`.
    const bad = await lintZoo('kejari-magelang-2025-tw2-defects.txt');
    expect(of(bad, 'capaian').some((f) => /kolom Target TW II/.test(f.message))).toBe(true);
  });
});
