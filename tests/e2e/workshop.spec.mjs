// Journeys of a workshop (issue 11): a Hong Kong teacher's Traditional answer scores as its
// Simplified reference; nothing typed is lost (paste drafts, comments before a rating, the
// screen one was on); every screen and the report fit a 390 px phone, whose first screen
// shows the leaderboard; the Chinese interfaces name dimensions and criteria, never ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, useEnvironment } from "./harness.mjs";
import { ItemsScreen, LearnScreen, RateScreen, RatersScreen, Workbench } from "./pages.mjs";

const env = useEnvironment();
const golden = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("a Traditional-character answer equal to its Simplified reference scores 100, t2s in its signature", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 } });
  await app.leaderboard();
  const answers = [
    { model: "港大老師", item: "zh-tr-01", answer: "早起的鳥兒有蟲吃，但第二隻老鼠才能吃到奶酪。" },
    { model: "港大老師", item: "zh-qa-01", answer: "造紙術、指南針、火藥、印刷術" },
  ];
  await app.byTestId("open-files").setInputFiles({
    name: "hk-teacher.jsonl",
    mimeType: "application/json",
    buffer: Buffer.from(answers.map((a) => JSON.stringify(a)).join("\n")),
  });
  await app.page.locator('[data-testid="leaderboard-row"][data-model="港大老師"]').waitFor();
  const items = new ItemsScreen(app);
  await items.open();
  for (const id of ["zh-tr-01", "zh-qa-01"]) {
    await app.byTestId("item-link").filter({ hasText: id }).click();
    const answer = app.page.locator('[data-testid="answer"][data-model="港大老師"]');
    assert.equal(await answer.getByTestId("answer-score").textContent(), "100.0", id);
    assert.match(await answer.getByTestId("score-metric").textContent(), /norm:nfkc\+t2s/, id);
    assert.match(await answer.getByTestId("script-note").textContent(), /Traditional/, id);
  }
  await app.screenshot("items-traditional");

  // Compared as written (the organiser's choice, saved with the suite), the same answer falls.
  await app.leaderboard();
  await app.byTestId("rule-panel").locator("summary").click();
  await app.byTestId("chinese-script").selectOption("as-written");
  await items.open();
  await app.byTestId("item-link").filter({ hasText: "zh-tr-01" }).click();
  const raw = Number(await app.page.locator('[data-testid="answer"][data-model="港大老師"] [data-testid="answer-score"]').textContent());
  assert.ok(raw < 60, `as written: ${raw}`);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a rubric check names itself, what it expects and what it found; the item's metric is marked; drill-down lists scores", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 } });
  await app.leaderboard();
  const rubric = golden.suite.items.find((i) => i.kind === "rubric");
  const items = new ItemsScreen(app);
  await items.open();
  await app.byTestId("item-link").filter({ hasText: rubric.id }).click();
  const check = app.byTestId("check").first();
  assert.match(await check.textContent(), /(Key points|Forbidden content|Pattern|Length|Valid JSON|Language) (passed|failed)/);
  assert.match(await app.byTestId("check-expects").first().textContent(), /^expects /);
  // From the leaderboard: the items behind a cell with that model's score each, sortable.
  await app.leaderboard();
  await app.page.locator('[data-testid="leaderboard-row"] td.num a, [data-testid="leaderboard-row"] td.num button').first().click();
  await app.byTestId("item-filter").waitFor();
  const scores = async () => (await app.page.locator('[data-testid="item-link-score"]').allTextContents()).map(Number).filter((n) => !Number.isNaN(n));
  assert.ok((await scores()).length > 0);
  await app.byTestId("item-order").selectOption("low");
  const low = await scores();
  assert.deepEqual(low, [...low].sort((a, b) => a - b), "lowest first");
  await app.close();
});

