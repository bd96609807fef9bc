// Journeys: a locked-down page. The built page carries its Content-Security-Policy; hostile
// text in every field stays text; a bug (a panic, triggered on purpose) shows a panel that
// keeps the work: reload brings it back, and the session as last saved can be downloaded.
// Every journey's AppPage.close() also fails on a request to another origin or a policy
// violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { RateScreen, StoragePanel, Workbench, ItemsScreen } from "./pages.mjs";

const env = useEnvironment();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("the page carries its Content-Security-Policy: its own origin, WebAssembly, no inline styles", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const part of ["default-src 'self'", "'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "connect-src 'self'"]) {
    assert.ok(policy.includes(part), `${part} in ${policy}`);
  }
  assert.ok(!policy.includes("unsafe-inline") && !/https?:/.test(policy), policy);
  // The whole app under it: the dictionary, the engine, a rating, the charts.
  await app.waitForDictionary();
  const rate = new RateScreen(app);
  await rate.signIn("Kit");
  await rate.rate(5);
  assert.deepEqual(await app.cspViolations(), []);
  await app.close();
});

test("hostile text in model names and answers stays text in every view", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  const hostile = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>`;
  await new Workbench(app).openPaste();
  await app.byTestId("paste-model").fill(`<b onmouseover="window.pwned=3">M</b>`);
  await app.byTestId("paste-text").fill(Array.from({ length: 74 }, (_, i) => `${i + 1}. ${hostile} ‮evil‬ 👩‍👩‍👧 𠀀`).join("\n"));
  await app.byTestId("paste-submit").click();
  await app.page.getByText("Added answers of 1 model").waitFor();
  await app.leaderboard();
  await app.page.locator('[data-testid="leaderboard-row"]', { hasText: "<b onmouseover" }).waitFor();
  await new ItemsScreen(app).open();
  await app.page.getByText(hostile).first().waitFor();
  await app.byTestId("tab-rate").click();
  await app.byTestId("tab-raters").click();
  assert.equal(await app.page.evaluate(() => window.pwned), undefined, "nothing typed ran");
  assert.equal(await app.page.locator("img[src=x], b[onmouseover]").count(), 0, "nothing typed became markup");
  await app.close();
});

test("a bug shows a panel that keeps the work: download it, reload and carry on", async () => {
  const app = await AppPage.open(env.browser, env.server.url, phone);
  await app.leaderboard();
  const rate = new RateScreen(app);
  await rate.signIn("Kit");
  await rate.rate(6);
  const storage = new StoragePanel(app);
  await storage.waitForSave("session", (text) => text.includes('"rater":"Kit"') && text.includes('"value":6'));
  await app.byTestId("ui-lang-zh-Hant").click();
  await app.page.evaluate(() => { location.hash = "#pingfen-crash-test"; });
  await app.byTestId("crash").waitFor();
  await app.page.getByText("Pingfen 發生了錯誤").waitFor();
  assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.testid), "crash-reload", "the way out has the focus");
  await app.page.screenshot({ path: join(SCREENSHOTS, "crash-phone-zh-Hant.png") });
  const download = app.page.waitForEvent("download");
  await app.byTestId("crash-download").click();
  const path = await (await download).path();
  const saved = readFileSync(path, "utf8");
  assert.ok(saved.includes('"rater":"Kit"') && saved.includes('"value":6'), "the download is the session as saved");
  // The panic left the page's errors; they are expected here, not a failure of the journey.
  app.errors.length = 0;
  app.consoleErrors.length = 0;
  await app.byTestId("crash-reload").click();
  await app.byTestId("crash").waitFor({ state: "detached" });
  await app.page.getByText(/還原|Restored/).first().waitFor();
  await rate.open();
  assert.match(await rate.progress(), /1/);
  await app.close();
});

test("a model that lost every vote is shown below the rest as a bound, with a word of warning", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  await app.byTestId("tab-raters").click();
  await app.byTestId("sample-ratings").click();
  const board = app.page.locator('[data-testid="pairwise-all"]');
  await board.waitFor();
  const tiny = board.locator('[data-testid="pairwise-row"][data-model^="Tiny-Helper"]');
  assert.equal(await tiny.getAttribute("data-estimate"), "AtMost");
  assert.match(await tiny.locator('[data-testid="bt"]').textContent(), /^≤ /);
  assert.equal(await tiny.locator('[data-testid="bt-interval"]').textContent(), "", "no interval for the penalty's number");
  await app.page.locator('[data-testid="pairwise-warning"]', { hasText: "Tiny-Helper (sample) never won a vote" }).first().waitFor();
  await app.page.screenshot({ path: join(SCREENSHOTS, "pairwise-bound-desktop-en.png"), fullPage: false });
  await app.byTestId("ui-lang-zh-Hant").click();
  await app.page.locator('[data-testid="pairwise-warning"]', { hasText: "從未獲勝" }).first().waitFor();
  await app.page.locator('[data-testid="pairwise-warning"]').first().scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(SCREENSHOTS, "pairwise-bound-desktop-zh-Hant.png") });
  await app.close();
});
