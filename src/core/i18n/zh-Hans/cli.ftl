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

cli-input-problems = 输入中有 { $count } 个问题（见上文）；未写入任何文件
cli-not-answers = { $file } 是评测套件或评分簿，不是回答；请用 --suite 传入
cli-scored = pingfen score：{ $models } 个模型 × { $items } 道题 → { $out }

## pingfen merge、pingfen report：评分簿（评分员文件）

cli-not-scorebook = { $file } 是评测套件或回答，不是评分簿（评分员文件）
cli-file-problems = { $file }：有 { $count } 个问题（见上文）；未写入任何文件
cli-different-suite = { $file } 评分的是评测套件“{ $incoming }”，而不是“{ $loaded }”（或其另一版本）；未写入任何文件
cli-merged-file = pingfen merge：{ $file }：新增 { $ratings } 条评分、{ $votes } 条投票、{ $answers } 条回答；{ $duplicates } 条重复；{ $conflicts } 处冲突
cli-conflict = 冲突（{ $kind }）{ $key }：保留 { $kept }，忽略 { $ignored }
cli-progress = { $rater }：已评分 { $rated } / { $to_rate }，已比较 { $voted } / { $to_vote } 对
cli-agreement = { $criterion }（{ $min }–{ $max }）的一致性，{ $raters } 位评分员，{ $answers } 条回答：alpha 名义 { $nominal }、有序 { $ordinal }、等距 { $interval }，Fleiss kappa { $fleiss }（{ $fleiss_answers } 条回答）
cli-merged = pingfen merge：{ $files } 个文件 → { $out }
cli-report-written = pingfen report：{ $file } → { $out }
