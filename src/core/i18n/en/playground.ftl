# The tokenizer playground and its token chips.

playground-title = Tokenizer playground
playground-intro = Every Chinese metric starts by cutting text into words. Paste Chinese, English or mixed text to see the words jieba-rs finds, exactly as Pingfen will count them.
playground-text-label = Text to tokenize
playground-placeholder = Paste an answer, a reference or any text…
playground-examples = Examples
playground-example-zh = Chinese
playground-example-en = English
playground-example-mixed = Mixed
playground-example-traditional = Traditional
playground-hmm-label = HMM for new words
playground-hmm-help = Lets jieba join characters that are in no dictionary (names, new terms) into words.

## The figures under the text box

# After the number of tokens (shown apart, in bold).
playground-tokens = tokens
playground-detected = Detected
playground-detected-zh = Chinese
playground-detected-en = English
playground-detected-mixed = Mixed Chinese and English
playground-detected-other = Another language
playground-detected-none = No language (no letters)
# Han characters and Latin words counted in the text.
playground-counts = (Han { $han } · Latin { $latin })
playground-segmented-in = segmented in
playground-jieba-built-in = jieba built in
# $words is formatted ("349,046").
playground-dictionary-words = { $words } words in dictionary

## Tokens

tokens-label = Tokens
tokens-waiting = Tokens appear as soon as the Chinese dictionary is ready.
tokens-no-dictionary = No tokens without the Chinese dictionary: see the message at the top, then retry.
tokens-empty = No tokens: the text is empty or only white space.
# $shown and $total are formatted ("1,000").
tokens-more = Showing the first { $shown } of { $total } tokens
tokens-kind-han = Chinese
tokens-kind-latin = Latin
tokens-kind-number = Number
tokens-kind-symbol = Symbol
