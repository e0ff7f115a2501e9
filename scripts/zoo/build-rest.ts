/**
 * The budget half of BAB III, other achievements, BAB IV and the Lampiran of a zoo report.
 */
import { periodLower, periodWords } from './build-front.js';
import { achievedNames, pkHeader, pkRows } from './build-perf.js';
import type { Ctx } from './context.js';
import { percentOf, type Figures } from './figures.js';
import { sumPagu, sumRealisasi, type BudgetLine } from './model.js';

function moneyRow(c: Ctx, no: string, name: string, pagu: number, realisasi: number): string[] {
  return [no, name, c.n(pagu), c.n(realisasi), c.p(percentOf(realisasi, pagu)), c.n(pagu - realisasi)];
}

export function budgetTable(c: Ctx): void {
  const b = c.u.budget;
  const rows: string[][] = [];
  const many = b.groups.length > 1;
  b.groups.forEach((g, gi) => {
    if (many) rows.push([String.fromCharCode(65 + gi), g.name, '', '', '', '']);
    g.lines.forEach((line: BudgetLine, li) => {
      rows.push(moneyRow(c, String(li + 1), line.name, line.pagu, line.realisasi));
      line.children?.forEach((k, ki) => rows.push(moneyRow(c, `${li + 1}.${ki + 1}`, k.name, k.pagu, k.realisasi)));
    });
    if (many) rows.push(moneyRow(c, '', `Jumlah ${g.name}`, sumPagu(g.lines), sumRealisasi(g.lines)));
  });
  const all = b.groups.flatMap((g) => g.lines);
  rows.push(moneyRow(c, '', many ? 'Jumlah Total' : 'Jumlah', sumPagu(all), sumRealisasi(all)));
  const paguHead = `${b.paguWord} (Rp)`;
  const nested = all.some((l) => l.children?.length);
  c.table(`Realisasi Anggaran ${periodWords(c)}`, [['No', nested ? c.pick('Program/Kegiatan', 'Uraian', 'Program/Kegiatan', 'Program dan Kegiatan') : c.pick('Jenis Belanja', 'Uraian', 'Jenis Belanja', 'Uraian'), paguHead, 'Realisasi (Rp)', '%', 'Sisa (Rp)']], rows);
}

export function babIIIBudget(c: Ctx, f: Figures): void {
  const u = c.u;
  const b = f.budget;
  c.section(c.pick('Akuntabilitas Keuangan', 'Realisasi Anggaran', 'Realisasi Anggaran', 'Akuntabilitas Keuangan'));
  c.para(c.pick(
    `Pelaksanaan program dan kegiatan ${u.short} ${periodLower(c)} dibiayai dari ${u.budget.source} dengan ${u.budget.paguWord.toLowerCase()} sebesar ${c.rp(b.pagu)} dan realisasi ${c.rp(b.realisasi)} atau ${c.p(b.percent)}.`,
    `Sumber pendanaan berasal dari ${u.budget.source}. Dari ${u.budget.paguWord.toLowerCase()} ${c.rp(b.pagu)} telah direalisasikan sebesar ${c.rp(b.realisasi)} atau ${c.p(b.percent)}, dengan sisa ${c.rp(b.sisa)}.`,
    `Anggaran ${u.short} bersumber dari ${u.budget.source} sebesar ${c.rp(b.pagu)}, terealisasi ${c.rp(b.realisasi)} (${c.p(b.percent)}).`,
  ));
  if (u.budget.groups.length > 1) {
    c.para('Rincian menurut kelompok belanja:');
    c.list('decimal', u.budget.groups.map((g) => {
      const p = sumPagu(g.lines);
      const r = sumRealisasi(g.lines);
      return `${g.name} sebesar ${c.rp(p)} dengan realisasi ${c.rp(r)} (${c.p(percentOf(r, p))});`;
    }));
  }
  budgetTable(c);
  c.para(c.pick(
    `Sisa anggaran sebesar ${c.rp(b.sisa)} terutama berasal dari efisiensi belanja barang dan jasa serta sisa lelang.`,
    `Tidak terserapnya anggaran sebesar ${c.rp(b.sisa)} disebabkan oleh efisiensi pelaksanaan kegiatan.`,
    `Selisih antara ${u.budget.paguWord.toLowerCase()} dan realisasi sebesar ${c.rp(b.sisa)} merupakan hasil efisiensi.`,
  ));
  c.section(c.pick('Capaian Kinerja Lainnya', 'Prestasi dan Penghargaan', 'Capaian Kinerja Lainnya', 'Inovasi dan Prestasi'));
  c.para(c.pick('Selain capaian indikator kinerja, beberapa capaian lain yang diraih adalah:', `Pada ${periodLower(c)} ${u.short} juga meraih:`, 'Capaian lain yang patut dicatat:'));
  c.list('bullet', u.otherAchievements);
}

