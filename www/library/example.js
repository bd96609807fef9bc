// Pingfen's pkg/ used from a plain page: no bundler, no framework. Everything the page shows
// of a file is set as text (textContent), never as HTML.

const WORDS = {
  en: {
    title: "Pingfen as a library",
    intro: ["This page is plain HTML and one script, ", ": it loads Pingfen's library (pkg/: its ES module, its wasm and jieba's dictionary) and scores with its Evaluator, the same scoring as ", "the app", ", in this tab, with no server."],
    loading: "Loading the library…",
    ready: (ms) => `Ready in ${ms} ms: module, wasm and dictionary loaded, Evaluator built.`,
    missing: "The library's files are not on this site: build them with bash scripts/build-pkg.sh, then build or serve the site again.",
    failed: (what) => `The library did not load: ${what}`,
    sample: "Score the sample",
    locale: "Messages and report in",
    suite: "A suite (JSON, CSV, XLSX)",
    answers: "Answers (any format: JSONL, CSV, XLSX, promptfoo, lm-eval, OpenCompass, chat JSONL)",
    score: "Score",
    board: "Leaderboard",
    columns: ["#", "Model", "Both", "Chinese", "English"],
    summary: (models, items, ms) => `${models} models × ${items} items scored in ${ms} ms.`,
    report: "Download the report",
    scorebook: "Download the scorebook",
    code: "The calls it makes",
    needSuite: "Choose a suite first, then its answers.",
    scoring: "Scoring…",
  },
  "zh-Hans": {
    title: "把 Pingfen 当作程序库",
    intro: ["本页只是纯 HTML 加一个脚本 ", "：它加载 Pingfen 的程序库（pkg/：ES 模块、wasm 和 jieba 词典），用其中的 Evaluator 评分，与", "应用", "的评分完全相同，就在这个标签页里进行，不需要服务器。"],
    loading: "正在加载程序库…",
    ready: (ms) => `${ms} 毫秒后就绪：已加载模块、wasm 和词典，并创建 Evaluator。`,
    missing: "本站没有程序库的文件：请先运行 bash scripts/build-pkg.sh 构建，再重新构建或启动网站。",
    failed: (what) => `程序库未能加载：${what}`,
    sample: "为示例评分",
    locale: "消息和报告的语言",
    suite: "评测套件（JSON、CSV、XLSX）",
    answers: "回答（任意格式：JSONL、CSV、XLSX、promptfoo、lm-eval、OpenCompass、聊天 JSONL）",
    score: "评分",
    board: "排行榜",
    columns: ["#", "模型", "两种语言", "中文", "英文"],
    summary: (models, items, ms) => `${models} 个模型 × ${items} 道题，评分用时 ${ms} 毫秒。`,
    report: "下载报告",
    scorebook: "下载评分簿",
    code: "页面调用的接口",
    needSuite: "请先选择评测套件，再选择回答。",
    scoring: "正在评分…",
  },
  "zh-Hant": {
    title: "把 Pingfen 當作程式庫",
    intro: ["本頁只是純 HTML 加一個指令碼 ", "：它載入 Pingfen 的程式庫（pkg/：ES 模組、wasm 和 jieba 詞典），用其中的 Evaluator 評分，與", "應用程式", "的評分完全相同，就在這個分頁裡進行，不需要伺服器。"],
    loading: "正在載入程式庫…",
    ready: (ms) => `${ms} 毫秒後就緒：已載入模組、wasm 和詞典，並建立 Evaluator。`,
    missing: "本站沒有程式庫的檔案：請先執行 bash scripts/build-pkg.sh 建置，再重新建置或啟動網站。",
    failed: (what) => `程式庫未能載入：${what}`,
    sample: "為範例評分",
    locale: "訊息和報告的語言",
    suite: "評測套件（JSON、CSV、XLSX）",
    answers: "回答（任何格式：JSONL、CSV、XLSX、promptfoo、lm-eval、OpenCompass、聊天 JSONL）",
    score: "評分",
    board: "排行榜",
    columns: ["#", "模型", "兩種語言", "中文", "英文"],
    summary: (models, items, ms) => `${models} 個模型 × ${items} 道題，評分用時 ${ms} 毫秒。`,
    report: "下載報告",
    scorebook: "下載評分簿",
    code: "頁面呼叫的介面",
    needSuite: "請先選擇評測套件，再選擇回答。",
    scoring: "正在評分…",
  },
};

const $ = (id) => document.getElementById(id);
const status = document.querySelector('[data-testid="library-status"]');
const problemsList = document.querySelector('[data-testid="library-problems"]');
const results = document.querySelector('[data-testid="library-results"]');

let library = null; // { Pingfen, Evaluator }
let dictionary = null;
let evaluator = null;
let suite = null; // { name, bytes }
let answers = []; // [{ name, bytes }]
let links = [];
let readyMs = null; // how long the library took to load

function locale() {
  return $("locale").value;
}

function words() {
  return WORDS[locale()];
}

