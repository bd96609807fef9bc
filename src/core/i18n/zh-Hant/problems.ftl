# 使用者提供的檔案中的問題：哪裡不對、該怎麼做。檔案名稱和位置在前（common.ftl 中的
# `problem` 和 `location-*`），這裡的訊息接在冒號之後。`$detail` 是讀取程式庫提供的（英文）錯誤說明。

## 任何檔案

problem-file-too-big = 大小為 { $size } MB；最多可開啟 { $limit } MB 的檔案
problem-file-type = 不是 Pingfen 能讀取的類型：請開啟評測套件或評分簿（.json）、回答（.jsonl）或表格（.csv、.xlsx）
problem-json-no-schema = 缺少此欄位：評測套件應寫 "schema": "{ $suite }"，評分簿應寫 "{ $scorebook }"
problem-json-unreadable = 無法當作 JSON 讀取（{ $detail }）；請檢查檔案語法
problem-workbook-unreadable = 無法當作試算表讀取（{ $detail }）；請另存為 .xlsx 或 .csv 後再試一次
problem-workbook-no-sheet = 其中沒有工作表
problem-csv-unreadable-row = 無法讀取此列（{ $detail }）；請檢查這一列的引號和逗號
problem-pasted = 貼上的文字（{ $file }），{ $location }：{ $message }

## 評測套件

problem-suite-json = JSON 格式有誤（{ $detail }）；請對照 www/schema/suite.schema.json 檢查檔案
problem-suite-schema = 為 "{ $found }"；此版本的 Pingfen 讀取 "{ $expected }"：檔案可能由較新版本寫出，請重新載入頁面以更新 Pingfen（或索取以 "{ $expected }" 儲存的檔案）
problem-suite-no-items = 是空的：評測套件至少需要一道題目
problem-dimension-negative-weight = 權重為負數
problem-item-id-empty = 是空的：請為每道題目設定唯一的編號
problem-item-id-duplicate = 與另一道題目重複：編號不可重複
problem-item-subtask-unknown = 「{ $dimension }」/「{ $subtask }」不是 "dimensions" 中列出的子任務
problem-item-reference-too-long = 有一則參考答案長達 { $length } 個字元；參考答案最多 { $limit } 個字元
problem-item-weight-invalid = 必須是不小於 0 的數字
problem-item-prompt-empty = 是空的
problem-item-lang-zh-references-en = 為中文，但參考答案是英文：請改為 "lang": "en" 或修正參考答案
problem-item-lang-en-references-zh = 為英文，但參考答案是中文：請改為 "lang": "zh" 或修正參考答案
problem-choice-few-options = 選擇題至少需要兩個選項（"A"、"B"……）
problem-choice-option-letters = 選項 { $options } 無法辨識：選項須為單一字母 { $letters }（回答中能辨識的字母），請重新命名
problem-choice-no-answer = 選擇題需要正確答案的字母，例如 "B"
problem-choice-answer-not-an-option = "{ $answer }" 不在選項 { $options } 之中
problem-reference-none = 參考答案題至少需要一則非空白的參考答案
problem-rubric-no-checks = 評分細則題至少需要一項檢查
problem-criterion-scale-unknown = 評分項目「{ $criterion }」使用的量表「{ $scale }」未在 "scales" 中定義

## 表格形式的評測套件

problem-suite-csv-header = 無法讀取表頭（{ $detail }）；第一列應為欄位名稱
problem-suite-csv-no-question = 需要題目欄（{ $columns }）
problem-suite-csv-lang = 「{ $value }」不是 zh（中文）或 en（英文）
problem-suite-csv-kind = 「{ $value }」不是 choice、reference 或 open 之一
problem-suite-csv-metric = 「{ $value }」不是 Pingfen 支援的指標

## 回答

problem-answers-jsonl-line = 無法解析（{ $detail }）；每行應為 {"{"}"model": …, "item": …, "answer": …{"}"}
problem-answers-line-too-long = 超過 { $limit } 位元組，比 Pingfen 能評分的任何回答都長：這個檔案是每行一個回答的 JSONL 嗎？
problem-answers-csv-header = { $detail }：第一列應為欄位名稱
problem-answers-csv-columns = 表頭 { $header } 需要包含模型欄（{ $model }）、題號欄（{ $item }）和回答欄（{ $answer }）
problem-answers-pasted-count = 需要 { $expected } 則回答（每道題目一則），可用編號清單（1. … 2. …）或以空行分隔的段落
problem-answer-no-model = 缺少模型名稱
problem-answer-too-long = 長達 { $length } 個字元；Pingfen 只評分不超過 { $limit } 個字元的回答，請縮短
problem-answer-unknown-item = 所指的題目不在目前的套件中：請檢查題號
problem-answer-duplicate = 與第 { $first } 則回答重複：每個模型每道題目只保留一則回答

## 評分與投票

problem-rating-unknown-item = 評分對應的題目不在評測套件中
problem-rating-unknown-model = 評分對象模型「{ $model }」在此檔案中沒有回答
problem-rating-unknown-criterion = 評分項目「{ $criterion }」不屬於這道題目
problem-rating-off-scale = 分數 { $value } 超出量表範圍 { $min }–{ $max }
problem-vote-unknown-item = 投票對應的題目不在評測套件中
problem-vote-same-model = 將模型與它自己比較
problem-vote-unknown-model = 模型「{ $model }」在此檔案中沒有回答

