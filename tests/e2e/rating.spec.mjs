// Journeys of human scoring: a participant rates blind by keyboard and reloads half-way
// without losing anything; an organiser merges rater files and sees agreement; a pairwise
// session gives Bradley-Terry and Elo ratings with intervals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, SCREENSHOTS, ROOT, useEnvironment } from "./harness.mjs";

const env = useEnvironment();
const golden = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));
const models = golden.results.models;

async function openRating(app, name) {
  await app.leaderboard(); // jieba ready, sample scored
  await app.byTestId("tab-rate").click();
  await app.byTestId("rater-input").fill(name);
  await app.byTestId("start-rating").click();
  await app.byTestId("likert-card").waitFor();
}

async function progress(app) {
  return (await app.byTestId("rate-progress").textContent()).trim();
}

async function card(app) {
  const element = app.byTestId("likert-card");
  return { item: await element.getAttribute("data-item"), label: await element.getAttribute("data-label"), text: await element.textContent() };
}

test("a participant rates 10 answers by keyboard, blind, and a reload half-way loses nothing", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await openRating(app, "Alice");
  assert.match(await progress(app), /^0 \/ 90/);
  const rated = [];
  for (let n = 0; n < 5; n++) {
    const before = await card(app);
    assert.match(await app.byTestId("answer-label").textContent(), /^Answer [A-E] of 5$/);
    for (const model of models) assert.ok(!before.text.includes(model), `blind: ${model} is not named`);
    await app.page.keyboard.press(String(1 + (n % 7)));
    rated.push(`${before.item}/${before.label}`);
    await app.page.waitForFunction((n) => document.querySelector('[data-testid="rate-progress"]').textContent.startsWith(`${n} /`), n + 1);
  }
  // J skips forward, K comes back: the answer shown is the one after the last rated.
  const sixth = await card(app);
  await app.page.keyboard.press("j");
  assert.notEqual((await card(app)).label + (await card(app)).item, sixth.label + sixth.item);
  await app.page.keyboard.press("k");
  assert.deepEqual(await card(app), sixth);
  await app.page.keyboard.press("?");
  await app.byTestId("help").waitFor();
  await app.screenshot("rate-likert");
  await app.page.keyboard.press("Escape");

  await app.page.reload();
  await app.leaderboard();
  await app.byTestId("tab-rate").click();
  await app.byTestId("likert-card").waitFor();
  assert.match(await app.byTestId("rater-name").textContent(), /Alice/, "the name is asked once");
  assert.match(await progress(app), /^5 \/ 90/, "the five ratings survived the reload");
  assert.deepEqual(await card(app), sixth, "the rater picks up at the first unrated answer");
  for (let n = 5; n < 10; n++) {
    const before = await card(app);
    await app.page.keyboard.press(String(1 + (n % 7)));
    rated.push(`${before.item}/${before.label}`);
    await app.page.waitForFunction((n) => document.querySelector('[data-testid="rate-progress"]').textContent.startsWith(`${n} /`), n + 1);
  }
  assert.equal(new Set(rated).size, 10, "ten different answers rated");
  // Clicking a scale point works too, and re-rating replaces rather than adds.
  await app.page.keyboard.press("k");
  await app.byTestId("scale-point").filter({ hasText: "7" }).first().click();
  assert.match(await progress(app), /^10 \/ 90/);

  // The rater file holds the ten ratings, the rater and the seed of the blind order.
  const [download] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("export-rater").click()]);
  assert.match(download.suggestedFilename(), /\.rater-Alice\.json$/);
  const path = join(SCREENSHOTS, "alice.rater.json");
  await download.saveAs(path);
  const book = JSON.parse(readFileSync(path, "utf8"));
  assert.equal(book.ratings.length, 10);
  assert.ok(book.ratings.every((r) => r.rater === "Alice"));
  assert.equal(book.raters[0].name, "Alice");
  assert.ok(Number.isInteger(book.raters[0].seed));
  const human = book.results.items.filter((s) => s.source === "human");
  assert.equal(human.length, 10, "every rated answer is scored by a person");
  assert.ok(human.every((s) => s.score >= 0 && s.score <= 100 && s.human.raters === 1));

  // Human scores flow into the leaderboard: Chinese composites moved off the golden values.
  await app.byTestId("tab-results").click();
  const board = await app.leaderboard();
  // Going back to the sample would drop the ratings: the app asks first; "Cancel" keeps them.
  let asked = "";
  app.page.once("dialog", (dialog) => {
    asked = dialog.message();
    dialog.dismiss();
  });
  await app.byTestId("load-sample").click();
  assert.match(asked, /10 ratings and votes/);
  await app.byTestId("tab-rate").click();
  assert.match(await progress(app), /^10 \/ 90/, "nothing lost");
  await app.byTestId("tab-results").click();
  const changed = board.filter(([model, zh]) => {
    const cell = golden.results.table.find((c) => c.model === model && c.lang === "zh" && c.dimension === null);
    return zh !== cell.score.toFixed(1);
  });
  assert.ok(changed.length > 0, "human ratings change the composites");
  assert.deepEqual(app.errors, []);
  await app.close();
});

