// Journey: sharing with no server. The organiser sends the suite by link; a participant opens
// it on a phone, pastes a model's answers, rates three of them and sends a rater link back;
// the organiser pastes it and sees the ratings merged with the rater's progress. A scorebook
// link gives the same numbers; hostile links are refused and change nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, SCREENSHOTS, useEnvironment } from "./harness.mjs";
import { RateScreen, RatersScreen, ShareDialog } from "./pages.mjs";

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

  const participant = await AppPage.open(env.browser, suiteLink, phone);
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
  const width = await participant.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no page wider than the phone: ${width}`);

  const raters = new RatersScreen(organiser);
  await raters.open();
  await raters.mergeLinks(`here it is:\n${raterLink}\n`);
  await organiser.page.getByText(/Merged Shared link: 3 ratings/).waitFor();
  const progress = organiser.page.locator('[data-testid="progress"]');
  await progress.getByText("Kit").waitFor();
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
  ]) {
    await reader.page.evaluate((hash) => { location.hash = hash; }, hostile);
    await reader.page.getByRole("alert").filter({ hasText: says }).waitFor();
    assert.equal(await reader.page.locator('[data-testid="leaderboard"]').innerText(), shown);
  }
  await reader.close();
});
