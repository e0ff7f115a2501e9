/**
 * What the command is given, accounted for file by file: reports to lint, and everything else in
 * a folder skipped with the reason (an old .doc, an .odt, a spreadsheet, an image, a file too large
 * to lint), so that a reviewer with 200 uploads sees which satker's file was never checked.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from './rule.js';
import { both, type MessageKey } from './messages.js';

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

const REASONS: Record<Exclude<SkipKind, 'too-large'>, MessageKey> = {
  missing: 'skip.missing',
  'old-word': 'skip.old-word',
  opendocument: 'skip.opendocument',
  spreadsheet: 'skip.spreadsheet',
  presentation: 'skip.presentation',
  image: 'skip.image',
  archive: 'skip.archive',
  project: 'skip.project',
  other: 'skip.other',
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
    reason: both('skip.tooLarge', { mb: Math.round(size / 1048576), limit: opts.maxFileMb ?? 500 }),
  });
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      skipped.push({ path: dir, kind: 'other', reason: both('skip.folderUnreadable') });
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
      if (kind) skipped.push({ path: full, kind, reason: both(REASONS[kind]) });
      else if (st.size > maxBytes) skipped.push(tooLarge(full, st.size));
      else files.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      skipped.push({ path: p, kind: 'missing', reason: both(REASONS.missing) });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (st.size > maxBytes) skipped.push(tooLarge(p, st.size));
    // A file named on the command line is read whatever its extension: its content decides.
    else files.push(p);
  }
  return { files, skipped };
}
