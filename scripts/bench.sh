#!/usr/bin/env bash
# Benchmarks, on demand (not part of the tests). Prints figures; asserts nothing.
#   1. wasm bundle size: raw / gzip -9 / brotli -q 11, app and dictionary asset apart
#   2. loading as a student's phone does and on a desktop (bench/load.mjs): bytes and time to
#      the scored leaderboard and to "jieba ready", long tasks, memory for a 50 MB file
#   3. segmentation throughput on the same 5 MB Chinese text: native, wasm (Chromium),
#      Python jieba 0.42.1 — ratios against Python jieba
#   4. scoring throughput, BLEU + chrF + ROUGE-L on 16 models x 1,000 items in Chinese and in
#      English: native, wasm, and sacrebleu 2.6.0 + rouge-score 0.1.2 (+ jieba) in Python
#   5. the roll-up with 1,000-round bootstrap intervals (what each rating recomputes):
#      16 models x 1,000 items, native
#   6. `pingfen score` on up to 1,000,000 answers (bench/stream.py): peak memory against the
#      answers file's size, streamed and whole-session, and answers scored per second
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$PINGFEN_ROOT"
out=target/bench
mkdir -p "$out"

echo "== building (release)"
bash scripts/build-pkg.sh >/dev/null   # first: the site's library/ page carries it
trunk build --release --dist "$out/dist" >/dev/null
npm ci --silent >/dev/null   # jieba-wasm 2.4.0, the peer for segmentation
cargo build --quiet --locked --release --bin pingfen

