#!/bin/sh
# The whole test suite: format, lint and type checks; Chromium and a CJK font (for the PDFs the
# importer tests print) present; the site built twice (at / and, for the base-path test, under
# /portal/ into dist-base/); every test run.
# Extra arguments go to Vitest (e.g. a test file). UPDATE=1 rewrites golden fixtures.
set -e
cd "$(dirname "$0")/../.."
prettier --check --log-level warn .
eslint --max-warnings 0 .
tsc --noEmit -p tsconfig.json
astro check --minimumFailingSeverity warning
sh src/scripts/ensure-chromium.sh
sh src/scripts/ensure-cjk-font.sh
astro build
node src/cli/index-search.ts
# The same site for a sub-path deployment, for the base-path browser test.
BASE_PATH=/portal/ OUT_DIR=dist-base astro build >/dev/null
BASE_PATH=/portal/ OUT_DIR=dist-base node src/cli/index-search.ts
vitest run --config test/vitest.config.ts "$@"
