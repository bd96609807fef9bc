//! Charts as SVG text: the Chinese-vs-English rank shift (slope chart), dimension scores as
//! grouped bars with their intervals, and the distribution of item scores per model. The app
//! shows them, downloads them as SVG or PNG, and the HTML report inlines them — one drawing
//! for all three.
//!
//! Every chart has a `<title>` and a `<desc>` (read by screen readers), draws on its own white
//! background, uses the Okabe–Ito palette (distinguishable with the common colour-vision
//! deficiencies) with a dash pattern once colours repeat, and escapes every text it is given.
//! Its words (titles, descriptions, axis labels) come from the catalogue, in the interface
//! language it is given.

use std::fmt::Write;

use crate::core::aggregate::{side, LanguageGaps, Row};
use crate::core::format::score;
use crate::core::i18n::{self, msg, Locale, Message};
use crate::core::results::Results;
use crate::core::model::suite::Suite;
use crate::core::text::Lang;

/// The charts Pingfen draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    /// Rank in Chinese against rank in English.
    Slope,
    /// One language's dimension scores.
    Bars(Lang),
    /// One language's item scores per model.
    Distribution(Lang),
}

impl Chart {
    /// `slope`, `bars-zh`, `dist-en`…: the drawing's `data-chart`, and a stem for file names.
    pub fn id(self) -> &'static str {
        match self {
            Chart::Slope => "slope",
            Chart::Bars(Lang::Zh) => "bars-zh",
            Chart::Bars(Lang::En) => "bars-en",
            Chart::Distribution(Lang::Zh) => "dist-zh",
            Chart::Distribution(Lang::En) => "dist-en",
        }
    }

    /// The chart's title, as it draws it.
    pub fn title(self) -> Message {
        Message::plain(match self {
            Chart::Slope => "chart-slope-title",
            Chart::Bars(Lang::Zh) => "chart-bars-zh-title",
            Chart::Bars(Lang::En) => "chart-bars-en-title",
            Chart::Distribution(Lang::Zh) => "chart-dist-zh-title",
            Chart::Distribution(Lang::En) => "chart-dist-en-title",
        })
    }
}

/// Okabe & Ito (2008), without yellow (too light on white) and black (kept for text).
pub const PALETTE: [&str; 6] = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9"];
const TEXT: &str = "#1b1f27";
const MUTED: &str = "#555e6e";
const GRID: &str = "#d9dde4";
// i18n-exempt: font names
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";
/// Traditional glyph forms first for Traditional readers (the same characters differ in shape).
// i18n-exempt: font names
const FONT_HANT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'WenQuanYi Zen Hei', sans-serif";

/// Text made safe for XML and HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A model's colour and dash pattern, by its position in the results.
pub fn style(index: usize) -> (&'static str, &'static str) {
    let dash = ["", "6 3", "2 3", "8 3 2 3"][(index / PALETTE.len()) % 4];
    (PALETTE[index % PALETTE.len()], dash)
}

/// Names longer than this are cut with an ellipsis in labels (titles keep them whole).
const LABEL_CHARS: usize = 26;

fn short(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        name.to_owned()
    } else {
        name.chars().take(LABEL_CHARS - 1).chain(['…']).collect()
    }
}

/// A label in at most two lines of about `width` characters, broken at spaces (or anywhere
/// in text without spaces, such as Chinese).
fn wrap(label: &str, width: usize) -> Vec<String> {
    if label.chars().count() <= width {
        return vec![label.to_owned()];
    }
    let mut first = String::new();
    let mut words = label.split(' ').peekable();
    while let Some(word) = words.peek() {
        if !first.is_empty() && first.chars().count() + 1 + word.chars().count() > width {
            break;
        }
        if !first.is_empty() {
            first.push(' ');
        }
        first.push_str(word);
        words.next();
    }
    if first.chars().count() > width || first.is_empty() {
        first = label.chars().take(width).collect();
        let rest: String = label.chars().skip(width).collect();
        return vec![first, short(&rest)];
    }
    let rest: Vec<&str> = words.collect();
    vec![first, short(&rest.join(" "))]
}

fn open(out: &mut String, id: &str, width: f64, height: f64, title: &str, desc: &str, locale: Locale) {
    let font = if locale == Locale::ZhHant { FONT_HANT } else { FONT };
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{font}" font-size="13" data-chart="{id}"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc><rect width="100%" height="100%" fill="#ffffff"/>"##,
        escape(title),
        escape(desc)
    );
}

/// A description made of one sentence per model.
fn sentences(sentences: impl IntoIterator<Item = Message>, locale: Locale) -> String {
    sentences.into_iter().map(|sentence| sentence.text(locale)).collect::<Vec<_>>().join(" ")
}