export function babIV(c: Ctx, f: Figures): void {
  const u = c.u;
  c.chapter(4, c.s.chapterTitles[3]);
  c.section(c.pick('Kesimpulan', 'Simpulan', 'Kesimpulan', 'Simpulan Capaian Indikator'));
  const achieved = achievedNames(f);
  c.para(c.pick(
    `Berdasarkan hasil pengukuran, ${f.reached} dari ${f.measured} indikator kinerja ${u.unit} ${periodWords(c)} mencapai atau melampaui target, dengan rata-rata capaian ${c.p(f.overall)}.`,
    `Secara umum kinerja ${u.short} ${periodLower(c)} baik: rata-rata capaian seluruh indikator ${c.p(f.overall)} dan ${f.reached} indikator mencapai target dari ${f.measured} indikator yang diukur.`,
    `Rata-rata capaian ${f.measured} indikator kinerja yang diukur adalah ${c.p(f.overall)}; ${f.reached} indikator telah mencapai target.`,
  ));
  if (achieved.length && achieved.length < f.measured) {
    const missed = f.indicators.filter((x) => x.capaian !== null && x.capaian < 100).map((x) => `${x.ind.name} (capaian ${c.p(x.capaian)})`);
    c.para(`Indikator yang belum mencapai target: ${missed.join('; ')}.`);
  }
  c.para(`Realisasi anggaran ${periodLower(c)} sebesar ${c.rp(f.budget.realisasi)} atau ${c.p(f.budget.percent)} dari ${u.budget.paguWord.toLowerCase()} ${c.rp(f.budget.pagu)}.`);
  c.section(c.pick('Hambatan dan Permasalahan', 'Permasalahan dan Kendala', 'Kendala', 'Hambatan'));
  c.list(c.pick('decimal', 'lower-letter', 'decimal', 'bullet'), u.obstacles);
  const next = u.quarter ? `triwulan ${u.quarter + 1 <= 4 ? romanQ(u.quarter + 1) : 'I'} tahun ${u.year}` : `tahun ${u.year + 1}`;
  c.section(c.pick('Rencana Tindak Lanjut', 'Saran', 'Rencana Tindak Lanjut', 'Saran dan Rencana Tindak Lanjut'));
  c.para(`Langkah yang akan ditempuh pada ${next}:`);
  c.list(c.pick('decimal', 'decimal-paren', 'lower-letter', 'decimal'), u.followUps);
}

function romanQ(n: number): string {
  return ['I', 'II', 'III', 'IV'][n - 1]!;
}

export function lampiran(c: Ctx): void {
  const u = c.u;
  c.front('LAMPIRAN');
  c.para(`Lampiran 1. Perjanjian Kinerja Tahun ${u.year}`, { bold: true });
  c.para(c.pick(
    `Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.`,
    `Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.`,
  ));
  c.blocks.push({ kind: 'table', header: pkHeader(c), rows: pkRows(c) });
  const h = u.head;
  c.para(`${u.city}, ${c.pick('2', '3', '4', '9')} Januari ${u.year}`, { align: 'right' });
  c.para(`${h.title},`, { align: 'right' });
  c.para(h.name, { align: 'right', bold: true });
  c.para(`NIP ${h.nip}`, { align: 'right' });
}
