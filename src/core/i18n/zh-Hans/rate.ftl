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
