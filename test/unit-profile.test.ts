/**
 * The reporting unit, its period and its profile, on every real report in fixtures/corpus (against
 * the reviewers' gold: `unit`, `unit_kind`, `region`, `report_year`, `period`, or `office`) and on
 * made-up reports of other unit kinds; wrong-office and wrong-year on the regional reports' real
 * text: the gold's defects found, the clean checks quiet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/model.js';
import { corpusPath, lintCorpus, lintText } from './helpers.js';

interface Gold {
  unit?: string | null;
  unit_kind?: string | null;
  region?: string | null;
  report_year: number;
  period?: string | null;
  office?: string | null;
  findings: { category: string; line: number | null; quote: string }[];
  clean_checks: { line: number | null; quote: string }[];
}

const gold = (name: string): Gold => JSON.parse(readFileSync(corpusPath(`${name}.gold.json`), 'utf8'));
const flat = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** The gold's kind words for the unit kinds the linter names. */
const GOLD_KIND: Record<string, string> = { Dinas: 'dinas', Badan: 'badan', RSUD: 'rsud', RSJ: 'rsud', 'Rumah Sakit': 'rsud' };

const REGIONAL = ['bpbd-jabar-2016', 'dinkes-jabar-2016', 'dpmdesa-jabar-2016', 'dpupr-grobogan-2021', 'rsjiwa-jabar-2016'];
const IMMIGRATION = ['siak-2024', 'semarang-2024', 'cilegon-2021'].flatMap((n) => ['txt', 'docx', 'pdf'].map((f) => [n, f] as const));

describe('the unit, region, period and profile of the regional reports', () => {
  it.each(REGIONAL)('%s', async (name) => {
    const g = gold(name);
    const r = (await lintCorpus(`${name}.pdf`)).report;
    expect(r.unit).toBeTruthy();
    const unit = r.unit!;
    expect(flat(unit.name)).toBe(flat(g.unit!.replace(/\s*\([^)]*\)\s*$/, '')));
    expect(GOLD_KIND[unit.kind ?? '']).toBe(g.unit_kind);
    // The gold adds the province of a kabupaten in brackets; the report itself never names it.
    expect(unit.region).toBe(g.region!.replace(/\s*\(.*\)$/, ''));
    expect(r.year).toBe(g.report_year);
    expect(r.period?.kind).toBe(g.period);
    expect(r.profile?.id).toBe('pemda');
    expect(unit.evidence).toMatch(/^(?:sampul|judul laporan itu sendiri|kepala\/kaki halaman|nama tersering \(\d+×\)), /);
    expect(r.profile?.evidence).toContain(unit.kind!);
  }, 180_000);

  it('takes the period, not the cover year, when the cover is the signing year of a TA 2016 report (bpbd)', async () => {
    const r = (await lintCorpus('bpbd-jabar-2016.pdf')).report;
    expect(r.period).toMatchObject({ year: 2016, coverYear: 2017 });
  }, 180_000);

  it('names the parent government where the cover states it', async () => {
    const r = (await lintCorpus('dinkes-jabar-2016.pdf')).report;
    expect(r.unit?.parent).toBe('Pemerintah Provinsi Jawa Barat');
    expect(r.unit?.parentEvidence).toMatch(/^sampul, /);
  }, 180_000);
});

describe('the immigration reports keep their office, year and profile', () => {
  it.each(IMMIGRATION)('%s.%s', async (name, format) => {
    const g = gold(name);
    const r = (await lintCorpus(`${name}.${format}`)).report;
    expect(r.office).toBe(g.office ?? (name === 'cilegon-2021' ? 'Kantor Imigrasi Kelas II TPI Cilegon' : undefined));
    expect(r.unit?.kind).toBe('Kantor Imigrasi');
    expect(r.year).toBe(g.report_year);
    expect(r.period).toMatchObject({ kind: 'annual', coverYear: null });
    expect(r.profile?.id).toBe('kemenkumham-imigrasi');
  }, 180_000);
});

function findingsOf(r: FileResult, rule: string) {
  return r.findings.filter((f) => f.ruleId === rule);
}

