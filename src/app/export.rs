//! What the export buttons produce: a file name, a media type and the bytes — computed here,
//! natively testable; the browser only hands the bytes to a download.

use crate::core::aggregate::BoardView;
use crate::core::i18n::{self, msg, Locale, Message};
use crate::core::io::{export, scorebook::Scorebook};
use crate::core::model::session::Session;
use crate::core::results::Results;

/// The files a session can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The whole session with its results (JSON).
    Scorebook,
    /// The same, named for the signed-in rater: what a participant hands in.
    RaterFile,
    /// The self-contained HTML report.
    Report,
    /// The leaderboard as shown: a row per model, headers in the interface language.
    LeaderboardCsv,
    /// Every score, a row per model × language × dimension × sub-task, for scripts.
    ScoresLongCsv,
    ItemScoresCsv,
    /// The leaderboard as shown, all scores (long) and the item scores as one .xlsx workbook.
    Workbook,
    /// The suite with every choice item asked once per option, turned: for CircularEval.
    CircularSuite,
}

impl Export {
    /// The buttons of the export bar, in order.
    pub const BAR: [Export; 7] = [Export::Scorebook, Export::LeaderboardCsv, Export::ScoresLongCsv, Export::ItemScoresCsv, Export::Workbook, Export::Report, Export::CircularSuite];

    /// A stable name, used for `data-testid="export-…"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Export::Scorebook => "scorebook",
            Export::RaterFile => "rater",
            Export::Report => "report",
            Export::LeaderboardCsv => "table",
            Export::ScoresLongCsv => "long",
            Export::ItemScoresCsv => "items",
            Export::Workbook => "xlsx",
            Export::CircularSuite => "circular",
        }
    }

    /// The button's label.
    pub fn label(self) -> Message {
        match self {
            Export::Scorebook => msg!("export-scorebook"),
            Export::RaterFile => msg!("export-rater-file"),
            Export::Report => msg!("export-report"),
            Export::LeaderboardCsv => msg!("export-leaderboard-shown-csv"),
            Export::ScoresLongCsv => msg!("export-scores-long-csv"),
            Export::ItemScoresCsv => msg!("export-item-scores-csv"),
            Export::Workbook => msg!("export-workbook"),
            Export::CircularSuite => msg!("export-circular-suite"),
        }
    }
}

/// A file ready to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// Why an export could not be produced (nothing is downloaded then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed {
    pub what: Message,
    pub detail: String,
}

/// What the export needs to know besides the session and its results.
pub struct Context<'a> {
    pub locale: Locale,
    /// ISO 8601, written into scorebooks and reports.
    pub created: &'a str,
    /// The signed-in rater, for a rater file's name.
    pub rater: Option<&'a str>,
    /// The leaderboard's order and languages on screen: its export is that table.
    pub board: BoardView,
    /// The scores standing for the answers' text, when the session came without it: a
    /// scorebook keeps them.
    pub withheld: Option<&'a [crate::core::scoring::ItemScore]>,
}

/// An export ready to download, or tables still to be written as a workbook (the engine
/// writes .xlsx: the page's own wasm carries no spreadsheet writer).
#[derive(Debug, Clone, PartialEq)]
pub enum Prepared {
    File(Download),
    Workbook { name: String, tables: Vec<export::Table> },
}

/// The media type of an .xlsx workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Produces `kind` of `session`, workbooks included (natively; the page uses [`prepare`]).
pub fn produce(kind: Export, session: &Session, results: Option<&Results>, context: &Context<'_>) -> Result<Download, Failed> {
    match prepare(kind, session, results, context)? {
        Prepared::File(file) => Ok(file),
        Prepared::Workbook { name, tables } => {
            let bytes = export::to_xlsx(&tables).map_err(|e| Failed { what: kind.label(), detail: e.to_string() })?;
            Ok(Download { name, mime: XLSX_MIME, bytes })
        }
    }
}

/// Prepares `kind` of `session`. Scorebooks and rater files need no scores (they are
/// recomputed on opening): they are written even before the Chinese dictionary is ready, so a
/// rater's work can always leave the browser. Tables and the report need the scores.
pub fn prepare(kind: Export, session: &Session, results: Option<&Results>, context: &Context<'_>) -> Result<Prepared, Failed> {
    let fail = |detail: String| Failed { what: kind.label(), detail };
    let unscored;
    let results = match (results, kind) {
        (Some(results), _) => results,
        (None, Export::Scorebook | Export::RaterFile | Export::CircularSuite) => {
            unscored = crate::core::results::from_automatic(session, Vec::new());
            &unscored
        }
        (None, _) => return Err(fail(i18n::text(context.locale, "export-needs-scores"))),
    };
    let stem = if session.suite.id.is_empty() { "pingfen".to_owned() } else { file_safe(&session.suite.id) };
    let scorebook = || Scorebook::new(session, results, context.created).withheld(context.withheld).to_json().map(String::into_bytes).map_err(|e| fail(e.to_string()));
    let csv = |table: export::Table| export::to_csv(&table).map(|text| with_bom(&text)).map_err(|e| fail(e.to_string()));
    let shown = || export::leaderboard_as_shown(&session.suite, results, context.locale, context.board);
    // The workbook's sheets are named for the reader; the long tables' columns stay identifiers.
    let sheet = |table: export::Table, name: Message| export::Table { sheet: name.text(context.locale), ..table };
    let (name, mime, bytes) = match kind {
        Export::Scorebook => (format!("{stem}.scorebook.json"), "application/json", scorebook()?),
        Export::RaterFile => {
            let rater = file_safe(context.rater.unwrap_or("rater"));
            (format!("{stem}.rater-{rater}.json"), "application/json", scorebook()?)
        }
        Export::Report => (
            format!("{stem}.report.html"),
            "text/html;charset=utf-8",
            crate::core::report::html(session, results, context.locale, context.created).into_bytes(),
        ),
        Export::LeaderboardCsv => (format!("{stem}.leaderboard.csv"), "text/csv", csv(shown())?),
        Export::ScoresLongCsv => (format!("{stem}.scores-long.csv"), "text/csv", csv(export::scores_long(&results.table))?),
        Export::ItemScoresCsv => (format!("{stem}.items.csv"), "text/csv", csv(export::item_scores(results))?),
        Export::CircularSuite => {
            let expanded = crate::core::model::circular::expand(&session.suite);
            let json = serde_json::to_string_pretty(&expanded).map_err(|e| fail(e.to_string()))?;
            (format!("{stem}.circular.suite.json"), "application/json", (json + "\n").into_bytes())
        }
        Export::Workbook => {
            let tables = vec![
                shown(),
                sheet(export::scores_long(&results.table), msg!("export-sheet-scores-long")),
                sheet(export::item_scores(results), msg!("export-sheet-items")),
            ];
            return Ok(Prepared::Workbook { name: format!("{stem}.results.xlsx"), tables });
        }
    };
    Ok(Prepared::File(Download { name, mime, bytes }))
}

/// Letters, digits and `-` kept (any script), everything else `_`: a name every system accepts.
pub fn file_safe(text: &str) -> String {
    text.trim().chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' }).collect()
}

/// CSV for spreadsheets: a UTF-8 byte-order mark makes Excel read Chinese correctly.
fn with_bom(csv: &str) -> Vec<u8> {
    [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat()
}
