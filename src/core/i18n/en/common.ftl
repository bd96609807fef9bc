# Words shared by every area: the app's name, languages, generic actions.

problem = { $file }, { $location }: { $message }
problem-whole-file = { $file }: { $message }

location-file = the file
location-line = line { $line }
location-line-column = line { $line }, column { $column }
location-row = row { $row }
location-cell = row { $row }, column { $column }
location-field = field "{ $field }"
location-item-field = item "{ $item }", field "{ $field }"
location-dimension = dimension "{ $dimension }"
location-answer = answer { $index } (model "{ $model }", item "{ $item }")
location-rating = ratings[{ $index }] (rater "{ $rater }", item "{ $item }")
location-vote = votes[{ $index }] (rater "{ $rater }", item "{ $item }")
location-pasted = { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
}
location-override = overrides[{ $index }] (by "{ $by }", item "{ $item }")
