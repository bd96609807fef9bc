#!/bin/sh
# Trunk post_build hook: finishes the build being staged — jieba's dictionary asset, hashed names
# for the engine worker, the offline service worker (`pingfen stage`, src/bin/pingfen/stage.rs).
set -eu
cargo run --quiet --bin pingfen -- stage "${TRUNK_STAGING_DIR:?run by trunk}" >/dev/null
