// Journey: CircularEval in the app. An organiser exports the sample's suite for CircularEval
// (every multiple-choice item once per option, turned), has two models answer it — one that
// always says "A", one that knows — and opens it with their answers: the card under the
// charts shows accuracy over all turns beside the share correct in every turn.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { ResultsScreen, Workbench } from "./pages.mjs";

const env = useEnvironment();

test("the sample's suite for CircularEval is exported, answered and scored both ways", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  await app.leaderboard();
  const download = await new Workbench(app).export("circular");
  const suitePath = join(SCREENSHOTS, "circular.suite.json");
  await download.saveAs(suitePath);
  const suite = JSON.parse(readFileSync(suitePath, "utf8"));
  const turned = suite.items.filter((item) => item.rotation);
  assert.equal(turned.length, 96, "24 choice items in 4 turns each");
  const answers = turned.flatMap((item) => [
    { model: "always-a", item: item.id, answer: "The answer is A." },
    { model: "knows", item: item.id, answer: `The answer is ${item.answer}.` },
  ]);
  const answersPath = join(SCREENSHOTS, "circular.answers.jsonl");
  writeFileSync(answersPath, answers.map((a) => JSON.stringify(a)).join("\n") + "\n");
  await app.byTestId("open-files").setInputFiles([suitePath, answersPath]);
  await app.page.locator('[data-testid="leaderboard-row"][data-model="knows"]').waitFor({ timeout: 60_000 });
  await new ResultsScreen(app).open();
  const rows = app.page.locator('[data-testid="circular-row"]');
  await rows.first().waitFor({ timeout: 60_000 });
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.model, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]));
  const byModel = Object.fromEntries(cells.map(([model, ...rest]) => [model, rest]));
  assert.equal(byModel["always-a"][1], "0.0", "no item has A right in every turn");
  assert.ok(Number(byModel["always-a"][0]) > 10 && Number(byModel["always-a"][0]) < 45, `${byModel["always-a"]}`);
  assert.match(byModel["always-a"][2], /^A \(100 %\)$/);
  assert.deepEqual(byModel.knows.slice(0, 2), ["100.0", "100.0"]);
  const card = app.byTestId("circular");
  await card.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(SCREENSHOTS, "circular-desktop-en.png"), clip: await card.boundingBox() });
  assert.deepEqual(app.errors, []);
  await app.close();
});
