# 命令行在 stderr 上输出的消息。机器读取的输出（JSON 行、CSV、路径）不在此列。

cli-failed = pingfen：{ $error }
cli-stdin-not-utf8 = 标准输入不是 UTF-8 文本
cli-line-not-json-string = 第 { $line } 行：不是 JSON 字符串
cli-cannot-read = 无法读取 { $file }
cli-cannot-write = 无法写入 { $file }
cli-cannot-create = 无法创建 { $dir }
cli-dictionary-failed = 无法加载内置的中文词典（{ $detail }）；请重新安装 pingfen
cli-problem = pingfen { $command }：{ $problem }

## pingfen metrics、pingfen extract-choice：标准输入每行一个 JSON 对象

cli-line-failed = pingfen { $command }：第 { $line } 行：{ $message }
cli-line-not-utf8 = { $detail }（输入必须是 UTF-8 编码的 JSONL）
cli-line-bad-json = { $detail }；应为 { $shape }
cli-lines-failed = 有 { $count } 行无法处理（见上文）
cli-metrics-no-references = "references" 为空；请至少提供一条参考答案
cli-choice-bad-options = "options" 必须是选项字母，例如 "ABCD"

## pingfen score

cli-not-answers = { $file } 是评测套件或评分簿，不是回答；请用 --suite 传入
cli-scored = pingfen score：{ $models } 个模型 × { $items } 道题 → { $out }

## pingfen merge、pingfen report：评分簿（评分员文件）

cli-not-scorebook = { $file } 是评测套件或回答，不是评分簿（评分员文件）
cli-file-problems = { $file }：有 { $count } 个问题（见上文）；未写入任何文件
cli-different-suite = { $file } 评分的是评测套件“{ $incoming }”，而不是“{ $loaded }”（或其另一版本）；未写入任何文件
cli-merged-file = pingfen merge：{ $file }：{ $counts }
cli-conflict = 冲突（{ $kind }）{ $key }：保留 { $kept }，忽略 { $ignored }
cli-progress = { $rater }：已评分 { $rated } / { $to_rate }，已比较 { $voted } / { $to_vote } 对
cli-agreement = { $criterion }（{ $min }–{ $max }）的一致性，{ $raters } 位评分员，{ $answers } 条回答：alpha 名义 { $nominal }、有序 { $ordinal }、等距 { $interval }，Fleiss kappa { $fleiss }（{ $fleiss_answers } 条回答）
cli-merged = pingfen merge：{ $files } 个文件 → { $out }
cli-report-written = pingfen report：{ $file } → { $out }

## pingfen --help：各命令和选项的说明
# 选项名（--jsonl）、取值（auto、hmm）、JSON 字段名和文件扩展名保持原样。

cli-help-about = 为大语言模型的中英文回答评分
cli-help-about-long =
    为大语言模型的中英文回答评分。

    消息使用 PINGFEN_LANG 指定的语言（en、zh-Hans、zh-Hant）；未设置时使用系统区域设置（LC_ALL、LC_MESSAGES、LANG）的语言；都没有时使用英文。
cli-help-flag-help = 显示帮助
cli-help-flag-help-short = 显示帮助（用 '--help' 查看更多）
cli-help-flag-help-long = 显示帮助（用 '-h' 查看摘要）
cli-help-flag-version = 显示版本
cli-help-command-help = 显示本帮助或指定子命令的帮助

cli-help-tokenize = 把文本切分成词：中文用 jieba-rs，英文按单词边界
cli-help-tokenize-long =
    把文本切分成词：中文用 jieba-rs，英文按单词边界。

    从标准输入读取。普通模式下，每个输入行输出一行以空格分隔的词；--jsonl 则为每个输入行输出一个 JSON 对象，包含词和检测到的语言。
cli-help-tokenize-lang = 分词语言；`auto` 逐行检测
cli-help-tokenize-cut = 改用 jieba 原始切分（保留空白），而不是 tokenize；并选择是否启用 HMM
cli-help-tokenize-tokenizer = 改用某个指标自带的分词器：sacrebleu 的 13a / zh / char，或 ROUGE 的分词器
cli-help-tokenize-json-input = 每个输入行是一个 JSON 字符串（因此文本可以包含换行符）
cli-help-tokenize-jsonl = 每行输出一个 JSON 对象，而不是纯文本的词
cli-help-tokenizer-13a = sacrebleu 的 13a
cli-help-tokenizer-zh = sacrebleu 的 zh
cli-help-tokenizer-char = sacrebleu 的 char
cli-help-tokenizer-rouge-en = rouge-score 的英文分词器
cli-help-tokenizer-rouge-zh = Pingfen 的中文 ROUGE 词元：NFKC、转小写、jieba（HMM）、去除标点

