# 命令列在 stderr 上輸出的訊息。供程式讀取的輸出（JSON 行、CSV、路徑）不在此列。

cli-failed = pingfen：{ $error }
cli-stdin-not-utf8 = 標準輸入不是 UTF-8 文字
cli-line-not-json-string = 第 { $line } 行：不是 JSON 字串
cli-cannot-read = 無法讀取 { $file }
cli-cannot-write = 無法寫入 { $file }
cli-cannot-create = 無法建立 { $dir }
cli-dictionary-failed = 無法載入內建的中文詞典（{ $detail }）；請重新安裝 pingfen
cli-problem = pingfen { $command }：{ $problem }

## pingfen metrics、pingfen extract-choice：標準輸入每行一個 JSON 物件

cli-line-failed = pingfen { $command }：第 { $line } 行：{ $message }
cli-line-not-utf8 = { $detail }（輸入必須是 UTF-8 編碼的 JSONL）
cli-line-bad-json = { $detail }；應為 { $shape }
cli-lines-failed = 有 { $count } 行無法處理（見上方）
cli-metrics-no-references = "references" 是空的；請至少提供一則參考答案
cli-choice-bad-options = "options" 必須是選項字母，例如 "ABCD"

## pingfen score

cli-not-answers = { $file } 是評測套件或評分簿，不是回答；請用 --suite 傳入
cli-scored = pingfen score：{ $models } 個模型 × { $items } 道題目 → { $out }

## pingfen merge、pingfen report：評分簿（評分者檔案）

cli-not-scorebook = { $file } 是評測套件或回答，不是評分簿（評分者檔案）
cli-file-problems = { $file }：有 { $count } 個問題（見上方）；未寫入任何檔案
cli-different-suite = { $file } 評分的是評測套件「{ $incoming }」，而不是「{ $loaded }」（或它的另一個版本）；未寫入任何檔案
cli-merged-file = pingfen merge：{ $file }：{ $counts }
cli-conflict = 衝突（{ $kind }）{ $key }：保留 { $kept }，略過 { $ignored }
cli-progress = { $rater }：已評分 { $rated } / { $to_rate }，已比較 { $voted } / { $to_vote } 組
cli-agreement = { $criterion }（{ $min }–{ $max }）的一致性，{ $raters } 位評分者，{ $answers } 則回答：alpha 名目 { $nominal }、次序 { $ordinal }、等距 { $interval }，Fleiss kappa { $fleiss }（{ $fleiss_answers } 則回答）
cli-merged = pingfen merge：{ $files } 個檔案 → { $out }
cli-report-written = pingfen report：{ $file } → { $out }

## pingfen --help：各指令與選項的說明
# 選項名稱（--jsonl）、取值（auto、hmm）、JSON 欄位名稱與副檔名保持原樣。

cli-help-about = 為大型語言模型的中英文回答評分
cli-help-about-long =
    為大型語言模型的中英文回答評分。

    訊息採用 PINGFEN_LANG 指定的語言（en、zh-Hans、zh-Hant）；未設定時依系統的地區設定（LC_ALL、LC_MESSAGES、LANG）；皆未設定則使用英文。
cli-help-flag-help = 顯示說明
cli-help-flag-help-short = 顯示說明（用 '--help' 檢視完整內容）
cli-help-flag-help-long = 顯示說明（用 '-h' 檢視摘要）
cli-help-flag-version = 顯示版本
cli-help-command-help = 顯示本說明或指定子指令的說明

cli-help-tokenize = 將文字斷詞：中文用 jieba-rs，英文依單字邊界
cli-help-tokenize-long =
    將文字斷詞：中文用 jieba-rs，英文依單字邊界。

    從標準輸入讀取。一般模式下，每個輸入行輸出一行以空格分隔的詞；--jsonl 則為每個輸入行輸出一個 JSON 物件，內含斷出的詞與偵測到的語言。
cli-help-tokenize-lang = 斷詞語言；`auto` 逐行偵測
cli-help-tokenize-cut = 改用 jieba 的原始切分（保留空白），而非 tokenize；並選擇是否啟用 HMM
cli-help-tokenize-tokenizer = 改用某項指標本身的斷詞器：sacrebleu 的 13a / zh / char，或 ROUGE 的斷詞器
cli-help-tokenize-json-input = 每個輸入行都是一個 JSON 字串（因此文字可包含換行字元）
cli-help-tokenize-jsonl = 每行輸出一個 JSON 物件，而非純文字的詞
cli-help-tokenizer-13a = sacrebleu 的 13a
cli-help-tokenizer-zh = sacrebleu 的 zh
cli-help-tokenizer-char = sacrebleu 的 char
cli-help-tokenizer-rouge-en = rouge-score 的英文斷詞器
cli-help-tokenizer-rouge-zh = Pingfen 的中文 ROUGE 詞元：NFKC、轉小寫、jieba（HMM）、去除標點

