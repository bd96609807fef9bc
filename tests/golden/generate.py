"""Generates Pingfen's golden metric vectors from the reference implementations.

    python3 -m venv target/golden-venv
    target/golden-venv/bin/pip install -r tests/golden/requirements.txt
    target/golden-venv/bin/python tests/golden/generate.py

Reads   tests/golden/metrics/corpus.jsonl  (id, lang, hypothesis, references)
Writes  tests/golden/metrics/expected.jsonl (one line per item, then corpus-level lines)

- BLEU, chrF, chrF++: sacrebleu 2.6.0 itself, sentence and corpus level, several settings.
- ROUGE-1/2/L/Lsum: rouge-score 0.1.2 itself. English with its default tokenizer; Chinese
  with a tokenizer object that returns the tokens Pingfen's pipeline produced (asked of the
  `pingfen` CLI), so the arithmetic is rouge-score's and the tokens are Pingfen's.
- jieba: segmentation of the Chinese corpus by jieba 0.42.1 (HMM on and off), to compare
  with jieba-rs.
- SQuAD v1.1 and CMRC 2018 span metrics: the official scripts are not packages; their
  definitions are restated in `squad_*` and `cmrc_*` below (CMRC's NLTK word tokenizer needs
  downloaded models, so non-Chinese runs are split on white space, as Pingfen does).
"""
import collections
import json
import logging
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import jieba
import sacrebleu
import sysconfig
from nltk.stem import porter
from rouge_score import tokenize as rouge_tokenize
from rouge_score import rouge_scorer
from sacrebleu.metrics import BLEU, CHRF

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/golden/metrics/corpus.jsonl"
EXPECTED = ROOT / "tests/golden/metrics/expected.jsonl"
PORTER = ROOT / "tests/golden/metrics/porter.json"
ROUGE_TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]

assert sacrebleu.__version__ == "2.6.0", sacrebleu.__version__
jieba.setLogLevel(logging.WARNING)
logging.getLogger("sacrebleu").setLevel(logging.ERROR)


def pingfen_tokens(texts):
    """Pingfen's Chinese ROUGE tokens for each text, from the CLI (one JSON string per line)."""
    command = os.environ.get("PINGFEN_BIN")
    command = [command] if command else ["cargo", "run", "--quiet", "--bin", "pingfen", "--"]
    payload = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in texts)
    out = subprocess.run(
        command + ["tokenize", "--tokenizer", "rouge-zh", "--json-input", "--jsonl"],
        input=payload.encode(), capture_output=True, check=True, cwd=ROOT,
    ).stdout.decode()
    rows = [json.loads(line)["tokens"] for line in out.splitlines()]
    assert len(rows) == len(texts)
    return dict(zip(texts, rows))


class GivenTokens:
    """A rouge-score tokenizer that returns tokens computed beforehand."""

    def __init__(self, table):
        self.table = table

    def tokenize(self, text):
        return self.table[text]


BLEU_SETTINGS = [
    # (name, tokenizer, smooth_method, smooth_value, effective_order)
    (f"{tok}-{smooth}-{'eff' if eff else 'noeff'}", tok, smooth, None, eff)
    for tok in ("13a", "zh")
    for smooth in ("exp", "floor", "add-k", "none")
    for eff in (True, False)
] + [
    ("char-exp-eff", "char", "exp", None, True),
    ("none-exp-eff", "none", "exp", None, True),
    ("13a-floor0.05-eff", "13a", "floor", 0.05, True),
    ("zh-add-k2-noeff", "zh", "add-k", 2, False),
]
BLEU_LC = [("13a-exp-eff-lc", "13a", "exp", None, True)]


def bleu_metric(tok, smooth, value, eff, lowercase=False):
    return BLEU(tokenize=tok, smooth_method=smooth, smooth_value=value,
                effective_order=eff, lowercase=lowercase)


def squad_normalize(s):
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation))
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return " ".join(s.split())


def squad_scores(prediction, references):
    em = f1 = 0.0
    p_tokens = squad_normalize(prediction).split()
    for reference in references:
        r_tokens = squad_normalize(reference).split()
        if squad_normalize(prediction) == squad_normalize(reference):
            em = 100.0
        common = collections.Counter(p_tokens) & collections.Counter(r_tokens)
        same = sum(common.values())
        if same:
            precision, recall = same / len(p_tokens), same / len(r_tokens)
            f1 = max(f1, 100.0 * (2 * precision * recall) / (precision + recall))
    return {"em": em, "f1": f1}


CMRC_PUNCT = ['-', ':', '_', '*', '^', '/', '\\', '~', '`', '+', '=', '，', '。', '：', '？', '！',
              '“', '”', '；', '’', '《', '》', '…', '·', '、', '「', '」', '（', '）', '－', '～',
              '『', '』']


def cmrc_segments(text):
    text = text.lower().strip()
    out, run = [], ""
    for ch in text:
        if ch in CMRC_PUNCT:
            continue
        if re.search(r"[\u4e00-\u9fa5]", ch):
            out.extend(run.split())
            run = ""
            out.append(ch)
        else:
            run += ch
    out.extend(run.split())
    return out


