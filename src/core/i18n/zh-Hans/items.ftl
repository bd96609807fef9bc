# 逐题查看：题目列表、题目及其参考答案或选项、各模型的回答与得分的计算方式。

items-label = 题目
items-list = 题目列表
items-filter = { $model } · { $language } · { $dimension }
items-all-dimensions = 全部维度
items-show-all = 显示全部题目
items-empty = 该套件没有题目。

items-kind-choice = 选择题
items-kind-reference = 参考答案指标
items-kind-rubric = 评分细则检查
items-kind-open = 开放题（人工评分）

items-correct = （正确答案）
items-references = 参考答案
items-answers = 各模型回答
items-no-answers = 暂无回答，或评分正在等待词典。
items-highlighted = 高亮
items-highlighted-explain = ：参考答案中也出现的词（重叠类指标计数的对象）。

## 回答的计分方式

items-extracted = 提取结果
items-no-answer = 未作答
items-expected = 正确答案
items-rule = 规则
items-evidence = “{ $evidence }”
items-check-found = 命中：{ $terms }
items-check-missed = 缺失：{ $terms }
items-waiting-for-ratings = 等待人工评分。
items-missing = 该模型没有作答。

## 回答的人工评分

items-human = 人工
items-human-criterion = { $criterion } { $mean }（{ $ratings } 条评分）
items-human-raters = { $raters } 位评分员；人工分数取代下方的自动分数

## 解释分数

items-score-metric = 本题得分
items-score-metric-explain = 本题得分取第一个指标（{ $metric }），其余指标仅供比较。
items-short-bleu = 这些参考答案只有几个词：句子级 BLEU 对短文本很苛刻（“Hello, world!” 对照 “Hello, world” 只得 59.5，chrF 为 97.6）。可在该题的指标中把 chrF 放在第一位，作为本题得分。
items-script-folded = 此回答用{ $answer }字书写，参考答案用{ $references }字：两者均转换为简体后比较（norm:nfkc+t2s），字形不影响分数。
items-script-apart = 此回答用{ $answer }字书写，参考答案用{ $references }字，按原文比较：字形不同会拉低分数。可在“汇总规则”中选择“统一字形后比较”。
items-script-traditional = 繁体
items-script-simplified = 简体
items-check-expects = 要求：{ $what }
items-check-passed = 通过
items-check-failed = 未通过
check-expect-key-points = { $count } 个要点：{ $points }
check-expect-forbidden = 不得出现：{ $terms }
check-expect-pattern = 须匹配 { $pattern }
check-expect-pattern-absent = 不得匹配 { $pattern }
check-expect-length-between = { $min }–{ $max } 个{ $unit ->
        [chars] 字
       *[words] 词
    }
check-expect-length-min = 至少 { $min } 个{ $unit ->
        [chars] 字
       *[words] 词
    }
check-expect-length-max = 至多 { $max } 个{ $unit ->
        [chars] 字
       *[words] 词
    }
check-expect-length-any = 长度不限
check-expect-json = 可解析的 JSON
check-expect-language = 用{ $language }作答
items-sort-label = 排序
items-sort-suite = 按套件顺序
items-sort-low = 分数从低到高
items-sort-high = 分数从高到低
items-confidence-explicit = 明确作答
items-confidence-decision = 作出决定
items-confidence-ordinal = 按位置指称
items-confidence-inferred = 由推理推断
items-conflicting = 另有证据不一致
review-by-organiser = 组织者
review-reason = 在复核队列中人工判读
review-reason-none = 在复核队列中人工判读：该回答没有选择任何选项
review-title = 复核队列
review-empty = 没有需要复核的回答：提取结果都很明确，或已有人判定。
review-remaining = 待复核 { $count } 条 · 当前第 { $at } 条
review-keys = 按下回答所选的字母，没有作答按 N；J / K 前后跳过。每个判定都保存为人工改判。
review-why-abstained = 没有提取到选项。
review-why-conflicting = 回答中还有不一致的说法。
review-why-inferred = 只是从推理中读出（选项内容或逐项判断），回答没有明说。
review-read-as = 提取为 { $choice }。
review-choose = 选择
review-no-answer = 没有作答
review-previous = 上一条（K）
review-skip = 跳过（J）
override-check-pass = 检查 { $number } 通过
override-check-fail = 检查 { $number } 不通过
override-score = 分数（见下）
override-tag = 人工改判
override-by = { $by }，{ $at }：
override-undo = 撤销改判
override-needs-reason = 请写明理由：改判需要理由。
override-bad-score = 请给出 0 到 100 之间的分数。
override-open = 人工改判此结果
override-value = 应为
override-score-label = 分数（0–100）
override-reason = 理由
override-save = 保存改判
