# 人工评分台（rate-…）与组织者的评分员页面（raters-…）。

## 登录

rate-title = 人工评分
rate-sign-in-intro = 按套件的量表为开放题与安全题的回答打分，或每次比较两个回答。模型名称以字母代替，每位评分员看到的顺序各不相同；完成后才显示名称。每次操作后都会自动保存在此浏览器中。
rate-name-label = 你的名字（组织者会在合并结果中看到）
rate-start = 开始评分

## 评分台

rate-sign-out = 不是你？切换评分员
rate-mode-likert = 量表评分
rate-mode-pairwise = 两两比较
rate-unrated-only = 只看未评
rate-blind = 盲评（隐藏模型名称）
rate-keys-toggle = 快捷键 (?)
rate-progress-label = 进度
rate-progress-likert = { $done } / { $total } 项评分
rate-progress-pairwise = { $done } / { $total } 组比较
rate-finished-likert = 全部回答已评分，谢谢！现已显示模型名称。请下载评分文件交给组织者。
rate-finished-pairwise = 已完成全部安排的比较，谢谢！现已显示模型名称。
rate-empty-all-rated = 没有未评的内容了。
rate-empty-no-suite = 请先加载评测套件。
rate-empty-nothing-to-rate = 这里没有需要人工评分的内容：此套件没有开放题，也没有评分项。它的题目由系统自动计分（见排行榜、逐题查看）。
rate-empty-no-answers = 没有可评分的回答：套件中的开放题与人工评分题需要模型的回答。
rate-more-pairs = 再比较一轮

## 键盘帮助（按键本身原样显示）

rate-help-caption = 键盘操作
rate-help-rate = 为当前评分项打分；10 分请依次按 1、0
rate-help-next = 下一个回答或下一组
rate-help-previous = 上一个回答或上一组
rate-help-pair-better = 两两比较：左边（A）更好、右边（B）更好
rate-help-pair-tie = 两两比较：平局、都不好
rate-help-toggle = 显示或隐藏本帮助

## 按量表为一个回答评分

rate-where-answer = 回答 { $position } / { $queue } · 题目 { $item }
rate-prompt = 题目
rate-answer-revealed = 回答 { $label } — { $model }
rate-answer-blind = 回答 { $label } / { $count }
rate-comment = 备注（可选）
rate-comment-placeholder = 为什么给这个分？评分前后都可写，随评分保存
rate-previous-answer = ← 上一个 (K)
rate-next-answer = 下一个 (J) →

## 两个回答并排比较

rate-where-pair = 第 { $position } / { $queue } · 题目 { $item }
rate-pair-side-blind = 回答 { $letter }
rate-vote-question = 哪个回答更好？
rate-vote-a = A 更好
rate-vote-b = B 更好
rate-vote-tie = 平局
rate-vote-both-bad = 都不好
rate-previous-pair = ← 上一组 (K)
rate-next-pair = 下一组 (J) →

## 评分员与一致性（组织者页面）

raters-merge-title = 评分员与一致性
raters-merge-intro = 合并参与者下载的评分文件（同一套件的评分簿）。重复内容会被跳过；两个文件中不同的评分保留已加载的值，并列出冲突。
raters-merge-button = 合并评分文件…
raters-waiting = jieba 就绪后显示分数。

raters-progress-title = 进度
raters-no-ratings = 尚无评分。评分员在“人工评分”页评分，然后下载评分文件。
raters-sample = 用示例中三位虚构评分员的数据看看
raters-col-rater = 评分员
raters-col-ratings = 评分
raters-col-pairs = 比较

raters-agreement-title = 一致性
raters-agreement-intro = Krippendorff α 使用至少两位评分员评过的全部回答（名义：任何差异都算不一致；顺序：按等级；区间：按差值平方）。Fleiss κ 使用所有评分员都评过的回答；Cohen κ 比较两位评分员。Gwet AC1（任何差异都算不一致）和 AC2（二次加权）在几乎所有评分都相同时仍有意义，而此时 α 和 κ 会趋近 0。1 表示完全一致，0 表示与随机相当。强度描述依据 Landis 与 Koch（1977）。
raters-agreement-empty = 一致性需要至少两位评分员的评分。
raters-col-criterion = 评分项
raters-col-raters = 评分员
raters-col-answers = 回答（≥2 人评）
raters-col-alpha-nominal = α（名义）
raters-col-alpha-ordinal = α（顺序）
raters-col-alpha-interval = α（区间）
raters-col-fleiss = Fleiss κ（回答数）
raters-cohen-title = 评分员两两比较（Cohen κ）
raters-col-shared = 共同评过
raters-col-kappa = κ
raters-col-kappa-quadratic = κ（二次加权）
raters-disagreements-title = 分歧最大的回答

