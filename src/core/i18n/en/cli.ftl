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

cli-input-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
} in the input (see above); nothing was written
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
cli-merged-file = pingfen merge: { $file }: { $ratings ->
    [one] 1 rating
   *[other] { $ratings } ratings
}, { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}, { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} added; { $duplicates ->
    [one] 1 duplicate
   *[other] { $duplicates } duplicates
}; { $conflicts ->
    [one] 1 conflict
   *[other] { $conflicts } conflicts
}
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
cli-merged = pingfen merge: { $files } files → { $out }
cli-report-written = pingfen report: { $file } → { $out }
