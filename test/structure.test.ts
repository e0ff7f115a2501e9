/**
 * Structure, lists, captions and brackets decided on evidence: made-up snippets of units that are
 * not immigration offices for each mechanism, and the real regional reports of fixtures/corpus.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decideMarkers } from '../src/text/markers.js';
import { findCaptions } from '../src/text/captions.js';
import { chapterNumber } from '../src/facts/sections.js';
import { findNumbers } from '../src/numbers.js';
import { corpusPath, lintCorpus, lintText } from './helpers.js';
import type { FileResult } from '../src/model.js';

const rule = (r: FileResult, id: string) => r.findings.filter((f) => f.ruleId === id);
const gold = (name: string) => JSON.parse(readFileSync(corpusPath(`${name}.gold.json`), 'utf8')) as { findings: { category: string; line: number | null; quote: string }[]; clean_checks: { line: number; quote?: string }[] };
const fold = (s: string) => s.toLowerCase().replace(/[\s|\t]+/g, ' ').trim();

describe('list markers: one reader, the style decided per run', () => {
  const styles = (markers: string[]) => decideMarkers(markers.map((printed) => ({ printed }))).map((m) => `${m?.style}:${m?.value}`);
  it('reads h, i, j as letters and i, ii, iii as roman numerals', () => {
    expect(styles(['g.', 'h.', 'i.', 'j.'])).toEqual(['lower-alpha:7', 'lower-alpha:8', 'lower-alpha:9', 'lower-alpha:10']);
    expect(styles(['i.', 'ii.', 'iii.', 'iv.', 'v.'])).toEqual(['lower-roman:1', 'lower-roman:2', 'lower-roman:3', 'lower-roman:4', 'lower-roman:5']);
    expect(styles(['u)', 'v)', 'w)'])).toEqual(['lower-alpha:21', 'lower-alpha:22', 'lower-alpha:23']);
    expect(styles(['VIII.', 'IX.', 'X.'])).toEqual(['upper-roman:8', 'upper-roman:9', 'upper-roman:10']);
  });
  it('numbering is quiet on a roman list and a lettered list of a Dinas report, and reports a skip in the roman one', async () => {
    const quiet = await lintText('Tujuan Dinas Sosial Kota Malang:\n\ni. meningkatkan layanan rehabilitasi;\nii. memperluas jaminan sosial;\niii. menguatkan data terpadu.\n\nKegiatan bidang:\n\na. perencanaan;\nb. penganggaran;\nc. sosialisasi;\nd. pendaftaran;\ne. seleksi;\nf. penetapan;\ng. pendataan;\nh. verifikasi;\ni. validasi;\nj. pelaporan.\n');
    expect(rule(quiet, 'numbering')).toEqual([]);
    const skipped = await lintText('Tujuan Dinas Sosial Kota Malang:\n\ni. meningkatkan layanan rehabilitasi;\nii. memperluas jaminan sosial;\niv. menguatkan data terpadu;\nv. melaporkan kinerja.\n');
    expect(rule(skipped, 'numbering').map((f) => [f.expected, f.actual])).toEqual([['iii', 'iv']]);
  });
  it('a sub-list that repeats the outer list\'s next number is no duplicate (DPM-Desa Bidang / Subbidang)', async () => {
    const text = '1. Bidang Pemerintahan Desa/Kelurahan\n    Bidang Pemerintahan Desa/Kelurahan mempunyai tugas pokok menyelenggarakan pengkajian bahan kebijakan teknis.\n    Bidang Pemerintahan Desa/Kelurahan membawahi :\n    1. Subbidang Perangkat dan Administrasi Pemerintahan Desa/Kelurahan.\n    2. Subbidang Fasilitasi Pengembangan Desa.\n2. Bidang Penguatan Kelembagaan dan Partisipasi Masyarakat\n    Bidang Penguatan Kelembagaan dan Partisipasi Masyarakat mempunyai tugas pokok.\n';
    expect(rule(await lintText(text), 'numbering')).toEqual([]);
    const dup = await lintText('Sasaran yang ditetapkan:\n1. Meningkatnya kualitas pelayanan.\n2. Meningkatnya akuntabilitas kinerja.\n2. Meningkatnya kapasitas aparatur.\n3. Meningkatnya sarana kerja.\n');
    expect(rule(dup, 'numbering').map((f) => [f.expected, f.actual])).toEqual([['3', '2']]);
    // A list that starts at 2 and repeats its 3 is a duplicate, whatever came before (Semarang, paspor hilang).
    const fromTwo = await lintText('1. Layanan Paspor\nPersyaratan paspor baru.\n2. Layanan Penggantian\nJika dari hasil pemeriksaan diperoleh petunjuk bahwa paspor biasa hilang atau rusak karena:\n2. musibah, seperti kebakaran, kebanjiran, dan gempa bumi, Anda dapat diberikan penggantian langsung;\n3. unsur kurang hati-hati dan kehilangan terjadi di luar kemampuan, Anda diberikan penggantian paspor biasa;\n3. unsur kecerobohan atau kelalaian disertai alasan yang tidak dapat diterima.\n');
    expect(rule(fromTwo, 'numbering').map((f) => f.actual)).toContain('3');
  });
  it('a list that restarts, its first item read as a table row, is a new list (DPUPR Ancaman)', async () => {
    const text = '3. Peluang ( Opportunities )\n   a. Areal persawahan di Kabupaten Grobogan yang luas\n   b. Memiliki sumber air / mata air yang banyak\n   c. Memiliki sarana dan prasarana jalan dan irigasi yang besar\n   d. Banyaknya sungai untuk mengalirkan air banjir\n4. Ancaman ( Threat )\na.\tPerubahan\tiklim\tglobal\t(\tmusim\tkemarau\t)\takan\tsemakin\tsulit\n\tmendapatkan air baku\n   b. Tidak terpadunya penanganan sungai dan irigasi antar Kabupaten.\n   c. Kerusakan sarana dan prasarana jalan dan jembatan.\n';
    expect(rule(await lintText(text), 'numbering')).toEqual([]);
    const skipped = await lintText(text.replace('\na.\tPerubahan\tiklim\tglobal\t(\tmusim\tkemarau\t)\takan\tsemakin\tsulit\n\tmendapatkan air baku', ''));
    expect(rule(skipped, 'numbering').map((f) => f.actual)).toEqual(['b']);
  });
  it('one mistyped row number is reported once, not again at the row after it (Dinkes, capaian per kab/kota)', async () => {
    const rows = ['KOTA BOGOR\t57,4', 'KOTA SUKABUMI\t45,8', 'KOTA BANDUNG\t66,8', 'KOTA CIREBON\t87,1', 'KOTA BEKASI\t77,3'];
    const text = `NO\tKABUPATEN /KOTA\t2016\n${rows.map((r, k) => `${[19, 29, 21, 22, 23][k]}\t${r}`).join('\n')}\n`;
    expect(rule(await lintText(text), 'numbering').map((f) => [f.expected, f.actual])).toEqual([['20', '29']]);
  });
  it('a finding on a list item quotes the item, not its marker alone', async () => {
    const long = 'Adapun kebijakan Badan Penanggulangan Bencana Daerah, terdiri dari :\nb. Meningkatkan profesionalisme petugas yang menangani Penanggulangan Bencana. Untuk mencapai sasaran, tujuan, dan kebijakan yang telah ditetapkan perlu didukung oleh sumber daya manusia yang memadai dan berkualitas di semua tingkatan.\nc. Mengembangkan sistem penanggulangan Bencana secara terpadu dan konsepsional. Berbagai forum koordinasi yang ada perlu dimantapkan dan diperluas.\n';
    const found = rule(await lintText(long), 'numbering');
    expect(found.map((f) => f.actual)).toEqual(['b']);
    expect(found[0]!.excerpt).toMatch(/^b\. Meningkatkan profesionalisme/);
  });
  it('small tables of one header, one per sasaran, count their rows as one (DPUPR capaian per kegiatan)', async () => {
    const table = (n: string, sasaran: string) => `SASARAN\tINDIKATOR\tTARGET\tREALISASI\t%\n${n}\t${sasaran}\t100%\t100%\t100 %`;
    const text = (third: string) => [
      'Adapun capaian sasaran tahun 2021 tampak sebagai berikut :', table('8.', 'Meningkatnya sungai yang dinormalisasi'),
      'Adapun capaian sasaran tahun 2021 tampak sebagai berikut :', table('9.', 'Meningkatnya jumlah embung'),
      'Adapun capaian sasaran tahun 2021 tampak sebagai berikut :', table('10.', 'Meningkatnya saluran irigasi yang terbangun'),
      'Adapun capaian sasaran tahun 2021 tampak sebagai berikut :', table(third, 'Terbangunnya Drainase Gorong-Gorong'),
      'Adapun capaian sasaran tahun 2021 tampak sebagai berikut :', table('12.', 'Meningkatnya Pembangunan Jembatan'),
    ].join('\n\n') + '\n';
    expect(rule(await lintText(text('11.')), 'numbering')).toEqual([]);
    expect(rule(await lintText(text('1.')), 'numbering').map((f) => [f.expected, f.actual])).toEqual([['11', '1']]);
  });
  it('section numbers: 1.1. between the 3.x and the 4.x sections, 3.1.1 under 3.2., a skipped 3.1.5; quiet when in order', async () => {
    const body = (a: string, b: string, c: string) => ['BAB III AKUNTABILITAS KINERJA', '3.1 CAPAIAN KINERJA', 'isi', '3.1.4 Evaluasi Capaian Indikator Kinerja', 'isi', `${a} Rencana Program dan Kegiatan`, 'isi', '3.2. Akuntabilitas Anggaran', `${b} Realisasi Pendapatan`, 'isi', 'BAB IV PENUTUP', 'Bab ini menyajikan simpulan atas capaian kinerja.', `${c} SIMPULAN CAPAIAN INDIKATOR`, '4.1.1 SIMPULAN CAPAIAN INDIKATOR KINERJA UTAMA', 'isi', '4.1.2. SIMPULAN CAPAIAN INDIKATOR SASARAN STRATEJIK', 'isi'].join('\n\n') + '\n';
    const sections = (r: FileResult) => rule(r, 'numbering').filter((f) => /subbab/.test(f.message)).map((f) => [f.expected, f.actual]);
    expect(sections(await lintText(body('3.1.5', '3.2.1', '4.1.')))).toEqual([]);
    expect(sections(await lintText(body('3.1.6', '3.1.1', '1.1.')))).toEqual([['3.1.5', '3.1.6'], ['3.2.1', '3.1.1'], ['4.1.', '1.1.']]);
  });
  it('a list number is not a figure', () => {
    expect(findNumbers('2. Persentase capaian sebesar 95%').map((n) => n.number.value)).toEqual([95]);
    expect(findNumbers('dengan capaian 2.\nhal ini').map((n) => n.number.value)).toEqual([2]);
  });
});

describe('captions: (kind, chapter, n) in the report\'s own scheme', () => {
  it('reads Tabel 3.1, Tabel 3. 1, Tabel III.1 as table 1 of chapter 3 and Tabel 7 as table 7', () => {
    const read = (t: string) => findCaptions(t).map((h) => `${h.kind} ${h.chapter ?? '-'} ${h.n}`);
    expect(read('Tabel 3.1 Capaian Sasaran')).toEqual(['Tabel 3 1']);
    expect(read('Tabel 3. 1 Capaian Sasaran')).toEqual(['Tabel 3 1']);
    expect(read('Gambar III.1 Struktur Organisasi')).toEqual(['Gambar 3 1']);
    expect(read('Tabel 7. Realisasi Anggaran')).toEqual(['Tabel - 7']);
    expect(read('seperti pada Tabel 3.1 di atas')).toEqual([]);
  });
  it('is quiet on per-chapter captions and reports a reused one', async () => {
    const body = (second: string) => `BAB II PERENCANAAN KINERJA\n\nTabel 2.1 Sasaran Strategis\n\nisi\n\nTabel 2.2 Indikator Kinerja\n\nBAB III AKUNTABILITAS KINERJA\n\nTabel 3.1 Capaian Kinerja\n\nisi\n\n${second} Realisasi Anggaran\n\nisi\n\nGrafik III.1 Tren Capaian\n\nGrafik III.2 Tren Anggaran\n`;
    expect(rule(await lintText(body('Tabel 3. 2')), 'numbering')).toEqual([]);
    const reused = rule(await lintText(body('Tabel 3.1')), 'numbering');
    expect(reused.map((f) => [f.expected, f.actual])).toEqual([['3.2', '3.1']]);
  });
  it('a caption that prints only its chapter (Grafik 3. after Grafik 3.1, 3.2) is reported; Grafik 3.3 is quiet', async () => {
    const body = (third: string) => `BAB III AKUNTABILITAS KINERJA\n\nGrafik 3.1\nDistribusi Dokter Spesialis Dasar\n\nisi\n\nGrafik 3.2\nDistribusi Dokter Spesialis Penunjang Di RSUD Klasifikasi B\n\nisi\n\n${third}\nDistribusi Dokter Spesialis Penunjang Di RSUD Klasifikasi C Kabupaten/Kota\n\nisi\n`;
    expect(rule(await lintText(body('Grafik 3.3')), 'numbering')).toEqual([]);
    expect(rule(await lintText(body('Grafik 3.')), 'numbering').map((f) => [f.expected, f.actual])).toEqual([['3.3', '3.']]);
  });
  it('dinkes-jabar-2016 (per-chapter tables): the reused Tabel 3.1 is found, and no "number already used" cascade', async () => {
    const r = await lintCorpus('dinkes-jabar-2016.pdf');
    const captions = rule(r, 'numbering').filter((f) => /^(Tabel|Gambar|Grafik)/.test(f.message.replace(/^Penomoran /, '')));
    expect(captions.some((f) => f.actual === '3.1' && /^Tabel 3\.1/.test(f.excerpt))).toBe(true);
    expect(captions.length).toBeLessThanOrEqual(4);
  }, 240_000);
});

describe('brackets: a filled value only on evidence', () => {
  it('descriptions and instructions are unfilled placeholders; numbers and resolved choices are values', async () => {
    const r = await lintText('Gambaran umum Dinas Sosial Kota Malang: [Sejarah singkat satuan kerja]. Isu strategis: [Isu 1]. Kepala: [Nama Kepala Dinas]. Capaian [capaian dalam persentase].\n\nCapaian tahun ini [85,5%] dan target [telah dapat] dilampaui.\n');
    const placeholders = rule(r, 'placeholder').map((f) => f.actual);
    expect(placeholders).toEqual(expect.arrayContaining(['[Sejarah singkat satuan kerja]', '[Isu 1]', '[Nama Kepala Dinas]', '[capaian dalam persentase]']));
    expect(rule(r, 'bracketed-value').map((f) => f.actual)).toEqual(['[85,5%]', '[telah dapat]']);
  });
  it('a name the report uses elsewhere, kept in brackets, is a filled value', async () => {
    const r = await lintText('RSUD Kota Bogor melayani pasien rujukan.\n\nCapaian [RSUD Kota Bogor] meningkat.\n');
    expect(rule(r, 'bracketed-value').map((f) => f.actual)).toEqual(['[RSUD Kota Bogor]']);
    expect(rule(r, 'placeholder')).toEqual([]);
  });
});

describe('chapters on evidence', () => {
  it('reads any roman numeral and BAB n', () => {
    expect(chapterNumber('BAB VI PENUTUP')).toBe(6);
    expect(chapterNumber('BAB IX LAMPIRAN')).toBe(9);
    expect(chapterNumber('BAB 3 AKUNTABILITAS KINERJA')).toBe(3);
    expect(chapterNumber('BABI1 PENDAHULUAN')).toBe(1);
  });
  it('a Sistematika in prose neither swallows nor ends the chapters', async () => {
    const text = [
      'KATA PENGANTAR', 'isi', 'DAFTAR ISI', 'KATA PENGANTAR\t1', 'RINGKASAN EKSEKUTIF', 'isi ringkasan',
      'BAB I PENDAHULUAN', 'A. Latar Belakang', 'Badan Pendapatan Daerah Kabupaten Sleman menyusun laporan ini.',
      'B. Sistematika Penulisan', 'Laporan ini disusun sebagai berikut:',
      'BAB I PENDAHULUAN', 'Menjelaskan latar belakang dan tugas pokok.',
      'BAB II PERENCANAAN KINERJA', 'Menjelaskan rencana strategis dan perjanjian kinerja.',
      'BAB III AKUNTABILITAS KINERJA', 'Menjelaskan capaian kinerja dan realisasi anggaran.',
      'BAB IV PENUTUP', 'Berisi kesimpulan.',
      'BAB II PERENCANAAN KINERJA', 'A. Rencana Strategis', 'isi', 'B. Perjanjian Kinerja', 'isi',
      'BAB III AKUNTABILITAS KINERJA', 'A. Capaian Kinerja', 'isi', 'B. Realisasi Anggaran', 'isi',
      'BAB IV PENUTUP', 'isi', 'LAMPIRAN', 'Perjanjian Kinerja',
    ].join('\n\n');
    const r = await lintText(text);
    expect(rule(r, 'missing-section')).toEqual([]);
  });
  it('rsjiwa-jabar-2016 (BAB I–IV only): one finding per missing front part and the annex, nothing out of order', async () => {
    const r = await lintCorpus('rsjiwa-jabar-2016.pdf');
    const missing = rule(r, 'missing-section').filter((f) => /tidak ditemukan \(/.test(f.message)).map((f) => f.expected);
    expect(missing.sort()).toEqual(['DAFTAR ISI', 'IKHTISAR EKSEKUTIF', 'KATA PENGANTAR', 'LAMPIRAN']);
    expect(rule(r, 'missing-section').filter((f) => /tidak berurutan/.test(f.message))).toEqual([]);
  }, 240_000);
  it('bpbd-jabar-2016: a contents entry numbered otherwise than its heading is found although another entry carries that number', async () => {
    const r = await lintCorpus('bpbd-jabar-2016.pdf');
    const renumbered = rule(r, 'missing-section').filter((f) => /bernomor lain/.test(f.message));
    expect(renumbered.some((f) => /Dasar Hukum/i.test(f.message) && f.expected === '3.' && f.actual === '2.')).toBe(true);
  }, 240_000);
  it('dinkes-jabar-2016: the contents list its Ringkasan Eksekutif, the body has none; its Sistematika is not the chapters', async () => {
    const r = await lintCorpus('dinkes-jabar-2016.pdf');
    expect(rule(r, 'missing-section').some((f) => /RINGKASAN EKSEKUTIF/.test(f.message) && /daftar isi/.test(f.message))).toBe(true);
    expect(rule(r, 'missing-section').filter((f) => /tidak berurutan/.test(f.message))).toEqual([]);
  }, 240_000);
});

describe('regional reports: the clean checks stay quiet for the structure and leftover rules', () => {
  for (const name of ['rsjiwa-jabar-2016', 'dpupr-grobogan-2021', 'bpbd-jabar-2016', 'dinkes-jabar-2016', 'dpmdesa-jabar-2016']) {
    it(name, async () => {
      const r = await lintCorpus(`${name}.pdf`);
      const lines = readFileSync(corpusPath(`${name}.ref.txt`), 'utf8').split('\n');
      const mine = r.findings.filter((f) => ['placeholder', 'unresolved-choice', 'bracketed-value', 'missing-section', 'numbering'].includes(f.ruleId));
      const located = gold(name).findings.filter((g) => g.line);
      for (const c of gold(name).clean_checks) {
        const line = fold(lines[c.line - 1] ?? '');
        const quote = fold(c.quote ?? '');
        if (line.length < 16) continue;
        const alarms = mine.filter((f) => {
          const e = fold(f.excerpt);
          const onLine = (quote && e.includes(quote)) || (e.length >= 16 && line.includes(e.slice(0, 16)));
          // A finding that is the gold's own finding on a neighbouring line is not a false alarm.
          return onLine && !located.some((g) => fold(lines[g.line! - 1] ?? '').includes(e.slice(0, 16)));
        });
        expect(alarms.map((f) => `${f.ruleId}: ${f.message}`), `clean check line ${c.line}`).toEqual([]);
      }
    }, 240_000);
  }
});

describe('Word automatic numbering (numbering.xml), in a DOCX built with the docx package', () => {
  it('chapters numbered "BAB %1" in upper roman are the chapters; lettered and roman lists read as Word prints them', async () => {
    const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } = await import('docx');
    const { lint } = await import('../src/lint.js');
    const chapter = (title: string) => new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, numbering: { reference: 'bab', level: 0 } });
    const item = (ref: string, text: string) => new Paragraph({ text, numbering: { reference: ref, level: 0 } });
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'bab', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: 'BAB %1', alignment: AlignmentType.START }] },
          { reference: 'huruf', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1.', alignment: AlignmentType.START }] },
          { reference: 'romawi', levels: [{ level: 0, format: LevelFormat.LOWER_ROMAN, text: '%1)', alignment: AlignmentType.START }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'KATA PENGANTAR', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Puji syukur, Laporan Kinerja Badan Kepegawaian Daerah Kabupaten Bangka tahun 2022.'),
            new Paragraph({ text: 'DAFTAR ISI', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('KATA PENGANTAR\t1'),
            new Paragraph({ text: 'IKHTISAR EKSEKUTIF', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Ringkasan capaian kinerja.'),
            chapter('PENDAHULUAN'),
            new Paragraph('Tugas pokok badan:'),
            ...['perencanaan', 'pengadaan', 'mutasi', 'pengembangan', 'penilaian', 'pemberhentian', 'pensiun', 'pembinaan', 'informasi', 'pelaporan'].map((w) => item('huruf', `urusan ${w} pegawai;`)),
            chapter('PERENCANAAN KINERJA'),
            new Paragraph('Rencana Strategis dan Perjanjian Kinerja badan.'),
            new Paragraph('Sasaran:'),
            ...['aparatur profesional', 'layanan cepat', 'data akurat', 'disiplin tinggi'].map((w) => item('romawi', `meningkatnya ${w};`)),
            chapter('AKUNTABILITAS KINERJA'),
            new Paragraph('Capaian Kinerja dan Realisasi Anggaran tahun 2022.'),
            chapter('PENUTUP'),
            new Paragraph('Kesimpulan.'),
            new Paragraph({ text: 'LAMPIRAN', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Perjanjian Kinerja'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { analyse } = await import('../src/lint.js');
    const { doc: parsed, facts } = await analyse('bkd.docx', bytes);
    expect([...facts.sections.chapters.entries()].map(([n, b]) => `${n} ${b.text}`)).toEqual(['1 BAB I PENDAHULUAN', '2 BAB II PERENCANAAN KINERJA', '3 BAB III AKUNTABILITAS KINERJA', '4 BAB IV PENUTUP']);
    const markers = parsed.blocks.filter((b) => b.kind === 'listItem').map((b) => b.marker);
    expect(markers.slice(7, 14)).toEqual(['h.', 'i.', 'j.', 'i)', 'ii)', 'iii)', 'iv)']);
    const r = await lint('bkd.docx', bytes);
    expect(r.findings.filter((f) => f.ruleId === 'missing-section' || f.ruleId === 'numbering')).toEqual([]);
  }, 120_000);
});

describe('the contents\' caption lists against the body', () => {
  it('a Daftar Tabel entry with no such caption in the body is reported; the others are quiet', async () => {
    const text = [
      'DAFTAR ISI', 'BAB I PENDAHULUAN\t1', 'DAFTAR TABEL', 'Tabel 2.1 Sasaran Strategis\t5', 'Tabel 2.2 Indikator Kinerja\t6', 'Tabel 3.1 Capaian Kinerja\t9', 'Tabel 3.2 Realisasi Anggaran\t12',
      'BAB I PENDAHULUAN', 'Dinas Pekerjaan Umum Kabupaten Klaten.',
      'BAB II PERENCANAAN KINERJA', 'Tabel 2.1 Sasaran Strategis', 'isi', 'Tabel 2.2 Indikator Kinerja', 'isi',
      'BAB III AKUNTABILITAS KINERJA', 'Tabel 3.1 Capaian Kinerja', 'isi',
      'BAB IV PENUTUP', 'isi',
    ].join('\n\n');
    const r = await lintText(text);
    const entries = rule(r, 'missing-section').filter((f) => /daftar tabel/.test(f.message));
    expect(entries.map((f) => f.actual)).toEqual(['Tabel 3.2 Realisasi Anggaran\t12'.split('\t')[0]]);
  });
});
