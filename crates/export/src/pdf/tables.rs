//! Tables: column widths that suit the content, rows laid out cell by cell,
//! placed so that no row splits unless it is taller than a page, a group row
//! stays with the row after it, and the header row repeats on every page the
//! table continues on. The first header row is tagged as header cells (TH);
//! its repeats are artifacts. A table without a header row is a key–value
//! list whose first column heads each row.

use super::fonts::Fonts;
use super::lines::{baseline, lay, Line, BULLET_INDENT, LEADING};
use super::pages::{Composer, Element, Item, Role, MARGIN_LEFT};
use crate::content::{Cell, Column, Face, Ink, Para, Style, Table, TABLE_SIZE};

const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;

/// One line of a laid-out cell.
#[derive(Debug, Clone)]
pub(super) struct CellLine {
    /// From the cell's top.
    top: f32,
    leading: f32,
    line: Line,
    /// On the first line of a paragraph: whether the paragraph is a bullet.
    starts: Option<bool>,
}

/// A laid-out table row: each cell's lines.
#[derive(Debug, Clone)]
pub(super) struct Row {
    cells: Vec<Vec<CellLine>>,
    height: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowKind {
    /// The header row where the table starts: header cells.
    Header,
    /// The header row again on a page the table continues on: an artifact.
    RepeatedHeader,
    /// A single cell spanning the table's columns.
    Group { span: usize },
    /// A row of data; in a table without a header row its first cell heads it.
    Body { heads_itself: bool },
}

fn lay_row(fonts: &Fonts, cells: &[Cell], widths: &[f32]) -> Row {
    let mut laid_cells = Vec::with_capacity(cells.len());
    let mut height: f32 = 0.0;
    for (cell, width) in cells.iter().zip(widths) {
        let mut y = 0.0;
        let mut lines = Vec::new();
        for para in cell {
            let laid = lay(fonts, para, width - 2.0 * CELL_PAD_X);
            for (n, line) in laid.lines.into_iter().enumerate() {
                let mut line = line;
                let x = laid.indent
                    + if laid.bullet.is_some() {
                        BULLET_INDENT
                    } else {
                        0.0
                    };
                for frag in &mut line.frags {
                    frag.x += x;
                }
                if n == 0 {
                    if let Some(style) = laid.bullet {
                        line.frags.insert(
                            0,
                            super::lines::Frag {
                                x: laid.indent,
                                style,
                                text: "•".to_string(),
                            },
                        );
                    }
                }
                lines.push(CellLine {
                    top: y,
                    leading: laid.leading,
                    line,
                    starts: (n == 0).then_some(laid.bullet.is_some()),
                });
                y += laid.leading;
            }
            y += laid.space_after;
        }
        height = height.max(y);
        laid_cells.push(lines);
    }
    Row {
        cells: laid_cells,
        height: height + 2.0 * CELL_PAD_Y,
    }
}

impl Composer<'_> {
    /// The height of a table's header row and first row (two when the first
    /// is a group row), measured on its first few rows: what must fit below a heading.
    pub(super) fn table_start_height(&self, table: &Table, width: f32) -> f32 {
        let head = &table.rows[..table.rows.len().min(3)];
        let widths = column_widths(self.fonts, table, head, width);
        let mut height = 0.0;
        if table.header {
            height += lay_row(self.fonts, &header_cells(table), &widths).height;
        }
        // A group row inside the table goes with the row after it.
        for cells in table.rows.iter().take(2) {
            height += lay_row(self.fonts, cells, &row_widths(cells, &widths)).height;
            if !is_spanning(cells, &widths) {
                break;
            }
        }
        height
    }

