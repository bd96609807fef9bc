# Problems in files a user gave: what is wrong and what to do. The file and the place in it
# come first (`problem` and `location-*` in common.ftl); these messages follow the colon.
# `$detail` is the reading library's own (English) account of the error.

## Any file

problem-file-too-big = is { $size } MB; files up to { $limit } MB can be opened
problem-file-type = is not one Pingfen reads: open a suite or scorebook (.json), answers (.jsonl), or a table (.csv, .xlsx)
problem-json-no-schema = is missing: a suite says "schema": "{ $suite }", a scorebook "{ $scorebook }"
problem-json-unreadable = cannot be read as JSON ({ $detail }); check the file's syntax
problem-workbook-unreadable = cannot be read as a spreadsheet ({ $detail }); save it again as .xlsx or .csv
problem-workbook-no-sheet = it has no worksheet
problem-csv-unreadable-row = cannot be read ({ $detail }); check the row's quotes and commas
# Answers pasted as text for the model `$file`.
problem-pasted = pasted text ({ $file }), { $location }: { $message }

## Suites

problem-suite-json = { $detail }; check the file against www/schema/suite.schema.json
problem-suite-schema = is "{ $found }"; this version of Pingfen reads "{ $expected }": a newer Pingfen may have written it, so reload the page to update Pingfen (or ask for the file saved as "{ $expected }")
problem-suite-no-items = is empty: a suite needs at least one item
problem-dimension-negative-weight = has a negative weight
problem-item-id-empty = is empty: give every item a unique id
problem-item-id-duplicate = is used by another item too: ids must be unique
problem-item-subtask-unknown = "{ $dimension }"/"{ $subtask }" is not a sub-task listed under "dimensions"
problem-item-reference-too-long = has a reference of { $length } characters; references may have up to { $limit } characters
problem-item-weight-invalid = must be a number ≥ 0
problem-item-prompt-empty = is empty
problem-item-lang-zh-references-en = is zh, but the references are English: set "lang": "en" or fix the references
problem-item-lang-en-references-zh = is en, but the references are Chinese: set "lang": "zh" or fix the references
problem-choice-few-options = a choice item needs at least two options ("A", "B", …)
problem-choice-option-letters = option(s) { $options } cannot be chosen: options are single letters { $letters } (the letters answers are read for); rename them
problem-choice-no-answer = a choice item needs the correct letter(s), e.g. "B"
# `$options`: the letters the item has, e.g. ["A", "B", "C"].
problem-choice-answer-not-an-option = "{ $answer }" is not among the options { $options }
problem-reference-none = a reference item needs at least one non-empty reference
problem-rubric-no-checks = a rubric item needs at least one check
problem-criterion-scale-unknown = criterion "{ $criterion }" uses scale "{ $scale }", which "scales" does not define

## Suites from a spreadsheet

problem-suite-csv-header = the header cannot be read ({ $detail }); the first row must name the columns
# `$columns`: the column names accepted, e.g. question / prompt / 题目 / 问题.
problem-suite-csv-no-question = needs a question column ({ $columns })
problem-suite-csv-lang = "{ $value }" is not zh or en
problem-suite-csv-kind = "{ $value }" is not choice, reference or open
problem-suite-csv-metric = "{ $value }" is not a metric Pingfen knows

## Answers

problem-answers-jsonl-line = { $detail }; each line must be {"{"}"model": …, "item": …, "answer": …{"}"}
problem-answers-line-too-long = is longer than { $limit } bytes, more than any answer Pingfen scores: is this file JSONL, one answer per line?
problem-answers-csv-header = { $detail }: the first row must name the columns
# `$header`: the file's first row; `$model`, `$item`, `$answer`: the names each column may have.
problem-answers-csv-columns = the header { $header } must name a model column ({ $model }), an item column ({ $item }) and an answer column ({ $answer })
problem-answers-pasted-count = expected { $expected ->
    [one] 1 answer
   *[other] { $expected } answers
}, one per item, as a numbered list (1. … 2. …) or blocks separated by blank lines
problem-answer-no-model = has no model name
problem-answer-too-long = is { $length } characters long; Pingfen scores answers of up to { $limit } characters: shorten it
problem-answer-unknown-item = names an item that is not in the suite: check the item id
problem-answer-duplicate = repeats answer { $first }: keep one answer per model and item

## Ratings and votes

