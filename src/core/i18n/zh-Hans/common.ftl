# 各部分共用的词语。

problem = { $file }，{ $location }：{ $message }
problem-whole-file = { $file }：{ $message }

location-file = 文件
location-line = 第 { $line } 行
location-line-column = 第 { $line } 行第 { $column } 列
location-row = 第 { $row } 行
location-cell = 第 { $row } 行的 { $column } 列
location-field = “{ $field }”字段
location-item-field = 题目“{ $item }”的“{ $field }”字段
location-dimension = 维度“{ $dimension }”
location-answer = 第 { $index } 条回答（模型“{ $model }”，题目“{ $item }”）
location-rating = ratings[{ $index }]（评分员“{ $rater }”，题目“{ $item }”）
location-vote = votes[{ $index }]（评分员“{ $rater }”，题目“{ $item }”）
location-pasted = 共 { $answers } 条回答
location-override = overrides[{ $index }]（{ $by }，题目“{ $item }”）