cli-help-metrics = 用标准指标集对照参考答案为回答评分
cli-help-metrics-long =
    用标准指标集对照参考答案为回答评分。

    从标准输入读取 JSONL：{ $input }。每个输入行写出一行：{ $output }，每个指标为 { $metric }，ROUGE 另有 "precision" 和 "recall"。有误的行会连同行号在 stderr 上报告，其余行照常处理，此时退出码为 1。

cli-help-score = 为模型对评测套件的回答评分，并写出与应用导出格式相同的评分簿
cli-help-score-long =
    为模型对评测套件的回答评分：打印排行榜，并按要求写出与应用导出格式相同的评分簿、表格和报告。

    回答文件：JSONL（每行一个 { $line }），或含 model / item / answer 列的 CSV / XLSX（也支持 模型 / 题号 / 回答；编码自动识别，猜测时会说明）。其他工具的文件可直接读取：promptfoo 的 results.json、lm-evaluation-harness 的 --log_samples JSONL、OpenCompass 的预测文件、聊天 JSONL（{"{"}"messages": …{"}"}）；每个回答按题号、否则按题目文字对应到题目，对应不上的会列出。

    大批量：回答为 JSONL 且未要求 --out 或 --report（二者包含全部回答）时按流式处理：每个回答读入即评分，只保留得分，因此一百万个回答也只占用有限内存；每题得分按回答的顺序写出，随后是各模型未作答的题目。

    退出代码：0 已评分；1 输入有问题（列在 stderr 上，未写出任何文件）；2 命令行有误；3 有模型低于 --fail-under。
cli-help-score-suite = 评测套件：JSON，或含题目列的 CSV / XLSX（与应用读取的相同）
cli-help-score-answers = 一个或多个回答文件
cli-help-score-out = 把评分簿（JSON，与应用导出的相同）写到这里
cli-help-score-table-csv = 另将结果表以 CSV 格式写到此处

cli-help-merge = 把评分员文件（同一评测套件的评分簿）合并为一个评分簿
cli-help-merge-long =
    把评分员文件（同一评测套件的评分簿）合并为一个评分簿。

    第一个文件为基础；后面的文件加入各自的回答、评分员、评分和投票。重复的记录会跳过；内容不同的记录保留较早文件中的值，并作为冲突列在 stderr 上。最后输出每位评分员的进度和一致性。
cli-help-merge-files = 两个或更多评分簿
cli-help-merge-out = 合并后评分簿（JSON）的写入位置

cli-help-report = 写出评分簿的独立 HTML 报告（与应用中“报告”按钮保存的相同）：含置信区间的排行榜、图表、方法说明和每道题
cli-help-report-scorebook = 评分簿（JSON）
cli-help-report-out = 报告（HTML）的写入位置

cli-help-extract-choice = 从选择题回答中提取所选的选项
cli-help-extract-choice-long =
    从选择题回答中提取所选的选项。

    从标准输入读取 JSONL：{ $input }，可另加 { $texts } 和 { $multi }。每行写出 { $output }。有误的行会在 stderr 上报告，此时退出码为 1。

cli-help-detect = 检测标准输入每一行的语言（zh、en、mixed、other、none）

cli-help-dictionary = 写出网页应用加载的分词词典资源文件
cli-help-dictionary-out-dir = 写入的目录；文件名含内容哈希
cli-help-metrics-norm = 先对回答和参考答案做规范化，写法同签名中的 norm: 字段：none（默认，即 sacrebleu 的原文），或用 + 连接的步骤 nfkc、t2s（繁体转简体）、lc、ws。应用对中文题用 nfkc+t2s 评分。
cli-metrics-norm-unknown = 未知的规范化步骤“{ $step }”：请用 none，或用 + 连接 nfkc、t2s、lc、ws。
cli-help-stage = 完成 DIR 中的网页构建：词典文件、引擎 worker 的内容哈希文件名，以及离线用的 service worker
cli-help-stage-dir = 即将发布的构建目录
cli-stage-failed = 无法完成 { $dir } 中的网页构建
cli-staged = 离线保存 { $files } 个文件（版本 { $version }）；引擎 { $engine }
cli-stage-not-utf8 = { $file } 不是 UTF-8 文本
cli-stage-no-head = { $file } 中没有 </head>，无法写入引擎的文件名

cli-help-link = 生成与读取分享链接：把评测套件、评分簿或评分员的工作放进网址的片段
cli-help-link-long =
    生成与读取分享链接：把评测套件、评分簿或评分员的工作放进网址的片段（#…），浏览器从不把片段发送给任何服务器。

    片段为 pf1.<种类>.<数据>：种类是 suite、book 或 rater；数据是经 zlib 压缩的 JSON 的 base64url 编码。评分员链接以指纹指明其套件，而不携带套件本身。
