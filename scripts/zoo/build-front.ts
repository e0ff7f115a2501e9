/**
 * Cover, Kata Pengantar, Ikhtisar Eksekutif and BAB I of a zoo report.
 */
import type { Ctx } from './context.js';
import type { Figures } from './figures.js';
import { roman } from './model.js';

export function periodWords(c: Ctx): string {
  return c.u.quarter ? `Triwulan ${roman(c.u.quarter)} Tahun ${c.u.year}` : `Tahun ${c.u.year}`;
}

/** The period inside a sentence: `tahun 2024`, `triwulan II tahun 2025`. */
export function periodLower(c: Ctx): string {
  return periodWords(c).replace('Triwulan', 'triwulan').replace('Tahun', 'tahun');
}

export function cover(c: Ctx): void {
  const u = c.u;
  c.para(u.parent, { align: 'center', bold: true });
  for (const line of c.s.coverLines) c.para(line, { align: 'center', bold: true });
  c.para(u.address, { align: 'center' });
}

export function kataPengantar(c: Ctx): void {
  const u = c.u;
  const self = `${c.s.selfName} ${u.unit} ${periodWords(c)}`;
  c.front('KATA PENGANTAR');
  c.para(c.pick(
    `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya ${self} dapat diselesaikan.`,
    `Dengan memanjatkan puji syukur ke hadirat Allah SWT, kami sampaikan ${self} sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi selama ${u.quarter ? 'periode triwulan ini' : 'satu tahun anggaran'}.`,
    `Laporan Kinerja ini disusun untuk memenuhi kewajiban akuntabilitas kinerja sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, dan memuat ${self}.`,
    `Sebagai bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP), ${u.short} menyusun ${self} yang menyajikan capaian kinerja atas Perjanjian Kinerja yang telah ditandatangani.`,
  ));
  c.para(c.pick(
    `Laporan ini menggambarkan capaian kinerja ${u.unit} dalam melaksanakan ${u.planDoc} ${u.planPeriod}, yang diukur dengan membandingkan target dan realisasi setiap indikator kinerja.`,
    `Di dalamnya disajikan perbandingan antara target yang ditetapkan dalam Perjanjian Kinerja dengan realisasinya, beserta analisis keberhasilan dan hambatan yang dihadapi.`,
    `Penyusunan laporan berpedoman pada Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.`,
    `Capaian yang disajikan diharapkan menjadi bahan evaluasi bagi pimpinan dan seluruh jajaran dalam meningkatkan kualitas pelayanan kepada masyarakat pada periode berikutnya.`,
  ));
  c.para(c.pick(
    'Kami menyadari laporan ini masih jauh dari sempurna. Kritik dan saran yang membangun sangat kami harapkan untuk perbaikan pada masa yang akan datang.',
    'Kepada semua pihak yang telah membantu penyusunan laporan ini kami sampaikan terima kasih. Semoga laporan ini bermanfaat bagi peningkatan kinerja organisasi.',
    'Akhirnya, semoga laporan ini dapat memberikan informasi yang objektif mengenai kinerja yang telah dicapai dan menjadi pendorong perbaikan berkelanjutan.',
    'Terima kasih kami sampaikan kepada seluruh pegawai atas dedikasi dan kerja kerasnya, sehingga sasaran yang telah ditetapkan dapat dicapai dengan baik.',
  ));
  signature(c);
}

export function signature(c: Ctx): void {
  const h = c.u.head;
  c.para(`${c.u.city}, ${c.u.signDate}`, { align: 'right' });
  c.para(`${h.title},`, { align: 'right' });
  c.para(h.name, { align: 'right', bold: true });
  if (h.rank) c.para(h.rank, { align: 'right' });
  c.para(`NIP ${h.nip}`, { align: 'right' });
}

