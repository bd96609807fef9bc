"""Splits the labelled answers into a development half and a test half, before any rule is
written against them: within each (language, phrasing family) the cases are shuffled with a
fixed seed and dealt alternately. Rules are written against `dev`; `test` is scored once, at
the end, and that is the number reported. Reads raw-*.jsonl, writes split.json (ids only).

    python3 tests/golden/choice-set/split.py
"""
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
SEED = "pingfen-choice-set-2026-12-01"

cases = [json.loads(line) for path in sorted(HERE.glob("raw-*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
strata = defaultdict(list)
for case in cases:
    strata[(case["lang"], case["family"])].append(case["id"])
rng = random.Random(SEED)
split = {"seed": SEED, "dev": [], "test": []}
for key in sorted(strata):
    ids = sorted(strata[key])
    rng.shuffle(ids)
    # Odd-sized strata alternate which half gets the extra case, so the halves stay even.
    first = "dev" if rng.random() < 0.5 else "test"
    second = "test" if first == "dev" else "dev"
    for i, case_id in enumerate(ids):
        split[first if i % 2 == 0 else second].append(case_id)
split["dev"].sort()
split["test"].sort()
(HERE / "split.json").write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(cases)} cases: dev {len(split['dev'])}, test {len(split['test'])}")
