#!/bin/sh
# The whole test suite: Chromium present, the site built (MDX pages, search index), every test run.
# Extra arguments go to Vitest (e.g. a test file). UPDATE=1 rewrites golden fixtures.
set -e
cd "$(dirname "$0")/../.."
sh src/scripts/ensure-chromium.sh
astro build
# The same site for a sub-path deployment, for the base-path browser test.
BASE_PATH=/portal/ OUT_DIR=dist-base astro build >/dev/null
vitest run --config test/vitest.config.ts "$@"
