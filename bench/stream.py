#!/usr/bin/env python3
"""`pingfen score` on a million answers: peak memory against the answers file's size, and
answers scored per second, streamed (JSONL, no --out) beside the whole-session path (the
same answers with --out, which holds every answer) in the same run.

    cargo build --release --bin pingfen && python3 bench/stream.py [--sizes 100000,300000,1000000]

The answers are the built-in sample's, repeated: its 74 items (choice, reference and rubric,
Chinese and English) cycled into 10,000 items, and its 5 models' answers given to 100 models
(model m answers as sample model m mod 5), so a run of N answers is N / 10,000 models.
Peak memory is the child's maximum resident set (getrusage); the whole-session path reads
files of up to 64 MB, so it runs on the sizes that fit.
"""

import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench", "stream")
PINGFEN = os.environ.get("PINGFEN_BIN", os.path.join(ROOT, "target", "release", "pingfen"))
ITEMS = 10_000
WHOLE_LIMIT = 64 << 20


def make_suite(path):
    with open(os.path.join(ROOT, "www", "samples", "sample-suite.json"), encoding="utf-8") as f:
        suite = json.load(f)
    sample = suite["items"]
    items = []
    for i in range(ITEMS):
        item = dict(sample[i % len(sample)])
        item["id"] = f"{item['id']}-{i}"
        items.append(item)
    suite["items"] = items
    suite["id"] = "bench-stream"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(suite, f, ensure_ascii=False)
    return sample, [item["id"] for item in items]


def make_answers(path, count, sample, ids):
    by_model = {}
    with open(os.path.join(ROOT, "www", "samples", "sample-answers.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                by_model.setdefault(a["model"], {})[a["item"]] = a["answer"]
    models = list(by_model)
    with open(path, "w", encoding="utf-8") as f:
        for n in range(count):
            m, i = divmod(n, ITEMS)
            source = models[m % len(models)]
            original = sample[i % len(sample)]["id"]
            answer = by_model[source].get(original)
            if answer is None:
                continue
            f.write(json.dumps({"model": f"model-{m:03}", "item": ids[i], "answer": answer}, ensure_ascii=False))
            f.write("\n")


def run(args):
    """Runs `pingfen` alone in a child; its seconds and peak resident set in bytes."""
    start = time.perf_counter()
    # A fresh child per run: RUSAGE_CHILDREN's maximum is over all children waited for, so
    # each run goes through its own intermediate process.
    probe = (
        "import resource, subprocess, sys;"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE);"
        "sys.stderr.write(r.stderr.decode()[-2000:] if r.returncode else '');"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
        "sys.exit(r.returncode)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"pingfen failed ({done.returncode}): {done.stderr}")
    return seconds, int(done.stdout.strip()) * 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,300000,1000000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    if not os.path.exists(PINGFEN):
        sys.exit("build it first: cargo build --release --bin pingfen")
    os.makedirs(OUT, exist_ok=True)
    suite = os.path.join(OUT, "suite.json")
    sample, ids = make_suite(suite)
    print(f"cores: {os.cpu_count()}; suite: {ITEMS:,} items; pingfen: {PINGFEN}")
    print(f"{'answers':>10} {'file MB':>8} | {'streamed: s':>11} {'answers/s':>10} {'peak MB':>8} {'peak/file':>9} | {'whole: s':>8} {'peak MB':>8} {'peak/file':>9} | {'memory ratio':>12}")
    for size in sizes:
        answers = os.path.join(OUT, f"answers-{size}.jsonl")
        if not os.path.exists(answers):
            make_answers(answers, size, sample, ids)
        file_bytes = os.path.getsize(answers)
        common = [PINGFEN, "score", "--suite", suite, "--answers", answers, "--lang", "en"]
        items = os.path.join(OUT, f"items-{size}.csv")
        board = os.path.join(OUT, f"board-{size}.csv")
        s_time, s_peak = run([*common, "--leaderboard", board, "--items", items])
        line = f"{size:>10,} {file_bytes / 1e6:>8.1f} | {s_time:>11.1f} {size / s_time:>10,.0f} {s_peak / 1e6:>8.1f} {s_peak / file_bytes:>9.2f} |"
        if file_bytes <= WHOLE_LIMIT:
            whole_board = os.path.join(OUT, f"board-{size}-whole.csv")
            w_time, w_peak = run([*common, "--leaderboard", whole_board, "--items", items + ".whole.csv", "--out", os.path.join(OUT, f"scorebook-{size}.json")])
            with open(board, "rb") as a, open(whole_board, "rb") as b:
                same = "same board" if a.read() == b.read() else "BOARDS DIFFER"
            line += f" {w_time:>8.1f} {w_peak / 1e6:>8.1f} {w_peak / file_bytes:>9.2f} | {w_peak / s_peak:>10.1f}x  {same}"
        else:
            line += f" {'(over the 64 MB whole-file limit)':>28} |"
        print(line, flush=True)


if __name__ == "__main__":
    main()
