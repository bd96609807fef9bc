// Page-load figures for scripts/bench.sh, as JSON lines: for the unthrottled desktop and the
// phone profile of TOOLCHAIN.md (1.6 Mbit/s down, 150 ms round trip, CPU 4x slower), cold
// cache, files served gzip-encoded as GitHub Pages serves them:
//  - bytes transferred before the scored leaderboard shows, and in all (the worker's own
//    downloads included);
//  - time to the scored leaderboard, to "jieba ready", and the longest main-thread task
//    (PerformanceObserver long tasks) until jieba is ready;
//  - desktop only: the longest main-thread task while 16 models x 1,000 items are scored, and,
//    in a page of its own, the memory of the page and its worker (their renderer process's
//    resident set, less a blank page's) while a 50 MB answers file is opened.
// Median of `runs` loads each.
//
// The phone's link is modelled by this server, not by DevTools' network emulation: DevTools
// throttles the page's requests only, while the engine worker fetches its own wasm. Every
// response waits one round trip, then all of them share 200,000 bytes/s, chunk by chunk.
// CPU throttling is DevTools' (Emulation.setCPUThrottlingRate), which slows the page's
// thread by the rate and the worker's by less (measured: see BENCHMARKS.md).
import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../tests/e2e/harness.mjs";

const [distDir, scoringSet, runsArg, bigFile] = process.argv.slice(2);
const dist = resolve(distDir);
const runs = Number(runsArg ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json", ".br": "application/octet-stream", ".png": "image/png", ".webmanifest": "application/manifest+json" };
// Pages compresses text and wasm; an already-compressed file goes as it is.
const COMPRESSED = new Set([".html", ".js", ".css", ".wasm", ".svg", ".json", ".webmanifest"]);
const PHONE = { latencyMs: 150, bytesPerSecond: 200_000 };
const cache = new Map();
let link = null; // null: unthrottled
let linkFreeAt = 0;

function send(res, headers, body) {
  if (!link) return res.writeHead(200, headers).end(body);
  const CHUNK = 16 * 1024;
  let offset = 0;
  const next = () => {
    if (offset >= body.length) return res.end();
    const chunk = body.subarray(offset, offset + CHUNK);
    offset += chunk.length;
    const now = performance.now();
    linkFreeAt = Math.max(now, linkFreeAt) + (chunk.length / link.bytesPerSecond) * 1000;
    setTimeout(() => res.write(chunk, next), linkFreeAt - now);
  };
  setTimeout(() => {
    res.writeHead(200, { ...headers, "content-length": body.length });
    next();
  }, link.latencyMs);
}

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
    send(res, headers, body);
  } catch {
    res.writeHead(404).end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchBrowser();

/// Resident memory of the largest Chromium renderer process, in bytes: the page's, where its
/// worker runs too (the others are Chromium's spare and blank renderers, ~75-160 MB apart).
function rendererRss() {
  let largest = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes("--type=renderer") || cmd.includes("--extension-process")) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) largest = Math.max(largest, Number(rss[1]) * 1024);
    } catch {}
  }
  return largest;
}

/// A page with a cold cache on `profile`'s link and CPU (the phone's, or the desktop's as it is).
async function coldPage(profile) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: profile === "phone" ? { width: 390, height: 844 } : { width: 1400, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  link = profile === "phone" ? PHONE : null;
  linkFreeAt = 0;
  if (profile === "phone") await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page };
}

