# 各部分共用的詞語。

problem = { $file }，{ $location }：{ $message }
problem-whole-file = { $file }：{ $message }

location-file = 檔案
location-line = 第 { $line } 行
location-line-column = 第 { $line } 行第 { $column } 欄
location-row = 第 { $row } 列
location-cell = 第 { $row } 列的 { $column } 欄
location-field = 「{ $field }」欄位
location-item-field = 題目「{ $item }」的「{ $field }」欄位
location-dimension = 維度「{ $dimension }」
location-answer = 第 { $index } 則回答（模型「{ $model }」，題目「{ $item }」）
location-rating = ratings[{ $index }]（評分者「{ $rater }」，題目「{ $item }」）
location-vote = votes[{ $index }]（評分者「{ $rater }」，題目「{ $item }」）
location-pasted = 共 { $answers } 則回答
location-override = overrides[{ $index }]（{ $by }，題目「{ $item }」）
