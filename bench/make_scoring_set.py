"""Builds the scoring benchmark set: 16 fictional models x 1,000 items, for zh and for en.

Items cycle through the non-empty references of tests/golden/metrics/corpus.jsonl; each
model's answer is its reference perturbed deterministically (words dropped, swapped and
replaced at a model-specific rate), so the scores spread as real models' do.
Writes target/bench/scoring-zh.jsonl and scoring-en.jsonl: {"id","lang","hypothesis","references"}.
"""
import json
import random
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[1]
out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "target/bench"
corpus = [json.loads(line) for line in (root / "tests/golden/metrics/corpus.jsonl").open(encoding="utf-8")]
FILLER = {"zh": list("的了是在和有也就都而及与或但"), "en": "the of and a to in is that it for".split()}

for lang in ("zh", "en"):
    refs = [r for item in corpus if item["lang"] == lang for r in item["references"] if r.strip()]
    rows = []
    for model in range(16):
        rng = random.Random(model)
        rate = 0.05 + 0.03 * model
        for i in range(1000):
            reference = refs[i % len(refs)]
            units = list(reference) if lang == "zh" else reference.split()
            out = []
            for unit in units:
                roll = rng.random()
                if roll < rate / 3:
                    continue
                if roll < 2 * rate / 3:
                    out.append(rng.choice(FILLER[lang]))
                else:
                    out.append(unit)
                if rng.random() < rate / 3 and len(out) > 1:
                    out[-1], out[-2] = out[-2], out[-1]
            hypothesis = "".join(out) if lang == "zh" else " ".join(out)
            rows.append({"id": f"m{model:02d}-{lang}-{i:04d}", "lang": lang, "hypothesis": hypothesis,
                         "references": [reference]})
    with (out_dir / f"scoring-{lang}.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

# The same Chinese answers as a scorebook the app opens (bench/load.mjs): a suite of the
# reference items (BLEU, chrF, ROUGE-L), the models named bench-model-0…15.
sample = json.load((root / "www/samples/sample-suite.json").open(encoding="utf-8"))
zh = [json.loads(line) for line in (out_dir / "scoring-zh.jsonl").open(encoding="utf-8")]
# Only the Chinese rows whose reference is plainly Chinese (a few of the corpus's are English
# or mixed), so every item passes the suite's language check.
def plainly_chinese(text):
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum("\u4e00" <= c <= "\u9fff" for c in letters) / len(letters) > 0.8
kept = sorted({int(row["id"][-4:]) for row in zh if plainly_chinese(row["references"][0])})
items = [{"id": f"zh-{i:04d}", "lang": "zh", "dimension": "language", "subtask": "translation", "kind": "reference",
          "prompt": "翻译", "references": zh[i]["references"], "metrics": ["chrf", "bleu", "rougeL"]} for i in kept]
suite = {k: sample[k] for k in ("schema", "title", "description", "dimensions", "scales") if k in sample}
suite.update({"id": "bench-16x1000", "items": items})
answers = [{"model": f"bench-model-{int(row['id'][1:3])}", "item": f"zh-{int(row['id'][-4:]):04d}", "answer": row["hypothesis"]}
           for row in zh if int(row["id"][-4:]) in set(kept)]
book = {"schema": "pingfen.scorebook/1", "app_version": "bench", "created": "2026-01-01T00:00:00Z", "suite": suite, "answers": answers,
        "ratings": [], "votes": []}
with (out_dir / "scoring-16x1000.scorebook.json").open("w", encoding="utf-8") as f:
    json.dump(book, f, ensure_ascii=False)
