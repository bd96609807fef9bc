//! Which option(s) a free-form Chinese or English answer chose, how sure the reading is, and
//! where in the answer it was read.
//!
//! The answer is first *folded* ([`folded`]): NFKC, Traditional → Simplified, brackets and
//! quotes unified, markup around letters removed, so one rule reads 答案係【 Ｄ 】, 答案是[D]
//! and `**Answer: D**` alike; evidence is shown in the answer's own characters.
//!
//! Then every *statement* the answer makes is collected, each with a confidence class:
//!
//! - `explicit` — an answer word: 答案是B, 正解为（C）, 解：C, "The answer is (A)", "Ans - d",
//!   \boxed{B}, or a statement that no option is right;
//! - `decision` — a choosing verb or a decision: 我选B, 就选A吧, 想了想还是B, 不是B而是D,
//!   剩下C, "I'd pick C", "on reflection, B", a line that is only a letter, 以上都对 when an
//!   option says so;
//! - `ordinal` — an option named by its place: 第四个, 最后一项, "the first one";
//! - `inferred` — read from the reasoning: option-by-option verdicts, eliminations, the option
//!   whose text the answer states.
//!
//! The last statement of the first three classes decides (so self-corrections count); a
//! hedge after it ("A or B", "I can't pick one") means no answer. Only when the answer makes
//! no such statement is an answer inferred, and never from an answer that was cut off.
//! Statements others make ("many people pick A") and negated ones (不是B, "isn't B") do not
//! choose; they may eliminate.
//!
//! Letters only count in answer position, so the article "a", the pronoun "I", `let A = 3`,
//! vitamin C, C语言 or Plan B never fire. A letter that is not among the options gives no
//! answer.

mod folded;
mod letters;
mod ordinals;
mod texts;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;
use serde::{Deserialize, Serialize};

use folded::Folded;
use letters::{answer_letters_end, letters_of, pattern};
use ordinals::ordinals;
use texts::{Summary, ALL_OF_THEM, NONE_OF_THEM};

/// The options of a question: their letters and, when known, their texts.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The option letters offered, e.g. "ABCD".
    pub letters: &'a str,
    /// Option texts by letter, when known: lets the answer name an option by its text.
    pub texts: Option<&'a BTreeMap<String, String>>,
    /// Whether several options may be chosen.
    pub multi: bool,
}

/// How an extraction was read: from an answer word, a decision, an option's place, or the
/// reasoning. The order is from most to least certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Explicit,
    Decision,
    Ordinal,
    Inferred,
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [Confidence::Explicit, Confidence::Decision, Confidence::Ordinal, Confidence::Inferred];

    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Explicit => "explicit",
            Confidence::Decision => "decision",
            Confidence::Ordinal => "ordinal",
            Confidence::Inferred => "inferred",
        }
    }
}

/// What was extracted, how surely, and from where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Extraction {
    /// The chosen letters, sorted ("B", "BD"), or `None` when the answer picks nothing.
    pub choice: Option<String>,
    /// The rule that decided, e.g. `zh:答案`, `en:answer-is`, `verdicts`, `hedge`, `none`.
    pub rule: Cow<'static, str>,
    /// How the choice was read; `None` when nothing was chosen.
    pub confidence: Option<Confidence>,
    /// The words that decided, in the answer's own characters.
    pub evidence: Option<String>,
    /// Where they are: character offsets `[start, end)` into the answer.
    pub span: Option<[usize; 2]>,
    /// The same words as the rules read them (folded: NFKC, Simplified, brackets unified).
    pub normalized: Option<String>,
    /// Whether the answer also says something else: a hedge, verdicts pointing elsewhere, or
    /// two different choices with no correction between them. Such answers go to review.
    pub conflicting: bool,
}

impl Extraction {
    /// An answer a person should read: no choice, conflicting evidence, or a choice inferred
    /// from the reasoning only (right about three times in four on the unseen sets), so that
    /// no automatic reading the answer never stated counts unseen.
    pub fn needs_review(&self) -> bool {
        self.choice.is_none() || self.conflicting || self.confidence == Some(Confidence::Inferred)
    }
}

/// What a statement says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Says {
    Letters(Vec<char>),
    /// No option is right (and no option says so).
    NoneOfThem,
}

#[derive(Debug, Clone)]
pub(super) struct Statement {
    /// The whole statement in the folded text, cue and letters.
    range: Range<usize>,
    says: Says,
    class: Confidence,
    rule: &'static str,
}

