"""Golden vectors for Pingfen's rater-agreement and pairwise-rating statistics.

    python3 -m venv target/stats-venv
    target/stats-venv/bin/pip install -r tests/golden/stats/requirements.txt
    target/stats-venv/bin/python tests/golden/stats/generate.py

Writes tests/golden/stats/expected.json; tests/stats.rs compares Pingfen with it.

- Cohen's kappa (unweighted, quadratic): scikit-learn `cohen_kappa_score`.
- Fleiss' kappa: statsmodels `fleiss_kappa` over `aggregate_raters`.
- Krippendorff's alpha (nominal, ordinal, interval): the `krippendorff` package, missing
  ratings as NaN.
- Bradley-Terry: scikit-learn `LogisticRegression` set up as Chatbot Arena's MLE Elo (no
  intercept, C = 1e6, columns +ln 10 / -ln 10, ties as a half-weight win plus a half-weight
  loss, rating = 1000 + 400 * coefficient), solved to a tight tolerance.
- Elo: Arena's online update (scale 400, base 10, initial 1000), restated in `online_elo`.
- Wilson's 95 % interval of a proportion (the vote-bias rates): statsmodels
  `proportion_confint(method="wilson")`, on edge counts and seeded random ones.

The data are random but seeded, drawn so that agreement ranges from none to near-perfect and
votes follow latent strengths with ties.
"""
import json
import math
from pathlib import Path

import krippendorff
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

OUT = Path(__file__).resolve().parent / "expected.json"
assert sklearn.__version__ == "1.9.1", sklearn.__version__
rng = np.random.default_rng(20240521)
SCALES = [(1, 7), (1, 5), (0, 10), (0, 1)]


def noisy_ratings(units, raters, low, high, noise):
    """Each unit has a true value; each rater reports it with noise, clipped to the scale."""
    truth = rng.integers(low, high + 1, size=units)
    data = truth[None, :] + np.rint(rng.normal(0, noise, size=(raters, units))).astype(int)
    return np.clip(data, low, high)


def cohen_cases():
    cases = []
    for i in range(40):
        low, high = SCALES[i % len(SCALES)]
        n = int(rng.integers(5, 80))
        data = noisy_ratings(n, 2, low, high, [0.3, 0.8, 1.5, 4.0][i % 4])
        a, b = data[0].tolist(), data[1].tolist()
        if len(set(a) | set(b)) < 2:
            continue
        cases.append({
            "pairs": [[x, y] for x, y in zip(a, b)],
            "none": float(cohen_kappa_score(a, b)),
            "quadratic": float(cohen_kappa_score(a, b, weights="quadratic")),
        })
    return cases


def fleiss_cases():
    cases = []
    for i in range(25):
        low, high = SCALES[i % len(SCALES)]
        raters = int(rng.integers(2, 7))
        units = int(rng.integers(5, 60))
        data = noisy_ratings(units, raters, low, high, [0.3, 0.8, 1.5, 4.0][i % 4])
        table, _ = aggregate_raters(data.T)
        value = float(fleiss_kappa(table, method="fleiss"))
        if math.isnan(value):
            continue
        cases.append({"units": data.T.tolist(), "kappa": value})
    return cases


def krippendorff_cases():
    cases = []
    for i in range(40):
        low, high = SCALES[i % len(SCALES)]
        raters = int(rng.integers(2, 7))
        units = int(rng.integers(4, 50))
        data = noisy_ratings(units, raters, low, high, [0.3, 0.8, 1.5, 4.0][i % 4]).astype(float)
        data[rng.random(data.shape) < [0.0, 0.1, 0.3, 0.5][i % 4]] = np.nan
        values = [[v for v in column if not math.isnan(v)] for column in data.T]
        case = {"units": values}
        pairable = [v for unit in values if len(unit) >= 2 for v in unit]
        if len(set(pairable)) < 2:
            continue
        for level in ("nominal", "ordinal", "interval"):
            case[level] = float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))
        cases.append(case)
    return cases


def arena_bradley_terry(models, battles):
    """Arena's MLE Elo: logistic regression on +-ln(10) indicators, ties as half wins."""
    rows, ys, weights = [], [], []
    for a, b, score in battles:
        x = np.zeros(models)
        x[a] += math.log(10)
        x[b] -= math.log(10)
        for y, w in ((1.0, score), (0.0, 1.0 - score)):
            if w > 0:
                rows.append(x)
                ys.append(y)
                weights.append(w)
    model = LogisticRegression(fit_intercept=False, C=1e6, tol=1e-12, max_iter=100_000, solver="newton-cholesky")
    model.fit(np.array(rows), np.array(ys), sample_weight=np.array(weights))
    return (400 * model.coef_[0] + 1000).tolist()


def online_elo(models, battles, k):
    ratings = [1000.0] * models
    for a, b, score in battles:
        ea = 1 / (1 + 10 ** ((ratings[b] - ratings[a]) / 400))
        eb = 1 / (1 + 10 ** ((ratings[a] - ratings[b]) / 400))
        ratings[a] += k * (score - ea)
        ratings[b] += k * (1 - score - eb)
    return ratings


def pairwise_cases():
    cases = []
    for i in range(20):
        models = int(rng.integers(2, 9))
        votes = int(rng.integers(15, 400))
        strength = rng.normal(0, 1.0, size=models)
        battles = []
        while len(battles) < votes:
            a, b = rng.choice(models, size=2, replace=False).tolist()
            p = 1 / (1 + math.exp(strength[b] - strength[a]))
            r = rng.random()
            score = 0.5 if r < 0.15 else (1.0 if rng.random() < p else 0.0)
            battles.append([a, b, score])
        # Both classes must be present for scikit-learn; the draw above ensures it in practice.
        cases.append({
            "models": models,
            "battles": battles,
            "bradley_terry": arena_bradley_terry(models, battles),
            "elo_k4": online_elo(models, battles, 4),
            "elo_k32": online_elo(models, battles, 32),
        })
    return cases


def wilson_cases():
    """Counts at the edges (none, all, one of one) and seeded random ones, small to large."""
    from statsmodels.stats.proportion import proportion_confint

    draws = np.random.default_rng(20261204)
    pairs = [(0, 1), (1, 1), (0, 10), (3, 10), (5, 10), (10, 10), (1, 3), (2, 7), (53, 100), (68, 100), (526, 1000)]
    for _ in range(20):
        total = int(draws.integers(1, 2000))
        pairs.append((int(draws.integers(0, total + 1)), total))
    cases = []
    for count, total in pairs:
        low, high = proportion_confint(count, total, alpha=0.05, method="wilson")
        cases.append({"count": count, "total": total, "low": float(low), "high": float(high)})
    return cases


golden = {
    "generator": "tests/golden/stats/generate.py",
    "cohen": cohen_cases(),
    "fleiss": fleiss_cases(),
    "krippendorff": krippendorff_cases(),
    "pairwise": pairwise_cases(),
    "wilson": wilson_cases(),
}
OUT.write_text(json.dumps(golden, indent=1) + "\n")
print({k: len(v) for k, v in golden.items() if isinstance(v, list)})
