# 用户提供的文件中的问题：哪里不对、该怎么办。文件名和位置在前（common.ftl 中的 `problem`
# 和 `location-*`），这里的消息跟在冒号之后。`$detail` 是读取库给出的（英文）错误说明。

## 任何文件

problem-file-too-big = 大小为 { $size } MB；最多可打开 { $limit } MB 的文件
problem-file-type = 不是 Pingfen 能读取的类型：请打开评测套件或评分簿（.json）、回答（.jsonl）或表格（.csv、.xlsx）
problem-json-no-schema = 缺失：评测套件应写 "schema": "{ $suite }"，评分簿应写 "{ $scorebook }"
problem-json-unreadable = 无法作为 JSON 读取（{ $detail }）；请检查文件语法
problem-workbook-unreadable = 无法作为电子表格读取（{ $detail }）；请另存为 .xlsx 或 .csv 后重试
problem-workbook-no-sheet = 其中没有工作表
problem-csv-unreadable-row = 无法读取该行（{ $detail }）；请检查该行的引号和逗号
problem-pasted = 粘贴的文本（{ $file }），{ $location }：{ $message }

## 评测套件

problem-suite-json = JSON 格式有误（{ $detail }）；请对照 www/schema/suite.schema.json 检查文件
problem-suite-schema = 为 "{ $found }"；此版本的 Pingfen 读取 "{ $expected }"：文件可能由更新版本写出，请重新加载页面以更新 Pingfen（或索取按 "{ $expected }" 保存的文件）
problem-suite-no-items = 为空：评测套件至少需要一道题
problem-dimension-negative-weight = 权重为负数
problem-item-id-empty = 为空：请为每道题设置唯一的编号
problem-item-id-duplicate = 与另一道题重复：编号必须唯一
problem-item-subtask-unknown = “{ $dimension }”/“{ $subtask }”不是 "dimensions" 中列出的子任务
problem-item-reference-too-long = 有一条参考答案长达 { $length } 个字符；参考答案最多 { $limit } 个字符
problem-item-weight-invalid = 必须是不小于 0 的数
problem-item-prompt-empty = 为空
problem-item-lang-zh-references-en = 为中文，但参考答案是英文：请改为 "lang": "en" 或修改参考答案
problem-item-lang-en-references-zh = 为英文，但参考答案是中文：请改为 "lang": "zh" 或修改参考答案
problem-choice-few-options = 选择题至少需要两个选项（"A"、"B"……）
problem-choice-option-letters = 选项 { $options } 无法被识别：选项须为单个字母 { $letters }（回答中能识别的字母），请重新命名
problem-choice-no-answer = 选择题需要正确答案的字母，例如 "B"
problem-choice-answer-not-an-option = "{ $answer }" 不在选项 { $options } 之中
problem-reference-none = 参考答案题至少需要一条非空的参考答案
problem-rubric-no-checks = 评分细则题至少需要一项检查
problem-criterion-scale-unknown = 评分项“{ $criterion }”使用的量表“{ $scale }”未在 "scales" 中定义

## 表格形式的评测套件

problem-suite-csv-header = 无法读取表头（{ $detail }）；第一行应为列名
problem-suite-csv-no-question = 需要题目列（{ $columns }）
problem-suite-csv-lang = “{ $value }”不是 zh（中文）或 en（英文）
problem-suite-csv-kind = “{ $value }”不是 选择题 / 参考 / 开放 之一
problem-suite-csv-metric = “{ $value }”不是 Pingfen 支持的指标

## 回答

problem-answers-jsonl-line = 无法解析（{ $detail }）；每行应为 {"{"}"model": …, "item": …, "answer": …{"}"}
problem-answers-line-too-long = 超过 { $limit } 字节，比 Pingfen 能评分的任何回答都长：这个文件是每行一个回答的 JSONL 吗？
problem-answers-csv-header = { $detail }：第一行应为列名
problem-answers-csv-columns = 表头 { $header } 需要包含模型列（{ $model }）、题号列（{ $item }）和回答列（{ $answer }）
problem-answers-pasted-count = 需要 { $expected } 条回答（每题一条），可用编号列表（1. … 2. …）或以空行分隔的段落
problem-answer-no-model = 缺少模型名称
problem-answer-too-long = 长达 { $length } 个字符；Pingfen 只评分不超过 { $limit } 个字符的回答，请缩短
problem-answer-unknown-item = 所指题目不在当前套件中：请检查题号
problem-answer-duplicate = 与第 { $first } 条回答重复：每个模型每道题只保留一条回答

## 评分与投票

problem-rating-unknown-item = 评分对应的题目不在评测套件中
problem-rating-unknown-model = 评分对象模型“{ $model }”在此文件中没有回答
problem-rating-unknown-criterion = 评分项“{ $criterion }”不属于这道题
problem-rating-off-scale = 分值 { $value } 超出量表范围 { $min }–{ $max }
problem-vote-unknown-item = 投票对应的题目不在评测套件中
problem-vote-same-model = 把模型与自身比较
problem-vote-unknown-model = 模型“{ $model }”在此文件中没有回答

