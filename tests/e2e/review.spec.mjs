// Journeys of a person's last word (issue 12): an organiser overrides an extracted choice with a
// reason, sees the leaderboard move, reloads, exports the scorebook and reopens it to find the
// override and its reason; the review queue is cleared with the keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { ItemsScreen, ReviewScreen, StoragePanel, Workbench } from "./pages.mjs";

const env = useEnvironment();
const golden = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const REASON = "The answer weighs B and C and never settles; no option chosen";

test("an override with a reason moves the leaderboard, survives a reload and travels in the scorebook", async () => {
  const app = await AppPage.open(env.browser, env.server.url, DESKTOP);
  const before = await app.leaderboard();
  const right = golden.results.items.find((s) => s.detail.kind === "choice" && s.score === 100);
  const row = (rows) => rows.find((r) => r[0] === right.model);

  const items = new ItemsScreen(app);
  await items.open();
  await app.byTestId("item-link").filter({ hasText: right.item }).click();
  const answer = app.page.locator(`[data-testid="answer"][data-model="${right.model}"]`);
  assert.match(await answer.getByTestId("choice-confidence").getAttribute("data-confidence"), /^(explicit|decision|ordinal|inferred)$/);
  await answer.getByTestId("override").locator("summary").click();
  await answer.getByTestId("override-value").selectOption("choice:");
  // Without a reason nothing is saved, and the form says why.
  await answer.getByTestId("override-save").click();
  assert.equal(await answer.getByTestId("override-note").count(), 0);
  await answer.getByTestId("override-reason").fill(REASON);
  await answer.getByTestId("override-save").click();
  await answer.getByTestId("override-note").waitFor();
  assert.equal(await answer.getByTestId("answer-score").textContent(), "0.0");
  assert.equal(await answer.getByTestId("answer-score").getAttribute("data-source"), "override");
  assert.equal(await answer.getByTestId("override-reason-shown").textContent(), REASON);
  await app.screenshot("override-item");

  const after = await app.leaderboard();
  assert.notDeepEqual(row(after), row(before), "the model's scores move");
  await app.page.locator(`[data-testid="leaderboard-row"][data-model="${right.model}"] [data-testid="override-mark"]`).waitFor();

  await app.page.reload();
  assert.deepEqual(await app.leaderboard(), after, "a reload keeps the override");

  const download = await new Workbench(app).export("scorebook");
  const saved = join(SCREENSHOTS, "override.scorebook.json");
  await download.saveAs(saved);
  const book = JSON.parse(readFileSync(saved, "utf8"));
  const entry = book.overrides.find((o) => o.model === right.model && o.item === right.item);
  assert.equal(entry.target, "choice");
  assert.equal(entry.choice, null);
  assert.equal(entry.reason, REASON);
  assert.match(entry.at, /^\d{4}-\d\d-\d\dT/);

  await app.byTestId("load-sample").click();
  assert.deepEqual(await app.leaderboard(), before, "the sample, without the override");
  await app.byTestId("open-files").setInputFiles(saved);
  await app.page.locator(`[data-testid="leaderboard-row"][data-model="${right.model}"] [data-testid="override-mark"]`).waitFor();
  assert.deepEqual(await app.leaderboard(), after, "the reopened scorebook gives the same leaderboard");
  await items.open();
  await app.byTestId("item-link").filter({ hasText: right.item }).click();
  assert.equal(await answer.getByTestId("override-reason-shown").textContent(), REASON);

  // Undo: the automatic result counts again.
  await answer.getByTestId("override-undo").click();
  await answer.getByTestId("override-note").waitFor({ state: "detached" });
  assert.deepEqual(await app.leaderboard(), before);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("the review queue is cleared by keyboard alone, and its decisions are saved", async () => {
  const app = await AppPage.open(env.browser, env.server.url, DESKTOP);
  await app.leaderboard();
  const review = new ReviewScreen(app);
  await review.open();
  let left = await review.remaining();
  assert.ok(left >= 2, `the sample has answers to review: ${left}`);
  await app.screenshot("review-queue");
  let presses = 0;
  while (left > 0) {
    const card = review.card();
    const model = await card.getAttribute("data-model");
    const item = await card.getAttribute("data-item");
    const offered = await card.getByTestId("review-choose").allTextContents();
    // Alternate: the first offered letter, then "no answer".
    await app.page.keyboard.press(presses % 2 === 0 ? offered[0].trim().toLowerCase() : "n");
    presses += 1;
    await app.page.waitForFunction(
      ([m, i]) => {
        const c = document.querySelector('[data-testid="review-card"]');
        return !c || c.dataset.model !== m || c.dataset.item !== i;
      },
      [model, item],
    );
    const now = await review.remaining();
    assert.equal(now, left - 1, "one key press, one decision");
    left = now;
  }
  await app.byTestId("review-empty").waitFor();
  // Reload once the browser has the last decision (the save indicator's moment, as a person
  // would see it): a reload racing the write itself is the autosave journey's business.
  await new StoragePanel(app).waitForSave("session", (text) => (text.match(/"target":"choice"/g) ?? []).length === presses);
  await app.page.reload();
  await app.leaderboard();
  await review.open();
  assert.equal(await review.remaining(), 0, "decisions survive a reload");
  assert.deepEqual(app.errors, []);
  await app.close();
});
