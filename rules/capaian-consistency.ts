/**
 * capaian-consistency: one indicator's target, realisasi or capaian stated differently in two
 * places: the Ringkasan or Kesimpulan against BAB III, the capaian table against the section's
 * own calculation, the Perjanjian Kinerja target against the capaian tables, a formula's inputs
 * against the trend table, a capaian called "realisasi".
 *
 * Each indicator has one reference (see src/facts/indicators.ts): the capaian-table row whose
 * own arithmetic holds, else the section's x / y calculation when it holds. Statements are
 * compared with it within the rounding of the less precise print.
 */
import { z } from 'zod';
import { defineRule, type Report } from '../src/rule.js';
import type { Block } from '../src/model.js';
import { findNumbers, formatResult, markBeside } from '../src/numbers.js';
import { sameFigure, type Figure, type Indicator } from '../src/facts/indicators.js';
import { groupAt, proseGroups, sentences } from '../src/walk.js';
import { isAverageRow } from '../src/facts/columns.js';

type Kind = 'capaian' | 'realisasi' | 'target';

const KEYWORDS: { kind: Kind; re: RegExp }[] = [
  { kind: 'capaian', re: /\brealisasi\s+dibanding(?:kan)?\s+(?:dengan\s+)?target\b/gi },
  { kind: 'capaian', re: /\bcapaian(?:nya)?\b/gi },
  { kind: 'realisasi', re: /\brealisasi(?:nya)?\b/gi },
  { kind: 'target', re: /\btarget(?:nya)?\b/gi },
];
/** Words between the keyword and the figure that make it another quantity. */
const OTHER_QUANTITY = /rata-rata|rerata|satuan kerja|nasional|rpjmn|renstra|jangka menengah|sebelumnya|anggaran|belanja|pagu|pnbp|dana|rp\b|skala|standar|kemenkumham|seluruh|sasaran|%\s*dari/i;

