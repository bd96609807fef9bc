// Browser figures for scripts/bench.sh, printed as JSON lines:
//  - wasm segmentation throughput through pkg/ on the same text the other runners cut
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchBrowser, startServer, ROOT } from "../tests/e2e/harness.mjs";

const [distDir, corpusPath, ...scoringSets] = process.argv.slice(2);
const browser = await launchBrowser();

// 1. wasm segmentation through pkg/.
{
  const server = await startServer({ dist: ROOT, base: "/" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + "bench/blank.html");
  const corpus = readFileSync(corpusPath, "utf8");
  const result = await page.evaluate(async (text) => {
    const { default: init, Pingfen } = await import("/pkg/pingfen.js");
    await init();
    const bytes = new Uint8Array(await (await fetch("/pkg/" + Pingfen.dictionaryFileName())).arrayBuffer());
    let started = performance.now();
    const pingfen = new Pingfen(bytes);
    const build_ms = performance.now() - started;
    let best = Infinity;
    let words = 0;
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      words = pingfen.wordCount(text, "zh");
      best = Math.min(best, (performance.now() - started) / 1000);
    }
    return { build_ms, seconds: best, words };
  }, corpus);
  const bytes = Buffer.byteLength(corpus, "utf8");
  console.log(JSON.stringify({
    runner: "wasm", bytes, words: result.words, build_ms: +result.build_ms.toFixed(1),
    seconds: +result.seconds.toFixed(4), mb_per_s: +(bytes / 1e6 / result.seconds).toFixed(3),
  }));

  // 2b. The npm package jieba-wasm 2.4.0 in the same page, on the same text: its `cut` returns
  // the words as an array. Pingfen's `cut` is the same job (jieba's cut with its HMM, words as
  // an array); `tokenize` (the words scores read: white space dropped, text normalised) too.
  const peer = await page.evaluate(async (text) => {
    const { default: init, cut } = await import("/node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js");
    await init();
    const { Pingfen } = await import("/pkg/pingfen.js");
    const pingfen = new Pingfen(new Uint8Array(await (await fetch("/pkg/" + Pingfen.dictionaryFileName())).arrayBuffer()));
    const best = (run) => {
      let seconds = Infinity;
      let words = 0;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        words = run().length;
        seconds = Math.min(seconds, (performance.now() - started) / 1000);
      }
      return { seconds, words };
    };
    const same = JSON.stringify(cut(text.slice(0, 20000), true)) === JSON.stringify(pingfen.cut(text.slice(0, 20000), true));
    if (!same) throw new Error("Pingfen's cut and jieba-wasm's differ on the bench text");
    return { peer: best(() => cut(text, true)), cut: best(() => pingfen.cut(text, true)), tokenize: best(() => pingfen.tokenize(text, "zh")) };
  }, corpus);
  for (const [runner, figures] of [["jieba-wasm-2.4.0", peer.peer], ["wasm-cut", peer.cut], ["wasm-tokenize", peer.tokenize]]) {
    console.log(JSON.stringify({ runner, bytes, words: figures.words, seconds: +figures.seconds.toFixed(4), mb_per_s: +(bytes / 1e6 / figures.seconds).toFixed(3) }));
  }

  // 3. wasm scoring: BLEU + chrF + ROUGE-L per item through pkg's `score`, best of three.
  for (const path of scoringSets) {
    const rows = readFileSync(path, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    const figures = await page.evaluate(async (rows) => {
      const { Pingfen } = await import("/pkg/pingfen.js");
      const bytes = new Uint8Array(await (await fetch("/pkg/" + Pingfen.dictionaryFileName())).arrayBuffer());
      const pingfen = new Pingfen(bytes);
      let best = Infinity;
      let checksum = 0;
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        checksum = 0;
        for (const row of rows) {
          const scores = pingfen.score(row.lang, row.hypothesis, row.references, ["bleu", "chrf", "rougeL"]);
          checksum += scores.bleu.score + scores.chrf.score + scores.rougeL.score;
        }
        best = Math.min(best, (performance.now() - started) / 1000);
      }
      return { seconds: best, checksum };
    }, rows);
    const lang = rows[0].lang;
    console.log(JSON.stringify({
      runner: `wasm-${lang}`, items: rows.length, seconds: +figures.seconds.toFixed(3),
      items_per_s: +(rows.length / figures.seconds).toFixed(1),
    }));
  }
  await context.close();
  await server.close();
}
await browser.close();
