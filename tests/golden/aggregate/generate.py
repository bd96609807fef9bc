"""Golden vectors for Pingfen's aggregation and its paired permutation test.

    target/stats-venv/bin/python tests/golden/aggregate/generate.py   (pins: tests/golden/stats/requirements.txt)

Writes tests/golden/aggregate/expected.json; tests/aggregate.rs compares Pingfen with it.

- Roll-ups are computed independently with pandas: item -> sub-task (weighted mean of items)
  -> dimension -> language -> overall, micro (weighted mean of all items below) or macro
  (weighted mean of the children's scores) at each level above the sub-task, for all eight
  rule combinations, with item, sub-task, dimension and language weights and missing scores.
- The paired permutation test is SciPy's `permutation_test` (permutation_type="samples",
  exact enumeration, two-sided) with the roll-up difference as its statistic.
"""
import itertools
import json
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
from scipy.stats import permutation_test

OUT = Path(__file__).resolve().parent / "expected.json"
assert scipy.__version__ == "1.17.1", scipy.__version__
rng = np.random.default_rng(7)


def random_case(n_models=3, small=False):
    dims = []
    items = []
    for d in range(int(rng.integers(1, 4))):
        subtasks = []
        for s in range(int(rng.integers(1, 4))):
            subtasks.append({"id": f"s{s}", "name": {"en": f"s{s}"}, "weight": float(rng.choice([1.0, 0.5, 2.0, 3.0]))})
        dims.append({"id": f"d{d}", "name": {"en": f"d{d}"}, "weight": float(rng.choice([1.0, 0.5, 2.0])), "subtasks": subtasks})
    for lang in ("zh", "en"):
        for dim in dims:
            for sub in dim["subtasks"]:
                for k in range(int(rng.integers(1, 3 if small else 7))):
                    items.append({
                        "id": f"{lang}-{dim['id']}-{sub['id']}-{k}", "lang": lang, "dimension": dim["id"],
                        "subtask": sub["id"], "kind": "open", "prompt": "?",
                        "weight": float(rng.choice([1.0, 1.0, 2.0, 0.5])),
                    })
    suite = {"schema": "pingfen.suite/1", "id": "golden", "title": {"en": "golden"}, "dimensions": dims, "items": items}
    scores = {}
    for m in range(n_models):
        row = []
        for _ in items:
            r = rng.random()
            row.append(None if r < 0.1 else float(rng.choice([0.0, 100.0])) if r < 0.5 else round(float(rng.random() * 100), 3))
        scores[f"m{m}"] = row
    return suite, scores


def frame(suite, row):
    df = pd.DataFrame(suite["items"])
    df["score"] = row
    df = df.dropna(subset=["score"])
    return df


def wmean(values, weights):
    values, weights = np.asarray(values, float), np.asarray(weights, float)
    return None if weights.sum() <= 0 else float((values * weights).sum() / weights.sum())


def rollup(suite, row, rule, lang_weights):
    """Cell key -> score, computed with pandas group-bys."""
    df = frame(suite, row)
    cells = {}
    sub_w = {(d["id"], s["id"]): s["weight"] for d in suite["dimensions"] for s in d["subtasks"]}
    dim_w = {d["id"]: d["weight"] for d in suite["dimensions"]}
    lang_scores = {}
    for lang in ("zh", "en"):
        ldf = df[df.lang == lang]
        dim_scores = {}
        for dim in suite["dimensions"]:
            ddf = ldf[ldf.dimension == dim["id"]]
            sub_scores = {}
            for (sub,), g in ddf.groupby(["subtask"]):
                sub_scores[sub] = wmean(g.score, g.weight)
                cells[f"{lang}/{dim['id']}/{sub}"] = sub_scores[sub]
            if rule["subtasks"] == "micro":
                score = wmean(ddf.score, ddf.weight) if len(ddf) else None
            else:
                subs = [(v, sub_w[(dim["id"], k)]) for k, v in sub_scores.items() if v is not None]
                score = wmean([v for v, _ in subs], [w for _, w in subs]) if subs else None
            cells[f"{lang}/{dim['id']}"] = score
            if score is not None:
                dim_scores[dim["id"]] = score
        if rule["dimensions"] == "micro":
            score = wmean(ldf.score, ldf.weight) if len(ldf) else None
        else:
            score = wmean(list(dim_scores.values()), [dim_w[k] for k in dim_scores]) if dim_scores else None
        cells[lang] = score
        if score is not None:
            lang_scores[lang] = score
    if rule["languages"] == "micro":
        cells["all"] = wmean(df.score, df.weight) if len(df) else None
    else:
        cells["all"] = wmean(list(lang_scores.values()), [lang_weights[k] for k in lang_scores]) if lang_scores else None
    return cells


def rollup_cases():
    cases = []
    for _ in range(12):
        suite, scores = random_case()
        rules = []
        for subtasks, dimensions, languages in itertools.product(["micro", "macro"], repeat=3):
            rule = {"subtasks": subtasks, "dimensions": dimensions, "languages": languages,
                    "language_weights": {"zh": float(rng.choice([1.0, 2.0])), "en": 1.0}}
            expected = {m: rollup(suite, row, rule, rule["language_weights"]) for m, row in scores.items()}
            rules.append({"rule": rule, "expected": expected})
        cases.append({"suite": suite, "scores": scores, "rules": rules})
    return cases


def permutation_cases():
    cases = []
    while len(cases) < 15:
        suite, scores = random_case(n_models=2, small=True)
        a, b = scores["m0"], scores["m1"]
        both = [x is not None and y is not None for x, y in zip(a, b)]
        a = [x if ok else None for x, ok in zip(a, both)]
        b = [y if ok else None for y, ok in zip(b, both)]
        idx = [i for i, ok in enumerate(both) if ok]
        differing = [i for i in idx if a[i] != b[i]]
        if not (3 <= len(differing) <= 8):
            continue
        rule = {"subtasks": "macro", "dimensions": "micro" if len(cases) % 2 else "macro", "languages": "macro",
                "language_weights": {"zh": 1.0, "en": 1.0}}
        scope = ["all", "zh", "en"][len(cases) % 3]

        def statistic(x, y):
            ra, rb = list(a), list(b)
            for pos, i in enumerate(idx):
                ra[i], rb[i] = float(x[pos]), float(y[pos])
            sa = rollup(suite, ra, rule, rule["language_weights"])[scope]
            sb = rollup(suite, rb, rule, rule["language_weights"])[scope]
            return sa - sb

        x = np.array([a[i] for i in idx])
        y = np.array([b[i] for i in idx])
        result = permutation_test((x, y), statistic, permutation_type="samples", vectorized=False,
                                  n_resamples=np.inf, alternative="two-sided")
        cases.append({"suite": suite, "scores": {"m0": a, "m1": b}, "rule": rule, "scope": scope,
                      "statistic": float(result.statistic), "p_value": float(result.pvalue)})
    return cases


golden = {"generator": "tests/golden/aggregate/generate.py", "rollups": rollup_cases(), "permutation": permutation_cases()}
OUT.write_text(json.dumps(golden) + "\n")
print({k: len(v) for k, v in golden.items() if isinstance(v, list)})
