# The command line's messages on stderr. Machine output (JSON lines, CSV, paths) is not worded.
# Lines start with "pingfen <command>:" so scripts and people can tell which step spoke.

cli-failed = pingfen: { $error }
cli-stdin-not-utf8 = stdin is not UTF-8 text
cli-line-not-json-string = line { $line }: not a JSON string
cli-cannot-read = cannot read { $file }
cli-cannot-write = cannot write { $file }
cli-cannot-create = cannot create { $dir }
cli-dictionary-failed = the built-in Chinese dictionary cannot be loaded ({ $detail }); reinstall pingfen
# A problem in an input file; `$problem` is worded by problems.ftl.
cli-problem = pingfen { $command }: { $problem }

## pingfen metrics, pingfen extract-choice: one JSON object per line of stdin

cli-line-failed = pingfen { $command }: line { $line }: { $message }
cli-line-not-utf8 = { $detail } (the input must be UTF-8 JSONL)
cli-line-bad-json = { $detail }; expected { $shape }
cli-lines-failed = { $count ->
    [one] 1 line
   *[other] { $count } lines
} could not be processed (see above)
cli-metrics-no-references = "references" is empty; give at least one reference
cli-choice-bad-options = "options" must be option letters such as "ABCD"

## pingfen score

cli-not-answers = { $file } holds a suite or a scorebook, not answers; pass it with --suite
cli-scored = pingfen score: { $models ->
    [one] 1 model
   *[other] { $models } models
} × { $items ->
    [one] 1 item
   *[other] { $items } items
} → { $out }

## pingfen merge, pingfen report: scorebooks (rater files)

cli-not-scorebook = { $file } is a suite or answers, not a scorebook (rater file)
cli-file-problems = { $file }: { $count ->
    [one] 1 problem
   *[other] { $count } problems
} (see above); nothing was written
cli-different-suite = { $file } scores suite "{ $incoming }", not "{ $loaded }" (or another version of it); nothing was written
cli-merged-file = pingfen merge: { $file }: { $counts }
# One conflict, under the file's line: `$kind` is one of the conflict-kind-* words (session.ftl).
cli-conflict = conflict ({ $kind }) { $key }: kept { $kept }, ignored { $ignored }
# One rater's progress, under the merge lines.
cli-progress = { $rater }: { $rated } / { $to_rate } ratings, { $voted } / { $to_vote } pairs
# `$nominal`, `$ordinal`, `$interval`, `$fleiss`: Krippendorff's alpha and Fleiss' kappa, or – when undefined.
cli-agreement = agreement on { $criterion } ({ $min }–{ $max }), { $raters ->
    [one] 1 rater
   *[other] { $raters } raters
}, { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
}: alpha nominal { $nominal } ordinal { $ordinal } interval { $interval }, Fleiss kappa { $fleiss } ({ $fleiss_answers ->
    [one] 1 answer
   *[other] { $fleiss_answers } answers
})
cli-merged = pingfen merge: { $files ->
    [one] 1 file
   *[other] { $files } files
} → { $out }
cli-report-written = pingfen report: { $file } → { $out }

## pingfen --help: what each command and option does
# Option names (--jsonl), values (auto, hmm), JSON fields and file extensions stay as they are.
# `$input`, `$output`, `$metric`, `$line`, `$texts`, `$multi`: JSON shapes, given by the code.
# A -long text is what `--help` shows; its first paragraph is the short text, which `-h` and
# the command list show.

cli-help-about = Score answers of large language models in Chinese and English
cli-help-about-long =
    Score answers of large language models in Chinese and English.

    Messages are in the language of PINGFEN_LANG (en, zh-Hans, zh-Hant), else of the system locale (LC_ALL, LC_MESSAGES, LANG), else English.
cli-help-flag-help = Print help
cli-help-flag-help-short = Print help (see more with '--help')
cli-help-flag-help-long = Print help (see a summary with '-h')
cli-help-flag-version = Print version
cli-help-command-help = Print this message or the help of the given subcommand(s)

cli-help-tokenize = Split text into words: jieba-rs for Chinese, word boundaries for English
cli-help-tokenize-long =
    Split text into words: jieba-rs for Chinese, word boundaries for English.

    Reads stdin. Plain mode prints one line of space-separated words per input line; --jsonl prints one JSON object per input line with the words and detected language.
