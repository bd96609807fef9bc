//! Tables for spreadsheets: the leaderboard as the app shows it, every score in one long
//! table, the item scores and answers as rows, written as CSV or as an .xlsx workbook from the
//! same rows, so the two formats cannot drift apart.
//!
//! The leaderboard is for reading: its headers and the suite's dimension names are in the
//! interface language. The long tables are for scripts: their column names are identifiers,
//! the same in every language.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return)
//! as a formula — after blanks too when an import trims them, and in the full-width forms CJK
//! input methods type: such CSV text cells get a leading `'` (the usual guard), and XLSX cells,
//! always written as strings or numbers, never formulas, get Excel's quote prefix, so the text
//! stays text even when someone edits the cell. Numbers are numbers, never guarded.

use rust_xlsxwriter::{Format, Workbook};

use crate::core::aggregate::{self, side, BoardView, Cell};
use crate::core::i18n::{self, msg, Locale};
use crate::core::model::answers::Answer;
use crate::core::model::suite::Suite;
use crate::core::results::Results;
use crate::core::scoring::{Detail, ItemScore};
use crate::core::text::Lang;

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Text(String),
    /// A score (0–100), written with four decimals in CSV; empty when there is none.
    Score(Option<f64>),
    Count(usize),
    /// A rank (1 = best); empty for a model without a score.
    Rank(Option<usize>),
}

/// A table as exported: a sheet name, the header and the rows.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub sheet: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// Why an export could not be written; the file is then not offered at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ExportError(pub String);

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn names(columns: &[&str]) -> Vec<String> {
    columns.iter().map(|c| (*c).to_owned()).collect()
}

/// The leaderboard as the app shows it (`view`: its order and languages), one row per model:
/// the model; per language shown (Chinese, then English) the composite with its 95 % interval,
/// the rank and the ranks the intervals allow (`1–3`), then each dimension's score; with both
/// languages shown, the composite over both with its interval; last, how many of the model's
/// item scores a person overrode. Headers and the suite's dimension names are in `locale`.
pub fn leaderboard_as_shown(suite: &Suite, results: &Results, locale: Locale, view: BoardView) -> Table {
    leaderboard_of_table(suite, &results.table, &results.models, |model| results.overridden(model), locale, view)
}

/// [`leaderboard_as_shown`] from the rolled-up table alone (`overridden`: how many of a
/// model's item scores a person overrode), for results tallied without their item scores.
pub fn leaderboard_of_table(suite: &Suite, table: &[Cell], models: &[String], overridden: impl Fn(&str) -> usize, locale: Locale, view: BoardView) -> Table {
    let low = |column: &str| msg!("export-column-low", column = column).text(locale);
    let high = |column: &str| msg!("export-column-high", column = column).text(locale);
    let dimensions: Vec<String> =
        suite.dimensions.iter().map(|d| Some(d.name.in_locale(locale)).filter(|n| !n.is_empty()).unwrap_or(&d.id).to_owned()).collect();
    let mut columns = vec![i18n::text(locale, "leaderboard-model")];
    let languages: Vec<Lang> = [Lang::Zh, Lang::En].into_iter().filter(|lang| view.shows(*lang)).collect();
    for &lang in &languages {
        let language = if lang == Lang::Zh { i18n::text(locale, "language-zh") } else { i18n::text(locale, "language-en") };
        let of = |column: &str| msg!("export-column", language = language.as_str(), column = column).text(locale);
        let composite = of(&i18n::text(locale, "leaderboard-composite"));
        let (composite_low, composite_high) = (low(&composite), high(&composite));
        columns.extend([composite, composite_low, composite_high, of(&i18n::text(locale, "leaderboard-rank")), of(&i18n::text(locale, "export-rank-range"))]);
        columns.extend(dimensions.iter().map(|d| of(d)));
    }
    if view.only.is_none() {
        let both = i18n::text(locale, "leaderboard-both");
        let (both_low, both_high) = (low(&both), high(&both));
        columns.extend([both, both_low, both_high]);
    }
    columns.push(i18n::text(locale, "leaderboard-overrides"));

    let rows = aggregate::leaderboard(suite, table, models, view.sort)
        .iter()
        .map(|row| {
            let mut cells = vec![text(&row.model)];
            for &lang in &languages {
                let scores = side(row, lang);
                let range = scores.rank_range.map(|(best, worst)| if best == worst { best.to_string() } else { format!("{best}–{worst}") });
                cells.extend([
                    Value::Score(scores.composite),
                    Value::Score(scores.interval.map(|i| i.low)),
                    Value::Score(scores.interval.map(|i| i.high)),
                    Value::Rank(scores.rank),
                    Value::Text(range.unwrap_or_default()),
                ]);
                cells.extend(scores.dimensions.iter().map(|score| Value::Score(*score)));
            }
            if view.only.is_none() {
                cells.extend([Value::Score(row.overall), Value::Score(row.overall_interval.map(|i| i.low)), Value::Score(row.overall_interval.map(|i| i.high))]);
            }
            cells.push(Value::Count(overridden(&row.model)));
            cells
        })
        .collect();
    Table { sheet: i18n::text(locale, "export-sheet-leaderboard"), columns, rows }
}

