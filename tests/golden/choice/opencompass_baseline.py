"""Accuracy of OpenCompass's `first_option_postprocess` on Pingfen's labelled answers, for
comparison with Pingfen's extractor (`cargo test --test choice -- --nocapture` prints ours).

    target/golden-venv/bin/pip install --no-deps opencompass==0.5.4
    target/golden-venv/bin/python tests/golden/choice/opencompass_baseline.py

OpenCompass's module is loaded unmodified; only its registry import (which would pull in
mmengine and torch) is replaced by a stub that registers nothing. Prints one JSON line.
"""
import importlib.util
import json
import sys
import types
from pathlib import Path

registry = types.ModuleType("opencompass.registry")


class _Registry:
    def register_module(self, *args, **kwargs):
        return lambda f: f


registry.TEXT_POSTPROCESSORS = _Registry()
sys.modules["opencompass.registry"] = registry

spec = importlib.util.find_spec("opencompass")
path = Path(spec.submodule_search_locations[0]) / "utils" / "text_postprocessors.py"
module_spec = importlib.util.spec_from_file_location("oc_text_postprocessors", path)
module = importlib.util.module_from_spec(module_spec)
module_spec.loader.exec_module(module)

answers = Path(__file__).with_name("answers.jsonl")
rows = [json.loads(line) for line in answers.open(encoding="utf-8")]
right = picks_on_none = single_right = singles = 0
for row in rows:
    got = module.first_option_postprocess(row["text"], row["options"]) or None
    right += got == row["expected"]
    picks_on_none += row["expected"] is None and got is not None
    if not row["multi"]:
        singles += 1
        single_right += got == row["expected"]
print(json.dumps({
    "extractor": "opencompass.first_option_postprocess", "version": "0.5.4", "items": len(rows),
    "exact_set_accuracy": round(100 * right / len(rows), 1), "picks_on_no_answer": picks_on_none,
    "single_choice_items": singles, "single_choice_accuracy": round(100 * single_right / singles, 1),
    "no_answer_items": sum(r["expected"] is None for r in rows),
}))
