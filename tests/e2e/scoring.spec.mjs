// Journey: the sample is scored on first visit; a workshop adds models' answers from CSV
// (UTF-8 and GB18030), exports the scorebook, reloads, opens it and sees the same numbers;
// a broken file gets a clear message and changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";

const env = useEnvironment();

const fixture = (name) => join(ROOT, "tests/e2e/fixtures", name);
const golden = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));

test("the sample is scored on first visit with the golden numbers, and the languages rank differently", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  const rows = await app.leaderboard();
  assert.equal(rows.length, golden.results.models.length);
  for (const [model, zhComposite] of rows) {
    const cell = golden.results.table.find((c) => c.model === model && c.lang === "zh" && c.dimension === null);
    assert.equal(zhComposite, cell.score.toFixed(1), model);
  }
  const ranks = await app.page.locator('[data-testid="leaderboard-row"]').evaluateAll((rows) =>
    rows.map((row) => [row.dataset.model, row.querySelectorAll("td.rank")[0].textContent, row.querySelectorAll("td.rank")[1].textContent]),
  );
  const zhFirst = ranks.find((r) => r[1] === "#1")[0];
  const enFirst = ranks.find((r) => r[2] === "#1")[0];
  assert.notEqual(zhFirst, enFirst, "the Chinese and English leaders differ");
  await app.screenshot("leaderboard");

  // Show one language only: its columns stay, the other's go, sorted by that language.
  await app.byTestId("leaderboard-languages").selectOption("en");
  const english = await app.leaderboard();
  assert.equal(english[0][0], enFirst);
  // Model, then per language composite, rank and each dimension, then both languages.
  const perLanguage = golden.suite.dimensions.length + 2;
  assert.equal(rows[0].length, 1 + 2 * perLanguage + 1);
  assert.equal(english[0].length, 1 + perLanguage, "one language: its columns only");
  await app.byTestId("leaderboard-languages").selectOption("both");

  await app.byTestId("tab-items").click();
  await app.byTestId("item-link").filter({ hasText: "zh-tr" }).first().click();
  const detail = app.byTestId("item-detail");
  assert.match(await detail.textContent(), /chrF\|nrefs:\d\|case:mixed/);
  assert.equal(await app.byTestId("answer").count(), rows.length);
  // The engine marks the shared words once its dictionary is built.
  await app.page.locator('[data-testid="answer-highlighted"] mark').first().waitFor();
  const marked = await app.page.locator('[data-testid="answer-highlighted"] mark').allTextContents();
  assert.ok(marked.length > 0 && marked.every((word) => word.trim().length > 0), "shared words are highlighted");
  await app.screenshot("items");
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("answers from UTF-8 and GB18030 CSV and from XLSX are scored at once; export, reload, reopen: same numbers", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const before = await app.leaderboard();
  await app.byTestId("open-files").setInputFiles([fixture("new-model-utf8.csv"), fixture("new-model-gb18030.csv")]);
  await app.page.locator('[data-testid="leaderboard-row"][data-model="国产模型-GB18030"]').waitFor();
  const after = await app.leaderboard();
  assert.equal(after.length, before.length + 2);
  // Both files hold Mingjing-Pro's answers under new names: the same scores.
  const row = (rows, model) => rows.find((r) => r[0] === model).slice(1);
  assert.deepEqual(row(after, "Csv-Model-UTF8"), row(after, "Mingjing-Pro (sample)"));
  assert.deepEqual(row(after, "国产模型-GB18030"), row(after, "Mingjing-Pro (sample)"));

  // A spreadsheet of answers too.
  await app.byTestId("open-files").setInputFiles(fixture("new-model.xlsx"));
  await app.page.locator('[data-testid="leaderboard-row"][data-model="Excel-Model"]').waitFor();
  const withXlsx = await app.leaderboard();
  assert.deepEqual(row(withXlsx, "Excel-Model"), row(withXlsx, "Mingjing-Pro (sample)"));
  const [workbook] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("export-xlsx").click()]);
  assert.match(workbook.suggestedFilename(), /\.results\.xlsx$/);
  const xlsxPath = join(SCREENSHOTS, "exported.results.xlsx");
  await workbook.saveAs(xlsxPath);
  assert.equal(readFileSync(xlsxPath).subarray(0, 2).toString(), "PK", "an .xlsx is a zip");

  const [download] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("export-scorebook").click()]);
  const saved = join(SCREENSHOTS, "exported.scorebook.json");
  await download.saveAs(saved);
  const book = JSON.parse(readFileSync(saved, "utf8"));
  assert.equal(book.schema, "pingfen.scorebook/1");
  assert.equal(book.results.models.length, withXlsx.length);

  await app.page.reload();
  assert.deepEqual(await app.leaderboard(), withXlsx, "a reload restores the autosaved work");
  await app.byTestId("load-sample").click();
  assert.equal((await app.leaderboard()).length, before.length);
  await app.byTestId("open-files").setInputFiles(saved);
  await app.page.locator('[data-testid="leaderboard-row"][data-model="国产模型-GB18030"]').waitFor();
  assert.deepEqual(await app.leaderboard(), withXlsx);
  assert.match(await app.byTestId("session-source").textContent(), /exported\.scorebook\.json/);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a malformed file gets a message naming the file and line, and nothing loaded changes", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  const before = await app.leaderboard();
  await app.byTestId("open-files").setInputFiles(fixture("broken.jsonl"));
  const notice = app.page.getByRole("alert");
  await notice.waitFor();
  assert.match(await notice.textContent(), /broken\.jsonl.*line 2/s);
  assert.deepEqual(await app.leaderboard(), before);
  await app.screenshot("broken-file");
  // In the Chinese interface the same problem is explained in Chinese: the notice on screen
  // is reworded at once, and a new one comes in Chinese too.
  await app.byTestId("ui-lang-zh-Hans").click();
  await app.page.getByText("broken.jsonl，第 2 行").waitFor();
  await app.byTestId("open-files").setInputFiles(fixture("broken.jsonl"));
  await app.page.getByText("broken.jsonl，第 2 行").waitFor();
  assert.equal(await app.page.getByRole("alert").count(), 1, "the same file refused again is one notice");
  assert.match(await app.page.getByRole("alert").first().textContent(), /未能读取 broken\.jsonl.*每行应为/s);
  await app.screenshot("broken-file-zh");
  await app.close();
});

