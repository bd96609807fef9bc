// Page objects, one per screen: each knows how to reach its screen and what it shows, by
// data-testid. Specs speak in these terms; markup changes touch only this file.

/** The results screen: leaderboard and charts. */
export class ResultsScreen {
  constructor(app) {
    this.app = app;
  }
  async open() {
    await this.app.byTestId("tab-results").click();
    await this.app.byTestId("leaderboard").waitFor();
  }
  rows() {
    return this.app.page.locator('[data-testid="leaderboard-row"]');
  }
  /** Picks the comparison's scope and returns its sentence once the engine has answered for it. */
  async compare(scope) {
    await this.app.byTestId("compare-scope").selectOption(scope);
    const result = this.app.page.locator(`[data-testid="compare-result"][data-scope="${scope}"][aria-busy="false"]`);
    await result.waitFor();
    return result.textContent();
  }
}

/** The bar above every screen: tabs, the Data menu (a button on phones), the paste form. */
export class Workbench {
  constructor(app) {
    this.app = app;
  }
  /** Opens the Data menu where it is a menu (narrow screens); on wide ones it is always open. */
  async openData() {
    const toggle = this.app.byTestId("data-menu");
    if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await this.app.byTestId("paste-toggle").waitFor({ state: "visible" });
  }
  async openPaste() {
    await this.openData();
    await this.app.byTestId("paste-toggle").click();
    await this.app.byTestId("paste-form").waitFor();
  }
  async export(kind) {
    await this.openData();
    const download = this.app.page.waitForEvent("download");
    await this.app.byTestId(`export-${kind}`).click();
    return download;
  }
}

/** The share dialog: opened from the Data menu (suite, scorebook) or the rating desk (rater). */
export class ShareDialog {
  constructor(app) {
    this.app = app;
  }
  /** Opens the dialog for `kind` (`suite`, `book`, `rater`) and waits for its link's size:
   *  a link too long to send shows no link, only the file instead. */
  async open(kind) {
    if (kind !== "rater") await new Workbench(this.app).openData();
    await this.app.byTestId(`share-${kind}`).click();
    await this.app.byTestId("share-dialog").waitFor();
    await this.app.byTestId("share-size").waitFor();
  }
  /** Opens the dialog for `kind` and returns the link once made. */
  async link(kind) {
    await this.open(kind);
    await this.app.byTestId("share-link").waitFor();
    return this.app.byTestId("share-link").inputValue();
  }
  /** The smaller link without the answers' text, offered beside a scorebook's. */
  async lighterLink() {
    await this.app.byTestId("share-lighter-link").waitFor();
    return this.app.byTestId("share-lighter-link").inputValue();
  }
  /** The test id of the element that has the keyboard's focus, and whether it is in the dialog. */
  async focus() {
    return this.app.page.evaluate(() => ({
      testid: document.activeElement?.dataset?.testid ?? null,
      inDialog: Boolean(document.activeElement?.closest('[data-testid="share-dialog"]')),
    }));
  }
  async size() {
    return (await this.app.byTestId("share-size").textContent()).trim();
  }
  async close() {
    await this.app.byTestId("share-close").click();
    await this.app.byTestId("share-dialog").waitFor({ state: "detached" });
  }
}

/** The items screen: every item, every answer and how it was scored. */
export class ItemsScreen {
  constructor(app) {
    this.app = app;
  }
  async open() {
    await this.app.byTestId("tab-items").click();
    await this.app.byTestId("item-link").first().waitFor();
  }
}

/** The rating desk. */
export class RateScreen {
  constructor(app) {
    this.app = app;
  }
  async open() {
    await this.app.byTestId("tab-rate").click();
  }
  async signIn(name) {
    await this.open();
    await this.app.byTestId("rater-input").fill(name);
    await this.app.byTestId("start-rating").click();
    await this.app.byTestId("likert-card").waitFor();
  }
  async progress() {
    return (await this.app.byTestId("rate-progress").textContent()).trim();
  }
  async rate(digit) {
    const before = await this.progress();
    await this.app.page.keyboard.press(String(digit));
    await this.app.page.waitForFunction(
      (before) => document.querySelector('[data-testid="rate-progress"]').textContent.trim() !== before,
      before,
    );
  }
}

/** The raters screen: merging rater files, agreement, pairwise boards. */
export class RatersScreen {
  constructor(app) {
    this.app = app;
  }
  async open() {
    await this.app.byTestId("tab-raters").click();
    await this.app.page.locator('[data-testid="raters"]').waitFor();
  }
  /** Pastes rater links and merges them. */
  async mergeLinks(text) {
    await this.app.byTestId("merge-links-text").fill(text);
    await this.app.byTestId("merge-links").click();
  }
}

