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