type Rule = (&'static str, Confidence, Regex);

/// Statements with an answer word or a decision: (rule, class, pattern whose last capture is
/// the letters). Patterns read folded text: Simplified characters, `:` for ：, `(` for （.
static STATEMENTS: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    use Confidence::{Decision, Explicit};
    [
        // 答案是B, 答案系C, 答案：BD, [答案] A, 答案→B, 答案 => D, 答案应该是（C）
        ("zh:答案", Explicit, r"答案\s*\]?\s*(?:应该|应当|应|仍然|仍|还是|就是|最终|当然|肯定|一定|明显|其实|实际上|改为|改成|更正为|更正|改)?\s*(?:是|为|选|系|:|=>|→|->|-|—)?\s*[:：]?\s*(?:选项|选)?\s*LETTERS"),
        // 答：A, 解：C, [答]A
        ("zh:答", Explicit, r"(?:^|[\n。.!?;])\s*\[?(?:答|解|答曰)\]?\s*(?::|=>|→|->|\])?\s*LETTERS"),
        // 结论：B, 正解为（ C ）, 最终答案 D
        ("zh:结论", Explicit, r"(?:结论|正解|最终答案|参考答案|最终结论|最后答案)\s*(?::|=>|→|->|-|为|是|系)?\s*LETTERS"),
        // 正确选项为C, 正确的是 A 和 C, 对的是B, 其余都正确：A C D
        ("zh:正确的是", Explicit, r"(?:正确|符合题意|对|啱)(?:的|嘅)?(?:选项|答案|一项|一个|项|系)?\s*(?:是|为|有|系|:)\s*LETTERS"),
        ("zh:正确选项", Explicit, r"(?:正确|对应|符合题意)(?:的)?选项\s*(?:是|为|系)?\s*:?\s*LETTERS"),
        ("zh:选项正确", Decision, r"(?:只有|唯有|仅有|仅|只|净系|得|所以|因此|故)\s*(?:选项)?\s*LETTERS\s*(?:项|选项)?\s*(?:是|系|都|均|也|才)?\s*(?:正确|符合题意|对|啱)(?:的|嘅)?\s*(?:[。.!,;\n]|$)"),
        ("zh:只有", Decision, r"(?:只有|唯有|仅有)\s*LETTERS\s*(?:[。.!]|$)"),
        ("zh:只有", Decision, r"(?:只有|唯有|仅有|净系|只得)\s*(?:选项)?\s*LETTERS\s*(?:项)?\s*(?:才)?(?:是|系|符合|属于)"),
        // 我选B, 就选A吧, 最后还是选B, 我会选D, 我拣C, 勾B, 故选 A
        ("zh:选", Decision, r"(?:应该|应当|其实|实际上|故|应|所以|因此|因而|我|本题|则|即|只能|就|可以|还是|最后|最终|决定|会|要|那就|宜|当|改|都系|都是|直接|肯定|一定)\s*(?:应该|应当|应|会|要|还是|决定|就|都)?\s*(?:选|拣|勾|挑|圈|拣返)(?:择|定|返)?\s*(?:了)?\s*[:：]?\s*(?:选项|答案)?\s*LETTERS"),
        ("zh:选", Decision, r"(?:^|[。.\n,;!?])\s*(?:选|拣|勾)(?:择)?\s*[:：]?\s*(?:选项)?\s*LETTERS"),
        // Any verb of choosing right before the letters: 毫无疑问选A, 我投B, 定为C, 改为B, 锁定D
        ("zh:选", Decision, r"(?:选|拣|挑|勾|圈|投|定为|定做|改为|改成|改选|改拣|换成|换为|锁定|揀)(?:择|定|了|返)?\s*[:：]?\s*(?:选项)?\s*LETTERS"),
        ("zh:用", Decision, r"(?:^|[。！!\n])\s*用\s*(?:选项)?\s*LETTERS\s*(?:就行|就可以|就得|即可|就啱|就得啦)"),
        ("zh:就吧", Decision, r"(?:那就|就|那么|那)\s*(?:选项)?\s*LETTERS\s*(?:吧|啦|喇|咯|罢)"),
        // A、B、C都对, "A, B and C are all correct"
        ("zh:都对", Decision, r"LETTERS\s*(?:项|选项)?\s*(?:都|均|全|皆)\s*(?:是)?\s*(?:对|正确|啱|对的|正确的|符合)"),
        ("en:are-correct", Decision, r"\b([A-H](?:\s*(?:,|and|&)\s*[A-H])*(?:\s*,?\s*and\s+[A-H]))\s+(?:are|is)\s+(?:all\s+|both\s+)?(?:correct|right|true)\b"),
        ("en:correcting-to", Decision, r"(?i)\b(?:correct(?:ing)?|chang(?:e|ing)|switch(?:ing)?|revis(?:e|ing)|updat(?:e|ing))\s+(?:my\s+)?(?:answer\s+|choice\s+|pick\s+)?to\s+(?:option\s+)?LETTERS"),
        ("zh:倾向", Decision, r"倾向于?\s*(?:选(?:择)?)?\s*LETTERS"),
        // 不是B而是D, 不是B，是D
        ("zh:而是", Decision, r"而是\s*(?:选项)?\s*LETTERS"),
        ("zh:不是而是", Decision, r"不是\s*LETTERS\s*[,，]?\s*(?:是|系)\s*LETTERS"),
        // 所以是C, 还是A更合适, 都系A, 即系D, 应该是 A、C、E
        ("zh:所以是", Decision, r"(?:所以|因此|故|因而|应该|应当|还是|都系|都是|即系|即是|就系|就是|其实是|肯定是|一定是|梗系|实系|当然是|应为|决定是|决定系|结论是|结论系)\s*[:：]?\s*(?:应该|应当|应)?\s*(?:是|为|系)?\s*(?:选项)?\s*LETTERS"),
        // 扩张性的是A与C (a property, then the letters), but not 错误的是B
        ("zh:的是", Decision, r"(?:^|[^错误不对])(?:[\x{4e00}-\x{9fff}])的(?:是|系|有)[ \t]*(?:选项)?[ \t]*LETTERS"),
        // 排除A、B，剩下C
        ("en:leaves", Decision, r"(?i)\b(?:that|which|this)\s+leaves\s+(?:us\s+with\s+|only\s+)?(?:options?\s+)?LETTERS"),
        ("zh:剩下", Decision, r"(?:剩下|剩余|只剩|仅剩|剩返|剩番|净返|净番|得返|净系剩)(?:的|嘅)?(?:是|就是|只有|系)?\s*(?:选项)?\s*LETTERS"),
        ("en:answer-is", Explicit, r"(?i)\b(?:the\s+)?(?:final\s+|correct\s+|right\s+|best\s+|my\s+)?(?:answer|ans|choice|option|selection|selected|chosen|key|pick)s?[ \t]*(?:is|are|would\s+be|should\s+be|will\s+be|must\s+be|has\s+to\s+be|stays|remains|:|=|-|—|=>|→)[ \t]*(?:definitely\s+|clearly\s+|probably\s+|therefore\s+)?(?:option\s+|choice\s+)?LETTERS"),
        ("en:answer-is", Explicit, r"(?i)\bfinal\s+answer\s*LETTERS"),
        ("en:answer-is", Explicit, r"(?:^|[.!?\n]\s*)LETTERS\s+(?i:is|are)\s+(?i:the\s+)?(?i:correct|right|best)\s+(?i:answers?|options?|choices?)\b"),
        ("en:answer-is", Explicit, r"(?i)\bthe\s+(?:letter|option)\s+you'?re\s+(?:after|looking\s+for)\s+is\s+LETTERS"),
        ("en:answer-is", Explicit, r"(?i)(?:^|[.!?\n]\s*)(?:choice|option|answer)\s+QUOTED\s*[.!]"),
        ("en:answer-is", Explicit, r"(?i)(?:^|\n)\s*answer\s+LETTERS\s*[.!]?\s*$"),
        // A one-word label on its own line: "Typical: \"A\", \"B\" and \"D\"."
        ("label", Decision, r"(?m)^[ \t]*[A-Z][a-z]{2,11}(?:[ \t][a-z]{2,11})?[ \t]*:[ \t]*LETTERS[ \t]*[.。](?:\s|$)"),
        ("en:answer-is", Decision, r"(?i)\b(?:most\s+[a-z]+|best)\s+(?:choice|option|answer|pick)\s+(?:among\s+(?:these|them|the\s+options)\s+|here\s+)?is\s+(?:option\s+)?LETTERS"),
        ("en:settles", Decision, r"(?i)\b(?:settles|decides)\s+it\s*[:,]?\s*(?:option\s+)?LETTERS"),
        ("en:going-with", Decision, r"(?i)(?:^|[.!?\n]\s*)going\s+(?:with|for)\s+(?:option\s+)?LETTERS"),
        ("en:answer-is", Explicit, r"(?i)\banswer\s*QUOTED"),
        ("en:i-choose", Decision, r"(?i)\bI(?:'d|\s+would|\s+will|'ll|'m|\s+am)?\s+(?:go(?:ing)?\s+with|choose|choosing|pick(?:ing)?|select(?:ing)?|say|vote\s+for|opt\s+for|meant|mean|settle\s+on|land\s+on|take|tick|commit\s+to|go(?:ing)?\s+for|vote|circle|mark)\s+(?:option\s+|choice\s+)?LETTERS"),
        ("en:pick", Decision, r"(?i)(?:^|[.!?\n:]\s*)(?:pick(?:ing)?|choos(?:e|ing)|select(?:ing)?|go\s+with|go\s+for|mark(?:ing)?|circle|tick|take|let\s+me\s+lock\s+in|lock(?:ing)?\s+in)\s+(?:option\s+)?LETTERS"),
        ("en:pick", Decision, r"(?i)\b(?:let's|let\s+us|we'll|we\s+will|we\s+should)\s+(?:go\s+with|go\s+for|pick|choose|select|take)\s+(?:option\s+)?LETTERS"),
        ("en:pick", Decision, r"(?i)\bput\s+me\s+down\s+for\s+(?:option\s+)?LETTERS"),
        ("en:leaning", Decision, r"(?i)\bleaning\s+(?:toward|towards)\s+(?:option\s+)?LETTERS"),
        ("en:option-correct", Decision, r"(?i)\b(?:option|choice)s?\s+LETTERS\s+(?:is|are)\s+(?:the\s+)?(?:correct|right|true|answer|best)"),
        ("en:both-correct", Decision, r"(?i)\bboth\s+LETTERS\s+are\s+correct"),
        ("en:that's", Decision, r"(?i)\bthat'?s\s+(?:choice\s+|option\s+)?LETTERS"),
        ("en:it's", Decision, r"(?i)\bit(?:'s|\s+is|\s+has\s+to\s+be|\s+must\s+be)\s+(?:option\s+)?LETTERS"),
        ("en:isn't-but", Decision, r"(?i)(?:isn't|is\s+not|not)\s+LETTERS\s*(?:[—–-]+|;|:)\s*(?:it'?s\s+|but\s+|rather\s+)?LETTERS"),
        ("en:only", Decision, r"(?i)\bonly\s+LETTERS(?:\s*[.!]|\s+is\s+correct|\s+(?:is|are)\s+right|\s+(?:survives|remains|is\s+left|stands))"),
        ("en:so", Decision, r"(?i)\b(?:so|thus|therefore|hence|ultimately|finally)\s*,?\s*(?:option\s+)?LETTERS"),
        ("en:on-reflection", Decision, r"(?i)(?:on\s+reflection|by\s+elimination|on\s+second\s+thought|thinking\s+about\s+it|thinking\s+it\s+over|weighing\s+it|all\s+things\s+considered|in\s+the\s+end|after\s+all)\s*[,:]?\s*(?:it'?s\s+|I'?d\s+say\s+|option\s+)?LETTERS"),
        ("en:option-end", Decision, r"(?i)\boption\s+LETTERS\s*[.!]\s*$"),
        ("en:options-are", Decision, r"(?i)\boptions\s+LETTERS\s+are\b"),
        ("en:applies-to", Decision, r"(?i)\b(?:applies|apply|fits|fit)\s+(?:only\s+)?to\s+(?:options?\s+)?LETTERS"),
        ("en:options-are", Decision, r"(?i)\b(?:options|choices)\s+LETTERS\s+(?:apply|hold|fit|are\s+(?:correct|right|true|the\s+answers?))"),
        ("arrow", Decision, r"(?:→|=>|->)\s*LETTERS"),
        ("boxed", Explicit, r"\\boxed\s*\{\s*LETTERS\s*\}"),
    ]
    .into_iter()
    .map(|(rule, class, body)| (rule, class, pattern(body)))
    .collect()
});

/// Hedges that undo any earlier pick: "A or B", "I can't pick one", 没法只选一个, A定C.
static STRONG_HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r#"(?:^|[^A-Za-z])[(\["']?[A-H][)\]"']?\s*(?:或者?|还是|定|抑或|or|or\s+maybe)\s*[(\["']?[A-H][)\]"']?(?:[^A-Za-z]|$)|(?i:between)\s+[(\["']?[A-H][)\]"']?\s+(?:and|&)\s+[(\["']?[A-H]\b|(?i:\beither\s+[(\["']?[a-h][)\]"']?\s+or\b)|(?i:can'?t\s+(?:pick|commit|settle|decide|choose)|cannot\s+(?:pick|commit|settle|decide|choose)|unable\s+to\s+(?:pick|choose|decide)|it\s+depends|depends\s+(?:\w+\s+)?on|torn\s+between)|没法只选|无法只选|不能只选|都说得通|都有可能|难以取舍|拿不准|说不准|唔肯定|唔敢肯定|无法确定|不能确定|无法判断|拣唔落手|无法决定|决定不了|拿不定|要看|取决于|都有人选|视乎|各有道理|都有道理|都有依据|不下结论|五五开|50/50|暂时无法|之间确定|之间(?:无法|难以|不能)|拣唔落|不是\s*[A-H]\s*就是\s*[A-H]|决定唔到|拣唔到|定唔到|无法给出唯一|给不出唯一|没有唯一|不能给出唯一|(?i:can'?t\s+give\s+(?:a\s+)?single|no\s+single\s+answer|won'?t\s+commit|does(?:n'?t|\s+not)\s+(?:say|specify|make\s+clear)\s+which|can'?t\s+(?:tell|say|narrow\s+it\s+down\s+to)\s+which|cannot\s+(?:tell|say)\s+which|can'?t\s+narrow\s+it\s+down|than\s+commit|before\s+(?:choosing|committing|picking|deciding)|[A-H]\s+(?:versus|vs\.?)\s+[A-H]\b|don'?t\s+think\s+any\s+(?:one\s+)?of\s+(?:these|the|them))|没(?:有)?(?:说|讲|指明|说明|讲明)(?:是)?哪|不好给出|难以给出|给不出|唔想乱拣|唔敢乱拣|不想乱选|不敢乱选|不想乱猜|说得过去|下结论了|不替你下结论|一刀切|(?i:not\s+sure\s+which|(?:question|wording)\s+(?:itself\s+)?(?:seems|is|looks)\s+(?:\w+\s+)?(?:flawed|broken|ambiguous))|题目(?:本身)?(?:有问题|有误|有瑕疵|出错)|(?:并)?没有标准答案|冇标准答案|无标准答案|唔敢话|不敢说(?:哪|边)|(?i:(?:don'?t|do\s+not)\s+think\s+(?:one|any|a)\s+(?:single\s+)?(?:option|answer|choice|of\s+them)\s+(?:here\s+)?(?:is|holds)|no\s+consensus|rather\s+not\s+guess|(?:two|several|multiple)\s+correct\s+(?:options|answers)|supports\s+either|either\s+(?:reading|interpretation)|two\s+(?:readings|interpretations)|(?:i'?ll\s+)?withdraw|rather\s+than\s+(?:guess|declare|declaring|pick|picking|choose|choosing|name|naming)|not\s+going\s+to\s+(?:commit|pick|choose)|(?:isn'?t|not)\s+well[- ]defined|ill[- ]defined|no\s+(?:single\s+)?(?:right|correct|standard)\s+answer)|(?:不认为|不觉得|唔觉得|唔认为)(?:存在|有)?(?:唯一|单一)|不替你选|不帮你选|唔帮你拣|不替你做决定|我就不选了|(?:哪个|边个|任何一个|任何选项)都不(?:该|应该|能|可以)选|(?:唔会|不会|不能|唔可以)(?:拣|选|揀|圈)任何|(?:没办法|没法|无法|不能|唔可以|冇办法)[^。，,.\n]{0,8}只(?:圈|选|挑|拣|揀)|不敢(?:乱)?(?:下结论|下定论)|(?:不打算|不会|不想|唔会|唔想|唔打算)(?:硬|勉强|乱)?(?:选|拣|揀|挑)(?:一个|任何)?|本身有歧义|两种读法|两种理解|撤回|(?:冇|没有)一个标准答案|同样说得通|也说得通|才能确定|可能是\s*[A-H]+\s*[,，]\s*也可能是\s*[A-H]*\s*[。.]?|(?:之)?后再(?:判断|决定|下结论|作答)|(?:这道题|这题|本题|题目)(?:本身)?(?:出错|有错|错了)|(?:范围)?(?:可以)?(?:收窄|缩窄|缩小)到(?:头|前|后)?(?:两|二|2)|都讲得通|都讲得过去|(?i:(?:won'?t|will\s+not|can'?t|cannot)\s+(?:pick|choose|select)\s+(?:any|one)|no\s+(?:\w+\s+)?way\s+to\s+(?:prefer|choose|pick)|needs?\s+(?:to\s+be\s+)?re-?word|(?:seems|is|appears)\s+to\s+be\s+missing\s+the\s+(?:correct|right)|missing\s+the\s+(?:correct|right)\s+(?:option|answer)|no\s+listed\s+(?:choice|option|answer)\s+is|none\s+of\s+[A-H]\s*[–-]\s*[A-H]\s+(?:equals|is|matches|fits|works))"#)
});

