"""Run two peer multiple-choice extractors, unmodified, on the labelled choice sets.

Reads ../raw-zh-Hans.jsonl, ../raw-zh-Hant.jsonl, ../raw-en.jsonl (in that order) and
writes picks.jsonl beside this file, and the same for ../holdout/ into holdout-picks.jsonl:
one line per case, in file order,
{"id": ..., "opencompass": "B" | "BD" | null, "lm_eval": "B" | null}.

Only id, options, option_texts, multi and text are read; `expected` is never looked at.
Run it with the virtualenv that setup.sh builds.
"""

import importlib.metadata
import importlib.util
import json
import os
import re
import sys
import warnings
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
# (files read, in order; file written beside this one): the set split into development and
# test halves, and the held-out set written after the rules were done.
SETS = [
    (["raw-zh-Hans.jsonl", "raw-zh-Hant.jsonl", "raw-en.jsonl"], "picks.jsonl"),
    (["holdout/zh-Hans.jsonl", "holdout/zh-Hant.jsonl", "holdout/en.jsonl"], "holdout-picks.jsonl"),
    (["holdout2/zh-Hans.jsonl", "holdout2/zh-Hant.jsonl", "holdout2/en.jsonl"], "holdout2-picks.jsonl"),
    (["holdout3/zh-Hans.jsonl", "holdout3/zh-Hant.jsonl", "holdout3/en.jsonl"], "holdout3-picks.jsonl"),
    (["holdout4/zh-Hans.jsonl", "holdout4/zh-Hant.jsonl", "holdout4/en.jsonl"], "holdout4-picks.jsonl"),
    (["holdout5/zh-Hans.jsonl", "holdout5/zh-Hant.jsonl", "holdout5/en.jsonl"], "holdout5-picks.jsonl"),
    (["holdout6/zh-Hans.jsonl", "holdout6/zh-Hant.jsonl", "holdout6/en.jsonl"], "holdout6-picks.jsonl"),
    (["holdout7/zh-Hans.jsonl", "holdout7/zh-Hant.jsonl", "holdout7/en.jsonl"], "holdout7-picks.jsonl"),
    (["holdout8/zh-Hans.jsonl", "holdout8/zh-Hant.jsonl", "holdout8/en.jsonl"], "holdout8-picks.jsonl"),
    (["holdout9/zh-Hans.jsonl", "holdout9/zh-Hant.jsonl", "holdout9/en.jsonl"], "holdout9-picks.jsonl"),
    (["holdout10/zh-Hans.jsonl", "holdout10/zh-Hant.jsonl", "holdout10/en.jsonl"], "holdout10-picks.jsonl"),
    (["holdout11/zh-Hans.jsonl", "holdout11/zh-Hant.jsonl", "holdout11/en.jsonl"], "holdout11-picks.jsonl"),
    (["holdout12/zh-Hans.jsonl", "holdout12/zh-Hant.jsonl", "holdout12/en.jsonl"], "holdout12-picks.jsonl"),
    (["holdout13/zh-Hans.jsonl", "holdout13/zh-Hant.jsonl", "holdout13/en.jsonl"], "holdout13-picks.jsonl"),
]


def load_opencompass_postprocessors():
    """Load opencompass/utils/text_postprocessors.py from the installed package.

    Importing it as opencompass.utils.text_postprocessors would run
    opencompass/utils/__init__.py, which imports most of OpenCompass (torch, datasets, ...).
    The file itself only needs opencompass.registry (mmengine), so it is loaded on its own,
    byte for byte as installed.
    """
    import opencompass

    path = os.path.join(os.path.dirname(opencompass.__file__), "utils", "text_postprocessors.py")
    spec = importlib.util.spec_from_file_location("opencompass_text_postprocessors", path)
    module = importlib.util.module_from_spec(spec)
    with warnings.catch_warnings():
        # its non-raw f-string patterns ('\s') raise invalid-escape warnings on compile
        warnings.simplefilter("ignore")
        spec.loader.exec_module(module)
    return module


def lm_eval_filter():
    """MultiChoiceRegexFilter as the "flexible-extract" filter of
    lm_eval/tasks/mmlu/flan_cot_zeroshot/_mmlu_flan_cot_zeroshot_template_yaml configures it
    (followed there by take_first, i.e. the first and only response)."""
    from lm_eval.filters.extraction import MultiChoiceRegexFilter

    return MultiChoiceRegexFilter(
        regex_pattern="(\\([A-Z]\\))",
        group_select=-1,
        ignore_case=True,
        ignore_punctuation=True,
    )


def letters(s):
    """A sorted set of uppercase letters, or None when empty."""
    return "".join(sorted(set(s))) or None


LM_EVAL_OUT = re.compile(r"^\(?([A-Ha-h])\)?$")


def main():
    oc = load_opencompass_postprocessors()
    lm_filter = lm_eval_filter()
    for raw_files, out in SETS:
        run(oc, lm_filter, raw_files, os.path.join(HERE, out))


def run(oc, lm_filter, RAW_FILES, OUT):
    fallback = lm_filter.fallback

    rows = []
    odd_lm_eval = []  # lm_eval outputs that are neither "(X)" nor the fallback
    for name in RAW_FILES:
        with open(os.path.join(SET_DIR, name), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                case = json.loads(line)
                options = case["options"]
                text = case["text"]

                if case["multi"]:
                    oc_raw = oc.multiple_select_postprocess(text)
                else:
                    oc_raw = oc.first_option_postprocess(text, options)
                # "" means no pick; otherwise the string as returned (already sorted letters
                # for multiple_select_postprocess, one letter for first_option_postprocess)
                oc_pick = letters(oc_raw) if oc_raw != "" else None

                doc = {"choices": [case["option_texts"][k] for k in options]}
                lm_raw = lm_filter.apply([[text]], [doc])[0][0]  # take_first
                if lm_raw == fallback:
                    lm_pick = None
                else:
                    m = LM_EVAL_OUT.match(lm_raw.strip())
                    lm_pick = m.group(1).upper() if m else None
                    if not re.fullmatch(r"\([A-Z]\)", lm_raw):
                        odd_lm_eval.append((case["id"], lm_raw, lm_pick))

                rows.append({"id": case["id"], "opencompass": oc_pick, "lm_eval": lm_pick})

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def summary(key):
        c = Counter("null" if r[key] is None else ("multi" if len(r[key]) > 1 else "single")
                    for r in rows)
        return f"{c['single']} single-letter, {c['multi']} multi-letter, {c['null']} null"

    print(f"opencompass {importlib.metadata.version('opencompass')}: {summary('opencompass')}")
    print(f"lm_eval {importlib.metadata.version('lm_eval')}: {summary('lm_eval')}")
    for cid, raw, pick in odd_lm_eval:
        print(f"  lm_eval returned {raw!r} for {cid} -> {pick}")
    print(f"wrote {len(rows)} lines to {os.path.relpath(OUT, os.getcwd())}")


if __name__ == "__main__":
    sys.exit(main())
