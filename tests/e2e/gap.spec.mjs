// Journey: is the language gap real? A class reads the sample's results — two models whose
// ranks change between Chinese and English by more than the items' noise — and a simulated
// class whose two languages share one true ranking (tests/e2e/fixtures/make_no_gap.py):
// its ranks move too, but the view calls none of it supported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { AppPage, ROOT, useEnvironment } from "./harness.mjs";
import { LanguageGapPanel, ResultsScreen } from "./pages.mjs";

const env = useEnvironment();
const NO_GAP = ["no-gap-suite.json", "no-gap-answers.jsonl"].map((name) => join(ROOT, "tests/e2e/fixtures", name));

test("the sample's language gap at a desk: two supported changes of rank, drawn solid", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  const gap = new LanguageGapPanel(app);
  const panel = await gap.answered();
  assert.equal(await gap.supported(), 2);
  const rows = Object.fromEntries(await gap.rows());
  assert.equal(Object.keys(rows).length, 5);
  assert.equal(rows["Qilin-Chat (sample)"], "zh", "95.3 in Chinese, 68.7 in English");
  assert.equal(rows["Aurora-7B (sample)"], "en", "61.9 in Chinese, 93.4 in English");
  const marks = await gap.slopeMarks();
  assert.equal(marks["Qilin-Chat (sample)"], "supported");
  assert.equal(marks["Aurora-7B (sample)"], "supported");
  assert.match(await panel.innerText(), /1,000 resamples|1000 resamples/);
  await panel.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(ROOT, "target/e2e/gap-desktop-en.png"), clip: await panel.boundingBox() });
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a class with no real gap on a phone in Traditional Chinese: ranks move, none is supported", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { locale: "zh-TW", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await app.leaderboard();
  await app.byTestId("open-files").setInputFiles(NO_GAP);
  await app.page.locator('[data-testid="leaderboard-row"][data-model="class-model-6"]').waitFor({ timeout: 60_000 });
  await new ResultsScreen(app).open();
  const gap = new LanguageGapPanel(app);
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="gap-row"]').length === 6, null, { timeout: 60_000 });
  const panel = await gap.answered();
  assert.equal(await gap.supported(), 0);
  const verdicts = (await gap.rows()).map(([, verdict]) => verdict);
  assert.ok(verdicts.includes("noise"), `some ranks moved by chance: ${verdicts}`);
  assert.ok(!verdicts.includes("zh") && !verdicts.includes("en"), `${verdicts}`);
  assert.match(await panel.innerText(), /沒有哪個模型的排名變化有資料支持/);
  const marks = Object.values(await gap.slopeMarks());
  assert.ok(!marks.includes("supported") && marks.includes("noise"), `${marks}`);
  await panel.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(ROOT, "target/e2e/gap-phone-zh-Hant-no-gap.png"), fullPage: false });
  const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no wider than the phone: ${width}`);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("the sample's language gap on a phone in Simplified Chinese", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { locale: "zh-CN", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await app.leaderboard();
  const gap = new LanguageGapPanel(app);
  const panel = await gap.answered();
  assert.equal(await gap.supported(), 2);
  assert.match(await panel.innerText(), /有 2 个模型的排名变化有数据支持/);
  await panel.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(ROOT, "target/e2e/gap-phone-zh-Hans.png"), fullPage: false });
  assert.deepEqual(app.errors, []);
  await app.close();
});
