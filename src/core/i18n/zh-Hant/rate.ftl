# 人工評分台（rate-…）與主辦者的評分者頁面（raters-…）。

## 登入

rate-title = 人工評分
rate-sign-in-intro = 依套件的量表為開放題與安全題的回答評分，或每次比較兩個回答。模型名稱以字母代替，每位評分者看到的順序都不同；完成後才會顯示名稱。每次點按後，進度都會自動儲存在這個瀏覽器中。
rate-name-label = 你的名字（主辦者會在合併結果中看到）
rate-start = 開始評分

## 評分台

rate-sign-out = 不是你？切換評分者
rate-mode-likert = 量表評分
rate-mode-pairwise = 兩兩比較
rate-unrated-only = 只顯示未評分
rate-blind = 盲評（隱藏模型名稱）
rate-keys-toggle = 快速鍵 (?)
rate-progress-label = 進度
rate-progress-likert = { $done } / { $total } 項評分
rate-progress-pairwise = { $done } / { $total } 組比較
rate-finished-likert = 所有回答都已評分，謝謝！現在會顯示模型名稱。請下載你的評分檔案，交給主辦者。
rate-finished-pairwise = 已完成所有安排的比較，謝謝！現在會顯示模型名稱。
rate-empty-all-rated = 已經沒有未評分的內容。
rate-empty-no-suite = 請先載入評測套件。
rate-empty-nothing-to-rate = 這裡沒有需要人工評分的內容：此套件沒有開放題，也沒有評分項目。它的題目由系統自動計分（見排行榜、逐題檢視）。
rate-empty-no-answers = 沒有可評分的回答：套件中的開放題與人工評分題需要模型的回答。
rate-more-pairs = 再比較一輪

## 鍵盤說明（按鍵本身照原樣顯示）

rate-help-caption = 鍵盤操作
rate-help-rate = 為目前醒目標示的評分項目評分；10 分請依序按 1、0
rate-help-next = 下一個回答或下一組
rate-help-previous = 上一個回答或上一組
rate-help-pair-better = 兩兩比較：左邊（A）較好、右邊（B）較好
rate-help-pair-tie = 兩兩比較：平手、兩者皆差
rate-help-toggle = 顯示或隱藏這份說明

## 依量表為一個回答評分

rate-where-answer = 回答 { $position } / { $queue } · 題目 { $item }
rate-prompt = 題目
rate-answer-revealed = 回答 { $label } — { $model }
rate-answer-blind = 回答 { $label } / { $count }
rate-comment = 備註（選填）
rate-comment-placeholder = 為什麼給這個分？評分前後都可寫，隨評分儲存
rate-previous-answer = ← 上一個 (K)
rate-next-answer = 下一個 (J) →

## 兩個回答並排比較

rate-where-pair = 第 { $position } / { $queue } 組 · 題目 { $item }
rate-pair-side-blind = 回答 { $letter }
rate-vote-question = 哪個回答較好？
rate-vote-a = A 較好
rate-vote-b = B 較好
rate-vote-tie = 平手
rate-vote-both-bad = 兩者皆差
rate-previous-pair = ← 上一組 (K)
rate-next-pair = 下一組 (J) →

## 評分者與一致性（主辦者頁面）

raters-merge-title = 評分者與一致性
raters-merge-intro = 合併參與者下載的評分檔案（同一套件的評分簿）。重複的內容會略過；同一項評分在兩個檔案中記錄不同時，會保留已載入的值，並列出衝突。
raters-merge-button = 合併評分檔案…
raters-waiting = jieba 準備就緒後就會顯示分數。

raters-progress-title = 進度
raters-no-ratings = 還沒有評分。評分者在「人工評分」分頁評分，再下載自己的評分檔案。
raters-sample = 用範例中三位虛構評分者的資料看看
raters-col-rater = 評分者
raters-col-ratings = 評分
raters-col-pairs = 比較

