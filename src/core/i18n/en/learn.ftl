# "How scoring works": every method worked step by step on the person's own example.
learn-title = How scoring works
learn-intro = Every number Pingfen shows comes from a few methods. Here each is worked step by step on an example you can change — by the same code that scores your sessions, so what you see here is exactly what a suite's items get.
learn-lang = Language of the example
learn-lang-zh = Chinese
learn-lang-en = English
learn-reference = Reference answer
learn-answer = Model's answer
learn-reset = Back to the first example
learn-working = Working the example… (the Chinese dictionary is needed first)
learn-tokens-title = Tokens: what the metrics compare
learn-tokens-zh = Chinese has no spaces between words: jieba cuts the text into words with its dictionary (and guesses words it does not know). ROUGE and the word F1 compare these words.
learn-tokens-en = English is split at spaces and punctuation, lower-cased. ROUGE and the word F1 compare these words.
learn-bleu-intro-zh = BLEU counts the answer's n-grams (runs of 1 to 4 tokens) that also occur in the reference, each at most as often as the reference has it. For Chinese it uses sacrebleu's zh tokenizer: every Chinese character is a token of its own.
learn-bleu-intro-en = BLEU counts the answer's n-grams (runs of 1 to 4 tokens) that also occur in the reference, each at most as often as the reference has it. For English it uses sacrebleu's 13a tokenizer, which splits punctuation off words.
learn-col-grams = The answer's n-grams (matched ones marked)
learn-col-matched = Matched
learn-col-precision = Precision (%)
learn-col-rouge-precision = Precision
learn-col-recall = Recall
learn-col-kind = N-grams
learn-col-answer-grams = In the answer
learn-col-reference-grams = In the reference
learn-col-metric = Metric
learn-bleu-bp = Brevity penalty: the answer has { $hyp } tokens, the reference { $reference }; a shorter answer is penalised by exp(1 − reference/answer), a longer one not at all: BP = { $bp }.
learn-bleu-score = BLEU = BP × exp(mean of log precision over { $order } orders) = { $bp } × { $mean } = { $score }. An order with no match counts as a halved precision (exponential smoothing), so one missing 4-gram does not make the score 0.
learn-signature = Signature:
learn-chrf-intro = chrF++ compares character n-grams (1 to 6, spaces removed) and word n-grams (1 and 2): it gives credit for partly right words and needs no word segmentation, which suits Chinese and short answers.
learn-chrf-char = characters, n = { $n }
learn-chrf-word = words, n = { $n }
learn-chrf-score = Mean precision { $precision } and recall { $recall } over the orders, combined as F-β with β = { $beta } (recall counts { $beta } times as much): chrF++ = { $score }.
learn-rouge-intro = ROUGE looks from the reference's side: how much of it the answer recalls. ROUGE-1 counts shared words, ROUGE-2 shared word pairs, ROUGE-L the longest run of words in the same order. Pingfen reports F.
learn-choice-title = A choice read from an answer
learn-choice-intro = For multiple-choice items Pingfen reads which option the answer chose: a stated answer (答案是B, "The answer is (B)") wins over letters met in the reasoning, and an answer that hedges or contradicts itself goes to the review queue. Write an answer and see which rule decides.
learn-options = Options, one per line (A. …)
learn-choice-answer = The answer
learn-choice-chosen = Chosen: { $letters }, by the rule “{ $rule }”.
learn-choice-none = No option chosen (rule “{ $rule }”): the answer counts as wrong and waits in the review queue.
learn-choice-evidence = The words that decided:
learn-choice-review = A person should read this one: it goes to the review queue.
learn-likert-title = A rating rescaled
learn-likert-intro = People rate open answers on a scale (1 to 7, say). To stand beside metric scores a rating is put on 0–100: the lowest point of the scale is 0, the highest 100.
learn-rating = Rating
learn-scale-min = Scale from
learn-scale-max = to
learn-likert-score = ({ $rating } − { $min }) / ({ $max } − { $min }) × 100 = { $score }
learn-likert-clamped = { $rating } is off the scale: it counts as { $clamped }.
learn-pairwise-title = A pairwise fit
learn-pairwise-intro = From votes between two answers, Bradley-Terry finds the ratings that make the votes most likely (a tie counts as half a win; 400 points is 10:1 odds), and Elo updates a rating after every vote (K = { $k }). The interval comes from { $rounds } resamples of the votes. Write votes as “Qilin > Aurora” (Qilin won), “Qilin < Aurora” or “Qilin = Aurora” (a tie).
learn-votes = Votes, one per line
learn-votes-unread = Lines { $lines } are not a vote: write “winner > loser” or “one = other”.
learn-bootstrap-title = A bootstrap interval
learn-bootstrap-intro = How sure is a mean over a few items? Pingfen draws the items again at random, as many as there are, with replacement ({ $rounds } times, seed { $seed }: the same intervals on every computer), takes the mean each time, and reports the middle 95 % of those means.
learn-scores = Item scores (0–100)
learn-scores-unread = Not a score from 0 to 100, left out: { $entries }
learn-bootstrap-resamples = The first resamples' means: { $means } …
learn-bootstrap-result = Mean of { $count } items { $mean }, 95 % interval { $low } – { $high }.
learn-rubric-title = Rubric checks
learn-rubric-intro = Items without a reference answer can be checked by rules: key points a good answer makes (each found when its text or a synonym appears, after the same folding as everywhere: full-width to half-width, Traditional to Simplified), forbidden words, a pattern, a length, valid JSON, the language. Here two checks run on the model's answer above.
learn-points = Key points, one per line (synonyms after |)
learn-length-max-chars = At most this many characters
learn-length-max-words = At most this many words
learn-rubric-passed = passed, { $score }
learn-rubric-failed = failed, { $score }
learn-rubric-found = Found:
learn-rubric-missed = Missed:
