#!/usr/bin/env sh
# The Debian packages lkjip-lint and its tests use, installed when missing (as root, or with sudo):
#   tesseract-ocr, tesseract-ocr-ind   read scanned PDF pages (OCR), at run time
#   qpdf                               encrypts the PDFs of the password tests
#   chromium                           the web page's end-to-end test (driven by playwright-core)
#   libreoffice-writer-nogui           opens the Word copy with lkjip-lint's comments; builds the zoo's PDFs
#   poppler-utils                      pdftoppm, the screenshots of annotated copies
set -eu
need=""
command -v tesseract >/dev/null 2>&1 || need="$need tesseract-ocr"
[ -f /usr/share/tesseract-ocr/5/tessdata/ind.traineddata ] || need="$need tesseract-ocr-ind"
command -v qpdf >/dev/null 2>&1 || need="$need qpdf"
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui"
command -v pdftoppm >/dev/null 2>&1 || need="$need poppler-utils"
[ -z "$need" ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing:$need" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need >/dev/null
