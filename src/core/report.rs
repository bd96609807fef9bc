//! The self-contained HTML report: leaderboards with intervals, the charts, how every number
//! was made (metrics and their signatures, the aggregation rule, rater agreement, pairwise
//! ratings) and an appendix with every item and answer. One file with inline CSS and SVG and
//! no script: it opens offline, prints well and reads the same with scripts off. Every text
//! from a suite or an answer is escaped.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::core::aggregate::{leaderboard, side, Row, SortKey};
use crate::core::charts::{self, escape};
use crate::core::format::{score as fmt, statistic as stat};
use crate::core::model::session::Session;
use crate::core::results::Results;
use crate::core::scoring::{Detail, Source};
use crate::core::text::Lang;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; color: #1b1f27; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 1px solid #d9dde4; padding-bottom: 4px; } h3 { font-size: 1.05rem; margin: 20px 0 6px; }
.meta, .note { color: #555e6e; } .note { font-size: 0.9rem; max-width: 75ch; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9rem; } th, td { border-bottom: 1px solid #e3e6eb; padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #b8bfcb; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ci { color: #555e6e; font-size: 0.8em; } code { font-size: 0.85em; overflow-wrap: anywhere; }
figure { margin: 12px 0 20px; } svg { max-width: 100%; height: auto; }
.item { border-top: 1px solid #d9dde4; padding-top: 8px; margin-top: 16px; page-break-inside: avoid; }
.answer { white-space: pre-wrap; overflow-wrap: anywhere; }
@media print { body { padding: 0; font-size: 11pt; } h2 { page-break-after: avoid; } figure, table { page-break-inside: avoid; } a { color: inherit; } }
"#;

/// The report in the interface language `ui`; `created` is stamped in its header.
pub fn html(session: &Session, results: &Results, ui: Lang, created: &str) -> String {
    let tr = |en: &'static str, zh: &'static str| if ui == Lang::Zh { zh } else { en };
    let suite = &session.suite;
    let rows = leaderboard(suite, &results.table, &results.models, SortKey::Overall);
    let title = suite.title.get(ui);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<!doctype html><html lang="{}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{} — Pingfen</title><style>{STYLE}</style></head><body>"#,
        if ui == Lang::Zh { "zh-Hans" } else { "en" },
        escape(title)
    );
    let _ = write!(
        out,
        r#"<header><h1>{}</h1><p class="meta">{} · {} {} · {} {} · Pingfen {} · {}</p></header>"#,
        escape(title),
        escape(created),
        results.models.len(),
        tr("models", "个模型"),
        suite.items.len(),
        tr("items", "道题"),
        crate::VERSION,
        escape(&suite.id)
    );

    // Leaderboards.
    let _ = write!(out, "<h2>{}</h2>", tr("Leaderboards", "排行榜"));
    let _ = write!(
        out,
        r#"<p class="note">{}</p>"#,
        tr(
            "Scores 0–100 with seeded bootstrap 95 % intervals (items resampled within sub-tasks). Rank: by score; in brackets the ranks the model could plausibly hold given the intervals.",
            "分数为 0–100，附带种子固定的自助法 95% 区间（在各子任务内对题目重抽样）。名次按分数排列；括号内为考虑区间后模型可能的名次范围。"
        )
    );
    for lang in [Lang::Zh, Lang::En] {
        let mut sorted: Vec<&Row> = rows.iter().filter(|r| side(r, lang).composite.is_some()).collect();
        if sorted.is_empty() {
            continue;
        }
        sorted.sort_by_key(|r| side(r, lang).rank.unwrap_or(usize::MAX));
        let _ = write!(out, "<h3>{}</h3><table data-lang=\"{}\"><thead><tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th>", if lang == Lang::Zh { tr("Chinese", "中文") } else { tr("English", "英文") }, code(lang), tr("Rank", "名次"), tr("Model", "模型"), tr("Composite", "综合"));
        let dims: Vec<usize> = (0..suite.dimensions.len()).filter(|&i| sorted.iter().any(|r| side(r, lang).dimensions.get(i).copied().flatten().is_some())).collect();
        for &i in &dims {
            let _ = write!(out, "<th class=\"num\">{}</th>", escape(suite.dimensions[i].name.get(ui)));
        }
        out.push_str("</tr></thead><tbody>");
        for row in sorted {
            let scores = side(row, lang);
            let range = scores.rank_range.filter(|(a, b)| a != b).map(|(a, b)| format!(" <span class=\"ci\">({a}–{b})</span>")).unwrap_or_default();
            let _ = write!(
                out,
                r#"<tr data-model="{}"><td class="num">#{}{range}</td><th scope="row">{}</th><td class="num" data-score="composite">{}{}</td>"#,
                escape(&row.model),
                scores.rank.unwrap_or(0),
                escape(&row.model),
                fmt(scores.composite),
                interval(scores.interval)
            );
            for &i in &dims {
                let _ = write!(out, "<td class=\"num\">{}{}</td>", fmt(scores.dimensions.get(i).copied().flatten()), interval(scores.dimension_intervals.get(i).copied().flatten()));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
    }
    if rows.iter().any(|r| r.overall.is_some()) {
        let _ = write!(out, "<h3>{}</h3><table data-lang=\"all\"><thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>", tr("Both languages", "中英综合"), tr("Model", "模型"), tr("Composite", "综合"));
        for row in &rows {
            let _ = write!(out, r#"<tr data-model="{}"><th scope="row">{}</th><td class="num">{}{}</td></tr>"#, escape(&row.model), escape(&row.model), fmt(row.overall), interval(row.overall_interval));
        }
        out.push_str("</tbody></table>");
    }

    // Charts.
    let _ = write!(out, "<h2>{}</h2>", tr("Charts", "图表"));
    let chart = |out: &mut String, svg: String| {
        let _ = write!(out, "<figure>{svg}</figure>");
    };
    chart(&mut out, charts::slope(&rows, &results.models, tr("Rank in Chinese and in English", "中文与英文排名对比"), tr("Chinese", "中文"), tr("English", "英文")));
    for lang in [Lang::Zh, Lang::En] {
        if rows.iter().any(|r| side(r, lang).composite.is_some()) {
            let name = if lang == Lang::Zh { tr("Dimensions, Chinese", "各维度得分（中文）") } else { tr("Dimensions, English", "各维度得分（英文）") };
            chart(&mut out, charts::bars(suite, &rows, &results.models, lang, ui, name));
            let name = if lang == Lang::Zh { tr("Item scores, Chinese", "逐题得分分布（中文）") } else { tr("Item scores, English", "逐题得分分布（英文）") };
            chart(&mut out, charts::distribution(suite, results, lang, name));
        }
    }

    // Method.
    let _ = write!(out, "<h2>{}</h2>", tr("Method", "方法"));
    let _ = write!(
        out,
        r#"<p class="note">{} <code>{}</code>. {}</p>"#,
        tr("Aggregation (item → sub-task → dimension → language → both):", "汇总规则（题目 → 子任务 → 维度 → 语言 → 中英综合）："),
        escape(&session.aggregation.signature()),
        tr("Micro pools the items below; macro averages the children by their weights.", "micro 表示对下层全部题目合并平均；macro 表示按权重对下一层取平均。")
    );
    let mut signatures: BTreeSet<String> = BTreeSet::new();
    for score in &results.items {
        match &score.detail {
            Detail::Reference { metrics } => signatures.extend(metrics.iter().map(|(_, s)| s.signature.to_string())),
            Detail::Choice { .. } => {
                signatures.insert(tr("choice: extracted option set = answer → 100, else 0", "选择题：提取的选项集合与答案一致得 100，否则 0").to_owned());
            }
            Detail::Rubric { .. } => {
                signatures.insert(tr("rubric: mean of the checks' scores", "评分细则：各项检查得分的平均").to_owned());
            }
            _ => {}
        }
        if score.source == Source::Human {
            signatures.insert(tr("human: mean rating per criterion, rescaled to 0–100, averaged over criteria", "人工：各评分项平均分换算为 0–100 后再平均").to_owned());
        }
    }
    let _ = write!(out, "<h3>{}</h3><ul>", tr("Scoring methods and signatures", "评分方法与签名"));
    for signature in &signatures {
        let _ = write!(out, "<li><code>{}</code></li>", escape(signature));
    }
    out.push_str("</ul>");
    let human = &results.human;
    if !human.agreement.is_empty() {
        let _ = write!(out, "<h3>{}</h3><table><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">α ordinal</th><th class=\"num\">α interval</th><th class=\"num\">Fleiss κ</th></tr></thead><tbody>", tr("Rater agreement", "评分员一致性"), tr("Criterion", "评分项"), tr("Raters", "评分员"), tr("Answers", "回答"));
        for a in &human.agreement {
            let _ = write!(out, "<tr><th scope=\"row\">{} ({}–{})</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>", escape(&a.criterion), a.min, a.max, a.raters.len(), a.pairable, stat(a.alpha_ordinal), stat(a.alpha_interval), stat(a.fleiss));
        }
        out.push_str("</tbody></table>");
    }
    for board in &human.pairwise {
        let scope = match board.lang {
            None => tr("all items", "全部题目"),
            Some(Lang::Zh) => tr("Chinese items", "中文题"),
            Some(Lang::En) => tr("English items", "英文题"),
        };
        let _ = write!(out, "<h3>{} · {} · {} {}</h3><table><thead><tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">Bradley-Terry</th><th class=\"num\">Elo</th></tr></thead><tbody>", tr("Pairwise ratings", "两两比较评分"), scope, board.votes, tr("votes", "票"), tr("Rank", "名次"), tr("Model", "模型"));
        for s in &board.standings {
            let _ = write!(out, "<tr><td class=\"num\">#{}</td><th scope=\"row\">{}</th><td class=\"num\">{:.0}{}</td><td class=\"num\">{:.0}{}</td></tr>", s.rank.unwrap_or(0), escape(&s.model), s.bradley_terry, interval0(s.bradley_terry_interval), s.elo, interval0(s.elo_interval));
        }
        out.push_str("</tbody></table>");
    }

    // Appendix.
    let _ = write!(out, "<h2>{}</h2>", tr("Appendix: every item", "附录：逐题明细"));
    for item in &suite.items {
        let _ = write!(
            out,
            r#"<section class="item" id="item-{}" lang="{}"><h3>{} <span class="meta">· {} / {}</span></h3><p>{}</p>"#,
            escape(&item.id),
            if item.lang == Lang::Zh { "zh" } else { "en" },
            escape(&item.id),
            escape(&item.dimension),
            escape(&item.subtask),
            escape(&item.prompt)
        );
        if !item.options.is_empty() {
            out.push_str("<ol type=\"A\">");
            for (letter, text) in &item.options {
                let _ = write!(out, "<li>{}{}</li>", escape(text), if item.answer.as_deref().is_some_and(|a| a.contains(letter.as_str())) { " ✓" } else { "" });
            }
            out.push_str("</ol>");
        }
        for reference in &item.references {
            let _ = write!(out, "<p class=\"note\">{}: {}</p>", tr("Reference", "参考答案"), escape(reference));
        }
        let _ = write!(out, "<table><thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead><tbody>", tr("Model", "模型"), tr("Score", "得分"), tr("By", "来源"), tr("Answer", "回答"));
        for score in results.items.iter().filter(|s| s.item == item.id) {
            let answer = session.answers.iter().rev().find(|a| a.model == score.model && a.item == item.id).map_or("", |a| a.answer.as_str());
            let by = if score.source == Source::Human { tr("human", "人工") } else { tr("metric", "自动") };
            let _ = write!(out, "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{by}</td><td class=\"answer\">{}</td></tr>", escape(&score.model), fmt(score.score), escape(answer));
        }
        out.push_str("</tbody></table></section>");
    }
    out.push_str("</body></html>\n");
    out
}

fn code(lang: Lang) -> &'static str {
    if lang == Lang::Zh { "zh" } else { "en" }
}

fn interval(value: Option<crate::core::stats::bootstrap::Interval>) -> String {
    value.map(|i| format!(" <span class=\"ci\">[{:.1}, {:.1}]</span>", i.low, i.high)).unwrap_or_default()
}

fn interval0(value: Option<crate::core::stats::bootstrap::Interval>) -> String {
    value.map(|i| format!(" <span class=\"ci\">[{:.0}, {:.0}]</span>", i.low, i.high)).unwrap_or_default()
}
