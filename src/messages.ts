/**
 * The message catalogue: every string the command itself says (usage errors, --help, config
 * errors, annotate lines, summary headers, HTTP API errors), in Bahasa Indonesia (the default) and
 * English, under one key. `{name}` is filled from the call's values. Rule messages live with their
 * rules (`{ id, en }` in each report); this file is for the shell around them: the terminal, the
 * summaries, the HTML report, the web page and its server, the annotated copies. No Node imports:
 * the browser loads it too.
 * test/messages.test.ts walks it: a key missing in a language, a `{name}` in one language only, or
 * an id text identical to its en text (outside SAME_IN_BOTH) fails; test/messages-source.test.ts
 * fails on a user-visible literal in those places that bypasses it.
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
  'web.zipReport': { id: 'tidak-dianotasi.txt', en: 'not-annotated.txt' },
  'web.zipName': { id: 'lkjip-lint-beranotasi.zip', en: 'lkjip-lint-annotated.zip' },
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
  // The HTML report and the web page's results (src/format/html.ts).
  'html.error': { id: 'galat', en: 'error' },
  'html.warning': { id: 'peringatan', en: 'warning' },
  'html.info': { id: 'info', en: 'info' },
  'html.errors': { id: 'galat', en: 'errors' },
  'html.warnings': { id: 'peringatan', en: 'warnings' },
  'html.file': { id: 'Berkas', en: 'File' },
  'html.office': { id: 'Kantor', en: 'Office' },
  'html.year': { id: 'Tahun', en: 'Year' },
  'html.format': { id: 'Format', en: 'Format' },
  'html.status': { id: 'Status', en: 'Status' },
  'html.findings': { id: 'Temuan', en: 'Findings' },
  'html.rule': { id: 'Aturan', en: 'Rule' },
  'html.allRules': { id: 'Semua aturan', en: 'All rules' },
  'html.expected': { id: 'Seharusnya', en: 'Expected' },
  'html.actual': { id: 'Tertulis', en: 'Found' },
  'html.where': { id: 'Lokasi', en: 'Where' },
  'html.noSection': { id: 'Tanpa bagian', en: 'No section' },
  'html.clean': { id: 'Tidak ada masalah yang ditemukan.', en: 'No problems found.' },
  'html.unreadable': { id: 'Tidak dapat dibaca', en: 'Unreadable' },
  'html.overview': { id: 'Ringkasan', en: 'Overview' },
  'html.unknown': { id: 'tidak terdeteksi', en: 'not detected' },
  'html.ok': { id: 'terbaca', en: 'read' },
  'html.notices': { id: 'Catatan pembacaan', en: 'Reading notes' },
  'html.generated': { id: 'Dibuat oleh', en: 'Made by' },
  'html.title': { id: 'Hasil pemeriksaan LKjIP', en: 'LKjIP check results' },
  'html.shown': { id: 'ditampilkan', en: 'shown' },
  'html.severity': { id: 'Tingkat', en: 'Severity' },
  'html.topRules': { id: 'Aturan terbanyak', en: 'Most frequent rules' },
  // The web page (src/server/page.ts).

  // The web page's script (src/web/app.ts).
  // The terminal output (src/format/stylish.ts).
  'stylish.error': { id: 'galat', en: 'error' },
  'stylish.warning': { id: 'peringatan', en: 'warning' },
  'stylish.info': { id: 'info', en: 'info' },
  'stylish.problems': { id: 'masalah', en: 'problems' },
  'stylish.errors': { id: 'galat', en: 'errors' },
  'stylish.warnings': { id: 'peringatan', en: 'warnings' },
  'stylish.year': { id: 'tahun', en: 'year' },
  'stylish.office': { id: 'kantor', en: 'office' },
  'stylish.from': { id: 'dari', en: 'from' },
  'stylish.unknown': { id: 'tidak terdeteksi', en: 'not detected' },
  'stylish.unreadable': { id: 'tidak dapat dibaca', en: 'unreadable' },
  'stylish.file': { id: 'berkas', en: 'file' },
  'stylish.files': { id: 'berkas', en: 'files' },
  'stylish.clean': { id: 'tidak ada masalah', en: 'no problems' },
  // Summary headers, CSV and XLSX (src/format/summary.ts).
  'summary.file': { id: 'berkas', en: 'file' },
  'summary.format': { id: 'format', en: 'format' },
  'summary.office': { id: 'kantor', en: 'office' },
  'summary.year': { id: 'tahun', en: 'year' },
  'summary.status': { id: 'status', en: 'status' },
  'summary.errors': { id: 'galat', en: 'errors' },
  'summary.warnings': { id: 'peringatan', en: 'warnings' },
  'summary.accepted': { id: 'diterima', en: 'accepted' },
  'summary.top': { id: 'aturan terbanyak', en: 'most frequent' },
  'summary.note': { id: 'catatan', en: 'note' },
  'summary.title': { id: 'Ringkasan', en: 'Summary' },
  'summary.findings': { id: 'temuan', en: 'findings' },
  'summary.page': { id: 'tempat', en: 'place' },
  'summary.rule': { id: 'aturan', en: 'rule' },
  'summary.severity': { id: 'tingkat', en: 'severity' },
  'summary.message': { id: 'pesan', en: 'message' },
  'summary.expected': { id: 'seharusnya', en: 'expected' },
  'summary.found': { id: 'tertulis', en: 'found' },
  'summary.section': { id: 'bagian', en: 'section' },
  // A report's status in the summary.
  'status.ok': { id: 'ok', en: 'ok' },
  'status.errors': { id: 'ada galat', en: 'errors' },
  'status.unreadable': { id: 'tidak terbaca', en: 'unreadable' },
  'status.skipped': { id: 'dilewati', en: 'skipped' },
  // Annotation comments and notes (src/annotate/note.ts).
  'note.expected': { id: 'Seharusnya', en: 'Expected' },
  'note.actual': { id: 'Tertulis', en: 'Found' },
  'note.error': { id: 'Galat', en: 'Error' },
  'note.warning': { id: 'Peringatan', en: 'Warning' },
  'note.info': { id: 'Info', en: 'Info' },
  'note.where': { id: 'Lokasi', en: 'Where' },
  // lkjip-lint compare (src/compare.ts).
  // Files not linted (src/inputs.ts).
  'skip.missing': { id: 'berkas atau folder tidak ditemukan', en: 'no such file or folder' },
  'skip.old-word': { id: 'dokumen Word lama (.doc); simpan sebagai .docx atau ekspor ke PDF, lalu periksa lagi', en: 'an old Word document (.doc); save it as .docx or export it to PDF, then lint it' },
  'skip.opendocument': { id: 'berkas OpenDocument (.odt); simpan sebagai .docx atau ekspor ke PDF, lalu periksa lagi', en: 'an OpenDocument file (.odt); save it as .docx or export it to PDF, then lint it' },
  'skip.spreadsheet': { id: 'lembar kerja, bukan laporan; periksa laporannya sendiri (.docx atau .pdf)', en: 'a spreadsheet, not a report; lint the report itself (.docx or .pdf)' },
  'skip.presentation': { id: 'berkas presentasi, bukan laporan; periksa laporannya sendiri (.docx atau .pdf)', en: 'a presentation, not a report; lint the report itself (.docx or .pdf)' },
  'skip.image': { id: 'berkas gambar; satukan halaman pindaian menjadi satu PDF lalu periksa PDF itu', en: 'an image; put the scanned pages into one PDF and lint that' },
  'skip.archive': { id: 'berkas arsip; ekstrak lalu periksa foldernya', en: 'an archive; extract it and lint the folder' },
  'skip.project': { id: 'berkas proyek (README, LICENSE, CHANGELOG), bukan laporan', en: 'a project file (README, LICENSE, CHANGELOG), not a report' },
  'skip.other': { id: 'bukan format laporan (.docx, .pdf, .txt, .md)', en: 'not a report format (.docx, .pdf, .txt, .md)' },

  // The command line (src/cli-main.ts): usage errors, status lines, --help.
  'cli.noInputs': { id: 'tidak ada berkas masukan; jalankan lkjip-lint --help', en: 'no input files; run lkjip-lint --help' },
  'cli.badOption': { id: 'opsi tidak dikenal atau salah pakai: {reason}; jalankan lkjip-lint --help', en: '{reason}; run lkjip-lint --help' },
  'cli.format': { id: '--format "{value}" tidak dikenal (pilihan: {allowed})', en: 'unknown --format "{value}" (choose {allowed})' },
  'cli.lang': { id: '--lang "{value}" tidak dikenal (gunakan id atau en)', en: 'unknown --lang "{value}" (use id or en)' },
  'cli.year': { id: '--year harus tahun seperti 2024, bukan "{value}"', en: '--year must be a year such as 2024, not "{value}"' },
  'cli.profile': { id: '--profile "{value}" tidak dikenal (yang ada: {allowed})', en: 'unknown --profile "{value}" (known: {allowed})' },
  'cli.maxWarnings': { id: '--max-warnings harus bilangan bulat', en: '--max-warnings must be a whole number' },
  'cli.jobs': { id: '--jobs harus bilangan bulat dari 1 sampai 256', en: '--jobs must be a whole number from 1 to 256' },
  'cli.seconds': { id: '--{option} harus jumlah detik di atas 0', en: '--{option} must be a number of seconds above 0' },
  'cli.wholeAbove0': { id: '--{option} harus bilangan bulat di atas 0', en: '--{option} must be a whole number above 0' },
  'cli.mbAbove0': { id: '--{option} harus jumlah MB di atas 0', en: '--{option} must be a number of MB above 0' },
  'cli.maxMemory': { id: '--max-memory harus bilangan bulat MB dari 100 sampai 65536', en: '--max-memory must be a whole number of MB from 100 to 65536' },
  'cli.summary': { id: '--summary FILE harus berakhiran .csv atau .xlsx', en: '--summary FILE must end in .csv or .xlsx' },
  'cli.csvSeparator': { id: '--csv-separator harus ; atau ,', en: '--csv-separator must be ; or ,' },
  'cli.ocr': { id: '--ocr harus auto, always atau never', en: '--ocr must be auto, always or never' },
  'cli.noReport': { id: 'tidak ada laporan untuk diperiksa di {where} (.docx, .pdf, .txt, .md)', en: 'no report to lint in {where} (.docx, .pdf, .txt, .md)' },
  'cli.annotateOne': { id: '--annotate OUT menerima tepat satu laporan .docx atau .pdf', en: '--annotate OUT takes exactly one .docx or .pdf report' },
  'cli.annotateExt': { id: '--annotate OUT harus berakhiran .docx (masukan Word) atau .pdf (masukan PDF)', en: '--annotate OUT must end in .docx (Word input) or .pdf (PDF input)' },
  'cli.annotateSelf': { id: '--annotate OUT harus berkas baru, bukan laporan itu sendiri', en: '--annotate OUT must be a new file, not the report itself' },
  'cli.annotateBoth': { id: '--annotate dan --annotate-dir: pilih salah satu', en: '--annotate and --annotate-dir: choose one' },
  'cli.annotateFormat': { id: '--annotate {out}: laporannya {format}, jadi salinan beranotasinya harus .{want}', en: '--annotate {out}: the report is {format}, so the annotated copy must be .{want}' },
  'cli.annotateOnlyDocxPdf': { id: '(hanya untuk masukan docx atau pdf)', en: '(docx or pdf input only)' },
  'cli.notWritten': { id: 'tidak ditulis', en: 'not written' },
  'cli.writtenComments': { id: '{count} komentar ditulis', en: '{count} comments written' },
  'cli.writtenNotes': { id: '{count} catatan ditulis', en: '{count} notes written' },
  'cli.writtenCommentsChanges': { id: '{count} komentar dan {changes} perubahan terlacak ditulis', en: '{count} comments, {changes} tracked changes written' },
  'cli.replaced': { id: ' ({count} komentar lkjip-lint sebelumnya diganti)', en: ' ({count} earlier lkjip-lint comments replaced)' },
  'cli.baselineWritten': { id: '{count} temuan dicatat sebagai diterima; isi alasan tiap temuan di berkas itu', en: '{count} findings recorded as accepted; fill in each one\'s reason in that file' },
  'cli.baselineAccepted': { id: '{count} temuan diterima (baseline), tidak ditampilkan', en: '{count} accepted findings (baseline) not shown' },
  'cli.internal': { id: 'galat internal: {reason}; jalankan dengan --debug untuk rinciannya', en: 'internal error: {reason}; run with --debug for details' },
  'cli.compareTwo': { id: 'compare menerima dua laporan: lkjip-lint compare LAMA BARU (versi sebelumnya, lalu revisinya)', en: 'compare takes two reports: lkjip-lint compare OLD NEW (the earlier version, then its revision)' },
  'cli.serveNoFiles': { id: 'serve tidak menerima berkas (tertulis "{value}"); unggah berkasnya di halaman', en: 'serve takes no files (got "{value}"); upload them in the page' },
  'cli.port': { id: '--port harus nomor port (0 memilih yang bebas)', en: '--port must be a port number (0 picks a free one)' },
  'cli.logLevel': { id: '--log-level harus error, warn, info, debug atau silent, bukan "{value}"', en: '--log-level must be error, warn, info, debug or silent, not "{value}"' },
  'cli.allowHost': { id: '--allow-host menerima nama host atau alamat seperti lkjip.example.go.id, bukan "{value}"', en: '--allow-host takes a host name or address such as lkjip.example.go.id, not "{value}"' },
  'cli.portInUse': { id: 'port {port} sudah dipakai; pilih yang lain dengan --port', en: 'port {port} is already in use; pick another with --port' },
  'cli.portDenied': { id: 'tidak diizinkan mendengarkan di port {port}; pilih port di atas 1024 dengan --port', en: 'not allowed to listen on port {port}; pick one above 1024 with --port' },
  'cli.listening': { id: 'mendengarkan di {url}', en: 'listening on {url}' },
  'cli.beyondHost': { id: 'peringatan: mendengarkan di luar komputer ini; pasang di balik kontrol akses yang biasa, dan sebutkan nama host yang dibuka peninjau dengan --allow-host NAMA', en: 'warning: listening beyond this computer; put it behind your usual access control, and name the host reviewers open it by with --allow-host NAME' },
  'cli.help': {
    id: `lkjip-lint {version}: periksa Laporan Kinerja Instansi Pemerintah (LKjIP)

Penggunaan:
  lkjip-lint [opsi] BERKAS|FOLDER ...   periksa laporan (.docx .pdf .txt .md; folder beserta isinya)
  lkjip-lint extract [--format json|md] BERKAS
                                        tampilkan yang dibaca parser: tahun, kantor, bagian, tabel, rumus
  lkjip-lint compare LAMA BARU          versi sebelumnya dibandingkan revisinya (format apa saja):
                                        temuan yang diperbaiki, masih ada dan baru (--summary BERKAS: kolom tiap keadaan)
  lkjip-lint serve [--port N] [--host H] halaman web peninjau dan API JSON (bawaan 127.0.0.1:8080)

Opsi:
  --format stylish|json|html|sarif
                          format keluaran (bawaan: stylish; html: halaman laporan mandiri;
                          sarif: SARIF 2.1.0 untuk alat code scanning)
  --lang id|en            bahasa pesan (bawaan: id, Bahasa Indonesia; atau "lang" di konfigurasi)
  --year N                tahun laporan (menggantikan deteksi)
  --office NAMA           kantor pelapor (menggantikan deteksi)
  --profile NAMA          templat yang diikuti laporan (menggantikan deteksi): {profiles}
  --config BERKAS         berkas konfigurasi (bawaan: lkjip-lint.config.json dicari ke atas dari masukan)
  --jobs N                berkas yang diperiksa sekaligus (bawaan: jumlah inti prosesor)
  --timeout S             hentikan berkas setelah S detik kerja (bawaan 60; proses pekerja)
  --max-memory MB         hentikan berkas yang pekerjanya butuh lebih dari MB memori (bawaan 1536)
  --summary BERKAS        satu baris per laporan sebagai .csv atau .xlsx (status, kantor, tahun, galat,
                          peringatan, satu kolom per aturan; .xlsx: lembar kedua berisi setiap temuan)
  --csv-separator ; |,    pemisah sel ringkasan .csv (bawaan ;, seperti dibaca spreadsheet berbahasa Indonesia)
  --baseline BERKAS       temuan yang diterima: ditulis dari run ini bila BERKAS belum ada (isi alasan
                          tiap temuan), selain itu temuan di dalamnya disenyapkan dan dihitung diterima
  --expand                tampilkan setiap temuan sebuah kelompok di barisnya sendiri (bawaan: satu baris per kelompok)
  --max-file-mb N         berkas di atas N MB dilewati (CLI bawaan 500; serve: unggahan, bawaan 50)
  --annotate OUT          salinan laporan berisi temuannya: komentar Word (masukan .docx, OUT.docx)
                          atau sorotan dengan catatan (masukan .pdf, OUT.pdf)
  --annotate-dir OUT      setiap laporan .docx/.pdf dianotasi ke folder OUT (jalur relatif yang sama)
  --suggest               dengan --annotate/--annotate-dir: perbaikan yang pasti sebagai perubahan terlacak Word
  --password PW           kata sandi PDF terenkripsi
  --max-pages N           baca paling banyak N halaman PDF (bawaan 2000)
  --ocr auto|always|never baca halaman PDF hasil pindaian dengan Tesseract (bawaan auto: halaman tanpa teks)
  --max-warnings N        keluar dengan kode 1 bila peringatan lebih dari N
  --quiet                 laporkan galat saja
  --no-color              tanpa warna
  --port N, --host H      serve: tempat mendengarkan (bawaan 8080 di 127.0.0.1, hanya komputer ini)
  --allow-host NAMA       serve: layani nama host ini juga (bawaan: hanya localhost, 127.0.0.1)
  --log-level L           serve: log permintaan di stderr: error, warn, info, debug atau silent (bawaan info)
  --request-timeout S     serve: detik yang dimiliki klien untuk mengirim seluruh unggahan (bawaan 300)
  --debug                 cetak jejak tumpukan galat internal
  -v, --version           cetak versi
  -h, --help              cetak bantuan ini

Kode keluar: 0 tanpa galat, 1 ada galat, 2 salah pakai atau masukan tidak terbaca.
`,
    en: `lkjip-lint {version}: check Indonesian government performance reports (LKjIP)

Usage:
  lkjip-lint [options] FILE|FOLDER ...  lint reports (.docx .pdf .txt .md; folders recursively)
  lkjip-lint extract [--format json|md] FILE
                                        show what the parser saw: year, office, sections, tables, formulas
  lkjip-lint compare OLD NEW            an earlier version against its revision (any formats):
                                        findings fixed, still there and new (--summary FILE: a column each)
  lkjip-lint serve [--port N] [--host H] the reviewer's web page and JSON API (default 127.0.0.1:8080)

Options:
  --format stylish|json|html|sarif
                          output format (default: stylish; html: a self-contained report page;
                          sarif: SARIF 2.1.0 for code-scanning tools)
  --lang id|en            message language (default: id, Bahasa Indonesia; or "lang" in the config)
  --year N                report year (overrides detection)
  --office NAME           reporting office (overrides detection)
  --profile NAME          the template the report follows (overrides detection): {profiles}
  --config FILE           config file (default: lkjip-lint.config.json found upward from the input)
  --jobs N                files linted at once (default: number of cores)
  --timeout S             stop a file after S seconds of work (default 60; worker processes)
  --max-memory MB         stop a file whose worker needs more than MB of memory (default 1536)
  --summary FILE          one line per report as .csv or .xlsx (status, office, year, errors, warnings,
                          a column per rule; .xlsx: a second sheet with every finding)
  --csv-separator ; |,    cell separator of a .csv summary (default ;, as Indonesian spreadsheets read it)
  --baseline FILE         accepted findings: written from this run when FILE does not exist (fill in each
                          reason), else the findings in it are quiet and counted as accepted
  --expand                show every finding of a group on its own line (default: one line per group)
  --max-file-mb N         files larger than N MB are skipped (CLI default 500; serve: uploads, default 50)
  --annotate OUT          a copy of the report with the findings in it: Word comments (.docx input,
                          OUT.docx) or highlights with notes (.pdf input, OUT.pdf)
  --annotate-dir OUT      every .docx/.pdf report annotated into the folder OUT (same relative paths)
  --suggest               with --annotate/--annotate-dir: certain fixes as Word tracked changes
  --password PW           password of an encrypted PDF
  --max-pages N           read at most N pages of a PDF (default 2000)
  --ocr auto|always|never read scanned PDF pages with Tesseract (default auto: pages without text)
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --no-color              no colours
  --port N, --host H      serve: where to listen (default 8080 on 127.0.0.1, this computer only)
  --allow-host NAME       serve: answer to this host name too (default: localhost, 127.0.0.1 only)
  --log-level L           serve: request log on stderr: error, warn, info, debug or silent (default info)
  --request-timeout S     serve: seconds a client has to send a whole upload (default 300)
  --debug                 print stack traces of internal errors
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable input.
`,
  },
  // The rest of the terminal output.
  'stylish.more': { id: '… dan {count} lagi dengan sebab yang sama di', en: '… and {count} more with the same cause at' },
  'stylish.accepted': { id: '{count} diterima (baseline), tidak ditampilkan', en: '{count} accepted (baseline), not shown' },
  'stylish.notLinted': { id: 'Tidak diperiksa', en: 'Not linted' },
  'stylish.notFound': { id: 'tidak ditemukan', en: 'not found' },
  'stylish.skipped': { id: 'dilewati', en: 'skipped' },
  'stylish.unit': { id: 'unit', en: 'unit' },
  'stylish.parent': { id: 'induk', en: 'parent' },
  'stylish.quarter': { id: 'triwulan', en: 'quarter' },
  'stylish.semester': { id: 'semester', en: 'semester' },
  'stylish.profile': { id: 'profil', en: 'profile' },
  'compare.summary': { id: '{fixed} diperbaiki, {kept} masih ada, {added} baru', en: '{fixed} fixed, {kept} still there, {added} new' },
  'progress.page': { id: 'halaman {done} dari {total}', en: 'page {done} of {total}' },
  'summary.sheetReports': { id: 'laporan', en: 'reports' },
  'summary.sheetFindings': { id: 'temuan', en: 'findings' },
  // Where a finding or a fact is (src/format/location.ts; evidence of the detected year, office, profile).
  'loc.page': { id: 'hal.', en: 'p.' },
  'ev.cover': { id: 'sampul', en: 'the cover' },
  'ev.page': { id: 'halaman {n}', en: 'page {n}' },
  'ev.line': { id: 'baris {n}', en: 'line {n}' },
  'ev.paragraph': { id: 'paragraf {n}', en: 'paragraph {n}' },
  'ev.block': { id: 'blok {n}', en: 'block {n}' },
  'ev.ownTitle': { id: 'judul laporan itu sendiri', en: "the report's own title" },
  'ev.runningLine': { id: 'kepala/kaki halaman', en: 'running line' },
  'ev.fiscalYear': { id: 'tahun anggaran', en: 'fiscal year' },
  'ev.signingDate': { id: 'tanggal penandatanganan', en: 'signing date' },
  'ev.notFound': { id: 'tidak ditemukan', en: 'not found' },
  'ev.coverSigned': { id: '(sampul menyebut {year}, tahun penandatanganannya)', en: '(the cover says {year}, the year it was signed)' },
  'ev.frequentName': { id: 'nama tersering ({count}×), pertama di', en: 'most frequent name ({count}×), first at' },
  'ev.frequentRegion': { id: 'wilayah tersering ({count}×), pertama di', en: 'most frequent region ({count}×), first at' },
  'ev.frequentParent': { id: 'unit atasan tersering ({count}×), pertama di', en: 'most frequent unit above it ({count}×), first at' },
  'ev.unitFullName': { id: 'nama lengkap unit', en: "the unit's full name" },
  'ev.unitKind': { id: 'jenis unit', en: 'unit kind' },
  'ev.noTemplate': { id: ': tanpa templat khusus', en: ': no specific template' },
  'ev.text': { id: 'teks:', en: 'text:' },
  'ev.noEvidence': { id: 'tanpa tanda templat khusus', en: 'no template-specific evidence' },
  'ev.config': { id: 'konfigurasi', en: 'config' },
  // The web server's answers (src/server/): HTTP error bodies.
  'http.lang': { id: 'lang harus id atau en, bukan "{value}"', en: 'lang must be id or en, not "{value}"' },
  'http.year': { id: 'year harus tahun seperti 2024', en: 'year must be a year such as 2024' },
  'http.maxPages': { id: 'maxPages harus bilangan bulat dari 1 sampai 2000', en: 'maxPages must be a whole number from 1 to 2000' },
  'http.fileTooLarge': { id: 'berkas melebihi batas {mb} MB untuk satu laporan', en: 'the file is over the {mb} MB limit for one report' },
  'http.tooManyFiles': { id: 'terlalu banyak berkas dalam satu permintaan (paling banyak {max})', en: 'too many files in one request (at most {max})' },
  'http.unreadableRequest': { id: 'permintaan tidak dapat dibaca ({reason})', en: 'the request could not be read ({reason})' },
  'http.clientError': { id: 'permintaan ditolak ({reason})', en: 'the request was refused ({reason})' },
  'http.internal': { id: 'galat internal; rinciannya ada di log server', en: 'internal error; the server log has the details' },
  'http.format': { id: 'format harus json, html atau sarif, bukan "{value}"', en: 'format must be json, html or sarif, not "{value}"' },
  'http.annotateOne': { id: 'kirim satu laporan untuk dianotasi', en: 'send one report to annotate' },
  'http.unreadable': { id: 'tidak dapat dibaca', en: 'unreadable' },
  'http.annotateFailed': { id: 'laporan tidak dapat dianotasi: {reason}', en: 'could not annotate the report: {reason}' },
  'http.annotateKind': { id: 'salinan beranotasi dibuat untuk laporan .docx dan .pdf; laporan ini {format}', en: 'annotated copies are made for .docx and .pdf reports; this one is {format}' },
  'http.method': { id: '{method} tidak dilayani di sini; gunakan {allow}', en: '{method} is not served here; use {allow}' },
  'http.notFound': { id: 'tidak ditemukan', en: 'not found' },
  'http.wrongHost': { id: 'server ini tidak melayani nama host "{host}"; buka melalui http://localhost atau http://127.0.0.1, atau jalankan dengan --allow-host NAMA', en: 'this server does not answer to the host name "{host}"; open it as http://localhost or http://127.0.0.1, or start it with --allow-host NAME' },
  'http.crossSite': { id: 'permintaan dari situs lain tidak diterima; unggah laporan dari halaman server ini sendiri', en: "a request from another site is not accepted; upload the reports from this server's own page" },
  'http.busy': { id: 'server sedang sibuk dengan unggahan dan laporan lain; coba lagi beberapa detik lagi', en: 'the server is busy with other uploads and reports; try again in a few seconds' },
  'http.uploadFileTooLarge': { id: 'berkas melebihi batas {mb} MB untuk satu laporan; periksa apakah berkasnya benar', en: 'the file is over the {mb} MB limit for one report; check that it is the right file' },
  'http.requestTooLarge': { id: 'unggahan melebihi batas {mb} MB untuk satu permintaan; kirim lebih sedikit berkas sekaligus', en: 'the upload is over the {mb} MB limit for one request; send fewer files at a time' },
  'http.badMultipart': { id: 'isi multipart tidak dapat dibaca ({reason}); kirim berkas sebagai multipart/form-data dengan boundary-nya, atau satu laporan sebagai isi permintaan', en: 'the multipart body could not be read ({reason}); send the files as multipart/form-data with its boundary, or one report as the raw body' },
  'http.noBody': { id: 'kirim laporan sebagai isi permintaan, atau sebagai multipart/form-data dengan kolom "file"', en: 'send the report as the request body, or as multipart/form-data with a "file" field' },
  'http.noFile': { id: 'tidak ada berkas dalam permintaan: kirim laporan dalam kolom multipart "file"', en: 'no file in the request: send the report in a multipart "file" field' },
  'http.emptyFile': { id: 'berkas kosong', en: 'the file is empty' },
  'http.failed': { id: '{reason}', en: '{reason}' },
  'cli.unknownOption': { id: 'opsi {option} tidak dikenal; jalankan lkjip-lint --help', en: 'unknown option {option}; run lkjip-lint --help' },
  'cli.optionValue': { id: 'opsi {option} memerlukan nilai', en: 'option {option} needs a value' },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * Keys whose Indonesian and English texts are the same on purpose: only placeholders, a proper
 * name, a code or a value from JSON.
 */