    pub(super) fn table(&mut self, table: &Table) {
        self.push(Item::Open(Element::Table));
        if table.columns.is_empty() {
            return;
        }
        let width = self.width();
        let widths = column_widths(self.fonts, table, &table.rows, width);
        let mut header = table
            .header
            .then(|| lay_row(self.fonts, &header_cells(table), &widths));
        // A header taller than a third of the page (absurd column names) is cut short,
        // or repeating it on every page would leave no room for the rows.
        if header
            .as_ref()
            .is_some_and(|h| h.height > self.full_height() / 3.0)
        {
            let short = Table {
                columns: table
                    .columns
                    .iter()
                    .map(|c| Column {
                        title: self.fonts.truncate(Style::BODY, &c.title, 200.0),
                        share: c.share,
                    })
                    .collect(),
                header: true,
                rows: Vec::new(),
            };
            header = Some(lay_row(self.fonts, &header_cells(&short), &widths));
        }
        let header_height = header.as_ref().map_or(0.0, |h| h.height);
        let mut header_on_page = false;
        let mut header_tagged = false;
        let rows: Vec<Row> = table
            .rows
            .iter()
            .map(|cells| lay_row(self.fonts, cells, &row_widths(cells, &widths)))
            .collect();
        let heights: Vec<f32> = rows.iter().map(|r| r.height).collect();
        for (index, mut row) in rows.into_iter().enumerate() {
            let spanning = is_spanning(&table.rows[index], &widths);
            // A group row is kept with the row after it.
            let next = if spanning {
                heights.get(index + 1).copied().unwrap_or(0.0)
            } else {
                0.0
            };
            let needed = row.height + next + if header_on_page { 0.0 } else { header_height };
            let fits_a_page = header_height + row.height + next <= self.full_height();
            if needed > self.room() && (fits_a_page || self.room() < self.full_height() * 0.25) {
                if !self.at_top() {
                    self.new_page();
                }
                header_on_page = false;
            }
            if !header_on_page {
                if let Some(header) = &header {
                    let kind = if header_tagged {
                        RowKind::RepeatedHeader
                    } else {
                        RowKind::Header
                    };
                    self.row(header.clone(), &widths, kind);
                    header_tagged = true;
                }
                header_on_page = true;
            }
            let kind = if spanning {
                RowKind::Group {
                    span: table.columns.len(),
                }
            } else {
                RowKind::Body {
                    heads_itself: !table.header && table.columns.len() > 1,
                }
            };
            let row_widths = row_widths(&table.rows[index], &widths);
            // A row taller than a page is the one case where a row must split.
            while row.height > self.room() {
                if self.room() >= 2.0 * CELL_PAD_Y + 2.0 * TABLE_SIZE * LEADING {
                    let rest = self.split_row(&mut row);
                    self.row(row, &row_widths, kind);
                    row = rest;
                }
                self.new_page();
                if let Some(header) = &header {
                    self.row(header.clone(), &widths, RowKind::RepeatedHeader);
                }
            }
            self.row(row, &row_widths, kind);
        }
        self.push(Item::Close);
        self.y = (self.y + 6.0).min(self.bottom());
    }

    /// Keeps in `row` the lines that fit the rest of this page and returns the others.
    fn split_row(&self, row: &mut Row) -> Row {
        let room = (self.room() - 2.0 * CELL_PAD_Y).max(0.0);
        let mut rest_cells = Vec::with_capacity(row.cells.len());
        let mut rest_height: f32 = 0.0;
        let mut kept_height: f32 = 0.0;
        for cell in &mut row.cells {
            let cut = cell
                .iter()
                .position(|l| l.top + l.leading > room)
                .unwrap_or(cell.len());
            let mut rest: Vec<CellLine> = cell.split_off(cut);
            let shift = rest.first().map_or(0.0, |l| l.top);
            for line in &mut rest {
                line.top -= shift;
            }
            if let Some(l) = rest.last() {
                rest_height = rest_height.max(l.top + l.leading);
            }
            if let Some(l) = cell.last() {
                kept_height = kept_height.max(l.top + l.leading);
            }
            rest_cells.push(rest);
        }
        row.height = kept_height + 2.0 * CELL_PAD_Y;
        Row {
            cells: rest_cells,
            height: rest_height + 2.0 * CELL_PAD_Y,
        }
    }

