"""Golden vectors for Gwet's AC1 and AC2 (core::stats::agreement::gwet).

    python3 -m venv target/gwet-venv
    target/gwet-venv/bin/pip install -r tests/golden/gwet/requirements.txt
    target/gwet-venv/bin/python tests/golden/gwet/generate.py

Writes tests/golden/gwet/expected.json; tests/stats.rs (and tests/web.rs, in the browser)
compare Pingfen with it. The reference is irrCAC 0.4.4, the Python port of Gwet's own R
package: `CAC(ratings, weights, categories, digits=17).gwet()`, AC1 with identity weights and
AC2 with quadratic weights, over raters' ratings with some missing, the scale's categories
given. It has its own environment: irrCAC pins older pandas and scipy than the statistics
generator's (tests/golden/stats/requirements.txt).

The ratings are random but seeded: from near-unanimous units (where kappa and alpha collapse
towards 0 however well raters agree, the case AC1 is for) to noisy ones.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from irrCAC.raw import CAC

OUT = Path(__file__).resolve().parent / "expected.json"
draws = np.random.default_rng(20261205)
cases = []
for case in range(24):
    low, high = [(1, 5), (1, 7), (0, 1), (1, 3)][case % 4]
    units, raters = int(draws.integers(8, 40)), int(draws.integers(2, 6))
    skewed = case % 3 == 0
    table = []
    for _ in range(units):
        truth = high if skewed and draws.random() < 0.9 else int(draws.integers(low, high + 1))
        row = []
        for _ in range(raters):
            if draws.random() < 0.15:
                row.append(None)
            else:
                step = int(draws.integers(-1, 2)) if draws.random() < 0.4 else 0
                row.append(int(np.clip(truth + step, low, high)))
        if all(v is None for v in row):
            row[0] = truth
        table.append(row)
    categories = list(range(low, high + 1))
    frame = pd.DataFrame([[np.nan if v is None else float(v) for v in row] for row in table])
    result = {"categories": categories, "skewed": skewed, "units": [[v for v in row if v is not None] for row in table]}
    for name, weights in [("ac1", "identity"), ("ac2_quadratic", "quadratic")]:
        cac = CAC(frame, weights=weights, categories=[float(c) for c in categories], digits=17)
        result[name] = float(cac.gwet()["est"]["coefficient_value"])
    cases.append(result)

OUT.write_text(json.dumps({"generator": "tests/golden/gwet/generate.py", "gwet": cases}, indent=1) + "\n")
print(len(cases), "cases")
