# The rating desk (rate-…) and the organiser's raters view (raters-…).

## Signing in

rate-title = Rate answers
rate-sign-in-intro = Rate the open-ended and safety answers on the suite's scales, or compare two answers at a time. Model names are hidden behind letters and every rater sees the answers in their own order; names appear when you finish. Your work is saved in this browser after every click.
rate-name-label = Your name (the organiser sees it in the merged results)
rate-start = Start rating

## The desk

rate-sign-out = Not you? Change rater
rate-mode-likert = Rubric scale
rate-mode-pairwise = Compare pairs
rate-unrated-only = Unrated only
rate-blind = Blind (hide model names)
rate-keys-toggle = Keys (?)
rate-progress-label = Progress
# "12 / 40 ratings": the count done comes first (the browser tests read it).
rate-progress-likert = { $done } / { $total } { $total ->
    [one] rating
   *[other] ratings
}
rate-progress-pairwise = { $done } / { $total } { $total ->
    [one] pair
   *[other] pairs
}
rate-finished-likert = All answers rated — thank you! Model names are now shown. Download your rater file and hand it to the organiser.
rate-finished-pairwise = All scheduled pairs compared — thank you! Model names are now shown.
rate-empty-all-rated = Nothing left unrated.
rate-empty-no-suite = Load a suite first.
rate-empty-nothing-to-rate = Nothing here is rated by people: this suite has no open-ended items and no criteria to rate on. Its items are scored automatically (Leaderboard, Items).
rate-empty-no-answers = No answers to rate: the suite's open and rubric-rated items need models' answers.
rate-more-pairs = Compare another round of pairs

## Keyboard help (the keys themselves are shown as they are)

rate-help-caption = Keyboard
rate-help-rate = rate the highlighted criterion; type 1 then 0 for 10
rate-help-next = next answer or pair
rate-help-previous = previous answer or pair
rate-help-pair-better = pairs: left (A) better, right (B) better
rate-help-pair-tie = pairs: tie, both bad
rate-help-toggle = show or hide this help

## One answer on the rubric's scales

rate-where-answer = Answer { $position } / { $queue } · item { $item }
rate-prompt = Prompt
# $label is the answer's blind letter.
rate-answer-revealed = Answer { $label } — { $model }
rate-answer-blind = Answer { $label } of { $count }
rate-comment = Comment (optional)
rate-comment-placeholder = Why this score? Before or after rating; kept with your rating
rate-previous-answer = ← Previous (K)
rate-next-answer = Next (J) →

## Two answers side by side

rate-where-pair = Pair { $position } / { $queue } · item { $item }
rate-pair-side-blind = Answer { $letter }
rate-vote-question = Which answer is better?
rate-vote-a = A is better
rate-vote-b = B is better
rate-vote-tie = Tie
rate-vote-both-bad = Both bad
rate-previous-pair = ← Previous (K)
rate-next-pair = Next (J) →

## Raters and agreement (the organiser's view)

raters-merge-title = Raters and agreement
raters-merge-intro = Merge the rater files your participants downloaded (scorebooks of the same suite). Duplicates are skipped; a rating recorded differently in two files keeps the value already loaded and is listed.
raters-merge-button = Merge rater files…
raters-waiting = Scores appear when jieba is ready.

raters-progress-title = Progress
raters-no-ratings = No ratings yet. Raters rate on the Rate tab, then download their rater file.
raters-sample = See it with the sample's three fictional raters
raters-col-rater = Rater
raters-col-ratings = Ratings
raters-col-pairs = Pairs