cli-help-metrics = 以標準指標組合對照參考答案，為回答評分
cli-help-metrics-long =
    以標準指標組合對照參考答案，為回答評分。

    從標準輸入讀取 JSONL：{ $input }。每個輸入行寫出一行：{ $output }，每項指標為 { $metric }，ROUGE 另有 "precision" 與 "recall"。有誤的行會連同行號在 stderr 上回報，其餘各行照常處理，此時結束碼為 1。

cli-help-score = 為模型對評測套件的回答評分，並寫出與應用程式匯出格式相同的評分簿
cli-help-score-long =
    為模型對評測套件的回答評分：列印排行榜，並按要求寫出與應用程式匯出格式相同的評分簿、表格和報告。

    回答檔：JSONL（每行一個 { $line }），或含 model / item / answer 欄的 CSV / XLSX（也支援 模型 / 題號 / 回答；編碼自動識別，猜測時會說明）。其他工具的檔案可直接讀取：promptfoo 的 results.json、lm-evaluation-harness 的 --log_samples JSONL、OpenCompass 的預測檔、聊天 JSONL（{"{"}"messages": …{"}"}）；每個回答按題號、否則按題目文字對應到題目，對應不上的會列出。

    大批量：回答為 JSONL 且未要求 --out 或 --report（二者包含全部回答）時按串流處理：每個回答讀入即評分，只保留得分，因此一百萬個回答也只佔用有限記憶體；每題得分按回答的順序寫出，隨後是各模型未作答的題目。

    結束代碼：0 已評分；1 輸入有問題（列在 stderr 上，未寫出任何檔案）；2 命令列有誤；3 有模型低於 --fail-under。
cli-help-score-suite = 評測套件：JSON，或含題目欄的 CSV / XLSX（與應用程式讀取的相同）
cli-help-score-answers = 一個或多個回答檔案
cli-help-score-out = 把評分簿（JSON，與應用程式匯出的相同）寫到這裡
cli-help-score-table-csv = 另將結果表以 CSV 格式寫到此處

cli-help-merge = 將評分者檔案（同一評測套件的評分簿）合併為一個評分簿
cli-help-merge-long =
    將評分者檔案（同一評測套件的評分簿）合併為一個評分簿。

    第一個檔案為基礎；之後的檔案加入各自的回答、評分者、評分與投票。重複的紀錄會略過；內容不同的紀錄保留較早檔案中的值，並在 stderr 上列為衝突。最後輸出每位評分者的進度與一致性。
cli-help-merge-files = 兩個或更多評分簿
cli-help-merge-out = 合併後評分簿（JSON）的寫入位置

cli-help-report = 寫出評分簿的獨立 HTML 報告（與應用程式中「報告」按鈕儲存的相同）：含信賴區間的排行榜、圖表、方法說明及每道題目
cli-help-report-scorebook = 評分簿（JSON）
cli-help-report-out = 報告（HTML）的寫入位置

cli-help-extract-choice = 從選擇題回答中擷取所選的選項
cli-help-extract-choice-long =
    從選擇題回答中擷取所選的選項。

    從標準輸入讀取 JSONL：{ $input }，可另加 { $texts } 與 { $multi }。每行寫出 { $output }。有誤的行會在 stderr 上回報，此時結束碼為 1。

cli-help-detect = 偵測標準輸入每一行的語言（zh、en、mixed、other、none）

cli-help-dictionary = 寫出網頁應用程式載入的斷詞詞典資源檔
cli-help-dictionary-out-dir = 寫入的目錄；檔名含內容雜湊值
cli-help-metrics-norm = 先對回答與參考答案做正規化，寫法同簽章中的 norm: 欄位：none（預設，即 sacrebleu 的原文），或以 + 連接的步驟 nfkc、t2s（繁體轉簡體）、lc、ws。應用程式對中文題以 nfkc+t2s 評分。
cli-metrics-norm-unknown = 不明的正規化步驟「{ $step }」：請用 none，或以 + 連接 nfkc、t2s、lc、ws。
cli-help-stage = 完成 DIR 中的網頁建置：詞典檔案、引擎 worker 的內容雜湊檔名，以及離線用的 service worker
cli-help-stage-dir = 即將發佈的建置目錄
cli-stage-failed = 無法完成 { $dir } 中的網頁建置
cli-staged = 離線保存 { $files } 個檔案（版本 { $version }）；引擎 { $engine }
cli-stage-not-utf8 = { $file } 不是 UTF-8 文字
cli-stage-no-head = { $file } 中沒有 </head>，無法寫入引擎的檔名

cli-help-link = 產生與讀取分享連結：把評測套件、評分簿或評分者的工作放進網址的片段
cli-help-link-long =
    產生與讀取分享連結：把評測套件、評分簿或評分者的工作放進網址的片段（#…），瀏覽器從不把片段傳送給任何伺服器。

    片段為 pf1.<種類>.<資料>：種類是 suite、book 或 rater；資料是經 zlib 壓縮的 JSON 的 base64url 編碼。評分者連結以指紋指明其套件，而不攜帶套件本身。