def longest_common_substring(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] == b[j]:
                table[i + 1][j + 1] = table[i][j] + 1
                best = max(best, table[i + 1][j + 1])
    return best


def cmrc_scores(prediction, references):
    strip = lambda t: "".join(ch for ch in t.lower().strip() if ch not in CMRC_PUNCT)
    em = f1 = 0.0
    p_segs = cmrc_segments(prediction)
    for reference in references:
        if strip(reference) == strip(prediction):
            em = 100.0
        r_segs = cmrc_segments(reference)
        common = longest_common_substring(r_segs, p_segs)
        if common:
            precision, recall = common / len(p_segs), common / len(r_segs)
            f1 = max(f1, 100.0 * (2 * precision * recall) / (precision + recall))
    return {"em": em, "f1": f1}


def rouge_scores(scorer, hypothesis, references):
    best = scorer.score_multi(references, hypothesis)
    return {k: [100 * best[k].precision, 100 * best[k].recall, 100 * best[k].fmeasure] for k in ROUGE_TYPES}


def main():
    items = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]

    texts = set()
    for item in items:
        for text in [item["hypothesis"], *item["references"]]:
            texts.add(text)
            texts.update(s for s in text.split("\n") if s)
    zh_tokens = pingfen_tokens(sorted(texts))
    rouge_en = rouge_scorer.RougeScorer(ROUGE_TYPES)
    rouge_en_stem = rouge_scorer.RougeScorer(ROUGE_TYPES, use_stemmer=True)
    rouge_zh = rouge_scorer.RougeScorer(ROUGE_TYPES, tokenizer=GivenTokens(zh_tokens))

    metrics = {name: bleu_metric(tok, s, v, e) for name, tok, s, v, e in BLEU_SETTINGS}
    metrics.update({name: bleu_metric(tok, s, v, e, lowercase=True) for name, tok, s, v, e in BLEU_LC})
    chrf, chrf_pp = CHRF(), CHRF(word_order=2)

    lines = []
    for item in items:
        hyp, refs = item["hypothesis"], item["references"]
        row = {"id": item["id"], "bleu": {}, "jieba": {}}
        for name, metric in metrics.items():
            score = metric.sentence_score(hyp, refs)
            row["bleu"][name] = {"score": score.score, "sys_len": score.sys_len, "ref_len": score.ref_len,
                                 "counts": score.counts, "totals": score.totals}
        row["chrf"] = chrf.sentence_score(hyp, refs).score
        row["chrf++"] = chrf_pp.sentence_score(hyp, refs).score
        row["rouge_en"] = rouge_scores(rouge_en, hyp, refs)
        row["rouge_en_stem"] = rouge_scores(rouge_en_stem, hyp, refs)
        row["rouge_zh"] = rouge_scores(rouge_zh, hyp, refs)
        row["squad"] = squad_scores(hyp, refs)
        row["cmrc"] = cmrc_scores(hyp, refs)
        for text in [hyp, *refs]:
            row["jieba"][text] = {"hmm": list(jieba.cut(text, HMM=True)), "no_hmm": list(jieba.cut(text, HMM=False))}
        lines.append(row)

    # Corpus level: summed statistics per language and over everything.
    for lang in ("zh", "en", "all"):
        chosen = [i for i in items if lang == "all" or i["lang"] == lang]
        hyps = [i["hypothesis"] for i in chosen]
        width = max(len(i["references"]) for i in chosen)
        streams = [[i["references"][k] if k < len(i["references"]) else None for i in chosen] for k in range(width)]
        row = {"corpus": lang, "ids": [i["id"] for i in chosen], "bleu": {}}
        for name, metric in metrics.items():
            row["bleu"][name] = metric.corpus_score(hyps, streams).score
        row["chrf"] = chrf.corpus_score(hyps, streams).score
        row["chrf++"] = chrf_pp.corpus_score(hyps, streams).score
        lines.append(row)

    with EXPECTED.open("w", encoding="utf-8") as out:
        for row in lines:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {EXPECTED.relative_to(ROOT)}", file=sys.stderr)
    write_porter(items)


def write_porter(items):
    """NLTK's Porter stems (rouge-score's stemmer) of every word rouge-score's tokenizer finds
    in the corpus and in the Python standard library's sources: a broad English vocabulary."""
    words = collections.Counter()
    for item in items:
        for text in [item["hypothesis"], *item["references"]]:
            words.update(rouge_tokenize.tokenize(text, None))
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for source in sorted(stdlib.glob("*.py")):
        words.update(rouge_tokenize.tokenize(source.read_text(encoding="utf-8", errors="ignore"), None))
    chosen = sorted(w for w, _ in words.most_common(30000) if len(w) > 3 and w.isalpha())
    stemmer = porter.PorterStemmer()
    table = {w: stemmer.stem(w) for w in chosen}
    PORTER.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} stems to {PORTER.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
