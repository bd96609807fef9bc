# HTML 報告、其中的圖表（應用程式中也會顯示）以及評分細則檢查的說明。

## Report

report-meta-models = { $count } 個模型
report-meta-items = { $count } 道題目
report-leaderboards = 排行榜
report-leaderboards-note = 分數為 0–100，並附以固定種子的拔靴法（bootstrap）95% 信賴區間（在各子任務內重新抽樣題目）。名次依分數排列；括號內是考慮信賴區間後，該模型可能位居的名次範圍。
report-lang-zh = 中文
report-lang-en = 英文
report-lang-all = 中英綜合
report-col-rank = 名次
report-col-model = 模型
report-col-composite = 綜合
report-col-criterion = 評分項目
report-col-raters = 評分者
report-col-answers = 回答
report-col-alpha-ordinal = α（次序）
report-col-alpha-interval = α（等距）
report-col-fleiss = Fleiss κ
report-col-score = 得分
report-col-by = 來源
report-col-answer = 回答
report-col-checks = 規則檢查
report-charts = 圖表
report-method = 方法
report-aggregation = 彙總規則（題目 → 子任務 → 維度 → 語言 → 中英綜合）：{ $signature }。micro 表示將下層所有題目合併平均；macro 表示依權重對下一層取平均。
report-method-choice = 選擇題：擷取出的選項集合與答案相符得 100，否則得 0
report-method-rubric = 評分細則：各項檢查得分的平均
report-method-human = 人工評分：各評分項目的平均分換算為 0–100 後再取平均
report-methods = 評分方法與簽名
report-agreement = 評分者一致性
report-pairwise = 兩兩比較評分 · { $scope } · { $votes } 票
report-scope-all = 全部題目
report-scope-zh = 中文題目
report-scope-en = 英文題目
report-appendix = 附錄：逐題明細
report-reference = 參考答案：{ $text }
report-by-human = 人工
report-by-metric = 自動
report-check-errors = { $count } 項檢查無法執行：須修正評測套件
report-list-separator = ，

## Charts

chart-slope-title = 中文與英文排名對比
chart-slope-zh = 中文
chart-slope-en = 英文
chart-slope-desc = { $model }：中文排名 #{ $zh_rank }（{ $zh_score }），英文排名 #{ $en_rank }（{ $en_score }）。
chart-bars-zh-title = 各維度得分（中文）
chart-bars-en-title = 各維度得分（英文）
chart-bars-desc = { $model }：{ $scores }。
chart-dist-zh-title = 逐題得分分布（中文）
chart-dist-en-title = 逐題得分分布（英文）
chart-dist-desc = { $model }：{ $count } 道題目，平均 { $mean }。
chart-dist-mean = { $model }：平均 { $mean }
chart-dist-bin = { $count } 道題目得分在 { $low }–{ $high }

## Rubric checks

check-kind-key-points = 要點
check-kind-forbidden = 禁止內容
check-kind-pattern = 正規表示式
check-kind-pattern-absent = 正規表示式（不得相符）
check-kind-length = 長度
check-kind-json = 有效 JSON
check-kind-language = 語言
check-found = 命中：{ $terms }
check-missed = 缺少：{ $terms }
check-note-weight = 命中權重 { $got } / { $total }
check-note-characters = { $count } 個字元
check-note-words = { $count } 個單字
check-note-json-end = JSON 提前結束（第 { $line } 行第 { $column } 欄）
check-note-json-invalid = 不是有效的 JSON（第 { $line } 行第 { $column } 欄）
check-note-detected = 偵測到：{ $language }
check-detected-zh = 中文
check-detected-en = 英文
check-detected-mixed = 中英混合
check-detected-other = 其他語言
check-detected-none = 沒有文字

## 評分者兩兩一致性與分歧最大的回答

report-cohen = 評分者兩兩比較（依兩人都評過的回答計算 Cohen κ）
report-col-shared = 共同評過的回答
report-col-kappa = κ
report-col-kappa-quadratic = κ（二次加權）
report-disagreements = 分歧最大的回答
report-disagreements-note = 評分者判斷差別最大的回答，差別大的在前。分差：最高評分減最低評分，占量表全距的比例（1 表示有人給了量表最低值，有人給了最高值）。
report-col-item = 題目
report-col-ratings = 各人評分
report-col-spread = 分差
report-disagreements-more = 另有 { $count } 個存在分歧的回答未列出。
report-by-override = 人工改判（{ $by }）：{ $reason }

report-circular-title = CircularEval
report-circular-intro = 每道選擇題按選項數重複提問，每次把選項再輪轉一個字母。只有所有輪次都答對的題才算對：偏愛某個字母或位置的模型無法靠它過關。旁邊列出它最常選的字母。
report-circular-per-turn = 所有輪次的準確率
report-circular-all-turns = 每輪都答對
report-circular-letter = 最常選的字母
report-judge-title = 評審模型 { $judge }（{ $ratings } 個評分，{ $verdicts } 個裁決），與人並列
report-learn-intro = 本報告中每種分數是怎樣得出的，以本次工作階段自己的回答為例（每種取第一個回答）。
report-learn-reference = 有參考答案的題：BLEU、chrF++、ROUGE 等
report-learn-example = { $model } 對 { $item } 的回答：
report-learn-expected = 正確答案是 { $expected }：該題得分 { $score }。
report-learn-likert = { $ratings } 個評分的平均 { $mean }（量表 { $min }–{ $max }），換算為 { $score }
report-learn-human-score = 該題得分為各評分標準的平均：{ $score }。
report-learn-app = Pingfen 的「評分原理」頁用你可以修改的例子逐步演算每種方法。
report-learn-choice = 對選擇題，Pingfen 讀出回答選了哪個選項：明確的作答（「答案是B」、"The answer is (B)"）優先於推理中提到的字母；含糊或自相矛盾的回答進入複核佇列。