test("the paste form shows what it expects, and keeps its draft across a reload; a comment typed before rating survives too", async () => {
  const app = await AppPage.open(env.browser, env.server.url, PHONE);
  await app.leaderboard();
  const bench = new Workbench(app);
  await bench.openPaste();
  const zh = golden.suite.items.filter((i) => i.lang === "zh").length;
  await app.byTestId("paste-lang").selectOption("zh");
  assert.match(await app.byTestId("paste-expects").textContent(), new RegExp(`Expects ${zh} answers, one per Chinese item`));
  await app.byTestId("paste-model").fill("Draft-Model");
  await app.byTestId("paste-text").pressSequentially("1．第一个回答");
  await app.page.waitForFunction(() => (localStorage.getItem("pingfen.drafts") ?? "").includes("第一个回答"));
  await app.page.reload();
  await app.byTestId("paste-form").waitFor();
  assert.equal(await app.byTestId("paste-model").inputValue(), "Draft-Model");
  assert.equal(await app.byTestId("paste-lang").inputValue(), "zh");
  assert.equal(await app.byTestId("paste-text").inputValue(), "1．第一个回答");
  await app.byTestId("paste-close").click();

  const rate = new RateScreen(app);
  await rate.signIn("Wing");
  const card = await app.byTestId("likert-card").getAttribute("data-item");
  await app.byTestId("comment").pressSequentially("未評分先寫");
  await app.page.waitForFunction(() => (localStorage.getItem("pingfen.drafts") ?? "").includes("未評分先寫"));
  await app.page.reload();
  // Back on the rating screen, on the same answer, the comment still there.
  await app.byTestId("likert-card").waitFor();
  assert.equal(await app.byTestId("likert-card").getAttribute("data-item"), card);
  assert.equal(await app.byTestId("comment").inputValue(), "未評分先寫");
  await app.page.keyboard.press("Escape");
  await app.page.locator("body").click({ position: { x: 5, y: 5 } });
  await rate.rate(5);
  await app.page.keyboard.press("k");
  assert.equal(await app.byTestId("comment").inputValue(), "未評分先寫", "the comment joined the rating");
  await app.close();
});

test("a reload returns to the screen and answer the rater was on", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 } });
  await app.leaderboard();
  const rate = new RateScreen(app);
  await rate.signIn("Kit");
  await rate.rate(4);
  await app.page.keyboard.press("j");
  await app.page.keyboard.press("j");
  const where = await app.byTestId("likert-card").getAttribute("data-item") + (await app.byTestId("likert-card").getAttribute("data-label"));
  await app.page.waitForFunction(() => (sessionStorage.getItem("pingfen.place") ?? "").includes("rate"));
  await app.page.waitForTimeout(300);
  await app.page.reload();
  await app.byTestId("likert-card").waitFor();
  assert.equal(await app.byTestId("likert-card").getAttribute("data-item") + (await app.byTestId("likert-card").getAttribute("data-label")), where);
  assert.equal(await app.byTestId("tab-rate").getAttribute("aria-selected"), "true");
  await app.close();
});

test("tabs are ARIA tabs moved by arrow keys; the skip link leads to the content; scales are one Tab stop", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 } });
  await app.leaderboard();
  await app.page.keyboard.press("Tab");
  assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.testid), "skip-link");
  await app.page.keyboard.press("Enter");
  assert.equal(await app.page.evaluate(() => location.hash), "#content");
  await app.byTestId("tab-results").focus();
  await app.page.keyboard.press("ArrowRight");
  // The page may still be starting its engine: the re-render can take a frame.
  await app.page.locator('[data-testid="tab-items"][aria-selected="true"]').waitFor();
  assert.equal(await app.byTestId("tab-items").getAttribute("aria-selected"), "true");
  assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.testid), "tab-items");
  await app.page.keyboard.press("End");
  assert.equal(await app.byTestId("tab-learn").getAttribute("aria-selected"), "true");
  const rate = new RateScreen(app);
  await rate.signIn("Tab");
  const stops = await app.page.locator('[data-testid="criterion"]').first().locator('[data-testid="scale-point"][tabindex="0"]').count();
  assert.equal(stops, 1, "one Tab stop per scale");
  // Digits rate while a checkbox has focus (it takes Space, not digits).
  await app.byTestId("blind").focus();
  await rate.rate(3);
  assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.testid), "blind");
  await app.close();
});