/// Every score in one long table, a row per model × language × dimension × sub-task: model,
/// language (`all` for the composite over both), dimension and sub-task (empty for
/// composites), score, its 95 % interval, scored items, items.
pub fn scores_long(table: &[Cell]) -> Table {
    let rows = table
        .iter()
        .map(|cell| {
            vec![
                text(&cell.model),
                text(cell.lang_code()),
                text(cell.dimension.as_deref().unwrap_or("")),
                text(cell.subtask.as_deref().unwrap_or("")),
                Value::Score(cell.score),
                Value::Score(cell.interval.map(|i| i.low)),
                Value::Score(cell.interval.map(|i| i.high)),
                Value::Count(cell.scored),
                Value::Count(cell.items),
            ]
        })
        .collect();
    Table { sheet: "Scores".into(), columns: names(&["model", "lang", "dimension", "subtask", "score", "low", "high", "scored", "items"]), rows }
}

/// Every item score: model, item, score, source (`metric` or `human`), and what it was
/// computed by (the first metric's signature, the choice rule, the rubric's checks).
pub fn item_scores(results: &Results) -> Table {
    Table { sheet: ITEM_SCORES_SHEET.into(), columns: names(ITEM_SCORE_COLUMNS), rows: results.items.iter().map(item_score_row).collect() }
}

/// The sheet and the columns of [`item_scores`], for writers that stream its rows.
pub const ITEM_SCORES_SHEET: &str = "Items";
pub const ITEM_SCORE_COLUMNS: &[&str] = &["model", "item", "score", "source", "signature", "override_reason", "override_by", "override_at"];

/// One row of [`item_scores`].
pub fn item_score_row(score: &ItemScore) -> Vec<Value> {
    let signature = match &score.detail {
        Detail::Reference { metrics } => metrics.first().map(|(_, s)| s.signature.to_string()).unwrap_or_default(),
        Detail::Choice { extraction, .. } => match extraction.confidence {
            Some(class) => format!("choice|rule:{}|confidence:{}", extraction.rule, class.as_str()),
            None => format!("choice|rule:{}", extraction.rule),
        },
        Detail::Rubric { checks, .. } => format!("rubric|checks:{}", checks.len()),
        Detail::Open => "open".into(),
        Detail::Missing => "missing".into(),
    };
    let overridden = score.overridden.as_ref();
    vec![
        text(&score.model),
        text(&score.item),
        Value::Score(score.score),
        text(score.source.as_str()),
        Value::Text(signature),
        Value::Text(overridden.map(|o| o.reason.clone()).unwrap_or_default()),
        Value::Text(overridden.map(|o| o.by.clone()).unwrap_or_default()),
        Value::Text(overridden.map(|o| o.at.clone()).unwrap_or_default()),
    ]
}

/// A table as JSON for scripts: an array of objects keyed by its column names; scores,
/// counts and ranks are numbers (`null` when there is none), the rest strings.
pub fn to_json(table: &Table) -> Result<String, ExportError> {
    let mut out = RowWriter::json(Vec::new(), &table.columns)?;
    for row in &table.rows {
        out.row(row)?;
    }
    String::from_utf8(out.finish()?).map_err(|e| ExportError(e.to_string()))
}

/// Answers: model, item, answer.
pub fn answers(answers: &[Answer]) -> Table {
    let rows = answers.iter().map(|a| vec![text(&a.model), text(&a.item), text(&a.answer)]).collect();
    Table { sheet: "Answers".into(), columns: names(&["model", "item", "answer"]), rows }
}

