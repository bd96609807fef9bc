# 應用程式的框架：頁首、頁尾、工作列、詞典狀態、匯出，以及兩種評測語言的名稱。

## 頁首

app-tagline = 在瀏覽器中為大型語言模型的中英文回答評分
app-interface-language = 介面語言
# 標誌字與名稱「Pingfen 評分」的中文部分（品牌名，以讀者的字體書寫）。
app-logo = 評
app-name-chinese = 評分

## 頁首中的中文詞典狀態

dictionary-label = 中文詞典
dictionary-downloading = 下載中…
dictionary-building = 建置中…
dictionary-ready = 就緒 · { $ms } ms
dictionary-failed = 載入失敗
dictionary-retry = 重試
dictionary-failed-network = 無法下載詞典（{ $url }）：{ $detail }。請檢查網路連線後重試。
dictionary-failed-http = 伺服器對詞典檔案（{ $url }）回應了 { $status }。網站可能正在更新，請稍後重試。
dictionary-failed-corrupt = 詞典檔案已損毀：{ $detail }。請重新整理頁面以重新下載。
dictionary-failed-engine = 評分引擎已停止（{ $detail }）。畫面上的內容都已保留；請按「重試」重新啟動。
scoring-progress = 正在評分：第 { $done } / { $total } 個回答…
scoring-updating = 正在更新排行榜…
scoring-cancel = 取消
scoring-stale = 排行榜顯示的是你上次變更之前的分數。
scoring-again = 重新評分

## 頁尾

footer-privacy = 所有運算都在本頁面內完成：你貼上的內容不會離開你的電腦。
footer-version = Pingfen 版本 { $version }

## 題目語言的名稱

language-zh = 中文
language-en = 英文

## 工作列：各頁面、工作階段來源、開啟、貼上、匯出

workbench-label = 工作階段
workbench-tab-results = 排行榜
workbench-tab-items = 逐題檢視
workbench-tab-rate = 人工評分
workbench-tab-raters = 評分者
workbench-tab-tokenizer = 斷詞示範
workbench-tab-learn = 評分原理
workbench-open-files = 開啟檔案…
workbench-sample = 範例
workbench-paste = 貼上回答…
workbench-source = { $origin } · { $models } 個模型 · { $items } 道題
workbench-hint = 可開啟或拖入評測套件（.json，或含 question / 題目 欄的 .csv / .xlsx 表格）、模型回答（.jsonl，或含 model / item / answer 欄的 .csv / .xlsx 表格，也接受 模型 / 題號 / 回答 等中文欄名，繁體或簡體皆可；CSV 可為 UTF-8、UTF-16、GB18030 或 Big5）或評分簿。
workbench-formats = 可以開啟哪些檔案？
workbench-dismiss = 關閉
workbench-paste-model = 模型名稱
workbench-paste-items = 題目
workbench-paste-all = 全部題目（依套件順序）
workbench-paste-zh = 僅中文題
workbench-paste-en = 僅英文題
workbench-paste-text = 回答：編號清單（1. … 2. …）或以空行分隔的段落
workbench-paste-submit = 加入回答

## 匯出按鈕

export-scorebook = 匯出評分簿
export-rater-file = 下載我的評分檔案
export-report = 報告（HTML）
export-item-scores-csv = 逐題得分（CSV）
export-workbook = 全部表格（XLSX）
export-circular-suite = CircularEval 評測套件（JSON）

## 分頁、資料選單、首次造訪指引

skip-to-content = 跳到正文
workbench-tabs = 頁面
workbench-data = 資料
workbench-paste-close = 關閉
workbench-paste-expects = { $which ->
        [zh] 需要 { $count } 則回答，每道中文題一則，依套件順序。
        [en] 需要 { $count } 則回答，每道英文題一則，依套件順序。
       *[all] 需要 { $count } 則回答，每題一則，依套件順序。
    }
guide-label = 使用入門
guide-explore = 1. 看看範例：
guide-explore-how = 點選分數，查看背後的回答。
guide-bring = 2. 匯入你的回答：
guide-bring-how = 開啟檔案… 或 貼上回答…（手機上在「資料」選單裡）。
guide-rate = 3. 人工評分：
guide-rate-how = 在「人工評分」頁盲評回答。
guide-close = 知道了
workbench-tab-review = 複核
update-available = 有可用更新——新版 Pingfen 已就緒。你的工作已儲存在此瀏覽器中。
update-reload = 重新載入
engine-not-named = 此頁面未指明引擎檔案，請重新整理頁面