/// Strong hedges, except "not A, C or D" (an elimination).
fn strong_hedges(text: &str) -> impl Iterator<Item = regex_lite::Match<'_>> {
    STRONG_HEDGE.find_iter(text).filter(move |h| {
        let before: String = text[..h.start()].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
        // "不要看错" is a warning, not "要看" (it depends).
        if h.as_str().starts_with('要') && before.ends_with(['不', '唔', '别', '咪']) {
            return false;
        }
        let weighs_letters = h.as_str().chars().any(|c| c.is_ascii_uppercase());
        !(weighs_letters && (before.contains("not ") || before.contains("不是") || before.contains("排除") || before.contains("唔系") || before.contains("nor ")))
    })
}

/// Words of doubt or refusal: with nothing chosen, they mean no answer.
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)不确定|很难说|无法进一步确定|各有支持|各有优劣|各有利弊|答案唔同|答案不同|难以断定|不好说|说不好|记不太清|记不太准|记不清|也可能是|无法回答|不能回答|不能提供|不能直接告诉|不便回答|请问你需要|唔记得|唔知|not\s+sure|unsure|can ?not\s+answer|can't\s+answer|cannot\s+determine|can't\s+tell|don't\s+know|do\s+not\s+know|won't\s+pick|isn't\s+a\s+single|can't\s+see|cannot\s+see|I'm\s+sorry|let\s+me\s+know\s+if|not\s+certain|hard\s+to\s+say|唔可以帮|唔可以答|唔会答|不能帮|无法帮|无法协助|不能协助|不便提供|can'?t\s+help\s+with|cannot\s+help\s+with|unable\s+to\s+help|different\s+answers|(?:also|both|each|all)\s+(?:has|have)\s+(?:a\s+)?(?:(?:strong|good|fair|decent|reasonable)\s+)?case|not\s+(?:\w+\s+)?confident\s+enough|lean\s+(?:slightly\s+)?one\s+way|唔想误导|不想误导|尚无定论|没有定论|仍有争论|仍有争议|还有争论|(?:don'?t|do\s+not)\s+want\s+to\s+mislead|印象中|没把握|没有把握|冇把握|唔够把握|把握不大|众说纷纭|见仁见智|说法不一|看法不一|意见不一").expect("valid")
});

/// Words that turn a statement into someone else's: 很多人选A, "people often pick A".
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)很多人|有人|不少人|容易|以为|误选|常被|一般人|学派|学者|有的教材|主义者|主义会|论者|主义\*{0,2}\s*[:：]|论\*{0,2}\s*[:：]|好吸引|很吸引|诱人|一派|people|school\s+(?:of\s+thought\s+)?(?:would|will)|economists\s+would|someone|tempt|might\s+think|you\s+might|common\s+mistake|confus").expect("valid")
});

/// Words that make the rest of the sentence a supposition: 如果是财政支出，选A; "if you pick A".
static CONDITIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)如果|假如|若是|若|要是|假设|\bif\b|\bwhether\b|\bsuppose\b").expect("valid")
});

/// A negative verdict right after letters: 所以C不对, "so C is wrong".
static DENIED_BY_VERDICT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:项|选项)?\s*(?:也|都|亦|均)?\s*(?:可以|可|亦可|都可以)?\s*(?:不对|不正确|错误|错|唔啱|唔对|排除|淘汰|(?:is|are)\s+(?:clearly\s+|definitely\s+|obviously\s+|also\s+|both\s+|certainly\s+)?(?:wrong|incorrect|false|out|ruled\s+out|eliminated)|can\s+(?:both\s+)?be\s+(?:ruled\s+out|eliminated)|(?:could|might|may)\s+(?:each\s+|both\s+|all\s+|also\s+)?(?:be\s+(?:defended|argued|right|correct|true)|work|fit|apply)|each\s+capture|(?:each|all|both)\s+have\s+a\s+case|doesn'?t\s+(?:fit|apply|work|hold)|does\s+not\s+(?:fit|apply|work|hold)|都有可能|都可以|都说得通)").expect("valid")
});

/// A letter followed by a verb of description ("C marks", "B refers"), not by a verdict.
static SUBJECT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:marks|refers|describes|means|shows|comes|happens|happened|came|covers|belongs|describe|mean|refer|show)\b").expect("valid")
});

/// An opening list that the same sentence eliminates: "A、B、D 都是病毒感染，可以排除".
static ELIMINATED_IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^。.!?\n]*?(?:可以排除|可排除|都排除|均排除|排除掉|can\s+(?:all\s+|both\s+)?be\s+ruled\s+out|are\s+(?:all\s+)?(?:out|wrong|incorrect))").expect("valid")
});

/// Words that frame an answer as an explanation of the question's topic.
static TOPIC_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)这(?:道|一)?题(?:目)?(?:主要)?(?:考查|考察|考核|考的是|问的是|是关于|涉及)|本题(?:主要)?(?:考查|考察|考核)|这是一道(?:关于)?|呢(?:条|题)(?:题目)?(?:考|问|系关于)|\bthis\s+(?:question|problem|item)\s+(?:tests|is\s+about|asks\s+about|is\s+testing|checks|covers)|\bthis\s+is\s+a\s+question\s+(?:about|on)").expect("valid")
});

/// Words that mark a change of mind: a different choice before them is no conflict.
static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)不对|更正|改为|改选|唔系|唔啱|哦|不过|但是|但|其实|再想|仔细想|想了想|想来想去|最后|最终|决定|重新|等等|sorry|wait|actually|correction|meant|reflection|hmm|rather|instead|however|but|final|ultimately|second\s+thought|oops|typo|no,").expect("valid")
});

/// Option-by-option verdicts: a letter followed by a verdict.
static VERDICT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?im)(?:^|[\n;。.,]|\|)\s*(?:[-*]\s*|\d+[.)]\s*)?(?:选项|option\s+)?[(\[]?([A-Ha-h])[)\]]?\s*(?:项|选项)?\s*(?:\||[:—–-]|说法|is|are)?\s*(?:说法)?\s*(正确|错误|不正确|不对|唔啱|唔对|对|错|啱|√|✔|✓|×|✘|✗|correct|incorrect|true|false|wrong|right)")
});

/// Eliminations and negations: 排除A、B, "rule out C", 不是B, "not B", "B is wrong".
static ELIMINATION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)(?:排除|eliminate|eliminating|rule\s+out|ruling\s+out|cross\s+out|不是|并非|唔系|\bnot|isn't)\s*(?:选项)?\s*LETTERS(?:\s*,?\s*(?:or|nor|或|和)\s*LETTERS)?",
        r"(?i)(?:选项)?LETTERS\s*(?:项)?\s*(?:也|都|均)?\s*(?:不对|错误|错|不正确|唔啱|is\s+wrong|are\s+wrong|is\s+out|is\s+incorrect|can\s+be\s+ruled\s+out)",
    ]
    .into_iter()
    .map(pattern)
    .collect()
});

/// Questions that ask for the wrong statement: verdicts then point the other way.
static NEGATIVE_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)错误的一项|说法错误的|不正确的一项|不正确的是|选出.{0,8}错误|which (?:of the following )?(?:is|are) (?:not|false|incorrect)|\bNOT\b|\bEXCEPT\b").expect("valid")
});