/** A finding whose excerpt holds the gold's quote (PDF findings carry the line's text). */
function foundAt(r: FileResult, rule: string, quote: string): boolean {
  const q = flat(quote).slice(0, 40);
  return findingsOf(r, rule).some((f) => flat(f.excerpt).includes(q) || flat(f.actual ?? '').includes(q));
}

describe('wrong-office and wrong-year on the regional reports', () => {
  it('finds the province-level wording left in the BPBD report (the gold\'s three wrong-office lines)', async () => {
    const r = await lintCorpus('bpbd-jabar-2016.pdf');
    const expected = gold('bpbd-jabar-2016').findings.filter((f) => f.category === 'wrong-office');
    expect(expected).toHaveLength(3);
    for (const f of expected) expect(foundAt(r, 'wrong-office', f.quote.replace(/ Tahun 2016$/, '')), f.quote).toBe(true);
  }, 180_000);

  it('finds the cover year that is not the period (bpbd: TAHUN 2017 on the TA 2016 report)', async () => {
    const r = await lintCorpus('bpbd-jabar-2016.pdf');
    expect(findingsOf(r, 'wrong-year').some((f) => f.actual === '2017' && f.expected === '2016' && f.location.page === 1)).toBe(true);
  }, 180_000);

  it('finds last year\'s DPA and Perjanjian Kinerja in the RSJ report', async () => {
    const r = await lintCorpus('rsjiwa-jabar-2016.pdf');
    expect(foundAt(r, 'wrong-year', 'anggaran DPA TA 2015')).toBe(true);
    expect(foundAt(r, 'wrong-year', '2.3 Perjanjian Kinerja Tahun 2015')).toBe(true);
  }, 180_000);

  it.each(REGIONAL)('%s: no wrong-office / wrong-year finding on a clean check, none a reviewer would not confirm', async (name) => {
    const g = gold(name);
    const r = await lintCorpus(`${name}.pdf`);
    const ours = [...findingsOf(r, 'wrong-office'), ...findingsOf(r, 'wrong-year')];
    // Every finding of these two rules is one of the gold's defects (any category: the line's text is shared).
    const goldQuotes = g.findings.map((f) => flat(f.quote).slice(0, 24)).filter((q) => q.length >= 6);
    const onDefect = (excerpt: string) => goldQuotes.some((q) => flat(excerpt).includes(q));
    for (const c of g.clean_checks.filter((c) => flat(c.quote).length >= 8)) {
      expect(ours.filter((f) => flat(f.excerpt).includes(flat(c.quote)) && !onDefect(f.excerpt)), c.quote).toEqual([]);
    }
    for (const f of ours) expect(goldQuotes.some((q) => flat(f.excerpt).includes(q) || q.includes(flat(f.actual ?? '#'))), f.excerpt).toBe(true);
  }, 180_000);
});

const cover = (lines: string[], body: string) => `${lines.join('\n')}\n\nKATA PENGANTAR\n\n${body}\n`;

