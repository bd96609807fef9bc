#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets) for SECONDS each (default 30: CI's smoke; the
# closing notes' hours come from `bash scripts/fuzz.sh 600`). Needs the nightly toolchain and
# cargo-fuzz (`cargo install cargo-fuzz`). A crash stops it: the input is in
# fuzz/artifacts/<target>/; fix the fault, then keep the input in fuzz/regressions/<target>/,
# where `cargo test --test fuzz_regressions` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-30}"
TARGETS=(read_file link pasted choice metrics tokenizers)
cargo +nightly fuzz build -O
for target in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  echo "==> fuzz $target for ${SECONDS_EACH}s"
  # The kept regressions and the project's own files seed it.
  cargo +nightly fuzz run -O "$target" "fuzz/corpus/$target" "fuzz/regressions/$target" -- \
    -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 12
done
echo "==> fuzzing found nothing"
