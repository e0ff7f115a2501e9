/**
 * budget-consistency: the year's budget stated differently in two places. The reference is the
 * budget table for the report year (pagu, realisasi and % of the JUMLAH row, and of belanja
 * pegawai / barang / modal), from a table with a year group, a table captioned with the year, or a
 * line of figures that lost its grid. Checked against it:
 * - the DIPA paragraph ("dukungan anggaran sebesar Rp X ... belanja pegawai sebesar Rp A ...");
 * - the realisasi and penyerapan stated in the Ringkasan or the text ("direalisasikan sebesar Rp B
 *   atau ... sebesar P%");
 * - the Anggaran row of the capaian table.
 * A total that equals the table of another year is matched to that year (and then its parts too).
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import type { Block } from '../src/model.js';
import { findNumbers, type ParsedNumber } from '../src/numbers.js';
import { groupAt, proseGroups, sentences } from '../src/walk.js';
import { tableCaptionYear } from '../src/facts/indicators.js';
import type { Facts } from '../src/facts/index.js';

type Jenis = 'pegawai' | 'barang' | 'modal' | 'total';
interface YearBudget {
  year: number | null;
  where: { block: Block; row?: number; line?: number };
  pagu: Partial<Record<Jenis, ParsedNumber>>;
  realisasi?: ParsedNumber;
  percent?: ParsedNumber;
}

const JENIS = (label: string): Jenis | null => {
  const l = label.toLowerCase();
  if (/\bpegawai\b/.test(l)) return 'pegawai';
  if (/\bbarang\b/.test(l)) return 'barang';
  if (/\bmodal\b/.test(l)) return 'modal';
  if (/^\s*(jumlah|total|realisasi anggaran)\b/.test(l)) return 'total';
  return null;
};

function budgets(blocks: Block[], facts: Facts): YearBudget[] {
  const out: YearBudget[] = [];
  for (const t of facts.tables) {
    if (t.kind !== 'anggaran') continue;
    const rows = t.block.rows ?? [];
    const groups = new Map<string | undefined, { pagu?: number; realisasi?: number; percent?: number }>();
    t.columns.forEach((c, i) => {
      const g = groups.get(c.group) ?? {};
      if (c.role === 'pagu' && g.pagu === undefined) g.pagu = i;
      else if (c.role === 'realisasi' && g.realisasi === undefined) g.realisasi = i;
      else if ((c.role === 'capaian' || c.role === 'percent') && g.percent === undefined) g.percent = i;
      groups.set(c.group, g);
    });
    const caption = tableCaptionYear(blocks, t.block);
    for (const [group, g] of groups) {
      if (g.pagu === undefined) continue;
      const year = group ? Number(group) : caption;
      const yb: YearBudget = { year, where: { block: t.block }, pagu: {} };
      for (let r = t.headerRows; r < rows.length; r++) {
        const label = rows[r]!.cells.filter((c) => c.trim() && parseOnly(c) === null).join(' ');
        const jenis = JENIS(label);
        if (!jenis) continue;
        const pagu = t.numbers[r]?.[g.pagu];
        if (!pagu) continue;
        yb.pagu[jenis] = pagu;
        if (jenis === 'total') {
          yb.where = { block: t.block, row: r };
          const real = g.realisasi !== undefined ? t.numbers[r]?.[g.realisasi] : null;
          const pct = g.percent !== undefined ? t.numbers[r]?.[g.percent] : null;
          if (real) yb.realisasi = real;
          if (pct) yb.percent = pct;
        }
      }
      if (yb.pagu.total) out.push(yb);
    }
  }
  // Lines of figures: `JUMLAH Rp 15.238.624.000 Rp 15.145.936.319 99,39% Rp 92.788.660.000 Rp88.155.778.702 95,01%`.
  const lineBudgets: YearBudget[][] = [];
  let pending: Map<Jenis, ParsedNumber[][][]> = new Map();
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    b.text.split('\n').forEach((line, k) => {
      const nums = findNumbers(line).map((n) => n.number);
      if (nums.length < 3 || nums.length % 3 !== 0) return;
      const triples: ParsedNumber[][] = [];
      for (let i = 0; i < nums.length; i += 3) {
        const [p, r, c] = nums.slice(i, i + 3) as [ParsedNumber, ParsedNumber, ParsedNumber];
        if (!p.money || !r.money || !c.percent || p.value === 0 || Math.abs((r.value / p.value) * 100 - c.value) > 0.02) return;
        triples.push([p, r, c]);
      }
      const label = line.slice(0, line.search(/Rp/i)).trim();
      const jenis = JENIS(label.split(/\s+/).slice(-1)[0] ?? '') ?? JENIS(label);
      if (!jenis) return;
      (pending.get(jenis) ?? pending.set(jenis, []).get(jenis)!).push(triples);
      if (jenis === 'total') {
        // One block of rows ends at its JUMLAH line: the last triple is the latest year.
        const n = triples.length;
        const group: YearBudget[] = [];
        for (let i = 0; i < n; i++) {
          const yb: YearBudget = { year: null, where: { block: b, line: (b.source.line ?? 0) + k }, pagu: { total: triples[i]![0]! }, realisasi: triples[i]![1]!, percent: triples[i]![2]! };
          for (const j of ['pegawai', 'barang', 'modal'] as Jenis[]) {
            const rowsOf = pending.get(j);
            const last = rowsOf?.[rowsOf.length - 1];
            if (last && last.length === n) yb.pagu[j] = last[i]![0]!;
          }
          group.push(yb);
        }
        lineBudgets.push(group);
        pending = new Map();
      }
    });
  }
  // The last group's last column is the report year when it is the latest table (ordered by year).
  const lastGroup = lineBudgets[lineBudgets.length - 1];
  if (lastGroup) {
    lastGroup[lastGroup.length - 1]!.year = facts.identity.year;
    for (const g of lineBudgets) for (const yb of g) out.push(yb);
  }
  return out;
}

function parseOnly(cell: string): number | null {
  const nums = findNumbers(cell);
  return nums.length === 1 && cell.replace(/[\s[\]Rp.,\-%]/gi, '').replace(/\d/g, '') === '' ? nums[0]!.number.value : null;
}

const same = (a: ParsedNumber, b: ParsedNumber) => Math.abs(a.value - b.value) <= Math.max(Math.pow(10, -Math.min(a.decimals, b.decimals)), 1e-9) * 1.0000001;

export default defineRule({
  id: 'budget-consistency',
  description: { id: 'Anggaran tahun ini yang ditulis berbeda dengan tabel anggaran', en: "The year's budget stated differently from the budget table" },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'BELANJA\t2024\t\t\nJENIS\tPAGU\tREALISASI\t%\nBelanja Pegawai\tRp 2.249.552.000\tRp 2.233.636.649\t99,29%\nBelanja Barang\tRp 5.711.936.000\tRp 5.706.274.727\t99,90%\nBelanja Modal\tRp 1.617.890.000\tRp 1.615.962.000\t99,88%\nJUMLAH\tRp 9.579.378.000\tRp 9.555.873.376\t99,75%\n\nSesuai DIPA Tahun Anggaran 2024 kantor memperoleh dukungan anggaran sebesar Rp 9.579.378.000.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' } },
      { name: 'the DPA paragraph and the budget recap agree (DPM-Desa: Rp 48.592.221.203 = BTL + BL; two excerpts)', text: 'Desa Provinsi Jawa Barat memperoleh dana yang bersumber dari APBD Provinsi Jawa\nBarat dan bersumber dari APBN. Dana APBD Tahun 2016 untuk BPMPD yang tercantum\ndidalam DPA Perubahan Tahun Anggaran 2016 (Dokumen Pelaksanaan Anggaran\nPerubahan) sebesar Rp. 48.592.221.203,- terdiri dari Belanja Langsung (BL) sebesar Rp.\n37.664.381.200,- untuk pembiayaan 11 program pembangunan mencakup 25 kegiatan\nBPMPD tahun 2016, dan Belanja Tidak Langsung (BTL) sebesar Rp. 10.927.840.003,-\nuntuk pos gaji, tunjangan, tambahan penghasilan pegawai BPMPD. Selain itu terdapat\n\n                      REKAPITULASI BELANJA BPMPD PROVINSI JAWA BARAT T.A. 2016\n                                                   (SUMBER DANA APBD)\n\nBELANJA\tDPA T.A 2016 (Rp)\tREALISASI (Rp)\tSISA ANGGARAN\t% REALISASI\nBELANJA TIDAK LANGSUNG (GAJI, TUNJANGAN, TAMBAHAN PENGHASILAN PNS)\t10.927.840.003,-\t10.605.660.858,-\t322.179.145,-\t97,05\nBELANJA LANGSUNG\t37.664.381.200,-\t33.030.490.451,00\t4.633.890.749,00\t87,70\nJUMLAH\t48. 592.221.203,-\t43.636.151.309,-\t4.956.069.894,-\t89,80', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'BELANJA\t2024\t\t\nJENIS\tPAGU\tREALISASI\t%\nBelanja Pegawai\tRp 2.249.552.000\tRp 2.233.636.649\t99,29%\nBelanja Barang\tRp 5.711.936.000\tRp 5.706.274.727\t99,90%\nBelanja Modal\tRp 1.617.890.000\tRp 1.615.962.000\t99,88%\nJUMLAH\tRp 9.579.378.000\tRp 9.555.873.376\t99,75%\n\nSesuai DIPA Tahun Anggaran 2024 kantor memperoleh dukungan anggaran sebesar Rp 11.121.737.000.', context: { year: 2024, unit: 'Kantor Imigrasi Kelas II TPI Siak' }, findings: [{ line: 8, expected: 'Rp 9.579.378.000', actual: 'Rp 11.121.737.000' }] },
    ],
    knownGaps: [
      {
        case: { name: 'the DPA paragraph against the budget recap, the total changed to Rp 48.952.221.203 (real DPM-Desa text, two digits swapped)', text: 'Desa Provinsi Jawa Barat memperoleh dana yang bersumber dari APBD Provinsi Jawa\nBarat dan bersumber dari APBN. Dana APBD Tahun 2016 untuk BPMPD yang tercantum\ndidalam DPA Perubahan Tahun Anggaran 2016 (Dokumen Pelaksanaan Anggaran\nPerubahan) sebesar Rp. 48.952.221.203,- terdiri dari Belanja Langsung (BL) sebesar Rp.\n37.664.381.200,- untuk pembiayaan 11 program pembangunan mencakup 25 kegiatan\nBPMPD tahun 2016, dan Belanja Tidak Langsung (BTL) sebesar Rp. 10.927.840.003,-\nuntuk pos gaji, tunjangan, tambahan penghasilan pegawai BPMPD. Selain itu terdapat\n\n                      REKAPITULASI BELANJA BPMPD PROVINSI JAWA BARAT T.A. 2016\n                                                   (SUMBER DANA APBD)\n\nBELANJA\tDPA T.A 2016 (Rp)\tREALISASI (Rp)\tSISA ANGGARAN\t% REALISASI\nBELANJA TIDAK LANGSUNG (GAJI, TUNJANGAN, TAMBAHAN PENGHASILAN PNS)\t10.927.840.003,-\t10.605.660.858,-\t322.179.145,-\t97,05\nBELANJA LANGSUNG\t37.664.381.200,-\t33.030.490.451,00\t4.633.890.749,00\t87,70\nJUMLAH\t48. 592.221.203,-\t43.636.151.309,-\t4.956.069.894,-\t89,80', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 4 }] },
        today: 'misses',
        why: 'a regional budget recap (BELANJA | DPA T.A 2016 | REALISASI | SISA | %, Belanja Tidak Langsung / Langsung, JUMLAH) is not taken for the year\'s budget table, so no paragraph is compared with it',
      },
      {
        case: { name: 'the financial capaian 61,61% in BAB IV against 87,70% (BL) / 89,80% (total) in the budget recap (DPM-Desa; two excerpts)', text: '                      REKAPITULASI BELANJA BPMPD PROVINSI JAWA BARAT T.A. 2016\n                                                   (SUMBER DANA APBD)\n\nBELANJA\tDPA T.A 2016 (Rp)\tREALISASI (Rp)\tSISA ANGGARAN\t% REALISASI\nBELANJA TIDAK LANGSUNG (GAJI, TUNJANGAN, TAMBAHAN PENGHASILAN PNS)\t10.927.840.003,-\t10.605.660.858,-\t322.179.145,-\t97,05\nBELANJA LANGSUNG\t37.664.381.200,-\t33.030.490.451,00\t4.633.890.749,00\t87,70\nJUMLAH\t48. 592.221.203,-\t43.636.151.309,-\t4.956.069.894,-\t89,80\n\n  B. Langkah Peningkatan Kinerja\n     Dilihat dari sisi capaian sasaran kinerja BPMPD Provinsi Jawa Barat mencapai 67,62%\n(Sedang), demikian pula dari sisi capaian kinerja keuangan mencapai 61,61% dari anggaran\nNon Fixed Cost yang dialokasikan. Artinya terdapat program/kegiatan yang perlu dikaji', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 11 }] },
        today: 'misses',
        why: 'the budget recap is not read as the budget table, and "capaian kinerja keuangan mencapai P%" is not compared with it (the gold marks it likely: the base is "Non Fixed Cost")',
      },
    ],
  },
  check({ doc, facts, report }) {
    const year = facts.identity.year;
    if (year === null) return;
    const all = budgets(doc.blocks, facts);
    const ref = all.find((b) => b.year === year);
    if (!ref || !ref.pagu.total) return;
    const refLine = ref.where.row !== undefined ? ref.where.block.rows?.[ref.where.row]?.source.line : ref.where.line;
    const tn = facts.tableNumber.get(ref.where.block.index);
    const para = ref.where.block.source.paragraph;
    const refPage = ref.where.block.source.page;
    const pos = refLine ? (refPage !== undefined ? { id: `hal. ${refPage} baris ${refLine}`, en: `page ${refPage} line ${refLine}` } : { id: `baris ${refLine}`, en: `line ${refLine}` }) : para !== undefined ? { id: `¶${para}`, en: `¶${para}` } : null;
    const src = { id: tn !== undefined ? `tabel ${tn}${pos ? ` (${pos.id})` : ''}` : (pos?.id ?? 'tabel anggaran'), en: tn !== undefined ? `table ${tn}${pos ? ` (${pos.en})` : ''}` : (pos?.en ?? 'the budget table') };
    const label: Record<Jenis, string> = { total: 'pagu', pegawai: 'belanja pegawai', barang: 'belanja barang', modal: 'belanja modal' };

    for (const g of proseGroups(doc.blocks, facts)) {
      const text = g.text;
      let matched: YearBudget | null = null;
      if (!/\d/.test(text)) continue; // no figure in it
      for (const s of sentences(text)) {
        const sentence = text.slice(s.start, s.end);
        if (!/\d/.test(sentence)) continue;
        const years = [...sentence.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
        if (years.some((y) => y !== year)) continue;
        const nums = findNumbers(sentence);
        const issues: { id: string; en: string; expected: string; actual: string; at: number; length: number }[] = [];
        for (const tok of nums) {
          const n = tok.number;
          // (a paragraph of a PDF keeps its line breaks: `dukungan\nanggaran sebesar`)
          const lead = sentence.slice(Math.max(0, tok.start - 70), tok.start).replace(/\s+/g, ' ');
          if (n.money && /\b(dipa|dukungan anggaran|pagu anggaran|total anggaran|total pagu)\b[^\d]*$/i.test(lead)) {
            matched = all.find((b) => b.pagu.total && same(b.pagu.total, n)) ?? null;
            if (matched && matched.year !== null && matched.year !== year) matched = null;
            if (!matched) {
              matched = ref;
              issues.push({ id: `pagu ${n.text}, ${src.id}: ${ref.pagu.total!.text}`, en: `pagu ${n.text}, ${src.en}: ${ref.pagu.total!.text}`, expected: ref.pagu.total!.text, actual: n.text, at: tok.start, length: tok.end - tok.start });
            }
            continue;
          }
          const jenisM = /\bbelanja\s+(pegawai|barang|modal)\b[^\d]*$/i.exec(lead);
          if (n.money && jenisM && matched) {
            const j = jenisM[1]!.toLowerCase() as Jenis;
            const want = matched.pagu[j];
            if (want && !same(want, n)) issues.push({ id: `${label[j]} ${n.text}, ${src.id}: ${want.text}`, en: `${label[j]} ${n.text}, ${src.en}: ${want.text}`, expected: want.text, actual: n.text, at: tok.start, length: tok.end - tok.start });
            continue;
          }
          if (n.money && ref.realisasi && /\b(direalisasikan|realisasi anggaran|realisasi belanja|terealisasi|penyerapan anggaran)\b[^\d]*$/i.test(lead) && !/\b(kegiatan|program|ro|layanan|sasaran)\b/i.test(lead)) {
            if (!same(ref.realisasi, n)) issues.push({ id: `realisasi ${n.text}, ${src.id}: ${ref.realisasi.text}`, en: `realisasi ${n.text}, ${src.en}: ${ref.realisasi.text}`, expected: ref.realisasi.text, actual: n.text, at: tok.start, length: tok.end - tok.start });
            continue;
          }
          if (n.percent && ref.percent && /\b(realisasi anggaran|penyerapan anggaran|serapan anggaran)\b[^\d]*$/i.test(lead) && !/\bbobot\b/i.test(lead) && !/\b(kegiatan|program|ro|layanan|sasaran)\b/i.test(lead)) {
            if (!same(ref.percent, n)) issues.push({ id: `penyerapan ${n.text}, ${src.id}: ${ref.percent.text}`, en: `absorption ${n.text}, ${src.en}: ${ref.percent.text}`, expected: ref.percent.text, actual: n.text, at: tok.start, length: tok.end - tok.start });
          }
        }
        if (issues.length === 0) continue;
        const first = issues[0]!;
        const last = issues[issues.length - 1]!;
        report({
          ...groupAt(g, s.start + first.at),
          length: last.at + last.length - first.at,
          message: {
            id: `Anggaran ${year} berbeda dengan tabel anggaran: ${issues.map((i) => i.id).join('; ')}`,
            en: `The ${year} budget differs from the budget table: ${issues.map((i) => i.en).join('; ')}`,
          },
          expected: issues.map((i) => i.expected).join('; '),
          actual: issues.map((i) => i.actual).join('; '),
        });
      }
    }
    // The Anggaran row of a capaian table: its pagu must be one of the year's budget totals.
    const totals = all.filter((b) => b.year === year || b.year === null).map((b) => b.pagu.total!);
    for (const t of facts.tables) {
      if (t.kind === 'capaian') {
        const rows = t.block.rows ?? [];
        for (let r = t.headerRows; r < rows.length; r++) {
          if (!/^\s*anggaran\s*$/i.test(rows[r]!.cells[0] ?? '')) continue;
          const money = (t.numbers[r] ?? []).map((n, c) => ({ n, c })).filter((x) => x.n?.money);
          const pagu = money[0];
          if (!pagu || !pagu.n || totals.some((v) => same(v, pagu.n!))) continue;
          report({
            block: t.block,
            row: r,
            cell: pagu.c,
            message: {
              id: `Anggaran di tabel capaian ${pagu.n.text} tidak sama dengan pagu ${year} di ${src.id}: ${ref.pagu.total.text}${ref.realisasi ? ` (realisasi ${ref.realisasi.text}${ref.percent ? `, ${ref.percent.text}` : ''})` : ''}`,
              en: `Budget in the capaian table ${pagu.n.text} differs from the ${year} pagu in ${src.en}: ${ref.pagu.total.text}${ref.realisasi ? ` (realisasi ${ref.realisasi.text}${ref.percent ? `, ${ref.percent.text}` : ''})` : ''}`,
            },
            expected: ref.pagu.total.text,
            actual: pagu.n.text,
          });
        }
      }
    }
  },
});