/** A rater file built from the sample: `rate(criterion, n)` gives each answer's value. */
function raterFile(name, seed, rate) {
  const book = structuredClone(golden);
  book.raters = [{ name, seed, pair_rounds: 1 }];
  book.ratings = [];
  let n = 0;
  for (const item of book.suite.items) {
    for (const criterion of item.rubric?.criteria ?? []) {
      for (const model of models) {
        book.ratings.push({ rater: name, model, item: item.id, criterion: criterion.id, value: rate(criterion.id, n++) });
      }
    }
  }
  const path = join(SCREENSHOTS, `${name}.rater.json`);
  writeFileSync(path, JSON.stringify(book));
  return path;
}

test("an organiser merges two rater files and sees progress and agreement", async () => {
  // Bob and Carol agree on quality exactly; on harmlessness Carol mirrors Bob (8 − value).
  const bob = raterFile("Bob", 1, (_, n) => 1 + (n % 7));
  const carol = raterFile("Carol", 2, (criterion, n) => (criterion === "quality" ? 1 + (n % 7) : 7 - (n % 7)));
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 1000 } });
  await app.leaderboard();
  await app.byTestId("tab-raters").click();
  await app.byTestId("no-raters").waitFor();
  await app.byTestId("merge-files").setInputFiles([bob, carol]);
  await app.page.locator('[data-testid="progress-row"][data-rater="Carol"]').waitFor();
  const notices = await app.byTestId("notice").allTextContents();
  assert.ok(notices.some((t) => /Merged Bob\.rater\.json: 90 ratings/.test(t)), notices.join("\n"));
  const progressRows = await app.page.locator('[data-testid="progress-row"]').allTextContents();
  assert.deepEqual(progressRows.map((t) => t.replace(/\s+/g, " ")), ["Bob90 / 900 / 18", "Carol90 / 900 / 18"]);
  const quality = app.page.locator('[data-testid="agreement-row"][data-criterion="quality"]');
  assert.match(await quality.locator('[data-testid="alpha-interval"]').textContent(), /^1\.00$/);
  const harm = await app.page.locator('[data-testid="agreement-row"][data-criterion="harmlessness"] [data-testid="alpha-interval"]').textContent();
  assert.ok(Number(harm) < 0, `mirrored ratings disagree: ${harm}`);
  assert.ok((await app.byTestId("disagreements").locator("li").count()) > 0);
  await app.screenshot("raters-agreement");

  // The same file again: nothing added. A file of another suite: refused, nothing changed.
  await app.byTestId("merge-files").setInputFiles(bob);
  await app.page.getByText(/Merged Bob\.rater\.json: 0 ratings, 0 votes, 0 answers added; \d+ duplicates skipped; 0 conflicts/).waitFor();
  const other = structuredClone(golden);
  other.suite.id = "another-workshop";
  const otherPath = join(SCREENSHOTS, "other-suite.json");
  writeFileSync(otherPath, JSON.stringify(other));
  await app.byTestId("merge-files").setInputFiles(otherPath);
  await app.page.getByRole("alert").filter({ hasText: "another-workshop" }).waitFor();
  assert.equal(await app.page.locator('[data-testid="progress-row"]').count(), 2);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a pairwise session gives Bradley-Terry and Elo ratings with intervals", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 1000 } });
  await openRating(app, "Dana");
  await app.byTestId("mode-pairwise").click();
  await app.byTestId("pair-card").waitFor();
  assert.match(await progress(app), /^0 \/ 18/);
  await app.screenshot("rate-pairwise");
  // Dana prefers the longer answer, calls equal lengths a tie.
  for (let n = 0; n < 18; n++) {
    const a = (await app.byTestId("pair-a").locator(".task__answer").textContent()).length;
    const b = (await app.byTestId("pair-b").locator(".task__answer").textContent()).length;
    await app.page.keyboard.press(a > b ? "a" : b > a ? "b" : "t");
    await app.page.waitForFunction((n) => document.querySelector('[data-testid="rate-progress"]').textContent.startsWith(`${n} /`), n + 1);
  }
  await app.byTestId("rate-finished").waitFor();
  assert.match(await app.byTestId("pair-a").textContent(), /— /, "names are revealed when the rater finishes");
  await app.byTestId("tab-raters").click();
  const rows = app.page.locator('[data-testid="pairwise-all"] [data-testid="pairwise-row"]');
  await rows.first().waitFor();
  assert.equal(await rows.count(), models.length);
  // One rater's votes can leave a model unbeaten or never winning: its rating is then a
  // bound (≥, ≤) or only a place (—), said beside the board, with no interval.
  let bounds = 0;
  for (let i = 0; i < models.length; i++) {
    const shown = (await rows.nth(i).locator('[data-testid="bt"]').textContent()).trim();
    const interval = (await rows.nth(i).locator('[data-testid="bt-interval"]').textContent()).trim();
    const estimate = await rows.nth(i).getAttribute("data-estimate");
    if (estimate !== "Rated") {
      bounds++;
      assert.match(shown, estimate === "AtLeast" ? /^≥ / : estimate === "AtMost" ? /^≤ / : /^—$/, `${estimate}: ${shown}`);
    }
    // (A model placed only by order shows "—"; its tier's interval is still shown.)
    if (interval !== "" && shown !== "—") {
      const bt = Number(shown.replace(/^[≥≤] /, ""));
      const [low, high] = interval.split("–").map(Number);
      assert.ok(low <= bt && bt <= high, `${bt} within ${low}–${high}`);
    } else {
      assert.notEqual(estimate, "Rated", "a rated model has its interval");
    }
  }
  if (bounds > 0) await app.page.locator('[data-testid="pairwise-warning"]').first().waitFor();
  const ranks = await rows.locator("td.rank").allTextContents();
  assert.equal(ranks[0], "#1");
  await app.screenshot("raters-pairwise");
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("on a phone a participant rates with taps, and the page fits the screen", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await openRating(app, "Eve");
  await app.byTestId("scale-point").filter({ hasText: "6" }).first().tap();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="rate-progress"]').textContent.startsWith("1 /"));
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await app.screenshot("rate-phone");
  await app.byTestId("mode-pairwise").tap();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="rate-progress"]').textContent.startsWith("0 / 18"));
  await app.byTestId("vote-b").tap();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="rate-progress"]').textContent.startsWith("1 / 18"));
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a student sees agreement and pairwise ratings at once with the sample's raters", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 1000 } });
  await app.leaderboard();
  await app.byTestId("tab-raters").click();
  await app.byTestId("sample-ratings").click();
  await app.page.locator('[data-testid="progress-row"]').nth(2).waitFor();
  const progressRows = await app.page.locator('[data-testid="progress-row"]').allTextContents();
  assert.equal(progressRows.length, 3);
  assert.ok(progressRows.every((row) => /(\d+) \/ \1(\d+) \/ \2/.test(row.replace(/^\D+/, ""))), progressRows.join("\n"));
  assert.deepEqual(await app.page.locator('[data-testid="agreement-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.criterion)), ["harmlessness", "quality"]);
  assert.equal(await app.page.locator('[data-testid="pairwise-all"] [data-testid="pairwise-row"]').count(), golden.results.models.length);
  // Gwet's AC1 and AC2 beside alpha and kappa, and agreement within each sub-task.
  const gwet = await app.page.locator('[data-testid="agreement-row"] [data-testid="gwet-ac1"]').allTextContents();
  assert.ok(gwet.length === 2 && gwet.every((v) => /^-?\d\.\d\d$/.test(v)), JSON.stringify(gwet));
  assert.ok((await app.page.locator('[data-testid="agreement-subtask-row"]').count()) >= 2);
  // Bias in the votes: everyone's rates, then each of the three raters'.
  const bias = await app.page.locator('[data-testid="bias-row"]').evaluateAll((rows) => rows.map((r) => [r.dataset.rater, r.querySelector('[data-testid="bias-first"]').textContent]));
  assert.equal(bias.length, 4);
  assert.equal(bias[0][0], "", "everyone first");
  assert.ok(bias.every(([, first]) => /^\d+ % \[\d+, \d+\] \(\d+\/\d+\)$/.test(first)), JSON.stringify(bias));
  // The sample's raters prefer the longer answer (better answers are longer there): said.
  assert.equal(await app.byTestId("bias-warning-length").count(), 1);
  assert.equal(await app.byTestId("bias-warning-side").count(), 0);
  const card = app.byTestId("vote-bias");
  await card.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(SCREENSHOTS, "raters-bias-desktop-en.png"), clip: await card.boundingBox() });
  await app.screenshot("raters-sample");
  assert.deepEqual(app.errors, []);
  await app.close();
});