cli-help-link-encode = 输出评测套件、评分簿，或（配合 --rater）评分簿中某位评分员工作的分享链接
cli-help-link-encode-file = 评测套件（JSON、CSV、XLSX）或评分簿（JSON）
cli-help-link-encode-rater = 只分享这位评分员的工作（其评分、投票、更正，以及涉及的回答）
cli-help-link-encode-without-answers = 评分簿的结果，不含回答原文（套件、每道题的分数、各人的评分与投票）：更短的链接，打开后只能查看
cli-help-link-encode-base = 链接打开的页面
cli-help-link-decode = 读取分享链接并写出其内容：评测套件，或评分簿（评分员的工作写成评分员文件）
cli-help-link-decode-link = 链接：完整网址，或从“#”起的部分
cli-help-link-decode-suite = 评分员链接所需：该工作所基于的评测套件（或其评分簿）
cli-help-link-decode-out = 文件（JSON）的写入位置；省略则写到标准输出
cli-link-written = pingfen link：{ $file } 的链接长 { $length } 个字符
cli-link-read = pingfen link：已写入 { $out }
cli-link-failed = 无法生成链接（{ $detail }）
cli-link-no-such-rater = { $file } 中没有名为“{ $rater }”的评分员
cli-link-not-shareable = { $file } 包含的是回答：请分享评测套件或评分簿
cli-link-needs-suite = 评分员链接只指明套件而不携带套件：请用 --suite FILE 给出套件
cli-link-not-a-suite = { $file } 既不是评测套件也不是评分簿

## pingfen score（流水线），pingfen draft-suite

cli-help-lang = 消息、帮助和报告的语言：en、zh-Hans 或 zh-Hant（zh 即 zh-Hans）。不指定时按 PINGFEN_LANG，再按系统区域设置
cli-help-score-leaderboard = 把排行榜（与应用中所见相同，用消息的语言）写到这里
cli-help-score-items = 把每题得分（模型、题号、得分、来源、计算方法）写到这里
cli-help-score-format = --leaderboard 和 --items 的格式；不指定时按各文件的扩展名（.csv、.xlsx、.json）
cli-help-score-report = 把独立的 HTML 报告写到这里
cli-help-score-fail-under = 若有模型的两种语言综合得分低于此值（0–100），以代码 3 退出：用作 CI 的门槛
cli-not-suite = { $file } 是回答或评分簿，不是评测套件；请用 --suite 指定评测套件
cli-not-foreign = { $file } 不是其他工具的回答文件（promptfoo、lm-evaluation-harness、OpenCompass、聊天 JSONL）
cli-score-progress = pingfen score：已评分 { $done } / { $total } 个回答
cli-problems-stopped = pingfen score：在 { $file } 中发现 { $count } 个问题后停止读取；请修正后重新运行
cli-score-stream-hint = { $file } 超过 { $limit } MB，评分簿或报告容纳不下：不加 --out 和 --report 时，pingfen score 会按流式处理它
cli-below-gate = { $count } 个模型低于 --fail-under { $bar }：{ $models }
cli-help-draft-suite = 用其他工具的回答文件起草评测套件：其中的题目和标准答案成为题目
cli-help-draft-suite-long =
    用其他工具的回答文件起草评测套件：其中的题目和标准答案成为题目。

    可读取 promptfoo 的 results.json、lm-evaluation-harness 的 --log_samples JSONL、OpenCompass 的预测文件和聊天 JSONL。每个不同的问题成为一题：标准答案是选项字母的为选择题，有其他标准答案的为参考答案题，没有的为开放题（由人评分）。评分前请先检查草稿。
cli-help-draft-suite-file = 用来起草的回答文件
cli-help-draft-suite-out = 评测套件（JSON）写到哪里
cli-drafted = pingfen draft-suite：从 { $tool } 起草 { $items } 题（选择题 { $choice }，参考答案题 { $reference }，开放题 { $open }）→ { $out }

## pingfen circular

cli-help-circular = 为 CircularEval 展开评测套件：每道选择题按选项数重复提问，选项依次轮转
cli-help-circular-long =
    为 CircularEval 展开评测套件：每道选择题按选项数重复提问，每次把选项再轮转一个字母（第 0 轮保留原题号；第 k 轮为 <id>@c<k>），答案随之移动。

    让模型回答展开后的评测套件，再照常评分：报告会加上 CircularEval——只有所有轮次都答对的题才算对——并列出所有轮次的准确率和每个模型最常选的字母。
cli-help-circular-suite = 评测套件：JSON，或含题目列的 CSV / XLSX
cli-help-circular-out = 展开后的评测套件写到哪里（JSON）
cli-circular-written = pingfen circular：{ $items } 道选择题，共 { $turns } 轮 → { $out }