raters-agreement-title = 一致性
raters-agreement-intro = Krippendorff α 使用至少兩位評分者評過的所有回答（名目：任何差異都算不一致；次序：依等級；等距：依差值平方）。Fleiss κ 使用每位評分者都評過的回答；Cohen κ 比較兩位評分者。Gwet AC1（任何差異都算不一致）和 AC2（二次加權）在幾乎所有評分都相同時仍有意義，而此時 α 和 κ 會趨近 0。1 代表完全一致，0 代表與隨機相當。強度用語依據 Landis 與 Koch（1977）。
raters-agreement-empty = 一致性需要至少兩位評分者的評分。
raters-col-criterion = 評分項目
raters-col-raters = 評分者
raters-col-answers = 回答（≥2 人評分）
raters-col-alpha-nominal = α（名目）
raters-col-alpha-ordinal = α（次序）
raters-col-alpha-interval = α（等距）
raters-col-fleiss = Fleiss κ（回答數）
raters-cohen-title = 評分者兩兩比較（Cohen κ）
raters-col-shared = 共同評過的回答
raters-col-kappa = κ
raters-col-kappa-quadratic = κ（二次加權）
raters-disagreements-title = 分歧最大的回答

# Landis 與 Koch（1977）對 κ 或 α 強度的用語。
raters-strength-poor = 差
raters-strength-slight = 輕微
raters-strength-fair = 尚可
raters-strength-moderate = 中等
raters-strength-substantial = 高度
raters-strength-almost-perfect = 幾乎完全一致

## 兩兩比較排行榜

raters-pairwise-title = 兩兩比較排行榜
raters-pairwise-intro = Bradley-Terry 評分（最大概似估計，平手各算半勝，Elo 尺度：相差 400 分即 10:1 勝率，平均 1000）與線上 Elo，各附以投票重新抽樣求得的 95% 拔靴法信賴區間。區間重疊的模型名次相同。重新抽樣 { $rounds } 輪，隨機種子 { $seed }，K = { $k }。
raters-no-votes = 還沒有投票：評分者在「人工評分」分頁進行兩兩比較。
raters-board-all = 全部題目
raters-board-zh = 中文題目
raters-board-en = 英文題目
raters-board-title = { $board } · { $votes } 票
raters-col-rank = 名次
raters-col-model = 模型
raters-col-interval = 95% 信賴區間
raters-col-wins-losses-ties = 勝 / 負 / 平
rate-mode-label = 評分方式
pairwise-never-won = { $models }（{ $count } 個模型）在與排在其上的模型的投票中從未獲勝：低於它們的程度超出任何評分所能表達。所示評分只是上限（≤），不參與區間排名。
pairwise-never-lost = { $models }（{ $count } 個模型）在與排在其下的模型的投票中從未落敗：高於它們的程度超出任何評分所能表達。所示評分只是下限（≥），只能彼此比較。
pairwise-ordered = { $models }（{ $count } 個模型）：投票把它們排在其他模型之間，但差距無法確定：按此順序排名，不給評分（—）。
pairwise-groups = 這些模型分成 { $groups } 組，組與組之間從未在投票中相遇：評分與排名只能在組內比較（見「組」一欄）。
raters-col-group = 組

## 兩兩投票中的偏差

bias-title = 投票有偏差嗎？
bias-intro = 先顯示（左側，A）的回答贏得投票的比例，以及較長回答獲勝的比例，附 Wilson 95% 區間：先統計所有人，再逐位評分員。平手和「兩個都差」不算任何一方獲勝；兩個回答一樣長的對比不計入長度比例。沒有偏差時兩者都應接近 50%。
bias-warning-side = 先顯示的回答獲勝的比例超出了偶然所能解釋的範圍：位置可能在左右投票。評分台隨機安排左右，所以偏差來自評分員（或評審模型）：請提醒他們把兩個回答都讀完。
bias-warning-length = 較長回答獲勝的比例超出了偶然所能解釋的範圍：長度可能在左右投票。請確認較長的回答確實比較好，或比較長度相近的回答。
bias-col-who = 評分員
bias-col-votes = 有勝方的投票
bias-col-first = 先顯示者獲勝
bias-col-longer = 較長回答獲勝
bias-everyone = 所有人

raters-subtasks-title = 各子任務內的一致性
raters-col-subtask = 子任務

