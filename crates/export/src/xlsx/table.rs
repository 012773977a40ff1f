//! One table sheet: a bold, frozen header row, an autofilter over the data,
//! wrapped text and column widths worked out from the content. Every cell is
//! written as a string, a number or a date — never through `write()` — so user
//! text that starts with `=`, `+`, `-` or `@` stays text and is never a formula.
//! What goes in the cells is decided in `sheets.rs`.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use kirjuri_model::Language;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Worksheet, XlsxError,
};

/// The separator of a list within one cell: a line break survives commas in names.
pub(super) const LIST: &str = "\n";

/// Excel refuses longer strings in a cell.
const MAX_CELL_CHARS: usize = 32_767;

/// The accent of the header rows: the PDF documents' accent colour (`pdf::layout::Ink::Accent`).
const ACCENT: u32 = 0x0D4A78;

/// The grey of words that stand for a missing value.
const MUTED: u32 = 0x6B6B6B;

/// One value of a table.
#[derive(Debug, Clone)]
pub(super) enum Cell {
    /// Text; empty text reads "not stated" (muted), so a reader sees what
    /// was not answered — never a bare dash.
    Text(String),
    /// Text to notice (an overdue routine, an error): bold dark red.
    Alert(String),
    /// A real Excel date in the language's date format.
    Date(Option<NaiveDate>),
    /// A real Excel date and time (to the minute) in the language's format.
    DateTime(Option<NaiveDateTime>),
    Number(Option<f64>),
    /// A question with fixed answers that no person answered: "not answered", muted.
    NotAnswered,
    /// The column's question does not apply to this row (a legitimate
    /// interest where no purpose rests on one): "not applicable", muted.
    NotApplicable,
    /// Nothing to say, by the table's shape: a register in the access matrix
    /// where the role has no access, a finding no person has answered.
    Blank,
}

impl Cell {
    pub(super) fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    /// A list, one entry per line.
    pub(super) fn list<I, S>(entries: I) -> Cell
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut text = String::new();
        for entry in entries {
            let entry = entry.as_ref();
            if entry.trim().is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push_str(LIST);
            }
            text.push_str(entry);
        }
        Cell::Text(text)
    }
}

/// The formats every sheet shares, and the words for an empty cell.
#[derive(Debug)]
pub(super) struct Styles {
    header: Format,
    text: Format,
    label: Format,
    alert: Format,
    muted: Format,
    date: Format,
    datetime: Format,
    number: Format,
    /// How many characters a date takes in the language's format.
    date_chars: usize,
    /// "Not stated", "not answered" and "not applicable" in the export language.
    not_stated: &'static str,
    not_answered: &'static str,
    not_applicable: &'static str,
}

impl Styles {
    /// Dates in `language`'s form; the words for a missing value are the
    /// document's own (`crate::labels`), so PDF and workbook say the same.
    pub(super) fn new(
        language: Language,
        [not_stated, not_answered, not_applicable]: [&'static str; 3],
    ) -> Styles {
        let base = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let (date_format, date_chars) = match language {
            Language::Sv => ("yyyy-mm-dd", 10),
            Language::Fi => ("d.m.yyyy", 10),
            Language::En => ("d mmmm yyyy", 17),
        };
        // The time as people write it in each language, on the 24-hour clock.
        let time_format = match language {
            Language::Sv | Language::En => "hh:mm",
            Language::Fi => "h\".\"mm",
        };
        Styles {
            header: base
                .clone()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(ACCENT))
                .set_border_bottom(FormatBorder::Thin),
            label: base.clone().set_bold(),
            alert: base.clone().set_bold().set_font_color(Color::RGB(0x9C0006)),
            // The PDF's muted ink (`pdf::layout::Ink::Muted`).
            muted: base.clone().set_font_color(Color::RGB(MUTED)),
            date: base
                .clone()
                .set_num_format(date_format)
                .set_align(FormatAlign::Left),
            datetime: base
                .clone()
                .set_num_format(format!("{date_format} {time_format}"))
                .set_align(FormatAlign::Left),
            number: base.clone().set_align(FormatAlign::Left),
            text: base,
            date_chars,
            not_stated,
            not_answered,
            not_applicable,
        }
    }
}

/// A column: its header and the widest it may grow before its text wraps.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub header: String,
    pub max_width: f64,
}

impl Column {
    pub(super) fn new(header: impl Into<String>, max_width: f64) -> Column {
        Column {
            header: header.into(),
            max_width,
        }
    }
}

/// Narrow columns: codes, dates, yes/no.
pub(super) const NARROW: f64 = 14.0;
/// Names and short phrases.
pub(super) const MEDIUM: f64 = 28.0;
/// Sentences and lists.
pub(super) const WIDE: f64 = 50.0;

/// A sheet being filled row by row. (No `Debug`: `Worksheet` has none.)
pub(super) struct Table<'a> {
    sheet: Worksheet,
    styles: &'a Styles,
    columns: Vec<Column>,
    /// The longest line seen in each column, in characters.
    longest: Vec<usize>,
    next_row: u32,
}

