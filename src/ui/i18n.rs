//! Interface strings in English and Chinese. One struct, so a missing translation is a
//! compile error, not a blank button.

use serde::{Deserialize, Serialize};

/// The interface language (not the language of the text being scored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UiLang {
    En,
    Zh,
}

impl UiLang {
    /// The BCP 47 tag for `<html lang>`: it picks CJK glyph forms and hyphenation.
    pub fn tag(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Zh => "zh-Hans",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            UiLang::En => &EN,
            UiLang::Zh => &ZH,
        }
    }
}

pub struct Strings {
    pub tagline: &'static str,
    pub interface_language: &'static str,
    pub dictionary: &'static str,
    pub downloading: &'static str,
    pub building: &'static str,
    pub ready: &'static str,
    pub failed: &'static str,
    pub retry: &'static str,
    pub playground_title: &'static str,
    pub playground_intro: &'static str,
    pub text_label: &'static str,
    pub text_placeholder: &'static str,
    pub examples: &'static str,
    pub example_names: [&'static str; 4],
    pub hmm_label: &'static str,
    pub hmm_help: &'static str,
    pub tokens: &'static str,
    pub detected: &'static str,
    pub segmented_in: &'static str,
    pub jieba_built_in: &'static str,
    pub words_in_dictionary: &'static str,
    pub waiting_for_dictionary: &'static str,
    pub no_dictionary: &'static str,
    pub no_tokens: &'static str,
    pub showing_first: &'static str,
    pub of: &'static str,
    pub token_list: &'static str,
    pub legend: [&'static str; 4],
    pub lang_names: LangNames,
    pub privacy: &'static str,
    pub version: &'static str,
}

pub struct LangNames {
    pub zh: &'static str,
    pub en: &'static str,
    pub mixed: &'static str,
    pub other: &'static str,
    pub none: &'static str,
}

pub static EN: Strings = Strings {
    tagline: "Score LLM answers in Chinese and English, in your browser",
    interface_language: "Interface language",
    dictionary: "Chinese dictionary",
    downloading: "downloading…",
    building: "building…",
    ready: "ready",
    failed: "failed",
    retry: "Retry",
    playground_title: "Tokenizer playground",
    playground_intro: "Every Chinese metric starts by cutting text into words. Paste Chinese, \
                       English or mixed text to see the words jieba-rs finds, exactly as Pingfen \
                       will count them.",
    text_label: "Text to tokenize",
    text_placeholder: "Paste an answer, a reference or any text…",
    examples: "Examples",
    example_names: ["Chinese", "English", "Mixed", "Traditional"],
    hmm_label: "HMM for new words",
    hmm_help: "Lets jieba join characters that are in no dictionary (names, new terms) into words.",
    tokens: "tokens",
    detected: "Detected",
    segmented_in: "segmented in",
    jieba_built_in: "jieba built in",
    words_in_dictionary: "words in dictionary",
    waiting_for_dictionary: "Tokens appear as soon as the Chinese dictionary is ready.",
    no_dictionary: "No tokens without the Chinese dictionary: see the message at the top, then retry.",
    no_tokens: "No tokens: the text is empty or only white space.",
    showing_first: "Showing the first",
    of: "of",
    token_list: "Tokens",
    legend: ["Chinese", "Latin", "Number", "Symbol"],
    lang_names: LangNames {
        zh: "Chinese",
        en: "English",
        mixed: "Mixed Chinese and English",
        other: "Another language",
        none: "No language (no letters)",
    },
    privacy: "Everything runs in this page: nothing you paste leaves your computer.",
    version: "version",
};

pub static ZH: Strings = Strings {
    tagline: "在浏览器中为大模型的中英文回答评分",
    interface_language: "界面语言",
    dictionary: "中文词典",
    downloading: "下载中…",
    building: "构建中…",
    ready: "就绪",
    failed: "加载失败",
    retry: "重试",
    playground_title: "分词演示",
    playground_intro: "所有中文指标都从分词开始。粘贴中文、英文或中英混合文本，即可看到 jieba-rs \
                       切分出的词语——与 Pingfen 计分时所用的完全一致。",
    text_label: "待分词文本",
    text_placeholder: "粘贴一段回答、参考答案或任意文本……",
    examples: "示例",
    example_names: ["中文", "英文", "中英混合", "繁体"],
    hmm_label: "HMM 新词识别",
    hmm_help: "允许 jieba 把词典中没有的字（人名、新词）组合成词。",
    tokens: "个词",
    detected: "识别语言",
    segmented_in: "分词用时",
    jieba_built_in: "jieba 构建用时",
    words_in_dictionary: "个词条",
    waiting_for_dictionary: "中文词典就绪后即显示分词结果。",
    no_dictionary: "没有中文词典就无法分词：请查看页面顶部的提示，然后重试。",
    no_tokens: "没有词语：文本为空或只有空白。",
    showing_first: "仅显示前",
    of: "个，共",
    token_list: "分词结果",
    legend: ["中文", "拉丁字母", "数字", "符号"],
    lang_names: LangNames {
        zh: "中文",
        en: "英文",
        mixed: "中英混合",
        other: "其他语言",
        none: "无法识别（没有文字）",
    },
    privacy: "所有计算都在本页面内完成：你粘贴的内容不会离开你的电脑。",
    version: "版本",
};

/// Example texts for the playground, in the order of `Strings::example_names`.
pub const EXAMPLES: [&str; 4] = [
    "香港大学经管学院的研究团队用同一套框架评测了十六个大语言模型，发现中文和英文的排名并不相同。",
    "The same sixteen models were ranked differently in English and in Chinese: GPT-4 Turbo led in English.",
    "我们用BLEU和ROUGE-L给ChatGPT的回答打分，再请三位老师按1到7分评价其流畅度。",
    "香港大學經管學院的研究團隊評測了十六個大型語言模型，發現中英文排名並不相同。",
];

impl UiLang {
    /// A dictionary load failure, worded for the user with what to do next.
    pub fn describe(self, failure: &super::state::LoadFailure) -> String {
        use super::state::LoadFailure::*;
        match (self, failure) {
            (UiLang::En, Network { url, detail }) => format!(
                "Could not download the dictionary ({url}): {detail}. Check the connection, then retry."
            ),
            (UiLang::Zh, Network { url, detail }) => {
                format!("无法下载词典（{url}）：{detail}。请检查网络连接后重试。")
            }
            (UiLang::En, Http { url, status }) => format!(
                "The server answered {status} for the dictionary ({url}). The site may be \
                 updating: retry in a minute."
            ),
            (UiLang::Zh, Http { url, status }) => {
                format!("服务器对词典文件（{url}）返回了 {status}。网站可能正在更新，请稍后重试。")
            }
            (UiLang::En, Corrupt { detail }) => format!(
                "The dictionary file arrived damaged: {detail}. Reload the page to fetch it again."
            ),
            (UiLang::Zh, Corrupt { detail }) => {
                format!("词典文件已损坏：{detail}。请刷新页面重新下载。")
            }
        }
    }
}

impl UiLang {
    /// The interface text in this language; both are written at the call site.
    pub fn tr(self, en: &'static str, zh: &'static str) -> &'static str {
        match self {
            UiLang::En => en,
            UiLang::Zh => zh,
        }
    }

    /// The language the suite's localized names should be shown in.
    pub fn content(self) -> crate::core::text::Lang {
        match self {
            UiLang::En => crate::core::text::Lang::En,
            UiLang::Zh => crate::core::text::Lang::Zh,
        }
    }
}
