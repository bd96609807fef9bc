#!/bin/sh
# Trunk post_build hook: writes jieba's dictionary asset into the build being staged.
set -eu
cargo run --quiet --bin pingfen -- dictionary --out-dir "${TRUNK_STAGING_DIR:?run by trunk}" >/dev/null
