// Where the page's main thread spends its long tasks, for BENCHMARKS.md: a CPU profile of the
// desktop page (unthrottled, cold cache) from navigation to the scored leaderboard, and again
// while 16 models x 1,000 items are scored by the worker and shown. Prints, per phase, the
// long tasks and the self time by owner (Rust crate of a wasm function, or the browser's own
// work: parsing HTML, style and layout, garbage collection) and the heaviest functions.
//
// Run by scripts/profile.sh on a build whose wasm keeps its function names:
//   node bench/profile.mjs <dist> <scorebook of 16 x 1,000>
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { launchBrowser } from "../tests/e2e/harness.mjs";

const [distDir, scoringSet] = process.argv.slice(2);
const dist = resolve(distDir);
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json", ".webmanifest": "application/manifest+json" };

const server = createServer((req, res) => {
  let file = normalize(join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;

/** The owner of a profiled frame: a Rust crate for wasm functions, else what the browser did. */
function owner(frame) {
  const name = frame.functionName || "(anonymous)";
  if (frame.url.startsWith("wasm://") || frame.url.endsWith(".wasm")) {
    const path = name.replace(/^<+/, "").replace(/^_ZN\d+/, "");
    const crate = path.split(/::|\s|</)[0];
    return crate ? `wasm ${crate}` : "wasm (unnamed)";
  }
  if (name.startsWith("(")) return name; // (program), (garbage collector), (idle)
  return frame.url ? `js ${frame.url.split("/").pop().replace(/-[0-9a-f]{8,}/, "")}` : `browser ${name}`;
}

/** Self time per owner and per function over the samples that fall inside `windows`. */
function summarise(profile, windows) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byOwner = new Map();
  const byFunction = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const at = t / 1000;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!windows.some(([start, end]) => at >= start && at <= end)) continue;
    const frame = nodes.get(profile.samples[i]).callFrame;
    if (frame.functionName === "(idle)") continue;
    const who = owner(frame);
    byOwner.set(who, (byOwner.get(who) ?? 0) + dt);
    const fn = `${frame.functionName || "(anonymous)"}`.slice(0, 110);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [Math.round(v * 10) / 10, k]);
  return { owners: top(byOwner, 14), functions: top(byFunction, 20) };
}

const browser = await launchBrowser();
const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
await page.addInitScript(() => {
  const marks = (window.__pingfen = { tasks: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
});
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });

/** Profiles `run`; returns the long tasks it saw and the summary of the samples in them. */
async function phase(name, run) {
  await cdp.send("Profiler.start");
  await run();
  await page.waitForTimeout(500);
  const { profile } = await cdp.send("Profiler.stop");
  // Long tasks are timed from the page's time origin, the profile on the monotonic clock in
  // microseconds: the profile's end, read against performance.now() at once, ties the two
  // (within the few milliseconds of one round trip).
  const shift = profile.endTime / 1000 - (await page.evaluate(() => performance.now()));
  const { tasks } = await page.evaluate(() => window.__pingfen);
  const last = tasks.length ? Math.max(...tasks.map(([s, d]) => s + d)) : 0;
  const windows = tasks.map(([start, duration]) => [start + shift, start + shift + duration]);
  const summary = summarise(profile, windows);
  const each = windows.map((window, i) => ({ task: tasks[i].map(Math.round), heaviest_ms: summarise(profile, [window]).functions.slice(0, 8) }));
  console.log(JSON.stringify({ phase: name, long_tasks: tasks.map(([s, d]) => [Math.round(s), Math.round(d)]), last_task_end_ms: Math.round(last), self_ms_by_owner: summary.owners, heaviest_functions_ms: summary.functions, by_task: each }, null, 1));
  await page.evaluate(() => (window.__pingfen.tasks = []));
}

await phase("load to the scored leaderboard", async () => {
  await page.goto(url);
  await page.locator('[data-testid="leaderboard-row"]').first().waitFor();
  await page.locator('[data-testid="dictionary-status"][data-state="ready"]').waitFor({ timeout: 120_000 });
});
await phase("16 x 1,000 scored in the worker and shown", async () => {
  await page.getByTestId("open-files").setInputFiles(scoringSet);
  await page.locator('[data-testid="leaderboard-row"][data-model="bench-model-15"]').waitFor({ timeout: 600_000 });
});
await browser.close();
server.close();