cli-help-link-encode = 輸出評測套件、評分簿，或（配合 --rater）評分簿中某位評分者工作的分享連結
cli-help-link-encode-file = 評測套件（JSON、CSV、XLSX）或評分簿（JSON）
cli-help-link-encode-rater = 只分享這位評分者的工作（其評分、投票、更正，以及涉及的回答）
cli-help-link-encode-without-answers = 評分簿的結果，不含回答原文（套件、每道題的分數、各人的評分與投票）：較短的連結，開啟後只能檢視
cli-help-link-encode-base = 連結開啟的頁面
cli-help-link-decode = 讀取分享連結並寫出其內容：評測套件，或評分簿（評分者的工作寫成評分者檔案）
cli-help-link-decode-link = 連結：完整網址，或從「#」起的部分
cli-help-link-decode-suite = 評分者連結所需：該工作所根據的評測套件（或其評分簿）
cli-help-link-decode-out = 檔案（JSON）的寫入位置；省略則寫到標準輸出
cli-link-written = pingfen link：{ $file } 的連結長 { $length } 個字元
cli-link-read = pingfen link：已寫入 { $out }
cli-link-failed = 無法產生連結（{ $detail }）
cli-link-no-such-rater = { $file } 中沒有名為「{ $rater }」的評分者
cli-link-not-shareable = { $file } 包含的是回答：請分享評測套件或評分簿
cli-link-needs-suite = 評分者連結只指明套件而不攜帶套件：請用 --suite FILE 提供套件
cli-link-not-a-suite = { $file } 既不是評測套件也不是評分簿

## pingfen score（流水線），pingfen draft-suite

cli-help-lang = 訊息、說明和報告的語言：en、zh-Hans 或 zh-Hant（zh 即 zh-Hans）。未指定時按 PINGFEN_LANG，再按系統地區設定
cli-help-score-leaderboard = 把排行榜（與應用程式中所見相同，用訊息的語言）寫到這裡
cli-help-score-items = 把每題得分（模型、題號、得分、來源、計算方法）寫到這裡
cli-help-score-format = --leaderboard 和 --items 的格式；未指定時按各檔案的副檔名（.csv、.xlsx、.json）
cli-help-score-report = 把獨立的 HTML 報告寫到這裡
cli-help-score-fail-under = 若有模型的兩種語言綜合得分低於此值（0–100），以代碼 3 結束：用作 CI 的門檻
cli-not-suite = { $file } 是回答或評分簿，不是評測套件；請用 --suite 指定評測套件
cli-not-foreign = { $file } 不是其他工具的回答檔（promptfoo、lm-evaluation-harness、OpenCompass、聊天 JSONL）
cli-score-progress = pingfen score：已評分 { $done } / { $total } 個回答
cli-problems-stopped = pingfen score：在 { $file } 中發現 { $count } 個問題後停止讀取；請修正後重新執行
cli-score-stream-hint = { $file } 超過 { $limit } MB，評分簿或報告容納不下：不加 --out 和 --report 時，pingfen score 會按串流處理它
cli-below-gate = { $count } 個模型低於 --fail-under { $bar }：{ $models }
cli-help-draft-suite = 用其他工具的回答檔起草評測套件：其中的題目和標準答案成為題目
cli-help-draft-suite-long =
    用其他工具的回答檔起草評測套件：其中的題目和標準答案成為題目。

    可讀取 promptfoo 的 results.json、lm-evaluation-harness 的 --log_samples JSONL、OpenCompass 的預測檔和聊天 JSONL。每個不同的問題成為一題：標準答案是選項字母的為選擇題，有其他標準答案的為參考答案題，沒有的為開放題（由人評分）。評分前請先檢查草稿。
cli-help-draft-suite-file = 用來起草的回答檔
cli-help-draft-suite-out = 評測套件（JSON）寫到哪裡
cli-drafted = pingfen draft-suite：從 { $tool } 起草 { $items } 題（選擇題 { $choice }，參考答案題 { $reference }，開放題 { $open }）→ { $out }

## pingfen circular

cli-help-circular = 為 CircularEval 展開評測套件：每道選擇題按選項數重複提問，選項依次輪轉
cli-help-circular-long =
    為 CircularEval 展開評測套件：每道選擇題按選項數重複提問，每次把選項再輪轉一個字母（第 0 輪保留原題號；第 k 輪為 <id>@c<k>），答案隨之移動。

    讓模型回答展開後的評測套件，再照常評分：報告會加上 CircularEval——只有所有輪次都答對的題才算對——並列出所有輪次的準確率和每個模型最常選的字母。
cli-help-circular-suite = 評測套件：JSON，或含題目欄的 CSV / XLSX
cli-help-circular-out = 展開後的評測套件寫到哪裡（JSON）
cli-circular-written = pingfen circular：{ $items } 道選擇題，共 { $turns } 輪 → { $out }