export const SAME_IN_BOTH: ReadonlySet<MessageKey> = new Set<MessageKey>(['config.other', 'type.null', 'http.failed', 'html.info', 'page.info', 'stylish.info', 'note.info', 'html.format', 'summary.format', 'html.status', 'summary.status', 'status.ok', 'page.unit', 'stylish.unit', 'stylish.semester']);

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

type Stripped<P extends string> = { [K in MessageKey as K extends `${P}.${infer R}` ? R : never]: string };

/** Every message under `prefix.` in `lang`, keyed by the rest of its key (the tables of one output). */
export function group<P extends string>(prefix: P, lang: Lang): Stripped<P> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(MESSAGES)) if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = text[lang];
  return out as Stripped<P>;
}

/** Both languages of a group: `{ id: {...}, en: {...} }`. */
export function groups<P extends string>(prefix: P): Record<Lang, Stripped<P>> {
  return { id: group(prefix, 'id'), en: group(prefix, 'en') };
}

/**
 * Where a fact was found, as the facts write it (`cover, line 5`, `running line, page 2, line 1`,
 * `most frequent name (4×), first at line 9`), in the run's language: `sampul, baris 5` /
 * `the cover, line 5`. Only the linter's own words are replaced; report text in it (a unit kind, a
 * region, matched words) is kept as it is.
 */
