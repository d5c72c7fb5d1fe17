#!/bin/sh
# Browser tests need Chromium (browser downloads do not work on these machines).
# CHROME_PATH wins; else Debian's /usr/bin/chromium; on Debian as root it is installed.
if [ -n "${CHROME_PATH:-}" ]; then
  [ -x "$CHROME_PATH" ] && exit 0
  echo "CHROME_PATH=$CHROME_PATH is not an executable file." >&2
  exit 1
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -x "$candidate" ] && exit 0
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get install -y chromium)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && exit 0
fi
echo "Chromium is needed for the browser tests: run 'sudo apt-get install -y chromium' (Debian/Ubuntu) or set CHROME_PATH to a Chrome or Chromium binary." >&2
exit 1
