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

// The Evaluator: the whole scoring as the app and the CLI do it.
const { Evaluator } = await import(pkg("pingfen.js"));
const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const bytes = (path) => readFileSync(root(path));

test("the Evaluator scores the sample to the same scorebook as the CLI, apart from created", async () => {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const evaluator = new Evaluator(dictionary, "en");
  const opened = evaluator.open("sample-suite.json", bytes("www/samples/sample-suite.json"));
  assert.equal(opened.kind, "suite");
  assert.equal(opened.items, 74);
  const added = evaluator.addAnswers("sample-answers.jsonl", bytes("www/samples/sample-answers.jsonl"));
  assert.equal(added.models.length, 5);
  const book = JSON.parse(evaluator.scorebook("2026-01-01T00:00:00Z"));
  const out = join(mkdtempSync(join(tmpdir(), "pingfen-pkg-")), "book.json");
  const cli = process.env.PINGFEN_CLI ?? root("target/debug/pingfen");
  execFileSync(cli, ["score", "--suite", root("www/samples/sample-suite.json"), "--answers", root("www/samples/sample-answers.jsonl"), "--out", out], { stdio: "pipe" });
  const fromCli = JSON.parse(readFileSync(out, "utf8"));
  delete book.created;
  delete fromCli.created;
  assert.deepEqual(book, fromCli);
  const board = evaluator.leaderboard();
  assert.equal(board.length, 5);
  assert.ok(board[0].overall >= board[4].overall);
  const items = evaluator.itemScores();
  assert.equal(items.length, 5 * 74);
  assert.ok(items.every((s) => s.score === null || (s.score >= 0 && s.score <= 100)));
  assert.match(evaluator.report("zh-Hant", "2026-01-01T00:00:00Z"), /<html/);
});

test("the Evaluator takes other tools' answers, ratings and votes, and throws typed problems", () => {
  const evaluator = new Evaluator(dictionary, "zh-Hant");
  assert.throws(() => evaluator.leaderboard(), (problems) => problems[0].key === "problem-evaluator-no-suite" && /評測套件/.test(problems[0].message));
  evaluator.open("sample-suite.json", bytes("www/samples/sample-suite.json"));
  const placed = evaluator.addAnswers("results.json", bytes("tests/fixtures/tools/promptfoo/results.json"));
  assert.equal(placed.tool, "promptfoo");
  assert.deepEqual([placed.placedById, placed.placedByPrompt, placed.unplaced.length], [2, 6, 2]);
  assert.deepEqual(placed.models.sort(), ["Echo", "Tutor"]);
  // A broken answers file: problems with their line, in the evaluator's language; nothing changes.
  let thrown;
  try {
    evaluator.addAnswers("bad.jsonl", Buffer.from('{"model":"M","item":"zh-qa-01","answer":"x"}\n{oops}\n'));
  } catch (problems) {
    thrown = problems;
  }
  assert.equal(thrown.length, 1);
  assert.deepEqual(thrown[0].location, { at: "line", line: 2 });
  assert.equal(thrown[0].key, "problem-answers-jsonl-line");
  assert.match(thrown[0].message, /第 2 行/);
  assert.equal(evaluator.leaderboard().length, 2, "the bad file added nothing");
  // Ratings of an open item and a vote; an unknown item is refused with its place.
  const open = "zh-create-01";
  evaluator.addRatings([{ rater: "Ana", model: "Tutor", item: open, criterion: "quality", value: 4 }], [{ rater: "Ana", item: open, a: "Tutor", b: "Echo", outcome: "a" }]);
  assert.ok(evaluator.pairwise().length > 0);
  assert.throws(() => evaluator.addRatings([{ rater: "Ana", model: "Tutor", item: "no-such-item", criterion: "quality", value: 4 }]), (problems) => problems[0].message.includes("no-such-item"));
});

test("the Evaluator opens a model judge's file beside the sample's raters, and people's numbers stay", () => {
  const evaluator = new Evaluator(dictionary, "en");
  evaluator.open("sample-suite.json", bytes("www/samples/sample-suite.json"));
  evaluator.addAnswers("sample-answers.jsonl", bytes("www/samples/sample-answers.jsonl"));
  const people = JSON.parse(bytes("www/samples/sample-ratings.json").toString("utf8"));
  evaluator.addRatings(people.ratings, people.votes);
  const before = evaluator.leaderboard();
  assert.deepEqual(evaluator.judges(), []);
  const opened = evaluator.open("sample-judge.jsonl", bytes("www/samples/sample-judge.jsonl"));
  assert.equal(opened.kind, "judge");
  assert.deepEqual(evaluator.leaderboard(), before, "a judge moves none of people's numbers");
  const [judge] = evaluator.judges();
  assert.equal(judge.judge, "Judge-LM (sample)");
  assert.deepEqual(judge.criteria.map((c) => c.criterion).sort(), ["harmlessness", "quality"]);
  assert.equal(judge.verdicts_agreement.compared, people.votes.length);
  const row = evaluator.bias().find((b) => b.rater === "Judge-LM (sample)");
  assert.equal(row.judge, true);
});

test("npm pack gives a package that installs and scores from Node", async () => {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "pingfen-npm-"));
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root("pkg"), encoding: "utf8" }).trim().split("\n").pop();
  const project = join(dir, "project");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-pingfen", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(dir, tarball)], { cwd: project, stdio: "pipe" });
  // The README's example, as written.
  const readme = readFileSync(root("README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Use from JavaScript"));
  const example = section.slice(section.indexOf("```js\n") + 6, section.indexOf("```\n", section.indexOf("```js\n") + 6));
  writeFileSync(join(project, "score.mjs"), example);
  const out = execFileSync("node", ["score.mjs", root("www/samples/sample-suite.json"), root("www/samples/sample-answers.jsonl")], { cwd: project, encoding: "utf8" });
  assert.equal(JSON.parse(out).length, 5, out);
});