export function ikhtisar(c: Ctx, f: Figures): void {
  const u = c.u;
  c.front(c.s.summaryTitle);
  c.para(c.pick(
    `${c.s.selfName} ${u.unit} ${periodWords(c)} merupakan bentuk pertanggungjawaban atas pelaksanaan ${u.planDoc} ${u.planPeriod} pada ${u.quarter ? 'periode berjalan' : `tahun ${u.year}`}.`,
    `Ikhtisar ini merangkum capaian kinerja ${u.unit} atas Perjanjian Kinerja ${periodWords(c)}.`,
    `Pada ${periodLower(c)}, ${u.unit} menetapkan ${u.sasaran.length} sasaran dengan ${f.indicators.length} indikator kinerja dalam Perjanjian Kinerja.`,
    `Ringkasan ini menyajikan hasil pengukuran kinerja ${u.short} ${periodWords(c)} beserta realisasi anggaran yang mendukungnya.`,
  ));
  const measuredNote = f.measured < f.indicators.length ? ` (${f.indicators.length - f.measured} indikator tidak memiliki target pada periode ini)` : '';
  c.para(`Dari ${f.measured} indikator yang diukur${measuredNote}, sebanyak ${f.reached} indikator mencapai atau melampaui target, dengan rata-rata capaian seluruh indikator sebesar ${c.p(f.overall)}.`);
  c.para(c.pick('Capaian masing-masing indikator adalah sebagai berikut:', 'Rincian capaian indikator kinerja:', 'Secara ringkas capaian tersebut adalah:', 'Capaian per indikator dapat diuraikan sebagai berikut:'));
  const tw = c.s.targetWord.toLowerCase();
  c.list(c.pick('decimal', 'bullet', 'lower-letter', 'decimal-paren'), f.indicators.map((x) => x.capaian === null
    ? `${x.ind.name}: tidak ada ${tw} pada periode ini, realisasi ${c.withUnit(x.ind, x.ind.realisasi)}.`
    : `${x.ind.name}: ${tw} ${c.withUnit(x.ind, x.ind.target)}, realisasi ${c.withUnit(x.ind, x.ind.realisasi)}, capaian ${c.p(x.capaian)}${c.s.scale ? ` (${x.category})` : ''}.`));
  const b = f.budget;
  c.para(c.pick(
    `Untuk mencapai kinerja tersebut, ${u.short} didukung anggaran sebesar ${c.rp(b.pagu)} dengan realisasi ${c.rp(b.realisasi)} atau ${c.p(b.percent)}.`,
    `Dari sisi keuangan, pagu anggaran sebesar ${c.rp(b.pagu)} terealisasi ${c.rp(b.realisasi)} atau sebesar ${c.p(b.percent)}, sehingga terdapat sisa anggaran ${c.rp(b.sisa)}.`,
    `Realisasi anggaran mencapai ${c.rp(b.realisasi)} dari pagu ${c.rp(b.pagu)} (${c.p(b.percent)}).`,
    `Anggaran yang dikelola sebesar ${c.rp(b.pagu)} terserap ${c.rp(b.realisasi)} atau ${c.p(b.percent)}.`,
  ));
  c.para(c.pick(
    `Kendala utama yang dihadapi antara lain ${u.obstacles[0]!.toLowerCase().replace(/\.$/, '')}; langkah perbaikan telah dirumuskan dalam Bab IV.`,
    `Permasalahan yang masih dihadapi dan rencana tindak lanjutnya diuraikan pada bagian penutup laporan ini.`,
  ));
}

