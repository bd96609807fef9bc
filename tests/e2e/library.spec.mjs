// Journey: pkg/ from plain HTML (www/library/, served at library/ beside the app). A course
// page's author opens it at a desk and scores the sample; a Hong Kong teacher opens it on a
// phone in Traditional Chinese, scores a suite and another tool's answers, and meets a
// broken file; the numbers are the app's own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { LibraryPage } from "./pages.mjs";

const env = useEnvironment();
const sampleBook = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));

test("the example page loads pkg/ and scores the sample to the app's leaderboard, at a desk", async () => {
  const app = await AppPage.open(env.browser, env.server.url + "library/", { viewport: { width: 1280, height: 900 } });
  const library = new LibraryPage(app);
  assert.equal(await library.loaded(), "ready", await library.status());
  assert.match(await library.status(), /Ready in \d+ ms/);
  await library.scoreSample();
  const rows = await library.rows();
  assert.equal(rows.length, 5);
  // The sample's golden scorebook (what the app shows on first visit): same models, same order.
  const overall = Object.fromEntries(sampleBook.results.table.filter((c) => c.lang == null && !c.dimension && !c.subtask).map((c) => [c.model, c.score]));
  const golden = Object.entries(overall).sort((a, b) => b[1] - a[1]);
  assert.deepEqual(rows.map((r) => r[1]), golden.map(([model]) => model));
  assert.deepEqual(rows.map((r) => r[2]), golden.map(([, score]) => score.toFixed(1)));
  const report = await library.download("library-report");
  const saved = join(SCREENSHOTS, "library-report.html");
  await report.saveAs(saved);
  assert.match(readFileSync(saved, "utf8"), /<html/);
  const book = await library.download("library-scorebook");
  await book.saveAs(join(SCREENSHOTS, "library.scorebook.json"));
  const scored = JSON.parse(readFileSync(join(SCREENSHOTS, "library.scorebook.json"), "utf8"));
  assert.deepEqual(scored.results.table, sampleBook.results.table, "the library's table is the golden one");
  await app.screenshot("library-desktop-en");
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a Hong Kong teacher on a phone scores a suite and promptfoo's answers in Traditional Chinese, and a broken file says what is wrong", async () => {
  const app = await AppPage.open(env.browser, env.server.url + "library/", { locale: "zh-HK", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const library = new LibraryPage(app);
  assert.equal(await library.loaded(), "ready");
  assert.equal(await app.page.getAttribute("html", "lang"), "zh-Hant");
  assert.match(await library.status(), /毫秒後就緒/);
  await library.open(join(ROOT, "www/samples/sample-suite.json"), join(ROOT, "tests/fixtures/tools/promptfoo/results.json"));
  await app.byTestId("library-row").first().waitFor();
  const models = (await library.rows()).map((r) => r[1]);
  assert.ok(models.includes("Tutor") && models.includes("Echo"), JSON.stringify(models));
  assert.match(await app.byTestId("library-summary").innerText(), /2 個模型 × 74 道題/);
  await app.screenshot("library-phone-zh-Hant");
  // A broken answers file: the problem names the file and the line, in Traditional Chinese;
  // the board already shown stays.
  await app.byTestId("library-answers").setInputFiles(join(ROOT, "tests/e2e/fixtures/broken.jsonl"));
  await app.page.locator('[data-testid="library-problems"] li').first().waitFor();
  const problems = await library.problems();
  assert.match(problems[0], /broken\.jsonl/);
  assert.match(problems.join("\n"), /第 \d+ 行/);
  assert.equal((await library.rows()).length, 2, "the board shown before stays");
  await app.screenshot("library-phone-zh-Hant-problem");
  const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no wider than the phone: ${width}`);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("every language reads on a phone: the page's words and the Evaluator's switch together", async () => {
  const app = await AppPage.open(env.browser, env.server.url + "library/", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const library = new LibraryPage(app);
  assert.equal(await library.loaded(), "ready");
  await library.scoreSample();
  for (const [locale, title, summary] of [["zh-Hans", "把 Pingfen 当作程序库", /5 个模型 × 74 道题/], ["zh-Hant", "把 Pingfen 當作程式庫", /5 個模型 × 74 道題/], ["en", "Pingfen as a library", /5 models × 74 items/]]) {
    await library.language(locale);
    await app.page.waitForFunction((title) => document.querySelector("h1").textContent === title && document.documentElement.lang !== "", title);
    assert.equal(await app.page.locator("h1").innerText(), title);
    assert.match(await app.byTestId("library-summary").innerText(), summary);
    assert.equal((await library.rows()).length, 5);
    await app.screenshot(`library-phone-${locale}`);
  }
  assert.deepEqual(app.errors, []);
  await app.close();
});