/// Extracts the chosen option(s) of `answer`.
pub fn extract(answer: &str, options: Options<'_>) -> Extraction {
    let folded = Folded::new(answer);
    let text = folded.text.as_str();
    let offered: Vec<char> = options.letters.chars().map(|c| c.to_ascii_uppercase()).collect();
    let lower = text.to_ascii_lowercase();
    let make = |says: &Says, rule: &'static str, class: Confidence, range: Range<usize>, conflicting: bool| -> Extraction {
        let (choice, rule, confidence) = match says {
            Says::NoneOfThem => (None, "none-of-the-options", None),
            Says::Letters(letters) if letters.iter().any(|c| !offered.contains(c)) => (None, "letter-not-offered", None),
            // "剩下B和C" on a one-answer question: the choice is still open.
            Says::Letters(letters) if !options.multi && matches!(rule, "zh:剩下" | "en:leaves") && letters.len() > 1 => (None, "several-remain", None),
            Says::Letters(letters) => {
                let mut sorted = every_other_means_all(letters, options, &offered).unwrap_or_else(|| letters.clone());
                sorted.sort_unstable();
                sorted.dedup();
                (Some(sorted.into_iter().collect()), rule, Some(class))
            }
        };
        let range = tidy(text, range);
        let (start, end) = folded.char_span(range.clone());
        Extraction {
            choice,
            rule: Cow::Borrowed(rule),
            confidence,
            evidence: Some(folded.original(range.clone()).trim().to_owned()),
            span: Some([start, end]),
            normalized: Some(text[range].trim().to_owned()),
            conflicting,
        }
    };

    // 1. What the answer says it chooses: the last statement decides.
    let mut pool = statements(text, &lower, options, &offered);
    pool.sort_by_key(|s| (s.range.end, s.range.start));
    let verdict = verdicts(text, &offered);
    let last = pool.last().map(|last| {
        pool.iter().filter(|s| s.range.start < last.range.end && s.range.end > last.range.start).min_by_key(|s| (s.range.start, std::cmp::Reverse(s.range.end))).unwrap_or(last)
    });
    if let Some(last) = last {
        if let Some(hedge) = strong_hedges(text).find(|h| h.end() >= last.range.end) {
            return Extraction::none("hedge", &folded, hedge.range());
        }
        // An answer cut off right after its statement ("答案应该是C还是", "接着看C和") had not finished it.
        let rest = &text[last.range.end..];
        if JOINING_END.is_match(text.trim_end()) && !rest.trim().is_empty() && !rest.contains(['。', '.', '!', '?', '\n', ',', ';', '，', '；']) {
            let tail = last_words(text);
            return Extraction::none("cut-off", &folded, tail.start.min(last.range.start)..tail.end);
        }
        // "也就是 C。…它的意思是": an answer cut off after naming an option in passing (a
        // gloss, a place, an option's text) had not reached its choice.
        let gloss = {
            let from = text[..last.range.start].char_indices().rev().nth(1).map_or(0, |(i, _)| i);
            GLOSS.is_match(&text[from..last.range.end])
        };
        let in_passing = gloss || matches!(last.rule, "ordinal" | "final-sentence" | "option-text");
        // A ticked list goes on to the unticked letters: that is not moving on.
        let moved_on = !matches!(last.rule, "ticked" | "standalone-letter" | "opening-letter" | "closing-letter") && OTHER_LETTER.is_match(rest);
        if (in_passing || moved_on) && cut_off(text) && rest.trim().chars().count() >= 6 {
            let tail = last_words(text);
            return Extraction::none("cut-off", &folded, tail);
        }
        // "呢題我覺得A同B都講得通…即係A講嘅": naming an option in passing after declining.
        if gloss && let Some(hedge) = strong_hedges(text).next() {
            return Extraction::none("hedge", &folded, hedge.range());
        }
        // "答案是 C，不对，让我再想想，应该是": taken back, and the new choice never came.
        if let Some(retraction) = RETRACTION.find_iter(rest).last() {
            let then = &rest[retraction.end()..];
            let unfinished = then.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || "，。；：！？…".contains(c)).is_empty();
            if unfinished || DANGLING.is_match(then) || cut_off(text) {
                let tail = last_words(text);
                return Extraction::none("cut-off", &folded, (last.range.end + retraction.start()).min(tail.start)..tail.end);
            }
        }
        let corrected_at = CORRECTION.find_iter(text).filter(|c| c.end() <= last.range.start).map(|c| c.end()).last().unwrap_or(0);
        let disagreeing = pool.iter().any(|s| s.says != last.says && s.range.start >= corrected_at && s.range.end <= last.range.start && s.class <= Confidence::Decision);
        let verdicts_disagree = verdict.as_ref().is_some_and(|(letters, _)| Says::Letters(letters.clone()) != last.says);
        let hedged = HEDGE.is_match(text) || strong_hedges(text).next().is_some();
        return make(&last.says, last.rule, last.class, last.range.clone(), disagreeing || verdicts_disagree || hedged);
    }

    // 2. With no statement: an answer cut off mid-reasoning, a hedge or a refusal chooses nothing.
    if let Some(hedge) = strong_hedges(text).next().or_else(|| HEDGE.find(text)) {
        return Extraction::none("hedge", &folded, hedge.range());
    }
    if cut_off(text) {
        return Extraction::none("cut-off", &folded, last_words(text));
    }

    // 3. Read from the reasoning.
    if let Some((letters, range)) = verdict {
        return make(&Says::Letters(letters), "verdicts", Confidence::Inferred, range, false);
    }
    if let Some((letters, range)) = texts::text_verdicts(&lower, options) {
        return make(&Says::Letters(letters), "verdicts", Confidence::Inferred, range, false);
    }
    if let Some((letter, range)) = eliminated_all_but_one(text, &offered) {
        return make(&Says::Letters(vec![letter]), "elimination", Confidence::Inferred, range, false);
    }
    if let Some((letter, range)) = remaining_option(text, &lower, &offered, options) {
        return make(&Says::Letters(vec![letter]), "remaining-option", Confidence::Inferred, range, false);
    }
    if let Some((range, letters)) = texts::stated_option_text(&lower, options) {
        // An answer that introduces the topic ("这道题考查的是勾股定理…") explains it: an
        // option's text in it is the answer only when the last sentence says it.
        let last_sentence = text.trim_end().char_indices().next_back().map_or(0, |(i, _)| sentence_start(text, i));
        if !TOPIC_FRAME.is_match(text) || range.end > last_sentence {
            return make(&Says::Letters(letters), "option-text", Confidence::Inferred, range, false);
        }
    }
    Extraction { choice: None, rule: Cow::Borrowed("none"), confidence: None, evidence: None, span: None, normalized: None, conflicting: false }
}

impl Extraction {
    fn none(rule: &'static str, folded: &Folded<'_>, range: Range<usize>) -> Self {
        let range = tidy(&folded.text, range);
        let (start, end) = folded.char_span(range.clone());
        Extraction {
            choice: None,
            rule: Cow::Borrowed(rule),
            confidence: None,
            evidence: Some(folded.original(range.clone()).trim().to_owned()),
            span: Some([start, end]),
            normalized: Some(folded.text[range].trim().to_owned()),
            conflicting: false,
        }
    }
}

/// Where the text after the last of `marks` in `text` begins (0 with none): past the whole
/// mark, which may be several bytes ('。').
pub(super) fn after_last(text: &str, marks: &[char]) -> usize {
    text.char_indices().rev().find(|(_, c)| marks.contains(c)).map_or(0, |(i, c)| i + c.len_utf8())
}

/// The last twelve characters of `text` before its trailing space: the evidence of a cut-off answer.
fn last_words(text: &str) -> Range<usize> {
    let tail = text.trim_end();
    tail.char_indices().rev().nth(11).map_or(0, |(i, _)| i)..tail.len()
}

/// A statement's range without the punctuation and spaces a pattern matched around it.
fn tidy(text: &str, range: Range<usize>) -> Range<usize> {
    let piece = &text[range.clone()];
    let skip = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '。' | '、' | '—' | '–' | '-');
    let start = range.start + (piece.len() - piece.trim_start_matches(skip).len());
    let end = range.end - (piece.len() - piece.trim_end_matches(char::is_whitespace).len());
    if start < end { start..end } else { range }
}

/// The last sentence names one option letter and denies it nothing: "Having weighed it, B it
/// is.", "That leaves D.", 我认定B。, 定案B — whatever the verb. Questions, cut-off answers
/// and letters that are part of a name (vitamin C, 维生素C, Plan B) do not count.
fn final_sentence(text: &str) -> Option<Statement> {
    static LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"[(\["']?[ \t]*[A-Ha-h][ \t]*[)\]"']?"#).expect("valid"));
    static NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:the|vitamin|plan|type|grade|class|group|hepatitis|section|part|appendix|exhibit|size|model|blood|team|row|seat|room|素|维他命|型|第|号|区|栋|座|楼|组)\s*$").expect("valid")
    });
    static DENIED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:(?:and|or|,|和|、)\s*[A-H]\s+)?(?:项|选项)?\s*(?:也|都|亦|就)?\s*(?:(?:is|are)\s+(?:wrong|incorrect|false|out)|isn't|is\s+not|are\s+wrong|was\s+wrong|错|不对|不正确|唔啱|唔对|系错|是错|排除|唔得|不行|唔掂|不成立)").expect("valid")
    });
    static WORD_AFTER_OK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s+(?:it|then|here|for|on|is|please|again|definitely|probably|seems|looks|wins|fits|stands|remains|and|or)\b").expect("valid")
    });
    static VERDICT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*[)\].:：、]?\s*(?:项|选项)?\s*(?:说法)?\s*(?:正确|错误|不正确|不对|对|错|啱|唔啱|correct|incorrect|true|false|wrong|right|is\s+(?:correct|wrong|right|true|false))").expect("valid")
    });
    if cut_off(text) {
        return None;
    }
    // An answer that stops without closing its sentence may be cut off: only a short last
    // sentence ("我认定B") counts then.
    let trimmed = text.trim_end();
    let closed = trimmed.ends_with(['.', '。', '!', '！', ')', '）', ']', '"', '\'', '*']);
    let last_sentence_chars = trimmed.chars().rev().take_while(|c| !matches!(c, '.' | '。' | '!' | '?' | '\n')).count();
    if !closed && last_sentence_chars > 12 {
        return None;
    }
    let tail = trimmed.trim_end_matches(['.', '。', '!', '！', ')', '）']);
    if tail.ends_with(['?', '？']) {
        return None;
    }
    let start = after_last(tail, &['.', '。', '!', '?', '！', '？', '\n']);
    let sentence = &text[start..tail.len()];
    static DISCUSSING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)先看|来看|看看|分析|逐项|逐个|look\s+at|consider|examine|check\s+each|go\s+through").expect("valid")
    });
    if strong_hedges(sentence).next().is_some() || HEDGE.is_match(sentence) || DISCUSSING.is_match(sentence) {
        return None;
    }
    let mut named: Vec<(Range<usize>, char)> = Vec::new();
    let mut judged = 0;
    for m in LETTER.find_iter(sentence) {
        let lead = m.as_str().len() - m.as_str().trim_start().len();
        let range = start + m.start() + lead..start + m.end();
        let Some(end) = answer_letters_end(text, range.start, range.end) else { continue };
        let piece = &text[range.start..end];
        // An option-by-option verdict ("A项正确，B项错误") or a restated option ("D) Argon – …").
        if VERDICT_AFTER.is_match(&text[end..]) {
            judged += 1;
        }
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..range.start].trim().is_empty() && piece.ends_with([')', '.', ':']) && text[end..].starts_with(|c: char| !c.is_whitespace() || c == ' ') {
            continue;
        }
        if text[end..].trim_start_matches(' ').starts_with([':', '：']) || text[end..].starts_with("选项") || text[end..].starts_with("项") {
            continue;
        }
        let bare = !piece.ends_with([')', ']', '"', '\'']);
        let letter = piece.chars().find(char::is_ascii_alphabetic)?;
        if bare && letter.is_ascii_lowercase() {
            continue;
        }
        // A bare capital before a lowercase word is an article or a name: "A plant", "C major".
        let after = &text[end..];
        if bare && after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_ascii_lowercase()) && !WORD_AFTER_OK.is_match(after) {
            continue;
        }
        if NAME_BEFORE.is_match(&text[..range.start]) || DENIED_AFTER.is_match(after) || negated(text, range.start) || reported(text, range.start) {
            continue;
        }
        named.push((range.start..end, letter.to_ascii_uppercase()));
    }
    if judged >= 2 {
        return None;
    }
    let mut letters: Vec<char> = named.iter().map(|(_, l)| *l).collect();
    letters.sort_unstable();
    letters.dedup();
    let [letter] = letters[..] else { return None };
    let (range, _) = named.last()?;
    Some(Statement { range: range.clone(), says: Says::Letters(vec![letter]), class: Confidence::Decision, rule: "final-sentence" })
}