/// Whether a spreadsheet could run `text` as a formula: it starts with a tab or a carriage
/// return, or (after any blanks an import may trim) with `=`, `+`, `-`, `@` or their
/// full-width forms.
pub fn would_run(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    text.starts_with(['\t', '\r']) || start.starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠'])
}

/// A text cell that a spreadsheet would run as a formula, made inert.
fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    if would_run(text) { format!("'{text}").into() } else { text.into() }
}

/// The table as CSV text (no byte-order mark; the app adds one for Excel).
pub fn to_csv(table: &Table) -> Result<String, ExportError> {
    let mut out = RowWriter::csv(Vec::new(), &table.columns)?;
    for row in &table.rows {
        out.row(row)?;
    }
    String::from_utf8(out.finish()?).map_err(|e| ExportError(e.to_string()))
}

/// A table written row by row as CSV or JSON (what [`to_csv`] and [`to_json`] write), for
/// tables too long to hold: a pipeline's million item scores.
pub struct RowWriter<W: std::io::Write> {
    shape: Shape<W>,
}

enum Shape<W: std::io::Write> {
    Csv(csv::Writer<W>),
    Json { out: W, columns: Vec<String>, rows: usize },
}

impl<W: std::io::Write> RowWriter<W> {
    /// CSV: the header now (guarded like any text: it can hold a suite's dimension names).
    pub fn csv(out: W, columns: &[String]) -> Result<Self, ExportError> {
        let mut out = csv::Writer::from_writer(out);
        out.write_record(columns.iter().map(|c| inert(c).into_owned())).map_err(fail)?;
        Ok(RowWriter { shape: Shape::Csv(out) })
    }

    /// JSON: an array of objects keyed by `columns`, in their order.
    pub fn json(mut out: W, columns: &[String]) -> Result<Self, ExportError> {
        let columns = columns.iter().map(|c| serde_json::to_string(c).map_err(fail)).collect::<Result<_, _>>()?;
        out.write_all(b"[").map_err(fail)?;
        Ok(RowWriter { shape: Shape::Json { out, columns, rows: 0 } })
    }

    pub fn row(&mut self, row: &[Value]) -> Result<(), ExportError> {
        match &mut self.shape {
            Shape::Csv(out) => {
                let cells = row.iter().map(|value| match value {
                    Value::Text(text) => inert(text),
                    Value::Score(score) => score.map(|s| format!("{s:.4}")).unwrap_or_default().into(),
                    Value::Count(count) => count.to_string().into(),
                    Value::Rank(rank) => rank.map(|r| r.to_string()).unwrap_or_default().into(),
                });
                out.write_record(cells.collect::<Vec<_>>().iter().map(|c| c.as_ref())).map_err(fail)
            }
            Shape::Json { out, columns, rows } => {
                // Written by hand so the keys keep the table's column order.
                let mut line = String::from(if *rows == 0 { "\n  {" } else { ",\n  {" });
                for (index, (column, value)) in columns.iter().zip(row).enumerate() {
                    let value = match value {
                        Value::Text(text) => serde_json::Value::from(text.as_str()),
                        Value::Score(score) => score.map_or(serde_json::Value::Null, |s| serde_json::Value::from((s * 1e4).round() / 1e4)),
                        Value::Count(count) => serde_json::Value::from(*count),
                        Value::Rank(rank) => rank.map_or(serde_json::Value::Null, serde_json::Value::from),
                    };
                    if index > 0 {
                        line.push_str(", ");
                    }
                    line.push_str(column);
                    line.push_str(": ");
                    line.push_str(&serde_json::to_string(&value).map_err(fail)?);
                }
                line.push('}');
                *rows += 1;
                out.write_all(line.as_bytes()).map_err(fail)
            }
        }
    }

    /// The last bytes written and flushed; the writer back.
    pub fn finish(self) -> Result<W, ExportError> {
        match self.shape {
            Shape::Csv(out) => out.into_inner().map_err(|e| fail(e.error())),
            Shape::Json { mut out, rows, .. } => {
                out.write_all(if rows == 0 { b"]\n" } else { b"\n]\n" }).map_err(fail)?;
                out.flush().map_err(fail)?;
                Ok(out)
            }
        }
    }
}