fn text(out: &mut String, x: f64, y: f64, anchor: &str, fill: &str, weight: &str, content: &str) {
    let _ = write!(out, r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" fill="{fill}" font-weight="{weight}">{}</text>"#, escape(content));
}

/// Chinese rank on the left, English rank on the right, one line per model: crossing lines
/// are models the two languages order differently. `rows` in any order; `models` gives the
/// colour order. With the language gaps, a change of rank the data support is drawn solid
/// and bold, one within noise faint (`data-shift` says which).
pub fn slope(rows: &[Row], models: &[String], locale: Locale, gaps: Option<&LanguageGaps>) -> String {
    let title = Chart::Slope.title().text(locale);
    let (left, right) = (i18n::text(locale, "chart-slope-zh"), i18n::text(locale, "chart-slope-en"));
    let rank = |rank: Option<usize>| rank.map_or_else(|| "–".to_owned(), |r| r.to_string());
    let place = |lang: Lang| -> Vec<(usize, &Row)> {
        let mut ranked: Vec<&Row> = rows.iter().filter(|r| side(r, lang).composite.is_some()).collect();
        ranked.sort_by(|a, b| side(b, lang).composite.unwrap_or(0.0).total_cmp(&side(a, lang).composite.unwrap_or(0.0)).then_with(|| a.model.cmp(&b.model)));
        ranked.into_iter().enumerate().collect()
    };
    let (zh, en) = (place(Lang::Zh), place(Lang::En));
    let n = zh.len().max(en.len()).max(1);
    let (gap, top, width) = (34.0, 60.0, 760.0);
    let height = top + gap * n as f64 + 16.0;
    let (x_left, x_right) = (300.0, 460.0);
    let y = |position: usize| top + gap * position as f64 + gap / 2.0;
    let desc = sentences(rows.iter().map(|row| {
        msg!("chart-slope-desc", model = &row.model, zh_rank = rank(row.zh.rank), zh_score = score(row.zh.composite), en_rank = rank(row.en.rank), en_score = score(row.en.composite))
    }), locale);
    let mut out = String::new();
    open(&mut out, Chart::Slope.id(), width, height, &title, &desc, locale);
    text(&mut out, 8.0, 22.0, "start", TEXT, "700", &title);
    text(&mut out, x_left, 50.0, "middle", TEXT, "700", &left);
    text(&mut out, x_right, 50.0, "middle", TEXT, "700", &right);
    for row in rows {
        let index = models.iter().position(|m| *m == row.model).unwrap_or(0);
        let (colour, dash) = style(index);
        let zh_at = zh.iter().find(|(_, r)| r.model == row.model).map(|(p, _)| *p);
        let en_at = en.iter().find(|(_, r)| r.model == row.model).map(|(p, _)| *p);
        let gap = gaps.and_then(|gaps| gaps.models.iter().find(|g| g.model == row.model));
        let (shift, width, opacity) = match gap {
            None => ("unknown", 3, "1"),
            Some(g) if g.supported => ("supported", 5, "1"),
            Some(g) if g.shift == 0 => ("none", 3, "1"),
            Some(_) => ("noise", 3, "0.3"),
        };
        let _ = write!(out, r#"<g data-model="{}" data-shift="{shift}">"#, escape(&row.model));
        if let (Some(a), Some(b)) = (zh_at, en_at) {
            let _ = write!(out, r#"<line x1="{x_left}" y1="{:.1}" x2="{x_right}" y2="{:.1}" stroke="{colour}" stroke-width="{width}" stroke-opacity="{opacity}" stroke-dasharray="{dash}"/>"#, y(a), y(b));
        }
        if let Some(a) = zh_at {
            let _ = write!(out, r#"<circle cx="{x_left}" cy="{:.1}" r="6" fill="{colour}"/>"#, y(a));
            let label = format!("{} #{} {}", short(&row.model), row.zh.rank.unwrap_or(a + 1), score(row.zh.composite));
            text(&mut out, x_left - 14.0, y(a) + 4.5, "end", TEXT, "400", &label);
        }
        if let Some(b) = en_at {
            let _ = write!(out, r#"<circle cx="{x_right}" cy="{:.1}" r="6" fill="{colour}"/>"#, y(b));
            let label = format!("#{} {} {}", row.en.rank.unwrap_or(b + 1), score(row.en.composite), short(&row.model));
            text(&mut out, x_right + 14.0, y(b) + 4.5, "start", TEXT, "400", &label);
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// One language's dimension scores as grouped bars (a group per dimension, a bar per model)
/// with 95 % interval whiskers. `lang` is the language of the items, `locale` the reader's.
pub fn bars(suite: &Suite, rows: &[Row], models: &[String], lang: Lang, locale: Locale) -> String {
    let chart = Chart::Bars(lang);
    let title = chart.title().text(locale);
    let dimensions: Vec<(usize, String)> = suite
        .dimensions
        .iter()
        .enumerate()
        .filter(|(i, _)| rows.iter().any(|r| side(r, lang).dimensions.get(*i).copied().flatten().is_some()))
        .map(|(i, d)| (i, d.name.in_locale(locale).to_owned()))
        .collect();
    let n = models.len().max(1);
    let bar = (96.0 / n as f64).clamp(8.0, 26.0);
    let group = (bar * n as f64 + 36.0).max(150.0);
    let (left, top, plot) = (48.0, 40.0, 240.0);
    let legend_rows = n.div_ceil(3);
    let width = (left + group * dimensions.len().max(1) as f64 + 20.0).max(560.0);
    let height = top + plot + 56.0 + 22.0 * legend_rows as f64 + 10.0;
    let y = |value: f64| top + plot * (1.0 - value.clamp(0.0, 100.0) / 100.0);
    let separator = i18n::text(locale, "report-list-separator");
    let desc = sentences(rows.iter().map(|row| {
        let parts: Vec<String> = dimensions.iter().map(|(i, name)| format!("{name} {}", score(side(row, lang).dimensions.get(*i).copied().flatten()))).collect();
        msg!("chart-bars-desc", model = &row.model, scores = parts.join(&separator))
    }), locale);
    let mut out = String::new();
    open(&mut out, chart.id(), width, height, &title, &desc, locale);
    text(&mut out, left - 40.0, 22.0, "start", TEXT, "700", &title);
    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let _ = write!(out, r#"<line x1="{left}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="{GRID}"/>"#, width - 10.0, y(tick), y(tick));
        text(&mut out, left - 8.0, y(tick) + 4.0, "end", MUTED, "400", &format!("{tick:.0}"));
    }
    for (g, (i, name)) in dimensions.iter().enumerate() {
        let x0 = left + 18.0 + group * g as f64;
        for (m, model) in models.iter().enumerate() {
            let Some(row) = rows.iter().find(|r| &r.model == model) else { continue };
            let scores = side(row, lang);
            let Some(value) = scores.dimensions.get(*i).copied().flatten() else { continue };
            let (colour, _) = style(m);
            let x = x0 + bar * m as f64;
            let _ = write!(
                out,
                r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"><title>{}</title></rect>"#,
                y(value),
                bar - 2.0,
                y(0.0) - y(value),
                escape(&format!("{model} · {name}: {value:.1}"))
            );
            if let Some(interval) = scores.dimension_intervals.get(*i).copied().flatten() {
                let cx = x + (bar - 2.0) / 2.0;
                let _ = write!(out, r#"<path d="M{cx:.1} {:.1}V{:.1}M{:.1} {:.1}h6M{:.1} {:.1}h6" stroke="{TEXT}" stroke-width="1.2" fill="none"/>"#, y(interval.high), y(interval.low), cx - 3.0, y(interval.high), cx - 3.0, y(interval.low));
            }
        }
        for (line, part) in wrap(name, 20).iter().enumerate() {
            text(&mut out, x0 + bar * n as f64 / 2.0, top + plot + 20.0 + 16.0 * line as f64, "middle", TEXT, "600", part);
        }
    }
    for (m, model) in models.iter().enumerate() {
        let (colour, _) = style(m);
        let (column, line) = (m % 3, m / 3);
        let x = left + column as f64 * ((width - left) / 3.0);
        let y = top + plot + 60.0 + line as f64 * 22.0;
        let _ = write!(out, r#"<rect x="{x:.1}" y="{:.1}" width="12" height="12" fill="{colour}"/>"#, y - 10.0);
        text(&mut out, x + 18.0, y, "start", TEXT, "400", &short(model));
    }
    out.push_str("</svg>");
    out
}

/// A lane with more item scores than this shows them binned (a strip of bars, one per
/// `BIN_WIDTH` points) rather than a dot each: past it the dots merge into a smear, and a
/// large session's thousands of them make the page slow to draw.
pub const DOTS_UP_TO: usize = 150;
const BIN_WIDTH: f64 = 2.0;

/// Where each model's item scores fall (0–100) in one language: a dot per item (binned in a
/// large session), the middle half as a box, the mean as a bar. `lang` is the language of the
/// items, `locale` the reader's.
pub fn distribution(suite: &Suite, results: &Results, lang: Lang, locale: Locale) -> String {
    let chart = Chart::Distribution(lang);
    let title = chart.title().text(locale);
    let models = &results.models;
    let (left, top, right, lane) = (200.0, 44.0, 740.0, 40.0);
    let height = top + lane * models.len().max(1) as f64 + 36.0;
    let x = |value: f64| left + (right - left) * value.clamp(0.0, 100.0) / 100.0;
    let in_lang: std::collections::HashSet<&str> = suite.items.iter().filter(|i| i.lang == lang).map(|i| i.id.as_str()).collect();
    let lane_of: std::collections::HashMap<&str, usize> = models.iter().enumerate().map(|(i, m)| (m.as_str(), i)).collect();
    let mut by_model: Vec<Vec<f64>> = vec![Vec::new(); models.len()];
    for s in &results.items {
        if let (Some(&m), Some(value), true) = (lane_of.get(s.model.as_str()), s.score, in_lang.contains(s.item.as_str())) {
            by_model[m].push(value);
        }
    }
    let mut desc = Vec::new();
    let mut lanes = Vec::new();
    for (model, mut values) in models.iter().zip(by_model) {
        values.sort_by(f64::total_cmp);
        let mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
        desc.push(msg!("chart-dist-desc", model = model, count = values.len(), mean = score(mean)));
        lanes.push((model, values, mean));
    }
    let desc = sentences(desc, locale);
    let mut out = String::new();
    open(&mut out, chart.id(), 760.0, height, &title, &desc, locale);
    text(&mut out, 8.0, 22.0, "start", TEXT, "700", &title);
    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let _ = write!(out, r#"<line x1="{:.1}" x2="{:.1}" y1="{top}" y2="{:.1}" stroke="{GRID}"/>"#, x(tick), x(tick), height - 30.0);
        text(&mut out, x(tick), height - 12.0, "middle", MUTED, "400", &format!("{tick:.0}"));
    }
    for (m, (model, values, mean)) in lanes.iter().enumerate() {
        let (colour, _) = style(m);
        let middle = top + lane * m as f64 + lane / 2.0;
        text(&mut out, left - 12.0, middle + 4.0, "end", TEXT, "400", &short(model));
        let quartile = |q: f64| crate::core::stats::bootstrap::quantile(values, q);
        if let (Some(q1), Some(q3)) = (quartile(0.25), quartile(0.75)) {
            let _ = write!(out, r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}" fill-opacity="0.18" stroke="{colour}"/>"#, x(q1), middle - 11.0, (x(q3) - x(q1)).max(1.0), 22.0);
        }
        if values.len() <= DOTS_UP_TO {
            for (i, value) in values.iter().enumerate() {
                // Spread equal values vertically so that a pile of 100s stays countable.
                let jitter = ((i * 7) % 9) as f64 - 4.0;
                let _ = write!(out, r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{colour}" fill-opacity="0.75"/>"#, x(*value), middle + jitter * 2.0);
            }
        } else {
            // Bars rising from the lane's foot, as tall as their bin is full against the fullest.
            let bins = (100.0 / BIN_WIDTH) as usize;
            let mut counts = vec![0usize; bins];
            for value in values {
                counts[((value.clamp(0.0, 100.0) / BIN_WIDTH) as usize).min(bins - 1)] += 1;
            }
            let fullest = counts.iter().copied().max().unwrap_or(1) as f64;
            for (bin, &count) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
                let (low, high) = (bin as f64 * BIN_WIDTH, (bin + 1) as f64 * BIN_WIDTH);
                let tall = 2.0 + 16.0 * count as f64 / fullest;
                let label = msg!("chart-dist-bin", count = count, low = format!("{low:.0}"), high = format!("{high:.0}")).text(locale);
                let _ = write!(
                    out,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{tall:.1}" fill="{colour}" fill-opacity="0.75"><title>{}</title></rect>"#,
                    x(low),
                    middle + 9.0 - tall,
                    (x(high) - x(low) - 1.0).max(1.0),
                    escape(&label)
                );
            }
        }
        if let Some(mean) = mean {
            let _ = write!(out, r#"<line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="{TEXT}" stroke-width="3"><title>{}</title></line>"#, x(*mean), x(*mean), middle - 14.0, middle + 14.0, escape(&msg!("chart-dist-mean", model = *model, mean = score(Some(*mean))).text(locale)));
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(escape(r#"<script>alert("x")</script> & 'y'"#), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
        assert_eq!(escape("a\u{0}b\u{7}c\n"), "abc\n");
    }

    #[test]
    fn styles_repeat_colours_with_another_dash() {
        assert_eq!(style(0), (PALETTE[0], ""));
        assert_eq!(style(PALETTE.len()).0, PALETTE[0]);
        assert_ne!(style(PALETTE.len()).1, "");
    }

    #[test]
    fn labels_wrap_into_two_lines() {
        assert_eq!(wrap("Natural-language proficiency", 20), ["Natural-language", "proficiency"]);
        assert_eq!(wrap("Safety", 20), ["Safety"]);
        assert_eq!(wrap("自然语言能力与学科专业能力与安全与责任能力综合", 10).len(), 2);
    }

    #[test]
    fn long_names_are_cut_in_labels() {
        assert_eq!(short("Qilin-Chat"), "Qilin-Chat");
        assert_eq!(short(&"很".repeat(40)).chars().count(), LABEL_CHARS);
    }
}
