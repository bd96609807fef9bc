//! The self-contained HTML report: leaderboards with intervals, the charts, how every number
//! was made (metrics and their signatures, the aggregation rule, rater agreement per criterion
//! and per pair of raters, the widest disagreements, pairwise ratings) and an appendix with
//! every item and answer. One file with inline CSS and SVG and no script: it opens offline,
//! prints well and reads the same with scripts off. Every text from a suite or an answer is
//! escaped. Its words come from the catalogue (`report.ftl`), in the interface language it is
//! asked for; suites' names in that language where they have it.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::core::aggregate::{leaderboard, side, Row, SortKey};
use crate::core::charts::{self, escape};
use crate::core::format::{score as fmt, statistic as stat};
use crate::core::human::raters::{Agreement, Disagreement};
use crate::core::i18n::{self, msg, Locale, Message};
use crate::core::model::session::Session;
use crate::core::model::suite::{Item, Suite};
use crate::core::results::Results;
use crate::core::rubric::checks::CheckResult;
use crate::core::metrics::standard::MetricName;
use crate::core::scoring::{Detail, Source};
use crate::core::text::Lang;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; color: #1b1f27; background: #fff; } /* i18n-exempt: font names */
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 1px solid #d9dde4; padding-bottom: 4px; } h3 { font-size: 1.05rem; margin: 20px 0 6px; }
.meta, .note { color: #555e6e; } .note { font-size: 0.9rem; max-width: 75ch; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9rem; } th, td { border-bottom: 1px solid #e3e6eb; padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #b8bfcb; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ci { color: #555e6e; font-size: 0.8em; } code { font-size: 0.85em; overflow-wrap: anywhere; }
figure { margin: 12px 0 20px; } svg { max-width: 100%; height: auto; }
.item { border-top: 1px solid #d9dde4; padding-top: 8px; margin-top: 16px; page-break-inside: avoid; }
.answer { white-space: pre-wrap; overflow-wrap: anywhere; }
html:lang(zh-Hant) body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "WenQuanYi Zen Hei", sans-serif; } /* i18n-exempt: font names */
ul.checks { margin: 0; padding-left: 1.2em; }
/* A table wider than a phone scrolls inside its own box; the page stays the screen's width. */
table { display: block; max-width: 100%; overflow-x: auto; }
@media (max-width: 600px) { body { padding: 12px; } th, td { padding: 4px 6px; } }
@media print { table { display: table; } body { padding: 0; font-size: 11pt; } h2 { page-break-after: avoid; } figure, table { page-break-inside: avoid; } a { color: inherit; } }
"#;

/// The report in the interface language `locale`; `created` is stamped in its header.
pub fn html(session: &Session, results: &Results, locale: Locale, created: &str) -> String {
    let t = |key: &str| escape(&i18n::text(locale, key));
    let w = |message: Message| escape(&message.text(locale));
    let suite = &session.suite;
    let rows = leaderboard(suite, &results.table, &results.models, SortKey::Overall);
    let title = suite.title.in_locale(locale);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<!doctype html><html lang="{}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{} — Pingfen</title><style>{STYLE}</style></head><body>"#,
        locale.as_str(),
        escape(title)
    );
    let _ = write!(
        out,
        r#"<header><h1>{}</h1><p class="meta">{} · {} · {} · Pingfen {} · {}</p></header>"#,
        escape(title),
        escape(created),
        w(msg!("report-meta-models", count = results.models.len())),
        w(msg!("report-meta-items", count = suite.items.len())),
        crate::VERSION,
        escape(&suite.id)
    );

    // Leaderboards.
    let _ = write!(out, "<h2>{}</h2>", t("report-leaderboards"));
    let _ = write!(out, r#"<p class="note">{}</p>"#, t("report-leaderboards-note"));
    for lang in [Lang::Zh, Lang::En] {
        let mut sorted: Vec<&Row> = rows.iter().filter(|r| side(r, lang).composite.is_some()).collect();
        if sorted.is_empty() {
            continue;
        }
        sorted.sort_by_key(|r| side(r, lang).rank.unwrap_or(usize::MAX));
        let _ = write!(out, "<h3>{}</h3><table data-lang=\"{}\"><thead><tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th>", t(lang_key(lang)), code(lang), t("report-col-rank"), t("report-col-model"), t("report-col-composite"));
        let dims: Vec<usize> = (0..suite.dimensions.len()).filter(|&i| sorted.iter().any(|r| side(r, lang).dimensions.get(i).copied().flatten().is_some())).collect();
        for &i in &dims {
            let _ = write!(out, "<th class=\"num\">{}</th>", escape(suite.dimensions[i].name.in_locale(locale)));
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
        let _ = write!(out, "<h3>{}</h3><table data-lang=\"all\"><thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>", t("report-lang-all"), t("report-col-model"), t("report-col-composite"));
        for row in &rows {
            let _ = write!(out, r#"<tr data-model="{}"><th scope="row">{}</th><td class="num">{}{}</td></tr>"#, escape(&row.model), escape(&row.model), fmt(row.overall), interval(row.overall_interval));
        }
        out.push_str("</tbody></table>");
    }

    // Charts.
    let _ = write!(out, "<h2>{}</h2>", t("report-charts"));
    let chart = |out: &mut String, svg: String| {
        let _ = write!(out, "<figure>{svg}</figure>");
    };
    // The change of rank between the languages, solid where the data support it.
    let matrix = crate::core::aggregate::score_matrix(suite, &results.items, &results.models);
    let gaps = crate::core::aggregate::language_gaps(suite, &matrix, &results.models, session.aggregation, crate::core::aggregate::Resampling::default());
    chart(&mut out, charts::slope(&rows, &results.models, locale, Some(&gaps)));
    if gaps.models.len() >= 2 {
        let supported = gaps.supported().count();
        let _ = write!(out, r#"<p class="note" data-gap-supported="{supported}">{}</p>"#, escape(&msg!("gap-summary", supported = supported).text(locale)));
    }
    for lang in [Lang::Zh, Lang::En] {
        if rows.iter().any(|r| side(r, lang).composite.is_some()) {
            chart(&mut out, charts::bars(suite, &rows, &results.models, lang, locale));
            chart(&mut out, charts::distribution(suite, results, lang, locale));
        }
    }

    // CircularEval, when the suite asks its choice items in turns.
    let circular = &results.circular;
    if !circular.is_empty() {
        let _ = write!(out, "<h2>{}</h2><p class=\"note\">{}</p>", t("report-circular-title"), t("report-circular-intro"));
        let _ = write!(
            out,
            "<table data-circular=\"true\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
            t("report-col-model"),
            t("report-circular-per-turn"),
            t("report-circular-all-turns"),
            t("report-circular-letter")
        );
        for row in circular {
            let letter = row.preferred.as_ref().map(|(letter, share)| format!("{letter} ({share:.0} %)")).unwrap_or_else(|| "–".to_owned());
            let _ = write!(
                out,
                r#"<tr data-model="{}"><th scope="row">{}</th><td class="num">{}</td><td class="num" data-circular-score="{}">{}</td><td>{}</td></tr>"#,
                escape(&row.model),
                escape(&row.model),
                fmt(row.per_turn),
                fmt(row.circular),
                fmt(row.circular),
                escape(&letter)
            );
        }
        out.push_str("</tbody></table>");
    }

    // Method.
    let _ = write!(out, "<h2>{}</h2>", t("report-method"));
    let _ = write!(out, r#"<p class="note">{}</p>"#, with_code(msg!("report-aggregation", signature = CODE), &session.aggregation.signature(), locale));
    let mut signatures: BTreeSet<String> = BTreeSet::new();
    for score in &results.items {
        match &score.detail {
            Detail::Reference { metrics } => signatures.extend(metrics.iter().map(|(_, s)| s.signature.to_string())),
            Detail::Choice { .. } => {
                signatures.insert(i18n::text(locale, "report-method-choice"));
            }
            Detail::Rubric { .. } => {
                signatures.insert(i18n::text(locale, "report-method-rubric"));
            }
            _ => {}
        }
        if score.source == Source::Human {
            signatures.insert(i18n::text(locale, "report-method-human"));
        }
    }
    let _ = write!(out, "<h3>{}</h3><ul>", t("report-methods"));
    for signature in &signatures {
        let _ = write!(out, "<li><code>{}</code></li>", escape(signature));
    }
    out.push_str("</ul>");
    let human = &results.human;
    if !human.agreement.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3><table><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
            t("report-agreement"),
            t("report-col-criterion"),
            t("report-col-raters"),
            t("report-col-answers"),
            t("report-col-alpha-ordinal"),
            t("report-col-alpha-interval"),
            t("report-col-fleiss")
        );
        for a in &human.agreement {
            let _ = write!(out, "<tr><th scope=\"row\">{} ({}–{})</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>", escape(&criterion_name(suite, &a.criterion, locale)), a.min, a.max, a.raters.len(), a.pairable, stat(a.alpha_ordinal), stat(a.alpha_interval), stat(a.fleiss));
        }
        out.push_str("</tbody></table>");
        rater_pairs(&mut out, suite, &human.agreement, locale);
        disagreements(&mut out, suite, &human.disagreements, locale);
    }
    for board in &human.pairwise {
        let scope = Message::plain(match board.lang {
            None => "report-scope-all",
            Some(Lang::Zh) => "report-scope-zh",
            Some(Lang::En) => "report-scope-en",
        });
        // i18n-exempt: Bradley-Terry and Elo are the methods' names
        let _ = write!(out, "<h3>{}</h3><table><thead><tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">Bradley-Terry</th><th class=\"num\">Elo</th></tr></thead><tbody>", w(msg!("report-pairwise", scope = scope, votes = board.votes)), t("report-col-rank"), t("report-col-model"));
        for s in &board.standings {
            // A group number before the rank when some models never met.
            let group = s.group.map(|g| format!("{g}·")).unwrap_or_default();
            let rating = crate::core::human::raters::rating_shown(s);
            let _ = write!(out, "<tr><td class=\"num\">{group}#{}</td><th scope=\"row\">{}</th><td class=\"num\">{}{}</td><td class=\"num\">{:.0}{}</td></tr>", s.rank.unwrap_or(0), escape(&s.model), escape(&rating), interval0(s.bradley_terry_interval), s.elo, interval0(s.elo_interval));
        }
        out.push_str("</tbody></table>");
        for warning in board.warnings() {
            let _ = write!(out, "<p class=\"note\">{}</p>", escape(&w(warning)));
        }
    }

    judges(&mut out, suite, &human.judges, locale);
    how_scoring_works(&mut out, session, results, locale);

    // Appendix.
    let _ = write!(out, "<h2>{}</h2>", t("report-appendix"));
    for item in &suite.items {
        let (dimension, subtask) = place(suite, item, locale);
        let _ = write!(
            out,
            r#"<section class="item" id="item-{}" lang="{}"><h3>{} <span class="meta">· {} / {}</span></h3><p>{}</p>"#,
            escape(&item.id),
            code(item.lang),
            escape(&item.id),
            escape(dimension),
            escape(subtask),
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
            let _ = write!(out, "<p class=\"note\">{}</p>", w(msg!("report-reference", text = reference)));
        }
        let scores: Vec<_> = results.items.iter().filter(|s| s.item == item.id).collect();
        // Rule-checked items get a column with what each check found.
        let checked = scores.iter().any(|s| matches!(s.detail, Detail::Rubric { .. }));
        let _ = write!(out, "<table><thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th>", t("report-col-model"), t("report-col-score"), t("report-col-by"), t("report-col-answer"));
        if checked {
            let _ = write!(out, "<th>{}</th>", t("report-col-checks"));
        }
        out.push_str("</tr></thead><tbody>");
        for score in scores {
            let answer = session.answers.iter().rev().find(|a| a.model == score.model && a.item == item.id).map_or("", |a| a.answer.as_str());
            let by = match (&score.overridden, score.source) {
                (Some(entry), _) => w(msg!("report-by-override", by = entry.by.as_str(), reason = entry.reason.as_str())),
                (None, Source::Human) => t("report-by-human"),
                (None, _) => t("report-by-metric"),
            };
            let _ = write!(out, "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{by}</td><td class=\"answer\">{}</td>", escape(&score.model), fmt(score.score), escape(answer));
            if checked {
                out.push_str("<td><ul class=\"checks\">");
                if let Detail::Rubric { checks, errors } = &score.detail {
                    for check in checks {
                        let _ = write!(out, "<li>{}</li>", escape(&check_line(check, locale)));
                    }
                    if !errors.is_empty() {
                        let _ = write!(out, "<li>{}</li>", w(msg!("report-check-errors", count = errors.len())));
                    }
                }
                out.push_str("</ul></td>");
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></section>");
    }
    out.push_str("</body></html>\n");
    out
}

/// Stands for a message's code argument until the worded text is escaped (a private-use
/// character: no catalogue text contains it).
const CODE: &str = "\u{E000}";

/// `message` worded and escaped, with its `CODE` argument set as `<code>code</code>`.
/// Model judges beside the people: agreement per criterion and the judge's leaderboard.
fn judges(out: &mut String, suite: &Suite, judges: &[crate::core::human::judge::JudgeReport], locale: Locale) {
    let t = |key: &str| escape(&i18n::text(locale, key));
    for judge in judges {
        let _ = write!(out, "<h3>{}</h3>", escape(&msg!("report-judge-title", judge = judge.judge.clone(), ratings = judge.ratings, verdicts = judge.verdicts).text(locale)));
        if judge.criteria.iter().any(|c| c.units > 0) {
            let _ = write!(
                out,
                "<table><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">κ</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
                t("report-col-criterion"),
                t("judge-col-answers"),
                t("raters-col-kappa-quadratic"),
                t("judge-col-alpha-people"),
                t("judge-col-alpha-with")
            );
            for c in &judge.criteria {
                let _ = write!(out, "<tr><th scope=\"row\">{} ({}–{})</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>", escape(&criterion_name(suite, &c.criterion, locale)), c.min, c.max, c.units, stat(c.kappa), stat(c.quadratic), stat(c.alpha_people), stat(c.alpha_with_judge));
            }
            out.push_str("</tbody></table>");
        }
        let _ = write!(out, "<table><thead><tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>", t("report-col-rank"), t("report-col-model"), t("judge-col-judge"), t("judge-col-people"));
        for s in &judge.board {
            let people = s.people.map_or_else(|| "–".to_owned(), |p| format!("{p:.1}"));
            let _ = write!(out, "<tr><td class=\"num\">#{}</td><th scope=\"row\">{}</th><td class=\"num\">{:.1}</td><td class=\"num\">{}</td></tr>", s.judge_rank, escape(&s.model), s.judge, people);
        }
        out.push_str("</tbody></table>");
        if let Some(rho) = judge.rank_correlation {
            let _ = write!(out, "<p class=\"note\">{}</p>", escape(&msg!("judge-rank-correlation", rho = stat(Some(rho))).text(locale)));
        }
    }
}

/// "How scoring works", on this session's own answers: each kind of score with one worked
/// example from the results (the first answer of each kind), and the intervals' method.
fn how_scoring_works(out: &mut String, session: &Session, results: &Results, locale: Locale) {
    let t = |key: &str| escape(&i18n::text(locale, key));
    let w = |message: Message| escape(&message.text(locale));
    let _ = write!(out, "<h2>{}</h2><p class=\"note\">{}</p>", t("learn-title"), t("report-learn-intro"));
    let first = |wanted: fn(&Detail) -> bool| results.items.iter().find(|s| s.overridden.is_none() && s.human.is_none() && wanted(&s.detail));
    // A translation-like item (scored by BLEU or chrF) teaches most; else any reference item.
    let overlap = |d: &Detail| matches!(d, Detail::Reference { metrics } if metrics.iter().any(|(name, _)| matches!(name, MetricName::Bleu | MetricName::Chrf | MetricName::ChrfPlusPlus)));
    if let Some(score) = first(overlap).or_else(|| first(|d| matches!(d, Detail::Reference { .. }))) {
        let lang = session.suite.item(&score.item).map_or(Lang::En, |i| i.lang);
        let _ = write!(out, "<h3>{}</h3>", t("report-learn-reference"));
        if overlap(&score.detail) {
            let _ = write!(out, "<p class=\"note\">{} {}</p>", t(if lang == Lang::Zh { "learn-bleu-intro-zh" } else { "learn-bleu-intro-en" }), t("learn-chrf-intro"));
        }
        if let Detail::Reference { metrics } = &score.detail {
            let _ = write!(out, "<p>{}</p><ul>", w(msg!("report-learn-example", model = score.model.clone(), item = score.item.clone())));
            for (_, metric) in metrics {
                let _ = write!(out, "<li>{} — <code>{}</code></li>", fmt(Some(metric.score)), escape(metric.signature.as_str()));
            }
            out.push_str("</ul>");
        }
    }
    if let Some(score) = first(|d| matches!(d, Detail::Choice { .. })) {
        let _ = write!(out, "<h3>{}</h3><p class=\"note\">{}</p>", t("learn-choice-title"), t("report-learn-choice"));
        if let Detail::Choice { expected, extraction } = &score.detail {
            let read = match &extraction.choice {
                Some(letters) => msg!("learn-choice-chosen", letters = letters.clone(), rule = extraction.rule.to_string()),
                None => msg!("learn-choice-none", rule = extraction.rule.to_string()),
            };
            let _ = write!(out, "<p>{} {} {}</p>", w(msg!("report-learn-example", model = score.model.clone(), item = score.item.clone())), w(read), w(msg!("report-learn-expected", expected = expected.clone(), score = fmt(score.score))));
            if let Some(evidence) = &extraction.evidence {
                let _ = write!(out, "<p>{} <mark>{}</mark></p>", t("learn-choice-evidence"), escape(evidence));
            }
        }
    }
    if let Some(score) = results.items.iter().find(|s| s.human.is_some()) {
        let _ = write!(out, "<h3>{}</h3><p class=\"note\">{}</p>", t("learn-likert-title"), t("learn-likert-intro"));
        if let (Some(human), Some(item)) = (&score.human, session.suite.item(&score.item)) {
            let _ = write!(out, "<p>{}</p><ul>", w(msg!("report-learn-example", model = score.model.clone(), item = score.item.clone())));
            for criterion in &human.criteria {
                if let Some((_, scale)) = session.suite.criteria(item).into_iter().find(|(c, _)| c.id == criterion.criterion) {
                    let rescaled = 100.0 * (criterion.mean - f64::from(scale.min)) / f64::from((scale.max - scale.min).max(1));
                    let _ = write!(out, "<li>{}: {}</li>", escape(&criterion_name(&session.suite, &criterion.criterion, locale)), w(msg!("report-learn-likert", mean = format!("{:.2}", criterion.mean), ratings = criterion.ratings, min = scale.min, max = scale.max, score = format!("{rescaled:.2}"))));
                }
            }
            let _ = write!(out, "</ul><p>{}</p>", w(msg!("report-learn-human-score", score = fmt(score.score))));
        }
    }
    if !results.human.pairwise.is_empty() {
        let settings = results.human.pairwise_settings;
        let _ = write!(out, "<h3>{}</h3><p class=\"note\">{}</p>", t("learn-pairwise-title"), w(msg!("learn-pairwise-intro", rounds = settings.rounds, k = settings.k.to_string())));
    }
    let resampling = crate::core::aggregate::Resampling::default();
    let _ = write!(out, "<h3>{}</h3><p class=\"note\">{}</p>", t("learn-bootstrap-title"), w(msg!("learn-bootstrap-intro", rounds = resampling.rounds, seed = resampling.seed.to_string())));
    let _ = write!(out, "<p class=\"note\">{}</p>", t("report-learn-app"));
}

fn with_code(message: Message, code: &str, locale: Locale) -> String {
    escape(&message.text(locale)).replace(CODE, &format!("<code>{}</code>", escape(code)))
}

/// One rule check as a line: passed or not, its kind and score, what it found and missed, its note.
fn check_line(check: &CheckResult, locale: Locale) -> String {
    let separator = i18n::text(locale, "report-list-separator");
    let mut parts = vec![format!("{} {} {}", if check.passed { "✓" } else { "✗" }, check.kind_message().text(locale), fmt(Some(check.score)))];
    if !check.found.is_empty() {
        parts.push(msg!("check-found", terms = check.found.join(&separator)).text(locale));
    }
    if !check.missed.is_empty() {
        parts.push(msg!("check-missed", terms = check.missed.join(&separator)).text(locale));
    }
    parts.extend(check.note_message().map(|note| note.text(locale)));
    parts.join(" · ")
}

/// The names of an item's dimension and sub-task for the reader (the ids if the suite has none).
fn place<'a>(suite: &'a Suite, item: &'a Item, locale: Locale) -> (&'a str, &'a str) {
    let Some(dimension) = suite.dimensions.iter().find(|d| d.id == item.dimension) else { return (&item.dimension, &item.subtask) };
    let subtask = dimension.subtasks.iter().find(|s| s.id == item.subtask).map(|s| s.name.in_locale(locale)).filter(|n| !n.is_empty()).unwrap_or(&item.subtask);
    let name = dimension.name.in_locale(locale);
    (if name.is_empty() { &item.dimension } else { name }, subtask)
}

/// A rating criterion's name for the reader (its id if the suite does not name it).
fn criterion_name(suite: &Suite, id: &str, locale: Locale) -> String {
    suite.criterion_name(id).map(|name| name.in_locale(locale).to_owned()).filter(|name| !name.is_empty()).unwrap_or_else(|| id.to_owned())
}

/// How many disagreements the report lists; the rest are counted in a line under the list.
const DISAGREEMENTS_LISTED: usize = 20;

/// Cohen's κ for every pair of raters on every criterion, over the answers both rated.
fn rater_pairs(out: &mut String, suite: &Suite, agreement: &[Agreement], locale: Locale) {
    let t = |key: &str| escape(&i18n::text(locale, key));
    if agreement.iter().all(|a| a.pairs.is_empty()) {
        return;
    }
    let _ = write!(
        out,
        "<h3>{}</h3><table data-table=\"rater-pairs\"><thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        t("report-cohen"),
        t("report-col-criterion"),
        t("report-col-raters"),
        t("report-col-shared"),
        t("report-col-kappa"),
        t("report-col-kappa-quadratic")
    );
    for a in agreement {
        let criterion = escape(&criterion_name(suite, &a.criterion, locale));
        for pair in &a.pairs {
            let _ = write!(
                out,
                "<tr data-criterion=\"{}\"><th scope=\"row\">{criterion}</th><td>{} · {}</td><td class=\"num\">{}</td><td class=\"num\" data-stat=\"kappa\">{}</td><td class=\"num\" data-stat=\"quadratic\">{}</td></tr>",
                escape(&a.criterion),
                escape(&pair.first),
                escape(&pair.second),
                pair.units,
                stat(pair.kappa),
                stat(pair.quadratic)
            );
        }
    }
    out.push_str("</tbody></table>");
}

/// The answers raters judged most differently, widest first, at most `DISAGREEMENTS_LISTED`.
fn disagreements(out: &mut String, suite: &Suite, disagreements: &[Disagreement], locale: Locale) {
    let t = |key: &str| escape(&i18n::text(locale, key));
    if disagreements.is_empty() {
        return;
    }
    let separator = i18n::text(locale, "report-list-separator");
    let _ = write!(
        out,
        "<h3>{}</h3><p class=\"note\">{}</p><table data-table=\"disagreements\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        t("report-disagreements"),
        t("report-disagreements-note"),
        t("report-col-item"),
        t("report-col-model"),
        t("report-col-criterion"),
        t("report-col-ratings"),
        t("report-col-spread")
    );
    for d in disagreements.iter().take(DISAGREEMENTS_LISTED) {
        let ratings: Vec<String> = d.values.iter().map(|(rater, value)| format!("{rater} {value}")).collect();
        let _ = write!(
            out,
            "<tr data-disagreement><th scope=\"row\"><a href=\"#item-{}\">{}</a></th><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            escape(&d.item),
            escape(&d.item),
            escape(&d.model),
            escape(&criterion_name(suite, &d.criterion, locale)),
            escape(&ratings.join(&separator)),
            stat(Some(d.spread))
        );
    }
    out.push_str("</tbody></table>");
    let more = disagreements.len().saturating_sub(DISAGREEMENTS_LISTED);
    if more > 0 {
        let _ = write!(out, "<p class=\"note\" data-more=\"{more}\">{}</p>", escape(&msg!("report-disagreements-more", count = more).text(locale)));
    }
}

fn lang_key(lang: Lang) -> &'static str {
    if lang == Lang::Zh { "report-lang-zh" } else { "report-lang-en" }
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
