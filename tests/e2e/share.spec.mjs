// Journey: sharing with no server. The organiser sends the suite by link; a participant opens
// it on a phone, pastes a model's answers, rates three of them and sends a rater link back;
// the organiser pastes it and sees the ratings merged with the rater's progress. A scorebook
// link gives the same numbers; hostile links are refused and change nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { ItemsScreen, RateScreen, RatersScreen, ShareDialog, Workbench } from "./pages.mjs";
import jsQR from "jsqr";
import { PNG } from "pngjs";

const env = useEnvironment();
const suite = JSON.parse(readFileSync(join(ROOT, "www/samples/sample-suite.json"), "utf8"));
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test("suite link → participant on a phone rates three answers → rater link → merged for the organiser", async () => {
  const organiser = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await organiser.leaderboard();
  const share = new ShareDialog(organiser);
  const suiteLink = await share.link("suite");
  assert.match(suiteLink, /#pf1\.suite\./);
  assert.ok(suiteLink.startsWith(env.server.url.split("#")[0]), suiteLink.slice(0, 80));
  assert.match(await share.size(), /characters/);
  await organiser.page.screenshot({ path: join(SCREENSHOTS, "share-dialog-desktop.png") });
  await share.close();

  // A phone's share sheet, recorded: headless Chromium has none.
  const shareSheet = (page) => page.addInitScript(() => {
    navigator.share = async (data) => { window.sharedData = data; };
  });
  const participant = await AppPage.open(env.browser, suiteLink, { ...phone, beforeGoto: shareSheet });
  await participant.page.getByText("Opened the shared suite").waitFor();
  assert.ok(!participant.page.url().includes("#pf1"), "the link leaves the address bar once read");
  // One model's answers, pasted: one per item, in order.
  const text = suite.items.map((item, i) => `${i + 1}. ${item.kind === "choice" ? "答案是" + item.answer : (item.references?.[0] ?? "A short answer.")}`).join("\n");
  await participant.byTestId("data-menu").click();
  await participant.byTestId("paste-toggle").click();
  await participant.byTestId("paste-model").fill("Class-Model");
  await participant.byTestId("paste-text").fill(text);
  await participant.byTestId("paste-submit").click();
  await participant.page.getByText("Added answers of 1 model").waitFor();
  const rate = new RateScreen(participant);
  await rate.signIn("Kit");
  for (const digit of [5, 6, 4]) await rate.rate(digit);
  const raterLink = await new ShareDialog(participant).link("rater");
  assert.match(raterLink, /#pf1\.rater\./);
  assert.ok(raterLink.length < suiteLink.length, `a rater link names its suite: ${raterLink.length} vs ${suiteLink.length}`);
  await participant.page.screenshot({ path: join(SCREENSHOTS, "share-dialog-phone.png") });
  await participant.byTestId("share-native").click();
  await participant.page.waitForFunction(() => window.sharedData);
  assert.equal(await participant.page.evaluate(() => window.sharedData.url), raterLink, "the share sheet gets the rater link");
  const width = await participant.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no page wider than the phone: ${width}`);

  const raters = new RatersScreen(organiser);
  await raters.open();
  await raters.mergeLinks(`here it is:\n${raterLink}\n`);
  await organiser.page.getByText(/Merged Shared link: 3 ratings/).waitFor();
  const progress = organiser.page.locator('[data-testid="progress"]');
  await progress.getByText("Kit").waitFor();

  // The organiser's session now holds Kit's ratings: a suite link asks before replacing it.
  let asked = null;
  organiser.page.once("dialog", (dialog) => { asked = dialog.message(); dialog.dismiss(); });
  await organiser.page.evaluate((hash) => { location.hash = hash; }, suiteLink.split("#")[1]);
  await organiser.page.getByText("The shared link was not opened").waitFor();
  assert.match(asked, /rating/i);
  await progress.getByText("Kit").waitFor();
  assert.ok(!organiser.page.url().includes("#pf1"), "a declined link leaves the address bar too");
  await participant.close();
  await organiser.close();
});

test("a scorebook link opens the same leaderboard; hostile links change nothing", async () => {
  const sender = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  const rows = await sender.leaderboard();
  const bookLink = await new ShareDialog(sender).link("book");
  const before = await sender.page.locator('[data-testid="leaderboard"]').innerText();
  await sender.close();

  const reader = await AppPage.open(env.browser, bookLink, { viewport: { width: 1400, height: 900 } });
  await reader.page.getByText("Opened the shared scorebook").waitFor();
  await reader.leaderboard();
  await reader.page.waitForFunction((want) => document.querySelector('[data-testid="leaderboard"]')?.innerText === want, before);
  assert.ok(rows);

  // Cut, altered and foreign links: a message naming the link, and the session as it was.
  const shown = await reader.page.locator('[data-testid="leaderboard"]').innerText();
  const fragment = bookLink.split("#")[1];
  for (const [hostile, says] of [
    [fragment.slice(0, -25), "incomplete"],
    [fragment.replace("pf1.", "pf9."), "another version"],
    [`pf1.book.${"A".repeat(50)}!`, "damaged"],
    // 40 MB of spaces in a link of 50 K characters: refused at 32 MB, before any parsing.
    [`pf1.book.${deflateSync(Buffer.alloc(40 << 20, 32), { level: 9 }).toString("base64url")}`, "unpacks to more than 32 MB"],
  ]) {
    await reader.page.evaluate((hash) => { location.hash = hash; }, hostile);
    await reader.page.getByRole("alert").filter({ hasText: says }).waitFor();
    assert.equal(await reader.page.locator('[data-testid="leaderboard"]').innerText(), shown);
  }
  await reader.close();
});

/** The QR code shown in `shown` (an element or the whole page), read back by a QR decoder from a screenshot of it. jsQR
 *  thresholds in blocks of 8 pixels, so a projector's large modules are read after scaling the
 *  picture down, as a phone's camera sees them from the back of the room. */
async function readQr(shown) {
  const png = PNG.sync.read(await shown.screenshot());
  for (const step of [1, 2, 3, 4]) {
    const [width, height] = [Math.floor(png.width / step), Math.floor(png.height / step)];
    const pixels = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = (y * step * png.width + x * step) * 4;
        pixels.set(png.data.subarray(from, from + 4), (y * width + x) * 4);
      }
    }
    const code = jsQR(pixels, width, height);
    if (code) return code.data;
  }
  return null;
}

test("a small suite's QR code reads back as its link, in the dialog and large for a projector", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1920, height: 1080 } });
  await app.leaderboard();
  await app.byTestId("open-files").setInputFiles(join(ROOT, "tests/fixtures/mini-suite.json"));
  await app.page.getByText("Loaded suite").waitFor();
  const share = new ShareDialog(app);
  const link = await share.link("suite");
  assert.match(await share.size(), /fits a message in any chat app/);
  await app.byTestId("share-qr").waitFor();
  assert.equal(await readQr(app.byTestId("share-qr")), link, "the dialog's QR code is the link");
  await app.byTestId("share-present").click();
  await app.byTestId("present").waitFor();
  // The whole projected screen, as the class sees it.
  assert.equal(await readQr(app.page), link, "so is the projector's");
  await app.page.screenshot({ path: join(SCREENSHOTS, "share-present-1920-en.png") });
  // The present view in the other interface languages, as a Taiwanese or mainland class sees it.
  await app.byTestId("present-close").click();
  await share.close();
  for (const lang of ["zh-Hant", "zh-Hans"]) {
    await app.byTestId(`ui-lang-${lang}`).click();
    await app.byTestId("data-menu").isVisible();
    await share.link("suite");
    await app.byTestId("share-present").click();
    await app.byTestId("present-title").getByText("迷你套件").waitFor();
    await app.page.screenshot({ path: join(SCREENSHOTS, `share-present-1920-${lang}.png`) });
    await app.byTestId("present-close").click();
    await share.close();
  }
  await app.close();
});

/** Letters no compressor packs: `n` of them from `seed`, in words. */
function noise(seed, n) {
  let x = seed * 2654435761 + 1;
  let out = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += i % 6 === 5 ? " " : String.fromCharCode(97 + (x % 26));
  }
  return out;
}

test("a scorebook too long for a link offers a smaller one without the answers' text, which opens read-only with the same leaderboard", async () => {
  // The sample's scorebook with long answers: 370 answers of 700 characters more each.
  const book = JSON.parse(readFileSync(join(ROOT, "www/samples/sample.scorebook.json"), "utf8"));
  book.answers.forEach((answer, i) => { answer.answer += " " + noise(i + 1, 700); });
  const file = join(mkdtempSync(join(tmpdir(), "pingfen-share-")), "long-answers.scorebook.json");
  writeFileSync(file, JSON.stringify(book));

  const organiser = await AppPage.open(env.browser, env.server.url, { viewport: { width: 1400, height: 900 } });
  await organiser.leaderboard();
  await organiser.byTestId("open-files").setInputFiles(file);
  await organiser.page.getByText("Opened scorebook long-answers.scorebook.json").waitFor();
  await organiser.waitForDictionary();
  await organiser.page.locator('[data-testid="leaderboard"]').waitFor();
  await organiser.page.locator('[data-testid="results-pending"]').waitFor({ state: "detached" });
  const before = await organiser.page.locator('[data-testid="leaderboard"]').innerText();

  const share = new ShareDialog(organiser);
  await share.open("book");
  assert.match(await share.size(), /too long for a link/);
  assert.equal(await organiser.byTestId("share-link").count(), 0, "a link too long to send is not offered");
  await organiser.byTestId("share-file").waitFor();
  const lighter = await share.lighterLink();
  assert.match(lighter, /#pf1\.results\./);
  assert.match(await organiser.byTestId("share-lighter-size").textContent(), /characters/);
  assert.ok(!lighter.includes(noise(1, 40)), "the answers' text stays out");
  // The keyboard is in the dialog at once; Escape closes it and gives the focus back.
  assert.ok((await share.focus()).inDialog, "the dialog takes the focus");
  await organiser.page.screenshot({ path: join(SCREENSHOTS, "share-dialog-lighter-desktop.png") });
  await organiser.page.keyboard.press("Escape");
  await organiser.byTestId("share-dialog").waitFor({ state: "detached" });
  assert.equal((await share.focus()).testid, "share-book", "the focus returns to the button that opened it");
  await organiser.close();

  // A teacher opens the smaller link: the same numbers, said to be without the answers' text.
  const teacher = await AppPage.open(env.browser, lighter, { viewport: { width: 1400, height: 900 } });
  await teacher.page.getByText("Opened the shared results").waitFor();
  await teacher.byTestId("answers-withheld").waitFor();
  await teacher.page.waitForFunction((want) => document.querySelector('[data-testid="leaderboard"]')?.innerText === want, before);
  // What needs the text says so and changes nothing.
  await new Workbench(teacher).openPaste();
  await teacher.byTestId("paste-model").fill("Another");
  await teacher.byTestId("paste-text").fill("1. A\n2. B");
  await teacher.byTestId("paste-submit").click();
  await teacher.page.getByRole("alert").filter({ hasText: "needs the answers' text" }).waitFor();
  await teacher.byTestId("tab-rate").click();
  await teacher.byTestId("rate-withheld").waitFor();
  await new ItemsScreen(teacher).open();
  await teacher.byTestId("item-link").first().click();
  await teacher.byTestId("answer-withheld").first().waitFor();
  // A reload shows the same: the scores were saved with the session.
  await teacher.page.waitForTimeout(300);
  await teacher.page.reload();
  await teacher.byTestId("answers-withheld").waitFor();
  await teacher.leaderboard();
  assert.equal(await teacher.page.locator('[data-testid="leaderboard"]').innerText(), before);
  await teacher.page.screenshot({ path: join(SCREENSHOTS, "results-link-desktop-en.png") });
  await teacher.close();

  // On a Hong Kong student's phone, in Traditional Chinese.
  const student = await AppPage.open(env.browser, lighter, phone);
  await student.byTestId("answers-withheld").waitFor();
  await student.byTestId("ui-lang-zh-Hant").click();
  await student.byTestId("answers-withheld").getByText("不含回答原文").waitFor();
  await student.page.screenshot({ path: join(SCREENSHOTS, "results-link-phone-zh-Hant.png") });
  await student.byTestId("tab-rate").click();
  await student.byTestId("rate-withheld").waitFor();
  await student.page.screenshot({ path: join(SCREENSHOTS, "results-link-rate-phone-zh-Hant.png") });
  await student.close();
});

test("the share dialog on a 390 px phone, in every interface language", async () => {
  const app = await AppPage.open(env.browser, env.server.url, phone);
  await app.leaderboard();
  const share = new ShareDialog(app);
  for (const lang of ["en", "zh-Hans", "zh-Hant"]) {
    if (lang !== "en") await app.byTestId(`ui-lang-${lang}`).click();
    await share.link("suite");
    assert.ok((await share.focus()).inDialog, `the dialog takes the focus (${lang})`);
    const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no page wider than the phone: ${width} (${lang})`);
    const dialog = await app.byTestId("share-dialog").boundingBox();
    assert.ok(dialog.x >= 0 && dialog.x + dialog.width <= 390, `the dialog fits the phone: ${JSON.stringify(dialog)}`);
    await app.page.screenshot({ path: join(SCREENSHOTS, `share-dialog-phone-${lang}.png`) });
    await app.page.keyboard.press("Escape");
    await app.byTestId("share-dialog").waitFor({ state: "detached" });
  }
  await app.close();
});
