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
      { name: 'the province\'s borders name two other provinces (BPBD BAB I)', text: '               Provinsi Jawa Barat secara geografis terletak di antara 5°50\n - 7°50 Lintang Selatan dan 104°48 - 104°48 Bujur Timur, dengan batas-\n batas wilayahnya :\n 1.   Sebelah utara, berbatasan dengan Laut Jawa dan DKI Jakarta\n 2.   Sebelah timur, berbatasan dengan Provinsi Jawa tengah\n 3.   Sebelah selatan, berbatasan dengan Samudra Indonesia\n 4.   Sebelah barat, berbatasan dengan Provinsi Banten', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' } },
      { name: 'the Dinas and its UPTD balai named with their staff (Dinkes BAB I)', text: '          Jumlah pegawai di lingkungan Dinas Kesehatan Provinsi Jawa Barat\nseluruhnya 483 orang. Dengan uraian : PNS di Dinas Kesehatan Provinsi Jawa\nBarat sebanyak 249 orang; PNS di UPTD sebanyak 233 orang, dengan rincian :\nBalai Pelatihan Kesehatan (Bapelkes) : 39 orang, Balai Laboratorium Kesehatan\n(BLK) : 60 orang, Balai Kesehatan Kerja Masyarakat (BKKM) : 52 orang, Balai', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' } },
    ],
    invalid: [
      { text: 'Pada tahun 2021, Kantor Imigrasi Kelas I Non TPI Cilegon telah melaksanakan inovasi.', context: { year: 2021, unit: 'Kantor Imigrasi Kelas II TPI Cilegon' }, findings: [{ line: 1, expected: 'Kantor Imigrasi Kelas II TPI Cilegon', actual: 'Kantor Imigrasi Kelas I Non TPI Cilegon' }] },
    ],
    knownGaps: [
      {
        case: { name: 'the province (Pemerintah Provinsi) said to have drawn up the unit\'s own Rencana Kinerja (BPBD BAB II, copied from the provincial LKIP)', text: '                Rencana Kinerja merupakan pedoman bagi penyusunan dan\n       kebijakan anggaran, serta merupakan komitmen bagi instansi untuk\n       mencapainya dalam tahun tertentu. Pemerintah Provinsi Jawa Barat\n       telah menyusun Rencana Kinerja Tahun 2016 sebagaimana tabel\n       berikut :', context: { year: 2016, unit: 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat' }, findings: [{ line: 3, actual: 'Pemerintah Provinsi Jawa Barat' }] },
        today: 'misses',
        why: 'only immigration office names are recognised; the parent government standing in for the unit as the subject of its own plan is not seen',
      },
      {
        case: { name: 'a kabupaten/kota Badan (BPMKB) credited in the unit\'s own solution paragraph (DPM-Desa BAB III)', text: '                    2) Adanya pembinaan dari BPMKB bersama-sama dengan unsur terkait\n                        lainnya untuk tertib administrasi bagi kelurahan dengan mangisi 17\n                        jenis buku administrasi Kelurahan.', context: { year: 2016, unit: 'Badan Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Barat' }, findings: [{ line: 1, actual: 'BPMKB' }] },
        today: 'misses',
        why: 'another unit\'s acronym is not compared with the reporting unit\'s (BPMPD)',
      },
      {
        case: { name: 'the same kind of Dinas of another province (real Dinkes sentence, "Jawa Barat" changed to "Jawa Tengah")', text: '          Jumlah pegawai di lingkungan Dinas Kesehatan Provinsi Jawa Tengah\nseluruhnya 483 orang.', context: { year: 2016, unit: 'Dinas Kesehatan Provinsi Jawa Barat' }, findings: [{ line: 1, expected: 'Dinas Kesehatan Provinsi Jawa Barat', actual: 'Dinas Kesehatan Provinsi Jawa Tengah' }] },
        today: 'misses',
        why: 'office names are only parsed for immigration offices (city, class, TPI); a Dinas / Badan / RSUD name with another region is not recognised',
      },
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
