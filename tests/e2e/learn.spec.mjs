// Journeys of "How scoring works" (issue 17): every method worked on the person's own
// example, by the engine that scores sessions; in all three interface languages, on a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AppPage, useEnvironment } from "./harness.mjs";
import { LearnScreen } from "./pages.mjs";

const env = useEnvironment();
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

test("How scoring works works the reader's own example: BLEU, chrF++, ROUGE, a choice, a rating, votes, an interval", async () => {
  const app = await AppPage.open(env.browser, env.server.url, DESKTOP);
  await app.leaderboard();
  await app.waitForDictionary();
  const learn = new LearnScreen(app);
  await learn.open();
  // The first example: jieba's words, BLEU's orders adding up.
  assert.ok((await app.byTestId("learn-answer-tokens").locator("li").allTextContents()).includes("研究"));
  const orders = app.page.locator('[data-testid="learn-bleu-order"]');
  assert.equal(await orders.count(), 4);
  const first = await orders.first().getAttribute("data-matches");
  assert.ok(Number(first) > 0, "unigrams match");
  assert.match(await learn.text("learn-bleu-signature"), /^BLEU\|nrefs:1\|case:mixed\|eff:yes\|tok:zh\|smooth:exp/);
  await app.screenshot("learn-desktop-en");

  // The answer made the reference: every n-gram matches and the scores are 100.
  const reference = await app.byTestId("learn-reference").inputValue();
  await learn.set("learn-answer", reference, () => /= 100\.00/.test(document.querySelector('[data-testid="learn-bleu-score"]')?.textContent ?? ""));
  assert.match(await learn.text("learn-chrf-score"), /= 100\.00/);
  for (const row of await app.page.locator('[data-testid="learn-rouge-row"] td:nth-child(4)').allTextContents()) assert.equal(row, "1.0000");

  // English: the 13a tokenizer, and a short answer pays the brevity penalty.
  await app.byTestId("learn-lang").selectOption("en");
  await learn.set("learn-reference", "The study ranked sixteen models in Chinese and in English.");
  await learn.set("learn-answer", "The study ranked models.", () => /tok:13a/.test(document.querySelector('[data-testid="learn-bleu-signature"]')?.textContent ?? "") && /\bThe study ranked models\b/.test(document.body.innerText));
  const bp = (await app.byTestId("learn-bleu").textContent()).match(/BP = (\d+\.\d+)/)[1];
  assert.ok(Number(bp) < 1, `a short answer is penalised: ${bp}`);

  // A choice stated after reasoning, a rating off the scale, a line that is not a vote.
  await learn.set("learn-choice-answer", "A 和 B 都不对，我选 C。", () => document.querySelector('[data-testid="learn-choice-result"]')?.dataset.choice === "C");
  await learn.set("learn-rating", "9", () => /100\.00/.test(document.querySelector('[data-testid="learn-likert-score"]')?.textContent ?? ""));
  await learn.set("learn-votes", "Qilin > Aurora\nAurora > Tiny\nthis is not a vote", () => document.querySelector('[data-testid="learn-votes-unread"]') !== null);
  assert.equal(await app.page.locator('[data-testid="learn-pairwise-row"]').count(), 3);
  await learn.set("learn-scores", "100, 0, 100, 0", () => /50\.0/.test(document.querySelector('[data-testid="learn-bootstrap-result"]')?.textContent ?? ""));
  const result = app.byTestId("learn-bootstrap-result");
  assert.ok(Number(await result.getAttribute("data-low")) < 50 && Number(await result.getAttribute("data-high")) > 50);

  // Rubric checks on the answer: a key point with a synonym is found; a length bound fails.
  await learn.set("learn-points", "study | research\nsixteen models", () => document.querySelector('[data-testid="learn-rubric-points"]')?.dataset.score === "50");
  await learn.set("learn-length-max", "2", () => document.querySelector('[data-testid="learn-rubric-length"]')?.dataset.passed === "false");

  // Back to the first example; the other languages.
  await app.byTestId("learn-reset").click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid="learn-choice-result"]')?.dataset.choice === "B");
  for (const lang of ["zh-Hans", "zh-Hant"]) {
    await app.byTestId(`ui-lang-${lang}`).click();
    await app.page.waitForFunction((title) => document.querySelector("#learn-title")?.textContent === title, lang === "zh-Hans" ? "评分原理" : "評分原理");
    await app.screenshot(`learn-desktop-${lang}`);
  }
  assert.deepEqual(app.errors, []);
  await app.close();

  const phone = await AppPage.open(env.browser, env.server.url, PHONE);
  await phone.leaderboard();
  await new LearnScreen(phone).open();
  const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no wider than the phone: ${width}`);
  await phone.screenshot("learn-phone");
  await phone.close();
});
