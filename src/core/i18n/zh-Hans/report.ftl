# HTML 报告、其中的图表（应用中也显示）以及评分细则检查的说明。

## Report

report-meta-models = { $count } 个模型
report-meta-items = { $count } 道题
report-leaderboards = 排行榜
report-leaderboards-note = 分数为 0–100，附带种子固定的自助法 95% 区间（在各子任务内对题目重抽样）。名次按分数排列；括号内为考虑区间后模型可能的名次范围。
report-lang-zh = 中文
report-lang-en = 英文
report-lang-all = 中英综合
report-col-rank = 名次
report-col-model = 模型
report-col-composite = 综合
report-col-criterion = 评分项
report-col-raters = 评分员
report-col-answers = 回答
report-col-alpha-ordinal = α（定序）
report-col-alpha-interval = α（定距）
report-col-fleiss = Fleiss κ
report-col-score = 得分
report-col-by = 来源
report-col-answer = 回答
report-col-checks = 规则检查
report-charts = 图表
report-method = 方法
report-aggregation = 汇总规则（题目 → 子任务 → 维度 → 语言 → 中英综合）：{ $signature }。micro 表示对下层全部题目合并平均；macro 表示按权重对下一层取平均。
report-method-choice = 选择题：提取的选项集合与答案一致得 100，否则 0
report-method-rubric = 评分细则：各项检查得分的平均
report-method-human = 人工：各评分项平均分换算为 0–100 后再平均
report-methods = 评分方法与签名
report-agreement = 评分员一致性
report-pairwise = 两两比较评分 · { $scope } · { $votes } 票
report-scope-all = 全部题目
report-scope-zh = 中文题
report-scope-en = 英文题
report-appendix = 附录：逐题明细
report-reference = 参考答案：{ $text }
report-by-human = 人工
report-by-metric = 自动
report-check-errors = { $count } 项检查无法运行：需要修正评测套件
report-list-separator = ，

## Charts

chart-slope-title = 中文与英文排名对比
chart-slope-zh = 中文
chart-slope-en = 英文
chart-slope-desc = { $model }：中文排名 #{ $zh_rank }（{ $zh_score }），英文排名 #{ $en_rank }（{ $en_score }）。
chart-bars-zh-title = 各维度得分（中文）
chart-bars-en-title = 各维度得分（英文）
chart-bars-desc = { $model }：{ $scores }。
chart-dist-zh-title = 逐题得分分布（中文）
chart-dist-en-title = 逐题得分分布（英文）
chart-dist-desc = { $model }：{ $count } 道题，平均 { $mean }。
chart-dist-mean = { $model }：平均 { $mean }
chart-dist-bin = { $count } 道题得分在 { $low }–{ $high }

## Rubric checks

check-kind-key-points = 要点
check-kind-forbidden = 禁止内容
check-kind-pattern = 正则表达式
check-kind-pattern-absent = 正则表达式（不得匹配）
check-kind-length = 长度
check-kind-json = 有效 JSON
check-kind-language = 语言
check-found = 命中：{ $terms }
check-missed = 缺失：{ $terms }
check-note-weight = 命中权重 { $got } / { $total }
check-note-characters = { $count } 个字符
check-note-words = { $count } 个单词
check-note-json-end = JSON 提前结束（第 { $line } 行，第 { $column } 列）
check-note-json-invalid = 不是有效的 JSON（第 { $line } 行，第 { $column } 列）
check-note-detected = 检测到：{ $language }
check-detected-zh = 中文
check-detected-en = 英文
check-detected-mixed = 中英混合
check-detected-other = 其他语言
check-detected-none = 无文字

## 评分员两两一致性与分歧最大的回答

report-cohen = 评分员两两比较（按两人都评过的回答计算 Cohen κ）
report-col-shared = 共同评过
report-col-kappa = κ
report-col-kappa-quadratic = κ（二次加权）
report-disagreements = 分歧最大的回答
report-disagreements-note = 评分员判断差别最大的回答，差别大的在前。分差：最高评分减最低评分，占量表全距的比例（1 表示有人给了量表最低值，有人给了最高值）。
report-col-item = 题目
report-col-ratings = 各人评分
report-col-spread = 分差
report-disagreements-more = 另有 { $count } 个存在分歧的回答未列出。
report-by-override = 人工改判（{ $by }）：{ $reason }

report-circular-title = CircularEval
report-circular-intro = 每道选择题按选项数重复提问，每次把选项再轮转一个字母。只有所有轮次都答对的题才算对：偏爱某个字母或位置的模型无法靠它过关。旁边列出它最常选的字母。
report-circular-per-turn = 所有轮次的准确率
report-circular-all-turns = 每轮都答对
report-circular-letter = 最常选的字母
report-judge-title = 评审模型 { $judge }（{ $ratings } 个评分，{ $verdicts } 个裁决），与人并列
report-learn-intro = 本报告中每种分数是怎样得出的，以本次会话自己的回答为例（每种取第一个回答）。
report-learn-reference = 有参考答案的题：BLEU、chrF++、ROUGE 等
report-learn-example = { $model } 对 { $item } 的回答：
report-learn-expected = 正确答案是 { $expected }：该题得分 { $score }。
report-learn-likert = { $ratings } 个评分的平均 { $mean }（量表 { $min }–{ $max }），换算为 { $score }
report-learn-human-score = 该题得分为各评分标准的平均：{ $score }。
report-learn-app = Pingfen 的“评分原理”页用你可以修改的例子逐步演算每种方法。
report-learn-choice = 对选择题，Pingfen 读出回答选了哪个选项：明确的作答（“答案是B”、"The answer is (B)"）优先于推理中提到的字母；含糊或自相矛盾的回答进入复核队列。
