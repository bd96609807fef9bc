//! `pingfen score` over more answers than memory holds: Pingfen's answers JSONL read line by
//! line, each batch of answers scored on every core, and only their scores kept (see
//! `core::tally`); the item scores go to their file as they are made.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use pingfen::core::aggregate::{Cell, Resampling};
use pingfen::core::i18n::{msg, Locale};
use pingfen::core::io::{answers, export};
use pingfen::core::model::answers::{Answer, MAX_ANSWER_CHARS};
use pingfen::core::model::rule::Rule;
use pingfen::core::model::suite::{Item, Suite};
use pingfen::core::scoring::{self, ItemScore};
use pingfen::core::tally::{Place, Tally};
use pingfen::core::text::Segmenter;
use pingfen::core::{Location, Problem};

/// Longest line read: the longest answer Pingfen scores with every character escaped
/// (`\uXXXX`), and room for the rest of the line.
const MAX_LINE_BYTES: usize = 6 * MAX_ANSWER_CHARS + (64 << 10);
/// Answers scored together, shared out between the cores.
const BATCH: usize = 4096;
/// Problems listed before reading stops: a file of wrong lines is not read to its end.
const MAX_PROBLEMS: usize = 1000;

/// Whether `path` holds Pingfen's own answers JSONL, which `score` streams: the first line
/// that says anything is an answer. (A file that cannot be read is not: the whole read says why.)
pub fn streams(path: &Path) -> bool {
    let Ok(file) = File::open(path) else { return false };
    let mut lines = Lines::new(BufReader::new(file));
    while let Ok(Got::Line) = lines.next() {
        let Ok(text) = std::str::from_utf8(&lines.line) else { return false };
        let text = text.trim_start_matches('\u{feff}');
        if !text.trim().is_empty() {
            return serde_json::from_str::<Answer>(text).is_ok();
        }
    }
    false
}

