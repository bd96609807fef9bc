// Journeys of the results screen: scores with intervals and ranks, the Chinese-vs-English
// charts (accessible, downloadable as SVG and PNG), the two-model test, drilling from a score
// to its items, the print layout, and the HTML report opened offline with scripts off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { ResultsScreen } from "./pages.mjs";

const env = useEnvironment();
const golden = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));
const composite = (model, lang) => golden.results.table.find((c) => c.model === model && c.lang === lang && c.dimension === null);

test("the leaderboard shows every score with its interval and rank; the charts are accessible and download as SVG and PNG", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await app.leaderboard();
  const rows = await app.page.locator('[data-testid="leaderboard-row"]').evaluateAll((rows) =>
    rows.map((row) => {
      const tds = [...row.querySelectorAll("td")];
      const ranks = [...row.querySelectorAll("td.rank")];
      return { model: row.dataset.model, zh: tds[0].textContent, zhCi: tds[0].dataset.ci, zhRank: ranks[0].textContent, enRank: ranks[1].textContent };
    }),
  );
  for (const row of rows) {
    const cell = composite(row.model, "zh");
    assert.equal(row.zh, cell.score.toFixed(1));
    assert.equal(row.zhCi, `${cell.interval.low.toFixed(1)}–${cell.interval.high.toFixed(1)}`, `${row.model}: the golden interval`);
    const better = golden.results.models.filter((m) => composite(m, "zh").score > cell.score).length;
    assert.equal(row.zhRank, `#${better + 1}`);
  }
  // The composite over both languages, as the golden scorebook has it.
  for (const model of golden.results.models) {
    const overall = golden.results.table.find((c) => c.model === model && c.lang === null && c.dimension === null);
    const cell = app.page.locator(`[data-testid="leaderboard-row"][data-model="${model}"] [data-testid="overall"]`);
    assert.equal(await cell.textContent(), overall.score.toFixed(1));
  }
  // Pooling the sub-tasks (micro) changes the figures and the recorded rule; back to macro restores them.
  await app.byTestId("rule-panel").locator("summary").click();
  await app.byTestId("rule-subtasks").selectOption("micro");
  await app.page.getByText("subtasks:micro|dimensions:macro").waitFor();
  const micro = await app.leaderboard();
  assert.notDeepEqual(micro.map((r) => r[1]), rows.map((r) => r.zh));
  await app.byTestId("rule-subtasks").selectOption("macro");
  await app.page.getByText("subtasks:macro|dimensions:macro").waitFor();
  assert.deepEqual((await app.leaderboard()).map((r) => r[1]), rows.map((r) => r.zh));
  // The slope chart: one line per model, titled and described for screen readers.
  const slope = app.byTestId("chart-slope").locator("svg");
  assert.equal(await slope.getAttribute("role"), "img");
  assert.match(await slope.locator("title").first().textContent(), /Rank in Chinese and in English/);
  assert.equal(await slope.locator("g[data-model]").count(), golden.results.models.length);
  for (const row of rows) {
    const description = await slope.locator("desc").textContent();
    assert.ok(description.includes(`${row.model}: Chinese ${row.zhRank} (${row.zh}), English ${row.enRank}`), description);
  }
  for (const id of ["bars-zh", "bars-en", "dist-zh", "dist-en"]) await app.byTestId(`chart-${id}`).locator("svg").waitFor();
  await app.screenshot("results-charts");

  const [svg] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("download-svg-slope").click()]);
  assert.match(svg.suggestedFilename(), /\.slope\.svg$/);
  const svgPath = join(SCREENSHOTS, "slope.svg");
  await svg.saveAs(svgPath);
  assert.match(readFileSync(svgPath, "utf8"), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const [png] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("download-png-bars-zh").click()]);
  const pngPath = join(SCREENSHOTS, "bars-zh.png");
  await png.saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG file");
  assert.ok(bytes.length > 10_000, `${bytes.length} bytes: a drawn chart, not an empty canvas`);

  // Two models compared on Chinese items: a difference with an interval and a p-value.
  const result = await new ResultsScreen(app).compare("zh");
  assert.match(result, /^.+ − .+ = [+-]\d+\.\d points \[[+-]\d+\.\d, [+-]\d+\.\d\] · p = [01]\.\d{3} /);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a score links to the items behind it, with the model's answer marked", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await app.leaderboard();
  const model = golden.results.models[0];
  const row = app.page.locator(`[data-testid="leaderboard-row"][data-model="${model}"]`);
  // Chinese columns: composite, rank, then the dimensions in suite order (expertise second).
  await row.locator("td").nth(3).locator("button").click();
  await app.byTestId("item-filter").waitFor();
  const ids = await app.byTestId("item-link").locator(".item-link__id").allTextContents();
  const expected = golden.suite.items.filter((i) => i.lang === "zh" && i.dimension === "expertise").map((i) => i.id);
  assert.deepEqual(ids, expected);
  assert.equal(await app.page.locator('[data-testid="answer"][data-focus="true"]').getAttribute("data-model"), model);
  await app.screenshot("drill-down");
  await app.byTestId("clear-filter").click();
  assert.equal(await app.byTestId("item-link").count(), golden.suite.items.length);
  await app.close();
});

test("the HTML report, opened offline with scripts off, shows the same numbers; the page prints cleanly", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const board = await app.leaderboard();
  const [download] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("export-report").click()]);
  assert.match(download.suggestedFilename(), /\.report\.html$/);
  const path = join(SCREENSHOTS, "report.html");
  await download.saveAs(path);
  await app.page.emulateMedia({ media: "print" });
  await app.screenshot("print");
  await app.close();

  const context = await env.browser.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`file://${path}`);
  for (const [model, zh] of board) {
    const cell = page.locator(`table[data-lang="zh"] tr[data-model="${model}"] td[data-score="composite"]`);
    assert.equal((await cell.textContent()).split(" ")[0], zh, model);
  }
  assert.equal(await page.locator("svg[role=img]").count(), 5, "the slope, two bar and two distribution charts");
  assert.equal(await page.locator("section.item").count(), golden.suite.items.length);
  assert.ok(requests.every((url) => url.startsWith("file://")), requests.join("\n"));
  await page.screenshot({ path: join(SCREENSHOTS, "report.png"), fullPage: false });
  await context.close();
});