cli-help-tokenize-lang = Tokenizer language; `auto` detects it per line
cli-help-tokenize-cut = Raw jieba cut (white space kept) instead of tokenize; choose the HMM
cli-help-tokenize-tokenizer = A metric's own tokenizer instead: sacrebleu's 13a / zh / char, or ROUGE's
cli-help-tokenize-json-input = Each input line is a JSON string (so texts may contain newlines)
cli-help-tokenize-jsonl = One JSON object per line instead of plain words
# The values of --tokenizer.
cli-help-tokenizer-13a = sacrebleu's 13a
cli-help-tokenizer-zh = sacrebleu's zh
cli-help-tokenizer-char = sacrebleu's char
cli-help-tokenizer-rouge-en = rouge-score's English tokenizer
cli-help-tokenizer-rouge-zh = Pingfen's Chinese ROUGE tokens: NFKC, lowercase, jieba (HMM), no punctuation

cli-help-metrics = Score answers against references with the standard metric set
cli-help-metrics-long =
    Score answers against references with the standard metric set.

    Reads JSONL from stdin: { $input }. Writes one line per input: { $output }, each metric { $metric }, ROUGE also "precision" and "recall". A bad line is reported on stderr with its number; the rest still runs; the exit code is then 1.

cli-help-score = Score models' answers to a suite and write the scorebook the app exports
cli-help-score-long =
    Score models' answers to a suite: print the leaderboard, and write the scorebook the app exports, the tables and the report when asked.

    Answers files: JSONL ({ $line } per line), or CSV / XLSX with model / item / answer columns (模型 / 题号 / 回答 also accepted; the encoding is detected and named when guessed). Other tools' files are read as they are: promptfoo's results.json, lm-evaluation-harness --log_samples JSONL, OpenCompass predictions, chat JSONL ({"{"}"messages": …{"}"}); each answer is placed on an item by its id, else by its prompt, and what meets no item is listed.

    Large runs: answers in JSONL stream when neither --out nor --report is asked (those hold every answer): each answer is scored as it is read and only its score is kept, so a million answers score in bounded memory; item scores are then written in the answers' order, then the items each model left unanswered.

    Exit codes: 0 scored; 1 the input has problems (listed on stderr; nothing was written); 2 the command line is wrong; 3 a model is below --fail-under.
cli-help-score-suite = The suite: JSON, or CSV / XLSX with a question column (as the app reads it)
cli-help-score-answers = One or more answers files
cli-help-score-out = Write the scorebook (JSON, what the app exports) here
cli-help-score-table-csv = Also write the results table as CSV here

cli-help-merge = Merge rater files (scorebooks of the same suite) into one scorebook
cli-help-merge-long =
    Merge rater files (scorebooks of the same suite) into one scorebook.

    The first file is the base; later files add their answers, raters, ratings and votes. Duplicates are skipped; a record that differs keeps the earlier file's value and is listed on stderr as a conflict. Prints each rater's progress and the agreement.
cli-help-merge-files = Two or more scorebooks
cli-help-merge-out = Where to write the merged scorebook (JSON)

cli-help-report = Write the self-contained HTML report of a scorebook (what the app's Report button saves): leaderboards with intervals, charts, method, every item
cli-help-report-scorebook = The scorebook (JSON)
cli-help-report-out = Where to write the report (HTML)

cli-help-extract-choice = Extract the chosen option(s) of multiple-choice answers
cli-help-extract-choice-long =
    Extract the chosen option(s) of multiple-choice answers.

    Reads JSONL from stdin: { $input }, optionally { $texts } and { $multi }. Writes { $output } per line. Bad lines are reported on stderr; the exit code is then 1.

cli-help-detect = Detect the language of each line of stdin (zh, en, mixed, other, none)

cli-help-dictionary = Write the segmentation dictionary asset that the web app fetches
cli-help-dictionary-out-dir = Directory to write it into, under its content-hashed name
cli-help-metrics-norm = Normalise answer and references first, as named in a signature's norm: field: none (the default, sacrebleu's raw text), or steps joined by + — nfkc, t2s (Traditional → Simplified), lc, ws. The app scores Chinese items with nfkc+t2s.
cli-metrics-norm-unknown = Unknown normalisation step "{ $step }": use none, or nfkc, t2s, lc, ws joined by +.
cli-help-stage = Finish a web build in DIR: the dictionary asset, content-hashed names for the engine worker, and the offline service worker
cli-help-stage-dir = The directory of the build about to be published
cli-stage-failed = Could not finish the web build in { $dir }
cli-staged = { $files } files kept offline (version { $version }); engine { $engine }
cli-stage-not-utf8 = { $file } is not UTF-8 text
cli-stage-no-head = { $file } has no </head> to add the engine's name to