## 評分簿

problem-scorebook-not-json = { $detail }：這不是 Pingfen 評分簿
problem-scorebook-schema = 為 "{ $found }"；此版本的 Pingfen 讀取 "{ $expected }"：檔案可能由較新版本寫出，請重新載入頁面以更新 Pingfen（或索取以 "{ $expected }" 儲存的檔案）
problem-scorebook-invalid = 評分簿內容有誤（{ $detail }）；請從 Pingfen 重新匯出
problem-override-no-reason = 沒有寫理由：請說明自動結果為何不對
problem-override-does-not-fit = 與題目不符：選項須是該題的字母，檢查項須存在，分數須在 0–100 之間
problem-too-many-answers = 包含 { $count } 個需評分的回答；瀏覽器中一個工作階段最多評分 { $limit } 個（請把模型或題目分成幾個工作階段，或在命令列使用 `pingfen score`）

## 分享連結

problem-link-not-pingfen = 不是 Pingfen 分享連結（「#」之後應以「pf1.」開頭）：請重新複製完整的連結
problem-link-version = 由另一版本的 Pingfen 產生（{ $found }；本頁面讀取 { $expected }）：請重新載入頁面以更新，或索取檔案
problem-link-kind = 攜帶的是「{ $found }」，Pingfen 不認得（連結攜帶套件、評分簿、評分簿的結果或評分者的工作）：請重新複製完整的連結
problem-link-damaged = 在第 { $at } 個字元處損壞（分享連結中不能有「{ $character }」）：請重新複製完整的連結，或索取檔案
problem-link-cut = 不完整或遭改動（聊天軟體會截斷長連結）：請重新索取連結或檔案
problem-link-too-big = 解壓後超過 { $limit } MB，超出 Pingfen 從連結開啟的上限：請改為索取檔案
problem-link-too-long = 長 { $length } 個字元；只讀取 { $limit } 個字元以內的連結：請改為索取檔案
problem-link-invalid = 所含內容不是 Pingfen 分享的內容（{ $detail }）：請重新索取連結或檔案
problem-link-rater-other-suite = 攜帶的是評分者對套件「{ $incoming }」的工作，但目前工作階段的套件是「{ $loaded }」（或其另一版本）：請先開啟該套件，再開啟此連結
problem-withheld-scores = 含有 { $found } 個自動評分，但該工作階段需要 { $expected } 個（每個模型對每道題的回答各一個）：請重新索取連結或檔案
problem-utf8-damaged = 是 UTF-8 檔案，但在第 { $byte } 個位元組（第 { $line } 行）處已損壞：請用產生它的程式開啟，另存為 UTF-8（Excel：另存新檔 →「CSV UTF-8」）
problem-utf8-cut = 在一個字元中間結束（第 { $line } 行）：檔案在複製或下載時被截斷，請重新複製或下載
problem-encoding-guessed = 以 { $encoding } 讀取（依位元組推測，它不是 UTF-8）：如果上面的名稱顯示為亂碼，請將檔案另存為 UTF-8（Excel：另存新檔 →「CSV UTF-8」）後重新開啟
problem-answers-csv-row-fields = 有 { $fields } 個欄位，但表頭有 { $columns } 欄：含逗號或換行的回答必須放在雙引號裡；請用文字編輯器檢查這一列
problem-workbook-too-big = 解壓縮後為 { $size } MB，超過 Pingfen 可開啟的上限（{ $limit } MB）：這不是一般的活頁簿；請將工作表另存為 .csv 再開啟
problem-foreign-line = 按 { $tool } 的回答檔讀取，但{ $detail }：請確認這是該工具寫出的原檔案
problem-foreign-none-placed = 已按 { $tool } 的回答檔讀取（共 { $count } 條），但沒有一條能按題號或題目文字對應到本評測套件的題目：請先開啟出題時用的評測套件，或用此檔案起草評測套件（pingfen draft-suite）
problem-evaluator-no-suite = 尚未開啟評測套件：請先開啟評測套件或評分簿（evaluator.open）

problem-judge-line = 無法解析（{ $detail }）；評審模型檔案的每行應為評分 {"{"}"model", "item", "criterion", "value", "judge"{"}"} 或裁決 {"{"}"item", "a", "b", "outcome", "judge"{"}"}
problem-judge-not-object = 不是 JSON 物件；評審模型檔案的每行應為評分 {"{"}"model", "item", "criterion", "value", "judge"{"}"} 或裁決 {"{"}"item", "a", "b", "outcome", "judge"{"}"}
problem-judge-field = 缺少 { $field }：評審模型的評分需寫明 model、item、criterion、value 與 judge；裁決需寫明 item、a、b、outcome 與 judge
problem-judge-value = 「{ $value }」不是整數分數：請寫評審模型在該標準量表上的評分（例如 1 到 5）
problem-judge-outcome = 「{ $outcome }」不是裁決：請寫 a、b、tie 或 both_bad，或勝出模型的名稱
problem-judge-is-a-person = 評審模型「{ $judge }」與本次工作階段中一位評分者同名：請在檔案中為評審模型改名（評審模型與人的評分分開計算）