test("the whole leaderboard fits a 1280 px desktop and a 1920 × 1080 projector; on a phone its dimensions scroll, with a hint", async () => {
  for (const [viewport, fits] of [[{ width: 1280, height: 800 }, true], [{ width: 1920, height: 1080 }, true], [{ width: 390, height: 844 }, false]]) {
    const app = await AppPage.open(env.browser, env.server.url, { viewport, isMobile: viewport.width < 500 });
    await app.leaderboard();
    const wrap = app.byTestId("leaderboard-wrap");
    if (!fits) {
      // The phone opens on both languages' composites and ranks, which fit; dimensions on request.
      await app.page.waitForFunction(() => document.querySelector('[data-testid="leaderboard-wrap"]')?.getAttribute("data-overflow") === "false");
      assert.equal(await app.byTestId("scroll-hint").isVisible(), false);
      await app.byTestId("show-dimensions").click();
      await app.page.waitForFunction(() => document.querySelector('[data-testid="leaderboard-wrap"]')?.getAttribute("data-overflow") === "true");
    }
    await app.page.waitForFunction(() => document.querySelector('[data-testid="leaderboard-wrap"]')?.hasAttribute("data-overflow"));
    assert.equal(await wrap.getAttribute("data-overflow"), String(!fits), `${viewport.width} px`);
    assert.equal(await app.byTestId("scroll-hint").isVisible(), !fits, `${viewport.width} px: the hint`);
    if (!fits) {
      // Scrolled sideways, the model names and the language of the columns stay in view.
      await wrap.evaluate((element) => (element.scrollLeft = element.scrollWidth));
      const frame = await wrap.boundingBox();
      const model = await app.page.locator('[data-testid="leaderboard-row"] th').first().boundingBox();
      assert.ok(model.x >= frame.x - 1 && model.x < frame.x + 20, "the model column sticks");
      const label = await app.page.locator(".group__label").last().boundingBox();
      assert.ok(label.x >= frame.x && label.x + label.width <= frame.x + frame.width, "the language label is in view");
      await app.screenshot("phone-leaderboard-scrolled");
    } else {
      await app.screenshot(`leaderboard-${viewport.width}`);
    }
    await app.close();
  }
});

/** Every screen, signed in so the rating desk shows a card. */
async function everyScreen(app, visit) {
  await app.leaderboard();
  await visit("results");
  const items = new ItemsScreen(app);
  await items.open();
  await visit("items");
  const rate = new RateScreen(app);
  await rate.signIn("Phone");
  await visit("rate");
  await new RatersScreen(app).open();
  await visit("raters");
  await app.openTokenizer();
  await visit("tokenizer");
  await new LearnScreen(app).open();
  await visit("learn");
}

