// The interface in English, 简体中文 and 繁體中文: every main screen on a desktop and on a 390 px
// phone, screenshot for a person to look at, checked for message keys leaking through, for
// <html lang>, and for pages wider than the phone. The browser's language picks the script.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, useEnvironment } from "./harness.mjs";
import { ItemsScreen, RateScreen, RatersScreen, ResultsScreen, ReviewScreen, TokenizerScreen } from "./pages.mjs";

const env = useEnvironment();
const LOCALES = ["en", "zh-Hans", "zh-Hant"];
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** Every message key of the catalogue: none may appear on screen. */
const KEYS = readdirSync(join(ROOT, "src/core/i18n/en"))
  .flatMap((file) => [...readFileSync(join(ROOT, "src/core/i18n/en", file), "utf8").matchAll(/^([a-z][a-z0-9]*(?:-[a-z0-9]+)+) =/gm)].map((m) => m[1]));

async function check(app, tag, name, width) {
  assert.equal(await app.page.getAttribute("html", "lang"), tag);
  const text = await app.page.locator("body").innerText();
  const leaked = KEYS.filter((key) => new RegExp(`(^|[^a-z0-9-])${key}($|[^a-z0-9-])`).test(text));
  assert.deepEqual(leaked, [], `${tag} ${name}: message keys on screen`);
  // Against the device's width: a phone browser zooms out to fit a page that is too wide, so
  // the window's own width would grow with the page.
  const overflow = await app.page.evaluate((width) => document.documentElement.scrollWidth - width, width);
  assert.ok(overflow <= 0, `${tag} ${name}: the page is ${overflow} px wider than the screen`);
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test(`every main screen reads in all three languages on a ${device}`, async () => {
    const app = await AppPage.open(env.browser, env.server.url, { viewport, isMobile: device === "phone", hasTouch: device === "phone" });
    await app.leaderboard();
    await app.waitForDictionary();
    // The sample raters' work and one rating of ours, so that the rating and raters screens
    // show content.
    const raters = new RatersScreen(app);
    await raters.open();
    await app.byTestId("sample-ratings").click();
    await app.byTestId("agreement").waitFor();
    const rate = new RateScreen(app);
    await rate.signIn("Mei");
    await rate.rate(5);
    for (const tag of LOCALES) {
      await app.byTestId(`ui-lang-${tag}`).click();
      const screens = [
        ["results", new ResultsScreen(app)],
        ["items", new ItemsScreen(app)],
        ["review", new ReviewScreen(app)],
        ["rate", rate],
        ["raters", raters],
        ["tokenizer", new TokenizerScreen(app)],
      ];
      for (const [name, screen] of screens) {
        await screen.open();
        await app.page.waitForTimeout(100);
        await check(app, tag, name, viewport.width);
        await app.screenshot(`lang-${tag}-${device}-${name}`);
      }
    }
    assert.deepEqual(app.errors, []);
    await app.close();
  });
}

test("the browser's language picks the interface: zh-TW, zh-HK and zh-MO read Traditional", async () => {
  for (const [browserLocale, expected, heading] of [
    ["zh-TW", "zh-Hant", /[繁體評測資料檔案]/],
    ["zh-HK", "zh-Hant", /[繁體評測資料檔案]/],
    ["zh-MO", "zh-Hant", /[繁體評測資料檔案]/],
    ["zh-CN", "zh-Hans", /[简评测数据文件]/],
    ["fr-FR", "en", /[A-Za-z]/],
  ]) {
    const app = await AppPage.open(env.browser, env.server.url, { locale: browserLocale });
    await app.leaderboard();
    assert.equal(await app.page.getAttribute("html", "lang"), expected, browserLocale);
    assert.equal(await app.byTestId(`ui-lang-${expected}`).getAttribute("aria-pressed"), "true");
    assert.match(await app.page.locator("main").innerText(), heading, browserLocale);
    await app.close();
  }
});

test("the chosen language is remembered across a reload, over the browser's", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { locale: "en-US" });
  await app.leaderboard();
  await app.byTestId("ui-lang-zh-Hant").click();
  await app.page.reload();
  await app.leaderboard();
  assert.equal(await app.page.getAttribute("html", "lang"), "zh-Hant");
  await app.close();
});
