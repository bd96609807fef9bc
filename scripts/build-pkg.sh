#!/usr/bin/env bash
# Builds pkg/: Pingfen's core as an ES module for JavaScript (wasm-bindgen --target web),
# with the jieba dictionary asset beside it. No UI. See pkg/README.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$PINGFEN_ROOT"
cargo build --locked --release --lib --target wasm32-unknown-unknown --no-default-features
wasm-bindgen --target web --out-dir pkg --out-name pingfen \
  target/wasm32-unknown-unknown/release/pingfen.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals pkg/pingfen_bg.wasm -o pkg/pingfen_bg.wasm
rm -f pkg/jieba-dict-*.txt.gz pkg/jieba-dict-*.br
cargo run --quiet --locked --bin pingfen -- dictionary --out-dir pkg >/dev/null
echo "pkg/ built: $(ls pkg | tr '\n' ' ')"
