# 工作階段：工作從哪裡來、關於檔案與合併的提示、自動儲存。

origin-sample = 內建範例（虛構模型）
origin-file = { $name }
origin-pasted = 貼上的回答（{ $model }）
origin-saved = 此瀏覽器中儲存的工作

notice-not-loaded = 無法讀取 { $origin }，已載入的內容沒有改變：
notice-more-problems = ……另有 { $count } 個問題
notice-suite-loaded = 已載入評測套件 { $name }（{ $items } 道題）。接著請加入模型的回答。
notice-scorebook-opened = 已開啟評分簿 { $name }。
notice-answers-added = 已從 { $origin } 加入 { $count } 個模型的回答：{ $models }。
notice-merged = 已合併 { $name }：{ $counts }。
notice-merge-conflict = 衝突（{ $kind }）{ $key }：保留 { $kept }，忽略 { $ignored }
notice-restored = 已還原此瀏覽器中儲存的工作（{ $count } 筆評分與投票）。
notice-restored-late = 此瀏覽器中儲存的工作在你開始操作之後才讀取完成。兩者都已保留：請先匯出目前畫面上的工作，再重新整理頁面以取回儲存的工作。
notice-other-tab = Pingfen 已在此瀏覽器的另一個分頁中開啟，並由那個分頁儲存你的工作。本分頁不會儲存，以免兩者互相覆寫：請在另一個分頁中操作，或關閉它後重新整理本頁。
notice-autosave-failed = 無法在此瀏覽器中自動儲存（儲存空間已滿或遭停用）。請匯出評分簿，以免遺失評分。
notice-unrestorable = 此瀏覽器中儲存的工作無法還原。它已原封不動保留：請在下方「此瀏覽器」中下載，並交給工作坊的主辦者。
notice-autosave-blocked = 也無法另行保留（{ $detail }），因此在重新整理頁面之前自動儲存已關閉：請立即匯出你的工作。
notice-export-failed = { $what }：無法產生檔案，沒有下載任何內容。請再試一次，或匯出其他格式。
notice-local-data-cleared = 已刪除此瀏覽器中儲存的全部內容，並載入範例。

problem-merge-not-a-scorebook = 不是評分簿：只能合併評分簿（評分者檔案）；評測套件與回答請用「開啟檔案…」
problem-merge-different-suite = 評分的是套件「{ $incoming }」，但目前工作階段的套件是「{ $loaded }」（或其另一版本）：請合併根據同一套件產生的檔案
problem-file-unreadable = 瀏覽器無法讀取這個檔案（{ $detail }），請重新選擇

autosave-not-json = 儲存的內容不是完整的 JSON（{ $detail }），可能在寫入時中斷了
autosave-damaged = 儲存的工作階段結構與預期不符（{ $detail }）
autosave-newer = 它由較新版本的 Pingfen 儲存（{ $schema }）；請開啟本頁的最新版本，或下載這份存檔
autosave-invalid = 儲存的工作階段未通過檢查（{ $count } 個問題；第一個：{ $first }）

save-restoring = 正在還原…
save-ready = 自動儲存已開啟
save-just-now = 已儲存 · 剛剛
save-seconds-ago = 已儲存 · { $seconds } 秒前
save-minutes-ago = 已儲存 · { $minutes } 分鐘前
save-hours-ago = 已儲存 · { $hours } 小時前
save-timed-out = 此瀏覽器的儲存空間沒有回應，本次造訪的自動儲存已關閉（先前儲存的內容不會被覆寫）。如要保留工作，請匯出。
save-failed = 未儲存：請匯出你的工作
save-blocked = 自動儲存已關閉：見提示

confirm-replace = 這會取代目前的工作階段，其中的 { $count } 筆評分與投票將被捨棄。如要保留，請先「匯出評分簿」。要繼續嗎？

