"""Scores one held-out set with the `pingfen extract-choice` CLI beside the peers' picks.

    cargo build && python3 tests/golden/choice-set/score_cli.py holdout5 [target/debug/pingfen]

Prints the exact option set overall, per language and on multi-select questions, and the
picks made where the answer commits to nothing, for Pingfen, OpenCompass and lm-eval (their
picks from peers/<set>-picks.jsonl, made by peers/setup.sh).
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    name = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "../../../target/debug/pingfen")
    cases = []
    for f in ["zh-Hans.jsonl", "zh-Hant.jsonl", "en.jsonl"]:
        with open(os.path.join(HERE, name, f), encoding="utf-8") as lines:
            cases += [json.loads(line) for line in lines if line.strip()]
    request = "".join(
        json.dumps({k: c[k] for k in ("id", "text", "options", "option_texts", "multi")}, ensure_ascii=False) + "\n" for c in cases
    )
    run = subprocess.run([binary, "extract-choice"], input=request.encode(), capture_output=True, check=True)
    pingfen = {o["id"]: o["choice"] for o in map(json.loads, run.stdout.decode().splitlines())}
    with open(os.path.join(HERE, "peers", f"{name}-picks.jsonl"), encoding="utf-8") as lines:
        peers = {p["id"]: p for p in map(json.loads, lines)}
    extractors = [("Pingfen", lambda c: pingfen[c["id"]]), ("OpenCompass", lambda c: peers[c["id"]]["opencompass"]), ("lm-eval", lambda c: peers[c["id"]]["lm_eval"])]
    groups = [("all", lambda c: True), ("zh-Hans", lambda c: c["lang"] == "zh-Hans"), ("zh-Hant", lambda c: c["lang"] == "zh-Hant"), ("en", lambda c: c["lang"] == "en"), ("multi-select", lambda c: c["multi"])]
    print(f"{name}, {len(cases)} answers")
    for label, pick in extractors:
        cells = []
        for group, keep in groups:
            chosen = [c for c in cases if keep(c)]
            right = sum(pick(c) == c["expected"] for c in chosen)
            cells.append(f"{group} {100 * right / max(len(chosen), 1):.1f} % of {len(chosen)}")
        nothing = [c for c in cases if c["expected"] is None]
        cells.append(f"picks on no-commit {sum(pick(c) is not None for c in nothing)} of {len(nothing)}")
        print(f"  {label}: " + " | ".join(cells))


if __name__ == "__main__":
    main()