export function evidenceText(s: string, lang: Lang): string {
  const m = (key: MessageKey, vars: Vars = {}) => t(lang, key, vars);
  const head = '(^|\\(|; )';
  const rules: [RegExp, (...g: string[]) => string][] = [
    [/\bpage (\d+)/g, (_, n) => m('ev.page', { n: n! })],
    [/\bline (\d+)/g, (_, n) => m('ev.line', { n: n! })],
    [/\bparagraph (\d+)/g, (_, n) => m('ev.paragraph', { n: n! })],
    [/\bblock (\d+)/g, (_, n) => m('ev.block', { n: n! })],
    [/\(the cover says (\d+), the year it was signed\)/g, (_, y) => m('ev.coverSigned', { year: y! })],
    [/most frequent name \((\d+)×\), first at/g, (_, n) => m('ev.frequentName', { count: n! })],
    [/most frequent region \((\d+)×\), first at/g, (_, n) => m('ev.frequentRegion', { count: n! })],
    [/most frequent unit above it \((\d+)×\), first at/g, (_, n) => m('ev.frequentParent', { count: n! })],
    [new RegExp(`${head}cover(?=, |\\)|$)`, 'g'), (_, h) => h + m('ev.cover')],
    [new RegExp(`${head}the report's own title(?=, )`, 'g'), (_, h) => h + m('ev.ownTitle')],
    [new RegExp(`${head}the unit's full name(?=, )`, 'g'), (_, h) => h + m('ev.unitFullName')],
    [new RegExp(`${head}running line(?=, )`, 'g'), (_, h) => h + m('ev.runningLine')],
    [new RegExp(`${head}fiscal year(?=, )`, 'g'), (_, h) => h + m('ev.fiscalYear')],
    [new RegExp(`${head}signing date(?=, )`, 'g'), (_, h) => h + m('ev.signingDate')],
    [/^unit kind /, () => `${m('ev.unitKind')} `],
    [/: no specific template$/, () => m('ev.noTemplate')],
    [/^text: /, () => `${m('ev.text')} `],
    [/^not found$/, () => m('ev.notFound')],
    [/^no template-specific evidence$/, () => m('ev.noEvidence')],
    [/^config$/, () => m('ev.config')],
  ];
  let out = s;
  for (const [re, to] of rules) out = out.replace(re, to as (sub: string, ...args: string[]) => string);
  return out;
}
