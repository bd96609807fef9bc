# The frame of the app: header, footer, the workbench bar, the dictionary's status, exports,
# the names of the two languages scored.

## Header

app-tagline = Score LLM answers in Chinese and English, in your browser
app-interface-language = Interface language
# The logo character and the Chinese half of the name "Pingfen 评分" (a brand, not a word to
# translate; written in the reader's script).
app-logo = 评
app-name-chinese = 评分

## The Chinese dictionary's status, in the header

dictionary-label = Chinese dictionary
dictionary-downloading = downloading…
dictionary-building = building…
dictionary-ready = ready · { $ms } ms
dictionary-failed = failed
dictionary-retry = Retry
dictionary-failed-network = Could not download the dictionary ({ $url }): { $detail }. Check the connection, then retry.
dictionary-failed-http = The server answered { $status } for the dictionary ({ $url }). The site may be updating: retry in a minute.
dictionary-failed-corrupt = The dictionary file arrived damaged: { $detail }. Reload the page to fetch it again.
dictionary-failed-engine = The scoring engine stopped ({ $detail }). Everything on screen is kept; press Retry to start it again.
scoring-progress = Scoring { $done } of { $total } answers…
scoring-updating = Updating the leaderboard…
scoring-cancel = Cancel
scoring-stale = The leaderboard shows the scores from before your last change.
scoring-again = Score again

## Footer

footer-privacy = Everything runs in this page: nothing you paste leaves your computer.
footer-version = Pingfen version { $version }

## The languages of the items, as the interface names them

language-zh = Chinese
language-en = English

## The workbench: screens, the session's origin, opening, pasting, exporting

workbench-label = Session
workbench-tab-results = Leaderboard
workbench-tab-items = Items
workbench-tab-rate = Rate
workbench-tab-raters = Raters
workbench-tab-tokenizer = Tokenizer
workbench-tab-learn = How scoring works
workbench-open-files = Open files…
workbench-sample = Sample
workbench-paste = Paste answers…
workbench-source = { $origin } · { $models ->
        [one] 1 model
       *[other] { $models } models
    } · { $items ->
        [one] 1 item
       *[other] { $items } items
    }
# The column names (question, 题目, model, 模型, 题号, 回答) are what the reader accepts: keep them.
workbench-hint = Open or drop a suite (.json, or a .csv / .xlsx table with a question / 题目 column), models' answers (.jsonl, or a .csv / .xlsx table with model / item / answer columns; 模型 / 题号 / 回答 work too; CSV in UTF-8, UTF-16, GB18030 or Big5) or a scorebook.
workbench-formats = Which files can I open?
workbench-dismiss = Dismiss
workbench-paste-model = Model name
workbench-paste-items = Items
workbench-paste-all = All items, in suite order
workbench-paste-zh = Chinese items only
workbench-paste-en = English items only
workbench-paste-text = Answers: a numbered list (1. … 2. …) or blocks separated by a blank line
workbench-paste-submit = Add answers

## Export buttons

export-scorebook = Export scorebook
export-rater-file = Download my rater file
export-report = Report (HTML)
export-item-scores-csv = Item scores (CSV)
export-workbook = All tables (XLSX)
export-circular-suite = Suite for CircularEval (JSON)

## Tabs, the Data menu, the first-visit guide

skip-to-content = Skip to content
workbench-tabs = Screens
workbench-data = Data
workbench-paste-close = Close
workbench-paste-expects = { $which ->
        [zh] Expects { $count } answers, one per Chinese item, in suite order.
        [en] Expects { $count } answers, one per English item, in suite order.
       *[all] Expects { $count } answers, one per item, in suite order.
    }
guide-label = Getting started
guide-explore = 1. Explore the sample:
guide-explore-how = click a score to see the answers behind it.
guide-bring = 2. Bring your answers:
guide-bring-how = Open files… or Paste answers… (on a phone, under Data).
guide-rate = 3. Rate:
guide-rate-how = score answers blind in the Rate tab.
guide-close = Got it
workbench-tab-review = Review
update-available = Update available — a new version of Pingfen is ready. Your work is saved in this browser.
update-reload = Reload
engine-not-named = this page does not name its engine file; reload it
