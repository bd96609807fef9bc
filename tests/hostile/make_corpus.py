#!/usr/bin/env python3
"""Writes tests/hostile/corpus.json: the hostile inputs Pingfen must meet calmly, each with the
outcome a user should get. Small inputs are stored whole (base64); large ones (a 10 MB cell,
1,000,000 rows, 200,000-deep JSON, a zip bomb) as a recipe `generate` the runners expand the
same way (tests/hostile.rs natively, tests/e2e/hostile.spec.mjs in the app).

Run: python3 tests/hostile/make_corpus.py  (Python 3 standard library only; deterministic)."""
import base64
import json
import os

HEADER = "model,item,answer\n"
ZH_HEADER = "模型,題號,回答\n"
ROWS = "Model-A,zh-qa-01,北京\nModel-A,en-qa-01,Paris\n"
TRAD = "甲模型,zh-qa-01,\"臺北是臺灣的首都，天氣潮濕。\"\n甲模型,zh-qa-02,\"颱風來臨時應留在室內。\"\n"
SUITE = json.dumps({
    "schema": "pingfen.suite/1", "id": "hostile", "title": {"en": "Hostile"},
    "dimensions": [{"id": "d", "name": {"en": "D"}, "subtasks": [{"id": "s", "name": {"en": "S"}}]}],
    "items": [{"id": "q1", "lang": "en", "dimension": "d", "subtask": "s", "kind": "reference",
               "prompt": "Say hi", "references": ["hi"], "metrics": ["chrf"]}],
}, ensure_ascii=False)

cases = []


def case(name, data, expect, why):
    if isinstance(data, str):
        data = data.encode("utf-8")
    cases.append({"file": name, "why": why, "base64": base64.b64encode(data).decode(), "expect": expect})


def generated(name, recipe, expect, why):
    cases.append({"file": name, "why": why, "generate": recipe, "expect": expect})


def loads(holds, count=None):
    out = {"outcome": "loads", "holds": holds}
    if count is not None:
        out["count"] = count
    return out


def refused(key, line=None):
    out = {"outcome": "refused", "key": key}
    if line is not None:
        out["line"] = line
    return out


# Encodings.
case("utf8.csv", HEADER + ROWS, dict(loads("answers", 2), read_as=None), "plain UTF-8")
case("utf8-bom.csv", b"\xef\xbb\xbf" + (HEADER + ROWS).encode(), loads("answers", 2), "UTF-8 with a byte-order mark (Excel's CSV UTF-8)")
case("utf16le-bom.csv", b"\xff\xfe" + (HEADER + ROWS).encode("utf-16-le"), loads("answers", 2), "UTF-16 LE with a BOM (Excel's Unicode text)")
case("utf16be-bom.csv", b"\xfe\xff" + (HEADER + ROWS).encode("utf-16-be"), loads("answers", 2), "UTF-16 BE with a BOM")
case("utf16le.csv", (HEADER + ROWS).encode("utf-16-le"), dict(loads("answers", 2), read_as="UTF-16LE"), "UTF-16 LE without a BOM")
case("utf16be.csv", (HEADER + ROWS).encode("utf-16-be"), loads("answers", 2), "UTF-16 BE without a BOM")
case("utf16le-ascii.jsonl", ('{"model":"M","item":"en-qa-01","answer":"Paris"}\n{"model":"M","item":"zh-qa-01","answer":"Beijing"}\n').encode("utf-16-le"),
     dict(loads("answers", 2), read_as="UTF-16LE"), "UTF-16 LE without a BOM, all ASCII: also valid UTF-8, with a NUL in every other byte")
