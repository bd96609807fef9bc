//! Spreadsheets in: a workbook's first sheet becomes CSV text, then read like any CSV suite or
//! answers file. (Workbooks out: `io::export`.)

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use crate::core::error::{Location, Problem};
use crate::core::i18n::{msg, Arg};

/// The first worksheet of an .xlsx / .xls / .ods workbook as CSV (UTF-8). A workbook that
/// cannot be read is one problem, listed like every reader's.
pub fn first_sheet_as_csv(file: &str, bytes: &[u8]) -> Result<String, Vec<Problem>> {
    // `detail`: the reader's own account, or the catalogue's when Pingfen found the fault.
    let unreadable = |detail: Arg| vec![Problem::new(file, Location::File, msg!("problem-workbook-unreadable", detail = detail))];
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| unreadable(e.to_string().into()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable(msg!("problem-workbook-no-sheet").into()))?
        .map_err(|e| unreadable(e.to_string().into()))?;
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        out.write_record(&cells).map_err(|e| unreadable(e.to_string().into()))?;
    }
    let bytes = out.into_inner().map_err(|e| unreadable(e.to_string().into()))?;
    String::from_utf8(bytes).map_err(|e| unreadable(e.to_string().into()))
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