fn fail(error: impl std::fmt::Display) -> ExportError {
    ExportError(error.to_string())
}

/// The tables as one .xlsx workbook, a sheet each, headers in bold, scores shown to 0.1.
pub fn to_xlsx(tables: &[Table]) -> Result<Vec<u8>, ExportError> {
    let fail = |e: rust_xlsxwriter::XlsxError| ExportError(e.to_string());
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let number = Format::new().set_num_format("0.0");
    let quoted = Format::new().set_quote_prefix();
    for table in tables {
        let sheet = workbook.add_worksheet().set_name(&table.sheet).map_err(fail)?;
        for (col, title) in table.columns.iter().enumerate() {
            let format = if would_run(title) { bold.clone().set_quote_prefix() } else { bold.clone() };
            sheet.write_string_with_format(0, col as u16, title, &format).map_err(fail)?;
        }
        for (i, row) in table.rows.iter().enumerate() {
            let r = i as u32 + 1;
            for (col, value) in row.iter().enumerate() {
                let col = col as u16;
                match value {
                    Value::Text(text) if would_run(text) => sheet.write_string_with_format(r, col, text, &quoted).map(|_| ()).map_err(fail)?,
                    Value::Text(text) => sheet.write_string(r, col, text).map(|_| ()).map_err(fail)?,
                    Value::Score(Some(score)) => sheet.write_number_with_format(r, col, *score, &number).map(|_| ()).map_err(fail)?,
                    Value::Score(None) => {}
                    Value::Count(count) | Value::Rank(Some(count)) => sheet.write_number(r, col, *count as f64).map(|_| ()).map_err(fail)?,
                    Value::Rank(None) => {}
                }
            }
        }
    }
    workbook.save_to_buffer().map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_in_text_cells_are_made_inert_in_csv() {
        let table = Table { sheet: "T".into(), columns: names(&["model", "score"]), rows: vec![vec![text("=HYPERLINK(\"x\")"), Value::Score(Some(50.0))], vec![text("M"), Value::Score(None)]] };
        let csv = to_csv(&table).unwrap();
        assert_eq!(csv, "model,score\n\"'=HYPERLINK(\"\"x\"\")\",50.0000\nM,\n");
        // Headers can hold a suite's names: guarded the same.
        let header = Table { sheet: "T".into(), columns: names(&["@SUM(1)"]), rows: vec![vec![Value::Rank(None)], vec![Value::Rank(Some(2))]] };
        assert_eq!(to_csv(&header).unwrap(), "'@SUM(1)\n\"\"\n2\n");
    }

    #[test]
    fn what_would_run_is_told_from_text_and_numbers() {
        for runs in ["=1+1", "+1", "-A1", "@SUM(1)", "\t1", "\r1", " =1", "\n=1", "＝1+1", "\u{feff}=1"] {
            assert!(would_run(runs), "{runs:?}");
        }
        for stays in ["Qilin", "1+1", "a=b", "", "（=）", "50.0"] {
            assert!(!would_run(stays), "{stays:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_formula_in_a_workbook_is_text_with_excels_quote_prefix() {
        use std::io::Read;
        let table = Table { sheet: "T".into(), columns: names(&["model"]), rows: vec![vec![text("=1+1")]] };
        let bytes = to_xlsx(&[table]).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut read = |name: &str| {
            let mut text = String::new();
            zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
            text
        };
        let (styles, sheet) = (read("xl/styles.xml"), read("xl/worksheets/sheet1.xml"));
        assert!(styles.contains(r#"quotePrefix="1""#), "{styles}");
        assert!(!sheet.contains("<f>"), "no formula: {sheet}");
        let cell = sheet.split(r#"<c r="A2""#).nth(1).unwrap().split("</c>").next().unwrap();
        assert!(cell.contains(r#"t="s""#) && cell.contains(" s=\""), "a shared string with a style: {cell}");
    }

    #[test]
    fn csv_and_xlsx_share_the_columns() {
        let table = answers(&[Answer { model: "M".into(), item: "q".into(), answer: "+1".into() }]);
        assert!(to_csv(&table).unwrap().starts_with("model,item,answer\nM,q,'+1"));
        let bytes = to_xlsx(&[table]).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }
}
