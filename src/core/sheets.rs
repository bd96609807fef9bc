//! Spreadsheets in and out: a workbook's first sheet becomes CSV text (then read like any CSV
//! suite or answers file), and results are written as an .xlsx workbook.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};
use rust_xlsxwriter::{Format, Workbook};

use crate::core::error::Problem;
use crate::core::scorebook::Results;
use crate::core::aggregate::Cell;

/// The first worksheet of an .xlsx / .xls / .ods workbook as CSV (UTF-8).
pub fn first_sheet_as_csv(file: &str, bytes: &[u8]) -> Result<String, Problem> {
    let unreadable = |e: String| {
        Problem::new(file, "workbook", format!("cannot be read as a spreadsheet ({e}); save it again as .xlsx or .csv"))
            .zh(format!("无法作为电子表格读取（{e}）；请另存为 .xlsx 或 .csv 后重试"))
    };
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| unreadable(e.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable("it has no worksheet".into()))?
        .map_err(|e| unreadable(e.to_string()))?;
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        out.write_record(&cells).map_err(|e| unreadable(e.to_string()))?;
    }
    let bytes = out.into_inner().map_err(|e| unreadable(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| unreadable(e.to_string()))
}

/// A cell as text: integers without ".0".
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(d) => d.to_string(),
        other => other.to_string(),
    }
}

/// The leaderboard and every item score as an .xlsx workbook with two sheets.
pub fn results_xlsx(results: &Results) -> Result<Vec<u8>, String> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let number = Format::new().set_num_format("0.0");
    let sheet = workbook.add_worksheet().set_name("Leaderboard").map_err(|e| e.to_string())?;
    for (col, title) in Cell::COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &bold).map_err(|e| e.to_string())?;
    }
    for (i, cell) in results.table.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &cell.model).map_err(|e| e.to_string())?;
        sheet.write_string(row, 1, cell.lang_code()).map_err(|e| e.to_string())?;
        sheet.write_string(row, 2, cell.dimension.as_deref().unwrap_or("")).map_err(|e| e.to_string())?;
        sheet.write_string(row, 3, cell.subtask.as_deref().unwrap_or("")).map_err(|e| e.to_string())?;
        for (col, value) in [(4, cell.score), (5, cell.interval.map(|i| i.low)), (6, cell.interval.map(|i| i.high))] {
            if let Some(value) = value {
                sheet.write_number_with_format(row, col, value, &number).map_err(|e| e.to_string())?;
            }
        }
        sheet.write_number(row, 7, cell.scored as f64).map_err(|e| e.to_string())?;
        sheet.write_number(row, 8, cell.items as f64).map_err(|e| e.to_string())?;
    }
    let sheet = workbook.add_worksheet().set_name("Items").map_err(|e| e.to_string())?;
    for (col, title) in ["model", "item", "score", "source"].iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &bold).map_err(|e| e.to_string())?;
    }
    for (i, score) in results.items.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &score.model).map_err(|e| e.to_string())?;
        sheet.write_string(row, 1, &score.item).map_err(|e| e.to_string())?;
        if let Some(value) = score.score {
            sheet.write_number_with_format(row, 2, value, &number).map_err(|e| e.to_string())?;
        }
        let source = serde_json::to_string(&score.source).unwrap_or_default();
        sheet.write_string(row, 3, source.trim_matches('"')).map_err(|e| e.to_string())?;
    }
    workbook.save_to_buffer().map_err(|e| e.to_string())
}

/// Answers as an .xlsx workbook (`model`, `item`, `answer`), e.g. to hand to a spreadsheet.
pub fn answers_xlsx(answers: &[crate::core::answers::Answer]) -> Result<Vec<u8>, String> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, title) in ["model", "item", "answer"].iter().enumerate() {
        sheet.write_string(0, col as u16, *title).map_err(|e| e.to_string())?;
    }
    for (i, a) in answers.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &a.model).map_err(|e| e.to_string())?;
        sheet.write_string(row, 1, &a.item).map_err(|e| e.to_string())?;
        sheet.write_string(row, 2, &a.answer).map_err(|e| e.to_string())?;
    }
    workbook.save_to_buffer().map_err(|e| e.to_string())
}
