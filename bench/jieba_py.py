"""Python jieba's segmentation throughput on the same text, for scripts/bench.sh.

Cuts with jieba.cut(text, HMM=True) and drops white-space tokens, as Pingfen's tokenize does.
Prints one JSON line. Versions pinned in bench/requirements.txt.
"""
import json
import logging
import sys
import time

import jieba

jieba.setLogLevel(logging.WARNING)
text = open(sys.argv[1], encoding="utf-8").read()

started = time.perf_counter()
jieba.initialize()
build_ms = (time.perf_counter() - started) * 1e3

best = float("inf")
words = 0
for _ in range(3):
    started = time.perf_counter()
    words = sum(1 for w in jieba.cut(text, HMM=True) if w.strip())
    best = min(best, time.perf_counter() - started)

size = len(text.encode("utf-8"))
print(json.dumps({
    "runner": "python-jieba", "version": jieba.__version__, "bytes": size, "words": words,
    "build_ms": round(build_ms, 1), "seconds": round(best, 4), "mb_per_s": round(size / 1e6 / best, 3),
}))
