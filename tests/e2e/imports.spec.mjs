// Journey: answers straight from the tools people already run (tests/fixtures/tools), added in
// the app on top of the sample: a Taiwanese teacher on a phone adds promptfoo's results.json,
// an organiser at a desk adds lm-evaluation-harness, OpenCompass and chat files. Each joins
// the leaderboard with its models, and the notice says how its answers were placed and which
// were left out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { AppPage, ROOT, useEnvironment } from "./harness.mjs";
import { ResultsScreen } from "./pages.mjs";

const env = useEnvironment();
const TOOLS = join(ROOT, "tests/fixtures/tools");

/** Adds `file` through the Open button and returns the notice that names it. */
async function add(app, file) {
  const name = file.split("/").pop();
  await app.byTestId("open-files").setInputFiles(join(TOOLS, file));
  const notice = app.page.locator('[data-testid="notice"]', { hasText: name }).first();
  await notice.waitFor({ timeout: 60_000 });
  return notice;
}

/** The leaderboard's rows once they name every one of `expected` (scoring runs in the
 *  engine: the board shows the earlier results until the new ones come). */
async function models(app, expected) {
  const results = new ResultsScreen(app);
  await results.open();
  await app.page.waitForFunction(
    (names) => { const rows = [...document.querySelectorAll('[data-testid="leaderboard-row"]')].map((row) => row.innerText).join("\n"); return names.every((name) => rows.includes(name)); },
    expected,
    { timeout: 60_000 },
  ).catch(() => {});
  return results.rows().allInnerTexts();
}

test("a teacher on a phone adds promptfoo's results.json in Traditional Chinese", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { locale: "zh-TW", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await app.leaderboard();
  const notice = await add(app, "promptfoo/results.json");
  assert.equal(await notice.getAttribute("role"), "status");
  const text = await notice.innerText();
  assert.match(text, /promptfoo/);
  assert.match(text, /2 條按題號對應，6 條按題目文字對應；2 條未採用/);
  assert.match(text, /What is the boiling point/);
  await app.screenshot("import-promptfoo-phone-zh-Hant");
  const rows = (await models(app, ["Tutor", "Echo"])).join("\n");
  assert.match(rows, /Tutor/);
  assert.match(rows, /Echo/);
  await app.screenshot("import-promptfoo-board-phone-zh-Hant");
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("an organiser adds lm-evaluation-harness, OpenCompass and chat files at a desk", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  const cases = [
    ["lm-eval/Qilin-7B/samples_pingfen_zh_2026-12-03T10-00-00.123456.jsonl", /0 placed by item id, 3 by prompt text; 1 left out/],
    ["opencompass/predictions/internlm2-chat-7b/pingfen_en.json", /0 placed by item id, 3 by prompt text; 1 left out/],
    ["chat/chat-answers.jsonl", /1 placed by item id, 3 by prompt text; 1 left out/],
  ];
  for (const [file, placed] of cases) {
    const notice = await add(app, file);
    assert.equal(await notice.getAttribute("role"), "status", file);
    assert.match(await notice.innerText(), placed, file);
  }
  await app.screenshot("import-tools-desktop-en");
  const named = ["samples_pingfen_zh_2026-12-03T10-00-00.123456", "pingfen_en", "Qilin-Chat", "chat-answers"];
  const rows = (await models(app, named)).join("\n");
  // Files given alone are named by their file name; chat lines by their model.
  for (const model of named) {
    assert.ok(rows.includes(model), `${model} on the board:\n${rows}`);
  }
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a tool's file that meets no item of the suite becomes a drafted suite, on a phone in Simplified Chinese", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { locale: "zh-CN", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await app.leaderboard();
  await app.byTestId("open-files").setInputFiles(join(ROOT, "tests/fixtures/mini-suite.json"));
  await app.page.locator('[data-testid="notice"]', { hasText: "mini-suite.json" }).first().waitFor();
  const refused = await add(app, "lm-eval/Qilin-7B/samples_pingfen_zh_2026-12-03T10-00-00.123456.jsonl");
  assert.equal(await refused.getAttribute("role"), "alert");
  assert.match(await refused.innerText(), /没有一条能按题号或题目文字对应/);
  await app.screenshot("import-nothing-placed-phone-zh-Hans");
  await refused.locator('[data-testid="draft-suite"]').click();
  const drafted = app.page.locator('[data-testid="notice"]', { hasText: "起草含 4 道题" }).first();
  await drafted.waitFor({ timeout: 30_000 });
  const rows = (await models(app, ["samples_pingfen_zh_2026-12-03T10-00-00.123456"])).join("\n");
  assert.match(rows, /samples_pingfen_zh_2026-12-03T10-00-00\.123456/, "the file given alone names the model");
  await app.screenshot("import-drafted-phone-zh-Hans");
  assert.deepEqual(app.errors, []);
  await app.close();
});
