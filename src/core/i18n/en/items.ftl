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
