# 会话：工作从哪里来、关于文件与合并的提示、自动保存。

origin-sample = 内置示例（虚构模型）
origin-file = { $name }
origin-pasted = 粘贴的回答（{ $model }）
origin-saved = 此浏览器中保存的工作

notice-not-loaded = 未能读取 { $origin }，已加载的内容没有改变：
notice-more-problems = ……另有 { $count } 个问题
notice-suite-loaded = 已加载评测套件 { $name }（{ $items } 道题）。请添加模型的回答。
notice-scorebook-opened = 已打开评分簿 { $name }。
notice-answers-added = 已从 { $origin } 添加 { $count } 个模型的回答：{ $models }。
notice-merged = 已合并 { $name }：{ $counts }。
notice-merge-conflict = 冲突（{ $kind }）{ $key }：保留 { $kept }，忽略 { $ignored }
notice-restored = 已恢复此浏览器中保存的工作（{ $count } 条评分与投票）。
notice-restored-late = 此浏览器中保存的工作在你开始操作之后才读取完毕。两者都已保留：请先导出当前屏幕上的工作，再刷新页面以取回保存的工作。
notice-other-tab = Pingfen 已在此浏览器的另一个标签页中打开，并由那个标签页保存你的工作。本标签页不会保存，以免两者互相覆盖：请在另一个标签页中操作，或关闭它后刷新本页。
notice-autosave-failed = 无法在此浏览器中自动保存（存储空间已满或被禁用）。请导出评分簿以免丢失评分。
notice-unrestorable = 此浏览器中保存的工作无法恢复。它已原样保留：请在下方“此浏览器”中下载，并发给工作坊的组织者。
notice-autosave-blocked = 也无法另行保留（{ $detail }），因此在刷新页面之前自动保存已关闭：请立即导出你的工作。
notice-export-failed = { $what }：无法生成文件，没有下载任何内容。请重试，或导出其他格式。
notice-local-data-cleared = 已删除此浏览器中保存的全部内容，并加载了示例。

problem-merge-not-a-scorebook = 不是评分簿：只能合并评分簿（评分员文件）；评测套件与回答请用“打开文件…”
problem-merge-different-suite = 评分的是套件“{ $incoming }”，而当前会话的套件是“{ $loaded }”（或其另一版本）：请合并基于同一套件的文件
problem-file-unreadable = 浏览器无法读取该文件（{ $detail }），请重新选择

autosave-not-json = 保存的内容不是完整的 JSON（{ $detail }），可能在写入时被中断
autosave-damaged = 保存的会话结构不符合预期（{ $detail }）
autosave-newer = 它由更新版本的 Pingfen 保存（{ $schema }）；请打开本页面的最新版本，或下载该存档
autosave-invalid = 保存的会话未通过检查（{ $count } 个问题；第一个：{ $first }）

save-restoring = 正在恢复…
save-ready = 自动保存已开启
save-just-now = 已保存 · 刚刚
save-seconds-ago = 已保存 · { $seconds } 秒前
save-minutes-ago = 已保存 · { $minutes } 分钟前
save-hours-ago = 已保存 · { $hours } 小时前
save-timed-out = 此浏览器的存储没有响应，本次访问的自动保存已关闭（之前保存的内容不会被覆盖）。如需保留工作，请导出。
save-failed = 未保存：请导出你的工作
save-blocked = 自动保存已关闭：见提示

confirm-replace = 这将替换当前会话，其中的 { $count } 条评分与投票会被丢弃。如需保留，请先“导出评分簿”。继续吗？

storage-title = 此浏览器
storage-explain = 你的工作会随时保存在这里（IndexedDB）：刷新或关闭标签页都不会丢失。任何内容都不会离开这台电脑。
storage-kept-aside = 无法恢复、已原样保留的存档：
storage-download = 下载
storage-delete = 删除
storage-delete-confirm = 要从此浏览器删除这份保留的存档吗？如未下载，将无法找回。
storage-clear = 清除所有本地数据
storage-clear-confirm = 要删除 Pingfen 在此浏览器中保存的全部内容吗？包括会话及其 { $count } 条评分与投票、保留或尚未读取的存档、你的名字和设置。如需保留，请先导出。
storage-clear-failed = 无法删除本地数据（{ $detail }）。
storage-download-failed = 无法读取保留的存档（{ $detail }）。

export-chart = 图表下载

conflict-kind-answer = 回答
conflict-kind-comment = 备注
conflict-kind-rater = 评分员
conflict-kind-rating = 评分
conflict-kind-vote = 投票
conflict-seed = 种子 { $seed }
conflict-outcome-a = A 更好
conflict-outcome-b = B 更好
conflict-outcome-tie = 平局
conflict-outcome-both-bad = 都不好
export-needs-scores = 分数尚未就绪（中文词典仍在加载或加载失败）；现在可以导出评分簿和评分员文件
merge-counts = 新增 { $ratings } 条评分、{ $votes } 次投票、{ $answers } 条回答{ $overrides ->
    [0] {""}
   *[other] 、{ $overrides } 项人工改判
}；{ $duplicates } 条重复已跳过；{ $conflicts } 处冲突（保留已加载的值）
conflict-kind-override = 人工改判
notice-scoring-cancelled = 已停止评分。排行榜显示的仍是你上次更改之前的分数；准备好后请点击“重新评分”。
crash-title = Pingfen 出现了错误
crash-saved = 你的工作已保存在此浏览器中：重新加载即可从中断处继续。如果再次出现，请先下载你的会话，重新加载后再打开它。
crash-reload = 重新加载
crash-download = 下载你的会话
crash-detail = 出错详情（用于报告错误）
crash-report = Pingfen { $version }。没有发送任何内容：如需报告，请复制下面的文字。
notice-read-as = { $name } 按 { $encoding } 读取（根据字节推测，它不是 UTF-8）。如果名称显示为乱码，请另存为 UTF-8（Excel：另存为 →“CSV UTF-8”）后重新打开。
notice-foreign-placed = 已按 { $tool } 的回答文件读取 { $name }：{ $by_id } 条按题号对应，{ $by_prompt } 条按题目文字对应{ $unplaced ->
    [0] 。
   *[other] ；{ $unplaced } 条未采用（见下）。
}
notice-foreign-unplaced = 第 { $at } 条（“{ $prompt }……”）的题目不在本评测套件中：请把该题加入评测套件，或用此文件起草评测套件（pingfen draft-suite）
notice-foreign-again = 第 { $at } 条（“{ $prompt }……”）是同一模型对 { $item } 的又一个回答：保留第一个
notice-foreign-model-named = 文件没有写明模型：其回答按文件名（或所在文件夹名）记为“{ $model }”。如需更改，请把文件改名为模型名称后重新添加。
notice-draft-suite = 用其中的题目起草评测套件
notice-suite-drafted = 已用 { $name }（{ $tool }）起草含 { $items } 道题的评测套件，并连同文件中的回答打开。采用得分前请先在“逐题查看”中检查题目。
notice-judge-added = 已从 { $name } 加入 { $count } 个评审模型（{ $judges }）：{ $ratings } 个评分、{ $verdicts } 个裁决。它们在“评分员”页与人的评分并列，不改变人的任何数字。
