// pkg/ as a JavaScript user loads it: the ES module, the wasm and the dictionary asset.
// Run `bash scripts/build-pkg.sh` first (scripts/test.sh does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = (name) => fileURLToPath(new URL(`../pkg/${name}`, import.meta.url));
const { initSync, Pingfen } = await import(pkg("pingfen.js"));
initSync({ module: readFileSync(pkg("pingfen_bg.wasm")) });
const dictionary = readFileSync(pkg(Pingfen.dictionaryFileName()));
const pingfen = new Pingfen(dictionary);

test("tokenizes Chinese with jieba's dictionary", () => {
  assert.deepEqual(pingfen.tokenize("我来到北京清华大学", "zh"), ["我", "来到", "北京", "清华大学"]);
});

test("cut keeps white space and honours the HMM switch", () => {
  assert.deepEqual(pingfen.cut("他来到了网易杭研大厦", true), ["他", "来到", "了", "网易", "杭研", "大厦"]);
  assert.deepEqual(pingfen.cut("他来到了网易杭研大厦", false), ["他", "来到", "了", "网易", "杭", "研", "大厦"]);
  assert.deepEqual(pingfen.cut("a b", false), ["a", " ", "b"]);
});

test("words outside the Basic Multilingual Plane come out whole, and the cut covers the text", () => {
  // Extension-B ideographs and emoji are two UTF-16 units each: the words are sliced by
  // offsets computed in Rust, so a unit off would split a surrogate pair.
  const text = "𠀀𠀁是香港的字，😀👍🏽 ok 「北京」\n\t末";
  const words = pingfen.cut(text, true);
  assert.equal(words.join(""), text);
  assert.ok(words.every((w) => typeof w === "string" && w.length > 0 && !/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(w)), JSON.stringify(words));
  assert.ok(words.includes("香港"));
  assert.deepEqual(pingfen.cut("", true), []);
  assert.deepEqual(pingfen.tokenize("", "zh"), []);
  assert.deepEqual(pingfen.tokenize("𠀀 北京 😀", "zh").filter((w) => w === "北京"), ["北京"]);
});

test("English goes by word boundaries; auto detects", () => {
  assert.deepEqual(pingfen.tokenize("Don't panic!", "en"), ["Don't", "panic", "!"]);
  assert.deepEqual(pingfen.tokenize("我来到北京清华大学", "auto"), pingfen.tokenize("我来到北京清华大学", "zh"));
  assert.equal(Pingfen.detect("What does 你好 mean?"), "mixed");
  assert.equal(Pingfen.detect("香港大學"), "zh");
});

test("bad input is an Error, not a crash", () => {
  assert.throws(() => pingfen.tokenize("text", "fr"), /zh, en or auto/);
  assert.throws(() => new Pingfen(new Uint8Array([1, 2, 3])), /dictionary is damaged/);
  assert.throws(() => new Pingfen(dictionary.subarray(0, 5000)), /dictionary/);
  // The instance still works after the failures.
  assert.deepEqual(pingfen.tokenize("北京", "zh"), ["北京"]);
});

test("matches the committed segmentation fixture", () => {
  const cases = JSON.parse(readFileSync(fileURLToPath(new URL("golden/segmentation.json", import.meta.url)), "utf8"));
  assert.ok(cases.length >= 30);
  for (const c of cases) {
    assert.deepEqual(pingfen.cut(c.text, true), c.cut_hmm, c.text);
    assert.deepEqual(pingfen.cut(c.text, false), c.cut_no_hmm, c.text);
  }
});

test("scores an answer with signatures, and extracts choices", () => {
  const scores = pingfen.score("zh", "北京是中国的首都。", ["中国的首都是北京。"], ["bleu", "rougeL"]);
  assert.deepEqual(Object.keys(scores).sort(), ["bleu", "rougeL"]);
  assert.ok(scores.bleu.score > 0 && scores.bleu.score <= 100);
  assert.match(scores.bleu.signature, /^BLEU\|nrefs:1\|case:mixed\|eff:yes\|tok:zh\|smooth:exp/);
  assert.ok(scores.rougeL.precision >= 0 && scores.rougeL.recall >= 0);
  const all = pingfen.score("en", "The answer is 42.", ["42"], []);
  assert.equal(Object.keys(all).length, 11);
  assert.equal(all.numeric.score, 100);
  assert.throws(() => pingfen.score("fr", "x", ["y"], []), /zh or en/);
  assert.throws(() => pingfen.score("en", "x", ["y"], ["bluo"]), /unknown metric/);

  assert.deepEqual(Pingfen.extractChoice("故选D。", "ABCD", undefined, false).choice, "D");
  const read = Pingfen.extractChoice("諗咗一陣，答案係【 Ｄ 】。", "ABCD", undefined, false);
  assert.equal(read.choice, "D");
  assert.equal(read.confidence, "explicit");
  assert.equal(read.evidence, "答案係【 Ｄ 】");
  assert.deepEqual(read.span, [5, 13]);
  assert.equal(read.normalized, "答案系[ D ]");
  const byText = Pingfen.extractChoice("光合作用发生在叶绿体中。", "ABCD", { A: "线粒体", B: "叶绿体" }, false);
  assert.equal(byText.choice, "B");
  assert.equal(byText.rule, "option-text");
  assert.equal(Pingfen.extractChoice("I cannot answer that.", "ABCD", undefined, false).choice, null);
});
