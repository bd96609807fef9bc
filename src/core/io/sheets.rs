//! Spreadsheets in: a workbook's first sheet becomes CSV text, then read like any CSV suite or
//! answers file. (Workbooks out: `io::export`.)

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use crate::core::error::{Location, Problem};
use crate::core::i18n::{msg, Arg};

/// Most bytes a workbook (.xlsx, .ods: a zip) may unpack to: four times the largest file
/// opened. A zip bomb — 600 KB that unpacks to 600 MB of one cell — is refused here, on the
/// sizes its directory states (the zip reader never yields more than an entry states), before
/// anything is unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 4 * crate::core::model::limits::MAX_FILE_BYTES as u64;

/// A zip-based workbook's total unpacked size, when it is a zip.
fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    if let Some(size) = zip.decompressed_size() {
        return Some(u64::try_from(size).unwrap_or(u64::MAX));
    }
    // Entries with a data descriptor: the sizes the central directory states.
    Some((0..zip.len()).filter_map(|i| zip.by_index_raw(i).ok().map(|entry| entry.size())).fold(0u64, u64::saturating_add))
}

/// The first worksheet of an .xlsx / .xls / .ods workbook as CSV (UTF-8). A workbook that
/// cannot be read is one problem, listed like every reader's.
pub fn first_sheet_as_csv(file: &str, bytes: &[u8]) -> Result<String, Vec<Problem>> {
    if let Some(size) = unpacked_size(bytes).filter(|&size| size > MAX_UNPACKED_BYTES) {
        let message = msg!("problem-workbook-too-big", size = size >> 20, limit = MAX_UNPACKED_BYTES >> 20);
        return Err(vec![Problem::new(file, Location::File, message)]);
    }
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