/** The tokenizer playground. */
export class TokenizerScreen {
  constructor(app) {
    this.app = app;
  }
  async open() {
    await this.app.openTokenizer();
  }
}

/** The "This browser" panel, the save status and the app's IndexedDB store. */
export class StoragePanel {
  constructor(app) {
    this.app = app;
  }
  status() {
    return this.app.byTestId("save-status");
  }
  async waitUntilSaved() {
    await this.app.page.waitForFunction(() => /saved|已保存|已儲存/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ""));
  }
  /** Waits until the text under `key` passes `check` (autosave writes asynchronously). */
  async waitForSave(key, check, timeout = 20_000) {
    const until = Date.now() + timeout;
    for (;;) {
      const text = await this.read(key);
      if (text !== null && check(text)) return text;
      if (Date.now() > until) throw new Error(`no save under ${key} passed the check in ${timeout} ms`);
      await this.app.page.waitForTimeout(100);
    }
  }
  keptSaves() {
    return this.app.page.locator('[data-testid="kept-save"]');
  }
  /** Runs in the page: the text under `key` in Pingfen's IndexedDB store (or null). */
  async read(key) {
    return this.app.page.evaluate(
      (key) =>
        new Promise((ok, fail) => {
          const open = indexedDB.open("pingfen", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("saves");
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction("saves").objectStore("saves").get(key);
            get.onsuccess = () => {
              open.result.close();
              ok(get.result ?? null);
            };
            get.onerror = () => fail(get.error);
          };
        }),
      key,
    );
  }
  async keys() {
    return this.app.page.evaluate(
      () =>
        new Promise((ok, fail) => {
          const open = indexedDB.open("pingfen", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("saves");
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction("saves").objectStore("saves").getAllKeys();
            all.onsuccess = () => {
              open.result.close();
              ok(all.result);
            };
          };
        }),
    );
  }
  /** Writes `text` under `key`, as a damaged or older save would be found there. */
  async write(key, text) {
    await this.app.page.evaluate(
      ([key, text]) =>
        new Promise((ok, fail) => {
          const open = indexedDB.open("pingfen", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("saves");
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("saves", "readwrite");
            tx.objectStore("saves").put(text, key);
            tx.oncomplete = () => {
              open.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      [key, text],
    );
  }
}

/** The review queue: answers whose extracted choice a person should read. */
export class ReviewScreen {
  constructor(app) {
    this.app = app;
  }
  async open() {
    await this.app.byTestId("tab-review").click();
    await this.app.page.locator('[data-testid="review-card"], [data-testid="review-empty"]').first().waitFor();
  }
  /** How many answers wait, from "N answers to review". */
  async remaining() {
    if (await this.app.byTestId("review-empty").isVisible()) return 0;
    return Number((await this.app.byTestId("review-remaining").textContent()).match(/\d+/)[0]);
  }
  card() {
    return this.app.byTestId("review-card");
  }
}

/** Scoring in the engine: its progress bar and cancel button, and what a cancel leaves. */
export class ScoringBar {
  constructor(app) {
    this.app = app;
  }
  async waitForProgress(timeout = 30_000) {
    await this.app.byTestId("scoring").waitFor({ timeout });
  }
  async cancel() {
    await this.app.byTestId("scoring-cancel").click();
    await this.app.byTestId("scoring-stale").waitFor();
  }
  async scoreAgain() {
    await this.app.byTestId("scoring-again").click();
  }
}

/** Offline use: the service worker, and the banner of a waiting update. */
export class Offline {
  constructor(app) {
    this.app = app;
  }
  /** Waits until a service worker controls the page and has kept every file of this version. */
  async ready(timeout = 60_000) {
    await this.app.page.waitForFunction(
      async () => {
        if (!navigator.serviceWorker.controller) return false;
        const keys = await caches.keys();
        if (keys.length === 0) return false;
        const cache = await caches.open(keys[0]);
        return (await cache.keys()).length > 5;
      },
      null,
      { timeout, polling: 250 },
    );
  }
  async waitForUpdate(timeout = 30_000) {
    await this.app.byTestId("update-available").waitFor({ timeout });
  }
  async reloadIntoUpdate() {
    await Promise.all([this.app.page.waitForEvent("load"), this.app.byTestId("update-reload").click()]);
  }
}

/** The example page of pkg/ (library/): plain HTML scoring with the Evaluator. */
export class LibraryPage {
  constructor(app) {
    this.app = app;
  }
  /** Waits until the library is loaded (or says it is not there); returns its state. */
  async loaded() {
    const status = this.app.byTestId("library-status");
    await this.app.page.locator('[data-testid="library-status"]:not([data-state="loading"])').waitFor({ timeout: 60_000 });
    return status.getAttribute("data-state");
  }
  async status() {
    return this.app.byTestId("library-status").innerText();
  }
  async scoreSample() {
    await this.app.byTestId("score-sample").click();
    await this.app.byTestId("library-row").first().waitFor({ timeout: 60_000 });
  }
  /** Picks a language: the page's words and the Evaluator's. */
  async language(locale) {
    await this.app.byTestId("library-locale").selectOption(locale);
  }
  async open(suite, answers) {
    await this.app.byTestId("library-suite").setInputFiles(suite);
    if (answers) await this.app.byTestId("library-answers").setInputFiles(answers);
  }
  /** The leaderboard's rows as the cells' text. */
  rows() {
    return this.app.page.locator('[data-testid="library-row"]').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent)));
  }
  problems() {
    return this.app.page.locator('[data-testid="library-problems"] li').allInnerTexts();
  }
  /** The bytes behind a download link (a blob: URL made by the page). */
  async download(testId) {
    const download = this.app.page.waitForEvent("download");
    await this.app.byTestId(testId).click();
    return download;
  }
}

