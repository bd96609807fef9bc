# "How scoring works": every method worked step by step on the person's own example.
learn-title = 評分原理
learn-intro = Pingfen 顯示的每個數字都來自少數幾種方法。這裡用你可以修改的例子逐步演算每種方法——所用的程式碼與為你的評測評分的程式碼相同，所以這裡看到的就是評測套件的題目所得到的。
learn-lang = 例子的語言
learn-lang-zh = 中文
learn-lang-en = 英文
learn-reference = 參考答案
learn-answer = 模型的回答
learn-reset = 回到最初的例子
learn-working = 正在演算例子……（需要先載入中文詞典）
learn-tokens-title = 詞元：指標比較的單位
learn-tokens-zh = 中文詞與詞之間沒有空格：jieba 用詞典把文字切成詞（並推測詞典裡沒有的詞）。ROUGE 和詞級 F1 比較的就是這些詞。
learn-tokens-en = 英文按空格和標點切分並轉為小寫。ROUGE 和詞級 F1 比較的就是這些詞。
learn-bleu-intro-zh = BLEU 統計回答中也出現在參考答案裡的 n 元組（連續 1 到 4 個詞元），每個最多按參考答案中出現的次數計。中文用 sacrebleu 的 zh 斷詞：每個漢字各為一個詞元。
learn-bleu-intro-en = BLEU 統計回答中也出現在參考答案裡的 n 元組（連續 1 到 4 個詞元），每個最多按參考答案中出現的次數計。英文用 sacrebleu 的 13a 斷詞，把標點從詞上分開。
learn-col-grams = 回答的 n 元組（已標出相符的）
learn-col-matched = 相符
learn-col-precision = 精確率（%）
learn-col-rouge-precision = 精確率
learn-col-recall = 召回率
learn-col-kind = n 元組
learn-col-answer-grams = 回答中
learn-col-reference-grams = 參考答案中
learn-col-metric = 指標
learn-bleu-bp = 長度懲罰：回答有 { $hyp } 個詞元，參考答案有 { $reference } 個；較短的回答乘以 exp(1 − 參考/回答)，較長的不受罰：BP = { $bp }。
learn-bleu-score = BLEU = BP × exp（{ $order } 階精確率對數的平均）= { $bp } × { $mean } = { $score }。沒有相符的階按減半的精確率計（指數平滑），所以缺一個 4 元組不會讓分數變成 0。
learn-signature = 簽章：
learn-chrf-intro = chrF++ 比較字元 n 元組（1 到 6，去掉空格）和詞 n 元組（1 和 2）：部分正確的詞也得分，且不需要斷詞，適合中文和短回答。
learn-chrf-char = 字元，n = { $n }
learn-chrf-word = 詞，n = { $n }
learn-chrf-score = 各階平均精確率 { $precision }、召回率 { $recall }，以 β = { $beta } 的 F-β 合併（召回率的權重是 { $beta } 倍）：chrF++ = { $score }。
learn-rouge-intro = ROUGE 從參考答案一方看：回答召回了參考答案的多少。ROUGE-1 數共有的詞，ROUGE-2 數共有的相鄰詞對，ROUGE-L 找順序相同的最長詞串。Pingfen 報告 F 值。
learn-choice-title = 從回答中讀出選項
learn-choice-intro = 對選擇題，Pingfen 讀出回答選了哪個選項：明確的作答（「答案是B」、"The answer is (B)"）優先於推理中提到的字母；含糊或自相矛盾的回答進入複核佇列。寫一個回答，看看由哪條規則決定。
learn-options = 選項，每行一個（A. …）
learn-choice-answer = 回答
learn-choice-chosen = 選了：{ $letters }，由規則「{ $rule }」決定。
learn-choice-none = 沒有選出選項（規則「{ $rule }」）：按答錯計，並進入複核佇列。
learn-choice-evidence = 起決定作用的文字：
learn-choice-review = 這個回答需要人來讀：它會進入複核佇列。
learn-likert-title = 評分的換算
learn-likert-intro = 人在量表上（例如 1 到 7）為開放題的回答評分。為了與指標分數並列，評分換算到 0–100：量表最低點為 0，最高點為 100。
learn-rating = 評分
learn-scale-min = 量表從
learn-scale-max = 到
learn-likert-score = （{ $rating } − { $min }）/（{ $max } − { $min }）× 100 = { $score }
learn-likert-clamped = { $rating } 超出量表：按 { $clamped } 計。
learn-pairwise-title = 兩兩比較的擬合
learn-pairwise-intro = 根據兩個回答之間的投票，Bradley-Terry 求出最能解釋這些投票的評分（平手算半勝；相差 400 分即 10:1 的勝算），Elo 則在每次投票後更新評分（K = { $k }）。區間來自對投票的 { $rounds } 次重抽樣。投票寫成「Qilin > Aurora」（Qilin 勝）、「Qilin < Aurora」或「Qilin = Aurora」（平手）。
learn-votes = 投票，每行一個
learn-votes-unread = 第 { $lines } 行不是投票：請寫「勝者 > 負者」或「甲 = 乙」。
learn-bootstrap-title = 自助法區間
learn-bootstrap-intro = 少數幾道題的平均分有多可靠？Pingfen 有放回地隨機重抽同樣數量的題目（{ $rounds } 次，種子 { $seed }：在每台電腦上得到相同的區間），每次求平均，報告這些平均值中間的 95 %。
learn-scores = 題目分數（0–100）
learn-scores-unread = 不是 0 到 100 的分數，已略去：{ $entries }
learn-bootstrap-resamples = 前幾次重抽樣的平均：{ $means } ……
learn-bootstrap-result = { $count } 道題的平均 { $mean }，95 % 區間 { $low } – { $high }。
learn-rubric-title = 評分規則檢查
learn-rubric-intro = 沒有參考答案的題可以用規則檢查：好回答應包含的要點（要點文字或其同義詞出現即算找到，比較前做與各處相同的正規化：全形轉半形、繁體轉簡體）、禁用詞、模式、長度、有效 JSON、回答的語言。這裡對上面模型的回答執行兩項檢查。
learn-points = 要點，每行一個（同義詞寫在 | 之後）
learn-length-max-chars = 最多字數
learn-length-max-words = 最多詞數
learn-rubric-passed = 通過，{ $score }
learn-rubric-failed = 未通過，{ $score }
learn-rubric-found = 找到：
learn-rubric-missed = 缺少：
