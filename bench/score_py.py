"""Python reference throughput: sentence BLEU (sacrebleu, zh/13a tokenizer, exp smoothing,
effective order) + sentence chrF (sacrebleu) + ROUGE-L (rouge-score; Chinese tokenized with
jieba, as a Python user would) for every line of a scoring set. Prints one JSON line."""
import json
import logging
import sys
import time

import jieba
from rouge_score import rouge_scorer
from sacrebleu.metrics import BLEU, CHRF

jieba.setLogLevel(logging.WARNING)
jieba.initialize()
path, lang = sys.argv[1], sys.argv[2]
rows = [json.loads(line) for line in open(path, encoding="utf-8")]


class Jieba:
    def tokenize(self, text):
        return [w for w in jieba.cut(text.lower()) if w.strip()]


bleu = BLEU(tokenize="zh" if lang == "zh" else "13a", effective_order=True)
chrf = CHRF()
rouge = rouge_scorer.RougeScorer(["rougeL"], tokenizer=Jieba() if lang == "zh" else None)

started = time.perf_counter()
total = 0.0
for row in rows:
    total += bleu.sentence_score(row["hypothesis"], row["references"]).score
    total += chrf.sentence_score(row["hypothesis"], row["references"]).score
    total += rouge.score_multi(row["references"], row["hypothesis"])["rougeL"].fmeasure
seconds = time.perf_counter() - started
print(json.dumps({"runner": f"python-{lang}", "items": len(rows), "seconds": round(seconds, 3),
                  "items_per_s": round(len(rows) / seconds, 1), "checksum": round(total, 3)}))