# Model judges: a language model's imported scores and verdicts, set beside people's.
judge-title = 評審模型
judge-intro = 語言模型也能為回答評分。匯入它的評分或裁決——JSONL 行 {"{"}"model", "item", "criterion", "value", "judge"{"}"} 或 {"{"}"item", "a", "b", "outcome", "judge"{"}"}，表格中的同名欄，或帶 judge:標準 欄的回答表——評審模型即以「模型評審」的評分者身分加入。它的數字在這裡與人的並列，不改變人的任何數字：每項標準它與人的共識（較低中位數）的 kappa、含它與不含它的 alpha，它的評分在同一批回答上給出的排行榜與人的並列，以及它的裁決與人的投票一致的比例。
judge-import = 匯入評審模型的評分…
judge-empty = 尚無評審模型。
judge-badge = 模型評審
judge-summary = { $ratings } 個評分，{ $verdicts } 個裁決
judge-col-answers = 雙方都評過的回答
judge-col-alpha-people = 人的 α
judge-col-alpha-with = 含評審模型的 α
judge-col-difference = 評審模型 − 人
judge-board-title = 評審模型的排行榜（0–100），並列人在雙方都評過的回答上的分數
judge-col-judge-shared = 評審模型（同一批回答）
judge-no-people = 還沒有人評過這個評審模型評過的回答：有人評分後（「評分」頁，或合併評分者檔案），這裡會顯示它與人的一致性。
judge-col-people = 人
judge-col-judge = 評審模型
judge-rank-correlation = 與人的排序的等級相關（Spearman ρ）：{ $rho }
judge-verdicts = 在相同的回答對上，評審模型的裁決與人的 { $compared } 次投票中的 { $agreed } 次一致（{ $share } %），κ = { $kappa }。
judge-pairwise-row = { $model }：Bradley-Terry { $rating }（勝 { $wins }，負 { $losses }，平 { $ties }）
judge-pairwise-title = 評審模型的兩兩比較排序（{ $votes } 個裁決）

# A judge on this computer (an OpenAI-compatible server on localhost), off by default.
local-judge-title = 本機上的評審模型
local-judge-intro = Pingfen 可以請你電腦上執行的語言模型——提供 OpenAI 相容介面的 llama.cpp 或 Ollama 伺服器——按下面的提示詞為每個回答評分。預設關閉；開啟後 Pingfen 只能存取本機位址（127.0.0.1、localhost），不會存取其他任何地方；每次執行前都會徵得你的同意並顯示進度，你可隨時取消，已評的分數會保留。評審模型的分數以「模型評審」評分者的身分加入。Ollama 只回應它認可的網站：啟動時請把 OLLAMA_ORIGINS 設為本頁位址。
local-judge-enable = 允許 Pingfen 呼叫本機上的評審模型
local-judge-endpoint = 介面位址（chat completions）
local-judge-model = 模型名稱（伺服器中的名稱）
local-judge-criterion = 評分標準
local-judge-criterion-all = 全部標準
local-judge-template-label = 提示詞範本
local-judge-placeholders = { $names } 會被替換為題目或回答的文字；評審模型須回覆量表上的整數。
local-judge-reset-template = 恢復預設範本
local-judge-run = 請評審模型為 { $count } 個回答評分
local-judge-confirm = 向 { $endpoint } 傳送 { $count } 個請求？每個請求包含一道題和一個模型的回答。不會傳送到其他任何地方；分數記在「{ $judge }」名下。
local-judge-progress = { $endpoint } 已評 { $done } / { $total } 個回答…
local-judge-cancelled = 已在 { $done } / { $total } 處取消：已讀到的 { $scored } 個分數已保留。
local-judge-finished = 完成：「{ $judge }」給出 { $scored } 個分數，{ $failed } 個沒有分數。
local-judge-cancel = 取消
local-judge-unnamed = 本機評審模型
local-judge-bad-endpoint = 介面位址須以 http:// 或 https:// 開頭，例如 http://127.0.0.1:8080/v1/chat/completions。
local-judge-not-local = 只能呼叫本機上的伺服器（127.0.0.1 或 localhost）；這個位址在別處。
local-judge-reply-unreadable = 回覆不是 OpenAI 格式的 chat completion（沒有 choices[0].message.content）
local-judge-no-score = 回覆「{ $reply }」中沒有分數
local-judge-off-scale = 分數 { $score } 超出量表範圍 { $min }–{ $max }
local-judge-request-failed = 請求失敗：{ $detail }
local-judge-template =
    你在為一個語言模型的回答評分。

    題目：
    {"{"}question{"}"}

    參考答案（可能為空）：
    {"{"}reference{"}"}

    待評回答：
    {"{"}answer{"}"}

    請就「{"{"}criterion{"}"}」在 {"{"}min{"}"} 到 {"{"}max{"}"} 的量表上評分（{"{"}anchors{"}"}）。
    只回覆 JSON：{"{"}"score": <{"{"}min{"}"} 到 {"{"}max{"}"} 之間的整數>{"}"}