problem-rating-unknown-item = names an item the suite does not have
problem-rating-unknown-model = rates model "{ $model }", which has no answers in this file
problem-rating-unknown-criterion = criterion "{ $criterion }" is not one of this item's criteria
problem-rating-off-scale = value { $value } is outside the scale { $min }–{ $max }
problem-vote-unknown-item = names an item the suite does not have
problem-vote-same-model = compares a model with itself
problem-vote-unknown-model = model "{ $model }" has no answers in this file

## Scorebooks

problem-scorebook-not-json = { $detail }: this is not a Pingfen scorebook
problem-scorebook-schema = is "{ $found }"; this version of Pingfen reads "{ $expected }": a newer Pingfen may have written it, so reload the page to update Pingfen (or ask for the file saved as "{ $expected }")
problem-scorebook-invalid = the scorebook's contents are invalid ({ $detail }); export it again from Pingfen
problem-override-no-reason = has no reason: say why the automatic result was wrong
problem-override-does-not-fit = does not fit its item: a choice must use the item's option letters, a check must exist, a score must be 0–100
problem-too-many-answers = holds { $count } answers to score; a session scores at most { $limit } in the browser (split the models or the items into several sessions, or use `pingfen score` on the command line)

## Share links (the "file" is the link, named by `link-name`)

problem-link-not-pingfen = is not a Pingfen share link (its part after "#" starts with "pf1."): copy the whole link again
problem-link-version = was made by another version of Pingfen ({ $found }; this page reads { $expected }): reload the page to update it, or ask for the file instead
problem-link-kind = carries "{ $found }", which Pingfen does not know (a link carries a suite, a book, a book's results or a rater's work): copy the whole link again
problem-link-damaged = is damaged at character { $at } ("{ $character }" cannot be part of a share link): copy the whole link again, or ask for the file
problem-link-cut = is incomplete or altered (chat apps cut long links): ask for the link again, or for the file
problem-link-too-big = unpacks to more than { $limit } MB, more than Pingfen opens from a link: ask for the file instead
problem-link-too-long = is { $length } characters long; links up to { $limit } characters are read: ask for the file instead
problem-link-invalid = does not hold what Pingfen shares ({ $detail }): ask for the link again, or for the file
problem-link-rater-other-suite = holds a rater's work on suite "{ $incoming }", but the loaded session scores "{ $loaded }" (or another version of it): open that suite first, then the link again
problem-withheld-scores = holds { $found } automatic scores for a session that needs { $expected } (one for each model's answer to each item): ask for the link or the file again
problem-utf8-damaged = is UTF-8 but damaged at byte { $byte } (line { $line }): open it in the program that made it and save it again as UTF-8 (in Excel: Save As → "CSV UTF-8")
problem-utf8-cut = ends in the middle of a character (line { $line }): the file was cut while being copied or downloaded; copy or download it again
problem-encoding-guessed = was read as { $encoding }, guessed from its bytes (it is not UTF-8): if the names above look wrong, save the file as UTF-8 (in Excel: Save As → "CSV UTF-8") and open it again
problem-answers-csv-row-fields = has { $fields } fields where the header names { $columns }: an answer holding a comma or a line break must be in double quotes; check the row in a text editor
problem-workbook-too-big = unpacks to { $size } MB, more than Pingfen opens ({ $limit } MB): it is not an ordinary workbook; save the sheet as .csv and open that
problem-foreign-line = read as { $tool }'s answers, but { $detail }: check that the file is the one the tool wrote
problem-foreign-none-placed = read as { $tool }'s answers ({ $count } in all), but none of them answers an item of this suite, by id or by prompt: open the suite they were asked from first, or draft a suite from this file (pingfen draft-suite)
problem-evaluator-no-suite = no suite is open: open a suite or a scorebook first (evaluator.open)

problem-judge-line = { $detail }; each line of a judge's file is a score {"{"}"model", "item", "criterion", "value", "judge"{"}"} or a verdict {"{"}"item", "a", "b", "outcome", "judge"{"}"}
problem-judge-not-object = is not a JSON object; each line of a judge's file is a score {"{"}"model", "item", "criterion", "value", "judge"{"}"} or a verdict {"{"}"item", "a", "b", "outcome", "judge"{"}"}
problem-judge-field = lacks { $field }: a judge's score names model, item, criterion, value and judge; a verdict names item, a, b, outcome and judge
problem-judge-value = “{ $value }” is not a whole-number score: write the judge's rating on the criterion's scale (1 to 5, say)
problem-judge-outcome = “{ $outcome }” is not a verdict: write a, b, tie or both_bad, or the winning model's name
problem-judge-is-a-person = the judge “{ $judge }” has the name of a person rating in this session: rename the judge in the file (a model judge is kept apart from people)
