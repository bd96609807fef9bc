#!/usr/bin/env bash
# Installs what is missing and runs every test:
#   1. native unit, integration and doc tests (cargo test)
#   2. wasm tests in headless Chromium (wasm-bindgen-test)
#   3. pkg/ (the wasm-bindgen library) under Node's test runner
#   4. end-to-end journeys in Chromium (Playwright) against the release build, served under a
#      sub-path as on GitHub Pages
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$PINGFEN_ROOT"

step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*"; }

step "native tests"
cargo test --locked

step "wasm tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --no-default-features --test web

step "pkg/ library"
bash scripts/build-pkg.sh
node --test tests/pkg.test.mjs

step "release build under the sub-path /pingfen/"
trunk build --release --public-url /pingfen/ --dist target/e2e-dist

step "end-to-end journeys in Chromium"
PINGFEN_DIST=target/e2e-dist PINGFEN_BASE=/pingfen/ node --test tests/e2e/*.spec.mjs

step "all tests passed"