    fn row(&mut self, row: Row, widths: &[f32], kind: RowKind) {
        let top = self.y;
        let mut x = MARGIN_LEFT;
        let width = self.width();
        if matches!(kind, RowKind::Header | RowKind::RepeatedHeader) {
            self.push(Item::Fill {
                x: MARGIN_LEFT,
                y: top,
                width,
                height: row.height,
                ink: Ink::Tint,
            });
        }
        let tagged = kind != RowKind::RepeatedHeader;
        let role = if tagged {
            Role::Content
        } else {
            Role::Artifact
        };
        if tagged {
            self.push(Item::Open(Element::Row));
        }
        for (column, (cell, cell_width)) in row.cells.into_iter().zip(widths).enumerate() {
            if tagged {
                self.push(Item::Open(match kind {
                    RowKind::Header => Element::HeaderCell { row: false },
                    RowKind::Body { heads_itself: true } if column == 0 => {
                        Element::HeaderCell { row: true }
                    }
                    RowKind::Group { span } => Element::Cell { span },
                    _ => Element::Cell { span: 1 },
                }));
            }
            // Bulleted paragraphs make a list inside the cell; others stand in it.
            let mut in_list = false;
            let mut in_item = false;
            for cell_line in cell {
                let CellLine {
                    top: offset,
                    leading,
                    line,
                    starts,
                } = cell_line;
                let size = line.frags.iter().map(|f| f.style.size).fold(0.0, f32::max);
                let baseline = baseline(top + CELL_PAD_Y + offset, leading, size);
                let mut frags = line.frags.into_iter();
                if tagged {
                    if let Some(bullet) = starts {
                        if in_item {
                            self.push(Item::Close);
                            self.push(Item::Close);
                            in_item = false;
                        }
                        if bullet && !in_list {
                            self.push(Item::Open(Element::List));
                            in_list = true;
                        } else if !bullet && in_list {
                            self.push(Item::Close);
                            in_list = false;
                        }
                        if bullet {
                            self.push(Item::Open(Element::ListItem));
                            // The bullet is drawn, not read (see `Element::ListBody`).
                            if let Some(frag) = frags.next() {
                                self.push(Item::Text {
                                    x: x + CELL_PAD_X + frag.x,
                                    baseline,
                                    style: frag.style,
                                    text: frag.text,
                                    role: Role::Artifact,
                                });
                            }
                            self.push(Item::Open(Element::ListBody));
                            in_item = true;
                        }
                    }
                }
                for frag in frags {
                    self.push(Item::Text {
                        x: x + CELL_PAD_X + frag.x,
                        baseline,
                        style: frag.style,
                        text: frag.text,
                        role,
                    });
                }
            }
            if tagged {
                if in_item {
                    self.push(Item::Close);
                    self.push(Item::Close);
                }
                if in_list {
                    self.push(Item::Close);
                }
                self.push(Item::Close);
            }
            x += cell_width;
        }
        if tagged {
            self.push(Item::Close);
        }
        self.y += row.height;
        let (thickness, ink) = match kind {
            RowKind::Header | RowKind::RepeatedHeader => (0.8, Ink::Accent),
            RowKind::Group { .. } | RowKind::Body { .. } => (0.4, Ink::Rule),
        };
        let y = self.y - thickness;
        self.push(Item::Fill {
            x: MARGIN_LEFT,
            y,
            width,
            height: thickness,
            ink,
        });
    }
}

pub(super) fn is_spanning(cells: &[Cell], widths: &[f32]) -> bool {
    cells.len() == 1 && widths.len() > 1
}

/// The widths of a row's cells: a single cell spans the table.
pub(super) fn row_widths(cells: &[Cell], widths: &[f32]) -> Vec<f32> {
    if is_spanning(cells, widths) {
        vec![widths.iter().sum()]
    } else {
        widths.to_vec()
    }
}

