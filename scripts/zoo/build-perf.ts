/**
 * BAB II (Rencana Strategis, Perjanjian Kinerja) and the performance half of BAB III (how
 * capaian is measured, the capaian table, each indicator with its calculation and earlier years).
 */
import { periodLower, periodWords } from './build-front.js';
import type { Ctx } from './context.js';
import { historyCapaian, type Figures, type IndicatorFigure } from './figures.js';
import { roman } from './model.js';
import type { UnitIndicator } from './unit.js';

export function pkRows(c: Ctx): string[][] {
  const rows: string[][] = [];
  let no = 0;
  for (const s of c.u.sasaran) {
    s.indicators.forEach((ind, i) => {
      no += 1;
      const target = c.u.quarter ? ind.annualTarget ?? null : ind.target;
      rows.push([String(no), i === 0 ? s.name : '', ind.name, c.withUnit(ind, target)]);
    });
  }
  return rows;
}

export const pkHeader = (c: Ctx) => [['No', c.pick('Sasaran Strategis', 'Sasaran', 'Sasaran Kegiatan', 'Sasaran Program'), 'Indikator Kinerja', c.u.quarter ? `${c.s.targetWord} ${c.u.year}` : c.s.targetWord]];

export function babII(c: Ctx): void {
  const u = c.u;
  c.chapter(2, c.s.chapterTitles[1]);
  c.section(c.pick(`Rencana Strategis ${u.planPeriod}`, 'Rencana Strategis', `Perencanaan Strategis`, 'Rencana Strategis'));
  c.para(`${u.planDoc} ${u.unit} periode ${u.planPeriod} menetapkan visi: “${u.vision}”.`);
  c.para(c.pick('Untuk mewujudkan visi tersebut ditetapkan misi sebagai berikut:', 'Visi tersebut dijabarkan dalam misi:', 'Misi yang diemban adalah:', 'Upaya mewujudkan visi dilakukan melalui misi:'));
  c.list('decimal', u.missions);
  c.para(c.pick(
    `Sasaran strategis yang hendak dicapai selama periode ${u.planPeriod} beserta indikatornya adalah:`,
    'Sasaran dan indikator kinerja utama yang ditetapkan adalah sebagai berikut:',
    'Tujuan tersebut dijabarkan ke dalam sasaran berikut:',
  ));
  c.list('lower-letter', u.sasaran.map((s) => `${s.name}, dengan indikator ${s.indicators.map((i) => lowerFirst(i.name)).join('; ')}.`));
  c.section(`Perjanjian Kinerja Tahun ${u.year}`);
  c.para(c.pick(
    `Perjanjian Kinerja Tahun ${u.year} merupakan pernyataan komitmen pimpinan ${u.short} untuk mewujudkan target kinerja yang telah ditetapkan, sebagaimana tabel berikut.`,
    `Target kinerja yang diperjanjikan untuk tahun ${u.year} disajikan pada tabel berikut.`,
    `Sebagai penjabaran rencana strategis, ${u.short} menandatangani Perjanjian Kinerja Tahun ${u.year} dengan target sebagai berikut:`,
    `Perjanjian Kinerja Tahun ${u.year} memuat sasaran, indikator dan target yang menjadi ukuran keberhasilan organisasi.`,
  ));
  c.table(`Perjanjian Kinerja Tahun ${u.year}`, pkHeader(c), pkRows(c));
  if (u.quarter) {
    c.para(`Target tersebut dibagi per triwulan; indikator yang ditandai "-" tidak memiliki target pada ${periodLower(c)} dan diukur pada triwulan berikutnya.`);
  }
}

function measureIntro(c: Ctx): void {
  const tw = c.s.targetWord;
  c.para(c.pick(
    `Pengukuran kinerja dilakukan dengan membandingkan ${tw.toLowerCase()} dan realisasi setiap indikator kinerja. Untuk indikator yang semakin tinggi realisasinya menunjukkan kinerja yang semakin baik digunakan rumus:`,
    `Capaian indikator dihitung dengan rumus berikut, untuk indikator positif (semakin tinggi semakin baik):`,
    `Metode pengukuran yang digunakan adalah membandingkan realisasi dengan ${tw.toLowerCase()}. Rumus untuk indikator positif:`,
    `Tingkat capaian kinerja diperoleh dari perbandingan realisasi terhadap ${tw.toLowerCase()}, dengan rumus:`,
  ));
  c.formula('Capaian', 'Realisasi', tw, null);
  if (!c.u.sasaran.some((s) => s.indicators.some((i) => i.polarity === 'negative'))) return;
  c.para(c.pick(
    'Untuk indikator yang semakin tinggi realisasinya menunjukkan kinerja yang semakin rendah digunakan rumus:',
    'Untuk indikator negatif (semakin rendah semakin baik):',
    'Sedangkan untuk indikator yang realisasinya diharapkan semakin kecil digunakan rumus:',
    'Untuk indikator dengan polaritas negatif, capaian dihitung dengan rumus:',
  ));
  if (c.s.negativeForm === 'jabar') c.formula('Capaian', `${tw} − (Realisasi − ${tw})`, tw, null);
  else c.formula('Capaian', `(2 × ${tw}) − Realisasi`, tw, null);
}