case("gb18030.csv", (ZH_HEADER.replace("題號", "题号") + ROWS).encode("gb18030"), dict(loads("answers", 2), read_as="GBK"), "GB18030, mainland Windows Excel")
case("big5.csv", (ZH_HEADER + TRAD).encode("big5"), dict(loads("answers", 2), read_as="Big5"), "Big5, Taiwanese and Hong Kong Windows Excel")
case("shift-jis.csv", (HEADER + "モデル,zh-qa-01,東京の天気は晴れです。明日は雨でしょう。\n").encode("shift_jis"), dict(loads("answers", 1), read_as="Shift_JIS"), "Shift-JIS")
damaged = bytearray((HEADER + ROWS + "Model-B,zh-qa-01,上海\n").encode())
damaged[len((HEADER + ROWS).encode()) + 17] = 0xFF
case("damaged-utf8.csv", bytes(damaged), refused("problem-utf8-damaged", 4), "UTF-8 with one byte broken on line 4")
cut = (HEADER + ROWS + "Model-B,zh-qa-01,上海").encode()[:-2]
case("cut-utf8.csv", cut, refused("problem-utf8-cut", 4), "UTF-8 cut in the middle of its last character")
case("big5-unknown-header.csv", "名稱,內容\n甲,乙\n".encode("big5"), refused("problem-answers-csv-columns", None), "a header nobody knows, in a guessed encoding (the problem names it)")

# Empty and odd files.
case("empty.csv", b"", refused("problem-answers-csv-columns"), "an empty CSV")
case("header-only.csv", HEADER, loads("answers", 0), "a header and no rows: no answers")
case("empty.jsonl", b"", loads("answers", 0), "an empty JSONL file")
case("blank-lines.jsonl", "\n\n   \n", loads("answers", 0), "only blank lines")
case("empty.json", b"", refused("problem-json-no-schema"), "an empty .json")
case("nul-bytes.csv", (HEADER + "Model-A,zh-qa-01,a\x00b\n").encode(), loads("answers", 1), "a NUL byte inside an answer stays text")
case("nul-only.csv", b"\x00" * 64, refused("problem-answers-csv-columns"), "nothing but NUL bytes")
case("crlf.csv", (HEADER + ROWS).replace("\n", "\r\n"), loads("answers", 2), "Windows line ends")
case("cr-only.csv", (HEADER + ROWS).replace("\n", "\r"), loads("answers", 2), "old Mac line ends")
case("no-final-newline.csv", (HEADER + ROWS).rstrip("\n"), loads("answers", 2), "no line end after the last row")
case("semicolons.csv", "model;item;answer\nModel-A;zh-qa-01;北京\n", refused("problem-answers-csv-columns"), "semicolons, as European Excel saves: not understood, said so")
case("unclosed-quote.csv", HEADER + "Model-A,zh-qa-01,\"never closed\n", loads("answers", 1), "a quote never closed runs to the end of the file")
case("ragged.csv", HEADER + "Model-A,zh-qa-01\nModel-A,en-qa-01,Paris,extra\n", refused("problem-answers-csv-row-fields", 2), "a row short of the answer column, another with a field too many")
case("jsonl-bad-line.jsonl", '{"model":"A","item":"zh-qa-01","answer":"x"}\n{"model":"A","item":\n', refused("problem-answers-jsonl-line", 2), "a JSONL line cut short")
case("jsonl-wrong-type.jsonl", '{"model":"A","item":"zh-qa-01","answer":42}\n', refused("problem-answers-jsonl-line", 1), "an answer that is a number")
case("jsonl-array.jsonl", '[1,2,3]\n', refused("problem-answers-jsonl-line", 1), "a line that is not an object")
case("jsonl-missing-field.jsonl", '{"model":"A","answer":"x"}\n', refused("problem-answers-jsonl-line", 1), "no item")
case("jsonl-duplicate-keys.jsonl", '{"model":"A","model":"B","item":"zh-qa-01","answer":"x"}\n', refused("problem-answers-jsonl-line", 1), "a key given twice")
case("jsonl-bom.jsonl", b"\xef\xbb\xbf" + b'{"model":"A","item":"zh-qa-01","answer":"x"}\n', loads("answers", 1), "JSONL with a BOM")

