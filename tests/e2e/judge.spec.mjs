// Journeys of a model judge (issue 17): a judge's file joins the sample as a rater marked
// model-judged, set beside the people without moving their numbers; a judge on this computer
// (here a tiny OpenAI-compatible stub on 127.0.0.1, started by the test) is off by default,
// asked only after consent, shows progress, can be cancelled, and nothing outside 127.0.0.1
// is ever contacted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppPage, ROOT, useEnvironment } from "./harness.mjs";
import { JudgesPanel, RatersScreen } from "./pages.mjs";

const env = useEnvironment();
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const JUDGE_FILE = join(ROOT, "www/samples/sample-judge.jsonl");
const JUDGE = "Judge-LM (sample)";
const lines = readFileSync(JUDGE_FILE, "utf8").trim().split("\n").map((line) => JSON.parse(line));
const people = JSON.parse(readFileSync(join(ROOT, "www/samples/sample-ratings.json"), "utf8"));

/** What the journey expects, counted here from the two files (not by Pingfen's code). */
function expected() {
  const rated = new Set(people.ratings.map((r) => `${r.criterion}|${r.model}|${r.item}`));
  const units = {};
  for (const line of lines.filter((l) => l.criterion)) {
    if (rated.has(`${line.criterion}|${line.model}|${line.item}`)) units[line.criterion] = (units[line.criterion] ?? 0) + 1;
  }
  const key = (v) => (v.a <= v.b ? [v.item, v.a, v.b, v.outcome] : [v.item, v.b, v.a, { a: "b", b: "a" }[v.outcome] ?? v.outcome]);
  const neither = (o) => (o === "tie" || o === "both_bad" ? "neither" : o);
  const verdicts = new Map(lines.filter((l) => l.outcome).map((v) => { const [i, a, b, o] = key(v); return [`${i}|${a}|${b}`, neither(o)]; }));
  let compared = 0;
  let agreed = 0;
  for (const vote of people.votes) {
    const [i, a, b, o] = key(vote);
    const verdict = verdicts.get(`${i}|${a}|${b}`);
    if (verdict === undefined) continue;
    compared += 1;
    agreed += verdict === neither(o) ? 1 : 0;
  }
  return { units, compared, agreed };
}