describe('other kinds of unit (made-up reports)', () => {
  it('a Kejaksaan Negeri reports per quarter under its own profile', async () => {
    const r = (await lintText(cover(['LAPORAN KINERJA TRIWULAN II', 'KEJAKSAAN NEGERI KOTA MALANG', 'TAHUN 2024'], 'Laporan Kinerja Kejaksaan Negeri Kota Malang Triwulan II Tahun 2024 disusun berdasarkan Pedoman Jaksa Agung Nomor 4 Tahun 2024.'))).report;
    expect(r.unit).toMatchObject({ kind: 'Kejaksaan Negeri', name: 'Kejaksaan Negeri Kota Malang', region: 'Kota Malang' });
    expect(r.period).toMatchObject({ kind: 'quarterly', part: 2, year: 2024 });
    expect(r.profile?.id).toBe('kejaksaan');
  });

  it('a Puskesmas under its Dinas', async () => {
    const r = (await lintText(cover(['PEMERINTAH KABUPATEN SLEMAN', 'DINAS KESEHATAN', 'UPT PUSKESMAS DEPOK III', 'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023'], 'Puskesmas Depok III melayani 12 desa.'))).report;
    expect(r.unit).toMatchObject({ kind: 'Puskesmas', name: 'UPT Puskesmas Depok III', parent: 'Dinas Kesehatan', region: 'Kabupaten Sleman' });
    expect(r.year).toBe(2023);
    expect(r.profile?.id).toBe('pemda');
  });

  it('a Kecamatan of a Kota', async () => {
    const r = (await lintText(cover(['LKjIP KECAMATAN KLOJEN KOTA MALANG', 'TAHUN 2023'], 'Kecamatan Klojen merupakan perangkat daerah Kota Malang.'))).report;
    expect(r.unit).toMatchObject({ kind: 'Kecamatan', name: 'Kecamatan Klojen Kota Malang', region: 'Kota Malang' });
    expect(r.profile?.id).toBe('pemda');
  });

  it('a KPPN (a vertical office no profile claims) gets the base profile', async () => {
    const r = (await lintText(cover(['LAPORAN KINERJA', 'KANTOR PELAYANAN PERBENDAHARAAN NEGARA MALANG', 'TAHUN 2024'], 'KPPN Malang berkoordinasi dengan Kantor Imigrasi Kelas I TPI Malang.'))).report;
    expect(r.unit?.kind).toBe('KPPN');
    expect(r.profile?.id).toBe('base');
  });

  it('a Dinas Sosial Kota Malang report is not the immigration office it mentions once', async () => {
    const text = cover(['LAPORAN KINERJA', 'DINAS SOSIAL KOTA MALANG', 'TAHUN 2024'], 'Dinas Sosial Kota Malang bekerja bersama Kantor Imigrasi Kelas I TPI Malang dalam penanganan orang asing terlantar.');
    const r = await lintText(text);
    expect(r.report.office).toBe('Dinas Sosial Kota Malang');
    expect(r.report.unit).toMatchObject({ kind: 'Dinas', region: 'Kota Malang' });
    expect(r.report.profile?.id).toBe('pemda');
    expect(findingsOf(r, 'wrong-office')).toEqual([]);
  });

  it('without a cover, one passing mention of another unit is never the unit', async () => {
    const r = (await lintText('KATA PENGANTAR\n\nKami bekerja bersama Kantor Imigrasi Kelas I TPI Malang.\n\nBAB I PENDAHULUAN\n\nLatar belakang.\n')).report;
    expect(r.unit ?? null).toBeNull();
    expect(r.profile?.id).toBe('base');
  });

  it('reads the year from the report, not from a regulation', async () => {
    const r = (await lintText('KATA PENGANTAR\n\nSesuai Peraturan Menteri Dalam Negeri Nomor 41 Tahun 2007 dan UU No. 23 Tahun 2014, Laporan Kinerja Dinas Sosial Kota Malang Tahun 2024 disusun.\n')).report;
    expect(r.year).toBe(2024);
    expect(r.unit?.name).toBe('Dinas Sosial Kota Malang');
    expect(r.unit?.evidence).toMatch(/^judul laporan itu sendiri, /);
  });

  it('finds another Dinas left in where the report names itself, also with --office', async () => {
    const text = cover(['LAPORAN KINERJA', 'DINAS SOSIAL KOTA MALANG', 'TAHUN 2024'], 'Laporan Kinerja Dinas Sosial Kota Batu Tahun 2024 ini disusun sebagai pertanggungjawaban.');
    expect(findingsOf(await lintText(text), 'wrong-office').map((f) => f.actual)).toEqual(['Dinas Sosial Kota Batu']);
    const overridden = await lintText(text, { office: 'Dinas Sosial Kota Malang' });
    expect(overridden.report.officeSource).toBe('--office');
    expect(findingsOf(overridden, 'wrong-office').map((f) => f.actual)).toEqual(['Dinas Sosial Kota Batu']);
  });

  it('--profile overrides detection', async () => {
    const r = (await lintText(cover(['LAPORAN KINERJA', 'DINAS SOSIAL KOTA MALANG', 'TAHUN 2024'], 'Isi.'), { profile: 'base' })).report;
    expect(r.profile).toMatchObject({ id: 'base', evidence: '--profile' });
  });
});