function scaleTable(c: Ctx): void {
  const sc = c.s.scale;
  if (!sc) return;
  c.para(c.pick(
    'Capaian setiap indikator kemudian dikategorikan menurut skala penilaian berikut:',
    'Pemberian makna atas capaian kinerja menggunakan skala ordinal sebagai berikut:',
    'Kategori capaian ditetapkan dengan kriteria berikut:',
  ));
  const rows = sc.map((band, i) => {
    const upper = i === 0 ? null : sc[i - 1]!.min;
    const range = upper === null ? `≥ ${c.n(band.min)}%` : band.min <= 0 ? `< ${c.n(upper)}%` : `${c.n(band.min)}% ≤ capaian < ${c.n(upper)}%`;
    return [String(i + 1), range, band.label];
  });
  c.table('Skala Penilaian Capaian Kinerja', [['No', 'Capaian', 'Kategori']], rows);
}

export function capaianTable(c: Ctx, f: Figures): void {
  const q = c.u.quarter;
  const tw = c.s.targetWord;
  const header = ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan'];
  if (q) header.push(`${tw} ${c.u.year}`, `${tw} TW ${roman(q)}`, `Realisasi TW ${roman(q)}`);
  else header.push(tw, 'Realisasi');
  header.push('Capaian (%)');
  if (c.s.scale) header.push('Kategori');
  const rows: string[][] = [];
  let no = 0;
  for (const s of c.u.sasaran) {
    const group = f.indicators.filter((x) => x.sasaran === s.name);
    group.forEach((x, i) => {
      no += 1;
      const row = [String(no), i === 0 ? s.name : '', x.ind.name, x.ind.satuan];
      if (q) row.push(c.val(x.ind, x.ind.annualTarget ?? null));
      row.push(c.val(x.ind, x.ind.target), c.val(x.ind, x.ind.realisasi), c.p(x.capaian));
      if (c.s.scale) row.push(x.category);
      rows.push(row);
    });
    if (c.s.averageRows) {
      const avg = f.sasaranAverage.get(s.name) ?? null;
      const row = ['', c.pick('Rata-rata capaian sasaran', 'Rata-rata Capaian', 'Rata-rata capaian Sasaran Kegiatan', 'Rata-rata'), '', ''];
      if (q) row.push('');
      row.push('', '', c.p(avg));
      if (c.s.scale) row.push(c.s.scale ? categoryOf(c, avg) : '');
      rows.push(row);
    }
  }
  c.table(`Capaian Kinerja ${periodWords(c)}`, [header], rows);
}

function categoryOf(c: Ctx, v: number | null): string {
  if (!c.s.scale || v === null) return '-';
  for (const band of c.s.scale) if (v >= band.min) return band.label;
  return c.s.scale[c.s.scale.length - 1]!.label;
}

