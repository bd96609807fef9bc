//! The Porter stemmer exactly as NLTK's `PorterStemmer()` (its default NLTK_EXTENSIONS mode),
//! which is what rouge-score 0.1.2 uses for `use_stemmer=True`. Works on lowercase ASCII
//! words, which is all rouge-score's tokenizer produces.

/// The stem of `word` (lowercase ASCII letters and digits).
pub fn stem(word: &str) -> String {
    if let Some(irregular) = irregular(word) {
        return irregular.to_owned();
    }
    if word.len() <= 2 {
        return word.to_owned();
    }
    let mut w = word.as_bytes().to_vec();
    w = step1a(w);
    w = step1b(w);
    w = step1c(w);
    w = step2(w);
    w = step3(w);
    w = step4(w);
    w = step5a(w);
    w = step5b(w);
    String::from_utf8(w).unwrap_or_default()
}

/// NLTK's pool of irregular forms.
fn irregular(word: &str) -> Option<&'static str> {
    Some(match word {
        "sky" | "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "news" => "news",
        "innings" | "inning" => "inning",
        "outings" | "outing" => "outing",
        "cannings" | "canning" => "canning",
        "howe" => "howe",
        "proceed" => "proceed",
        "exceed" => "exceed",
        "succeed" => "succeed",
        _ => return None,
    })
}

/// Consonant flags: a letter other than a e i o u, and `y` unless it follows a consonant.
fn consonants(w: &[u8]) -> Vec<bool> {
    let mut flags: Vec<bool> = Vec::with_capacity(w.len());
    for (i, &c) in w.iter().enumerate() {
        let consonant = match c {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => i == 0 || !flags[i - 1],
            _ => true,
        };
        flags.push(consonant);
    }
    flags
}

/// m in [C](VC){m}[V].
fn measure(w: &[u8]) -> usize {
    let flags = consonants(w);
    flags.windows(2).filter(|pair| !pair[0] && pair[1]).count()
}

fn contains_vowel(w: &[u8]) -> bool {
    consonants(w).iter().any(|&c| !c)
}

fn ends_double_consonant(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && consonants(w)[n - 1]
}

/// *o: ends consonant-vowel-consonant, the last not w, x or y; or (NLTK) is a two-letter
/// vowel-consonant word.
fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    let flags = consonants(w);
    (n >= 3 && flags[n - 3] && !flags[n - 2] && flags[n - 1] && !matches!(w[n - 1], b'w' | b'x' | b'y'))
        || (n == 2 && !flags[0] && flags[1])
}

type Condition<'a> = &'a dyn Fn(&[u8]) -> bool;

