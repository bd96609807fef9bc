// Journeys: a student's phone. After the first visit the app works with the network off —
// reload, paste and score answers, rate one, export — and a new version waits for a reload
// the student chooses. A long scoring run can be cancelled and the page stays usable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { Offline, RateScreen, ScoringBar, Workbench } from "./pages.mjs";

const env = useEnvironment();
const golden = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true, serviceWorkers: "allow" };

test("offline after the first visit: reload, paste and score, rate, export", async () => {
  const app = await AppPage.open(env.browser, env.server.url, PHONE);
  await app.leaderboard();
  const offline = new Offline(app);
  await offline.ready();
  await app.waitForDictionary();

  await app.context.setOffline(true);
  const served = env.server.requests.length;
  await app.page.reload();
  const rows = await app.leaderboard();
  assert.equal(rows.length, golden.results.models.length, "the scored sample shows offline");
  await app.waitForDictionary();

  // Answers pasted for a new model are scored by the engine, offline.
  const zh = golden.suite.items.filter((i) => i.lang === "zh");
  const answers = zh.map((item) => golden.answers.find((a) => a.item === item.id && a.model === golden.results.models[0]).answer);
  const bench = new Workbench(app);
  await bench.openPaste();
  await app.byTestId("paste-lang").selectOption("zh");
  await app.byTestId("paste-model").fill("Offline-Model");
  await app.byTestId("paste-text").fill(answers.map((a, i) => `${i + 1}. ${a.replace(/\n+/g, " ")}`).join("\n"));
  await app.byTestId("paste-submit").click();
  await app.page.locator('[data-testid="leaderboard-row"][data-model="Offline-Model"]').waitFor({ timeout: 30_000 });

  // One rating, then the rater's file leaves the browser.
  const rate = new RateScreen(app);
  await rate.signIn("Mei");
  await rate.rate(4);
  assert.match(await rate.progress(), /^1 \//);
  const [download] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("export-rater").click()]);
  const path = join(SCREENSHOTS, "offline.rater.json");
  await download.saveAs(path);
  const book = JSON.parse(readFileSync(path, "utf8"));
  assert.equal(book.ratings.length, 1);
  assert.ok(book.answers.some((a) => a.model === "Offline-Model"), "the pasted answers are in the export");
  // The browser itself may ask for sw.js to look for an update of the service worker (its
  // own check, which Playwright's offline switch does not cover; offline it just fails):
  // that is not the page asking. Anything else is.
  const asked = env.server.requests.slice(served).filter((path) => !path.endsWith("/sw.js"));
  assert.deepEqual(asked, [], "nothing reached the server while offline");
  await app.screenshot("offline-phone");
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a new version is offered, not forced: the page reloads into it when asked", async () => {
  const app = await AppPage.open(env.browser, env.server.url, PHONE);
  await app.leaderboard();
  const offline = new Offline(app);
  await offline.ready();
  // A deploy: the service worker's version changes.
  const sw = readFileSync(join(ROOT, process.env.PINGFEN_DIST ?? "target/e2e-dist", "sw.js"), "utf8");
  env.server.replaced.set("sw.js", sw.replace(/const VERSION = "[^"]*"/, 'const VERSION = "next"'));
  await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await offline.waitForUpdate();
  await app.screenshot("update-available-phone");
  await offline.reloadIntoUpdate();
  await app.leaderboard();
  assert.equal(await app.byTestId("update-available").count(), 0, "the new version serves the page");
  env.server.replaced.clear();
  await app.close();
});

test("a long scoring run shows progress and can be cancelled; the page stays usable", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  const before = await app.leaderboard();
  await app.waitForDictionary();
  // Forty more models, each answer long: a run of several seconds.
  const long = (text) => Array.from({ length: 12 }, () => text).join(" ");
  const lines = [];
  for (let m = 0; m < 40; m++) {
    for (const answer of golden.answers.filter((a) => a.model === golden.results.models[m % golden.results.models.length])) {
      lines.push(JSON.stringify({ model: `Load-${m}`, item: answer.item, answer: long(answer.answer) }));
    }
  }
  const file = join(SCREENSHOTS, "many-models.jsonl");
  writeFileSync(file, lines.join("\n") + "\n");
  await app.byTestId("open-files").setInputFiles(file);
  const bar = new ScoringBar(app);
  await bar.waitForProgress();
  await app.screenshot("scoring-progress");
  await bar.cancel();
  // The leaderboard from before stays, and every screen still answers.
  assert.deepEqual(await app.leaderboard(), before);
  await app.byTestId("tab-items").click();
  await app.byTestId("item-link").first().waitFor();
  await app.byTestId("tab-tokenizer").click();
  await app.byTestId("playground-input").fill("香港大学");
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="tokens"] li').length > 0);
  // Scoring again finishes, with the new models on the board.
  await bar.scoreAgain();
  await app.byTestId("tab-results").click();
  await app.page.locator('[data-testid="leaderboard-row"][data-model="Load-39"]').waitFor({ timeout: 120_000 });
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a 50 MB answers file (16 models × 20,000 items) is refused up front with the limit stated; nothing changes", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const before = await app.leaderboard();
  const file = join(SCREENSHOTS, "fifty-mb.jsonl");
  const answer = "这是一个足够长的回答，用来把文件撑到五十兆字节左右。".repeat(2);
  const lines = [];
  for (let m = 0; m < 16; m++) for (let i = 0; i < 20000; i++) lines.push(JSON.stringify({ model: `m${m}`, item: `item-${i}`, answer }));
  writeFileSync(file, lines.join("\n") + "\n");
  await app.byTestId("open-files").setInputFiles(file);
  const notice = app.page.getByText(/scores at most 48,?000/);
  await notice.first().waitFor({ timeout: 120_000 });
  assert.match(await app.page.locator(".notice--error").first().textContent(), /fifty-mb\.jsonl/);
  assert.deepEqual(await app.leaderboard(), before, "nothing loaded changed");
  await app.screenshot("fifty-mb-refused-phone");
  assert.deepEqual(app.errors, []);
  await app.close();
});
