#!/usr/bin/env bash
# Installs what Pingfen's build and tests need, skipping whatever is already there, then puts
# the tools on PATH. Run it, or source it from another script. Debian/Ubuntu, as root or sudo.
#
#   Debian:  chromium, chromium-driver (browser tests), fonts-wqy-zenhei (CJK glyphs), brotli
#   rustup:  the wasm32-unknown-unknown target
#   cargo:   wasm-bindgen-cli (= the wasm-bindgen version in Cargo.lock), trunk 0.21.14
#   npm:     binaryen 132 (wasm-opt), playwright-core, and jsqr and pngjs (reading QR codes in
#            the share journey), from package-lock.json
#
# PINGFEN_SETUP=build skips the browser and fonts (enough to build, as the Pages workflow does).
set -euo pipefail

PINGFEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14

setup_log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*" >&2; }

setup_main() {
  cd "$PINGFEN_ROOT"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"

  local missing=()
  local wanted=(chromium chromium-driver fonts-wqy-zenhei brotli)
  [ "${PINGFEN_SETUP:-all}" = build ] && wanted=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    setup_log "apt-get install ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    setup_log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  local bindgen_want bindgen_have
  bindgen_want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
  bindgen_have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
  if [ "$bindgen_have" != "$bindgen_want" ]; then
    setup_log "cargo install wasm-bindgen-cli $bindgen_want (about 4 minutes)"
    # No --locked: the CLI's own lockfile pins a crate missing from the index.
    cargo install --quiet wasm-bindgen-cli --version "$bindgen_want"
  fi

  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    setup_log "cargo install trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
    cargo install --quiet --locked trunk --version "$TRUNK_VERSION"
  fi

  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
     || [ ! -d node_modules/jsqr ] || [ ! -d node_modules/pngjs ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    setup_log "npm ci (binaryen, playwright-core, jsqr, pngjs)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

export PATH="$PINGFEN_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export PINGFEN_CHROMIUM=/usr/bin/chromium

setup_main