/// Every statement of a choice the answer makes, in no particular order.
fn statements(text: &str, lower: &str, options: Options<'_>, offered: &[char]) -> Vec<Statement> {
    let mut found = Vec::new();
    for (rule, class, regex) in STATEMENTS.iter() {
        for captures in regex.captures_iter(text) {
            let Some(whole) = captures.get(0) else { continue };
            let Some(letters) = (1..captures.len()).rev().find_map(|i| captures.get(i)) else { continue };
            let Some(end) = answer_letters_end(text, letters.start(), letters.end()) else { continue };
            if negated(text, whole.start()) || reported(text, whole.start()) || DENIED_BY_VERDICT.is_match(&text[end..]) {
                continue;
            }
            // "so C marks the end": a letter as the subject of a sentence about it.
            if *rule == "en:so" && SUBJECT_OF.is_match(&text[end..]) {
                continue;
            }
            let says = letters_of(&text[letters.start()..end]);
            found.push(Statement { range: whole.start()..end.max(whole.start()), says: Says::Letters(says), class: *class, rule });
        }
    }
    found.extend(standalone(text, lower, options));
    found.extend(ordinals(text, offered.len()));
    found.extend(summaries(text, options, offered));
    if let Some((range, letter)) = texts::explicit_option_text(lower, options)
        && !negated(text, range.start)
    {
        found.push(Statement { range, says: Says::Letters(vec![letter]), class: Confidence::Explicit, rule: "option-text-stated" });
    }
    found.extend(complements(text, offered));
    // The last sentence's letter counts only when nothing says "answer" and no other
    // statement reaches into that sentence.
    if let Some(last) = final_sentence(text)
        && found.iter().all(|s| s.class != Confidence::Explicit && s.range.end <= sentence_start(text, last.range.start))
    {
        found.push(last);
    }
    found
}

/// Where the sentence holding `at` starts.
fn sentence_start(text: &str, at: usize) -> usize {
    after_last(&text[..at], &['.', '。', '!', '?', '！', '？', '\n'])
}

/// In a single-answer question, naming every option but "All of the above" means that one.
fn every_other_means_all(letters: &[char], options: Options<'_>, offered: &[char]) -> Option<Vec<char>> {
    if options.multi || letters.len() < 2 {
        return None;
    }
    let all = texts::summary_option(options, Summary::All)?;
    let others: Vec<char> = offered.iter().copied().filter(|c| *c != all).collect();
    let mut named = letters.to_vec();
    named.sort_unstable();
    (named == others).then(|| vec![all])
}

/// 不是B, "not B", 答案不是: the statement is denied.
pub(super) fn negated(text: &str, start: usize) -> bool {
    let before: String = text[..start].chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
    let before = before.trim_end().to_ascii_lowercase();
    before.ends_with('不') || before.ends_with("不是") || before.ends_with('非') || before.ends_with('唔') || before.ends_with("not") || before.ends_with("n't") || before.ends_with("没")
}

/// A statement in a sentence about what others choose, or a supposition.
pub(super) fn reported(text: &str, start: usize) -> bool {
    let clause = after_last(&text[..start], &['。', '.', '!', '?', '\n', ';', ',', '，']);
    let sentence = after_last(&text[..start], &['。', '.', '!', '?', '\n', ';']);
    REPORTED.is_match(&text[clause..start]) || CONDITIONAL.is_match(&text[sentence..start])
}

/// A line that is only letters (`**D**`, `( c )`, `A+C+E`), an answer that opens with a
/// letter (`B。`, `［Ｄ］ DROP TABLE…`, `A、C、D 都係…`), or one that ends on one (`…, D。`,
/// `…: **C. The Enlightenment**`).
fn standalone(text: &str, lower: &str, options: Options<'_>) -> Vec<Statement> {
    static LINE: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?m)^\s*(?:#+\s*)?(?:[-*>]\s+)?[*_]?(?:answer\s*:|选项|(?i:option))?\s*LETTERS\s*(?:项|选项)?\s*[*_]?\s*(?:\([^)\n]*[\x{3400}-\x{9fff}][^)\n]*\))?\s*[.。!]?\s*$"));
    static OPENING_ONE: LazyLock<Regex> = LazyLock::new(|| pattern(r#"^\s*(?:#+\s*|>\s*)?([(\[]?[A-H][)\]]?)\s*(?:[.。:、,!]|\s[—–-]|\s*\n|\s*$)"#));
    static OPENING_QUOTED: LazyLock<Regex> = LazyLock::new(|| pattern(r#"^\s*(?:#+\s*)?(?:选项|(?i:option)\s*)?QUOTED"#));
    static OPENING_LIST: LazyLock<Regex> = LazyLock::new(|| pattern(r"^\s*LETTERS\s*(?:[—–-]|[.。:、,]|\s*[\x{3400}-\x{9fff}])"));
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| pattern(r"^(?i:option\s+)?LETTERS\s*[.。!]?\s*$"));
    static CLOSING_CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)(?:[.。!?,:;—–-]|^|\b(?:are|is|be|definitely|certainly|surely|clearly|obviously|then|so|thus|hence)|是|为|系|就)\s*$"#).expect("valid")
    });
    static VERDICT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:[:.、,]\s*(?:项|选项)?\s*(?:说法)?\s*(?:正确|错误|不正确|不对|对|错|啱|唔啱|correct|incorrect|true|false|wrong|right|is\s|are\s)|(?:项|选项)?\s*(?:说法)?\s*(?:错误|不正确|不对|错|唔啱|incorrect|false|wrong|is\s+(?:wrong|incorrect|false)))").expect("valid")
    });
    // Lines that open with two different option letters ("A. Dolphin — …", "B. Bat — …")
    // restate the options: the first of them is no choice.
    static LISTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?m)^\s*[(\[]?([A-H])[)\].:、]").expect("valid"));
    let mut listed: Vec<&str> = LISTED.captures_iter(text).filter_map(|c| c.get(1)).map(|m| m.as_str()).collect();
    listed.dedup();
    let restates_options = { listed.sort_unstable(); listed.dedup(); listed.len() >= 2 };
    let mut found = Vec::new();
    let mut push = |range: Range<usize>, letters: &str, rule: &'static str| {
        let says = letters_of(letters);
        if !says.is_empty() && says.len() <= 8 {
            found.push(Statement { range, says: Says::Letters(says), class: Confidence::Decision, rule });
        }
    };
    let next_item = |at: usize, letters: &str| matches!(letters_of(letters)[..], [letter] if next_list_item(text, at, letter));
    for captures in LINE.captures_iter(text) {
        if let (Some(whole), Some(letters)) = (captures.get(0), captures.get(1))
            && answer_letters_end(text, letters.start(), letters.end()) == Some(letters.end())
            && !next_item(whole.start(), letters.as_str())
        {
            push(whole.range(), letters.as_str(), "standalone-letter");
        }
    }
    let opening = [&*OPENING_QUOTED, &*OPENING_LIST, &*OPENING_ONE].into_iter().find_map(|regex| {
        let captures = regex.captures(text)?;
        let letters = captures.get(1)?;
        let list = letters_of(letters.as_str()).len() > 1;
        let end = answer_letters_end(text, letters.start(), letters.end())?;
        // "A：錯" is a verdict on A, not a choice of it.
        (!VERDICT_AFTER.is_match(&text[end..]) && (list || !std::ptr::eq(regex, &*OPENING_LIST))).then(|| (letters.start()..end, text[letters.start()..end].to_owned()))
    });
    // A one-line answer that is a letter and its option: "D) Ottawa", "(b) mitosis".
    static LETTER_AND_TEXT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\(?([A-H])(?:[).:]\s+|\)\s*)[^\n]{1,60}$").expect("valid"));
    let opening = opening.or_else(|| {
        let captures = LETTER_AND_TEXT.captures(text.trim())?;
        let letter = captures.get(1)?;
        let start = text.len() - text.trim_start().len() + letter.start();
        (!VERDICT_AFTER.is_match(&text[start + 1..])).then(|| (start..start + 1, letter.as_str().to_owned()))
    });
    // "C和D需要仔细比较", "B and C are close": the options weighed next, not chosen.
    static WEIGHED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[^。.!?\n]{0,12}?(?:比较|对比|区分|取舍|难分|难以|拿不准|之间|都像|都有可能|需要再|要再|compare|comparing|close\s+call|are\s+close|both\s+(?:look|seem|sound)|tricky|between)").expect("valid")
    });
    let opening = opening.filter(|(range, letters)| letters_of(letters).len() < 2 || !(WEIGHED.is_match(&text[range.end..]) || ELIMINATED_IN_SENTENCE.is_match(&text[range.end..])));
    if let Some((range, letters)) = opening.filter(|_| !restates_options) {
        push(range, &letters, "opening-letter");
    }
    // The answer ends on letters after punctuation or a copula: "…, D。", "…are B, C and E.",
    // "Definitely \"A\"." — the leftmost start, so a list is taken whole.
    // Checkboxes ("- [x] A") and bulleted letters with a gloss ("- B（list）"): every one ticked.
    static CHECKED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?m)(?:^\s*[-*]?\s*\[([xX✓✔])\]|[☑✅✔✓])\s*\(?([A-H])\b").expect("valid"));
    static BULLETED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?m)^\s*[-*•]\s*([A-H])\s*(?:\([^)\n]*\))?\s*[.。]?\s*$").expect("valid"));
    for regex in [&*CHECKED, &*BULLETED] {
        let mut letters = Vec::new();
        let mut span: Option<Range<usize>> = None;
        for captures in regex.captures_iter(text) {
            let (Some(whole), Some(letter)) = (captures.get(0), captures.get(captures.len() - 1)) else { continue };
            if letter.as_str().chars().next().is_some_and(|l| next_list_item(text, whole.start(), l)) {
                continue;
            }
            letters.push(letter.as_str().chars().next().unwrap_or('A'));
            span = Some(span.map_or(whole.range(), |s| s.start..whole.end()));
        }
        if let Some(range) = span {
            push(range, &letters.iter().collect::<String>(), "ticked");
        }
    }
    let tail = texts::restated_at_end(lower, options).map_or(text.trim_end(), |end| &text[..end]);
    let from = tail.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    let closing = tail[from..].char_indices().map(|(i, _)| from + i).find_map(|start| {
        if tail[..start].ends_with(|c: char| c.is_ascii_alphanumeric()) {
            return None;
        }
        let captures = CLOSING.captures(&tail[start..])?;
        let letters = captures.get(1)?;
        let (letters_start, letters_end) = (start + letters.start(), start + letters.end());
        let end = answer_letters_end(text, letters_start, letters_end)?;
        (end == letters_end && CLOSING_CUE.is_match(&tail[..start]) && !negated(text, letters_start) && !next_item(start, &tail[letters_start..end])).then(|| (start..tail.len(), tail[letters_start..end].to_owned()))
    });
    if let Some((range, letters)) = closing {
        push(range, &letters, "closing-letter");
    }
    found
}

