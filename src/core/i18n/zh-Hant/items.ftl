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

## 解釋分數

items-score-metric = 本題得分
items-score-metric-explain = 本題得分取第一個指標（{ $metric }），其餘指標僅供比較。
items-short-bleu = 這些參考答案只有幾個詞：句子層級的 BLEU 對短文字很嚴苛（「Hello, world!」對照「Hello, world」只得 59.5，chrF 為 97.6）。可在該題的指標中把 chrF 放在第一位，作為本題得分。
items-script-folded = 此回答以{ $answer }字書寫，參考答案以{ $references }字：兩者皆轉為簡體後比較（norm:nfkc+t2s），字形不影響分數。
items-script-apart = 此回答以{ $answer }字書寫，參考答案以{ $references }字，依原文比較：字形不同會拉低分數。可在「彙總規則」中選擇「統一字形後比較」。
items-script-traditional = 繁體
items-script-simplified = 簡體
items-check-expects = 要求：{ $what }
items-check-passed = 通過
items-check-failed = 未通過
check-expect-key-points = { $count } 個要點：{ $points }
check-expect-forbidden = 不得出現：{ $terms }
check-expect-pattern = 須符合 { $pattern }
check-expect-pattern-absent = 不得符合 { $pattern }
check-expect-length-between = { $min }–{ $max } 個{ $unit ->
        [chars] 字
       *[words] 詞
    }
check-expect-length-min = 至少 { $min } 個{ $unit ->
        [chars] 字
       *[words] 詞
    }
check-expect-length-max = 至多 { $max } 個{ $unit ->
        [chars] 字
       *[words] 詞
    }
check-expect-length-any = 長度不限
check-expect-json = 可解析的 JSON
check-expect-language = 以{ $language }作答
items-sort-label = 排序
items-sort-suite = 依套件順序
items-sort-low = 分數由低到高
items-sort-high = 分數由高到低
items-confidence-explicit = 明確作答
items-confidence-decision = 作出決定
items-confidence-ordinal = 按位置指稱
items-confidence-inferred = 由推理推斷
items-conflicting = 另有證據不一致
review-by-organiser = 組織者
review-reason = 在複核佇列中人工判讀
review-reason-none = 在複核佇列中人工判讀：該回答沒有選擇任何選項
review-title = 複核佇列
review-empty = 沒有需要複核的回答：擷取結果都很明確，或已有人判定。
review-remaining = 待複核 { $count } 則 · 目前第 { $at } 則
review-keys = 按下回答所選的字母，沒有作答按 N；J / K 前後跳過。每個判定都儲存為人工改判。
review-why-abstained = 沒有擷取到選項。
review-why-conflicting = 回答中還有不一致的說法。
review-why-inferred = 只是從推理中讀出（選項內容或逐項判斷），回答沒有明說。
review-read-as = 擷取為 { $choice }。
review-choose = 選擇
review-no-answer = 沒有作答
review-previous = 上一則（K）
review-skip = 跳過（J）
override-check-pass = 檢查 { $number } 通過
override-check-fail = 檢查 { $number } 不通過
override-score = 分數（見下）
override-tag = 人工改判
override-by = { $by }，{ $at }：
override-undo = 撤銷改判
override-needs-reason = 請寫明理由：改判需要理由。
override-bad-score = 請給出 0 到 100 之間的分數。
override-open = 人工改判此結果
override-value = 應為
override-score-label = 分數（0–100）
override-reason = 理由
override-save = 儲存改判