# Landis 与 Koch（1977）对 κ 或 α 强度的描述。
raters-strength-poor = 差
raters-strength-slight = 轻微
raters-strength-fair = 一般
raters-strength-moderate = 中等
raters-strength-substantial = 较强
raters-strength-almost-perfect = 几乎完全一致

## 两两比较排行榜

raters-pairwise-title = 两两比较排行榜
raters-pairwise-intro = Bradley-Terry 评分（最大似然，平局各计半胜，Elo 尺度：相差 400 分即 10:1 胜率，均值 1000）与在线 Elo，均附投票重抽样的 95% 自助法区间。区间重叠的模型名次相同。{ $rounds } 轮，随机种子 { $seed }，K = { $k }。
raters-no-votes = 尚无投票：评分员在“人工评分”页进行两两比较。
raters-board-all = 全部题目
raters-board-zh = 中文题
raters-board-en = 英文题
raters-board-title = { $board } · { $votes } 票
raters-col-rank = 排名
raters-col-model = 模型
raters-col-interval = 95% 区间
raters-col-wins-losses-ties = 胜 / 负 / 平
rate-mode-label = 评分方式
pairwise-never-won = { $models }（{ $count } 个模型）在与排在其上的模型的投票中从未获胜：低于它们的程度超出任何评分所能表达。所示评分只是上限（≤），不参与区间排名。
pairwise-never-lost = { $models }（{ $count } 个模型）在与排在其下的模型的投票中从未落败：高于它们的程度超出任何评分所能表达。所示评分只是下限（≥），只能彼此比较。
pairwise-ordered = { $models }（{ $count } 个模型）：投票把它们排在其他模型之间，但差距无法确定：按此顺序排名，不给评分（—）。
pairwise-groups = 这些模型分成 { $groups } 组，组与组之间从未在投票中相遇：评分与排名只能在组内比较（见“组”一栏）。
raters-col-group = 组

## 两两投票中的偏差

bias-title = 投票有偏差吗？
bias-intro = 先显示（左侧，A）的回答赢得投票的比例，以及较长回答获胜的比例，附 Wilson 95% 区间：先统计所有人，再逐个评分员。平局和“两个都差”不算任何一方获胜；两个回答一样长的对比不计入长度比例。没有偏差时两者都应接近 50%。
bias-warning-side = 先显示的回答获胜的比例超出了偶然所能解释的范围：位置可能在左右投票。评分台随机安排左右，所以偏差来自评分员（或评审模型）：请提醒他们把两个回答都读完。
bias-warning-length = 较长回答获胜的比例超出了偶然所能解释的范围：长度可能在左右投票。请确认较长的回答确实更好，或比较长度相近的回答。
bias-col-who = 评分员
bias-col-votes = 有胜方的投票
bias-col-first = 先显示者获胜
bias-col-longer = 较长回答获胜
bias-everyone = 所有人

raters-subtasks-title = 各子任务内的一致性
raters-col-subtask = 子任务

