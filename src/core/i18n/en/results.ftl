# Results: the leaderboard, the rule panel, the charts under it and the comparison of two models.

## Leaderboard

leaderboard-pending = Scoring as soon as the Chinese dictionary is ready…
leaderboard-intro = Scores 0–100, each with its 95 % interval (seeded bootstrap, items resampled within sub-tasks); rank by score, with the ranks the intervals allow. Each language's composite is the mean of its dimensions; each dimension the mean of its sub-tasks (macro). Answers rated by people (Rate tab) count with their ratings rescaled to 0–100; unrated open-ended answers are left out. Click a score to see its items.
leaderboard-show = Show
leaderboard-show-both = Chinese and English
leaderboard-show-zh = Chinese only
leaderboard-show-en = English only
leaderboard-model = Model
leaderboard-both = Both languages
leaderboard-composite = Composite
leaderboard-rank = Rank
# A score cell's button, for screen readers.
leaderboard-drill = Show the items behind { $score }
leaderboard-interval = 95% CI { $interval }
leaderboard-rank-range = Plausible ranks given the intervals: { $range }
leaderboard-scroll-hint = More columns to the right: scroll the table sideways. The model names stay in view.
leaderboard-composite-short = Score
leaderboard-show-dimensions = Show dimensions
leaderboard-hide-dimensions = Hide dimensions

## How scores roll up (under the leaderboard)

rule-summary = How scores roll up:
rule-subtasks = Dimension from its sub-tasks
rule-dimensions = Language from its dimensions
rule-languages = Both languages from each language
rule-macro = macro: mean of the parts
rule-micro = micro: pooled over items
rule-weight-zh = 中文 weight
rule-weight-en = English weight
rule-intro = The HKU study pooled a subject's middle-school and university questions (micro) and averaged the language sub-tasks (macro). Sub-task, dimension and item weights come from the suite. The rule is saved in every export.
rule-worded = { $subtasks }; { $dimensions }; { $languages }.
rule-worded-subtasks = { $how ->
        [micro] a dimension pools all its items
       *[macro] a dimension is the mean of its sub-tasks
    }
rule-worded-dimensions = { $how ->
        [micro] a language's composite pools all its items
       *[macro] a language's composite is the mean of its dimensions
    }
rule-worded-languages = { $how ->
        [micro] both languages pool all items (中文 ×{ $zh }, English ×{ $en })
       *[macro] both languages weigh 中文 ×{ $zh } and English ×{ $en }
    }
rule-exact = Exact rule, as saved in exports:
script-label = Chinese answers and references
script-fold = Compare in one script (繁體 = 简体, full-width = half-width)
script-as-written = Compare as written
script-intro = Folding is the default: a Traditional answer meets a Simplified reference as the same words (signature norm:nfkc+t2s). “As written” is how sacrebleu scores raw text. The choice is saved with the suite.

## Charts

charts-label = Charts
charts-download-svg = Download SVG
charts-download-png = Download PNG

## Is the difference between two models real?

compare-title = Is the difference real?
compare-intro = The difference between two models on the same items, with a paired bootstrap 95 % interval and a paired permutation test (each item's two scores swapped at random; exact when there are at most 16 differing items).
compare-scope = Scores
compare-scope-dimension = { $language } · { $dimension }
compare-pick = Pick two different models with scores on the same items.
compare-computing = Computing the test…
# $difference is signed ("+2.5"), $interval is "[+0.4, +4.6]" or empty, $p is "0.012".
compare-result = { $first } − { $second } = { $difference } points { $interval } · p = { $p } ({ $method }, { $pairs ->
        [one] 1 paired item
       *[other] { $pairs } paired items
    }, { $differing } differing) · { $verdict }
compare-exact = exact
compare-random = 10,000 random swaps
compare-real = a real difference at the 5 % level
compare-chance = could be chance at the 5 % level

## Exports of the results: the leaderboard as shown, all scores (long), the workbook's sheets

export-leaderboard-shown-csv = Leaderboard (CSV)
export-scores-long-csv = All scores (long, CSV)
# A column of one language in the exported leaderboard: "Chinese · Composite".
export-column = { $language } · { $column }
export-column-low = { $column } (95 % low)
export-column-high = { $column } (95 % high)
export-rank-range = Rank range
export-sheet-leaderboard = Leaderboard
export-sheet-scores-long = All scores (long)
export-sheet-items = Items
leaderboard-overrides = Overrides
leaderboard-overridden = { $count ->
    [one] 1 override
   *[other] { $count } overrides
}

## The language gap: is a change of rank between Chinese and English real?

gap-title = Is the language gap real?
# `$rounds`: resamples; `$level`: each model's level, as a percentage; `$models`: models compared.
gap-intro = Each model's Chinese score minus its English score with a 95 % interval, and its rank in each language over { $rounds } resamples of the items: within each sub-task, the Chinese and the English items each on their own, the same resample for every model. A change of rank is supported when its range, at { $level } % for each of the { $models } models (5 % in all), lies wholly on one side of no change.
gap-column-model = Model
gap-column-difference = Chinese − English
gap-column-ranks = Rank: Chinese → English
gap-column-better = Ranks higher in Chinese
gap-column-verdict = Change of rank
gap-verdict-zh = supported: higher in Chinese
gap-verdict-en = supported: higher in English
gap-verdict-noise = within noise
gap-verdict-none = none
gap-computing = Resampling…
gap-summary = { $supported ->
    [0] No model's change of rank is supported by the data: the two languages may well order these models alike.
    [one] 1 model's change of rank is supported by the data.
   *[other] { $supported } models' changes of rank are supported by the data.
}
gap-needs-models = The language gap needs at least two models scored in both languages.
