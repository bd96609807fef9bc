# 分词演示及其分词结果。

playground-title = 分词演示
playground-intro = 所有中文指标都从分词开始。粘贴中文、英文或中英混合文本，即可看到 jieba-rs 切分出的词语——与 Pingfen 计分时所用的完全一致。
playground-text-label = 待分词文本
playground-placeholder = 粘贴一段回答、参考答案或任意文本……
playground-examples = 示例
playground-example-zh = 中文
playground-example-en = 英文
playground-example-mixed = 中英混合
playground-example-traditional = 繁体
playground-hmm-label = HMM 新词识别
playground-hmm-help = 允许 jieba 把词典中没有的字（人名、新词）组合成词。

## 文本框下方的数据

playground-tokens = 个词
playground-detected = 识别语言
playground-detected-zh = 中文
playground-detected-en = 英文
playground-detected-mixed = 中英混合
playground-detected-other = 其他语言
playground-detected-none = 无法识别（没有文字）
playground-counts = （汉字 { $han } · 拉丁词 { $latin }）
playground-segmented-in = 分词用时
playground-jieba-built-in = jieba 构建用时
playground-dictionary-words = { $words } 个词条

## 分词结果

tokens-label = 分词结果
tokens-waiting = 中文词典就绪后即显示分词结果。
tokens-no-dictionary = 没有中文词典就无法分词：请查看页面顶部的提示，然后重试。
tokens-empty = 没有词语：文本为空或只有空白。
tokens-more = 仅显示前 { $shown } 个，共 { $total } 个词
tokens-kind-han = 中文
tokens-kind-latin = 拉丁字母
tokens-kind-number = 数字
tokens-kind-symbol = 符号
