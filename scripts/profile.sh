#!/usr/bin/env bash
# On demand, like bench.sh: where the page's main thread spends its long tasks (bench/profile.mjs),
# on the bench's release build with the wasm's function names put back (wasm-bindgen
# --keep-debug, without wasm-opt, which strips them: slightly slower than what ships).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$PINGFEN_ROOT"
out=target/bench
[ -d "$out/dist" ] || trunk build --release --dist "$out/dist" >/dev/null
[ -f "$out/scoring-16x1000.scorebook.json" ] || python3 bench/make_scoring_set.py "$out"
prof=$out/profile-dist
rm -rf "$prof" "$out/profile-bindgen"
cp -r "$out/dist" "$prof"
named() { # <cargo's wasm> <wasm-bindgen target> <the dist's wasm to replace>
  # Named as trunk names it before hashing: the wasm imports its glue by that name.
  wasm-bindgen --keep-debug --target "$2" --out-dir "$out/profile-bindgen" "$1"
  cp "$out/profile-bindgen/$(basename "$1" .wasm)_bg.wasm" "$3"
}
named target/wasm32-unknown-unknown/shell/pingfen.wasm web "$(ls "$prof"/pingfen-*_bg.wasm | grep -v engine)"
named target/wasm32-unknown-unknown/release/pingfen-engine.wasm no-modules "$(ls "$prof"/pingfen-engine-*_bg.wasm)"
# The replaced files no longer match the page's integrity hashes.
sed -i -E 's/ integrity="[^"]*"//g' "$prof/index.html"
node bench/profile.mjs "$prof" "$out/scoring-16x1000.scorebook.json"
