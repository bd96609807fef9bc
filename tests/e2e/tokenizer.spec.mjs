// Journey: a student opens Pingfen, pastes Chinese text and sees jieba-rs's words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { AppPage, BASE, useEnvironment } from "./harness.mjs";

const env = useEnvironment();

/** Words as the native CLI cuts them: the browser must agree. */
function nativeWords(text) {
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "pingfen", "--", "tokenize", "--lang", "zh"], {
    input: text,
  });
  return out.toString().trim().split(" ");
}

test("the first screen shows the playground, and Chinese text is cut into jieba's words", async () => {
  const app = await AppPage.open(env.browser, env.server.url);
  await app.waitForDictionary();
  await app.openTokenizer();

  await app.typeText("我来到北京清华大学");
  assert.deepEqual(await app.tokens(), ["我", "来到", "北京", "清华大学"]);
  assert.equal(await app.byTestId("token-count").textContent(), "4");
  assert.match(await app.byTestId("detected-lang").textContent(), /^Chinese/);

  const text = "香港大学经管学院评测了十六个大语言模型，发现GPT-4 Turbo在英文中排名第一，而文心一言4.0在中文中排名第一。";
  await app.typeText(text);
  assert.deepEqual(await app.tokens(), nativeWords(text));
  assert.match(await app.byTestId("jieba-build-ms").textContent(), /^\d+ ms/);
  await app.screenshot("tokenizer");

  // Nothing but the local server was asked for anything, and everything under the sub-path.
  const foreign = app.requests.filter((url) => !url.startsWith(env.server.origin + BASE));
  assert.deepEqual(foreign, [], "requests outside the app's origin and base path");
  assert.ok(app.requests.some((url) => /jieba-dict-.*\.br$/.test(url)), "dictionary fetched as its own asset");
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("the HMM switch changes how unknown words are joined", async () => {
  const app = await AppPage.open(env.browser, env.server.url);
  await app.waitForDictionary();
  await app.openTokenizer();
  await app.typeText("他来到了网易杭研大厦");
  // The engine's worker cuts the text: its answer comes a moment later.
  const cut = (count) => app.page.waitForFunction((n) => document.querySelectorAll('[data-testid="tokens"] li').length === n, count);
  await cut(6);
  assert.deepEqual(await app.tokens(), ["他", "来到", "了", "网易", "杭研", "大厦"]);
  await app.byTestId("hmm-toggle").uncheck({ force: true });
  await cut(7);
  assert.deepEqual(await app.tokens(), ["他", "来到", "了", "网易", "杭", "研", "大厦"]);
  await app.close();
});

test("the interface switches to Chinese and remembers it after a reload", async () => {
  const app = await AppPage.open(env.browser, env.server.url);
  await app.waitForDictionary();
  await app.byTestId("ui-lang-zh-Hans").click();
  assert.equal(await app.page.locator("html").getAttribute("lang"), "zh-Hans");
  await app.openTokenizer();
  assert.equal(await app.page.locator("#playground-title").textContent(), "分词演示");
  await app.typeText("中英混合 mixed text 也可以");
  await app.page.reload();
  await app.waitForDictionary();
  await app.openTokenizer();
  assert.equal(await app.page.locator("#playground-title").textContent(), "分词演示");
  assert.equal(await app.byTestId("playground-input").inputValue(), "中英混合 mixed text 也可以");
  await app.typeText("在浏览器中为大模型的中英文回答评分，支持 BLEU、chrF 和 ROUGE。");
  await app.screenshot("tokenizer-zh");
  await app.close();
});

test("a missing dictionary gets a clear message and a working retry", async () => {
  let block = true;
  const app = await AppPage.open(env.browser, env.server.url, {
    beforeGoto: (page) =>
      page.route(/jieba-dict-.*\.br$/, (route) =>
        block ? route.fulfill({ status: 404, body: "gone" }) : route.continue(),
      ),
  });
  await app.waitForDictionary("failed");
  const alert = app.page.getByRole("alert");
  assert.match(await alert.textContent(), /server answered 404.*retry/i);
  await app.screenshot("dictionary-failed");
  // The text box still works while the dictionary is missing.
  await app.openTokenizer();
  assert.match(await app.byTestId("tokens-pending").textContent(), /without the Chinese dictionary/);
  await app.typeText("还没有词典");
  assert.equal(await app.byTestId("playground-input").inputValue(), "还没有词典");

  block = false;
  await alert.getByRole("button").click();
  await app.waitForDictionary();
  assert.deepEqual(await app.tokens(), ["还", "没有", "词典"]);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test("on a phone the page fits the screen", async () => {
  const app = await AppPage.open(env.browser, env.server.url, { viewport: { width: 390, height: 844 }, isMobile: true });
  await app.waitForDictionary();
  await app.openTokenizer();
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await app.screenshot("tokenizer-phone");
  await app.close();
});

test("the page is usable by keyboard alone", async () => {
  const app = await AppPage.open(env.browser, env.server.url);
  await app.waitForDictionary();
  await app.openTokenizer();
  const focused = [];
  for (let i = 0; i < 24; i++) {
    await app.page.keyboard.press("Tab");
    focused.push(await app.page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName));
  }
  assert.ok(focused.includes("playground-input"), focused.join(","));
  assert.ok(focused.includes("hmm-toggle"), focused.join(","));
  assert.ok(focused.includes("ui-lang-zh-Hans"), focused.join(","));
  // Space on the focused switch toggles the HMM.
  await app.byTestId("hmm-toggle").focus();
  await app.page.keyboard.press("Space");
  assert.equal(await app.byTestId("hmm-toggle").isChecked(), false);
  await app.close();
});
