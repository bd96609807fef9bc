// Page-load figures for scripts/bench.sh, as JSON lines: for the unthrottled desktop and the
// phone profile of TOOLCHAIN.md (1.6 Mbit/s down, 750 kbit/s up, 150 ms, CPU 4x slower), cold
// cache, files served gzip-encoded as GitHub Pages serves them:
//  - bytes transferred before the scored leaderboard shows, and in all;
//  - time to the scored leaderboard, to "jieba ready", and the longest main-thread task
//    (PerformanceObserver long tasks) until jieba is ready;
//  - desktop only: the longest main-thread task while 16 models x 1,000 items are scored.
// Median of `runs` loads each.
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../tests/e2e/harness.mjs";

const [distDir, scoringSet, runsArg] = process.argv.slice(2);
const dist = resolve(distDir);
const runs = Number(runsArg ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json", ".gz": "application/gzip", ".png": "image/png", ".webmanifest": "application/manifest+json" };
// Pages compresses text and wasm; an already-compressed file goes as it is.
const COMPRESSED = new Set([".html", ".js", ".css", ".wasm", ".svg", ".json", ".webmanifest"]);
const cache = new Map();
const server = createServer((req, res) => {
  let file = normalize(join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    const ext = extname(file);
    let body = readFileSync(file);
    const headers = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "max-age=600" };
    if (COMPRESSED.has(ext) && (req.headers["accept-encoding"] ?? "").includes("gzip")) {
      if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 9 }));
      body = cache.get(file);
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchBrowser();

async function load(profile) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: profile === "phone" ? { width: 390, height: 844 } : { width: 1400, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile === "phone") {
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  const t0 = Date.now();
  const finished = [];
  cdp.on("Network.loadingFinished", (event) => finished.push({ at: Date.now() - t0, bytes: event.encodedDataLength }));
  await page.addInitScript(() => {
    const marks = (window.__pingfen = { longest: 0, tasks: [] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
    new MutationObserver(() => {
      if (!marks.board && document.querySelector('[data-testid="leaderboard-row"]')) marks.board = performance.now();
      if (!marks.ready && document.querySelector('[data-testid="dictionary-status"][data-state="ready"]')) marks.ready = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url);
  await page.locator('[data-testid="dictionary-status"][data-state="ready"]').waitFor({ timeout: 180_000 });
  const marks = await page.evaluate(() => window.__pingfen);
  const boardAt = marks.board; // ms since navigation start, as Date.now() - t0 roughly
  const before = finished.filter((f) => f.at <= boardAt + 50).reduce((sum, f) => sum + f.bytes, 0);
  const total = finished.reduce((sum, f) => sum + f.bytes, 0);
  const longest = Math.max(0, ...marks.tasks.filter(([start]) => start <= marks.ready).map(([, d]) => d));
  let scoringLongest = null;
  let scoringMs = null;
  if (profile === "desktop" && scoringSet) {
    await page.evaluate(() => (window.__pingfen.tasks = []));
    const started = Date.now();
    await page.getByTestId("open-files").setInputFiles(scoringSet);
    await page.locator('[data-testid="leaderboard-row"][data-model="bench-model-15"]').waitFor({ timeout: 600_000 });
    scoringMs = Date.now() - started;
    const tasks = await page.evaluate(() => window.__pingfen.tasks);
    scoringLongest = Math.max(0, ...tasks.map(([, d]) => d));
  }
  await context.close();
  return { board: marks.board, ready: marks.ready, before, total, longest, scoringLongest, scoringMs };
}

for (const profile of ["desktop", "phone"]) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await load(profile));
  const pick = (key) => (all[0][key] === null ? null : Math.round(median(all.map((r) => r[key]))));
  console.log(JSON.stringify({
    runner: `load-${profile}`, runs,
    leaderboard_ms: pick("board"), jieba_ready_ms: pick("ready"),
    bytes_before_leaderboard: pick("before"), bytes_total: pick("total"),
    longest_task_ms: pick("longest"), scoring_16x1000_longest_task_ms: pick("scoringLongest"), scoring_16x1000_ms: pick("scoringMs"),
  }));
}
await browser.close();
server.close();