cli-help-link = Write and read share links: a suite, a scorebook or a rater's work in a URL's fragment
cli-help-link-long =
    Write and read share links: a suite, a scorebook or a rater's work in a URL's fragment (#…), which browsers never send to a server.

    The fragment is pf1.<kind>.<data>: kind is suite, book or rater; data is base64url of the zlib-compressed JSON. A rater link names its suite by fingerprint instead of carrying it.
cli-help-link-encode = Print the share link of a suite, a scorebook, or (with --rater) one rater's work in a scorebook
cli-help-link-encode-file = A suite (JSON, CSV, XLSX) or a scorebook (JSON)
cli-help-link-encode-rater = Share only this rater's work (their ratings, votes and overrides, and the answers they are about)
cli-help-link-encode-without-answers = A scorebook's results without its answers' text (the suite, every item's score, people's ratings and votes): a smaller link, opened read-only
cli-help-link-encode-base = The page the link opens
cli-help-link-decode = Read a share link and write what it carries: a suite, or a scorebook (a rater's work as a rater file)
cli-help-link-decode-link = The link: a whole URL, or its part from "#"
cli-help-link-decode-suite = For a rater link: the suite (or a scorebook of it) the work was done on
cli-help-link-decode-out = Where to write the file (JSON); without it, stdout
cli-link-written = pingfen link: the link of { $file } is { $length } characters long
cli-link-read = pingfen link: written to { $out }
cli-link-failed = the link could not be written ({ $detail })
cli-link-no-such-rater = { $file } has no rater named "{ $rater }"
cli-link-not-shareable = { $file } holds answers: share a suite or a scorebook
cli-link-needs-suite = a rater link names its suite without carrying it: give the suite with --suite FILE
cli-link-not-a-suite = { $file } is neither a suite nor a scorebook

## pingfen score for pipelines, pingfen draft-suite

cli-help-lang = The language of messages, help and reports: en, zh-Hans or zh-Hant (zh is zh-Hans). Without it, PINGFEN_LANG, else the system locale
cli-help-score-leaderboard = Write the leaderboard (as the app shows it, in the messages' language) here
cli-help-score-items = Write every item score (model, item, score, source, how it was computed) here
cli-help-score-format = The format of --leaderboard and --items; without it, each file's extension (.csv, .xlsx, .json) decides
cli-help-score-report = Write the self-contained HTML report here
cli-help-score-fail-under = Exit with code 3 when a model's score over both languages is below this (0–100): a gate for CI
cli-not-suite = { $file } holds answers or a scorebook, not a suite; pass the suite with --suite
cli-not-foreign = { $file } is not another tool's answers file (promptfoo, lm-evaluation-harness, OpenCompass, chat JSONL)
cli-score-progress = pingfen score: { $done } / { $total } answers scored
cli-problems-stopped = pingfen score: stopped reading { $file } after { $count } problems; fix these and run again
cli-score-stream-hint = { $file } is over { $limit } MB, more than a scorebook or a report holds: without --out and --report, pingfen score streams it
cli-below-gate = { $count ->
    [one] 1 model is
   *[other] { $count } models are
} below --fail-under { $bar }: { $models }
cli-help-draft-suite = Draft a suite from another tool's answers file: its prompts and gold answers become items
cli-help-draft-suite-long =
    Draft a suite from another tool's answers file: its prompts and gold answers become items.

    Reads promptfoo's results.json, lm-evaluation-harness --log_samples JSONL, OpenCompass predictions and chat JSONL. One item per distinct question: multiple choice where the gold answer is a letter of the options, reference where there is another gold answer, open (rated by people) where there is none. Review the draft before scoring with it.
cli-help-draft-suite-file = The answers file to draft from
cli-help-draft-suite-out = Where to write the suite (JSON)
cli-drafted = pingfen draft-suite: { $items } items from { $tool } ({ $choice } multiple choice, { $reference } reference, { $open } open) → { $out }

## pingfen circular

cli-help-circular = Expand a suite for CircularEval: every multiple-choice item asked once per option, its options turned
cli-help-circular-long =
    Expand a suite for CircularEval: every multiple-choice item is asked once per option, its options turned one letter further each time (turn 0 keeps the item's id; turn k is <id>@c<k>), the answer moved with them.

    Have the models answer the expanded suite, then score it as usual: the report adds CircularEval, where an item counts as correct only when every turn is, beside the accuracy over all turns, and each model's most chosen letter.
cli-help-circular-suite = The suite: JSON, or CSV / XLSX with a question column
cli-help-circular-out = Where to write the expanded suite (JSON)
cli-circular-written = pingfen circular: { $items } multiple-choice items in { $turns } turns → { $out }
