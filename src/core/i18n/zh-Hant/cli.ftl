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

cli-input-problems = 輸入中有 { $count } 個問題（見上方）；未寫入任何檔案
cli-not-answers = { $file } 是評測套件或評分簿，不是回答；請用 --suite 傳入
cli-scored = pingfen score：{ $models } 個模型 × { $items } 道題目 → { $out }

## pingfen merge、pingfen report：評分簿（評分者檔案）

cli-not-scorebook = { $file } 是評測套件或回答，不是評分簿（評分者檔案）
cli-file-problems = { $file }：有 { $count } 個問題（見上方）；未寫入任何檔案
cli-different-suite = { $file } 評分的是評測套件「{ $incoming }」，而不是「{ $loaded }」（或它的另一個版本）；未寫入任何檔案
cli-merged-file = pingfen merge：{ $file }：新增 { $ratings } 則評分、{ $votes } 則投票、{ $answers } 則回答；{ $duplicates } 則重複；{ $conflicts } 處衝突
cli-conflict = 衝突（{ $kind }）{ $key }：保留 { $kept }，略過 { $ignored }
cli-progress = { $rater }：已評分 { $rated } / { $to_rate }，已比較 { $voted } / { $to_vote } 組
cli-agreement = { $criterion }（{ $min }–{ $max }）的一致性，{ $raters } 位評分者，{ $answers } 則回答：alpha 名目 { $nominal }、順序 { $ordinal }、等距 { $interval }，Fleiss kappa { $fleiss }（{ $fleiss_answers } 則回答）
cli-merged = pingfen merge：{ $files } 個檔案 → { $out }
cli-report-written = pingfen report：{ $file } → { $out }
