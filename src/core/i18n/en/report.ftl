# The HTML report, its charts (also shown in the app) and the rubric checks' notes.

## Report

report-meta-models = { $count ->
    [one] 1 model
   *[other] { $count } models
}
report-meta-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
report-leaderboards = Leaderboards
report-leaderboards-note = Scores 0–100 with seeded bootstrap 95 % intervals (items resampled within sub-tasks). Rank: by score; in brackets the ranks the model could plausibly hold given the intervals.
report-lang-zh = Chinese
report-lang-en = English
report-lang-all = Both languages
report-col-rank = Rank
report-col-model = Model
report-col-composite = Composite
report-col-criterion = Criterion
report-col-raters = Raters
report-col-answers = Answers
report-col-alpha-ordinal = α ordinal
report-col-alpha-interval = α interval
report-col-fleiss = Fleiss κ
report-col-score = Score
report-col-by = By
report-col-answer = Answer
report-col-checks = Checks
report-charts = Charts
report-method = Method
report-aggregation = Aggregation (item → sub-task → dimension → language → both): { $signature }. Micro pools the items below; macro averages the children by their weights.
report-method-choice = choice: extracted option set = answer → 100, else 0
report-method-rubric = rubric: mean of the checks' scores
report-method-human = human: mean rating per criterion, rescaled to 0–100, averaged over criteria
report-methods = Scoring methods and signatures
report-agreement = Rater agreement
report-pairwise = Pairwise ratings · { $scope } · { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
report-scope-all = all items
report-scope-zh = Chinese items
report-scope-en = English items
report-appendix = Appendix: every item
report-reference = Reference: { $text }
report-by-human = human
report-by-metric = metric
report-check-errors = { $count ->
    [one] 1 check could not run: the suite must be fixed
   *[other] { $count } checks could not run: the suite must be fixed
}
# Between the items of a list ("found: a, b").
report-list-separator = { ", " }

## Charts

chart-slope-title = Rank in Chinese and in English
chart-slope-zh = Chinese
chart-slope-en = English
chart-slope-desc = { $model }: Chinese #{ $zh_rank } ({ $zh_score }), English #{ $en_rank } ({ $en_score }).
chart-bars-zh-title = Dimensions, Chinese
chart-bars-en-title = Dimensions, English
# $scores: each dimension's name and score, separated by report-list-separator.
chart-bars-desc = { $model }: { $scores }.
chart-dist-zh-title = Item scores, Chinese
chart-dist-en-title = Item scores, English
chart-dist-desc = { $model }: { $count ->
    [one] 1 item
   *[other] { $count } items
}, mean { $mean }.
chart-dist-mean = { $model }: mean { $mean }
chart-dist-bin = { $count ->
    [one] 1 item
   *[other] { $count } items
} scored { $low }–{ $high }

## Rubric checks

check-kind-key-points = Key points
check-kind-forbidden = Forbidden content
check-kind-pattern = Pattern
check-kind-pattern-absent = Pattern (must not match)
check-kind-length = Length
check-kind-json = Valid JSON
check-kind-language = Language
check-found = found: { $terms }
check-missed = missed: { $terms }
check-note-weight = { $got } of { $total } weight
check-note-characters = { $count ->
    [one] 1 character
   *[other] { $count } characters
}
check-note-words = { $count ->
    [one] 1 word
   *[other] { $count } words
}
check-note-json-end = the JSON ends too early (line { $line }, column { $column })
check-note-json-invalid = not valid JSON (line { $line }, column { $column })
check-note-detected = detected { $language }
check-detected-zh = Chinese
check-detected-en = English
check-detected-mixed = mixed Chinese and English
check-detected-other = another language
check-detected-none = no words

## Rater agreement by pair of raters, and the widest disagreements

report-cohen = Pairs of raters (Cohen's κ over the answers both rated)
report-col-shared = Shared answers
report-col-kappa = κ
report-col-kappa-quadratic = κ quadratic
report-disagreements = Widest disagreements
report-disagreements-note = The answers raters judged most differently, widest first. Spread: the highest rating minus the lowest, as a share of the scale (1: one rater gave the scale's lowest value, another its highest).
report-col-item = Item
report-col-ratings = Ratings
report-col-spread = Spread
report-disagreements-more = { $count ->
    [one] 1 more answer on which raters differ is not listed.
   *[other] { $count } more answers on which raters differ are not listed.
}
report-by-override = override by { $by }: { $reason }

report-circular-title = CircularEval
report-circular-intro = Each multiple-choice item was asked once per option, its options turned one letter further each time. An item counts as correct only when every turn is: a model that favours a letter or a position cannot pass by it. Its most chosen letter is beside.
report-circular-per-turn = Accuracy over all turns
report-circular-all-turns = Correct in every turn
report-circular-letter = Most chosen letter
report-judge-title = Model judge { $judge } ({ $ratings } scores, { $verdicts } verdicts), beside the people
report-learn-intro = How each kind of score in this report was made, on this session's own answers (the first answer of each kind).
report-learn-reference = Reference answers: BLEU, chrF++, ROUGE and the others
report-learn-example = The answer of { $model } to { $item }:
report-learn-expected = The expected answer is { $expected }: the item scores { $score }.
report-learn-likert = mean rating { $mean } of { $ratings } on { $min }–{ $max }, rescaled to { $score }
report-learn-human-score = The item's score is the mean over its criteria: { $score }.
report-learn-app = Pingfen's tab "How scoring works" works each method step by step on an example you can change.
report-learn-choice = For multiple-choice items Pingfen reads which option the answer chose: a stated answer (答案是B, "The answer is (B)") wins over letters met in the reasoning, and an answer that hedges or contradicts itself goes to the review queue.
