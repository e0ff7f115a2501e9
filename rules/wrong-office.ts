/**
 * wrong-office: another satker's name left in from the report it was copied from — the same city
 * under another class or type (`Kantor Imigrasi Kelas I Non TPI Cilegon` in the Kelas II TPI report),
 * another office inside a table about this office, another province's regional office
 * (`Kantor Wilayah ... Jawa Tengah` in a Riau office's report).
 * Quiet on: national comparison tables that list many offices, variant spellings (`Kelas 2`),
 * the office's older name in the signed annexes, names in all-caps screenshots.
 */
import { z } from 'zod';
import { defineRule } from '../src/rule.js';
import { proseBlocks, tableCells } from '../src/walk.js';
import { findOffices, PROVINCES, canonicalProvince, type OfficeName } from '../src/facts/report.js';

function sameCityOtherName(a: OfficeName, home: OfficeName): boolean {
  if (!a.city || a.city.toLowerCase() !== home.city.toLowerCase()) return false;
  if (!home.kelas) return false;
  return a.kelas !== home.kelas || a.khusus !== home.khusus || a.nonTpi !== home.nonTpi || (a.tpi !== home.tpi && (a.nonTpi || home.nonTpi));
}

const PROVINCE_RE = new RegExp(
  String.raw`\b(?:Kantor Wilayah(?:\s+Kementerian\s+Hukum\s+dan\s+(?:HAM|Hak Asasi Manusia))?|Kanwil(?:\s+Kemenkumham)?|di\s+Wilayah|Wilayah)\s+(?:Provinsi\s+)?(${PROVINCES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\b`,
  'gi',
);

export default defineRule({
  id: 'wrong-office',
  description: { id: 'Nama satker lain yang tertinggal', en: 'Another office\'s name left in' },
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  examples: {
    valid: [
      { text: 'Kantor Imigrasi Kelas II TPI Cilegon telah mengadakan 2 kegiatan bersama Kantor Imigrasi Kelas 2 Cilegon.', context: { year: 2021, unit: 'Kantor Imigrasi Kelas II TPI Cilegon' } },
    ],
    invalid: [
      { text: 'Pada tahun 2021, Kantor Imigrasi Kelas I Non TPI Cilegon telah melaksanakan inovasi.', context: { year: 2021, unit: 'Kantor Imigrasi Kelas II TPI Cilegon' }, findings: [{ line: 1, expected: 'Kantor Imigrasi Kelas II TPI Cilegon', actual: 'Kantor Imigrasi Kelas I Non TPI Cilegon' }] },
    ],
  },
  check({ doc, facts, report }) {
    const home = facts.identity.office;
    const annex = facts.sections.annexStart;
    if (home && home.city) {
      for (const b of proseBlocks(doc.blocks, facts)) {
        if (b.index >= annex) continue;
        for (const hit of findOffices(b.text)) {
          const shown = b.text.slice(hit.start, hit.end);
          if (shown === shown.toUpperCase() && /[A-Z]{5}/.test(shown)) continue;
          if (!sameCityOtherName(hit.office, home)) continue;
          report({
            block: b,
            offset: hit.start,
            length: hit.end - hit.start,
            message: {
              id: `Nama kantor "${shown}" berbeda dengan kantor pelapor (${home.name}) — sisa dari laporan satker lain?`,
              en: `Office name "${shown}" differs from the reporting office (${home.name}) — left over from another office's report?`,
            },
            expected: home.name,
            actual: shown,
          });
        }
      }
      // Inside a table that is about this office (its name dominates), another office stands out.
      for (const table of doc.blocks.filter((b) => b.kind === 'table')) {
        const mentions: { row: number; cell: number; office: OfficeName; shown: string }[] = [];
        for (const ref of tableCells([table])) {
          for (const hit of findOffices(ref.text)) mentions.push({ row: ref.row, cell: ref.cell, office: hit.office, shown: ref.text.slice(hit.start, hit.end) });
        }
        const ownCount = mentions.filter((m) => m.office.city.toLowerCase() === home.city.toLowerCase()).length;
        const others = mentions.filter((m) => m.office.city && m.office.city.toLowerCase() !== home.city.toLowerCase());
        if (ownCount < 3 || others.length === 0 || others.length * 5 > ownCount) continue;
        for (const m of others) {
          report({
            block: table,
            row: m.row,
            cell: m.cell,
            message: {
              id: `Nama kantor lain "${m.shown}" dalam tabel milik ${home.name}`,
              en: `Another office "${m.shown}" in a table about ${home.name}`,
            },
            expected: home.name,
            actual: m.shown,
          });
        }
      }
    }
    const province = facts.identity.province;
    if (province) {
      for (const b of proseBlocks(doc.blocks, facts)) {
        if (b.index >= annex) continue;
        if (!/wilayah|kanwil/i.test(b.text)) continue;
        PROVINCE_RE.lastIndex = 0;
        for (const m of b.text.matchAll(PROVINCE_RE)) {
          const found = canonicalProvince(m[1]!);
          if (found === province || province.includes(found) || found.includes(province)) continue;
          report({
            block: b,
            offset: m.index!,
            length: m[0].length,
            message: {
              id: `Wilayah "${m[1]}" tidak sesuai dengan wilayah kantor (${province}) — sisa dari laporan satker lain?`,
              en: `Region "${m[1]}" does not match the office's region (${province}) — left over from another office's report?`,
            },
            expected: province,
            actual: m[1]!,
          });
        }
      }
    }
  },
});
