/**
 * What the command is given, accounted for file by file: reports to lint, and everything else in
 * a folder skipped with the reason (an old .doc, an .odt, a spreadsheet, an image, a file too large
 * to lint), so that a reviewer with 200 uploads sees which satker's file was never checked.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from './rule.js';

/** Extensions linted when found in a folder (a file named on the command line is read whatever its name). */
export const REPORT_EXTENSIONS = /\.(docx|pdf|txt|md|markdown)$/i;

export type SkipKind = 'missing' | 'old-word' | 'opendocument' | 'spreadsheet' | 'image' | 'archive' | 'presentation' | 'too-large' | 'project' | 'other';

export interface Skipped {
  path: string;
  kind: SkipKind;
  /** Why, and what to do, in both languages. */
  reason: { en: string; id: string };
}

export interface Inputs {
  /** Reports to lint, in the order given (folders sorted by name, recursively). */
  files: string[];
  /** Files not linted, with why. `missing` are paths that do not exist. */
  skipped: Skipped[];
}

const REASONS: Record<Exclude<SkipKind, 'too-large'>, { en: string; id: string }> = {
  missing: { en: 'no such file or folder', id: 'berkas atau folder tidak ditemukan' },
  'old-word': { en: 'an old Word document (.doc); save it as .docx or export it to PDF, then lint it', id: 'dokumen Word lama (.doc); simpan sebagai .docx atau ekspor ke PDF, lalu periksa lagi' },
  opendocument: { en: 'an OpenDocument file (.odt); save it as .docx or export it to PDF, then lint it', id: 'berkas OpenDocument (.odt); simpan sebagai .docx atau ekspor ke PDF, lalu periksa lagi' },
  spreadsheet: { en: 'a spreadsheet, not a report; lint the report itself (.docx or .pdf)', id: 'lembar kerja, bukan laporan; periksa laporannya sendiri (.docx atau .pdf)' },
  presentation: { en: 'a presentation, not a report; lint the report itself (.docx or .pdf)', id: 'berkas presentasi, bukan laporan; periksa laporannya sendiri (.docx atau .pdf)' },
  image: { en: 'an image; put the scanned pages into one PDF and lint that', id: 'berkas gambar; satukan halaman pindaian menjadi satu PDF lalu periksa PDF itu' },
  archive: { en: 'an archive; extract it and lint the folder', id: 'berkas arsip; ekstrak lalu periksa foldernya' },
  project: { en: 'a project file (README, LICENSE, CHANGELOG), not a report', id: 'berkas proyek (README, LICENSE, CHANGELOG), bukan laporan' },
  other: { en: 'not a report format (.docx, .pdf, .txt, .md)', id: 'bukan format laporan (.docx, .pdf, .txt, .md)' },
};

function kindOf(name: string): Exclude<SkipKind, 'too-large' | 'missing'> | null {
  if (/^(readme|changelog|license|contributing)\b/i.test(name)) return 'project';
  if (REPORT_EXTENSIONS.test(name)) return null;
  if (/\.(doc|dot|rtf|wpd)$/i.test(name)) return 'old-word';
  if (/\.(odt|ott|fodt)$/i.test(name)) return 'opendocument';
  if (/\.(xlsx?|xlsm|ods|csv|tsv)$/i.test(name)) return 'spreadsheet';
  if (/\.(pptx?|odp)$/i.test(name)) return 'presentation';
  if (/\.(jpe?g|png|gif|bmp|tiff?|webp|heic)$/i.test(name)) return 'image';
  if (/\.(zip|rar|7z|tar|gz|tgz)$/i.test(name)) return 'archive';
  return 'other';
}

export function skipReason(s: Skipped, lang: Lang): string {
  return lang === 'en' ? s.reason.en : s.reason.id;
}

/**
 * Files to lint and files skipped. Hidden files (`.DS_Store`, `~$` Word lock files) and
 * `node_modules` are not uploads and are passed over in silence; every other file in a folder is
 * either linted or listed as skipped.
 */
export function collectInputs(paths: string[], opts: { maxFileMb?: number } = {}): Inputs {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const maxBytes = (opts.maxFileMb ?? 500) * 1024 * 1024;
  const tooLarge = (path: string, size: number): Skipped => ({
    path,
    kind: 'too-large',
    reason: {
      en: `too large to lint (${Math.round(size / 1048576)} MB, limit ${opts.maxFileMb ?? 500} MB); raise --max-file-mb if it really is one report`,
      id: `terlalu besar untuk diperiksa (${Math.round(size / 1048576)} MB, batas ${opts.maxFileMb ?? 500} MB); naikkan --max-file-mb bila memang satu laporan`,
    },
  });
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      skipped.push({ path: dir, kind: 'other', reason: { en: 'the folder cannot be read (permissions)', id: 'folder tidak dapat dibaca (izin akses)' } });
      return;
    }
    for (const name of names) {
      // The linter's own config file beside the reports is not an upload either.
      if (name.startsWith('.') || name.startsWith('~$') || name === 'node_modules' || name === 'lkjip-lint.config.json') continue;
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue; // a dangling link
      }
      if (st.isDirectory()) {
        walk(full);
        continue;
      }
      if (!st.isFile()) continue;
      const kind = kindOf(name);
      if (kind) skipped.push({ path: full, kind, reason: REASONS[kind] });
      else if (st.size > maxBytes) skipped.push(tooLarge(full, st.size));
      else files.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      skipped.push({ path: p, kind: 'missing', reason: REASONS.missing });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (st.size > maxBytes) skipped.push(tooLarge(p, st.size));
    // A file named on the command line is read whatever its extension: its content decides.
    else files.push(p);
  }
  return { files, skipped };
}