# JSON suites and scorebooks.
case("suite.json", SUITE, loads("suite"), "a well-formed suite")
case("suite-wrong-type.json", SUITE.replace('"prompt": "Say hi"', '"prompt": 7'), refused("problem-suite-json"), "a prompt that is a number")
case("suite-no-items.json", SUITE.replace('"items": [', '"items": [], "x": ['), refused("problem-suite-no-items"), "no items, stray fields")
case("suite-duplicate-ids.json", SUITE.replace('"items": [{', '"items": [{"id": "q1", "lang": "en", "dimension": "d", "subtask": "s", "kind": "open", "prompt": "p"}, {'), refused("problem-item-id-duplicate"), "two items with one id")
case("suite-newer.json", SUITE.replace("pingfen.suite/1", "pingfen.suite/9"), refused("problem-suite-schema"), "a suite of a newer version")
case("scorebook-newer.json", '{"schema": "pingfen.scorebook/9", "suite": {}}', refused("problem-scorebook-schema"), "a scorebook of a newer version")
case("scorebook-truncated.json", '{"schema": "pingfen.scorebook/1", "suite": {"schema": "pingfen.su', refused("problem-scorebook-not-json"), "a scorebook cut short")
case("not-json.json", "<html><body>404</body></html>", refused("problem-json-no-schema"), "an HTML page saved as .json")
generated("deep.json", {"kind": "deep_json", "depth": 200000}, refused("problem-json-no-schema"), "200,000 nested brackets")
generated("deep-suite.json", {"kind": "deep_suite", "depth": 200000}, refused("problem-suite-json"), "a suite whose prompt is 200,000 brackets deep")

# Spreadsheets.
case("not-a-zip.xlsx", "model,item,answer\nA,zh-qa-01,x\n", refused("problem-workbook-unreadable"), "a CSV renamed .xlsx")
case("empty.xlsx", b"", refused("problem-workbook-unreadable"), "an empty .xlsx")
case("garbage.xlsx", bytes(range(256)) * 8, refused("problem-workbook-unreadable"), "random bytes as .xlsx")
case("zip-no-sheet.xlsx", base64.b64decode("UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="), refused("problem-workbook-unreadable"), "an empty zip as .xlsx")
generated("zip-bomb.xlsx", {"kind": "zip_bomb", "inflated_mb": 600}, refused("problem-workbook-too-big"), "a workbook whose sheet inflates to 600 MB")

# Size.
generated("ten-mb-cell.csv", {"kind": "big_cell", "bytes": 10_000_000}, dict(loads("answers", 1), app_refuses="problem-answer-too-long"), "one answer of 10 MB: read, then refused by the session")
generated("million-rows.csv", {"kind": "rows", "rows": 1_000_000}, refused("problem-too-many-answers"), "1,000,000 rows")

# Hostile text that must stay text (each loads, and shows as typed).
for name, text in [
    ("script-model.csv", "<script>alert(1)</script>"),
    ("img-onerror.csv", '<img src=x onerror="alert(1)">'),
    ("formula-hyperlink.csv", '=HYPERLINK("http://x.test/","x")'),
    ("formula-plus.csv", "+1+cmd|' /C calc'!A0"),
    ("formula-at.csv", "@SUM(1+1)"),
    ("bidi-override.csv", "\u202egnp.exe\u202c"),
    ("zero-width.csv", "Mo\u200bdel\u200d-\ufeffA"),
    ("emoji-zwj.csv", "👩\u200d👩\u200d👧\u200d👦 family"),
    ("extension-b.csv", "𠀀𠀁𪚥 (Extension B)"),
    ("combining.csv", "e\u0301\u0301\u0301\u0301 zalgo"),
    ("rtl-arabic.csv", "مرحبا بالعالم"),
    ("long-model-name.csv", "M" * 5000),
]:
    escaped = text.replace('"', '""')
    case(name, HEADER + f"\"{escaped}\",zh-qa-01,\"{escaped}\"\n", loads("answers", 1), f"{text[:30]!r} as a model name and an answer")
for name, text in [("suite-html-title.json", "<script>alert(1)</script>"), ("suite-bidi-title.json", "\u202eevil\u202c"), ("suite-formula-dimension.json", "=1+1")]:
    case(name, SUITE.replace('"Hostile"', json.dumps(text)).replace('"name": {"en": "D"}', '"name": {"en": ' + json.dumps(text) + '}'), loads("suite"), f"{text!r} as a suite title and dimension name")
case("answer-html-item.jsonl", '{"model":"<b>M</b>","item":"<i>zh-qa-01</i>","answer":"<script>x</script>"}\n', dict(loads("answers", 1), app_refuses="problem-answer-unknown-item"), "markup as an item id (the suite will not know it)")

assert len(cases) >= 60, len(cases)
names = [c["file"] for c in cases]
assert len(names) == len(set(names)), "file names are unique"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump({"about": __doc__.strip().splitlines()[0], "cases": cases}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(cases)} cases -> {out}")