test("a judge's file joins as a model-judged rater beside the people, and people's numbers do not move", async () => {
  const app = await AppPage.open(env.browser, env.server.url, DESKTOP);
  const raters = new RatersScreen(app);
  const judges = new JudgesPanel(app);
  await app.leaderboard();
  await raters.open();
  await app.byTestId("sample-ratings").click();
  await app.page.locator('[data-testid="agreement-row"]').first().waitFor();
  await judges.card().getByTestId("no-judges").waitFor();
  const agreementBefore = await app.byTestId("agreement").textContent();
  const board = await app.leaderboard();

  await raters.open();
  await judges.importFiles(JUDGE_FILE);
  await judges.judge(JUDGE).waitFor();
  assert.match(await judges.judge(JUDGE).textContent(), /model-judged/);
  const { units, compared, agreed } = expected();
  const rows = await judges.agreement(JUDGE);
  assert.deepEqual(Object.keys(rows).sort(), Object.keys(units).sort());
  for (const [criterion, count] of Object.entries(units)) assert.equal(Number(rows[criterion][0]), count, `${criterion}: answers rated by both`);
  // The sample judge is lenient: above the people's consensus on quality.
  assert.match(rows.quality[5], /^\+0\.\d\d$/);
  assert.equal(await judges.judge(JUDGE).locator('[data-testid="judge-board-row"]').count(), 5);
  const verdicts = judges.judge(JUDGE).getByTestId("judge-verdicts");
  assert.equal(Number(await verdicts.getAttribute("data-compared")), compared);
  assert.equal(Number(await verdicts.getAttribute("data-agreed")), agreed);
  // Its verdicts have a bias row of their own, marked; no progress row, no person's agreement.
  await app.page.locator(`[data-testid="bias-row"][data-rater="${JUDGE}"] [data-testid="bias-judge"]`).waitFor();
  assert.equal(await app.page.locator(`[data-testid="progress-row"][data-rater="${JUDGE}"]`).count(), 0);
  assert.equal(await app.byTestId("agreement").textContent(), agreementBefore, "people's agreement is people's");
  for (const lang of ["en", "zh-Hans", "zh-Hant"]) {
    await app.byTestId(`ui-lang-${lang}`).click();
    await judges.judge(JUDGE).scrollIntoViewIfNeeded();
    await judges.card().screenshot({ path: join(ROOT, `target/e2e/judge-card-${lang}.png`) });
  }
  await app.byTestId("ui-lang-en").click();
  assert.deepEqual(await app.leaderboard(), board, "the leaderboard does not move");

  // The judge is saved with the session.
  await app.page.waitForTimeout(300);
  await app.page.reload();
  await app.leaderboard();
  await raters.open();
  await judges.judge(JUDGE).waitFor();
  assert.deepEqual(app.errors, []);
  await app.close();

  const phone = await AppPage.open(env.browser, env.server.url, PHONE);
  await phone.leaderboard();
  const onPhone = new RatersScreen(phone);
  await onPhone.open();
  await phone.byTestId("sample-ratings").click();
  await phone.page.locator('[data-testid="agreement-row"]').first().waitFor();
  await new JudgesPanel(phone).importFiles(JUDGE_FILE);
  await new JudgesPanel(phone).judge(JUDGE).waitFor();
  const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is no wider than the phone: ${width}`);
  await new JudgesPanel(phone).card().screenshot({ path: join(ROOT, "target/e2e/judge-card-phone.png") });
  await phone.close();
});

/** An OpenAI-compatible chat completions stub on 127.0.0.1: it scores an answer by its
 *  length, after `delay` ms, and records every request it gets. */
async function startStub() {
  const stub = { requests: [], delay: 20 };
  const server = createServer((req, res) => {
    const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "content-type", "access-control-allow-methods": "POST" };
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      stub.requests.push({ method: req.method, url: req.url, body, host: req.headers.host });
      if (req.method === "OPTIONS") return res.writeHead(204, cors).end();
      const prompt = JSON.parse(body).messages[0].content;
      const score = 1 + (prompt.length % 7);
      setTimeout(() => {
        res.writeHead(200, { ...cors, "content-type": "application/json" });
        res.end(JSON.stringify({ id: "x", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: `{"score": ${score}}` }, finish_reason: "stop" }] }));
      }, stub.delay);
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  stub.origin = `http://127.0.0.1:${server.address().port}`;
  stub.endpoint = `${stub.origin}/v1/chat/completions`;
  stub.posts = () => stub.requests.filter((r) => r.method === "POST");
  stub.close = () => new Promise((ok) => server.close(ok));
  return stub;
}

test("the judge on this computer is off by default, asks before each run, shows progress, can be cancelled, and calls 127.0.0.1 only", async () => {
  const stub = await startStub();
  const app = await AppPage.open(env.browser, env.server.url, DESKTOP);
  const judges = new JudgesPanel(app);
  await app.leaderboard();
  // Off: no frame, and the page itself may not call the stub (its policy allows its own site only).
  assert.equal(await app.byTestId("judge-bridge").count(), 0);
  const blocked = await app.page.evaluate((url) => fetch(url, { method: "POST", body: "{}" }).then(() => "sent", () => "blocked"), stub.endpoint);
  assert.equal(blocked, "blocked");
  assert.equal(stub.requests.length, 0, "nothing reached the stub");
  await app.page.evaluate(() => (window.cspViolations = []));
  app.consoleErrors.length = 0;
  app.foreign.length = 0;

  await new RatersScreen(app).open();
  await judges.enableLocal();
  await app.byTestId("judge-bridge").waitFor({ state: "attached" });
  assert.match(await app.byTestId("local-judge-template").inputValue(), /\{question\}[\s\S]*\{answer\}/, "the prompt template is in view");
  await judges.setLocal({ endpoint: "http://example.com/v1/chat/completions" });
  await app.byTestId("local-judge-endpoint-problem").waitFor();
  assert.equal(await app.byTestId("local-judge-run").isDisabled(), true, "no run to another computer");
  await judges.setLocal({ endpoint: stub.endpoint, model: "stub-judge", criterion: "quality" });
  const planned = Number((await app.byTestId("local-judge-run").textContent()).match(/\d+/)[0]);
  assert.ok(planned >= 10, `the sample's quality items: ${planned} answers`);

  // Declined: nothing is sent.
  const question = await judges.run({ accept: false });
  assert.ok(question.includes(stub.endpoint) && question.includes(String(planned)), question);
  await app.page.waitForTimeout(300);
  assert.equal(stub.posts().length, 0);

  // Consented: every answer once, progress to the end, the scores a model-judged rater's.
  await judges.run();
  await judges.waitForPhase("Finished");
  assert.equal(Number(await judges.status().getAttribute("data-scored")), planned);
  assert.equal(stub.posts().length, planned);
  for (const post of stub.posts()) {
    const sent = JSON.parse(post.body);
    assert.equal(sent.model, "stub-judge");
    assert.ok(!/\{(question|answer|criterion|min|max)\}/.test(sent.messages[0].content), "every placeholder filled");
  }
  await judges.judge("stub-judge").waitFor();
  // No person rated these answers: the judge's own board, and a word on agreement to come.
  await judges.judge("stub-judge").getByTestId("judge-no-people").waitFor();
  assert.equal(await judges.judge("stub-judge").locator('[data-testid="judge-board-row"]').count(), 5);
  await app.screenshot("local-judge-finished");

  // A second run on every criterion, cancelled after two replies: what came is kept.
  stub.delay = 400;
  await judges.setLocal({ criterion: "" });
  const before = stub.posts().length;
  await judges.run();
  await app.page.waitForFunction(() => Number(document.querySelector('[data-testid="local-judge-status"]')?.dataset.replies) >= 2 && document.querySelector('[data-testid="local-judge-status"]')?.dataset.phase === "Running");
  await app.byTestId("local-judge-cancel").click();
  await judges.waitForPhase("Cancelled");
  const scored = Number(await judges.status().getAttribute("data-scored"));
  assert.ok(scored >= 2, `kept ${scored}`);
  await app.page.waitForTimeout(1200);
  const sent = stub.posts().length - before;
  assert.ok(sent <= scored + 1, `no request after the cancel but the one under way: ${sent} sent, ${scored} scored`);
  await app.screenshot("local-judge-cancelled");

  // A reload starts with the judge off, its settings remembered; the frame is gone.
  await app.page.reload();
  await app.leaderboard();
  await new RatersScreen(app).open();
  assert.equal(await app.byTestId("local-judge-enable").isChecked(), false);
  assert.equal(await app.byTestId("judge-bridge").count(), 0);
  await judges.enableLocal();
  assert.equal(await app.byTestId("local-judge-endpoint").inputValue(), stub.endpoint);
  assert.equal(await app.byTestId("local-judge-model").inputValue(), "stub-judge");

  // Nothing outside 127.0.0.1: every request of the page and its frame went to the app or the stub.
  const hosts = new Set(app.requests.map((url) => new URL(url).hostname).filter((h) => h));
  assert.deepEqual([...hosts], ["127.0.0.1"]);
  assert.ok(app.foreign.every((url) => url.startsWith(stub.origin)), JSON.stringify(app.foreign.slice(0, 3)));
  app.foreign.length = 0;
  assert.deepEqual(app.errors, []);
  await app.close();
  await stub.close();
});
