# 斷詞示範及其斷詞結果。

playground-title = 斷詞示範
playground-intro = 所有中文指標都從斷詞開始。貼上中文、英文或中英混合文字，即可看到 jieba-rs 切分出的詞語——與 Pingfen 計分時所用的完全相同。
playground-text-label = 要斷詞的文字
playground-placeholder = 貼上一段回答、參考答案或任何文字……
playground-examples = 範例
playground-example-zh = 中文
playground-example-en = 英文
playground-example-mixed = 中英混合
playground-example-traditional = 繁體
playground-hmm-label = HMM 新詞辨識
playground-hmm-help = 允許 jieba 把詞典中沒有的字（人名、新詞）組合成詞。

## 文字方塊下方的數據

playground-tokens = 個詞
playground-detected = 偵測語言
playground-detected-zh = 中文
playground-detected-en = 英文
playground-detected-mixed = 中英混合
playground-detected-other = 其他語言
playground-detected-none = 無法辨識（沒有文字）
playground-counts = （漢字 { $han } · 拉丁詞 { $latin }）
playground-segmented-in = 斷詞耗時
playground-jieba-built-in = jieba 建置耗時
playground-dictionary-words = { $words } 個詞條

## 斷詞結果

tokens-label = 斷詞結果
tokens-waiting = 中文詞典就緒後即顯示斷詞結果。
tokens-no-dictionary = 沒有中文詞典就無法斷詞：請查看頁面頂端的提示，然後重試。
tokens-empty = 沒有詞語：文字為空白或只有空格。
tokens-more = 僅顯示前 { $shown } 個，共 { $total } 個詞
tokens-kind-han = 中文
tokens-kind-latin = 拉丁字母
tokens-kind-number = 數字
tokens-kind-symbol = 符號
