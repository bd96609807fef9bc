# "How scoring works": every method worked step by step on the person's own example.
learn-title = 评分原理
learn-intro = Pingfen 显示的每个数字都来自少数几种方法。这里用你可以修改的例子逐步演算每种方法——所用的代码与给你的评测打分的代码相同，所以这里看到的就是评测套件的题目所得到的。
learn-lang = 例子的语言
learn-lang-zh = 中文
learn-lang-en = 英文
learn-reference = 参考答案
learn-answer = 模型的回答
learn-reset = 回到最初的例子
learn-working = 正在演算例子……（需要先载入中文词典）
learn-tokens-title = 词元：指标比较的单位
learn-tokens-zh = 中文词与词之间没有空格：jieba 用词典把文本切成词（并推测词典里没有的词）。ROUGE 和词级 F1 比较的就是这些词。
learn-tokens-en = 英文按空格和标点切分并转为小写。ROUGE 和词级 F1 比较的就是这些词。
learn-bleu-intro-zh = BLEU 统计回答中也出现在参考答案里的 n 元组（连续 1 到 4 个词元），每个最多按参考答案中出现的次数计。中文用 sacrebleu 的 zh 分词：每个汉字各为一个词元。
learn-bleu-intro-en = BLEU 统计回答中也出现在参考答案里的 n 元组（连续 1 到 4 个词元），每个最多按参考答案中出现的次数计。英文用 sacrebleu 的 13a 分词，把标点从词上分开。
learn-col-grams = 回答的 n 元组（已标出匹配的）
learn-col-matched = 匹配
learn-col-precision = 精确率（%）
learn-col-rouge-precision = 精确率
learn-col-recall = 召回率
learn-col-kind = n 元组
learn-col-answer-grams = 回答中
learn-col-reference-grams = 参考答案中
learn-col-metric = 指标
learn-bleu-bp = 长度惩罚：回答有 { $hyp } 个词元，参考答案有 { $reference } 个；较短的回答乘以 exp(1 − 参考/回答)，较长的不受罚：BP = { $bp }。
learn-bleu-score = BLEU = BP × exp（{ $order } 阶精确率对数的平均）= { $bp } × { $mean } = { $score }。没有匹配的阶按减半的精确率计（指数平滑），所以缺一个 4 元组不会让分数变成 0。
learn-signature = 签名：
learn-chrf-intro = chrF++ 比较字符 n 元组（1 到 6，去掉空格）和词 n 元组（1 和 2）：部分正确的词也得分，且不需要分词，适合中文和短回答。
learn-chrf-char = 字符，n = { $n }
learn-chrf-word = 词，n = { $n }
learn-chrf-score = 各阶平均精确率 { $precision }、召回率 { $recall }，以 β = { $beta } 的 F-β 合并（召回率的权重是 { $beta } 倍）：chrF++ = { $score }。
learn-rouge-intro = ROUGE 从参考答案一方看：回答召回了参考答案的多少。ROUGE-1 数共有的词，ROUGE-2 数共有的相邻词对，ROUGE-L 找顺序相同的最长词串。Pingfen 报告 F 值。
learn-choice-title = 从回答中读出选项
learn-choice-intro = 对选择题，Pingfen 读出回答选了哪个选项：明确的作答（“答案是B”、"The answer is (B)"）优先于推理中提到的字母；含糊或自相矛盾的回答进入复核队列。写一个回答，看看由哪条规则决定。
learn-options = 选项，每行一个（A. …）
learn-choice-answer = 回答
learn-choice-chosen = 选了：{ $letters }，由规则“{ $rule }”决定。
learn-choice-none = 没有选出选项（规则“{ $rule }”）：按答错计，并进入复核队列。
learn-choice-evidence = 起决定作用的文字：
learn-choice-review = 这个回答需要人来读：它会进入复核队列。
learn-likert-title = 评分的换算
learn-likert-intro = 人在量表上（例如 1 到 7）给开放题的回答评分。为了与指标分数并列，评分换算到 0–100：量表最低点为 0，最高点为 100。
learn-rating = 评分
learn-scale-min = 量表从
learn-scale-max = 到
learn-likert-score = （{ $rating } − { $min }）/（{ $max } − { $min }）× 100 = { $score }
learn-likert-clamped = { $rating } 超出量表：按 { $clamped } 计。
learn-pairwise-title = 两两比较的拟合
learn-pairwise-intro = 根据两个回答之间的投票，Bradley-Terry 求出最能解释这些投票的评分（平局算半胜；相差 400 分即 10:1 的胜算），Elo 则在每次投票后更新评分（K = { $k }）。区间来自对投票的 { $rounds } 次重抽样。投票写成“Qilin > Aurora”（Qilin 胜）、“Qilin < Aurora”或“Qilin = Aurora”（平局）。
learn-votes = 投票，每行一个
learn-votes-unread = 第 { $lines } 行不是投票：请写“胜者 > 负者”或“甲 = 乙”。
learn-bootstrap-title = 自助法区间
learn-bootstrap-intro = 少数几道题的平均分有多可靠？Pingfen 有放回地随机重抽同样数量的题目（{ $rounds } 次，种子 { $seed }：在每台电脑上得到相同的区间），每次求平均，报告这些平均值中间的 95 %。
learn-scores = 题目分数（0–100）
learn-scores-unread = 不是 0 到 100 的分数，已略去：{ $entries }
learn-bootstrap-resamples = 前几次重抽样的平均：{ $means } ……
learn-bootstrap-result = { $count } 道题的平均 { $mean }，95 % 区间 { $low } – { $high }。
learn-rubric-title = 评分规则检查
learn-rubric-intro = 没有参考答案的题可以用规则检查：好回答应包含的要点（要点文字或其同义词出现即算找到，比较前做与各处相同的归一：全角转半角、繁体转简体）、禁用词、模式、长度、有效 JSON、回答的语言。这里对上面模型的回答运行两项检查。
learn-points = 要点，每行一个（同义词写在 | 之后）
learn-length-max-chars = 最多字数
learn-length-max-words = 最多词数
learn-rubric-passed = 通过，{ $score }
learn-rubric-failed = 未通过，{ $score }
learn-rubric-found = 找到：
learn-rubric-missed = 缺少：