/// 以上都对 / "All of the above" / 全选, and "None of the above" / 以上皆非: the option that
/// says so when there is one; every option for "all" in a multiple-answer question; no
/// answer for "none" when no option says so.
fn summaries(text: &str, options: Options<'_>, offered: &[char]) -> Vec<Statement> {
    static EVERY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)全选|全部(?:都)?选|选全部|四个都选|全部都?(?:是|对|正确|啱|系)|(?:四|三|五)(?:个|项)都(?:是|对|正确)|all\s+of\s+them|every\s+one\s+of\s+them|all\s+(?:four|three|five)\s+(?:are|of)").expect("valid")
    });
    static DENIED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)^["'\]]*\s*(?:也|都|亦)?\s*(?:不成立|不对|不正确|错|唔啱|is\s+wrong|isn't|is\s+not|doesn't|fails|can't\s+be)"#).expect("valid")
    });
    let mut found = Vec::new();
    let all_option = texts::summary_option(options, Summary::All);
    let none_option = texts::summary_option(options, Summary::None);
    let denied = |range: &Range<usize>| negated(text, range.start) || DENIED_AFTER.is_match(&text[range.end..]);
    for m in ALL_OF_THEM.find_iter(text) {
        let range = m.range();
        if denied(&range) {
            continue;
        }
        let says = match all_option {
            Some(letter) => Says::Letters(vec![letter]),
            None if options.multi => Says::Letters(offered.to_vec()),
            None => continue,
        };
        found.push(Statement { range, says, class: Confidence::Decision, rule: "all-of-the-above" });
    }
    if options.multi && all_option.is_none() {
        for m in EVERY.find_iter(text) {
            if !denied(&m.range()) {
                found.push(Statement { range: m.range(), says: Says::Letters(offered.to_vec()), class: Confidence::Decision, rule: "all-of-them" });
            }
        }
    }
    for m in NONE_OF_THEM.find_iter(text) {
        let says = match none_option {
            Some(letter) => Says::Letters(vec![letter]),
            None => Says::NoneOfThem,
        };
        found.push(Statement { range: m.range(), says, class: Confidence::Explicit, rule: "none-of-the-above" });
    }
    found
}

/// "All except B and D", 除了C以外都不是, 除了A其余都对.
fn complements(text: &str, offered: &[char]) -> Vec<Statement> {
    static EXCEPT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\ball\s+(?:of\s+them\s+|options\s+)?(?:except|but)\s+(?:for\s+)?LETTERS"));
    static BESIDES_ALL: LazyLock<Regex> = LazyLock::new(|| pattern(r"除了?\s*(?:选项)?\s*LETTERS\s*(?:以外|之外|外)?\s*[,，]?\s*(?:其他|其余|其它|剩下)?(?:的|嘅)?(?:选项)?\s*(?:都|均|全)(?:是|系|对|正确|符合|啱)"));
    static BESIDES_NONE: LazyLock<Regex> = LazyLock::new(|| pattern(r"除了?\s*(?:选项)?\s*LETTERS\s*(?:以外|之外|外)?\s*[,，]?\s*(?:其他|其余|其它|剩下)?(?:的|嘅)?(?:选项)?\s*(?:都|均|全)(?:不|唔|错|非)"));
    let mut found = Vec::new();
    for (regex, keep) in [(&*EXCEPT, false), (&*BESIDES_ALL, false), (&*BESIDES_NONE, true)] {
        for captures in regex.captures_iter(text) {
            let (Some(whole), Some(letters)) = (captures.get(0), captures.get(1)) else { continue };
            let named = letters_of(letters.as_str());
            let says: Vec<char> = if keep { named } else { offered.iter().copied().filter(|c| !named.contains(c)).collect() };
            if !says.is_empty() {
                found.push(Statement { range: whole.range(), says: Says::Letters(says), class: Confidence::Decision, rule: "all-except" });
            }
        }
    }
    found
}

/// A letter standing on its own somewhere: the answer named another option.
static OTHER_LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^A-Za-z])[A-H](?:[^A-Za-z]|$)").expect("valid"));

/// Words that name an option in passing: 也就是 C, 即係 A, 对应 D.
static GLOSS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:也就是|亦即|即是|即系|即|对应(?:的是)?|也就系)\s*(?:选项)?\s*[(\[]?\s*[A-H]?$").expect("valid"));

/// Taking a choice back: 不对, 等等, 让我再想想, "wait", "scratch that" — at a clause start,
/// so "A不对" (a verdict on A) is not one.
static RETRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[，,。.;；!！?？\s—–…嗯哦啊呃-])\s*(?:不对|唔啱|唔对|不是这样|错了|等等|等一下|等阵|且慢|再想想|重新想|让我再|再谂|谂多次|作废|(?:我)?收回|(?:我)?(?:头先|刚才|之前|前面)?(?:看错|睇错|搞错|弄错|算错|记错|说错|讲错)|\bwait\b|hold\s+on|actually,?\s+no\b|no,?\s+wait|hmm,?\s+no\b|scratch\s+that|my\s+mistake|take\s+(?:that|it)\s+back|retract|(?:i'?m|i\s+am|i\s+was)\s+(?:mixing|confusing|wrong)|on\s+second\s+thought|let\s+me\s+(?:reconsider|rethink|think\s+again|redo|recalculate))").expect("valid")
});

/// An answer that ends on the words that lead to a choice: 应该是, 答案是, "the answer is".
static DANGLING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:应该是|应是|应为|应选|答案是|答案为|答案系|应该系|改选|改为|就是|是|系|选|揀|拣|answer\s+is|should\s+be|it'?s|must\s+be|go\s+with|pick|choose|[:：])\s*$").expect("valid")
});

/// A last word that joins to what never came: "接着看C和", "between them the".
static JOINING_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:和|与|同|或|或者|还是|及|以及|跟|而|但|(?:^|[^a-z])(?:and|or|versus|vs|the|of|between|but|than|whether|because|is|are))\s*$").expect("valid")
});

/// Whether `letter` at `at` is the next item of an option-by-option list: a bare letter on the
/// line after "B. 错误，…" is the label of the item the answer was cut off in, not a choice.
fn next_list_item(text: &str, at: usize, letter: char) -> bool {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:[-*•]\s*)?[(\[]?([A-H])(?:[)\].:、]|\s)\s*\S").expect("valid"));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let previous = text[..line_start].trim_end().lines().next_back().unwrap_or("");
    ITEM.captures(previous).and_then(|c| c.get(1)).and_then(|m| m.as_str().chars().next()).is_some_and(|c| c as u32 + 1 == letter as u32)
}

/// An answer that stops mid-reasoning: on a comma, colon, operator or open bracket, or a
/// long last line with no closing punctuation.
fn cut_off(text: &str) -> bool {
    static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\n)\s*(?:[-*•]\s*)?[(\[]?([A-H])[)\].:、]?\s*$").expect("valid"));
    let tail = text.trim_end();
    let Some(last) = tail.chars().next_back() else { return false };
    if let Some(label) = BARE_LABEL.captures(tail).and_then(|c| c.get(1))
        && label.as_str().chars().next().is_some_and(|letter| next_list_item(text, label.start(), letter))
    {
        return true;
    }
    if matches!(last, ',' | ':' | '=' | '、' | ';' | '(' | '[' | '-' | '—' | '–' | '+' | '×' | '→' | '，' | '：') || JOINING_END.is_match(tail) {
        return true;
    }
    let last_line = tail.lines().next_back().unwrap_or("").trim();
    let closed = matches!(last, '.' | '。' | '!' | '?' | ')' | ']' | '"' | '\'' | '…' | '~' | '！' | '？') || !last.is_alphanumeric();
    !closed && ((last_line.chars().count() >= 8 && tail.chars().count() >= 20) || tail.lines().filter(|l| !l.trim().is_empty()).count() >= 3)
}

/// Option-by-option verdicts: the options marked right (or, for a question that asks for the
/// wrong statement, those marked wrong); needs verdicts on two options at least.
fn verdicts(text: &str, offered: &[char]) -> Option<(Vec<char>, Range<usize>)> {
    let mut positive: Vec<char> = Vec::new();
    let mut negative: Vec<char> = Vec::new();
    let mut span: Option<Range<usize>> = None;
    for captures in VERDICT.captures_iter(text) {
        let (Some(whole), Some(letter), Some(verdict)) = (captures.get(0), captures.get(1), captures.get(2)) else { continue };
        let letter = letter.as_str().chars().next()?.to_ascii_uppercase();
        if !offered.contains(&letter) {
            continue;
        }
        let good = matches!(verdict.as_str().to_lowercase().as_str(), "正确" | "对" | "啱" | "√" | "✔" | "✓" | "correct" | "true" | "right");
        let (list, other) = if good { (&mut positive, &mut negative) } else { (&mut negative, &mut positive) };
        other.retain(|&c| c != letter);
        if !list.contains(&letter) {
            list.push(letter);
        }
        span = Some(span.map_or(whole.range(), |s| s.start..whole.end()));
    }
    if positive.len() + negative.len() < 2 {
        return None;
    }
    let chosen = if NEGATIVE_QUESTION.is_match(text) { negative } else { positive };
    (!chosen.is_empty()).then(|| (chosen, span.unwrap_or(0..0)))
}

/// Eliminations or denials that leave exactly one option.
fn eliminated_all_but_one(text: &str, offered: &[char]) -> Option<(char, Range<usize>)> {
    let mut eliminated: Vec<char> = Vec::new();
    let mut span: Option<Range<usize>> = None;
    for regex in ELIMINATION.iter() {
        for captures in regex.captures_iter(text) {
            let Some(whole) = captures.get(0) else { continue };
            for letters in (1..captures.len()).filter_map(|i| captures.get(i)) {
                if answer_letters_end(text, letters.start(), letters.end()).is_some() {
                    eliminated.extend(letters_of(letters.as_str()));
                }
            }
            span = Some(span.map_or(whole.range(), |s| s.start.min(whole.start())..s.end.max(whole.end())));
        }
    }
    let left: Vec<char> = offered.iter().copied().filter(|c| !eliminated.contains(c)).collect();
    (!eliminated.is_empty() && left.len() == 1).then(|| (left[0], span.unwrap_or(0..0)))
}

