#!/bin/sh
# The test suite. `test.sh` runs it all: format, lint and type checks; Chromium and a CJK font
# (for the PDFs the importer tests print) present; the site built twice (at / and, for the
# base-path test, under /portal/ into dist-base/); every Vitest project. `test.sh unit|site|browser`
# runs one project with only what it needs (unit: nothing built; site: the site at /; browser:
# Chromium, the font and both builds). Extra arguments go to Vitest (e.g. a test file).
# UPDATE=1 rewrites golden fixtures.
set -e
cd "$(dirname "$0")/../.."
project=all
case "$1" in unit | site | browser) project=$1; shift ;; esac

build() {
  astro build
  node src/cli/index-search.ts
}
build_base() {
  # The same site for a sub-path deployment, for the base-path browser test; with a public origin
  # (a reserved example domain), so that test also sees the canonical URLs, feed and sitemap that
  # only a build with SITE_URL writes. The build at / has none: it must contain no localhost.
  SITE_URL=https://example.org BASE_PATH=/portal/ OUT_DIR=dist-base astro build >/dev/null
  SITE_URL=https://example.org BASE_PATH=/portal/ OUT_DIR=dist-base node src/cli/index-search.ts
}

case $project in
  unit) exec vitest run --config test/vitest.config.ts --project unit "$@" ;;
  site)
    build
    exec vitest run --config test/vitest.config.ts --project site "$@"
    ;;
  browser)
    sh src/scripts/ensure-chromium.sh
    sh src/scripts/ensure-cjk-font.sh
    build
    build_base
    exec vitest run --config test/vitest.config.ts --project browser "$@"
    ;;
esac
prettier --check --log-level warn .
eslint --max-warnings 0 .
tsc --noEmit -p tsconfig.json
astro check --minimumFailingSeverity warning
sh src/scripts/ensure-chromium.sh
sh src/scripts/ensure-cjk-font.sh
build
build_base
vitest run --config test/vitest.config.ts "$@"
