# 结果：排行榜、汇总规则、其下的图表，以及两个模型的比较。

## 排行榜

leaderboard-pending = 中文词典就绪后立即评分……
leaderboard-intro = 分数为 0–100，并附 95% 区间（种子固定的自助法，在各子任务内对题目重抽样）；名次按分数排列，并给出区间允许的名次范围。各语言的综合分是各维度的平均，维度分是子任务的平均（宏平均）。经人工评分（“人工评分”页）的回答按量表换算为 0–100 计入；未评的开放题不计入。点击分数可查看对应题目。
leaderboard-show = 显示
leaderboard-show-both = 中文和英文
leaderboard-show-zh = 仅中文
leaderboard-show-en = 仅英文
leaderboard-model = 模型
leaderboard-both = 中英综合
leaderboard-composite = 综合
leaderboard-rank = 排名
# 分数单元格的按钮（供屏幕阅读器朗读）。
leaderboard-drill = 查看对应题目 { $score }
leaderboard-interval = 95% 置信区间 { $interval }
leaderboard-rank-range = 考虑区间后可能的名次：{ $range }
leaderboard-scroll-hint = 右侧还有更多列：可左右滑动表格，模型名称保持可见。
leaderboard-composite-short = 综合
leaderboard-show-dimensions = 显示各维度
leaderboard-hide-dimensions = 隐藏各维度

## 汇总规则（排行榜下方）

rule-summary = 汇总规则：
rule-subtasks = 维度由子任务汇总
rule-dimensions = 语言综合分由维度汇总
rule-languages = 中英综合由两种语言汇总
rule-macro = 宏平均：各部分的平均
rule-micro = 微平均：合并全部题目
rule-weight-zh = 中文权重
rule-weight-en = 英文权重
rule-intro = 香港大学的研究对同一学科的初中与大学题目合并计算（微平均），对语言能力各子任务取平均（宏平均）。子任务、维度与题目的权重来自评测套件。所用规则会写入每个导出文件。
rule-worded = { $subtasks }；{ $dimensions }；{ $languages }。
rule-worded-subtasks = { $how ->
        [micro] 维度分合并其全部题目计算
       *[macro] 维度分是各子任务的平均
    }
rule-worded-dimensions = { $how ->
        [micro] 语言综合分合并其全部题目计算
       *[macro] 语言综合分是各维度的平均
    }
rule-worded-languages = { $how ->
        [micro] 中英综合合并全部题目（中文 ×{ $zh }，英文 ×{ $en }）
       *[macro] 中英综合按中文 ×{ $zh }、英文 ×{ $en } 加权
    }
rule-exact = 精确规则（写入导出文件）：
script-label = 中文回答与参考答案
script-fold = 统一字形后比较（繁体 = 简体，全角 = 半角）
script-as-written = 按原文比较
script-intro = 默认统一字形：繁体回答与简体参考答案视为相同的词（签名 norm:nfkc+t2s）。“按原文比较”即 sacrebleu 对原始文本的评分方式。该选择随评测套件保存。

## 图表

charts-label = 图表
charts-download-svg = 下载 SVG
charts-download-png = 下载 PNG

## 两个模型的差异是否显著

compare-title = 差异是否显著？
compare-intro = 两个模型在相同题目上的得分差，附配对自助法 95% 区间与配对置换检验（随机交换每道题的两个得分；不同得分的题目不超过 16 道时精确枚举）。
compare-scope = 范围
compare-scope-dimension = { $language } · { $dimension }
compare-pick = 请选择在相同题目上都有得分的两个不同模型。
compare-computing = 正在计算检验…
compare-result = { $first } − { $second } = { $difference } 分 { $interval } · p = { $p }（{ $method }，{ $pairs } 道配对题目，{ $differing } 道得分不同）· { $verdict }
compare-exact = 精确
compare-random = 10,000 次随机交换
compare-real = 在 5% 水平上差异显著
compare-chance = 在 5% 水平上不能排除偶然

## 结果导出：所见的排行榜、全部分数（长表）、工作簿的工作表

export-leaderboard-shown-csv = 排行榜（CSV）
export-scores-long-csv = 全部分数（长表 CSV）
# 导出的排行榜中某一语言的列：“中文 · 综合”。
export-column = { $language } · { $column }
export-column-low = { $column }（95% 区间下限）
export-column-high = { $column }（95% 区间上限）
export-rank-range = 名次范围
export-sheet-leaderboard = 排行榜
export-sheet-scores-long = 全部分数（长表）
export-sheet-items = 逐题得分
leaderboard-overrides = 人工改判
leaderboard-overridden = 人工改判 { $count }

## 语言差距：中英文之间的排名变化是真的吗？

gap-title = 语言差距是真的吗？
gap-intro = 每个模型的中文得分减英文得分，附 95% 区间；以及它在两种语言中的排名，基于对题目的 { $rounds } 次重抽样：在每个子任务内抽样，中文题和英文题各自独立，所有模型共用同一次抽样。排名变化的范围（对 { $models } 个模型各取 { $level }%，合计 5%）完全落在“无变化”的一侧时，才算有数据支持。
gap-column-model = 模型
gap-column-difference = 中文 − 英文
gap-column-ranks = 排名：中文 → 英文
gap-column-better = 中文排名更高的比例
gap-column-verdict = 排名变化
gap-verdict-zh = 有数据支持：中文排名更高
gap-verdict-en = 有数据支持：英文排名更高
gap-verdict-noise = 在误差之内
gap-verdict-none = 无变化
gap-computing = 正在重抽样…
gap-summary = { $supported ->
    [0] 没有哪个模型的排名变化有数据支持：两种语言对这些模型的排序很可能相同。
   *[other] 有 { $supported } 个模型的排名变化有数据支持。
}
gap-needs-models = 语言差距需要至少两个在两种语言中都有得分的模型。
