// Test harness for the end-to-end journeys: a static server that serves the release build
// under a sub-path (as GitHub Pages does), Debian's Chromium driven by playwright-core, and a
// page object that finds elements by data-testid.
import { createServer } from "node:http";
import { readFileSync, statSync, mkdirSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = resolve(new URL("../..", import.meta.url).pathname);
export const DIST = resolve(ROOT, process.env.PINGFEN_DIST ?? "target/e2e-dist");
export const BASE = process.env.PINGFEN_BASE ?? "/pingfen/";
export const SCREENSHOTS = resolve(ROOT, "target/e2e");
mkdirSync(SCREENSHOTS, { recursive: true });

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".gz": "application/gzip",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** Serves `dist` at `base` on 127.0.0.1; anything outside `base` is a 404. `replaced` maps a
 *  file name to other contents (a new version of the app, as a deploy would bring). */
export async function startServer({ dist = DIST, base = BASE } = {}) {
  const requests = [];
  const replaced = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    if (replaced.has(path.slice(base.length))) {
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(replaced.get(path.slice(base.length)));
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end("outside the app's base path");
      return;
    }
    let file = normalize(join(dist, path.slice(base.length)));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + base, requests, replaced, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.PINGFEN_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ], // launch() gives every run a fresh, empty profile
  });
}

/** The app as a user sees it. Records every request the page makes. */
export class AppPage {
  constructor(page) {
    this.page = page;
    this.requests = [];
    this.foreign = [];
    page.on("request", (request) => this.requests.push(request.url()));
    this.errors = [];
    page.on("pageerror", (error) => this.errors.push(String(error)));
    page.on("crash", () => this.errors.push("the page crashed"));
    /** Console errors on the page (Chromium's include its workers'): what a failed wait reports. */
    this.consoleErrors = [];
    page.on("console", (message) => message.type() === "error" && this.consoleErrors.push(message.text().slice(0, 300)));
  }

  /** What the page shows and said, for the message of a wait that failed. */
  async explain() {
    const shown = await this.page
      .evaluate(() => {
        const state = (id) => document.querySelector(`[data-testid="${id}"]`);
        const dictionary = state("dictionary-status");
        return JSON.stringify({
          restoring: Boolean(state("restoring")),
          results_pending: Boolean(state("results-pending")),
          dictionary: dictionary?.dataset.state ?? null,
          text: document.body.innerText.replace(/\s+/g, " ").slice(0, 600),
        });
      })
      .catch((error) => `(the page did not answer: ${error.message.split("\n")[0]})`);
    return `page: ${shown}; errors: ${JSON.stringify(this.errors)}; console errors: ${JSON.stringify(this.consoleErrors)}`;
  }

  /** The service worker is off unless a journey asks for it (`serviceWorkers: "allow"`): the
   *  other journeys test the app itself, and routes see every request only without it.
   *  Every request of the page and its workers to another origin than the app's, and every
   *  Content-Security-Policy violation, is recorded: `close()` fails the journey on any. */
  static async open(browser, url, options = {}) {
    const context = await browser.newContext({ locale: "en-US", serviceWorkers: "block", ...options });
    const origin = new URL(url).origin;
    const foreign = [];
    context.on("request", (request) => {
      const target = new URL(request.url());
      if (["http:", "https:", "ws:", "wss:"].includes(target.protocol) && target.origin !== origin) foreign.push(request.url().slice(0, 200));
    });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    const app = new AppPage(await context.newPage());
    app.context = context;
    app.foreign = foreign;
    if (options.beforeGoto) await options.beforeGoto(app.page);
    await app.page.goto(url);
    return app;
  }

  byTestId(id) {
    return this.page.getByTestId(id);
  }

  async waitForDictionary(state = "ready") {
    await this.page.locator(`[data-testid="dictionary-status"][data-state="${state}"]`).waitFor({ timeout: 30_000 });
  }

  /** Opens the tokenizer playground (the app starts on the leaderboard). */
  async openTokenizer() {
    await this.byTestId("tab-tokenizer").click();
    await this.byTestId("playground-input").waitFor();
  }

  /** The leaderboard's rows; opens its tab first when a reload returned to another screen. */
  async leaderboard() {
    await this.byTestId("tab-results").waitFor();
    if ((await this.byTestId("tab-results").getAttribute("aria-selected")) !== "true") await this.byTestId("tab-results").click();
    await this.byTestId("leaderboard")
      .waitFor()
      .catch(async (error) => {
        throw new Error(`${error.message.split("\n")[0]}: the leaderboard did not appear; ${await this.explain()}`);
      });
    return this.page.locator('[data-testid="leaderboard-row"]').evaluateAll((rows) =>
      rows.map((row) => [row.dataset.model, ...[...row.querySelectorAll("td")].map((td) => td.textContent)]),
    );
  }

  /** Types into the playground and waits for the engine's cut of that very text (once the
   *  dictionary is ready; before, there is nothing to wait for). */
  async typeText(text) {
    const input = this.byTestId("playground-input");
    await input.fill(text);
    const ready = await this.page.locator('[data-testid="dictionary-status"][data-state="ready"]').count();
    if (ready === 0) return;
    await this.page.waitForFunction((text) => {
      const items = [...document.querySelectorAll('[data-testid="tokens"] li')];
      const chips = items.map((li) => li.textContent).join("").replace(/\s+/g, "");
      const typed = text.replace(/\s+/g, "");
      // A long text shows its first 2,000 tokens only.
      return items.length >= 2000 ? chips.length > 0 && typed.startsWith(chips) : chips === typed;
    }, text);
  }

  async tokens() {
    return this.byTestId("tokens").locator("li").allTextContents();
  }

  async screenshot(name) {
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Content-Security-Policy violations on the page so far (the event's and the console's). */
  async cspViolations() {
    const reported = await this.page.evaluate(() => window.cspViolations ?? []).catch(() => []);
    return [...reported, ...this.consoleErrors.filter((text) => /Content Security Policy/i.test(text))];
  }

  /** Closes the page's browser context, failing if it asked anything of another origin or
   *  broke its Content-Security-Policy. */
  async close() {
    const violations = await this.cspViolations();
    await this.context.close();
    if (this.foreign.length > 0) throw new Error(`requests to another origin: ${JSON.stringify(this.foreign.slice(0, 5))}`);
    if (violations.length > 0) throw new Error(`Content-Security-Policy violations: ${JSON.stringify(violations.slice(0, 5))}`);
  }
}

/** One server and one browser for a spec file: `const env = useEnvironment();` then
 *  `env.server`, `env.browser` inside tests. */
export function useEnvironment() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