test("at 390 px every screen and the HTML report are no wider than the phone; the first screen shows leaderboard rows", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { ...PHONE, acceptDownloads: true });
  await app.leaderboard();
  const first = await app.page.locator('[data-testid="leaderboard-row"]').first().boundingBox();
  assert.ok(first && first.y + first.height <= 844, `the first row ends at ${first?.y + first?.height} px, below the 844 px screen`);
  // Both languages on that first screen: each composite and the composite over both in view.
  const row = app.page.locator('[data-testid="leaderboard-row"]').first();
  for (const cell of [row.locator("td.num--strong").nth(0), row.locator("td.num--strong").nth(1), row.getByTestId("overall")]) {
    const box = await cell.boundingBox();
    assert.ok(box && box.x + box.width <= 390, `a composite at ${box?.x} px is off the 390 px screen`);
  }
  await app.screenshot("phone-first-screen");
  const wide = [];
  await everyScreen(app, async (name) => {
    const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${name}: ${width} px`);
  });
  await app.leaderboard();
  const download = await new Workbench(app).export("report");
  const html = readFileSync(await download.path(), "utf8");
  const report = await app.context.newPage();
  await report.setContent(html);
  const reportWidth = await report.evaluate(() => document.documentElement.scrollWidth);
  if (reportWidth > 390) wide.push(`report: ${reportWidth} px`);
  await report.close();
  assert.deepEqual(wide, [], "pages wider than the phone");
  await app.close();
});

test("the Chinese interfaces name dimensions, sub-tasks and criteria, never their ids", async () => {
  const ids = new Set([
    ...golden.suite.dimensions.flatMap((d) => [d.id, ...(d.subtasks ?? []).map((s) => s.id)]),
    ...golden.suite.items.flatMap((i) => (i.criteria ?? []).map((c) => (typeof c === "string" ? c : c.id))),
    "quality",
  ]);
  for (const locale of ["zh-CN", "zh-TW"]) {
    const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 }, locale });
    const seen = [];
    await everyScreen(app, async (name) => {
      const chrome = await app.page.evaluate(() =>
        [...document.querySelectorAll("thead th, .item__meta, .criterion legend, [data-testid=human-detail], .raters th, .raters caption, .workbench, .rule")]
          .map((e) => e.textContent).join(" | "),
      );
      for (const id of ids) if (new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(chrome)) seen.push(`${locale} ${name}: ${id}`);
    });
    assert.deepEqual(seen, [], "ids shown instead of names");
    await app.close();
  }
});

test("the first-visit guide leads to the rating screen, and once closed stays closed", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 }, locale: "zh-HK" });
  await app.leaderboard();
  assert.match(await app.byTestId("guide").textContent(), /看看範例.*匯入你的回答.*人工評分/s);
  await app.byTestId("guide-rate").click();
  assert.equal(await app.byTestId("tab-rate").getAttribute("aria-selected"), "true");
  await app.leaderboard();
  await app.byTestId("guide-close").click();
  await app.page.reload();
  await app.leaderboard();
  assert.equal(await app.byTestId("guide").count(), 0, "closed for good");
  await app.close();
});

test("a short English reference scored by BLEU says why chrF suits it better", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 } });
  await app.leaderboard();
  const suite = {
    schema: "pingfen.suite/1", id: "short", title: { en: "Short answers" },
    dimensions: [{ id: "d", name: { en: "Greetings" }, subtasks: [{ id: "s", name: { en: "Hello" } }] }],
    items: [{ id: "en-hello", lang: "en", dimension: "d", subtask: "s", kind: "reference", prompt: "Greet the world.", references: ["Hello, world"], metrics: ["bleu", "chrf"] }],
  };
  await app.byTestId("open-files").setInputFiles([
    { name: "short.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(suite)) },
    { name: "short.jsonl", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ model: "M", item: "en-hello", answer: "Hello, world!" })) },
  ]);
  await app.page.locator('[data-testid="leaderboard-row"][data-model="M"]').waitFor();
  await new ItemsScreen(app).open();
  assert.equal(await app.byTestId("answer-score").textContent(), "59.5");
  assert.match(await app.byTestId("short-bleu-hint").textContent(), /chrF/);
  await app.close();
});

test("the leaderboard CSV is the table on screen: its languages, its order, one row per model", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await app.leaderboard();
  await app.byTestId("leaderboard-languages").selectOption("en");
  const screen = (await app.leaderboard()).map((row) => row[0]);
  const download = await new Workbench(app).export("table");
  const lines = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "").trim().split("\n");
  assert.match(lines[0], /^Model,English · Composite,/);
  assert.ok(!lines[0].includes("Chinese") && !lines[0].includes("Both languages"), lines[0]);
  assert.deepEqual(lines.slice(1).map((line) => line.split(",")[0]), screen);
  await app.close();
});
