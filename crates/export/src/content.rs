//! What a document says, before any output format: headings, paragraphs of
//! styled runs, bulleted lists, tables (with or without a header row), the
//! contents, page breaks and the draft mark. The notices, the record and the
//! processor's record are built as lists of [`Block`]s; `pdf/` lays them out
//! on pages and `html.rs` writes them as one page. Nothing here knows about
//! points, fonts or files: a style says "bold, muted, table text", and each
//! renderer decides what that looks like.

/// The body text size, in points (also the HTML's base size).
pub const BODY_SIZE: f32 = 10.0;
/// The text size inside tables.
pub const TABLE_SIZE: f32 = 9.0;

/// Which way up a page is. Wide tables (the annexes) get landscape pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Orientation {
    #[default]
    Portrait,
    Landscape,
}

/// A font face of the one family the documents use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

/// The colours of the documents: near-black text, one accent, greys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Body,
    Muted,
    Accent,
    /// The light tint behind table header rows.
    Tint,
    /// Thin rules between table rows.
    Rule,
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub ink: Ink,
}

impl Style {
    pub const BODY: Style = Style {
        face: Face::Regular,
        size: BODY_SIZE,
        ink: Ink::Body,
    };
    pub const fn new(face: Face, size: f32, ink: Ink) -> Style {
        Style { face, size, ink }
    }
    pub const fn with_face(self, face: Face) -> Style {
        Style { face, ..self }
    }
    pub const fn with_ink(self, ink: Ink) -> Style {
        Style { ink, ..self }
    }
}

/// A run of text in one style.
#[derive(Debug, Clone)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

impl Span {
    pub fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }
}

/// A paragraph of styled runs. A bulleted paragraph is an item of a list:
/// bulleted paragraphs in a row make one list.
#[derive(Debug, Clone)]
pub struct Para {
    pub spans: Vec<Span>,
    pub indent: f32,
    pub bullet: bool,
    pub space_after: f32,
    /// Move the whole paragraph to the next page rather than split it (an address block).
    pub keep_together: bool,
    /// The document's title: drawn like any paragraph, the top heading in HTML and in the PDF's tags.
    pub title: bool,
}

impl Para {
    pub fn new(spans: Vec<Span>) -> Para {
        Para {
            spans,
            indent: 0.0,
            bullet: false,
            space_after: 0.0,
            keep_together: false,
            title: false,
        }
    }
    pub fn plain(text: impl Into<String>, style: Style) -> Para {
        Para::new(vec![Span::new(text, style)])
    }
    pub fn bulleted(mut self) -> Para {
        self.bullet = true;
        self
    }
    pub fn after(mut self, space: f32) -> Para {
        self.space_after = space;
        self
    }
    pub fn titled(mut self) -> Para {
        self.title = true;
        self
    }
    pub fn kept_together(mut self) -> Para {
        self.keep_together = true;
        self
    }
    pub fn indented(mut self, indent: f32) -> Para {
        self.indent = indent;
        self
    }
}

/// A table column: its header text and its share of the table's width.
#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    pub share: f32,
}

/// A table cell: one or more paragraphs.
pub type Cell = Vec<Para>;

/// A table. Without a header it is a key–value list (the first column names
/// the row) with the columns' shares as given; with a header the columns take
/// widths that suit their content. A row of a single cell spans all columns
/// (a group heading inside a table).
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub header: bool,
    pub rows: Vec<Vec<Cell>>,
}

/// One unit of content.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading; level 1 optionally starts an outline bookmark; `anchor` records its page.
    Heading {
        level: u8,
        text: String,
        bookmark: bool,
        anchor: Option<usize>,
    },
    Para(Para),
    Table(Table),
    /// A line of the contents: the entry and the page it points at (1-based, in the final document).
    ContentsEntry {
        text: String,
        page: Option<usize>,
    },
    Space(f32),
    /// Starts a new page (unless the current one is empty) with this orientation.
    NewPage(Orientation),
}

/// "UTKAST" / "LUONNOS" / "DRAFT": what a document with open errors says of
/// itself — on every page of a PDF (read once, first; its repeats are
/// artifacts) and at the top of the HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftMark(String);

impl DraftMark {
    /// The mark in the export language, when the document has open errors.
    pub fn when(is_draft: bool, text: &str) -> Option<DraftMark> {
        is_draft.then(|| DraftMark(text.to_string()))
    }

    pub fn text(&self) -> &str {
        &self.0
    }
}
