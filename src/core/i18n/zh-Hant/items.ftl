# 逐題檢視：題目清單、題目及其參考答案或選項、各模型的回答與得分的計算方式。

items-label = 題目
items-list = 題目清單
items-filter = { $model } · { $language } · { $dimension }
items-all-dimensions = 全部維度
items-show-all = 顯示全部題目
items-empty = 此套件沒有題目。

items-kind-choice = 選擇題
items-kind-reference = 參考答案指標
items-kind-rubric = 評分細則檢查
items-kind-open = 開放題（人工評分）

items-correct = （正確答案）
items-references = 參考答案
items-answers = 各模型回答
items-no-answers = 尚無回答，或評分正在等待詞典。
items-highlighted = 醒目標示
items-highlighted-explain = ：參考答案中也出現的詞（重疊類指標計算的對象）。

## 回答的計分方式

items-extracted = 擷取結果
items-no-answer = 未作答
items-expected = 正確答案
items-rule = 規則
items-evidence = 「{ $evidence }」
items-check-found = 符合：{ $terms }
items-check-missed = 缺少：{ $terms }
items-waiting-for-ratings = 等待人工評分。
items-missing = 此模型沒有作答。

## 回答的人工評分

items-human = 人工
items-human-criterion = { $criterion } { $mean }（{ $ratings } 筆評分）
items-human-raters = { $raters } 位評分者；人工分數取代下方的自動分數