raters-agreement-title = Agreement
raters-agreement-intro = Krippendorff's alpha uses every answer rated by at least two raters (nominal: any difference counts; ordinal: by rank; interval: by squared distance). Fleiss' kappa uses the answers every rater rated; Cohen's kappa compares two raters. Gwet's AC1 (any difference counts) and AC2 (quadratic weights) stay meaningful where nearly every rating is the same, where alpha and kappa fall towards 0. 1 = perfect agreement, 0 = chance. Words after Landis & Koch (1977).
raters-agreement-empty = Agreement needs ratings from at least two raters.
raters-col-criterion = Criterion
raters-col-raters = Raters
raters-col-answers = Answers (≥2 ratings)
raters-col-alpha-nominal = α nominal
raters-col-alpha-ordinal = α ordinal
raters-col-alpha-interval = α interval
raters-col-fleiss = Fleiss κ (answers)
raters-cohen-title = Pairs of raters (Cohen's kappa)
raters-col-shared = Shared answers
raters-col-kappa = κ
raters-col-kappa-quadratic = κ quadratic
raters-disagreements-title = Widest disagreements

# Landis & Koch's (1977) words for a kappa or alpha.
raters-strength-poor = poor
raters-strength-slight = slight
raters-strength-fair = fair
raters-strength-moderate = moderate
raters-strength-substantial = substantial
raters-strength-almost-perfect = almost perfect

## Pairwise leaderboards

raters-pairwise-title = Pairwise leaderboard
# $k is the Elo K-factor, already formatted.
raters-pairwise-intro = Bradley-Terry ratings (maximum likelihood, ties as half a win, Elo scale: 400 points = 10:1 odds, mean 1000) and online Elo, each with a 95 % bootstrap interval over resampled votes. Models whose intervals overlap share a rank. { $rounds ->
    [one] 1 round
   *[other] { $rounds } rounds
}, seed { $seed }, K = { $k }.
raters-no-votes = No votes yet: raters compare pairs on the Rate tab.
raters-board-all = All items
raters-board-zh = Chinese items
raters-board-en = English items
# $board is one of the three names above.
raters-board-title = { $board } · { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
raters-col-rank = Rank
raters-col-model = Model
raters-col-interval = 95 % interval
raters-col-wins-losses-ties = W / L / T
rate-mode-label = What to rate
pairwise-never-won = { $models } never won a vote against the models above { $count ->
    [one] it
   *[other] them
}: below them by more than any rating can say. The rating shown is only an upper bound (≤), left out of the ranks' intervals.
pairwise-never-lost = { $models } never lost a vote to the models below { $count ->
    [one] it
   *[other] them
}: above them by more than any rating can say. { $count ->
    [one] Its rating is
   *[other] Their ratings are
} only a lower bound (≥) and compare only with each other.
pairwise-ordered = { $models }: the votes place { $count ->
    [one] it
   *[other] them
} between other models but leave the distances open: ranked by that order, without a rating (—).
pairwise-groups = These models form { $groups } groups that never met in a vote: ratings and ranks compare only within a group (column "Group").
raters-col-group = Group

## Bias in the pairwise votes

bias-title = Are the votes biased?
bias-intro = How often the answer shown first (on the left, A) wins a vote, and how often the longer answer wins, with Wilson 95 % intervals: over everyone, then for each rater. Ties and "both bad" are a win for neither; pairs of answers of the same length are left out of the length rate. With no bias both would be near 50 %.
bias-warning-side = The answer shown first wins more or less often than chance allows: the side may be deciding votes. The rating desk shows sides at random, so the bias is the rater's (or the judge's): ask them to read both answers to the end.
bias-warning-length = The longer answer wins more or less often than chance allows: length may be deciding votes. Check that the longer answers really are better, or compare answers of similar length.
bias-col-who = Rater
bias-col-votes = Votes with a winner
bias-col-first = First shown wins
bias-col-longer = Longer answer wins
bias-everyone = Everyone

raters-subtasks-title = Agreement within each sub-task
raters-col-subtask = Sub-task

# Model judges: a language model's imported scores and verdicts, set beside people's.
judge-title = Model judges
judge-intro = A language model can rate answers too. Import its scores or verdicts — JSONL lines {"{"}"model", "item", "criterion", "value", "judge"{"}"} or {"{"}"item", "a", "b", "outcome", "judge"{"}"}, the same columns in a table, or an answers table with a column judge:criterion — and the judge joins as a rater marked model-judged. Its numbers are set beside people's here and change none of them: per criterion its kappa against the people's consensus (their lower median) and alpha with and without it, the leaderboard its scores give beside people's on the same answers, and how often its verdicts match people's votes.
judge-import = Import a judge's scores…
judge-empty = No model judge yet.
judge-badge = model-judged
judge-summary = { $ratings } scores, { $verdicts } verdicts
judge-col-answers = Answers rated by both
judge-col-alpha-people = α people
judge-col-alpha-with = α with the judge
judge-col-difference = Judge − people
judge-board-title = The judge's leaderboard (0–100), with people's scores on the answers both rated
judge-col-judge-shared = Judge, same answers
judge-no-people = No person has rated the answers this judge rated yet: its agreement with people appears once they do (Rate tab, or merge rater files).
judge-col-people = People
judge-col-judge = Judge
judge-rank-correlation = Rank correlation with people's order (Spearman's ρ): { $rho }
judge-verdicts = The judge's verdict matched { $agreed } of { $compared } people's votes on the same pairs ({ $share } %), κ = { $kappa }.
judge-pairwise-row = { $model }: Bradley-Terry { $rating } ({ $wins } won, { $losses } lost, { $ties } tied)
judge-pairwise-title = The judge's pairwise order ({ $votes } verdicts)

