//! Tables for spreadsheets: the leaderboard, the item scores and answers as rows, written as
//! CSV or as an .xlsx workbook from the same rows, so the two formats cannot drift apart.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula: CSV text cells
//! that start so get a leading `'` (the usual guard), and XLSX cells are always written as
//! strings or numbers, never as formulas.

use rust_xlsxwriter::{Format, Workbook};

use crate::core::model::answers::Answer;
use crate::core::results::Results;
use crate::core::scoring::Detail;

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    /// A score (0–100), written with four decimals in CSV; empty when there is none.
    Score(Option<f64>),
    Count(usize),
}

/// A table as exported: a sheet name, the header and the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub sheet: &'static str,
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Value>>,
}

/// Why an export could not be written; the file is then not offered at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ExportError(pub String);

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

/// The results table: model, language (`all` for the composite over both), dimension and
/// sub-task (empty for composites), score, its 95 % interval, scored items, items.
pub fn leaderboard(results: &Results) -> Table {
    let rows = results
        .table
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
    Table { sheet: "Leaderboard", columns: &["model", "lang", "dimension", "subtask", "score", "low", "high", "scored", "items"], rows }
}

/// Every item score: model, item, score, source (`metric` or `human`), and what it was
/// computed by (the first metric's signature, the choice rule, the rubric's checks).
pub fn item_scores(results: &Results) -> Table {
    let rows = results
        .items
        .iter()
        .map(|score| {
            let signature = match &score.detail {
                Detail::Reference { metrics } => metrics.first().map(|(_, s)| s.signature.to_string()).unwrap_or_default(),
                Detail::Choice { rule, .. } => format!("choice|rule:{rule}"),
                Detail::Rubric { checks, .. } => format!("rubric|checks:{}", checks.len()),
                Detail::Open => "open".into(),
                Detail::Missing => "missing".into(),
            };
            vec![text(&score.model), text(&score.item), Value::Score(score.score), text(score.source.as_str()), Value::Text(signature)]
        })
        .collect();
    Table { sheet: "Items", columns: &["model", "item", "score", "source", "signature"], rows }
}

/// Answers: model, item, answer.
pub fn answers(answers: &[Answer]) -> Table {
    let rows = answers.iter().map(|a| vec![text(&a.model), text(&a.item), text(&a.answer)]).collect();
    Table { sheet: "Answers", columns: &["model", "item", "answer"], rows }
}

/// A text cell that a spreadsheet would run as a formula, made inert.
fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}").into() } else { text.into() }
}

/// The table as CSV text (no byte-order mark; the app adds one for Excel).
pub fn to_csv(table: &Table) -> Result<String, ExportError> {
    let fail = |e: &dyn std::fmt::Display| ExportError(e.to_string());
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(table.columns).map_err(|e| fail(&e))?;
    for row in &table.rows {
        let cells: Vec<std::borrow::Cow<'_, str>> = row
            .iter()
            .map(|value| match value {
                Value::Text(text) => inert(text),
                Value::Score(score) => score.map(|s| format!("{s:.4}")).unwrap_or_default().into(),
                Value::Count(count) => count.to_string().into(),
            })
            .collect();
        out.write_record(cells.iter().map(|c| c.as_ref())).map_err(|e| fail(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| fail(&e))?;
    String::from_utf8(bytes).map_err(|e| fail(&e))
}

/// The tables as one .xlsx workbook, a sheet each, headers in bold, scores shown to 0.1.
pub fn to_xlsx(tables: &[Table]) -> Result<Vec<u8>, ExportError> {
    let fail = |e: rust_xlsxwriter::XlsxError| ExportError(e.to_string());
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let number = Format::new().set_num_format("0.0");
    for table in tables {
        let sheet = workbook.add_worksheet().set_name(table.sheet).map_err(fail)?;
        for (col, title) in table.columns.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, *title, &bold).map_err(fail)?;
        }
        for (i, row) in table.rows.iter().enumerate() {
            let r = i as u32 + 1;
            for (col, value) in row.iter().enumerate() {
                let col = col as u16;
                match value {
                    Value::Text(text) => sheet.write_string(r, col, text).map(|_| ()).map_err(fail)?,
                    Value::Score(Some(score)) => sheet.write_number_with_format(r, col, *score, &number).map(|_| ()).map_err(fail)?,
                    Value::Score(None) => {}
                    Value::Count(count) => sheet.write_number(r, col, *count as f64).map(|_| ()).map_err(fail)?,
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
        let table = Table { sheet: "T", columns: &["model", "score"], rows: vec![vec![text("=HYPERLINK(\"x\")"), Value::Score(Some(50.0))], vec![text("M"), Value::Score(None)]] };
        let csv = to_csv(&table).unwrap();
        assert_eq!(csv, "model,score\n\"'=HYPERLINK(\"\"x\"\")\",50.0000\nM,\n");
    }

    #[test]
    fn csv_and_xlsx_share_the_columns() {
        let table = answers(&[Answer { model: "M".into(), item: "q".into(), answer: "+1".into() }]);
        assert!(to_csv(&table).unwrap().starts_with("model,item,answer\nM,q,'+1"));
        let bytes = to_xlsx(&[table]).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }
}
