// Parity: the sample scored three ways — in the app (its files opened, scored in the engine
// worker, the scorebook exported), by the CLI (`pingfen score --out`) and by pkg/'s Evaluator
// in Node — gives one scorebook, apart from when it was made (`created`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { Workbench } from "./pages.mjs";

const env = useEnvironment();
const SUITE = join(ROOT, "www/samples/sample-suite.json");
const ANSWERS = join(ROOT, "www/samples/sample-answers.jsonl");

function withoutCreated(book) {
  const { created, ...rest } = book;
  assert.match(created, /^\d{4}-\d\d-\d\dT/);
  return rest;
}

test("the app, the CLI and pkg/ score the sample to the same scorebook", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  await app.byTestId("open-files").setInputFiles([SUITE, ANSWERS]);
  await app.page.locator('[data-testid="notice"]', { hasText: "sample-answers.jsonl" }).first().waitFor({ timeout: 60_000 });
  await app.page.locator('[data-testid="results-pending"]').waitFor({ state: "detached", timeout: 60_000 });
  await app.leaderboard();
  const download = await new Workbench(app).export("scorebook");
  const saved = join(SCREENSHOTS, "parity-app.scorebook.json");
  await download.saveAs(saved);
  const fromApp = JSON.parse(readFileSync(saved, "utf8"));
  assert.deepEqual(app.errors, []);
  await app.close();

  const cli = process.env.PINGFEN_CLI ?? join(ROOT, "target/debug/pingfen");
  assert.ok(existsSync(cli), `${cli}: build the CLI first (cargo build)`);
  const out = join(mkdtempSync(join(tmpdir(), "pingfen-parity-")), "book.json");
  execFileSync(cli, ["score", "--suite", SUITE, "--answers", ANSWERS, "--out", out], { stdio: "pipe" });
  const fromCli = JSON.parse(readFileSync(out, "utf8"));

  const pkg = (name) => join(ROOT, "pkg", name);
  const { initSync, Pingfen, Evaluator } = await import(pkg("pingfen.js"));
  initSync({ module: readFileSync(pkg("pingfen_bg.wasm")) });
  const evaluator = new Evaluator(readFileSync(pkg(Pingfen.dictionaryFileName())), "en");
  evaluator.open("sample-suite.json", readFileSync(SUITE));
  evaluator.addAnswers("sample-answers.jsonl", readFileSync(ANSWERS));
  const fromPkg = JSON.parse(evaluator.scorebook(new Date().toISOString()));

  assert.equal(fromApp.results.models.length, 5);
  assert.deepEqual(withoutCreated(fromApp), withoutCreated(fromCli), "app = CLI");
  assert.deepEqual(withoutCreated(fromPkg), withoutCreated(fromCli), "pkg/ = CLI");
});
