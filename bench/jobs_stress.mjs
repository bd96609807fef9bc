// A stress run, on demand, for jobs the page leaves for the engine: on a page slowed down
// (CPU throttling) and flooded with keys on the rating screen (each one an action, so a
// render), a file is opened again and again; each time its notice must come. Yew yields to
// the browser between a render and its effects, so work a render does for its effect can be
// overtaken by the next render; this counts the opened files that never arrive.
//
//   node bench/jobs_stress.mjs [throttle rate, default 6] [tries, default 10]
//
// Needs the release build of the journeys (target/e2e-dist, made by scripts/test.sh).
import { join } from "node:path";
import { AppPage, ROOT, startServer, launchBrowser } from "../tests/e2e/harness.mjs";
import { RateScreen } from "../tests/e2e/pages.mjs";

const rate = Number(process.argv[2] ?? 6);
const tries = Number(process.argv[3] ?? 10);
const server = await startServer();
const browser = await launchBrowser();
let lost = 0;
for (let attempt = 0; attempt < tries; attempt++) {
  const app = await AppPage.open(browser, server.url);
  await app.leaderboard();
  await new RateScreen(app).signIn("Kit");
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  // "x" is no rating key: each press is an action that changes nothing but is rendered.
  await app.page.evaluate(() => {
    setInterval(() => document.dispatchEvent(new KeyboardEvent("keydown", { key: "x", bubbles: true })), 0);
  });
  await app.byTestId("open-files").setInputFiles(join(ROOT, "tests/e2e/fixtures/new-model-utf8.csv"));
  try {
    await app.page.getByText("new-model-utf8.csv").first().waitFor({ timeout: 20_000 });
  } catch {
    lost++;
    console.log(`attempt ${attempt}: the file never opened; ${(await app.explain()).slice(0, 400)}`);
  }
  await app.context.close();
}
console.log(JSON.stringify({ runner: "jobs-stress", throttle: rate, tries, lost }));
await browser.close();
await server.close();