# Model judges: a language model's imported scores and verdicts, set beside people's.
judge-title = 评审模型
judge-intro = 语言模型也能给回答评分。导入它的评分或裁决——JSONL 行 {"{"}"model", "item", "criterion", "value", "judge"{"}"} 或 {"{"}"item", "a", "b", "outcome", "judge"{"}"}，表格中的同名列，或带 judge:标准 列的回答表——评审模型即以“模型评审”的评分员身份加入。它的数字在这里与人的并列，不改变人的任何数字：每项标准它与人的共识（较低中位数）的 kappa、含它与不含它的 alpha，它的评分在同一批回答上给出的排行榜与人的并列，以及它的裁决与人的投票一致的比例。
judge-import = 导入评审模型的评分…
judge-empty = 尚无评审模型。
judge-badge = 模型评审
judge-summary = { $ratings } 个评分，{ $verdicts } 个裁决
judge-col-answers = 双方都评过的回答
judge-col-alpha-people = 人的 α
judge-col-alpha-with = 含评审模型的 α
judge-col-difference = 评审模型 − 人
judge-board-title = 评审模型的排行榜（0–100），并列人在双方都评过的回答上的分数
judge-col-judge-shared = 评审模型（同一批回答）
judge-no-people = 还没有人评过这个评审模型评过的回答：有人评分后（“评分”页，或合并评分员文件），这里会显示它与人的一致性。
judge-col-people = 人
judge-col-judge = 评审模型
judge-rank-correlation = 与人的排序的秩相关（Spearman ρ）：{ $rho }
judge-verdicts = 在相同的回答对上，评审模型的裁决与人的 { $compared } 次投票中的 { $agreed } 次一致（{ $share } %），κ = { $kappa }。
judge-pairwise-row = { $model }：Bradley-Terry { $rating }（胜 { $wins }，负 { $losses }，平 { $ties }）
judge-pairwise-title = 评审模型的两两比较排序（{ $votes } 个裁决）

# A judge on this computer (an OpenAI-compatible server on localhost), off by default.
local-judge-title = 本机上的评审模型
local-judge-intro = Pingfen 可以请你电脑上运行的语言模型——提供 OpenAI 兼容接口的 llama.cpp 或 Ollama 服务器——按下面的提示词为每个回答评分。默认关闭；开启后 Pingfen 只能访问本机地址（127.0.0.1、localhost），不会访问其他任何地方；每次运行前都会征得你的同意并显示进度，你可随时取消，已评的分数会保留。评审模型的分数以“模型评审”评分员的身份加入。Ollama 只应答它认可的网站：启动时请把 OLLAMA_ORIGINS 设为本页地址。
local-judge-enable = 允许 Pingfen 调用本机上的评审模型
local-judge-endpoint = 接口地址（chat completions）
local-judge-model = 模型名称（服务器中的名称）
local-judge-criterion = 评分标准
local-judge-criterion-all = 全部标准
local-judge-template-label = 提示词模板
local-judge-placeholders = { $names } 会被替换为题目或回答的文字；评审模型须回复量表上的整数。
local-judge-reset-template = 恢复默认模板
local-judge-run = 请评审模型为 { $count } 个回答评分
local-judge-confirm = 向 { $endpoint } 发送 { $count } 个请求？每个请求包含一道题和一个模型的回答。不会发送到其他任何地方；分数记在“{ $judge }”名下。
local-judge-progress = { $endpoint } 已评 { $done } / { $total } 个回答…
local-judge-cancelled = 已在 { $done } / { $total } 处取消：已读到的 { $scored } 个分数已保留。
local-judge-finished = 完成：“{ $judge }”给出 { $scored } 个分数，{ $failed } 个没有分数。
local-judge-cancel = 取消
local-judge-unnamed = 本机评审模型
local-judge-bad-endpoint = 接口地址须以 http:// 或 https:// 开头，例如 http://127.0.0.1:8080/v1/chat/completions。
local-judge-not-local = 只能调用本机上的服务器（127.0.0.1 或 localhost）；这个地址在别处。
local-judge-reply-unreadable = 回复不是 OpenAI 格式的 chat completion（没有 choices[0].message.content）
local-judge-no-score = 回复“{ $reply }”中没有分数
local-judge-off-scale = 分数 { $score } 超出量表范围 { $min }–{ $max }
local-judge-request-failed = 请求失败：{ $detail }
local-judge-template =
    你在为一个语言模型的回答评分。

    题目：
    {"{"}question{"}"}

    参考答案（可能为空）：
    {"{"}reference{"}"}

    待评回答：
    {"{"}answer{"}"}

    请就“{"{"}criterion{"}"}”在 {"{"}min{"}"} 到 {"{"}max{"}"} 的量表上评分（{"{"}anchors{"}"}）。
    只回复 JSON：{"{"}"score": <{"{"}min{"}"} 到 {"{"}max{"}"} 之间的整数>{"}"}
