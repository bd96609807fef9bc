// Autosave never loses work: a save that cannot be restored is kept and offered for download
// (the regression test of the bug where the sample overwrote it), a localStorage save of the
// previous version moves into IndexedDB, a 50 MB session saves and comes back, and clearing
// local data asks first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { RateScreen, StoragePanel } from "./pages.mjs";

const env = useEnvironment();
const suite = JSON.parse(readFileSync(join(ROOT, "www/samples/sample-suite.json"), "utf8"));
const answers = readFileSync(join(ROOT, "www/samples/sample-answers.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
const models = [...new Set(answers.map((a) => a.model))];
/** Items people rate, with the criterion each is rated on (open items without criteria: "quality"). */
const openItems = suite.items.filter((item) => item.kind === "open").map((item) => ({ id: item.id, criterion: item.rubric?.criteria?.[0]?.id ?? "quality" }));

test("regression: a save that cannot be restored is kept, reported, downloadable, and never overwritten", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { acceptDownloads: true });
  const storage = new StoragePanel(app);
  await app.leaderboard();
  // Work as a participant would, then the save is damaged (cut off mid-write, as a crash or
  // a full disk leaves it).
  const rate = new RateScreen(app);
  await rate.signIn("Alice");
  await rate.rate(6);
  await rate.rate(3);
  const saved = await storage.waitForSave("session", (text) => (text.match(/"rater":"Alice"/g) ?? []).length === 2);
  const damaged = saved.slice(0, Math.floor(saved.length * 0.6));
  await storage.write("session", damaged);

  await app.page.reload();
  await app.leaderboard();
  const alert = app.page.getByRole("alert").filter({ hasText: "could not be restored" });
  await alert.waitFor();
  assert.match(await alert.textContent(), /not complete JSON/);
  await storage.keptSaves().first().waitFor();
  const key = await storage.keptSaves().first().getAttribute("data-key");
  assert.match(key, /^unrestorable-\d{4}-\d\d-\d\dT/);
  // Autosave goes on (the sample is on screen) and the damaged bytes are still there, whole.
  await app.page.waitForTimeout(500);
  assert.equal(await storage.read(key), damaged, "the damaged save is kept byte for byte");
  const [download] = await Promise.all([app.page.waitForEvent("download"), app.byTestId("kept-save-download").first().click()]);
  const path = join(SCREENSHOTS, "kept-save.json");
  await download.saveAs(path);
  assert.equal(readFileSync(path, "utf8"), damaged, "the download is the saved bytes");
  await app.screenshot("autosave-unrestorable");

  // Another reload: still kept and listed, not reported again as new.
  await app.page.reload();
  await app.leaderboard();
  await storage.keptSaves().first().waitFor();
  assert.equal(await storage.read(key), damaged);
  assert.equal(await app.page.getByRole("alert").filter({ hasText: "could not be restored" }).count(), 0);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("a localStorage save of the previous version moves into IndexedDB with its ratings", async () => {
  const app = await AppPage.open(env.browser, env.server.url);
  const storage = new StoragePanel(app);
  await app.leaderboard();
  const ratings = openItems.slice(0, 3).map((item, i) => ({ rater: "Wing", model: models[i], item: item.id, criterion: item.criterion, value: 5 + i }));
  assert.equal(ratings.length, 3);
  const v1 = JSON.stringify({ source: "workshop.json", session: { suite, answers, ratings, votes: [], raters: [{ name: "Wing", seed: 9, pair_rounds: 1 }] } });
  await app.page.evaluate((v1) => localStorage.setItem("pingfen.session", v1), v1);
  await app.page.evaluate(() => new Promise((ok) => {
    const del = indexedDB.open("pingfen", 1);
    del.onsuccess = () => {
      const tx = del.result.transaction("saves", "readwrite");
      tx.objectStore("saves").delete("session");
      tx.oncomplete = () => ok();
    };
  }));
  await app.page.reload();
  await app.leaderboard();
  await app.page.getByText("Restored the work saved in this browser (3 ratings and votes).").waitFor();
  assert.match(await app.byTestId("session-source").textContent(), /workshop\.json/);
  assert.equal(await app.page.evaluate(() => localStorage.getItem("pingfen.session")), null, "the old copy is gone once moved");
  const moved = JSON.parse(await storage.read("session"));
  assert.equal(moved.schema, "pingfen.autosave/2");
  assert.equal(moved.session.ratings.length, 3);
  await app.close();
});

test("a 50 MB session (long comments) saves in IndexedDB and comes back after a reload", async () => {
  const rated = suite.items.filter((item) => item.kind === "open" || item.rubric?.criteria?.length);
  const ratings = [];
  const comment = "评语很长，".repeat(1_700); // ~25 KB of UTF-8 per rating
  for (let rater = 0; ratings.length < 2_000; rater++) {
    for (const item of rated) {
      const criterion = item.rubric?.criteria?.[0]?.id ?? "quality";
      for (const model of models) {
        if (ratings.length < 2_000) ratings.push({ rater: `R${rater}`, model, item: item.id, criterion, value: 1 + ((rater + ratings.length) % 7), comment });
      }
    }
  }
  const book = { schema: "pingfen.scorebook/1", app_version: "test", created: "2026-12-01T00:00:00Z", suite, answers, ratings, votes: [] };
  const path = join(SCREENSHOTS, "big.scorebook.json");
  writeFileSync(path, JSON.stringify(book));
  const bytes = readFileSync(path).length;
  assert.ok(bytes > 50_000_000, `${bytes} bytes`);

  const app = await AppPage.open(env.browser, env.server.url);
  await app.leaderboard();
  await app.byTestId("open-files").setInputFiles(path);
  await app.page.getByText("Opened scorebook big.scorebook.json.").waitFor({ timeout: 60_000 });
  // Written once decoded and scored; its UTF-8 size measured in the page (50 MB).
  const savedLength = () =>
    new Promise((ok) => {
      const open = indexedDB.open("pingfen", 1);
      open.onsuccess = () => {
        const get = open.result.transaction("saves").objectStore("saves").get("session");
        get.onsuccess = () => ok(get.result ? new TextEncoder().encode(get.result).length : 0);
      };
    });
  const until = Date.now() + 60_000;
  let saved = 0;
  while ((saved = await app.page.evaluate(savedLength)) <= 50_000_000 && Date.now() < until) await app.page.waitForTimeout(500);
  assert.ok(saved > 50_000_000, `saved ${saved} bytes`);
  await app.page.reload();
  await app.leaderboard();
  await app.page.getByText("Restored the work saved in this browser (2000 ratings and votes).").waitFor({ timeout: 60_000 });
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("clearing all local data asks first, then leaves nothing behind", async () => {
  const app = await AppPage.open(env.browser, env.server.url);
  const storage = new StoragePanel(app);
  await app.leaderboard();
  const rate = new RateScreen(app);
  await rate.signIn("Kit");
  await rate.rate(4);
  await storage.waitForSave("session", (text) => text.includes('"rater":"Kit"'));
  app.page.once("dialog", (dialog) => dialog.dismiss());
  await app.byTestId("clear-local-data").click();
  assert.ok((await storage.read("session")).includes("Kit"), "dismissed: nothing deleted");
  app.page.once("dialog", (dialog) => {
    assert.match(dialog.message(), /with its rating or vote/);
    dialog.accept();
  });
  await app.byTestId("clear-local-data").click();
  await app.page.getByText("Everything saved in this browser was deleted.").waitFor();
  await app.page.waitForTimeout(300);
  assert.deepEqual(await storage.keys(), [], "the untouched sample is not saved again");
  assert.equal(await app.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("pingfen.")).length), 0);
  await app.close();
});

test("a comment half typed survives a reload (saved as it is typed, not on leaving the field)", async () => {
  const app = await AppPage.open(env.browser, env.server.url);
  const storage = new StoragePanel(app);
  await app.leaderboard();
  const rate = new RateScreen(app);
  await rate.signIn("Yan");
  await app.page.keyboard.press("k"); // back to the first answer (the rating moved on)
  await rate.rate(5);
  await app.page.keyboard.press("k");
  await app.byTestId("comment").pressSequentially("論點清楚，但");
  await storage.waitForSave("session", (text) => text.includes("論點清楚，但"));
  await app.page.reload();
  // The reload returns to the rating screen, on the answer being commented, the text there.
  await app.byTestId("likert-card").waitFor();
  assert.equal(await app.byTestId("comment").inputValue(), "論點清楚，但");
  const saved = JSON.parse(await storage.read("session"));
  assert.ok(saved.session.ratings.some((r) => r.rater === "Yan" && r.comment === "論點清楚，但"));
  await app.close();
});

test("a second tab does not save over the first one's ratings", async () => {
  const first = await AppPage.open(env.browser, env.server.url);
  const storage = new StoragePanel(first);
  await first.leaderboard();
  const rate = new RateScreen(first);
  await rate.signIn("Lam");
  await rate.rate(6);
  await storage.waitForSave("session", (text) => text.includes('"rater":"Lam"'));
  // The same browser profile, a second tab.
  const second = new AppPage(await first.context.newPage());
  await second.page.goto(env.server.url);
  await second.leaderboard();
  await second.page.getByRole("alert").filter({ hasText: "open in another tab" }).waitFor();
  assert.match(await second.byTestId("save-status").textContent(), /autosave off/);
  // The first tab goes on saving; the second's changes do not reach the save.
  await rate.rate(3);
  await storage.waitForSave("session", (text) => (text.match(/"rater":"Lam"/g) ?? []).length === 2);
  const other = new RateScreen(second);
  await other.signIn("Other");
  await other.rate(2);
  await second.page.waitForTimeout(500);
  const saved = JSON.parse(await storage.read("session")).session.ratings;
  assert.equal(saved.filter((r) => r.rater === "Lam").length, 2);
  assert.equal(saved.filter((r) => r.rater === "Other").length, 0, "the second tab wrote nothing");
  await first.close();
});