## 评分簿

problem-scorebook-not-json = { $detail }：这不是 Pingfen 评分簿
problem-scorebook-schema = 为 "{ $found }"；此版本的 Pingfen 读取 "{ $expected }"：文件可能由更新版本写出，请重新加载页面以更新 Pingfen（或索取按 "{ $expected }" 保存的文件）
problem-scorebook-invalid = 评分簿内容有误（{ $detail }）；请从 Pingfen 重新导出
problem-override-no-reason = 没有写理由：请说明自动结果为什么不对
problem-override-does-not-fit = 与题目不符：选项须是该题的字母，检查项须存在，分数须在 0–100 之间
problem-too-many-answers = 包含 { $count } 个需评分的回答；浏览器中一个会话最多评分 { $limit } 个（请把模型或题目分成几个会话，或在命令行使用 `pingfen score`）

## 分享链接

problem-link-not-pingfen = 不是 Pingfen 分享链接（“#”之后应以“pf1.”开头）：请重新复制完整的链接
problem-link-version = 由另一版本的 Pingfen 生成（{ $found }；本页面读取 { $expected }）：请重新载入页面以更新，或索取文件
problem-link-kind = 携带的是“{ $found }”，Pingfen 不认识（链接携带套件、评分簿、评分簿的结果或评分员的工作）：请重新复制完整的链接
problem-link-damaged = 在第 { $at } 个字符处损坏（分享链接中不能有“{ $character }”）：请重新复制完整的链接，或索取文件
problem-link-cut = 不完整或被改动（聊天软件会截断长链接）：请重新索取链接或文件
problem-link-too-big = 解压后超过 { $limit } MB，超出 Pingfen 从链接打开的上限：请改为索取文件
problem-link-too-long = 长 { $length } 个字符；只读取 { $limit } 个字符以内的链接：请改为索取文件
problem-link-invalid = 所含内容不是 Pingfen 分享的内容（{ $detail }）：请重新索取链接或文件
problem-link-rater-other-suite = 携带的是评分员对套件“{ $incoming }”的工作，而当前会话的套件是“{ $loaded }”（或其另一版本）：请先打开该套件，再打开此链接
problem-withheld-scores = 含有 { $found } 个自动评分，而该会话需要 { $expected } 个（每个模型对每道题的回答各一个）：请重新索取链接或文件
problem-utf8-damaged = 是 UTF-8 文件，但在第 { $byte } 个字节（第 { $line } 行）处已损坏：请用生成它的程序打开，另存为 UTF-8（Excel：另存为 →“CSV UTF-8”）
problem-utf8-cut = 在一个字符中间结束（第 { $line } 行）：文件在复制或下载时被截断，请重新复制或下载
problem-encoding-guessed = 按 { $encoding } 读取（根据字节推测，它不是 UTF-8）：如果上面的名称显示为乱码，请把文件另存为 UTF-8（Excel：另存为 →“CSV UTF-8”）后重新打开
problem-answers-csv-row-fields = 有 { $fields } 个字段，而表头有 { $columns } 列：含逗号或换行的回答必须放在双引号里；请用文本编辑器检查这一行
problem-workbook-too-big = 解压后为 { $size } MB，超过 Pingfen 可打开的上限（{ $limit } MB）：这不是普通的工作簿；请把工作表另存为 .csv 再打开
problem-foreign-line = 按 { $tool } 的回答文件读取，但{ $detail }：请确认这是该工具写出的原文件
problem-foreign-none-placed = 已按 { $tool } 的回答文件读取（共 { $count } 条），但没有一条能按题号或题目文字对应到本评测套件的题目：请先打开出题时用的评测套件，或用此文件起草评测套件（pingfen draft-suite）
problem-evaluator-no-suite = 尚未打开评测套件：请先打开评测套件或评分簿（evaluator.open）

problem-judge-line = 无法解析（{ $detail }）；评审模型文件的每行应为评分 {"{"}"model", "item", "criterion", "value", "judge"{"}"} 或裁决 {"{"}"item", "a", "b", "outcome", "judge"{"}"}
problem-judge-not-object = 不是 JSON 对象；评审模型文件的每行应为评分 {"{"}"model", "item", "criterion", "value", "judge"{"}"} 或裁决 {"{"}"item", "a", "b", "outcome", "judge"{"}"}
problem-judge-field = 缺少 { $field }：评审模型的评分需写明 model、item、criterion、value 与 judge；裁决需写明 item、a、b、outcome 与 judge
problem-judge-value = “{ $value }”不是整数分值：请写评审模型在该标准量表上的评分（例如 1 到 5）
problem-judge-outcome = “{ $outcome }”不是裁决：请写 a、b、tie 或 both_bad，或胜出模型的名称
problem-judge-is-a-person = 评审模型“{ $judge }”与本次会话中一位评分员同名：请在文件中为评审模型改名（评审模型与人的评分分开计算）