function indicatorDetail(c: Ctx, x: IndicatorFigure, hasHistory: boolean): void {
  const ind = x.ind;
  const tw = c.s.targetWord.toLowerCase();
  c.para(`Indikator Kinerja: ${ind.name}`, { bold: true });
  c.para(ind.analysis);
  if (ind.ratio) {
    c.para(c.pick(
      `Realisasi indikator diperoleh dari ${ind.ratio.num.toLowerCase()} dibandingkan ${ind.ratio.den.toLowerCase()}:`,
      `Perhitungan realisasi indikator:`,
      `Realisasi dihitung sebagai berikut:`,
    ));
    c.formula('x', c.n(ind.ratio.a), c.n(ind.ratio.b), c.withUnit(ind, ind.realisasi).replace(/ %$/, '%'));
  }
  if (x.capaian === null) {
    c.para(`Indikator ini tidak memiliki ${tw} pada ${periodLower(c)}, sehingga capaiannya belum dihitung; realisasi sampai dengan periode ini ${c.withUnit(ind, ind.realisasi)}.`);
    return;
  }
  const T = c.val(ind, ind.target);
  const R = c.val(ind, ind.realisasi);
  c.para(ind.polarity === 'negative'
    ? `Indikator ini bersifat negatif (semakin rendah semakin baik), sehingga capaian dihitung dengan rumus indikator negatif:`
    : c.pick(`Dengan ${tw} ${c.withUnit(ind, ind.target)}, capaian indikator adalah:`, `Capaian indikator dihitung sebagai berikut:`, `Perhitungan capaian:`));
  if (ind.polarity === 'negative') {
    if (c.s.negativeForm === 'jabar') c.formula('Capaian', `${T} − (${R} − ${T})`, T, c.p(x.capaian));
    else c.formula('Capaian', `(2 × ${T}) − ${R}`, T, c.p(x.capaian));
  } else {
    c.formula('Capaian', R, T, c.p(x.capaian));
  }
  c.para(c.pick(
    `Dengan demikian capaian indikator ${lowerFirst(ind.name)} sebesar ${c.p(x.capaian)}${c.s.scale ? `, kategori ${x.category}` : ''}.`,
    `Capaian indikator ini ${c.p(x.capaian)}${x.capaian >= 100 ? ', melampaui atau sama dengan target' : ', belum mencapai target'}${c.s.scale ? ` (${x.category})` : ''}.`,
    `Berdasarkan perhitungan tersebut capaiannya ${c.p(x.capaian)}${c.s.scale ? ` dengan kategori ${x.category}` : ''}.`,
  ));
  if (!hasHistory || ind.history.length === 0) return;
  const years = c.u.historyYears;
  c.para(`Perbandingan dengan tahun-tahun sebelumnya disajikan pada tabel berikut.`);
  const rows = ind.history.map((h, i) => [String(years[i]), c.val(ind, h.target), c.val(ind, h.realisasi), c.p(historyCapaian(ind, i))]);
  if (!c.u.quarter) rows.push([String(c.u.year), T, R, c.p(x.capaian)]);
  c.table(`Perbandingan ${ind.name} Tahun ${years[0]}–${c.u.quarter ? years[years.length - 1] : c.u.year}`, [['Tahun', c.s.targetWord, 'Realisasi', 'Capaian']], rows);
}

/** One comparison table of all indicators over the years (the template without per-indicator trends). */
function trendTable(c: Ctx, f: Figures): void {
  const years = c.u.historyYears;
  const header = ['No', 'Indikator Kinerja', 'Satuan', ...years.map((y) => `Realisasi ${y}`), `Realisasi ${c.u.year}`];
  const withHistory = f.indicators.filter((x) => x.ind.history.length === years.length && years.length > 0);
  if (withHistory.length === 0) return;
  const rows = withHistory.map((x, i) => [String(i + 1), x.ind.name, x.ind.satuan, ...x.ind.history.map((h) => c.val(x.ind, h.realisasi)), c.val(x.ind, x.ind.realisasi)]);
  c.para(c.pick('Perbandingan realisasi kinerja dengan tahun sebelumnya:', 'Realisasi indikator dari tahun ke tahun:', 'Perkembangan realisasi indikator kinerja:'));
  c.table(`Perbandingan Realisasi Kinerja Tahun ${years[0]}–${c.u.year}`, [header], rows);
}

export function babIIIPerformance(c: Ctx, f: Figures): void {
  const u = c.u;
  c.chapter(3, c.s.chapterTitles[2]);
  c.section(c.pick('Kerangka Pengukuran Kinerja', 'Pengukuran Kinerja', 'Metode Pengukuran Kinerja', 'Kerangka Pengukuran Kinerja'));
  measureIntro(c);
  scaleTable(c);
  c.section(c.pick(`Capaian Kinerja ${u.unit}`, 'Capaian Kinerja', `Capaian Kinerja ${periodWords(c)}`, 'Capaian Kinerja Organisasi'));
  c.para(c.pick(
    `Capaian kinerja ${periodLower(c)} dari ${f.indicators.length} indikator kinerja disajikan pada tabel berikut.`,
    'Hasil pengukuran kinerja atas Perjanjian Kinerja adalah sebagai berikut:',
    `Secara keseluruhan, rata-rata capaian seluruh indikator sebesar ${c.p(f.overall)}, dengan rincian pada tabel berikut.`,
    'Tabel berikut menyajikan capaian indikator kinerja.',
  ));
  capaianTable(c, f);
  const perIndicator = c.s.wording % 2 === 0;
  u.sasaran.forEach((s, i) => {
    c.sub(`Sasaran ${i + 1}: ${s.name}`);
    for (const x of f.indicators.filter((y) => y.sasaran === s.name)) indicatorDetail(c, x, perIndicator);
  });
  if (!perIndicator) trendTable(c, f);
}

export function achievedNames(f: Figures): string[] {
  return f.indicators.filter((x) => x.capaian !== null && x.capaian >= 100).map((x) => x.ind.name);
}

export type { UnitIndicator };

/** `Persentase pencari kerja` → `persentase pencari kerja`; `Tingkat Pengangguran Terbuka` stays. */
export function lowerFirst(name: string): string {
  return /^[A-Z][a-z]+ [a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