test("pasted answers for one model are matched to items in order", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  const zhItems = golden.suite.items.filter((i) => i.lang === "zh");
  const text = zhItems.map((item, i) => `${i + 1}. ${item.kind === "choice" ? "答案是" + item.answer : (item.references?.[0] ?? "不知道")}`).join("\n");
  await app.byTestId("paste-toggle").click();
  assert.equal(await app.byTestId("paste-lang").inputValue(), "all", "all items by default");
  await app.byTestId("paste-model").fill("Pasted-Oracle");
  await app.byTestId("paste-lang").selectOption("zh");
  // One answer short first: refused, and nothing typed is lost.
  const short = text.split("\n").slice(0, -1).join("\n");
  await app.byTestId("paste-text").fill(short);
  await app.byTestId("paste-submit").click();
  await app.page.getByRole("alert").filter({ hasText: "Pasted-Oracle" }).waitFor();
  assert.equal(await app.byTestId("paste-model").inputValue(), "Pasted-Oracle");
  assert.equal(await app.byTestId("paste-lang").inputValue(), "zh");
  assert.equal(await app.byTestId("paste-text").inputValue(), short);
  await app.byTestId("paste-text").fill(text);
  await app.byTestId("paste-submit").click();
  await app.page.getByText("Added answers of 1 model from pasted answers (Pasted-Oracle)").waitFor();
  assert.equal(await app.page.getByRole("alert").count(), 0, "the corrected paste replaces the error");
  const row = app.page.locator('[data-testid="leaderboard-row"][data-model="Pasted-Oracle"]');
  await row.waitFor();
  const expertise = await row.locator("td").nth(3).textContent();
  assert.equal(expertise, "100.0", "every choice answered correctly");
  await app.close();
});

test("an organiser's spreadsheet suite (CSV) and a class's answers are scored", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  await app.byTestId("open-files").setInputFiles(fixture("classroom-suite.csv"));
  await app.page.getByText("classroom-suite.csv").first().waitFor();
  assert.match(await app.byTestId("session-source").textContent(), /classroom-suite\.csv · 0 models · 3 items/);
  await app.byTestId("open-files").setInputFiles(fixture("classroom-answers.jsonl"));
  await app.page.locator('[data-testid="leaderboard-row"][data-model="Student-B"]').waitFor();
  const rows = await app.leaderboard();
  const a = rows.find((r) => r[0] === "Student-A");
  const b = rows.find((r) => r[0] === "Student-B");
  assert.ok(Number(a[1]) > Number(b[1]), `A ${a[1]} should beat B ${b[1]} in Chinese`);
  await app.screenshot("classroom");
  await app.byTestId("load-sample").click();
  await app.page.locator('[data-testid="leaderboard-row"][data-model="Qilin-Chat (sample)"]').waitFor();
  assert.equal((await app.leaderboard()).length, golden.results.models.length, "back to the sample");
  assert.deepEqual(app.errors, []);
  await app.close();
});
