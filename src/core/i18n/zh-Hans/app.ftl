# 应用的框架：页眉、页脚、工作栏、词典状态、导出，以及两种评测语言的名称。

## 页眉

app-tagline = 在浏览器中为大模型的中英文回答评分
app-interface-language = 界面语言
# 标志字与名称“Pingfen 评分”的中文部分（品牌名）。
app-logo = 评
app-name-chinese = 评分

## 页眉中的中文词典状态

dictionary-label = 中文词典
dictionary-downloading = 下载中…
dictionary-building = 构建中…
dictionary-ready = 就绪 · { $ms } ms
dictionary-failed = 加载失败
dictionary-retry = 重试
dictionary-failed-network = 无法下载词典（{ $url }）：{ $detail }。请检查网络连接后重试。
dictionary-failed-http = 服务器对词典文件（{ $url }）返回了 { $status }。网站可能正在更新，请稍后重试。
dictionary-failed-corrupt = 词典文件已损坏：{ $detail }。请刷新页面重新下载。
dictionary-failed-engine = 评分引擎已停止（{ $detail }）。屏幕上的内容都已保留；请点击“重试”重新启动。
scoring-progress = 正在评分：第 { $done } / { $total } 个回答…
scoring-updating = 正在更新排行榜…
scoring-cancel = 取消
scoring-stale = 排行榜显示的是你上次更改之前的分数。
scoring-again = 重新评分

## 页脚

footer-privacy = 所有计算都在本页面内完成：你粘贴的内容不会离开你的电脑。
footer-version = Pingfen 版本 { $version }

## 题目语言的名称

language-zh = 中文
language-en = 英文

## 工作栏：各页面、会话来源、打开、粘贴、导出

workbench-label = 会话
workbench-tab-results = 排行榜
workbench-tab-items = 逐题查看
workbench-tab-rate = 人工评分
workbench-tab-raters = 评分员
workbench-tab-tokenizer = 分词演示
workbench-tab-learn = 评分原理
workbench-open-files = 打开文件…
workbench-sample = 示例
workbench-paste = 粘贴回答…
workbench-source = { $origin } · { $models } 个模型 · { $items } 道题
# 列名（题目、question、model、模型、题号、回答）是读取程序识别的名称，请保持原样。
workbench-hint = 可打开或拖入评测套件（.json，或含 题目 / question 列的 .csv / .xlsx 表格）、模型回答（.jsonl，或含 model / item / answer 列的 .csv / .xlsx 表格，也支持 模型 / 题号 / 回答；CSV 可为 UTF-8、UTF-16、GB18030 或 Big5）或评分簿。
workbench-formats = 可以打开哪些文件？
workbench-dismiss = 关闭
workbench-paste-model = 模型名称
workbench-paste-items = 题目
workbench-paste-all = 全部题目（按套件顺序）
workbench-paste-zh = 仅中文题
workbench-paste-en = 仅英文题
workbench-paste-text = 回答：编号列表（1. … 2. …）或以空行分隔的段落
workbench-paste-submit = 添加回答

## 导出按钮

export-scorebook = 导出评分簿
export-rater-file = 下载我的评分文件
export-report = 报告（HTML）
export-item-scores-csv = 逐题得分（CSV）
export-workbook = 全部表格（XLSX）
export-circular-suite = CircularEval 评测套件（JSON）

## 标签页、数据菜单、首次访问指引

skip-to-content = 跳到正文
workbench-tabs = 页面
workbench-data = 数据
workbench-paste-close = 关闭
workbench-paste-expects = { $which ->
        [zh] 需要 { $count } 条回答，每道中文题一条，按套件顺序。
        [en] 需要 { $count } 条回答，每道英文题一条，按套件顺序。
       *[all] 需要 { $count } 条回答，每题一条，按套件顺序。
    }
guide-label = 使用入门
guide-explore = 1. 看看示例：
guide-explore-how = 点击分数，查看背后的回答。
guide-bring = 2. 导入你的回答：
guide-bring-how = 打开文件… 或 粘贴回答…（手机上在“数据”菜单里）。
guide-rate = 3. 人工评分：
guide-rate-how = 在“人工评分”页盲评回答。
guide-close = 知道了
workbench-tab-review = 复核
update-available = 有可用更新——新版 Pingfen 已就绪。你的工作已保存在此浏览器中。
update-reload = 重新加载
engine-not-named = 此页面未指明引擎文件，请刷新页面
