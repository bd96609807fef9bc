//! What is left of the interface's own words: the playground's sample texts (content, not
//! interface — they stay in their own language whatever the locale). Every word of the
//! interface is in the message catalogue, `core::i18n`.

/// Example texts for the playground, in the order of [`EXAMPLE_NAMES`]: Simplified Chinese,
/// English, mixed, Traditional Chinese.
pub const EXAMPLES: [&str; 4] = [
    // i18n-exempt: sample text, Simplified Chinese
    "香港大学经管学院的研究团队用同一套框架评测了十六个大语言模型，发现中文和英文的排名并不相同。",
    // i18n-exempt: sample text, English
    "The same sixteen models were ranked differently in English and in Chinese: GPT-4 Turbo led in English.",
    // i18n-exempt: sample text, mixed
    "我们用BLEU和ROUGE-L给ChatGPT的回答打分，再请三位老师按1到7分评价其流畅度。",
    // i18n-exempt: sample text, Traditional Chinese
    "香港大學經管學院的研究團隊評測了十六個大型語言模型，發現中英文排名並不相同。",
];

/// The catalogue keys naming [`EXAMPLES`], in the same order.
pub const EXAMPLE_NAMES: [&str; 4] =
    ["playground-example-zh", "playground-example-en", "playground-example-mixed", "playground-example-traditional"];