export default defineRule({
  id: 'capaian-consistency',
  description: {
    id: 'Target, realisasi atau capaian satu indikator yang ditulis berbeda di tempat lain',
    en: "An indicator's target, realisasi or capaian stated differently in another place",
  },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'BAB III AKUNTABILITAS KINERJA\n\nSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\nOptimalnya penegakan hukum\tPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani\t90%\t100%\t111,11%\n\nPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani tercapai dengan capaian 111,11%.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the road indicator alike in the Ikhtisar and in BAB III (DPUPR: 84 % / 79,82 % / 95,02 % twice; two excerpts, columns as tabs)', text: 'IKHTISAR EKSEKUTIF\n\nTUJUAN\tSASARAN\tINDIKATOR TUJUAN\tTARGET\tREALISASI\t%\n\t• Meningkatnya kualitas jalan dan jembatan, sarana drainase perkotaan, dan jaringan irigasi.\tPersentase jalan dan jembatan dalam kondisi baik\t84 %\t79,82 %\t95,02 %\n\nBAB III\nAKUNTABILITAS KINERJA\n\n         Adapun capaian sasaran tahun 2021 tampak sebagai berikut :\n\nSASARAN\tINDIKATOR\tTARGET\tREALISASI\t%\n11. Meningkatnya Pembangunan Jalan dan Jembatan dalam kondisi baik\t• Persentase panjang jalan dan jembatan dalam kondisi baik.\t84 %\t79,82 %\t95,02 %', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' } },
    ],
    invalid: [
      { text: 'BAB III AKUNTABILITAS KINERJA\n\nSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\nOptimalnya penegakan hukum\tPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani\t90%\t100%\t111,11%\n\nPersentase Tindakan Administratif Keimigrasian di kewilayahan yang ditangani tercapai dengan capaian 120%.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 6, expected: '111,11%', actual: '120%' }] },
    ],
    knownGaps: [
      {
        case: { name: 'the drainage length 2,57 km in the BAB III summary table and 2,5 km in the program\'s own table (DPUPR; two excerpts)', text: 'BAB III\nAKUNTABILITAS KINERJA\n\nSASARAN\tINDIKATOR\tTARGET\tREALISASI\t%\na. Kegiatan Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kaabupaten/Kota\t• Meningkatnya Panjang Saluran Drainase/Gorong-gorong yang terbangun\t2,57 km\t2,57 km\t100 %\n\n         Adapun capaian sasaran tahun 2021 tampak sebagai berikut :\n\nSASARAN\tINDIKATOR\tTARGET\tREALISASI\t%\n1. Terbangunnya Saluran Drainase Gorong-Gorong\t• Meningkatnya Panjang Saluran Drainase/Gorong-gorong yang dibangun.\t2,5 km\t2,5 km\t100%', context: { year: 2021, unit: 'Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan' }, findings: [{ line: 10, expected: '2,57 km', actual: '2,5 km' }] },
        today: 'misses',
        why: 'both rows hold on their own (target = realisasi, 100%), so neither is the reference; the indicator\'s target and realisasi differing between the two tables is not reported',
      },
      {
        case: { name: 'one indicator\'s realisasi 86% in the BAB III A.1 table and 92,46% in the BAB IV simpulan (Dinkes, Cakupan Persalinan oleh tenaga kesehatan; two excerpts, columns as tabs)', text: 'BAB III\nAKUNTABILITAS KINERJA\n\n 2. Misi 2 : Menjamin pelayanan kesehatan yang prima\n       Tujuan 2 : Tercapainya pelayanan kesehatan yang berkualitas, dengan\n       sasaran :\nNO\tSasaran Strategis\tNO\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n1\tMenurunnya ratio kematian ibu dan bayi\t1\tRatio Kematian Ibu\t89/100.000 KH\t86,97/100.000 KH\t102.33%\n\t\t2\tRatio Kematian bayi\t5,8/1000 KH\t4,01/ 1000 KH\t144.64%\n\t\t3\tPrevalensi gizi buruk\t0,58\t0.6\t96,67%\n\t\t4\tCakupan Persalinan oleh tenaga kesehatan\t86%\t86%\t100%\n\nBAB IV\nPENUTUP\n\n    4.1.1 SIMPULAN CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2016\n\nNO\tSASARAN\tINDIKATOR KINERJA\tTARGET\tREALISASI\t% PENCAPAIAN\tPENILAIAN\n1\tMeningkatnya kemandirian masyarakat\tPersentase Rumah Tangga mencapai yang berprilaku Hidup bersih dan Sehat (PHBS)\t55%\t56,03%\t101,87%\tSangat Baik\n4\tMenurunnya ratio kematian ibu dan Bayi\tCakupan Persalinan oleh Tenaga Kesehatan\t86%\t92,46%\t107,51%\tSangat Baik', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 11, expected: '92,46%', actual: '86%' }] },
        today: 'misses',
        why: 'both rows hold on their own (86 / 86 = 100%, 92,46 / 86 = 107,51%), so neither is taken as the reference; the Kesimpulan table of BAB IV against BAB III is only compared when one side\'s arithmetic fails',
      },
    ],
  },
  check({ doc, facts, report }) {
    const { list, mentions, sectionOf } = facts.indicators;
    if (list.length === 0) return;
    const year = facts.identity.year;
    const byId = new Map(list.map((i) => [i.id, i]));
    const lineOf = (f: Figure): number | undefined => f.line ?? (f.row !== undefined && f.row >= 0 ? f.block.rows?.[f.row]?.source.line : f.block.source.line);
    const where = (f: Figure) => {
      const l = lineOf(f);
      // Text inputs have lines; Word and PDF have paragraphs and pages.
      const para = f.block.source.paragraph;
      const page = f.block.source.page;
      const pos = l ? (page !== undefined ? { id: `hal. ${page} baris ${l}`, en: `page ${page} line ${l}` } : { id: `baris ${l}`, en: `line ${l}` }) : para !== undefined ? { id: `¶${para}${f.block.source.page ? `, hal. ${f.block.source.page}` : ''}`, en: `¶${para}${f.block.source.page ? `, page ${f.block.source.page}` : ''}` } : null;
      const t = facts.tableNumber.get(f.block.index);
      if (f.block.kind === 'table' && t !== undefined) return { id: `tabel ${t}${pos ? ` (${pos.id})` : ''}`, en: `table ${t}${pos ? ` (${pos.en})` : ''}` };
      if (f.block.kind === 'formula') return { id: `perhitungan${pos ? ` ${pos.id}` : ''}`, en: `the calculation${pos ? ` at ${pos.en}` : ''}` };
      return pos ?? { id: 'di bagian lain', en: 'elsewhere' };
    };
    const short = (i: Indicator) => (i.name.length > 60 ? i.name.slice(0, 57).replace(/\s+\S*$/, '') + '…' : i.name);
    const seen = new Set<string>();
    const emit = (key: string, r: Report) => {
      if (seen.has(key)) return;
      seen.add(key);
      report(r);
    };
    const show = (f: Figure) => f.text.replace(/^\[|\]$/g, '');
    const computeText = (ind: Indicator) => {
      const { realisasi, target, capaian } = ind.ref;
      if (realisasi && target && capaian) return `${show(realisasi)} / ${show(target)} × 100% = ${show(capaian)}`;
      return capaian ? show(capaian) : '';
    };

    // 1. Prose statements: "dengan capaian 120%", "realisasi ... sebesar 111,11%", "Target ... adalah 1".
    // OCR breaks sentences over blank lines: a paragraph that does not end a sentence goes on in the next.
    const groups = proseGroups(doc.blocks, facts);
    // OCR table rows that are themselves references are not statements about them.
    const rowAt = new Set<string>();
    for (const ind of list) for (const r of ind.rows) if (r.source === 'ocr' && r.target?.offset !== undefined) rowAt.add(`${r.block.index}:${r.target.offset}`);
    let introCapaian = -10;
    for (let g = 0; g < groups.length; g++) {
      const { parts, text } = groups[g]!;
      const first = parts[0]!.block;
      // "... terdapat 2 (dua) Indikator Kinerja Kegiatan dengan capaian:" then a list of indicators.
      const inheritsCapaian = first.kind === 'listItem' && first.index - introCapaian <= 6;
      if (/\bcapaian\s*:\s*$/i.test(text)) introCapaian = parts[parts.length - 1]!.block.index;
      else if (first.kind === 'listItem') {
        if (inheritsCapaian) introCapaian = first.index;
      }
      const ms = mentions(text);
      for (const s of sentences(text)) {
        const sentence = text.slice(s.start, s.end);
        if (!/\d/.test(sentence)) continue; // no figure in it
        // A sentence about another year (a trend, last year's value) is not about this year's figures.
        const years = [...sentence.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
        if (year !== null && years.some((y) => y !== year)) continue;
        // A formula spelled in words (`y = Realisasi ... / Target ... x 100%`) is not a statement.
        if (/(^|\s)[xX×]\s*100\s*%|=\s*[xX×]?\s*$|^\s*[xyz]\s/m.test(sentence)) continue;
        const kws: { kind: Kind; start: number; end: number }[] = [];
        for (const k of KEYWORDS) {
          for (const m of sentence.matchAll(k.re)) {
            // "Target capaian ... sebesar 90%" states the target.
            const kind = k.kind === 'capaian' && /\btarget\s*$/i.test(sentence.slice(Math.max(0, m.index! - 10), m.index!)) ? 'target' : k.kind;
            kws.push({ kind, start: m.index!, end: m.index! + m[0].length });
          }
        }
        if (inheritsCapaian) kws.push({ kind: 'capaian', start: 0, end: 0 });
        if (kws.length === 0) continue;
        for (const tok of findNumbers(sentence)) {
          const n = tok.number;
          if (n.money || (!n.percent && n.decimals === 0 && n.value >= 1900 && n.value <= 2100)) continue;
          // `(1)`, `(2)`: a column or item number (a table header read as text), not a figure.
          if (!n.percent && n.decimals === 0 && /\(\s*$/.test(sentence.slice(Math.max(0, tok.start - 2), tok.start)) && /^\s*\)/.test(sentence.slice(tok.end, tok.end + 2))) continue;
          const after = sentence.slice(tok.end, tok.end + 24);
          if (/^\s*(orang|kasus|kegiatan|layanan|paspor|permohonan|pegawai|unit|kali|bulan|hari|dokumen|wna|wni|\(|dari\s+(total|jumlah))/i.test(after) && !/^\s*\(?indeks/i.test(after)) continue;
          // The governing keyword: the nearest one before the figure, at most 110 characters back.
          const before = kws.filter((k) => k.end <= tok.start && tok.start - k.end <= (k.end === 0 ? 400 : 110));
          if (before.length === 0) continue;
          const kw = before.reduce((a, c) => (c.end > a.end || (c.end === a.end && c.start < a.start) ? c : a));
          const between = sentence.slice(kw.end, tok.start);
          if (kw.end > 0 && findNumbers(between).some((x) => !(x.number.value === year && !x.number.percent))) continue;
          if (kw.end === 0 && findNumbers(between.replace(/^\s*[-•]?\s*\(?\d+[.)]\s/, '')).length > 0) continue;
          if (OTHER_QUANTITY.test(kw.end === 0 ? sentence.slice(0, tok.start) : between) || /rata-rata\s*$|rerata\s*$/i.test(sentence.slice(Math.max(0, kw.start - 12), kw.start))) continue;
          // Which indicator: the nearest one named before the figure in this sentence, else the section's.
          const inSentence = ms.filter((m) => m.start >= s.start && m.end <= s.end);
          const named = inSentence.filter((m) => m.start < s.start + tok.start);
          const offsetInGroup = s.start + tok.start;
          const part = [...parts].reverse().find((p) => p.at <= offsetInGroup)!;
          let id: number | undefined;
          if (named.length) id = named[named.length - 1]!.id;
          // A sentence that names its own subject (`- Angka Kematian Bayi (AKB): target …`) is about
          // that subject, though it is no indicator the tables gave: not the section's indicator.
          else if (inSentence.length === 0 && !namesOwnSubject(sentence.slice(0, tok.start))) id = sectionOf.get(part.block.index);
          if (id === undefined) continue;
          const ind = byId.get(id)!;
          const offset = offsetInGroup - part.at;
          // The row of figures that is itself the reference (target, realisasi, capaian).
          if ([0, 1, 2].some((k) => rowAt.has(`${part.block.index}:${offset - k * 0}`)) || [...rowAt].some((key) => key.startsWith(`${part.block.index}:`) && Math.abs(Number(key.split(':')[1]) - offset) < 40)) continue;
          // "diperoleh realisasi ... dengan capaian 96,53%": the realisasi, worded loosely.
          const context = (g > 0 ? groups[g - 1]!.text.slice(-200) + ' ' : '') + sentence.slice(0, kw.start);
          const loose = kw.kind === 'capaian' && kw.end > 0 && /^capaian/i.test(sentence.slice(kw.start, kw.end)) && /\brealisasi\b(?!\s+dibanding)/i.test(context);
          checkClaim(part.block, ind, kw.kind, n, offset, tok.end - tok.start, sentence, loose);
        }
      }
    }

    function checkOverall(groups: ReturnType<typeof proseGroups>) {
      // Accepted overall capaian values: a total/average row over every indicator, the mean of the
      // indicators' capaian, the mean of the sasaran averages (reports compute it either way).
      const accepted: { value: number; decimals: number; text: string; how: string }[] = [];
      const summary = list.every((i) => i.table?.capaian) ? list.map((i) => i.table!.capaian!) : null;
      if (summary && summary.length >= 2) {
        const mean = summary.reduce((a, f) => a + f.value, 0) / summary.length;
        accepted.push({ value: mean, decimals: 2, text: `(${summary.map(show).join(' + ')}) / ${summary.length}`, how: 'mean' });
        // Sasaran averages: rows grouped by the sasaran named in the first column.
        const t = summary[0]!.block;
        const tf = facts.tables.find((x) => x.block === t);
        const capCol = summary[0]!.cell;
        if (tf && capCol !== undefined) {
          const groupsOf: number[][] = [];
          (t.rows ?? []).forEach((row, r) => {
            if (r < tf.headerRows) return;
            const label = row.cells.join(' ').trim();
            const n = tf.numbers[r]?.[capCol] ?? null;
            if (/^\s*(realisasi indikator kinerja|total capaian|capaian kinerja|rata-rata capaian (seluruh|indikator))/i.test(label) && n) {
              accepted.push({ value: n.value, decimals: n.decimals, text: n.text, how: 'row' });
              return;
            }
            if (isAverageRow(row.cells) || /^\s*anggaran\b/i.test(label) || !n) return;
            if ((row.cells[0] ?? '').trim() && !/^\d+\.?$/.test((row.cells[0] ?? '').trim()) || groupsOf.length === 0) groupsOf.push([]);
            else if (/^\d+\.?$/.test((row.cells[0] ?? '').trim()) && (row.cells[1] ?? '').trim() && tf.columns[1]?.role !== 'label') groupsOf.push([]);
            groupsOf[groupsOf.length - 1]!.push(n.value);
          });
          const means = groupsOf.filter((g) => g.length).map((g) => g.reduce((a, b) => a + b, 0) / g.length);
          if (means.length >= 2) accepted.push({ value: means.reduce((a, b) => a + b, 0) / means.length, decimals: 2, text: `(${means.map((m) => formatResult(m, { decimalMark: facts.decimalMark })).join(' + ')}) / ${means.length}`, how: 'sasaran' });
        }
      }
      // The report says how many indicators it measured (`Dari 6 indikator yang diukur`): a mean over
      // fewer indicators than that (some rows the tables did not give) is no evidence of a wrong figure.
      const stated = groups.flatMap((g) => [...g.text.matchAll(/\b(?:dari|terdapat|sebanyak|total|seluruhnya)\s+(\d{1,2})\s+indikator\b/gi)].map((m) => Number(m[1])));
      if (summary && stated.length && !stated.includes(summary.length)) {
        for (let k = accepted.length - 1; k >= 0; k--) if (accepted[k]!.how !== 'row') accepted.splice(k, 1);
      }
      // Headline figures of a one-row dashboard table (`PERFORMANCE 91.71%`).
      const headlines: { key: RegExp; value: Figure }[] = [];
      for (const t of facts.tables) {
        const rows = t.block.rows ?? [];
        if (rows.length - t.headerRows !== 1) continue;
        t.columns.forEach((c, i) => {
          const word = c.header.trim().toLowerCase();
          const n = t.numbers[t.headerRows]?.[i];
          if (n && n.percent && /^[a-z]{6,}$/.test(word) && !/^(capaian|target|realisasi|jumlah|total|persentase|anggaran|keterangan)$/.test(word)) headlines.push({ key: new RegExp(`\\b${word}\\b`, 'i'), value: { value: n.value, decimals: n.decimals, percent: true, text: n.text, block: t.block, row: t.headerRows, cell: i } });
        });
      }
      for (const g of groups) {
        for (const s of sentences(g.text)) {
          const sentence = g.text.slice(s.start, s.end);
          if (!/\d/.test(sentence)) continue; // no figure in it
          if ([...sentence.matchAll(/\b(19|20)\d\d\b/g)].some((m) => Number(m[0]) !== year)) continue;
          if (mentions(sentence).length) continue;
          for (const tok of findNumbers(sentence)) {
            if (!tok.number.percent) continue;
            const lead = sentence.slice(Math.max(0, tok.start - 120), tok.start);
            const between = (re: RegExp) => {
              const m = [...lead.matchAll(new RegExp(re.source, 'gi'))].pop();
              return m ? lead.slice(m.index! + m[0].length) : null;
            };
            const clean = (rest: string | null) => rest !== null && rest.length <= 80 && findNumbers(rest).every((x) => x.number.value === year && !x.number.percent) && !/anggaran|target|tahun\s+sebelum|year on year|satuan kerja|sasaran strategis/i.test(rest);
            const place = groupAt(g, s.start + tok.start);
            const overall = between(/\b(rata-rata capaian|capaian (seluruh )?indikator kinerja|capaian kinerja (kantor|satker|satuan kerja))/);
            // "rata-rata capaian rasio layanan ..." is one indicator's figure, not the overall one.
            if (accepted.length && clean(overall) && /^\s*(seluruh|keseluruhan|indikator|kinerja|sasaran|dari|kantor|satker|pada|tahun|sebesar|adalah|yaitu|mencapai|\*|\[|$)/i.test(overall!) && !/satuan kerja|seluruh indonesia|nasional/i.test(sentence)) {
              if (accepted.some((a) => sameFigure(tok.number, a))) continue;
              const best = accepted.find((a) => a.how === 'row') ?? accepted[accepted.length - 1]!;
              emit(`o:${place.block.index}:${place.offset}`, {
                ...place,
                length: tok.end - tok.start,
                message: {
                  id: `Capaian keseluruhan ditulis ${tok.number.text}; tabel capaian memberi ${accepted.map((a) => (a.how === 'row' ? a.text : `${a.text} = ${formatResult(a.value, { decimalMark: markBeside(tok.number, facts.decimalMark), percent: true })}`)).join(' atau ')}`,
                  en: `Overall capaian is given as ${tok.number.text}; the capaian table gives ${accepted.map((a) => (a.how === 'row' ? a.text : `${a.text} = ${formatResult(a.value, { decimalMark: markBeside(tok.number, facts.decimalMark), percent: true })}`)).join(' or ')}`,
                },
                expected: best.how === 'row' ? best.text : formatResult(best.value, { decimalMark: markBeside(tok.number, facts.decimalMark), percent: true }),
                actual: tok.number.text,
              });
              continue;
            }
            for (const h of headlines) {
              const rest = between(h.key);
              if (!clean(rest) || sameFigure(tok.number, h.value)) continue;
              const src = where(h.value);
              emit(`h:${place.block.index}:${place.offset}`, {
                ...place,
                length: tok.end - tok.start,
                message: {
                  id: `${sentence.match(h.key)![0]} ditulis ${tok.number.text}; ${src.id} menulis ${h.value.text}`,
                  en: `${sentence.match(h.key)![0]} is given as ${tok.number.text}; ${src.en} says ${h.value.text}`,
                },
                expected: h.value.text,
                actual: tok.number.text,
              });
            }
          }
        }
      }
    }

    function checkClaim(b: Block, ind: Indicator, kind: Kind, n: { value: number; decimals: number; percent: boolean; text: string }, offset: number, length: number, sentence: string, loose: boolean) {
      const { target, realisasi, capaian } = ind.ref;
      const key = `${b.index}:${offset}`;
      if (kind === 'target') {
        if (!target || sameFigure(n, target)) return;
        // A quarter's or semester's report states the period's own target beside the year's one in
        // the Perjanjian Kinerja: a differing target in its text is no evidence of a wrong figure.
        if (facts.identity.period.kind !== 'annual') return;
        if (/\b(ditetapkan|jangka|rpjmn|renstra|tahun\s+\d{4}\s*-)/i.test(sentence) && n.percent !== target.percent) return;
        const src = where(target);
        emit(key, {
          block: b,
          offset,
          length,
          message: {
            id: `Target "${short(ind)}" ditulis ${n.text}; Perjanjian Kinerja (${src.id}) menetapkan ${show(target)}`,
            en: `Target of "${short(ind)}" is given as ${n.text}; the Perjanjian Kinerja (${src.en}) sets ${show(target)}`,
          },
          expected: show(target),
          actual: n.text,
        });
        return;
      }
      // An index indicator's "capaian 3,49" is its realisasi, worded loosely.
      if (kind === 'capaian' && !n.percent && realisasi && !realisasi.percent) kind = 'realisasi';
      if (kind === 'capaian') {
        if (!capaian || !n.percent) return;
        if (sameFigure(n, capaian)) return;
        if (loose && realisasi && sameFigure(n, realisasi)) return;
        const src = where(capaian);
        emit(key, {
          block: b,
          offset,
          length,
          message: {
            id: `Capaian "${short(ind)}" ditulis ${n.text}; ${src.id}: ${computeText(ind)}`,
            en: `Capaian of "${short(ind)}" is given as ${n.text}; ${src.en}: ${computeText(ind)}`,
          },
          expected: show(capaian),
          actual: n.text,
        });
        return;
      }
      if (!realisasi) return;
      // The same figure with or without its `%` (the table's unit column says %): the same value.
      if (sameFigure(n, realisasi)) return;
      if (!n.percent && realisasi.percent) return;
      const src = where(realisasi);
      const isCapaian = capaian && sameFigure(n, capaian) && !sameFigure(capaian, realisasi);
      emit(key, {
        block: b,
        offset,
        length,
        message: isCapaian
          ? {
              id: `${n.text} adalah capaian "${short(ind)}", bukan realisasinya; realisasi = ${show(realisasi)} (${src.id})`,
              en: `${n.text} is the capaian of "${short(ind)}", not its realisasi; realisasi = ${show(realisasi)} (${src.en})`,
            }
          : {
              id: `Realisasi "${short(ind)}" ditulis ${n.text}; ${src.id} memberi ${show(realisasi)}`,
              en: `Realisasi of "${short(ind)}" is given as ${n.text}; ${src.en} gives ${show(realisasi)}`,
            },
        expected: show(realisasi),
        actual: n.text,
      });
    }

    // 5. The report's overall figures: "rata-rata capaian seluruh ... sebesar V", "Capaian indikator
    // kinerja pada tahun 2021 sebesar V", "performance ... V" against the tables they summarise.
    checkOverall(groups);

    for (const ind of list) {
      const { target, realisasi, capaian } = ind.ref;
      // 2. Capaian-table rows against the Perjanjian Kinerja target and the reference.
      for (const row of ind.rows) {
        const rowAt = (f: Figure) => (row.row >= 0 ? { block: row.block, row: row.row, ...(f.cell !== undefined ? { cell: f.cell } : {}) } : { block: row.block });
        if (ind.pkTarget && row.target && !sameFigure(row.target, ind.pkTarget) && row.target.percent === ind.pkTarget.percent) {
          const src = where(ind.pkTarget);
          emit(`t:${row.block.index}:${row.row}`, {
            ...rowAt(row.target),
            message: {
              id: `Target "${short(ind)}" di tabel ini ${show(row.target)}; Perjanjian Kinerja (${src.id}) menetapkan ${show(ind.pkTarget)}`,
              en: `Target of "${short(ind)}" in this table is ${show(row.target)}; the Perjanjian Kinerja (${src.en}) sets ${show(ind.pkTarget)}`,
            },
            expected: show(ind.pkTarget),
            actual: show(row.target),
          });
        }
        if (row === ind.table && ind.ref.source === 'table') continue;
        if (realisasi && row.realisasi && realisasi.block !== row.block && !sameFigure(row.realisasi, realisasi) && row.realisasi.percent === realisasi.percent) {
          const src = where(realisasi);
          emit(`r:${row.block.index}:${row.row}`, {
            ...rowAt(row.realisasi),
            message: {
              id: `Realisasi "${short(ind)}" di tabel ini ${show(row.realisasi)}; ${src.id} memberi ${show(realisasi)}`,
              en: `Realisasi of "${short(ind)}" in this table is ${show(row.realisasi)}; ${src.en} gives ${show(realisasi)}`,
            },
            expected: show(realisasi),
            actual: show(row.realisasi),
          });
        } else if (capaian && row.holds && row.capaian && capaian.block !== row.block && !sameFigure(row.capaian, capaian)) {
          const src = where(capaian);
          emit(`c:${row.block.index}:${row.row}`, {
            ...rowAt(row.capaian),
            message: {
              id: `Capaian "${short(ind)}" di tabel ini ${show(row.capaian)}; ${src.id}: ${computeText(ind)}`,
              en: `Capaian of "${short(ind)}" in this table is ${show(row.capaian)}; ${src.en}: ${computeText(ind)}`,
            },
            expected: show(capaian),
            actual: show(row.capaian),
          });
        }
      }
      // 3. The section's own calculation against the reference (when the reference is a table).
      if (ind.ref.source === 'table') {
        const x = ind.x;
        if (x?.result && realisasi && realisasi.percent && x.result.percent && !sameFigure(x.result, realisasi)) {
          const src = where(realisasi);
          emit(`x:${x.block.index}`, {
            block: x.resultBlock ?? x.block,
            message: {
              id: `Perhitungan realisasi "${short(ind)}" menghasilkan ${show(x.result)}; ${src.id} mencatat realisasi ${show(realisasi)}`,
              en: `The realisasi calculation for "${short(ind)}" gives ${show(x.result)}; ${src.en} records realisasi ${show(realisasi)}`,
            },
            expected: show(realisasi),
            actual: show(x.result),
          });
        }
        const y = ind.y;
        if (y) {
          const inputWrong = y.numerator && realisasi && y.numerator.percent === realisasi.percent && !sameFigure(y.numerator, realisasi);
          const resultWrong = y.result && capaian && !sameFigure(y.result, capaian);
          if (inputWrong || resultWrong) {
            const src = where(capaian ?? realisasi!);
            emit(`y:${y.block.index}`, {
              block: y.block,
              ...(y.resultBlock ? { through: y.resultBlock } : {}),
              message: inputWrong
                ? {
                    id: `Perhitungan capaian "${short(ind)}" memakai realisasi ${show(y.numerator!)}; ${src.id}: ${computeText(ind)}`,
                    en: `The capaian calculation for "${short(ind)}" uses realisasi ${show(y.numerator!)}; ${src.en}: ${computeText(ind)}`,
                  }
                : {
                    id: `Perhitungan capaian "${short(ind)}" menghasilkan ${show(y.result!)}; ${src.id}: ${computeText(ind)}`,
                    en: `The capaian calculation for "${short(ind)}" gives ${show(y.result!)}; ${src.en}: ${computeText(ind)}`,
                  },
              ...(capaian ? { expected: show(capaian) } : {}),
              ...(y.result ? { actual: show(y.result) } : {}),
            });
          }
        }
      }
      // 4. The realisasi fraction against the trend table's row for the report year.
      const x = ind.x;
      const tr = ind.trend;
      if (x?.numerator && x.denominator && tr && !(sameFigure(x.numerator, tr.resolved) && sameFigure(x.denominator, tr.handled))) {
        const l = tr.block.rows?.[tr.row]?.source.line;
        const tn = facts.tableNumber.get(tr.block.index);
        emit(`xt:${x.block.index}`, {
          block: x.block,
          message: {
            id: `Perhitungan realisasi "${short(ind)}" memakai ${show(x.numerator)} / ${show(x.denominator)}; tabel ${tn}${l ? ` (baris ${l})` : ''} mencatat ${show(tr.resolved)} dari ${show(tr.handled)} untuk tahun ${year}`,
            en: `The realisasi calculation for "${short(ind)}" uses ${show(x.numerator)} / ${show(x.denominator)}; table ${tn}${l ? ` (line ${l})` : ''} records ${show(tr.resolved)} of ${show(tr.handled)} for ${year}`,
          },
          expected: `${show(tr.resolved)} / ${show(tr.handled)}`,
          actual: `${show(x.numerator)} / ${show(x.denominator)}`,
        });
      }
    }
  },
});

/** `- Label of two or more words: …` before the figure: the sentence says whose figure it is. */
function namesOwnSubject(head: string): boolean {
  const m = /^\s*(?:[-•*–]|\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*([^:;]{3,140}?)\s*:/iu.exec(head);
  if (!m) return false;
  const label = m[1]!;
  if (/\b(target|realisasi|capaian|rencana|persentase capaian)\s*$/i.test(label) || /^(target|realisasi|capaian)\b/i.test(label)) return false;
  return (label.match(/\p{L}{2,}/gu) ?? []).length >= 2;
}
