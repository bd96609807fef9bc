#!/bin/sh
# Trunk post_build hook: finishes the build being staged — jieba's dictionary asset, hashed names
# for the engine worker, the offline service worker (`pingfen stage`, src/bin/pingfen/stage.rs) —
# and puts pkg/, when it is built (scripts/build-pkg.sh), under library/ for its example page.
set -eu
staging="${TRUNK_STAGING_DIR:?run by trunk}"
cargo run --quiet --bin pingfen -- stage "$staging" >/dev/null
if [ -f pkg/pingfen_bg.wasm ] && [ -d "$staging/library" ]; then
  mkdir -p "$staging/library/pkg"
  cp pkg/pingfen.js pkg/pingfen_bg.wasm pkg/jieba-dict-*.br "$staging/library/pkg/"
  [ -d pkg/snippets ] && cp -R pkg/snippets "$staging/library/pkg/"
fi