/// Where the item scores go, and as what.
pub enum ItemsFile<'a> {
    Csv(&'a Path),
    Json(&'a Path),
    /// A workbook is written whole: its rows are held until the end.
    Xlsx(&'a Path),
}

/// What the answers came to.
pub struct Tallied {
    pub table: Vec<Cell>,
    pub models: Vec<String>,
}

/// Scores the answers in `paths` (each [`streams`]) on `suite`, writing the item scores to
/// `items` in the answers' order, then the items each model left unanswered. On any problem
/// nothing is left written and the problems are listed (the first [`MAX_PROBLEMS`] of a file).
pub fn score(
    locale: Locale,
    suite: &Suite,
    segmenter: &Segmenter,
    paths: &[PathBuf],
    items: Option<ItemsFile<'_>>,
    mut progress: impl FnMut(usize, usize),
) -> Result<Tallied> {
    let cannot_read = |path: &Path| msg!("cli-cannot-read", file = path.display().to_string()).text(locale);
    let mut total = 0;
    for path in paths {
        total += count_lines(path).with_context(|| cannot_read(path))?;
    }
    let mut sink = items.map(|items| Sink::open(locale, items)).transpose()?;
    let mut tally = Tally::new(suite, Rule::default());
    let run = (|| -> Result<()> {
        let mut done = 0;
        for (index, path) in paths.iter().enumerate() {
            if index > 0 {
                tally.next_file();
            }
            let file = path.display().to_string();
            let reader = File::open(path).with_context(|| cannot_read(path))?;
            let mut lines = Lines::new(BufReader::with_capacity(1 << 20, reader));
            let mut batch: Vec<(&Item, Place, Answer)> = Vec::with_capacity(BATCH);
            let mut problems: Vec<Problem> = Vec::new();
            let mut position = 0;
            loop {
                match lines.next().with_context(|| cannot_read(path))? {
                    Got::End => break,
                    Got::TooLong => {
                        let at = Location::Line { line: lines.number };
                        problems.push(Problem::new(&file, at, msg!("problem-answers-line-too-long", limit = MAX_LINE_BYTES)));
                    }
                    Got::Line => match read_answer(&file, &lines) {
                        Ok(None) => {}
                        Ok(Some(answer)) => {
                            position += 1;
                            match tally.check(&file, position, &answer) {
                                Ok(place) if problems.is_empty() => batch.push((tally.item(place), place, answer)),
                                Ok(_) => {}
                                Err(found) => problems.extend(found),
                            }
                        }
                        Err(problem) => problems.push(problem),
                    },
                }
                if problems.len() >= MAX_PROBLEMS {
                    let error = super::cli::input_problems(locale, "score", &file, &problems);
                    eprintln!("{}", msg!("cli-problems-stopped", file = file.as_str(), count = problems.len()).text(locale));
                    return Err(error);
                }
                if batch.len() == BATCH {
                    done += score_batch(segmenter, suite, &mut tally, &mut batch, sink.as_mut())?;
                    progress(done, total);
                }
            }
            if !problems.is_empty() {
                return Err(super::cli::input_problems(locale, "score", &file, &problems));
            }
            done += score_batch(segmenter, suite, &mut tally, &mut batch, sink.as_mut())?;
            progress(done, total);
        }
        if let Some(sink) = sink.as_mut() {
            for score in tally.missing(segmenter) {
                sink.row(&score)?;
            }
        }
        Ok(())
    })();
    match (run, sink) {
        (Ok(()), Some(sink)) => sink.finish(locale)?,
        (Ok(()), None) => {}
        (Err(error), sink) => {
            if let Some(sink) = sink {
                sink.discard();
            }
            return Err(error);
        }
    }
    Ok(Tallied { table: tally.table(Resampling::default()), models: tally.models().to_vec() })
}

/// The answer on the line `lines` holds (`None` for a blank line), or what is wrong with it.
fn read_answer(file: &str, lines: &Lines<impl BufRead>) -> Result<Option<Answer>, Problem> {
    let at = Location::Line { line: lines.number };
    let text = std::str::from_utf8(&lines.line)
        .map_err(|error| Problem::new(file, at.clone(), msg!("problem-answers-jsonl-line", detail = error.to_string())))?;
    let text = if lines.number == 1 { text.trim_start_matches('\u{feff}') } else { text };
    if text.trim().is_empty() {
        return Ok(None);
    }
    answers::from_jsonl_line(file, lines.number, text).map(Some)
}

/// Scores `batch` on every core, keeps the scores in `tally` and writes them to `sink`, in
/// the batch's order; empties the batch and says how many it scored.
fn score_batch(segmenter: &Segmenter, suite: &Suite, tally: &mut Tally<'_>, batch: &mut Vec<(&Item, Place, Answer)>, sink: Option<&mut Sink>) -> Result<usize> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // A few dozen answers are scored before a thread would start.
    let threads = cores.min(batch.len().div_ceil(64)).max(1);
    let share = batch.len().div_ceil(threads).max(1);
    let score = |part: &[(&Item, Place, Answer)]| -> Vec<ItemScore> {
        part.iter().map(|(item, _, answer)| scoring::score_item(segmenter, item, suite.chinese_script, &answer.model, Some(&answer.answer))).collect()
    };
    let scores: Vec<ItemScore> = std::thread::scope(|scope| {
        let handles: Vec<_> = batch.chunks(share).map(|part| scope.spawn(move || score(part))).collect();
        handles.into_iter().flat_map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    let mut sink = sink;
    for ((_, place, _), score) in batch.iter().zip(&scores) {
        tally.record(*place, score.score);
        if let Some(sink) = sink.as_deref_mut() {
            sink.row(score)?;
        }
    }
    let scored = batch.len();
    batch.clear();
    Ok(scored)
}

/// How many lines `path` has (for progress): its newlines, and a last line without one.
fn count_lines(path: &Path) -> io::Result<usize> {
    let mut file = File::open(path)?;
    let mut buffer = vec![0; 1 << 20];
    let (mut lines, mut last) = (0, b'\n');
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            return Ok(lines + usize::from(last != b'\n'));
        }
        lines += buffer[..read].iter().filter(|&&byte| byte == b'\n').count();
        last = buffer[read - 1];
    }
}

/// A file's lines one at a time, none longer than [`MAX_LINE_BYTES`] held.
struct Lines<R> {
    reader: R,
    /// The line last read, with its newline.
    line: Vec<u8>,
    /// Its number, from 1.
    number: usize,
}

enum Got {
    Line,
    /// A line longer than [`MAX_LINE_BYTES`], skipped.
    TooLong,
    End,
}

impl<R: BufRead> Lines<R> {
    fn new(reader: R) -> Self {
        Lines { reader, line: Vec::new(), number: 0 }
    }

    fn next(&mut self) -> io::Result<Got> {
        self.line.clear();
        let read = (&mut self.reader).take(MAX_LINE_BYTES as u64 + 1).read_until(b'\n', &mut self.line)?;
        if read == 0 {
            return Ok(Got::End);
        }
        self.number += 1;
        if self.line.len() <= MAX_LINE_BYTES || self.line.last() == Some(&b'\n') {
            return Ok(Got::Line);
        }
        self.line.clear();
        loop {
            let buffer = self.reader.fill_buf()?;
            if buffer.is_empty() {
                return Ok(Got::TooLong);
            }
            match buffer.iter().position(|&byte| byte == b'\n') {
                Some(end) => {
                    self.reader.consume(end + 1);
                    return Ok(Got::TooLong);
                }
                None => {
                    let length = buffer.len();
                    self.reader.consume(length);
                }
            }
        }
    }
}

/// The item scores' file while it is written: beside its place under a `.part` name, moved
/// there when everything is scored, removed when something fails.
struct Sink {
    path: PathBuf,
    partial: PathBuf,
    rows: Rows,
}

enum Rows {
    Streamed(export::RowWriter<BufWriter<File>>),
    Sheet(Vec<Vec<export::Value>>),
}

impl Sink {
    fn open(locale: Locale, items: ItemsFile<'_>) -> Result<Sink> {
        let (path, shape) = match items {
            ItemsFile::Csv(path) => (path, 0),
            ItemsFile::Json(path) => (path, 1),
            ItemsFile::Xlsx(path) => (path, 2),
        };
        let cannot_write = || msg!("cli-cannot-write", file = path.display().to_string()).text(locale);
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".part");
        let partial = path.with_file_name(name);
        let columns: Vec<String> = export::ITEM_SCORE_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
        let rows = if shape == 2 {
            Rows::Sheet(Vec::new())
        } else {
            let out = BufWriter::new(File::create(&partial).with_context(cannot_write)?);
            let writer = if shape == 0 { export::RowWriter::csv(out, &columns) } else { export::RowWriter::json(out, &columns) };
            Rows::Streamed(writer.with_context(cannot_write)?)
        };
        Ok(Sink { path: path.to_owned(), partial, rows })
    }

    fn row(&mut self, score: &ItemScore) -> Result<()> {
        let row = export::item_score_row(score);
        match &mut self.rows {
            Rows::Streamed(writer) => writer.row(&row).with_context(|| self.path.display().to_string()),
            Rows::Sheet(rows) => {
                rows.push(row);
                Ok(())
            }
        }
    }

    fn finish(self, locale: Locale) -> Result<()> {
        let cannot_write = || msg!("cli-cannot-write", file = self.path.display().to_string()).text(locale);
        let written = match self.rows {
            Rows::Streamed(writer) => writer.finish().map(drop).with_context(cannot_write),
            Rows::Sheet(rows) => {
                let columns = export::ITEM_SCORE_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
                let table = export::Table { sheet: export::ITEM_SCORES_SHEET.into(), columns, rows };
                export::to_xlsx(std::slice::from_ref(&table))
                    .with_context(cannot_write)
                    .and_then(|bytes| std::fs::write(&self.partial, bytes).with_context(cannot_write))
            }
        };
        let moved = written.and_then(|()| std::fs::rename(&self.partial, &self.path).with_context(cannot_write));
        if moved.is_err() {
            let _ = std::fs::remove_file(&self.partial); // the failure that matters is returned
        }
        moved
    }

    fn discard(self) {
        drop(self.rows);
        // A sheet was never begun on disk; a stream's part is removed (if it is already gone,
        // nothing is left to remove).
        let _ = std::fs::remove_file(&self.partial);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[u8]) -> Vec<Result<String, ()>> {
        let mut lines = Lines::new(io::BufReader::with_capacity(64, text));
        let mut out = Vec::new();
        loop {
            match lines.next().expect("reading a slice does not fail") {
                Got::End => return out,
                Got::TooLong => out.push(Err(())),
                Got::Line => out.push(Ok(String::from_utf8_lossy(&lines.line).into_owned())),
            }
        }
    }

    #[test]
    fn a_line_too_long_is_skipped_to_its_end_and_the_next_one_read() {
        let mut text = b"{\"a\": 1}\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', MAX_LINE_BYTES + 10));
        text.extend(b"\nlast");
        assert_eq!(lines(&text), vec![Ok("{\"a\": 1}\n".to_owned()), Err(()), Ok("last".to_owned())]);
        let mut exact = vec![b'y'; MAX_LINE_BYTES];
        exact.push(b'\n');
        assert_eq!(lines(&exact).len(), 1);
        assert!(lines(&exact)[0].is_ok(), "a line of exactly the limit is read");
    }
}
