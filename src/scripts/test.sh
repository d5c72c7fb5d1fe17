#!/bin/sh
# The whole test suite: Chromium present, the site built (MDX pages, search index), every test run.
# Extra arguments go to Vitest (e.g. a test file). UPDATE=1 rewrites golden fixtures.
set -e
cd "$(dirname "$0")/../.."
sh src/scripts/ensure-chromium.sh
astro build
vitest run --config test/vitest.config.ts "$@"