/// The narrowest a cell can be (its longest word) and the width it would
/// take on one line, both with padding.
fn cell_extent(fonts: &Fonts, cell: &[Para]) -> (f32, f32) {
    let mut least: f32 = 0.0;
    let mut natural: f32 = 0.0;
    for para in cell {
        let indent = para.indent + if para.bullet { BULLET_INDENT } else { 0.0 };
        let mut line: f32 = 0.0;
        for span in &para.spans {
            let text = fonts.clean(span.style.face, &span.text);
            for (n, hard_line) in text.split('\n').enumerate() {
                if n > 0 {
                    natural = natural.max(indent + line);
                    line = 0.0;
                }
                line += fonts.width(span.style, hard_line);
                for word in hard_line.split(' ') {
                    least = least.max(indent + fonts.width(span.style, word));
                }
            }
        }
        natural = natural.max(indent + line);
    }
    let padding = 2.0 * CELL_PAD_X + 0.5;
    (least + padding, natural + padding)
}

/// Column widths. A key–value table keeps its shares; a table with a header
/// sizes its columns to their content: every column gets at least its longest
/// word (within reason) and at most its widest cell on one line; the width
/// left over goes to the columns by the square root of how much text they
/// hold, which keeps the table short when one column carries most of the text.
/// Only `rows` are measured: all of the table's, or its first few for an estimate.
pub(super) fn column_widths(
    fonts: &Fonts,
    table: &Table,
    rows: &[Vec<Cell>],
    width: f32,
) -> Vec<f32> {
    let count = table.columns.len();
    if !table.header {
        let total: f32 = table.columns.iter().map(|c| c.share.max(0.01)).sum();
        return table
            .columns
            .iter()
            .map(|c| width * c.share.max(0.01) / total)
            .collect();
    }
    let mut least = vec![0.0f32; count];
    let mut natural = vec![0.0f32; count];
    let mut mass = vec![0.0f32; count];
    let header = header_cells(table);
    for cells in std::iter::once(&header).chain(rows) {
        if cells.len() != count {
            continue;
        }
        for (column, cell) in cells.iter().enumerate() {
            let (l, n) = cell_extent(fonts, cell);
            least[column] = least[column].max(l);
            natural[column] = natural[column].max(n);
            mass[column] += n;
        }
    }
    // No column may claim more than its share of the page for one long word.
    let cap = (width / count as f32).max(width * 0.3);
    for column in 0..count {
        least[column] = least[column].min(cap).max(24.0);
        natural[column] = natural[column].min(width).max(least[column]);
    }
    let sum_least: f32 = least.iter().sum();
    let sum_natural: f32 = natural.iter().sum();
    if sum_natural <= width {
        // Everything fits on one line: share out the spare width by natural width.
        return natural
            .iter()
            .map(|n| n + (width - sum_natural) * n / sum_natural)
            .collect();
    }
    if sum_least >= width {
        return least.iter().map(|l| l * width / sum_least).collect();
    }
    // Share out the spare width; a column that reaches its natural width stops
    // there and what it does not need goes round again.
    let mut widths = least.clone();
    let mut open: Vec<bool> = (0..count).map(|c| natural[c] > least[c]).collect();
    let mut spare = width - sum_least;
    for _ in 0..count {
        let weight: f32 = (0..count)
            .filter(|c| open[*c])
            .map(|c| mass[c].sqrt())
            .sum();
        if spare <= 0.01 || weight <= 0.0 {
            break;
        }
        let mut given = 0.0;
        let columns: Vec<usize> = (0..count).filter(|c| open[*c]).collect();
        for column in columns {
            let share = spare * mass[column].sqrt() / weight;
            let room = natural[column] - widths[column];
            if share >= room {
                widths[column] = natural[column];
                open[column] = false;
                given += room;
            } else {
                widths[column] += share;
                given += share;
            }
        }
        spare -= given;
    }
    widths
}

pub(super) fn header_cells(table: &Table) -> Vec<Cell> {
    let style = Style::new(Face::Bold, TABLE_SIZE, Ink::Accent);
    table
        .columns
        .iter()
        .map(|c| vec![Para::plain(c.title.clone(), style)])
        .collect()
}