/// The first rule whose suffix matches decides: it applies if its condition holds on the
/// stem, and otherwise the word is left as it is.
fn apply_rules(w: Vec<u8>, rules: &[(&str, &str, Option<Condition<'_>>)]) -> Vec<u8> {
    for &(suffix, replacement, condition) in rules {
        if let Some(stem) = w.strip_suffix(suffix.as_bytes()) {
            if condition.is_none_or(|holds| holds(stem)) {
                let mut out = stem.to_vec();
                out.extend_from_slice(replacement.as_bytes());
                return out;
            }
            return w;
        }
    }
    w
}

fn positive(stem: &[u8]) -> bool {
    measure(stem) > 0
}

fn step1a(w: Vec<u8>) -> Vec<u8> {
    if w.ends_with(b"ies") && w.len() == 4 {
        return [&w[..1], b"ie"].concat();
    }
    apply_rules(w, &[("sses", "ss", None), ("ies", "i", None), ("ss", "ss", None), ("s", "", None)])
}

fn step1b(w: Vec<u8>) -> Vec<u8> {
    if let Some(stem) = w.strip_suffix(b"ied") {
        return [stem, if w.len() == 4 { b"ie".as_slice() } else { b"i".as_slice() }].concat();
    }
    if let Some(stem) = w.strip_suffix(b"eed") {
        return if measure(stem) > 0 { [stem, b"ee"].concat() } else { w };
    }
    let mut intermediate = None;
    for suffix in [b"ed".as_slice(), b"ing".as_slice()] {
        if let Some(stem) = w.strip_suffix(suffix)
            && contains_vowel(stem) {
                intermediate = Some(stem.to_vec());
                break;
            }
    }
    let Some(stem) = intermediate else { return w };
    for (suffix, replacement) in [(b"at".as_slice(), b"ate".as_slice()), (b"bl", b"ble"), (b"iz", b"ize")] {
        if let Some(base) = stem.strip_suffix(suffix) {
            return [base, replacement].concat();
        }
    }
    if ends_double_consonant(&stem) {
        let last = stem[stem.len() - 1];
        return if matches!(last, b'l' | b's' | b'z') { stem } else { stem[..stem.len() - 1].to_vec() };
    }
    if measure(&stem) == 1 && ends_cvc(&stem) {
        return [stem.as_slice(), b"e"].concat();
    }
    stem
}

fn step1c(w: Vec<u8>) -> Vec<u8> {
    let condition = |stem: &[u8]| stem.len() > 1 && consonants(stem)[stem.len() - 1];
    apply_rules(w, &[("y", "i", Some(&condition))])
}

fn step2(w: Vec<u8>) -> Vec<u8> {
    if let Some(stem) = w.strip_suffix(b"alli")
        && positive(stem) {
            return step2([stem, b"al"].concat());
        }
    let whole = w.clone();
    let logi = move |_: &[u8]| positive(&whole[..whole.len() - 3]);
    let p: Condition<'_> = &positive;
    apply_rules(w, &[
        ("ational", "ate", Some(p)),
        ("tional", "tion", Some(p)),
        ("enci", "ence", Some(p)),
        ("anci", "ance", Some(p)),
        ("izer", "ize", Some(p)),
        ("bli", "ble", Some(p)),
        ("alli", "al", Some(p)),
        ("entli", "ent", Some(p)),
        ("eli", "e", Some(p)),
        ("ousli", "ous", Some(p)),
        ("ization", "ize", Some(p)),
        ("ation", "ate", Some(p)),
        ("ator", "ate", Some(p)),
        ("alism", "al", Some(p)),
        ("iveness", "ive", Some(p)),
        ("fulness", "ful", Some(p)),
        ("ousness", "ous", Some(p)),
        ("aliti", "al", Some(p)),
        ("iviti", "ive", Some(p)),
        ("biliti", "ble", Some(p)),
        ("fulli", "ful", Some(p)),
        ("logi", "log", Some(&logi)),
    ])
}

fn step3(w: Vec<u8>) -> Vec<u8> {
    let p: Condition<'_> = &positive;
    apply_rules(w, &[
        ("icate", "ic", Some(p)),
        ("ative", "", Some(p)),
        ("alize", "al", Some(p)),
        ("iciti", "ic", Some(p)),
        ("ical", "ic", Some(p)),
        ("ful", "", Some(p)),
        ("ness", "", Some(p)),
    ])
}

fn step4(w: Vec<u8>) -> Vec<u8> {
    let gt1 = |stem: &[u8]| measure(stem) > 1;
    let ion = |stem: &[u8]| measure(stem) > 1 && matches!(stem.last(), Some(b's' | b't'));
    let m: Condition<'_> = &gt1;
    apply_rules(w, &[
        ("al", "", Some(m)),
        ("ance", "", Some(m)),
        ("ence", "", Some(m)),
        ("er", "", Some(m)),
        ("ic", "", Some(m)),
        ("able", "", Some(m)),
        ("ible", "", Some(m)),
        ("ant", "", Some(m)),
        ("ement", "", Some(m)),
        ("ment", "", Some(m)),
        ("ent", "", Some(m)),
        ("ion", "", Some(&ion)),
        ("ou", "", Some(m)),
        ("ism", "", Some(m)),
        ("ate", "", Some(m)),
        ("iti", "", Some(m)),
        ("ous", "", Some(m)),
        ("ive", "", Some(m)),
        ("ize", "", Some(m)),
    ])
}

fn step5a(w: Vec<u8>) -> Vec<u8> {
    if let Some(stem) = w.strip_suffix(b"e") {
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            return stem.to_vec();
        }
    }
    w
}

fn step5b(w: Vec<u8>) -> Vec<u8> {
    if w.ends_with(b"ll") && measure(&w[..w.len() - 1]) > 1 {
        return w[..w.len() - 1].to_vec();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn examples_from_the_paper() {
        for (word, expected) in [
            ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("agreed", "agre"),
            ("plastered", "plaster"), ("motoring", "motor"), ("hopping", "hop"), ("falling", "fall"),
            ("filing", "file"), ("happy", "happi"), ("relational", "relat"), ("conditional", "condit"),
            ("generalization", "gener"), ("hopefulness", "hope"), ("adoption", "adopt"), ("controlling", "control"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn nltk_extensions() {
        assert_eq!(stem("dying"), "die");
        assert_eq!(stem("skies"), "sky");
        assert_eq!(stem("ties"), "tie");
        assert_eq!(stem("spied"), "spi");
        assert_eq!(stem("by"), "by");
    }
}