impl<'a> Table<'a> {
    pub(super) fn new(
        name: &str,
        columns: Vec<Column>,
        styles: &'a Styles,
    ) -> Result<Table<'a>, XlsxError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(name)?;
        for (index, column) in columns.iter().enumerate() {
            // Plain text cells are written without a format of their own and
            // take the column's: looking a format up costs more per cell than
            // writing the cell.
            sheet.set_column_format(col(index)?, &styles.text)?;
            sheet.write_string_with_format(
                0,
                col(index)?,
                column.header.as_str(),
                &styles.header,
            )?;
        }
        let longest = vec![0; columns.len()];
        Ok(Table {
            sheet,
            styles,
            columns,
            longest,
            next_row: 1,
        })
    }

    /// Appends one row; cells beyond the columns are an error in the caller.
    pub(super) fn push(&mut self, cells: Vec<Cell>) -> Result<(), XlsxError> {
        debug_assert_eq!(
            cells.len(),
            self.columns.len(),
            "a row has one cell per column"
        );
        let row = self.next_row;
        for (index, cell) in cells.into_iter().enumerate() {
            self.write(row, index, cell, false)?;
        }
        self.next_row += 1;
        Ok(())
    }

    /// Appends a label / value row (the organisation sheet): the label in bold.
    pub(super) fn push_labelled(&mut self, label: &str, value: Cell) -> Result<(), XlsxError> {
        let row = self.next_row;
        self.write(row, 0, Cell::text(label), true)?;
        self.write(row, 1, value, false)?;
        self.next_row += 1;
        Ok(())
    }

    fn write(&mut self, row: u32, index: usize, cell: Cell, label: bool) -> Result<(), XlsxError> {
        let column = col(index)?;
        let styles = self.styles;
        let chars = match cell {
            Cell::Text(text) | Cell::Alert(text) if text.trim().is_empty() => {
                self.write_muted(row, column, styles.not_stated)?
            }
            Cell::Date(None) | Cell::DateTime(None) | Cell::Number(None) => {
                self.write_muted(row, column, styles.not_stated)?
            }
            Cell::NotAnswered => self.write_muted(row, column, styles.not_answered)?,
            Cell::NotApplicable => self.write_muted(row, column, styles.not_applicable)?,
            Cell::Blank => 0,
            Cell::Text(text) => {
                let text = fit(text);
                let chars = longest_line(&text);
                if label {
                    self.sheet
                        .write_string_with_format(row, column, text, &styles.label)?;
                } else {
                    self.sheet.write_string(row, column, text)?;
                }
                chars
            }
            Cell::Alert(text) => {
                let text = fit(text);
                let chars = longest_line(&text);
                self.sheet
                    .write_string_with_format(row, column, text, &styles.alert)?;
                chars
            }
            Cell::Date(Some(date)) => {
                self.sheet
                    .write_date_with_format(row, column, &excel_date(date)?, &styles.date)?;
                styles.date_chars
            }
            Cell::DateTime(Some(at)) => {
                self.sheet.write_datetime_with_format(
                    row,
                    column,
                    &excel_datetime(at)?,
                    &styles.datetime,
                )?;
                styles.date_chars + 6
            }
            Cell::Number(Some(number)) => {
                self.sheet
                    .write_number_with_format(row, column, number, &styles.number)?;
                format!("{number}").len()
            }
        };
        if let Some(longest) = self.longest.get_mut(index) {
            *longest = (*longest).max(chars);
        }
        Ok(())
    }

    /// Writes words that stand for a missing value; returns their length.
    fn write_muted(&mut self, row: u32, column: u16, words: &str) -> Result<usize, XlsxError> {
        self.sheet
            .write_string_with_format(row, column, words, &self.styles.muted)?;
        Ok(words.chars().count())
    }

    /// Sets the widths, freezes the header row, adds the autofilter (for
    /// tables, not for the label / value sheet) and print settings.
    pub(super) fn finish(
        mut self,
        autofilter: bool,
        frozen_columns: u16,
    ) -> Result<Worksheet, XlsxError> {
        for (index, column) in self.columns.iter().enumerate() {
            // A long header may wrap at spaces, but not into more lines than
            // needed at 16 characters; its longest word and the filter button
            // must fit on one line.
            let header = &column.header;
            let word = header
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0)
                + 3;
            let header_width = (header.chars().count() + 3).min(16).max(word);
            let content = self.longest[index] + 2;
            let width = (content.max(header_width) as f64)
                .clamp(6.0, column.max_width.max(header_width as f64));
            self.sheet.set_column_width(col(index)?, width)?;
        }
        self.sheet.set_freeze_panes(1, frozen_columns)?;
        let last_column = col(self.columns.len().saturating_sub(1))?;
        if autofilter {
            self.sheet
                .autofilter(0, 0, self.next_row - 1, last_column)?;
        }
        self.sheet.set_repeat_rows(0, 0)?;
        self.sheet.set_landscape();
        self.sheet.set_paper_size(9); // A4
        Ok(self.sheet)
    }
}

fn col(index: usize) -> Result<u16, XlsxError> {
    u16::try_from(index).map_err(|_| XlsxError::RowColumnLimitError)
}

fn longest_line(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0)
}

/// Cuts text that Excel could not hold, and says so at the end.
fn fit(text: String) -> String {
    if text.chars().count() <= MAX_CELL_CHARS {
        return text;
    }
    let mut cut: String = text.chars().take(MAX_CELL_CHARS - 1).collect();
    cut.push('…');
    cut
}

pub(super) fn excel_date(date: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?;
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8)
}

/// A moment to the minute; seconds are not kept (the UI records minutes).
pub(super) fn excel_datetime(at: NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    excel_date(at.date())?.and_hms(at.hour() as u16, at.minute() as u8, 0)
}