storage-title = 此瀏覽器
storage-explain = 你的工作會隨時儲存在這裡（IndexedDB）：重新整理或關閉分頁都不會遺失。任何內容都不會離開這部電腦。
storage-kept-aside = 無法還原、已原封不動保留的存檔：
storage-download = 下載
storage-delete = 刪除
storage-delete-confirm = 要從此瀏覽器刪除這份保留的存檔嗎？如果沒有下載，將無法復原。
storage-clear = 清除所有本機資料
storage-clear-confirm = 要刪除 Pingfen 在此瀏覽器中儲存的全部內容嗎？包括工作階段及其 { $count } 筆評分與投票、保留或尚未讀取的存檔、你的名字和設定。如要保留，請先匯出。
storage-clear-failed = 無法刪除本機資料（{ $detail }）。
storage-download-failed = 無法讀取保留的存檔（{ $detail }）。

export-chart = 圖表下載

conflict-kind-answer = 回答
conflict-kind-comment = 備註
conflict-kind-rater = 評分者
conflict-kind-rating = 評分
conflict-kind-vote = 投票
conflict-seed = 種子 { $seed }
conflict-outcome-a = A 較好
conflict-outcome-b = B 較好
conflict-outcome-tie = 平手
conflict-outcome-both-bad = 都不好
export-needs-scores = 分數尚未就緒（中文詞典仍在載入或載入失敗）；現在可以匯出評分簿和評分者檔案
merge-counts = 新增 { $ratings } 筆評分、{ $votes } 次投票、{ $answers } 則回答{ $overrides ->
    [0] {""}
   *[other] 、{ $overrides } 項人工改判
}；略過 { $duplicates } 筆重複；{ $conflicts } 處衝突（保留已載入的值）
conflict-kind-override = 人工改判
notice-scoring-cancelled = 已停止評分。排行榜顯示的仍是你上次變更之前的分數；準備好後請按「重新評分」。
crash-title = Pingfen 發生了錯誤
crash-saved = 你的工作已儲存在此瀏覽器中：重新載入即可從中斷處繼續。如果再次發生，請先下載你的工作階段，重新載入後再開啟它。
crash-reload = 重新載入
crash-download = 下載你的工作階段
crash-detail = 出錯詳情（用於回報錯誤）
crash-report = Pingfen { $version }。沒有傳送任何內容：如需回報，請複製下面的文字。
notice-read-as = { $name } 以 { $encoding } 讀取（依位元組推測，它不是 UTF-8）。如果名稱顯示為亂碼，請另存為 UTF-8（Excel：另存新檔 →「CSV UTF-8」）後重新開啟。
notice-foreign-placed = 已按 { $tool } 的回答檔讀取 { $name }：{ $by_id } 條按題號對應，{ $by_prompt } 條按題目文字對應{ $unplaced ->
    [0] 。
   *[other] ；{ $unplaced } 條未採用（見下）。
}
notice-foreign-unplaced = 第 { $at } 條（「{ $prompt }……」）的題目不在本評測套件中：請把該題加入評測套件，或用此檔案起草評測套件（pingfen draft-suite）
notice-foreign-again = 第 { $at } 條（「{ $prompt }……」）是同一模型對 { $item } 的又一個回答：保留第一個
notice-foreign-model-named = 檔案沒有寫明模型：其回答按檔名（或所在資料夾名）記為「{ $model }」。如需更改，請把檔案改名為模型名稱後重新加入。
notice-draft-suite = 用其中的題目起草評測套件
notice-suite-drafted = 已用 { $name }（{ $tool }）起草含 { $items } 道題的評測套件，並連同檔案中的回答開啟。採用得分前請先在「逐題檢視」中檢查題目。
notice-judge-added = 已從 { $name } 加入 { $count } 個評審模型（{ $judges }）：{ $ratings } 個評分、{ $verdicts } 個裁決。它們在「評分者」頁與人的評分並列，不改變人的任何數字。