echo "== sizes"
size_line() {
  local file=$1 label=$2
  printf '%-22s raw %9d  gzip %9d  brotli %9d bytes\n' "$label" \
    "$(stat -c %s "$file")" "$(gzip -9 -c "$file" | wc -c)" "$(brotli -q 11 -c "$file" | wc -c)"
}
size_line "$(ls "$out"/dist/pingfen-*_bg.wasm | grep -v engine)" "page .wasm"
size_line "$(ls "$out"/dist/pingfen-*.js | grep -v engine)" "page .js"
size_line "$(ls "$out"/dist/pingfen-engine-*_bg.wasm)" "engine worker .wasm"
size_line "$(ls "$out"/dist/index.html)" "index.html"
mapfile -t page_files < <(ls "$out"/dist/index.html "$out"/dist/*.css "$out"/dist/pingfen-*.js "$out"/dist/pingfen-*_bg.wasm | grep -v engine)
total() { for f in "${page_files[@]}"; do "$@" < "$f" | wc -c; done | paste -sd+ | bc; }
printf '%-22s gzip %9d  brotli %9d bytes (html + js + css + wasm of the page)\n' "first download" "$(total gzip -9 -c)" "$(total brotli -q 11 -c)"
size_line "$(ls "$out"/dist/*.css)" "app .css"
dict=$(ls "$out"/dist/jieba-dict-*.br)
printf '%-22s %d bytes as served (already brotli: sorted, front-coded words and a frequency column)\n' "dictionary asset" "$(stat -c %s "$dict")"
size_line pkg/pingfen_bg.wasm "pkg .wasm"

echo "== corpus: bench/corpus-zh.txt repeated to 5 MB"
corpus="$out/corpus-5mb.txt"
python3 - "$corpus" <<'PY'
import sys
unit = open("bench/corpus-zh.txt", encoding="utf-8").read()
text = unit * (5_000_000 // len(unit.encode("utf-8")) + 1)
text = text.encode("utf-8")[:5_000_000].decode("utf-8", "ignore")
open(sys.argv[1], "w", encoding="utf-8").write(text)
PY

python3 bench/make_scoring_set.py "$out"

if [ ! -x "$out/venv/bin/python" ] || ! "$out/venv/bin/python" -c "import sacrebleu, rouge_score, jieba" 2>/dev/null; then
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install --quiet -r bench/requirements.txt
fi

echo "== runs"
results="$out/results.jsonl"
: > "$results"
cargo run --quiet --locked --release --example segment_throughput -- "$corpus" | tee -a "$results"
node bench/browser.mjs "$out/dist" "$corpus" "$out/scoring-zh.jsonl" "$out/scoring-en.jsonl" | tee -a "$results"
"$out/venv/bin/python" bench/jieba_py.py "$corpus" | tee -a "$results"
for lang in zh en; do
  cargo run --quiet --locked --release --example score_throughput -- "$out/scoring-$lang.jsonl" \
    | sed "s/\"native\"/\"native-$lang\"/" | tee -a "$results"
  "$out/venv/bin/python" bench/score_py.py "$out/scoring-$lang.jsonl" "$lang" | tee -a "$results"
done

echo "== ratios (throughput / Python jieba)"
python3 - "$results" <<'PY'
import json, sys
rows = {r["runner"]: r for r in map(json.loads, open(sys.argv[1]))}
py = rows["python-jieba"]["mb_per_s"]
for name in ("native", "wasm", "python-jieba"):
    r = rows[name]
    print(f'{name:13s} {r["mb_per_s"]:7.2f} MB/s  {r["mb_per_s"] / py:5.2f}x   words {r["words"]}  build {r["build_ms"]} ms')
peer = rows["jieba-wasm-2.4.0"]["mb_per_s"]
for name in ("wasm-cut", "wasm-tokenize", "jieba-wasm-2.4.0"):
    r = rows[name]
    print(f'{name:16s} {r["mb_per_s"]:7.2f} MB/s  {r["mb_per_s"] / peer:5.2f}x jieba-wasm 2.4.0 (same page, same text, words as an array)  words {r["words"]}')
for lang in ("zh", "en"):
    py = rows[f"python-{lang}"]["items_per_s"]
    for name in (f"native-{lang}", f"wasm-{lang}", f"python-{lang}"):
        r = rows[name]
        print(f'{name:13s} {r["items_per_s"]:9.0f} items/s  {r["items_per_s"] / py:6.1f}x  ({r["items"]} items, BLEU+chrF+ROUGE-L)')
PY

echo "== loading as a student's phone does (bench/load.mjs): gzip as GitHub Pages serves, cold cache"
node bench/load.mjs "$out/dist" "$out/scoring-16x1000.scorebook.json" 3 "$out/fifty-mb.jsonl" | tee -a "$results"
python3 - "$results" <<'PY'
import json, sys
rows = {r["runner"]: r for r in map(json.loads, open(sys.argv[1]))}
for profile in ("desktop", "phone"):
    r = rows[f"load-{profile}"]
    print(f'{profile:8s} leaderboard {r["leaderboard_ms"]} ms after {r["bytes_before_leaderboard"] / 1000:.0f} KB; jieba ready {r["jieba_ready_ms"]} ms; '
          f'{r["bytes_total"] / 1000:.0f} KB in all; longest main-thread task {r["longest_task_ms"]} ms')
r = rows["load-desktop"]
print(f'desktop  16 x 1,000 scored in the worker in {r["scoring_16x1000_ms"]} ms; longest main-thread task meanwhile {r["scoring_16x1000_longest_task_ms"]} ms')
r = rows["load-fifty-mb"]
print(f'desktop  a 50 MB answers file opened (refused: over 48,000 answers): renderer peak {r["peak_renderer_rss_mb"]} MB resident, '
      f'at rest {r["idle_renderer_rss_mb"]} MB, a blank page\'s {r["blank_renderer_rss_mb"]} MB: page + worker {r["page_and_worker_peak_mb"]} MB at the peak')
for profile in ("desktop", "phone"):
    r, app = rows[f"load-library-{profile}"], rows[f"load-{profile}"]
    print(f'{profile:8s} pkg/ in library/: Evaluator ready {r["ready_ms"]} ms after {r["bytes_ready"] / 1000:.0f} KB '
          f'({r["ready_ms"] / app["jieba_ready_ms"]:.2f}x the app\'s jieba ready); the sample scored {r["sample_ms"]} ms later')
PY
cargo run --quiet --locked --release --example rollup_time | tee -a "$results"

echo "== Traditional → Simplified: OpenCC's tables (what scores use) vs fast2s, on OpenCC's STPhrases"
phrases=$(cargo metadata --format-version 1 --locked | python3 -c 'import json,sys; m=json.load(sys.stdin); print(next(p["manifest_path"] for p in m["packages"] if p["name"] == "ferrous-opencc").rsplit("/", 1)[0] + "/assets/dictionaries/STPhrases.txt")')
cargo run --quiet --locked --release --example script_fold_accuracy -- "$phrases" | tee -a "$results"

echo "== pingfen score on up to a million answers (bench/stream.py): memory against the file's size"
python3 bench/stream.py | tee -a "$out/stream.txt"
