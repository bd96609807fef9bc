#!/usr/bin/env bash
# Installs what is missing, builds the web app (release) and serves it at a local URL,
# rebuilding on change. PORT=8080 by default.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$PINGFEN_ROOT"
port="${PORT:-8080}"
printf '\n\033[1mPingfen will be served at http://127.0.0.1:%s/\033[0m (first build takes a few minutes)\n\n' "$port"
# The library example (library/) needs pkg/: built when missing or older than the sources.
if [ ! -f pkg/pingfen_bg.wasm ] || [ -n "$(find src Cargo.toml Cargo.lock -newer pkg/pingfen_bg.wasm -print -quit)" ]; then
  bash scripts/build-pkg.sh
fi
exec trunk serve --release --port "$port"