async function load(profile, extras) {
  const { context, page } = await coldPage(profile);
  const requests = [];
  let origin = 0;
  page.on("requestfinished", async (request) => {
    const at = Date.now() - origin;
    const sizes = await request.sizes().catch(() => null);
    if (sizes) requests.push({ at, url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.addInitScript(() => {
    const marks = (window.__pingfen = { tasks: [] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
    new MutationObserver(() => {
      if (!marks.board && document.querySelector('[data-testid="leaderboard-row"]')) marks.board = performance.now();
      if (!marks.ready && document.querySelector('[data-testid="dictionary-status"][data-state="ready"]')) marks.ready = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  origin = Date.now();
  await page.goto(url);
  await page.locator('[data-testid="dictionary-status"][data-state="ready"]').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(200);
  const marks = await page.evaluate(() => window.__pingfen);
  const before = requests.filter((r) => r.at <= marks.board).reduce((sum, r) => sum + r.bytes, 0);
  const total = requests.reduce((sum, r) => sum + r.bytes, 0);
  const untilReady = marks.tasks.filter(([start]) => start <= marks.ready);
  const longest = Math.max(0, ...untilReady.map(([, d]) => d));
  const result = { board: marks.board, ready: marks.ready, before, total, longest, tasks: untilReady.map(([s, d]) => [Math.round(s), Math.round(d)]), scoringLongest: null, scoringMs: null };
  link = null;
  if (extras && scoringSet) {
    await page.evaluate(() => (window.__pingfen.tasks = []));
    const started = Date.now();
    await page.getByTestId("open-files").setInputFiles(scoringSet);
    await page.locator('[data-testid="leaderboard-row"][data-model="bench-model-15"]').waitFor({ timeout: 600_000 });
    result.scoringMs = Date.now() - started;
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => window.__pingfen.tasks);
    result.scoringLongest = Math.max(0, ...tasks.map(([, d]) => d));
    result.scoringTasks = tasks.map(([s, d]) => [Math.round(s), Math.round(d)]);
  }
  await context.close();
  return result;
}

/// The renderer's memory around the opening of a 50 MB answers file, in a page of its own
/// (jieba ready, nothing else loaded): a blank page's renderer first (Chromium's own share),
/// then the page at rest, then the peak while the file goes to the worker and is refused.
async function fiftyMegabytes() {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto("about:blank");
  await page.waitForTimeout(1000);
  const blank = rendererRss();
  await page.goto(url);
  await page.locator('[data-testid="dictionary-status"][data-state="ready"]').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(1000);
  const idle = rendererRss();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rendererRss())), 50);
  await page.getByTestId("open-files").setInputFiles(bigFile);
  await page.getByText(/48,?000/).first().waitFor({ timeout: 300_000 });
  await page.waitForTimeout(300);
  clearInterval(sampler);
  peak = Math.max(peak, rendererRss());
  await context.close();
  return { blank, idle, peak };
}

if (bigFile) {
  // 16 models x 20,000 items of Chinese answers: about 50 MB of JSON lines.
  const answer = "这是一个足够长的回答，用来把文件撑到五十兆字节左右。".repeat(2);
  const lines = [];
  for (let m = 0; m < 16; m++) for (let i = 0; i < 20000; i++) lines.push(JSON.stringify({ model: `m${m}`, item: `item-${i}`, answer }));
  writeFileSync(bigFile, lines.join("\n") + "\n");
}

for (const profile of ["desktop", "phone"]) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await load(profile, profile === "desktop" && i === 0));
  const pick = (key) => (all.every((r) => r[key] === null || r[key] === undefined) ? null : Math.round(median(all.map((r) => r[key]).filter((v) => v !== null && v !== undefined))));
  console.log(JSON.stringify({
    runner: `load-${profile}`, runs,
    leaderboard_ms: pick("board"), jieba_ready_ms: pick("ready"),
    bytes_before_leaderboard: pick("before"), bytes_total: pick("total"),
    longest_task_ms: pick("longest"), long_tasks_first_run: all[0].tasks,
    scoring_16x1000_longest_task_ms: pick("scoringLongest"), scoring_16x1000_ms: pick("scoringMs"), scoring_long_tasks: all[0].scoringTasks ?? null,
  }));
}
/// pkg/ from plain HTML (library/): the module, its wasm and the dictionary fetched, the
/// Evaluator built ("ready"), then the sample scored by the click of a button.
async function loadLibrary(profile) {
  const { context, page } = await coldPage(profile);
  const requests = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) requests.push(sizes.responseBodySize + sizes.responseHeadersSize);
  });
  const started = Date.now();
  await page.goto(url + "library/");
  await page.locator('[data-testid="library-status"][data-state="ready"]').waitFor({ timeout: 300_000 });
  const ready = Date.now() - started;
  const bytes = requests.reduce((sum, b) => sum + b, 0);
  const clicked = Date.now();
  await page.getByTestId("score-sample").click();
  await page.locator('[data-testid="library-row"]').first().waitFor({ timeout: 300_000 });
  const sample = Date.now() - clicked;
  link = null;
  await context.close();
  return { ready, bytes, sample };
}

for (const profile of ["desktop", "phone"]) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await loadLibrary(profile));
  const pick = (key) => Math.round(median(all.map((r) => r[key])));
  console.log(JSON.stringify({ runner: `load-library-${profile}`, runs, ready_ms: pick("ready"), bytes_ready: pick("bytes"), sample_ms: pick("sample") }));
}

if (bigFile) {
  await new Promise((ok) => setTimeout(ok, 1000)); // the closed pages' renderers exit
  const { blank, idle, peak } = await fiftyMegabytes();
  const mb = (bytes) => Math.round(bytes / 1e6);
  console.log(JSON.stringify({
    runner: "load-fifty-mb", blank_renderer_rss_mb: mb(blank), idle_renderer_rss_mb: mb(idle), peak_renderer_rss_mb: mb(peak),
    page_and_worker_peak_mb: mb(peak - blank),
  }));
}
await browser.close();
server.close();