function say(text, state) {
  status.textContent = text;
  status.dataset.state = state;
}

/** The page's own words in the chosen language (the Evaluator speaks it too). */
function translate() {
  const w = words();
  document.documentElement.lang = locale();
  document.title = w.title;
  document.querySelector("h1").textContent = w.title;
  [$("intro-1").textContent, $("intro-2").textContent, $("intro-app").textContent, $("intro-3").textContent] = w.intro;
  $("score-sample").textContent = w.sample;
  $("locale").labels[0].firstChild.textContent = w.locale + " ";
  $("suite").labels[0].firstChild.textContent = w.suite + " ";
  $("answers").labels[0].firstChild.textContent = w.answers + " ";
  $("inputs-title").textContent = w.score;
  $("board-title").textContent = w.board;
  $("code-title").textContent = w.code;
  document.querySelectorAll("thead th").forEach((th, i) => (th.textContent = w.columns[i]));
  $("report").textContent = w.report;
  $("scorebook").textContent = w.scorebook;
}

/** Problems as the Evaluator throws them (`Problem[]`), or any other error, as a list. */
function showProblems(error) {
  problemsList.replaceChildren();
  const problems = Array.isArray(error) ? error : [{ message: String(error?.message ?? error) }];
  for (const problem of problems) {
    const li = document.createElement("li");
    // A problem's message names its file and place already.
    li.textContent = problem.message;
    problemsList.append(li);
  }
  problemsList.hidden = problems.length === 0;
}

const format = (score) => (score === null || score === undefined ? "–" : score.toFixed(1));

function score() {
  if (!evaluator || !suite) return;
  const started = performance.now();
  try {
    const opened = evaluator.open(suite.name, suite.bytes);
    for (const file of answers) evaluator.addAnswers(file.name, file.bytes);
    const board = evaluator.leaderboard();
    const tbody = document.querySelector('[data-testid="library-board"] tbody');
    tbody.replaceChildren();
    board.forEach((row, index) => {
      const tr = document.createElement("tr");
      tr.dataset.testid = "library-row";
      for (const cell of [String(index + 1), row.model, format(row.overall), format(row.zh.composite), format(row.en.composite)]) {
        const td = document.createElement("td");
        td.textContent = cell;
        tr.append(td);
      }
      tbody.append(tr);
    });
    const created = new Date().toISOString();
    links.forEach((url) => URL.revokeObjectURL(url));
    links = [
      URL.createObjectURL(new Blob([evaluator.report(locale(), created)], { type: "text/html" })),
      URL.createObjectURL(new Blob([evaluator.scorebook(created)], { type: "application/json" })),
    ];
    $("report").href = links[0];
    $("scorebook").href = links[1];
    const ms = Math.round(performance.now() - started);
    $("summary").textContent = words().summary(board.length, opened.items, ms);
    results.hidden = false;
    showProblems([]);
  } catch (error) {
    showProblems(error);
  }
}

async function bytesOf(file) {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function fetched(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return { name: path.split("/").pop(), bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function load() {
  const started = performance.now();
  try {
    library = await import("./pkg/pingfen.js");
  } catch {
    say(words().missing, "missing");
    return;
  }
  try {
    await library.default();
    dictionary = (await fetched("./pkg/" + library.Pingfen.dictionaryFileName())).bytes;
    evaluator = new library.Evaluator(dictionary, locale());
  } catch (error) {
    say(words().failed(error?.message ?? String(error)), "failed");
    return;
  }
  readyMs = Math.round(performance.now() - started);
  say(words().ready(readyMs), "ready");
  $("score-sample").disabled = false;
}

$("score-sample").addEventListener("click", async () => {
  try {
    say(words().scoring, "scoring");
    [suite, ...answers] = await Promise.all([fetched("../samples/sample-suite.json"), fetched("../samples/sample-answers.jsonl")]);
    score();
    say(words().ready(readyMs), "ready");
  } catch (error) {
    showProblems(error);
    say(words().failed(error?.message ?? String(error)), "failed");
  }
});

$("suite").addEventListener("change", async (event) => {
  const [file] = event.target.files;
  if (!file) return;
  suite = await bytesOf(file);
  answers = [];
  $("answers").value = "";
  score();
});

$("answers").addEventListener("change", async (event) => {
  if (!suite) {
    showProblems(new Error(words().needSuite));
    return;
  }
  answers = await Promise.all([...event.target.files].map(bytesOf));
  score();
});

$("locale").addEventListener("change", () => {
  translate();
  if (!library || !dictionary) return;
  say(words().ready(readyMs), "ready");
  // The Evaluator's messages and leaderboard headers come in the language it was built with.
  evaluator = new library.Evaluator(dictionary, locale());
  score();
});

const preferred = (navigator.language || "en").toLowerCase();
$("locale").value = /^zh-(tw|hk|mo|hant)/.test(preferred) ? "zh-Hant" : preferred.startsWith("zh") ? "zh-Hans" : "en";
translate();
say(words().loading, "loading");
load();
