# 結果：排行榜、彙總規則、其下的圖表，以及兩個模型的比較。

## 排行榜

leaderboard-pending = 中文詞典就緒後立即評分……
leaderboard-intro = 分數為 0–100，並附 95% 信賴區間（固定種子的拔靴法，在各子任務內對題目重新抽樣）；名次依分數排列，並列出區間容許的名次範圍。各語言的綜合分是各維度的平均，維度分是子任務的平均（巨觀平均）。經人工評分（「人工評分」頁）的回答依量表換算為 0–100 計入；未評分的開放題不計入。點選分數可檢視對應題目。
leaderboard-show = 顯示
leaderboard-show-both = 中文和英文
leaderboard-show-zh = 僅中文
leaderboard-show-en = 僅英文
leaderboard-model = 模型
leaderboard-both = 中英綜合
leaderboard-composite = 綜合
leaderboard-rank = 排名
# 分數儲存格的按鈕（供螢幕閱讀器朗讀）。
leaderboard-drill = 檢視對應題目 { $score }
leaderboard-interval = 95% 信賴區間 { $interval }
leaderboard-rank-range = 考慮區間後可能的名次：{ $range }
leaderboard-scroll-hint = 右側還有更多欄：可左右捲動表格，模型名稱保持可見。
leaderboard-composite-short = 綜合
leaderboard-show-dimensions = 顯示各維度
leaderboard-hide-dimensions = 隱藏各維度

## 彙總規則（排行榜下方）

rule-summary = 彙總規則：
rule-subtasks = 維度由子任務彙總
rule-dimensions = 語言綜合分由維度彙總
rule-languages = 中英綜合由兩種語言彙總
rule-macro = 巨觀平均：各部分的平均
rule-micro = 微觀平均：合併全部題目
rule-weight-zh = 中文權重
rule-weight-en = 英文權重
rule-intro = 香港大學的研究把同一學科的初中與大學題目合併計算（微觀平均），並對語言能力各子任務取平均（巨觀平均）。子任務、維度與題目的權重來自評測套件。所用規則會寫入每個匯出檔案。
rule-worded = { $subtasks }；{ $dimensions }；{ $languages }。
rule-worded-subtasks = { $how ->
        [micro] 維度分合併其全部題目計算
       *[macro] 維度分是各子任務的平均
    }
rule-worded-dimensions = { $how ->
        [micro] 語言綜合分合併其全部題目計算
       *[macro] 語言綜合分是各維度的平均
    }
rule-worded-languages = { $how ->
        [micro] 中英綜合合併全部題目（中文 ×{ $zh }，英文 ×{ $en }）
       *[macro] 中英綜合按中文 ×{ $zh }、英文 ×{ $en } 加權
    }
rule-exact = 精確規則（寫入匯出檔案）：
script-label = 中文回答與參考答案
script-fold = 統一字形後比較（繁體 = 簡體，全形 = 半形）
script-as-written = 依原文比較
script-intro = 預設統一字形：繁體回答與簡體參考答案視為相同的詞（簽章 norm:nfkc+t2s）。「依原文比較」即 sacrebleu 對原始文字的評分方式。此選擇隨評測套件儲存。

## 圖表

charts-label = 圖表
charts-download-svg = 下載 SVG
charts-download-png = 下載 PNG

## 兩個模型的差異是否顯著

compare-title = 差異是否顯著？
compare-intro = 兩個模型在相同題目上的得分差，附配對拔靴法 95% 信賴區間與配對置換檢定（隨機交換每道題的兩個得分；得分不同的題目不超過 16 道時精確列舉）。
compare-scope = 範圍
compare-scope-dimension = { $language } · { $dimension }
compare-pick = 請選擇在相同題目上都有得分的兩個不同模型。
compare-computing = 正在計算檢定…
compare-result = { $first } − { $second } = { $difference } 分 { $interval } · p = { $p }（{ $method }，{ $pairs } 道配對題目，{ $differing } 道得分不同）· { $verdict }
compare-exact = 精確
compare-random = 10,000 次隨機交換
compare-real = 在 5% 水準上差異顯著
compare-chance = 在 5% 水準上不能排除偶然

## 結果匯出：所見的排行榜、全部分數（長表）、活頁簿的工作表

export-leaderboard-shown-csv = 排行榜（CSV）
export-scores-long-csv = 全部分數（長表 CSV）
# 匯出的排行榜中某一語言的欄：「中文 · 綜合」。
export-column = { $language } · { $column }
export-column-low = { $column }（95% 信賴區間下限）
export-column-high = { $column }（95% 信賴區間上限）
export-rank-range = 名次範圍
export-sheet-leaderboard = 排行榜
export-sheet-scores-long = 全部分數（長表）
export-sheet-items = 逐題得分
leaderboard-overrides = 人工改判
leaderboard-overridden = 人工改判 { $count }

## 語言差距：中英文之間的排名變化是真的嗎？

gap-title = 語言差距是真的嗎？
gap-intro = 每個模型的中文得分減英文得分，附 95% 區間；以及它在兩種語言中的排名，基於對題目的 { $rounds } 次重抽樣：在每個子任務內抽樣，中文題和英文題各自獨立，所有模型共用同一次抽樣。排名變化的範圍（對 { $models } 個模型各取 { $level }%，合計 5%）完全落在「無變化」的一側時，才算有資料支持。
gap-column-model = 模型
gap-column-difference = 中文 − 英文
gap-column-ranks = 排名：中文 → 英文
gap-column-better = 中文排名較高的比例
gap-column-verdict = 排名變化
gap-verdict-zh = 有資料支持：中文排名較高
gap-verdict-en = 有資料支持：英文排名較高
gap-verdict-noise = 在誤差之內
gap-verdict-none = 無變化
gap-computing = 正在重抽樣…
gap-summary = { $supported ->
    [0] 沒有哪個模型的排名變化有資料支持：兩種語言對這些模型的排序很可能相同。
   *[other] 有 { $supported } 個模型的排名變化有資料支持。
}
gap-needs-models = 語言差距需要至少兩個在兩種語言中都有得分的模型。
