/**
 * The message catalogue: every string the command itself says (usage errors, --help, config
 * errors, annotate lines, summary headers, HTTP API errors), in Bahasa Indonesia (the default) and
 * English, under one key. `{name}` is filled from the call's values. Rule messages live with their
 * rules (`{ id, en }` in each report); this file is for the shell around them.
 * test/messages.test.ts walks it: a key missing in a language, a `{name}` in one language only, or
 * an id text identical to its en text (outside SAME_IN_BOTH) fails.
 */
import type { Lang, Text } from './rule.js';

export const MESSAGES = {
  // Inputs (src/sniff.ts).
  'input.notPdf': { id: 'bukan PDF: isinya teks ({bytes} bita), padahal namanya berakhiran .pdf; unduh atau ekspor ulang laporannya ke PDF (atau beri nama .txt bila memang ekspor teks)', en: 'not a PDF: its content is text ({bytes} bytes) although its name ends in .pdf; download or export the report to PDF again (or name it .txt if it is a text export)' },
  'input.notDocx': { id: 'bukan dokumen Word: isinya teks ({bytes} bita), padahal namanya berakhiran .{ext}; simpan ulang laporannya sebagai .docx dari Word (atau beri nama .txt bila memang ekspor teks)', en: 'not a Word document: its content is text ({bytes} bytes) although its name ends in .{ext}; save the report again as .docx from Word (or name it .txt if it is a text export)' },
  // Config file (src/config-check.ts).
  'config.notFound': { id: 'berkas konfigurasi tidak ditemukan; periksa jalur --config', en: 'config file not found; check the --config path' },
  'config.isFolder': { id: 'ini sebuah folder, bukan berkas konfigurasi; beri jalur ke {file}', en: 'this is a folder, not a config file; give the path of a {file}' },
  'config.unreadable': { id: 'berkas konfigurasi tidak dapat dibaca ({reason})', en: 'the config file cannot be read ({reason})' },
  'config.badJson': { id: 'bukan JSON yang sah ({reason})', en: 'not valid JSON ({reason})' },
  'config.badJsonAt': { id: 'bukan JSON yang sah: baris {line}, kolom {column} ({reason})', en: 'not valid JSON: line {line}, column {column} ({reason})' },
  'config.notObject': { id: 'konfigurasi harus berupa objek JSON ({ ... })', en: 'the config must be a JSON object ({ ... })' },
  'config.unknownKey': { id: 'kunci "{key}" tidak dikenal{hint} (kunci yang ada: {allowed})', en: 'unknown key "{key}"{hint} (allowed keys: {allowed})' },
  'config.unknownRule': { id: 'aturan "{key}" tidak dikenal di "rules"{hint} (aturan yang ada: {allowed})', en: 'unknown rule "{key}" in "rules"{hint} (known rules: {allowed})' },
  'config.unknownOption': { id: 'opsi "{key}" tidak dikenal untuk aturan {rule}{hint} (opsinya: {allowed})', en: 'unknown option "{key}" for rule {rule}{hint} (its options: {allowed})' },
  'config.noOptions': { id: 'aturan {rule} tidak punya opsi; hapus "{key}"', en: 'rule {rule} takes no options; remove "{key}"' },
  'config.didYouMean': { id: '; maksud Anda "{name}"?', en: '; did you mean "{name}"?' },
  'config.severity': { id: 'tingkat {value} tidak dikenal (gunakan "off", "info", "warn" atau "warning", "error", atau 0, 1, 2 seperti di ESLint){hint}', en: 'unknown severity {value} (use "off", "info", "warn" or "warning", "error", or 0, 1, 2 as in ESLint){hint}' },
  'config.ruleSetting': { id: 'harus berupa tingkat ("off", "warn", "error", 0, 1, 2), ["warn", { … }] atau { "severity": …, "options": { … } }; tertulis {value}', en: 'must be a severity ("off", "warn", "error", 0, 1, 2), ["warn", { … }] or { "severity": …, "options": { … } }; got {value}' },
  'config.oneOf': { id: 'harus salah satu dari {allowed}; tertulis {value}', en: 'must be one of {allowed}; got {value}' },
  'config.type': { id: 'harus berupa {expected}; tertulis {value}', en: 'must be {expected}; got {value}' },
  'config.year': { id: 'harus tahun seperti 2024 (1990 sampai 2100); tertulis {value}', en: 'must be a year such as 2024 (1990 to 2100); got {value}' },
  'config.office': { id: 'harus nama kantor (teks, minimal 3 huruf); tertulis {value}', en: 'must be an office name (text, at least 3 letters); got {value}' },
  'config.regex': { id: 'bukan ekspresi reguler yang sah ({reason}); tertulis {value}', en: 'not a valid regular expression ({reason}); got {value}' },
  'config.required': { id: 'wajib ada', en: 'is required' },
  'config.other': { id: '{reason}', en: '{reason}' },
  'config.problems': { id: '{count} masalah di konfigurasi:', en: '{count} problems in the config:' },
  // Baselines and annotated copies (src/cli-main.ts).
  'baseline.writeBeforeAnnotate': { id: '{file} belum ada: baseline yang ditulis pada pemeriksaan ini menerima setiap temuan, sehingga salinan beranotasi akan kosong; tulis baseline dulu (tanpa --annotate), isi alasannya, lalu buat salinannya', en: '{file} does not exist yet: a baseline written by this run accepts every finding, so the annotated copy would be empty; write the baseline first (without --annotate), fill in the reasons, then make the copies' },
  // A revision against its earlier version (src/compare.ts, the summary of `compare --summary`, the web page).
  'compare.title': { id: 'Perbandingan', en: 'Comparison' },
  'compare.fixed': { id: 'diperbaiki', en: 'fixed' },
  'compare.kept': { id: 'masih ada', en: 'still there' },
  'compare.added': { id: 'baru', en: 'new' },
  'compare.none': { id: 'tidak ada', en: 'none' },
  'compare.counts': { id: '{fixed} diperbaiki, {kept} masih ada, {added} baru', en: '{fixed} fixed, {kept} still there, {added} new' },
  'compare.earlier': { id: 'versi sebelumnya', en: 'earlier version' },
  'compare.state': { id: 'keadaan', en: 'state' },
  // Findings of one cause (src/group.ts) as the formatters fold them.
  'group.more': { id: '… dan {n} lagi dengan sebab yang sama di', en: '… and {n} more with the same cause at' },
  'group.count': { id: '{n} temuan dengan sebab yang sama', en: '{n} findings with the same cause' },
  // The web page (src/web/app.ts, src/server/page.ts) and its API.
  'web.badAccepted': { id: 'bukan daftar temuan diterima (perlu {"accepted": [{"fingerprint": …}]})', en: 'not an accepted-findings list (it needs {"accepted": [{"fingerprint": …}]})' },
  'web.revision': { id: 'Unggah revisinya', en: 'Upload its revision' },
  'web.revisionHint': { id: 'Pilih atau jatuhkan versi baru laporan ini: temuannya dibandingkan dengan versi ini', en: 'Choose or drop the new version of this report: its findings are compared with this one' },
  'web.revisionOf': { id: 'revisi dari {name}: {counts}', en: 'revision of {name}: {counts}' },
  'web.revisionWaiting': { id: 'revisi dari {name}', en: 'revision of {name}' },
  'web.downloadZip': { id: 'Unduh semua salinan beranotasi (ZIP)', en: 'Download all annotated copies (ZIP)' },
  'web.zipProgress': { id: 'menyiapkan salinan {done} dari {total}…', en: 'preparing copy {done} of {total}…' },
  'web.zipDone': { id: '{n} salinan beranotasi diunduh', en: '{n} annotated copies downloaded' },
  'web.zipFailed': { id: '{n} tidak dapat dianotasi (lihat {file} di dalam ZIP)', en: '{n} could not be annotated (see {file} inside the ZIP)' },
  'web.zipNone': { id: 'tidak ada laporan .docx atau .pdf yang dapat dianotasi', en: 'no .docx or .pdf report to annotate' },
  // The page's own words (src/server/page.ts) and its script's (src/web/app.ts).
  'page.title': { id: 'Pemeriksa LKjIP', en: 'LKjIP checker' },
  'page.intro': { id: 'Unggah Laporan Kinerja (LKjIP) dalam bentuk .docx, .pdf atau .txt. Setiap angka dihitung ulang, sisa templat dan ketidakkonsistenan ditandai, lengkap dengan lokasi dan nilai yang benar.', en: 'Upload performance reports (LKjIP) as .docx, .pdf or .txt. Every number is recomputed; template leftovers and inconsistencies are flagged with their place and the right value.' },
  'page.drop': { id: 'Tarik berkas ke sini, atau', en: 'Drop files here, or' },
  'page.pick': { id: 'pilih berkas', en: 'choose files' },
  'page.limits': { id: 'Maksimal {mb} MB per berkas, {n} berkas sekaligus. Berkas tidak disimpan.', en: 'At most {mb} MB per file, {n} files at once. Files are not stored.' },
  'page.uploads': { id: 'Berkas yang diunggah', en: 'Uploaded files' },
  'page.results': { id: 'Hasil', en: 'Results' },
  'page.downloadJson': { id: 'Unduh JSON', en: 'Download JSON' },
  'page.downloadHtml': { id: 'Unduh laporan HTML', en: 'Download HTML report' },
  'page.clear': { id: 'Bersihkan', en: 'Clear' },
  'page.search': { id: 'Cari unit atau berkas', en: 'Search unit or file' },
  'page.rule': { id: 'Aturan', en: 'Rule' },
  'page.allRules': { id: 'semua aturan', en: 'all rules' },
  'page.error': { id: 'galat', en: 'errors' },
  'page.warning': { id: 'peringatan', en: 'warnings' },
  'page.info': { id: 'info', en: 'info' },
  'page.showAccepted': { id: 'tampilkan yang diterima', en: 'show accepted' },
  'page.expandAll': { id: 'Buka semua', en: 'Open all' },
  'page.collapseAll': { id: 'Tutup semua', en: 'Close all' },
  'page.reason': { id: 'Alasan menerima', en: 'Reason for accepting' },
  'page.downloadAccepted': { id: 'Unduh daftar diterima', en: 'Download accepted list' },
  'page.uploadAccepted': { id: 'Muat daftar diterima', en: 'Load accepted list' },
  'page.clearAccepted': { id: 'Kosongkan daftar diterima', en: 'Empty accepted list' },
  'page.file': { id: 'Berkas', en: 'File' },
  'page.unit': { id: 'Unit', en: 'Unit' },
  'page.year': { id: 'Tahun', en: 'Year' },
  'page.errors': { id: 'Galat', en: 'Errors' },
  'page.warnings': { id: 'Peringatan', en: 'Warnings' },
  'page.accepted': { id: 'Diterima', en: 'Accepted' },
  'page.state': { id: 'Status', en: 'State' },
  'page.other': { id: 'English', en: 'Bahasa Indonesia' },
  'page.otherLang': { id: 'en', en: 'id' },
  'web.busy': { id: 'server sibuk, dicoba lagi dalam {s} detik', en: 'server busy, retrying in {s} s' },
  'web.waiting': { id: 'menunggu', en: 'waiting' },
  'web.uploading': { id: 'mengunggah', en: 'uploading' },
  'web.checking': { id: 'memeriksa…', en: 'checking…' },
  'web.done': { id: 'selesai', en: 'done' },
  'web.failed': { id: 'gagal', en: 'failed' },
  'web.tooLarge': { id: 'lebih dari {mb} MB, tidak diunggah', en: 'over {mb} MB, not uploaded' },
  'web.network': { id: 'koneksi ke server terputus', en: 'the connection to the server was lost' },
  'web.downloadHtml': { id: 'Unduh HTML', en: 'Download HTML' },
  'web.downloadJson': { id: 'Unduh JSON', en: 'Download JSON' },
  'web.annotated': { id: 'Unduh laporan beranotasi', en: 'Download annotated report' },
  'web.annotating': { id: 'menyiapkan…', en: 'preparing…' },
  'web.findings': { id: '{e} galat, {w} peringatan', en: '{e} errors, {w} warnings' },
  'web.unreadable': { id: 'tidak terbaca', en: 'unreadable' },
  'web.stateErrors': { id: 'ada galat', en: 'errors' },
  'web.stateWarnings': { id: 'ada peringatan', en: 'warnings' },
  'web.stateOk': { id: 'bersih', en: 'clean' },
  'web.allRules': { id: 'semua aturan', en: 'all rules' },
  'web.accept': { id: 'Terima', en: 'Accept' },
  'web.unaccept': { id: 'Batal terima', en: 'Unaccept' },
  'type.string': { id: 'teks', en: 'a string' },
  'type.number': { id: 'angka', en: 'a number' },
  'type.integer': { id: 'bilangan bulat', en: 'a whole number' },
  'type.boolean': { id: 'true atau false', en: 'true or false' },
  'type.array': { id: 'daftar [ … ]', en: 'a list [ … ]' },
  'type.object': { id: 'objek { … }', en: 'an object { … }' },
  'type.null': { id: 'null', en: 'null' },
  'type.positive': { id: 'angka di atas 0', en: 'a number above 0' },
  'type.nonEmpty': { id: 'teks yang tidak kosong', en: 'a non-empty string' },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * Keys whose Indonesian and English texts are the same on purpose: only placeholders, a proper
 * name, a code or a value from JSON.
 */
export const SAME_IN_BOTH: ReadonlySet<MessageKey> = new Set<MessageKey>(['config.other', 'type.null', 'page.info', 'page.unit']);

export type Vars = Record<string, string | number>;

/** The message `key` in `lang`, its `{name}` filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const text: string = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Both languages of `key` (for results built before the run's language is known). */
export function both(key: MessageKey, vars: Vars = {}): Text {
  return { id: t('id', key, vars), en: t('en', key, vars) };
}
