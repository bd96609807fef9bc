//! Spreadsheets in: a workbook's first sheet becomes CSV text, then read like any CSV suite or
//! answers file. (Workbooks out: `io::export`.)

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use crate::core::error::Problem;

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
