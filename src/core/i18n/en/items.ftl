# The items view: the list, one item with its references or options, each model's answer and
# how its score was computed.

items-label = Items
items-list = Item list
# The filter set by a leaderboard cell: model · language · dimension.
items-filter = { $model } · { $language } · { $dimension }
items-all-dimensions = all dimensions
items-show-all = Show all items
items-empty = This suite has no items.

items-kind-choice = multiple choice
items-kind-reference = reference metrics
items-kind-rubric = rubric checks
items-kind-open = open-ended (human rating)

# Read by screen readers after the correct option.
items-correct = { " " }(correct)
items-references = References
items-answers = Answers
items-no-answers = No answers yet, or scoring is waiting for the dictionary.
items-highlighted = Highlighted
items-highlighted-explain = : words that also occur in a reference (what the overlap metrics count).

## How an answer was scored

items-extracted = Extracted
items-no-answer = no answer
items-expected = expected
items-rule = rule
# The words of the answer the choice was read from.
items-evidence = “{ $evidence }”
items-check-found = found: { $terms }
items-check-missed = missed: { $terms }
items-waiting-for-ratings = Waiting for human ratings.
items-missing = This model gave no answer.

## Human ratings of an answer

items-human = human
# $mean is formatted ("5.33").
items-human-criterion = { $criterion } { $mean } ({ $ratings ->
        [one] 1 rating
       *[other] { $ratings } ratings
    })
items-human-raters = { $raters ->
        [one] 1 rater
       *[other] { $raters } raters
    }; this replaces the automatic score below

## Explaining a score

items-score-metric = item score
items-score-metric-explain = The item's score is its first metric ({ $metric }); the others are shown for comparison.
items-short-bleu = These references are a few words long: sentence BLEU is harsh on them (“Hello, world!” against “Hello, world” gets 59.5, chrF 97.6). List chrF first in the item's metrics to make it the score.
items-script-folded = This answer is written in { $answer } characters and its references in { $references }: both were compared in Simplified (norm:nfkc+t2s), so the script does not change the score.
items-script-apart = This answer is written in { $answer } characters and its references in { $references }, compared as written: the different characters lower the score. Choose “Compare in one script” under How scores roll up to fold them.
items-script-traditional = Traditional
items-script-simplified = Simplified
items-check-expects = expects { $what }
items-check-passed = passed
items-check-failed = failed
check-expect-key-points = { $count ->
        [one] 1 key point: { $points }
       *[other] { $count } key points: { $points }
    }
check-expect-forbidden = none of: { $terms }
check-expect-pattern = a match for { $pattern }
check-expect-pattern-absent = no match for { $pattern }
check-expect-length-between = { $min }–{ $max } { $unit ->
        [chars] characters
       *[words] words
    }
check-expect-length-min = at least { $min } { $unit ->
        [chars] characters
       *[words] words
    }
check-expect-length-max = at most { $max } { $unit ->
        [chars] characters
       *[words] words
    }
check-expect-length-any = any length
check-expect-json = an answer that parses as JSON
check-expect-language = an answer written in { $language }
items-sort-label = Order
items-sort-suite = Suite order
items-sort-low = Lowest score first
items-sort-high = Highest score first
items-confidence-explicit = stated as the answer
items-confidence-decision = a decision
items-confidence-ordinal = named by its place
items-confidence-inferred = read from the reasoning
items-conflicting = other evidence disagrees
review-by-organiser = organiser
review-reason = Read in the review queue
review-reason-none = Read in the review queue: the answer chooses no option
review-title = Review queue
review-empty = Nothing to review: every extracted choice is clear, or a person has decided it.
review-remaining = { $count ->
    [one] 1 answer to review
   *[other] { $count } answers to review
} · showing { $at }
review-keys = Press the letter the answer chooses, N if it chooses none; J / K to skip back and forth. Each decision is saved as an override.
review-why-abstained = Extraction found no choice.
review-why-conflicting = The answer also says something else.
review-why-inferred = Read only from the reasoning (an option’s text or verdicts); the answer never states it.
review-read-as = It read { $choice }.
review-choose = Choose
review-no-answer = no answer
review-previous = Previous (K)
review-skip = Skip (J)
override-check-pass = check { $number } passes
override-check-fail = check { $number } fails
override-score = a score (below)
override-tag = override
override-by = by { $by }, { $at }:
override-undo = Undo override
override-needs-reason = Say why: an override needs a reason.
override-bad-score = Give a score from 0 to 100.
override-open = Override this result
override-value = Should be
override-score-label = Score (0–100)
override-reason = Reason
override-save = Save override
