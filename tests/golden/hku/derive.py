"""Item counts behind the HKU study's English disciplinary-expertise accuracies.

    python3 tests/golden/hku/derive.py      (standard library only)

The study (HKU Business School, 2024) reports, per model, accuracy on middle-school and on
university questions and the accuracy pooled over both. Pooling means
pooled = (k_m + k_u) / (n_m + n_u), so the published figures constrain the question counts
n_m, n_u and each model's correct answers k_m, k_u. This searches the smallest counts for
which integers k reproduce every published figure to two decimals, and writes them to
counts.json, which tests/aggregate.rs turns into item-level answers.

Its answer: 299 middle-school and 463 university questions (every solution up to 1,500 /
2,500 is a multiple of it: 598 / 926, 897 / 1389). The share of middle-school questions,
299 / 762 = 0.392, is what each model's three figures imply on their own:
(pooled − university) / (middle − university) = 0.392 for all four models.
"""
import json
from pathlib import Path

PUBLISHED = {  # middle school, university, pooled (%)
    "GPT-4 Turbo": (83.95, 72.14, 76.77),
    "GPT-4": (81.94, 73.22, 76.64),
    "Gemini Pro": (79.93, 60.69, 68.24),
    "ERNIE Bot 4": (69.23, 66.09, 67.32),
}


def matching(percent, n):
    return [k for k in range(n + 1) if round(100 * k / n, 2) == percent]


def solve(limit_middle=1500, limit_university=2500):
    for n_m in range(1, limit_middle):
        middle = {m: matching(v[0], n_m) for m, v in PUBLISHED.items()}
        if not all(middle.values()):
            continue
        for n_u in range(1, limit_university):
            correct = {}
            for model, (_, university, pooled) in PUBLISHED.items():
                hits = [(a, b) for a in middle[model] for b in matching(university, n_u)
                        if round(100 * (a + b) / (n_m + n_u), 2) == pooled]
                if not hits:
                    break
                correct[model] = hits[0]
            else:
                return n_m, n_u, correct
    raise SystemExit("no counts reproduce the table")


n_m, n_u, correct = solve()
result = {"middle_school": n_m, "university": n_u,
          "correct": {m: {"middle_school": a, "university": b} for m, (a, b) in correct.items()}}
Path(__file__).with_name("counts.json").write_text(json.dumps(result, indent=2) + "\n")
print(json.dumps(result))