# A judge on this computer (an OpenAI-compatible server on localhost), off by default.
local-judge-title = A judge on this computer
local-judge-intro = Pingfen can ask a language model running on your own computer — a llama.cpp or Ollama server with an OpenAI-compatible endpoint — to rate each answer, with the prompt below. It is off until you turn it on; then Pingfen may call addresses on this computer (127.0.0.1, localhost) and nothing else, asks before every run, and shows its progress; you can cancel at any time and keep what was rated by then. The judge's scores join as a model-judged rater. Ollama answers only sites it is told about: start it with OLLAMA_ORIGINS set to this page's address.
local-judge-enable = Let Pingfen call a judge on this computer
local-judge-endpoint = Endpoint (chat completions)
local-judge-model = Model name (as the server knows it)
local-judge-criterion = Criterion to rate
local-judge-criterion-all = Every criterion
local-judge-template-label = Prompt template
local-judge-placeholders = Each of { $names } is replaced by the item's or the answer's text; the judge must reply with a whole number on the scale.
local-judge-reset-template = Restore the default template
local-judge-run = Rate { $count ->
    [one] 1 answer
   *[other] { $count } answers
} with the judge
local-judge-confirm = Send { $count ->
    [one] 1 request
   *[other] { $count } requests
} to { $endpoint }? Each holds a question and a model's answer. Nothing is sent anywhere else; the scores go under “{ $judge }”.
local-judge-progress = { $done } of { $total } answers rated by { $endpoint }…
local-judge-cancelled = Cancelled after { $done } of { $total }: the { $scored } scores read so far were kept.
local-judge-finished = Done: { $scored } scores by “{ $judge }”, { $failed } without a score.
local-judge-cancel = Cancel
local-judge-unnamed = local judge
local-judge-bad-endpoint = The endpoint must be an address starting with http:// or https://, such as http://127.0.0.1:8080/v1/chat/completions.
local-judge-not-local = Only a server on this computer may be called (127.0.0.1 or localhost); this address is elsewhere.
local-judge-reply-unreadable = the reply is not an OpenAI-style chat completion (no choices[0].message.content)
local-judge-no-score = no score in the reply “{ $reply }”
local-judge-off-scale = the score { $score } is off the scale { $min }–{ $max }
local-judge-request-failed = the request failed: { $detail }
local-judge-template =
    You are grading one answer of a language model.

    Question:
    {"{"}question{"}"}

    Reference answer (may be empty):
    {"{"}reference{"}"}

    Answer to grade:
    {"{"}answer{"}"}

    Rate the answer's {"{"}criterion{"}"} on a scale from {"{"}min{"}"} to {"{"}max{"}"} ({"{"}anchors{"}"}).
    Reply with JSON only: {"{"}"score": <a whole number from {"{"}min{"}"} to {"{"}max{"}"}>{"}"}