/// "The remaining option": all options but one are discussed, and the answer says the one
/// left is right (剩下的那一项 / "except the remaining option").
fn remaining_option(text: &str, lower: &str, offered: &[char], options: Options<'_>) -> Option<(char, Range<usize>)> {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)剩下的(?:那)?(?:一)?(?:项|个)|唯一剩下|剩余的(?:那)?(?:一)?(?:项|个)|(?:except|but) the remaining|the remaining option|the only option left|the one left").expect("valid")
    });
    let cue = CUE.find(text)?;
    static MENTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([A-H])\)|([A-H])项").expect("valid"));
    let mut mentioned: Vec<char> = MENTION
        .captures_iter(text)
        .filter_map(|c| c.get(1).or(c.get(2)))
        .filter_map(|m| m.as_str().chars().next())
        .collect();
    mentioned.extend(texts::occurrences(lower, options).into_iter().map(|(_, letter)| letter));
    let left: Vec<char> = offered.iter().copied().filter(|c| !mentioned.contains(c)).collect();
    (left.len() == 1).then(|| (left[0], cue.range()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(answer: &str) -> Option<String> {
        extract(answer, Options { letters: "ABCD", texts: None, multi: false }).choice
    }

    /// `pick` for a question whose options A–D read `texts`.
    fn pick_among(texts: [&str; 4], answer: &str) -> Option<String> {
        let texts: BTreeMap<String, String> = ["A", "B", "C", "D"].into_iter().zip(texts).map(|(l, t)| (l.to_owned(), t.to_owned())).collect();
        extract(answer, Options { letters: "ABCD", texts: Some(&texts), multi: false }).choice
    }

    #[test]
    fn explicit_statements() {
        assert_eq!(pick("光合作用发生在叶绿体中。答案是B。").as_deref(), Some("B"));
        assert_eq!(pick("所以答案选（Ｂ）。").as_deref(), Some("B"));
        assert_eq!(pick("The answer is (A).").as_deref(), Some("A"));
        assert_eq!(pick("**Answer: C**").as_deref(), Some("C"));
        assert_eq!(pick("x = 4, so \\boxed{D}").as_deref(), Some("D"));
        assert_eq!(pick("答案：BD").as_deref(), Some("BD"));
    }

    fn read(answer: &str) -> Extraction {
        extract(answer, Options { letters: "ABCD", texts: None, multi: false })
    }

    /// The phrasings teachers read at a glance, one or more per family, in all three scripts.
    #[test]
    fn every_family_of_phrasing_reads() {
        let cases: &[(&str, &str, Confidence)] = &[
            ("我选B", "B", Confidence::Decision),
            ("我揀B", "B", Confidence::Decision),
            ("就选A吧", "A", Confidence::Decision),
            ("I'd pick C.", "C", Confidence::Decision),
            ("想了想还是B", "B", Confidence::Decision),
            ("諗咗一陣，都係B", "B", Confidence::Decision),
            ("最后我决定选A。", "A", Confidence::Decision),
            ("On reflection, B.", "B", Confidence::Decision),
            ("【Ｂ】", "B", Confidence::Decision),
            ("[ C ]", "C", Confidence::Decision),
            ("（ａ）", "A", Confidence::Decision),
            ("正確選項是C。", "C", Confidence::Explicit),
            ("答案係D", "D", Confidence::Explicit),
            ("正確嘅係 B", "B", Confidence::Explicit),
            ("應選 A", "A", Confidence::Decision),
            ("答案是「C」", "C", Confidence::Explicit),
            ("I'd go with ‘A’.", "A", Confidence::Decision),
            (r#"The answer is "d"."#, "D", Confidence::Explicit),
            ("I believe it's option 'c'.", "C", Confidence::Decision),
            ("解：C", "C", Confidence::Explicit),
            ("答案→B", "B", Confidence::Explicit),
            ("Ans - d", "D", Confidence::Explicit),
            ("第四个", "D", Confidence::Ordinal),
            ("最后一项。", "D", Confidence::Ordinal),
            ("The first one.", "A", Confidence::Ordinal),
            ("I'd go with the last option.", "D", Confidence::Ordinal),
            (r"\boxed{\text{B}}", "B", Confidence::Explicit),
            (r"The answer is $\mathrm{C}$.", "C", Confidence::Explicit),
            ("**Answer: C**", "C", Confidence::Explicit),
            ("Answer: `C`", "C", Confidence::Explicit),
            ("It isn't B — D.", "D", Confidence::Decision),
            ("不是B而是D", "D", Confidence::Decision),
            ("排除A、B，剩下C。", "C", Confidence::Decision),
        ];
        for (answer, expected, class) in cases {
            let got = read(answer);
            assert_eq!(got.choice.as_deref(), Some(*expected), "{answer}: {got:?}");
            assert_eq!(got.confidence, Some(*class), "{answer}: {got:?}");
        }
    }

    #[test]
    fn evidence_is_in_the_answers_own_characters_with_its_span() {
        let answer = "想咗好耐，答案係【 Ｄ 】。";
        let got = read(answer);
        assert_eq!(got.choice.as_deref(), Some("D"));
        let evidence = got.evidence.clone().unwrap();
        assert!(evidence.contains("答案係【 Ｄ 】") || evidence.contains("答案係【 Ｄ"), "{evidence}");
        let [start, end] = got.span.unwrap();
        let shown: String = answer.chars().skip(start).take(end - start).collect();
        assert_eq!(shown, evidence);
        assert!(got.normalized.unwrap().contains("答案系[ D"), "the rules read folded text");
    }

    #[test]
    fn all_or_none_of_the_above_maps_to_the_option_that_says_so() {
        let texts: BTreeMap<String, String> =
            [("A", "春节"), ("B", "端午节"), ("C", "中秋节"), ("D", "以上都是")].map(|(l, t)| (l.to_owned(), t.to_owned())).into();
        let options = Options { letters: "ABCD", texts: Some(&texts), multi: false };
        assert_eq!(extract("三个都是传统节日，以上都对。", options).choice.as_deref(), Some("D"));
        assert_eq!(extract("以上皆是。", options).choice.as_deref(), Some("D"));
        let plain: BTreeMap<String, String> =
            [("A", "2"), ("B", "3"), ("C", "5"), ("D", "7")].map(|(l, t)| (l.to_owned(), t.to_owned())).into();
        let multi = Options { letters: "ABCD", texts: Some(&plain), multi: true };
        assert_eq!(extract("全部都是質數，全選。", multi).choice.as_deref(), Some("ABCD"));
        let single = Options { letters: "ABCD", texts: Some(&plain), multi: false };
        assert_eq!(extract("以上都是。", single).choice, None, "no option says so");
    }

    #[test]
    fn hedges_after_a_pick_and_conflicts_go_to_review() {
        let hedged = read("答案是A或B，我拿不准。");
        assert_eq!(hedged.choice, None);
        assert!(hedged.needs_review());
        let resolved = read("I hesitated between A and C. After thinking about it: C.");
        assert_eq!(resolved.choice.as_deref(), Some("C"));
        let conflicting = read("答案是B。\nA项正确，B项错误，C项错误，D项错误。");
        assert_eq!(conflicting.choice.as_deref(), Some("B"));
        assert!(conflicting.conflicting && conflicting.needs_review(), "verdicts point to A");
        assert!(!read("The answer is C.").needs_review());
        // A choice only inferred from the reasoning is read by a person too.
        let inferred = read("A项错误，B项正确，C项错误，D项错误。");
        assert_eq!((inferred.choice.as_deref(), inferred.confidence), (Some("B"), Some(Confidence::Inferred)));
        assert!(inferred.needs_review() && !inferred.conflicting);
    }

    #[test]
    fn what_others_choose_and_cut_off_reasoning_choose_nothing() {
        assert_eq!(pick("很多人会选A，但其实应该选C。").as_deref(), Some("C"));
        assert_eq!(pick("Many people pick B here."), None);
        let texts: BTreeMap<String, String> =
            [("A", "1894"), ("B", "1898"), ("C", "1900"), ("D", "1840")].map(|(l, t)| (l.to_owned(), t.to_owned())).into();
        let options = Options { letters: "ABCD", texts: Some(&texts), multi: false };
        assert_eq!(extract("逐一看年份：甲午战争是1894年，戊戌变法是1898年，鸦片战争是18", options).choice, None);
    }

    /// Answers that talk about the options without choosing one: no pick, however much they name.
    #[test]
    fn discussing_options_is_not_choosing_one() {
        let texts: BTreeMap<String, String> =
            [("A", "汞"), ("B", "铁"), ("C", "钠"), ("D", "铝")].map(|(l, t)| (l.to_owned(), t.to_owned())).into();
        let options = Options { letters: "ABCD", texts: Some(&texts), multi: false };
        let read = |answer: &str| extract(answer, options).choice;
        // Several options described side by side.
        assert_eq!(read("这题考金属的性质。钠很活泼，能和水剧烈反应；铝表面有致密的氧化膜。"), None);
        // One option named, or the others brought in as its foil, is a choice.
        assert_eq!(read("常温下是液体的金属只有汞。").as_deref(), Some("A"));
        assert_eq!(read("汞在常温下呈液态；铁则要到一千五百多度才熔化。").as_deref(), Some("A"));
        // An explanation of the question's topic names options without answering.
        assert_eq!(read("这道题考查的是金属的活动性。汞常温下是液体，铁会生锈。"), None);
        assert_eq!(read("这道题考查的是金属的状态：常温下是液体的只有汞。").as_deref(), Some("A"));
        assert_eq!(read("钠和铝都常见，不同教材说法不一，并没有标准答案。"), None);
        // As others see it is not as the answer says: 很多人以为是钠.
        assert_eq!(read("是汞，很多人以为是钠。").as_deref(), Some("A"));
        // The answer says it cannot tell.
        assert_eq!(read("一般说是铝，但也有教材写铁，很难说哪个选项完全对。"), None);
        assert_eq!(pick("It is B by one reading and D by another; the question doesn't say which."), None);
        // Letters weighed next, not chosen.
        assert_eq!(pick("B和C需要仔细比较。先看B：它说的是"), None);
        assert_eq!(pick("B and C are close; let me look at each."), None);
        // An option-by-option list cut off at the next item's label.
        assert_eq!(pick("逐项看：\nA. 错误，单位不对；\nB. 错误，方向反了；\nC."), None);
        assert_eq!(pick("Going through them:\nA) wrong, the sign is flipped\nB)"), None);
        assert_eq!(pick("## 分析\n- A 超时：服务器没回应\n- B"), None);
        // Stopped on a joining word right after the letters.
        assert_eq!(pick("对比之后，答案应该是 B 还是"), None);
        assert_eq!(pick("A 不对。\n接着看 B 和"), None);
        // Letters denied, weighed or left open are no choice.
        assert_eq!(pick("Rates rise, so C is clearly wrong, and B is out too. That leaves A and"), None);
        assert_eq!(pick("排除 A 和 D 之后，剩下的 B 和 C 都很接近。"), None);
        assert_eq!(pick("Both guidelines apply, so B and C could each be defended; I can't tell which one the exam wants."), None);
        assert_eq!(pick("So this comes down to A versus D."), None);
        assert_eq!(pick("Option C is the classic answer, but I'd rather flag the debate than commit to C."), None);
        assert_eq!(pick("两种读法都常见，B 是字面意思，所以这题我不好给出唯一的答案。"), None);
        assert_eq!(pick("严格说要用 were，口语里 was 也常见，所以 B 和 C 都说得过去吧。"), None);
        assert_eq!(pick("凯恩斯学派会倾向 A；货币学派会主张 B。"), None);
        assert_eq!(pick("C and D fail the test, which leaves A and B, and both have support."), None);
        assert_eq!(pick("Option A is the textbook reading, so I'm not sure which one the examiner wants."), None);
        assert_eq!(pick("A、B 都是病毒引起的，可以排除。"), None);
        assert_eq!(pick("1799 ends it, so C marks the end rather than the start."), None);
        assert_eq!(pick("C and D fail the test, which leaves B.").as_deref(), Some("B"));
        // ... while a choice after weighing still counts.
        assert_eq!(pick("I was torn between A and C, but the wording settles it: C, the second reading.").as_deref(), Some("C"));
        assert_eq!(pick("None of them is ideal; the most defensible choice among these is D.").as_deref(), Some("D"));
        assert_eq!(pick("Going with B. The other three fail the test.").as_deref(), Some("B"));
        assert_eq!(pick("D）胰岛素").as_deref(), Some("D"));
        // A letter alone on the last line after a list of verdicts is still a choice.
        assert_eq!(pick("A. 错误\nB. 错误\nC. 正确\n\nC"), Some("C".to_owned()));
    }

    #[test]
    fn the_last_statement_wins() {
        assert_eq!(pick("答案是A。不对，应该是C。所以应该是C。").as_deref(), Some("C"));
        assert_eq!(pick("So A. Wait: the correct choice is B.").as_deref(), Some("B"));
    }

    #[test]
    fn articles_pronouns_and_formulas_do_not_fire() {
        assert_eq!(pick("A plant cell has a wall. I think so."), None);
        assert_eq!(pick("Let A = 3 and B = 4, then C = 5."), None);
        assert_eq!(pick("Vitamin C deficiency causes scurvy."), None);
        assert_eq!(pick("The answer is a bit tricky."), None);
    }

    #[test]
    fn letters_not_offered_and_hedges_give_nothing() {
        assert_eq!(pick("The answer is E."), None);
        assert_eq!(pick("It could be A or B, I'm not sure."), None);
        assert_eq!(pick("以上都不对。"), None);
    }

    /// A choice taken back with nothing after it, or cut off before the new one, is no choice;
    /// one taken back and restated is.
    #[test]
    fn a_retraction_without_a_new_choice_gives_nothing() {
        assert_eq!(pick("答案是 C，不对，让我再想想，应该是"), None);
        assert_eq!(pick("答案係 B。等等，唔啱。"), None);
        assert_eq!(pick("The answer is A. Wait, no, it should be"), None);
        assert_eq!(pick("答案是C，A不对。").as_deref(), Some("C"));
        assert_eq!(pick("The answer is A. Wait, let me check the units again: yes, that holds.").as_deref(), Some("A"));
        assert_eq!(pick("答案是A。不对，应该是C。").as_deref(), Some("C"));
    }

    /// A cut-off answer that named an option only in passing (a gloss, a place in a list of
    /// something else) had not chosen; one that stated its answer had.
    #[test]
    fn a_cut_off_answer_that_named_an_option_in_passing_gives_nothing() {
        assert_eq!(pick("401 表示未授权，也就是 C。\n因此 404 属于 4xx 客户端错误，它的意思是"), None);
        assert_eq!(pick("刑事案要去到毋庸置疑，即係 A 嗰個標準；民事案就寬鬆啲，法庭用嘅係"), None);
        assert_eq!(pick("答案是 C。\n因为 404 属于 4xx 客户端错误，它的意思是").as_deref(), Some("C"));
        assert_eq!(pick("答案係 A，奧爾德林……等等，佢係第二個踏落月面嘅，第一個應該係"), None);
        assert_eq!(pick("答案是 B。嗯不对，刚才那步有问题，前面的 B 作废，我重新算：第 10 项等于首项加上"), None);
    }

    #[test]
    fn an_ordinal_of_something_else_is_not_a_choice() {
        assert_eq!(pick("每次都选第一个元素作基准，划分会极不均匀。"), None);
        assert_eq!(pick("For FIFO the first element inserted is the first one removed."), None);
        assert_eq!(pick("Opposite over adjacent: the third one on the list.").as_deref(), Some("C"));
        assert_eq!(pick("Only the final option qualifies; the others are fossil fuels.").as_deref(), Some("D"));
        assert_eq!(pick("我选第二个。").as_deref(), Some("B"));
    }

    #[test]
    fn short_and_lowercase_closing_labels_read() {
        assert_eq!(pick("Choice 'A'. The minor can walk away from it.").as_deref(), Some("A"));
        assert_eq!(pick("adding them gives 8, thats option a, a trap\nso real growth is about 4\nanswer b").as_deref(), Some("B"));
        assert_eq!(pick("Cross off A, B and D, and only C survives.").as_deref(), Some("C"));
        assert_eq!(extract("True statements: A, B, D. C describes UDP.", Options { letters: "ABCD", texts: None, multi: true }).choice.as_deref(), Some("ABD"));
    }

    #[test]
    fn more_ways_to_commit_read() {
        assert_eq!(pick("C is the correct answer. scurvy comes from not getting enough vitamin c.").as_deref(), Some("C"));
        assert_eq!(pick("The letter you're after is “B”. 60–100 bpm is the range.").as_deref(), Some("B"));
        assert_eq!(pick("Marking B. Flushing with water comes first.").as_deref(), Some("B"));
        assert_eq!(pick("Let me lock in C. The ampere measures current.").as_deref(), Some("C"));
        assert_eq!(pick("用 'B' 就行：SELECT DISTINCT city FROM users;").as_deref(), Some("B"));
        assert_eq!(pick("选项\"A\"。不经过市场交易的活动一般不计入 GDP。").as_deref(), Some("A"));
        assert_eq!(pick("The final option on your list. Pluto is a dwarf planet now.").as_deref(), Some("D"));
        assert_eq!(pick("That'd be the third option listed — the lightest element.").as_deref(), Some("C"));
        let multi = Options { letters: "ABCD", texts: None, multi: true };
        assert_eq!(extract("Correct options: A, B and C.\n\nA fast heart rate, not a slow one, so D doesn't fit.", multi).choice.as_deref(), Some("ABC"));
        // A command-line flag is not a letter: `git switch -c`.
        assert_eq!(pick("答案：B\n\n`git checkout -b <name>`；新版本也可以用 `git switch -c`。").as_deref(), Some("B"));
    }

    #[test]
    fn answers_that_move_on_or_decline_after_naming_give_nothing() {
        assert_eq!(pick("冬天主要吹东北季风。\n\n所以B同C都同夏天降雨关系唔大。\n\n至于A同D，"), None);
        assert_eq!(pick("呢題我覺得A同B都講得通㗎喎。個農夫死守經驗，即係A講嘅「不知變通」。"), None);
        assert_eq!(pick("If you mean before the first flip, it's 1/8 (A); after two heads, it's 1/2 (B). The wording supports either."), None);
        assert_eq!(pick("I'll say C — tin is 52.\n\nWait, 52 is tellurium. I'll withdraw the C rather than guess."), None);
        assert_eq!(pick("所以这题的答案可能是 ACD，也可能是 ABCD。"), None);
        // A remark on scholarship after a stated answer leaves the answer standing.
        assert_eq!(pick("正确答案：C\n\n后四十回通常归于高鹗续写（学界对此仍有争论）。").as_deref(), Some("C"));
        // A ticked list is not an answer moving on to other letters.
        assert_eq!(pick("- [ ] A\n- [x] B\n- [ ] C\n- [ ] D").as_deref(), Some("B"));
    }

    #[test]
    fn a_letter_that_begins_a_word_is_not_a_choice() {
        assert_eq!(pick("选【A】。C 语言需要先编译再执行。").as_deref(), Some("A"));
        assert_eq!(pick("选【A】。B 超检查不用辐射。").as_deref(), Some("A"));
    }

    #[test]
    fn an_answer_ending_on_its_option_restated_chooses_it() {
        let read = |answer: &str| pick_among(["The Renaissance", "The Reformation", "The Enlightenment", "Romanticism"], answer);
        assert_eq!(read("Reason, rights, the social contract.\n\nSo I'm confident: **C. The Enlightenment**").as_deref(), Some("C"));
        assert_eq!(read("The options again: A) The Renaissance, B) The Reformation, C) The Enlightenment, D) Romanticism"), None);
    }

    /// Doubt in words no letter pattern sees: the answer names options but declines.
    #[test]
    fn declining_in_words_gives_nothing() {
        let read = |answer: &str| pick_among(["Adams", "Washington", "Jefferson", "Lincoln"], answer);
        assert_eq!(read("Washington is often ranked first, but Lincoln also has a strong case. Different historians would give different answers here."), None);
        assert_eq!(read("Some rank Washington first, some Lincoln. I'd lean slightly one way, but I'm not confident enough to commit."), None);
        assert_eq!(read("华盛顿和林肯都常被排第一，见仁见智。"), None);
        assert_eq!(read("华盛顿当然重要，但题目没有注明标准，我就不替你选了。"), None);
        assert_eq!(read("I don't see Lincoln's rival here. Adams (A) was never president in wartime. The question seems to be missing the correct option."), None);
        assert_eq!(read("Washington and Lincoln are both accurate, so I see no principled way to prefer one; the question needs rewording."), None);
        assert_eq!(read("Washington led the army; Lincoln kept the union. Which counts as greatest depends entirely on the criteria, so I'm not going to commit to one."), None);
        assert_eq!(read("华盛顿和林肯各自在某种标准下成立，我不打算硬选一个。"), None);
        assert_eq!(read("华盛顿、林肯都不能可靠地排除，建议补充资料后再判断。"), None);
        assert_eq!(read("So A, B and C each have a case, depending on the frame."), None);
    }
}

#[cfg(test)]
mod letters_tests {
    use super::*;
    use crate::core::model::suite::OPTION_LETTERS;

    /// The extractor reads exactly the letters a suite may offer: every one of them, and none
    /// beyond (validation refuses options it could never pick).
    #[test]
    fn the_extractor_reads_the_letters_validation_allows() {
        let offered: String = ('A'..='Z').collect();
        for letter in 'A'..='Z' {
            let picked = extract(&format!("答案是{letter}"), Options { letters: &offered, texts: None, multi: false }).choice;
            let readable = OPTION_LETTERS.contains(letter);
            assert_eq!(picked.as_deref() == Some(letter.to_string().as_str()), readable, "{letter}: {picked:?}");
        }
    }
}