export function babI(c: Ctx): void {
  const u = c.u;
  c.chapter(1, c.s.chapterTitles[0]);
  c.section('Latar Belakang');
  for (const p of u.background) c.para(p);
  c.para(c.pick(
    `Sesuai ketentuan tersebut, ${u.unit} wajib menyusun laporan kinerja sebagai bentuk pertanggungjawaban kepada pemberi mandat.`,
    `Laporan kinerja ini menjadi sarana ${u.short} untuk mempertanggungjawabkan pencapaian sasaran yang telah diperjanjikan.`,
    `Atas dasar itu disusun ${c.s.selfName} ${periodWords(c)} sebagai media pertanggungjawaban kinerja.`,
  ));
  c.section(c.pick('Dasar Hukum', 'Landasan Hukum', 'Dasar Hukum', 'Landasan Penyusunan'));
  c.para(c.pick('Penyusunan laporan ini berlandaskan pada:', 'Landasan hukum penyusunan laporan kinerja adalah:', 'Dasar hukum penyusunan laporan ini sebagai berikut:'));
  c.list('decimal', u.legal);
  c.section(c.pick('Tugas Pokok dan Fungsi', 'Tugas, Fungsi dan Struktur Organisasi', 'Kedudukan, Tugas dan Fungsi', 'Tugas dan Fungsi'));
  c.para(u.task);
  c.para(c.pick('Untuk melaksanakan tugas tersebut, menyelenggarakan fungsi:', 'Dalam melaksanakan tugas tersebut, fungsi yang diselenggarakan adalah:', 'Fungsi yang dilaksanakan meliputi:'));
  c.list('lower-letter', u.functions);
  c.para(c.pick('Susunan organisasi terdiri atas:', 'Struktur organisasi terdiri dari:', 'Organisasi dipimpin oleh seorang kepala dan terdiri atas:'));
  c.list(c.pick('decimal', 'decimal-paren', 'lower-letter', 'decimal'), u.structure);
  const staffTotal = u.staff.rows.reduce((a, r) => a + r.male + r.female, 0);
  c.para(`Jumlah pegawai ${u.short} pada ${u.quarter ? `akhir triwulan ${roman(u.quarter)}` : `akhir tahun ${u.year}`} sebanyak ${c.n(staffTotal)} orang, dengan rincian sebagai berikut:`);
  const rows = u.staff.rows.map((r, i) => [String(i + 1), r.label, c.n(r.male), c.n(r.female), c.n(r.male + r.female)]);
  const male = u.staff.rows.reduce((a, r) => a + r.male, 0);
  const female = u.staff.rows.reduce((a, r) => a + r.female, 0);
  rows.push(['', 'Jumlah', c.n(male), c.n(female), c.n(staffTotal)]);
  c.table(u.staff.title, [['No', u.staff.header, 'Laki-laki', 'Perempuan', 'Jumlah']], rows);
  c.section(c.pick('Isu Strategis', 'Permasalahan Utama (Strategic Issued)', 'Aspek Strategis dan Isu Strategis', 'Isu-isu Strategis'));
  c.para(c.pick('Isu strategis yang dihadapi adalah sebagai berikut:', 'Permasalahan utama yang menjadi perhatian:', 'Beberapa isu strategis yang perlu mendapat perhatian:'));
  c.list(c.pick('decimal', 'lower-letter', 'bullet', 'lower-roman'), u.issues);
  c.section('Sistematika Laporan');
  const t = c.s.chapterTitles;
  const desc = [
    `Bab I ${cap(t[0])}, menjelaskan latar belakang, dasar hukum, tugas dan fungsi, struktur organisasi serta isu strategis.`,
    `Bab II ${cap(t[1])}, menguraikan rencana strategis dan Perjanjian Kinerja Tahun ${u.year}.`,
    `Bab III ${cap(t[2])}, menyajikan capaian kinerja, analisis capaian dan realisasi anggaran.`,
    `Bab IV ${cap(t[3])}, memuat kesimpulan serta langkah perbaikan ke depan.`,
  ];
  if (c.s.wording % 2 === 0) {
    c.para(`Sistematika penyajian ${c.s.selfName} ini adalah sebagai berikut:`);
    c.list('bullet', [...desc, 'Lampiran, memuat Perjanjian Kinerja dan dokumen pendukung.']);
  } else {
    c.para(`Laporan ini disajikan dalam empat bab. ${desc.join(' ')} Lampiran memuat Perjanjian Kinerja dan dokumen pendukung.`);
  }
}

/** `PERENCANAAN KINERJA` → `Perencanaan Kinerja`. */
export function cap(title: string): string {
  return title.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, l: string) => s + l.toUpperCase()).replace(/\bDan\b/g, 'dan');
}
