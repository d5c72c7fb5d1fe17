#!/bin/sh
# The importer tests print PDFs with Chromium in a CJK font (as government PDFs are set), so
# Chinese text must have a font: Debian's fonts-noto-cjk (Noto Serif/Sans CJK SC). Without one
# Chromium prints boxes with no text layer. On Debian as root it is installed.
if command -v fc-list >/dev/null 2>&1 && fc-list ':lang=zh-cn' family | grep -q 'Noto Serif CJK SC'; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's fonts-noto-cjk for the importer tests (apt-get install -y fonts-noto-cjk)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null && exit 0
fi
echo "A CJK font is needed for the importer tests: run 'sudo apt-get install -y fonts-noto-cjk' (Debian/Ubuntu)." >&2
exit 1