/** The results screen's "Is the language gap real?" panel (the engine resamples for it). */
export class LanguageGapPanel {
  constructor(app) {
    this.app = app;
  }
  /** Waits for the engine's answer over the results shown: the summary and the rows. */
  async answered() {
    await this.app.byTestId("gap-summary").waitFor({ timeout: 60_000 });
    return this.app.byTestId("language-gap");
  }
  async supported() {
    return Number(await this.app.byTestId("gap-summary").getAttribute("data-supported"));
  }
  /** Each row: model and verdict (`zh`, `en`: supported; `noise`; `none`). */
  rows() {
    return this.app.page.locator('[data-testid="gap-row"]').evaluateAll((rows) => rows.map((row) => [row.dataset.model, row.dataset.verdict]));
  }
  /** How the slope chart draws each model's line: `supported`, `noise`, `none` or `unknown`. */
  slopeMarks() {
    return this.app.page.locator('[data-testid="chart-slope"] g[data-model]').evaluateAll((groups) => Object.fromEntries(groups.map((g) => [g.dataset.model, g.dataset.shift])));
  }
}

/** The Raters screen's model judges: the judges imported and the judge on this computer. */
export class JudgesPanel {
  constructor(app) {
    this.app = app;
  }
  card() {
    return this.app.byTestId("judges");
  }
  async importFiles(paths) {
    await this.app.byTestId("judge-files").setInputFiles(paths);
  }
  judge(name) {
    return this.app.page.locator(`[data-testid="judge"][data-judge="${name}"]`);
  }
  /** A judge's agreement rows: criterion → the cells' texts. */
  async agreement(name) {
    return this.judge(name)
      .locator('[data-testid="judge-agreement-row"]')
      .evaluateAll((rows) => Object.fromEntries(rows.map((row) => [row.dataset.criterion, [...row.querySelectorAll("td")].map((td) => td.textContent)])));
  }
  local() {
    return this.app.byTestId("local-judge");
  }
  async enableLocal() {
    await this.app.byTestId("local-judge-enable").check();
    await this.app.byTestId("local-judge-endpoint").waitFor();
  }
  async setLocal({ endpoint, model, criterion }) {
    if (endpoint !== undefined) await this.app.byTestId("local-judge-endpoint").fill(endpoint);
    if (model !== undefined) await this.app.byTestId("local-judge-model").fill(model);
    if (criterion !== undefined) await this.app.byTestId("local-judge-criterion").selectOption(criterion);
  }
  /** Starts a run, answering the consent question with `accept`; returns the question. */
  async run({ accept = true } = {}) {
    const asked = new Promise((resolve) =>
      this.app.page.once("dialog", async (dialog) => {
        const message = dialog.message();
        await (accept ? dialog.accept() : dialog.dismiss());
        resolve(message);
      }),
    );
    await this.app.byTestId("local-judge-run").click();
    return asked;
  }
  status() {
    return this.app.byTestId("local-judge-status");
  }
  async waitForPhase(phase, timeout = 60_000) {
    await this.app.page.locator(`[data-testid="local-judge-status"][data-phase="${phase}"]`).waitFor({ timeout });
  }
}

/** "How scoring works": the example's fields and each method's worked result. */
export class LearnScreen {
  constructor(app) {
    this.app = app;
  }
  async open() {
    await this.app.byTestId("tab-learn").click();
    await this.app.byTestId("learn-lessons").waitFor({ timeout: 60_000 });
  }
  /** Types into a field and waits until the engine's working of it is shown. */
  async set(testid, value, shown) {
    await this.app.byTestId(testid).fill(value);
    if (shown) await this.app.page.waitForFunction(shown, undefined, { timeout: 30_000 });
  }
  text(testid) {
    return this.app.byTestId(testid).textContent();
  }
}
