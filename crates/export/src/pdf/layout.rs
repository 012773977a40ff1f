//! A small page-layout layer for the PDF exports (printpdf only writes the
//! file): A4 pages with the margins of `documents.md`, portrait or landscape;
//! text measured with the embedded font's own glyph advances; greedy word wrap
//! (long words and URLs are broken too); headings kept with what follows them;
//! tables sized to their content whose rows do not split and whose header row
//! repeats on every page they continue on; a running footer added once the
//! page count is known.
//!
//! The exporters build a list of [`Block`]s; [`Composer`] places them on pages
//! of [`Item`]s (positions measured from the top-left corner, in points), and
//! [`content`] writes each page's content stream with the glyph numbers that
//! printpdf gave the subset fonts (learnt through [`probe_ops`] and
//! [`read_probe`]). Nothing here knows about GDPR; nothing here reads the clock.

use printpdf::{
    Actions, BorderArray, ColorArray, Destination, FontId, HighlightingMode, LinkAnnotation, Op,
    ParsedFont, PdfFontHandle, PdfPage, Pt, Rect, TextItem,
};
use std::borrow::Cow;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

const MM: f32 = 72.0 / 25.4;
/// The short and long sides of A4, in points.
const A4_SHORT: f32 = 210.0 * MM;
const A4_LONG: f32 = 297.0 * MM;
const MARGIN_LEFT: f32 = 20.0 * MM;
const MARGIN_RIGHT: f32 = 18.0 * MM;
const MARGIN_TOP: f32 = 22.0 * MM;
const MARGIN_BOTTOM: f32 = 20.0 * MM;
/// The footer's baseline, from the bottom of the page.
const FOOTER_FROM_BOTTOM: f32 = 11.0 * MM;

pub const BODY_SIZE: f32 = 10.0;
pub const TABLE_SIZE: f32 = 9.0;
const FOOTER_SIZE: f32 = 8.0;
/// Line height as a multiple of the font size (10 pt on 13.5 pt).
const LEADING: f32 = 1.35;
const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;
const BULLET_INDENT: f32 = 11.0;

static REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Which way up a page is. Wide tables (the annexes) get landscape pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Orientation {
    #[default]
    Portrait,
    Landscape,
}

impl Orientation {
    fn width(self) -> f32 {
        match self {
            Orientation::Portrait => A4_SHORT,
            Orientation::Landscape => A4_LONG,
        }
    }
    fn height(self) -> f32 {
        match self {
            Orientation::Portrait => A4_LONG,
            Orientation::Landscape => A4_SHORT,
        }
    }
    /// The width text may take.
    pub fn content_width(self) -> f32 {
        self.width() - MARGIN_LEFT - MARGIN_RIGHT
    }
    /// The lowest point (from the top) that content may reach.
    fn content_bottom(self) -> f32 {
        self.height() - MARGIN_BOTTOM
    }
    fn content_height(self) -> f32 {
        self.content_bottom() - MARGIN_TOP
    }
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

impl Ink {
    fn rgb(self) -> (f32, f32, f32) {
        match self {
            Ink::Body => (0.11, 0.11, 0.12),
            Ink::Muted => (0.45, 0.45, 0.47),
            Ink::Accent => (0.05, 0.29, 0.47),
            Ink::Tint => (0.90, 0.93, 0.96),
            Ink::Rule => (0.78, 0.80, 0.82),
        }
    }
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

struct FaceData {
    font: ParsedFont,
    id: FontId,
    units_per_em: f32,
    /// For each character of the Basic Multilingual Plane, its glyph id (high
    /// half) and advance width in font units (low half), looked up in the font
    /// on first use: `NOT_LOOKED_UP` until then. A lookup always gives the same
    /// value, so threads that race to fill an entry agree.
    metrics: Box<[AtomicU32]>,
}

/// The embedded faces and their metrics, parsed once per process.
pub struct Fonts {
    faces: [FaceData; 2],
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fonts(DejaVu Sans)")
    }
}

/// The advance of a character the face has no glyph for.
const MISSING: u16 = u16::MAX;
const NOT_LOOKED_UP: u32 = u32::MAX;

impl FaceData {
    fn parse(bytes: &[u8], id: &str) -> Result<FaceData, String> {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| format!("the embedded font {id} could not be read"))?;
        let units_per_em = f32::from(font.font_metrics.units_per_em.max(1));
        let metrics = (0..0x1_0000)
            .map(|_| AtomicU32::new(NOT_LOOKED_UP))
            .collect();
        Ok(FaceData {
            font,
            id: FontId(id.to_string()),
            units_per_em,
            metrics,
        })
    }

    /// The glyph id and advance of a character (0 and `MISSING` when the face has none).
    fn metrics(&self, c: char) -> (u16, u16) {
        // Outside the BMP (emoji and the like): the face has none of those we could use.
        let Some(slot) = self.metrics.get(c as usize) else {
            return (0, MISSING);
        };
        let mut packed = slot.load(Ordering::Relaxed);
        if packed == NOT_LOOKED_UP {
            let (glyph, advance) = match self.font.lookup_glyph_index(c as u32).filter(|g| *g != 0)
            {
                Some(gid) => (gid, self.font.get_horizontal_advance(gid).min(MISSING - 1)),
                None => (0, MISSING),
            };
            packed = u32::from(glyph) << 16 | u32::from(advance);
            slot.store(packed, Ordering::Relaxed);
        }
        ((packed >> 16) as u16, packed as u16)
    }

    /// The glyph id of a character, 0 when the face has none.
    fn glyph(&self, c: char) -> u16 {
        self.metrics(c).0
    }

    fn advance(&self, c: char) -> Option<u16> {
        match self.metrics(c).1 {
            MISSING => None,
            advance => Some(advance),
        }
    }
}

/// The fonts, parsed on first use.
pub fn fonts() -> Result<&'static Fonts, String> {
    static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            // Fixed six-letter ids: printpdf would otherwise draw random ones, and
            // the first six letters become the subset tag (`KRJAAA+DejaVuSans`).
            Ok(Fonts {
                faces: [
                    FaceData::parse(REGULAR, "KRJAAA")?,
                    FaceData::parse(BOLD, "KRJAAB")?,
                ],
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

impl Fonts {
    fn face(&self, face: Face) -> &FaceData {
        &self.faces[face as usize]
    }

    /// The faces with the ids the page operations refer to, for the document's resources.
    pub fn resources(&self) -> impl Iterator<Item = (FontId, ParsedFont)> + '_ {
        self.faces.iter().map(|f| (f.id.clone(), f.font.clone()))
    }

    /// The text as it will be printed in `face`: tabs become spaces, other control
    /// characters go, and a character the font has no glyph for becomes `?`, so
    /// that what is measured is what is drawn. Line breaks are kept.
    pub fn clean<'t>(&self, face: Face, text: &'t str) -> Cow<'t, str> {
        let data = self.face(face);
        let printable = |c: char| {
            (c == '\n' || !c.is_control())
                && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}')
                && data.advance(c).is_some()
        };
        if text.chars().all(printable) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
                '\t' => out.push(' '),
                '\r' => {}
                c if c.is_control() => {}
                // Zero-width and joining characters the font may lack: drop rather than print '?'.
                '\u{200B}'..='\u{200F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' => {}
                c if data.advance(c).is_some() => out.push(c),
                _ => out.push('?'),
            }
        }
        Cow::Owned(out)
    }

    /// The printed width of already cleaned text, in points.
    pub fn width(&self, style: Style, text: &str) -> f32 {
        let data = self.face(style.face);
        let units: u32 = text
            .chars()
            .map(|c| u32::from(data.advance(c).unwrap_or(0)))
            .sum();
        units as f32 * style.size / data.units_per_em
    }

    fn char_width(&self, style: Style, c: char) -> f32 {
        let data = self.face(style.face);
        f32::from(data.advance(c).unwrap_or(0)) * style.size / data.units_per_em
    }

    /// Cuts text to fit `max` points, ending in "…" when it had to be cut.
    pub fn truncate(&self, style: Style, text: &str, max: f32) -> String {
        if self.width(style, text) <= max {
            return text.to_string();
        }
        let ellipsis = self.width(style, "…");
        let mut out = String::new();
        let mut used = 0.0;
        for c in text.chars() {
            let w = self.char_width(style, c);
            if used + w + ellipsis > max {
                break;
            }
            used += w;
            out.push(c);
        }
        out.trim_end().to_string() + "…"
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

/// A paragraph of styled runs.
#[derive(Debug, Clone)]
pub struct Para {
    pub spans: Vec<Span>,
    pub indent: f32,
    pub bullet: bool,
    pub space_after: f32,
    /// Move the whole paragraph to the next page rather than split it (an address block).
    pub keep_together: bool,
    /// The document's title: drawn like any paragraph, the top heading in HTML.
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
    fn leading(&self) -> f32 {
        self.spans
            .iter()
            .map(|s| s.style.size)
            .fold(0.0, f32::max)
            .max(1.0)
            * LEADING
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

/// A table. Without a header it is a key–value list with the columns' shares
/// as given; with a header the columns take widths that suit their content.
/// A row of a single cell spans all columns (a group heading inside a table).
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub header: bool,
    pub rows: Vec<Vec<Cell>>,
}

/// One unit of content, placed by [`Composer::place`].
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

/// Something drawn on a page; y is measured from the top of the page.
#[derive(Debug, Clone)]
pub enum Item {
    Text {
        x: f32,
        baseline: f32,
        style: Style,
        text: String,
    },
    Fill {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        ink: Ink,
    },
    /// A link to another page of the document (1-based).
    Link {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        page: usize,
    },
}

/// One page's content before rendering.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub items: Vec<Item>,
    pub orientation: Orientation,
}

#[derive(Debug, Clone)]
struct Frag {
    x: f32,
    style: Style,
    text: String,
}

#[derive(Debug, Clone, Default)]
struct Line {
    frags: Vec<Frag>,
    width: f32,
}

impl Line {
    /// Appends a word of the given width, after a space when `space_width` is not 0.
    fn push(&mut self, style: Style, text: &str, width: f32, space_width: f32) {
        let space_width = if self.frags.is_empty() {
            0.0
        } else {
            space_width
        };
        match self.frags.last_mut() {
            Some(last) if last.style == style => {
                if space_width > 0.0 {
                    last.text.push(' ');
                }
                last.text.push_str(text);
            }
            _ => self.frags.push(Frag {
                x: self.width + space_width,
                style,
                text: text.to_string(),
            }),
        }
        self.width += space_width + width;
    }
}

/// A paragraph broken into lines.
#[derive(Debug, Clone)]
struct Laid {
    lines: Vec<Line>,
    leading: f32,
    indent: f32,
    bullet: Option<Style>,
    space_after: f32,
    keep_together: bool,
}

impl Laid {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.leading + self.space_after
    }
}

const BREAK_AFTER: &[char] = &['/', '-', '_', '.', '?', '&', '=', ',', ';', ':', '@', '#'];

/// Greedy word wrap of styled runs into lines at most `max` points wide.
fn wrap(fonts: &Fonts, spans: &[Span], max: f32) -> Vec<Line> {
    let max = max.max(1.0);
    let mut lines = Vec::new();
    let mut line = Line::default();
    // Whether a space separates the next word from the previous one.
    let mut pending_space = false;
    for span in spans {
        let text = fonts.clean(span.style.face, &span.text);
        let style = span.style;
        // Most runs (a table cell, a name) are one line with single spaces that
        // fits where it starts: measured whole, placed whole. The margin keeps
        // the float sums of the word-by-word path from deciding otherwise.
        if !text.contains('\n')
            && !text.starts_with(' ')
            && !text.ends_with(' ')
            && !text.contains("  ")
        {
            let width = fonts.width(style, &text);
            let space_width = if pending_space && !line.frags.is_empty() {
                fonts.width(style, " ")
            } else {
                0.0
            };
            if line.width + space_width + width <= max - 0.01 {
                if !text.is_empty() {
                    line.push(style, &text, width, space_width);
                    pending_space = false;
                }
                continue;
            }
        }
        for (index, hard_line) in text.split('\n').enumerate() {
            if index > 0 {
                lines.push(std::mem::take(&mut line));
                pending_space = false;
            }
            if hard_line.starts_with(' ') {
                pending_space = true;
            }
            let mut words = hard_line.split(' ').filter(|w| !w.is_empty()).peekable();
            while let Some(word) = words.next() {
                let word_width = fonts.width(style, word);
                let space_width = if pending_space && !line.frags.is_empty() {
                    fonts.width(style, " ")
                } else {
                    0.0
                };
                if line.width + space_width + word_width <= max {
                    line.push(style, word, word_width, space_width);
                } else {
                    if !line.frags.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    if word_width <= max {
                        line.push(style, word, word_width, 0.0);
                    } else {
                        for (n, piece) in break_word(fonts, style, word, max).iter().enumerate() {
                            if n > 0 {
                                lines.push(std::mem::take(&mut line));
                            }
                            line.push(style, piece, fonts.width(style, piece), 0.0);
                        }
                    }
                }
                pending_space = words.peek().is_some() || hard_line.ends_with(' ');
            }
            if hard_line.trim().is_empty() && hard_line.ends_with(' ') {
                pending_space = true;
            }
        }
    }
    lines.push(line);
    lines
}

/// Breaks a word wider than `max` into pieces that fit, preferring to break
/// after a slash, hyphen or similar in the second half of a piece (URLs).
fn break_word(fonts: &Fonts, style: Style, word: &str, max: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let chars: Vec<char> = word.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let mut used = 0.0;
        let mut end = start;
        while end < chars.len() {
            let w = fonts.char_width(style, chars[end]);
            if used + w > max && end > start {
                break;
            }
            used += w;
            end += 1;
        }
        if end < chars.len() {
            let half = start + (end - start) / 2;
            if let Some(cut) = (half..end).rev().find(|&i| BREAK_AFTER.contains(&chars[i])) {
                end = cut + 1;
            } else if let Some(cut) = syllable_cut(fonts, style, &chars, start, end, max) {
                // A word of letters breaks between syllables, with a hyphen
                // ("suostu-muksen"), never in the middle of one.
                let mut piece: String = chars[start..cut].iter().collect();
                piece.push('-');
                pieces.push(piece);
                start = cut;
                continue;
            }
        }
        pieces.push(chars[start..end].iter().collect());
        start = end;
    }
    pieces
}

/// Whether `c` is a vowel of Finnish, Swedish or English.
fn is_vowel(c: char) -> bool {
    "aeiouyäöåéAEIOUYÄÖÅÉ".contains(c)
}

/// The last syllable boundary of `chars[start..end]` at which the piece
/// before it, with a hyphen, fits in `max`: before a consonant that a vowel
/// follows ("ilmoi|tettu", "suostu|muksen"), the Finnish rule, which also
/// gives acceptable breaks in Swedish and English. At least two letters stay
/// on each side; `None` for words that are not letters (codes, addresses).
fn syllable_cut(
    fonts: &Fonts,
    style: Style,
    chars: &[char],
    start: usize,
    end: usize,
    max: f32,
) -> Option<usize> {
    // Letters, then at most punctuation ("verkkosivustoomme.", "(opt-in)," is not one word of letters).
    let letters = chars.iter().take_while(|c| c.is_alphabetic()).count();
    if letters < 4 || chars[letters..].iter().any(|c| c.is_alphanumeric()) {
        return None;
    }
    let hyphen = fonts.char_width(style, '-');
    (start + 2..end.min(letters.saturating_sub(1)))
        .rev()
        .filter(|&i| letters - i >= 2)
        .filter(|&i| !is_vowel(chars[i]) && is_vowel(chars[i + 1]))
        .find(|&i| {
            let width: f32 = chars[start..i]
                .iter()
                .map(|&c| fonts.char_width(style, c))
                .sum();
            width + hyphen <= max
        })
}

fn lay(fonts: &Fonts, para: &Para, width: f32) -> Laid {
    let bullet = para.bullet.then(|| {
        para.spans
            .first()
            .map_or(Style::BODY, |s| s.style.with_face(Face::Regular))
    });
    let text_indent = para.indent + if para.bullet { BULLET_INDENT } else { 0.0 };
    Laid {
        lines: wrap(fonts, &para.spans, width - text_indent),
        leading: para.leading(),
        indent: para.indent,
        bullet,
        space_after: para.space_after,
        keep_together: para.keep_together,
    }
}

/// A laid-out table row: each cell's lines with their offsets from the cell's top.
#[derive(Debug, Clone)]
struct Row {
    cells: Vec<Vec<(f32, f32, Line)>>,
    height: f32,
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
                            Frag {
                                x: laid.indent,
                                style,
                                text: "•".to_string(),
                            },
                        );
                    }
                }
                lines.push((y, laid.leading, line));
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

/// Places blocks on pages.
#[derive(Debug)]
pub struct Composer<'f> {
    fonts: &'f Fonts,
    pub pages: Vec<Page>,
    y: f32,
    /// Outline entries: title and page index (0-based, in this composer's pages).
    pub bookmarks: Vec<(String, usize)>,
    /// Page index (0-based) of each anchor, by anchor number.
    pub anchors: Vec<Option<usize>>,
}

impl<'f> Composer<'f> {
    pub fn new(fonts: &'f Fonts) -> Composer<'f> {
        Composer {
            fonts,
            pages: vec![Page::default()],
            y: MARGIN_TOP,
            bookmarks: Vec::new(),
            anchors: Vec::new(),
        }
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a composer always has a page")
    }

    fn orientation(&self) -> Orientation {
        self.pages
            .last()
            .map_or_else(Orientation::default, |p| p.orientation)
    }

    fn width(&self) -> f32 {
        self.orientation().content_width()
    }

    fn bottom(&self) -> f32 {
        self.orientation().content_bottom()
    }

    fn full_height(&self) -> f32 {
        self.orientation().content_height()
    }

    fn at_top(&self) -> bool {
        self.y <= MARGIN_TOP + 0.01
    }

    fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    fn new_page(&mut self) {
        let orientation = self.orientation();
        self.pages.push(Page {
            items: Vec::new(),
            orientation,
        });
        self.y = MARGIN_TOP;
    }

    /// Places the blocks in order, dropping each once placed (a big record's
    /// blocks and its pages need not be in memory whole at the same time).
    pub fn place_all(&mut self, blocks: Vec<Block>) {
        let mut queue = std::collections::VecDeque::from(blocks);
        while let Some(block) = queue.pop_front() {
            self.place(&block, queue.iter());
        }
    }

    /// Continues this composer's pages with `next`'s, which start with a page
    /// break, as if one composer had placed all their blocks: nothing crosses
    /// a page break (a heading looks ahead only as far as the next one).
    /// `next`'s anchors are numbered from `anchors_before` on.
    pub fn append(&mut self, next: Composer<'f>, anchors_before: usize) {
        if self.at_top() && self.page().items.is_empty() {
            self.pages.pop();
        }
        let offset = self.pages.len();
        self.pages.extend(next.pages);
        self.bookmarks.extend(
            next.bookmarks
                .into_iter()
                .map(|(title, page)| (title, page + offset)),
        );
        for (anchor, page) in next.anchors.into_iter().enumerate() {
            if let Some(page) = page {
                let anchor = anchors_before + anchor;
                if self.anchors.len() <= anchor {
                    self.anchors.resize(anchor + 1, None);
                }
                self.anchors[anchor] = Some(page + offset);
            }
        }
        self.y = next.y;
    }

    /// The least height `blocks` need on this page so that the first of them does not stand alone.
    fn keep_height<'b>(&self, blocks: impl Iterator<Item = &'b Block>) -> f32 {
        let width = self.width();
        let mut total = 0.0;
        for block in blocks {
            match block {
                Block::Heading { level, text, .. } => {
                    let (para, before) = heading_para(*level, text);
                    total += before + lay(self.fonts, &para, width).height();
                }
                Block::Para(para) => {
                    let laid = lay(self.fonts, para, width);
                    let lines = if laid.keep_together {
                        laid.lines.len()
                    } else {
                        laid.lines.len().min(2)
                    };
                    return total + laid.leading * lines as f32;
                }
                Block::Table(table) => {
                    // Widths from the first rows only: this is an estimate, and a
                    // long table must not be measured twice.
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
                    return total + height;
                }
                Block::ContentsEntry { .. } => return total + BODY_SIZE * LEADING,
                Block::Space(_) => {}
                Block::NewPage(_) => return 0.0,
            }
        }
        total
    }

    fn place<'b>(&mut self, block: &Block, rest: impl Iterator<Item = &'b Block>) {
        match block {
            Block::NewPage(orientation) => {
                if self.at_top() && self.page().items.is_empty() {
                    self.page().orientation = *orientation;
                } else {
                    self.new_page();
                    self.page().orientation = *orientation;
                }
            }
            Block::Space(space) => {
                if !self.at_top() {
                    self.y = (self.y + space).min(self.bottom());
                }
            }
            Block::Heading {
                level,
                text,
                bookmark,
                anchor,
            } => self.heading(*level, text, *bookmark, *anchor, rest),
            Block::Para(para) => {
                let mut laid = lay(self.fonts, para, self.width());
                self.flow(&mut laid, MARGIN_LEFT);
            }
            Block::Table(table) => self.table(table),
            Block::ContentsEntry { text, page } => self.contents_entry(text, *page),
        }
    }

    fn heading<'b>(
        &mut self,
        level: u8,
        text: &str,
        bookmark: bool,
        anchor: Option<usize>,
        rest: impl Iterator<Item = &'b Block>,
    ) {
        let (para, before) = heading_para(level, text);
        let mut laid = lay(self.fonts, &para, self.width());
        let keep = self.keep_height(rest);
        // When what follows cannot fit a page with the heading anyway, keep at least a few lines of it.
        let keep = if laid.height() + keep > self.full_height() {
            3.0 * BODY_SIZE * LEADING
        } else {
            keep
        };
        let before = if self.at_top() { 0.0 } else { before };
        let needed = before + laid.height() + keep;
        if needed > self.room() && needed <= self.full_height() && !self.at_top() {
            self.new_page();
        } else if !self.at_top() {
            self.y += before;
        }
        if let Some(anchor) = anchor {
            if self.anchors.len() <= anchor {
                self.anchors.resize(anchor + 1, None);
            }
            self.anchors[anchor] = Some(self.pages.len() - 1);
        }
        if bookmark {
            let title = self.fonts.truncate(Style::BODY, text.trim(), 400.0);
            self.bookmarks.push((title, self.pages.len() - 1));
        }
        self.flow(&mut laid, MARGIN_LEFT);
        if level == 1 {
            // A thin accent rule under the main headings.
            let y = self.y - laid.space_after + 2.0;
            let width = self.width();
            self.page().items.push(Item::Fill {
                x: MARGIN_LEFT,
                y,
                width,
                height: 0.8,
                ink: Ink::Accent,
            });
        }
    }

    /// Places a paragraph's lines, moving to a new page whenever the next line
    /// does not fit; a paragraph of several lines never leaves only its first
    /// line behind, and one kept together moves whole when it fits a page.
    fn flow(&mut self, laid: &mut Laid, left: f32) {
        let lines = laid.lines.len();
        let whole = lines as f32 * laid.leading;
        if !self.at_top()
            && ((lines >= 2 && self.room() < 2.0 * laid.leading)
                || (laid.keep_together && whole > self.room() && whole <= self.full_height()))
        {
            self.new_page();
        }
        for (n, line) in laid.lines.iter_mut().enumerate() {
            // Nor a last line alone at the top of the next page.
            let widow = n >= 2 && lines - n == 2 && self.room() < 2.0 * laid.leading;
            if (self.room() < laid.leading || widow) && !self.at_top() {
                self.new_page();
            }
            let baseline = baseline(self.y, laid.leading, line_size(line, laid.leading));
            let x = left
                + laid.indent
                + if laid.bullet.is_some() {
                    BULLET_INDENT
                } else {
                    0.0
                };
            if n == 0 {
                if let Some(style) = laid.bullet {
                    self.page().items.push(Item::Text {
                        x: left + laid.indent,
                        baseline,
                        style,
                        text: "•".to_string(),
                    });
                }
            }
            for frag in &mut line.frags {
                let text = std::mem::take(&mut frag.text);
                self.page().items.push(Item::Text {
                    x: x + frag.x,
                    baseline,
                    style: frag.style,
                    text,
                });
            }
            self.y += laid.leading;
        }
        self.y = (self.y + laid.space_after).min(self.bottom());
    }

    fn contents_entry(&mut self, text: &str, page: Option<usize>) {
        let style = Style::BODY;
        let number_width = 40.0;
        let width = self.width();
        let para = Para::plain(text, style);
        let mut laid = lay(self.fonts, &para, width - number_width);
        let height = laid.height();
        if height > self.room() && height <= self.full_height() {
            self.new_page();
        }
        self.flow(&mut laid, MARGIN_LEFT);
        // The number, the dot leader and the link go on the entry's last line.
        let last_top = self.y - laid.leading;
        let baseline_y = baseline(last_top, laid.leading, style.size);
        let number = page.map_or(String::new(), |p| p.to_string());
        let number_x = MARGIN_LEFT + width - self.fonts.width(style, &number);
        let last_width = laid.lines.last().map_or(0.0, |l| l.width);
        let dots_from = MARGIN_LEFT + last_width + 6.0;
        let dots_to = number_x - 6.0;
        let muted = style.with_ink(Ink::Muted);
        let dot = self.fonts.width(muted, ". ");
        if dots_to > dots_from && dot > 0.0 {
            let count = ((dots_to - dots_from) / dot).floor() as usize;
            if count > 0 {
                let x = dots_to - dot * count as f32 + self.fonts.width(muted, " ");
                self.page().items.push(Item::Text {
                    x,
                    baseline: baseline_y,
                    style: muted,
                    text: ". ".repeat(count).trim_end().to_string(),
                });
            }
        }
        self.page().items.push(Item::Text {
            x: number_x,
            baseline: baseline_y,
            style,
            text: number,
        });
        if let Some(page) = page {
            let top = (self.y - laid.leading * laid.lines.len() as f32).max(MARGIN_TOP);
            let height = self.y - top;
            self.page().items.push(Item::Link {
                x: MARGIN_LEFT,
                y: top,
                width,
                height,
                page,
            });
        }
        self.y += 2.0;
    }

    fn table(&mut self, table: &Table) {
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
                    self.row(header.clone(), &widths, RowKind::Header);
                }
                header_on_page = true;
            }
            let kind = if spanning {
                RowKind::Group
            } else {
                RowKind::Body
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
                    self.row(header.clone(), &widths, RowKind::Header);
                }
            }
            self.row(row, &row_widths, kind);
        }
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
                .position(|(top, leading, _)| top + leading > room)
                .unwrap_or(cell.len());
            let rest: Vec<(f32, f32, Line)> = cell.split_off(cut);
            let shift = rest.first().map_or(0.0, |(top, _, _)| *top);
            let rest: Vec<(f32, f32, Line)> = rest
                .into_iter()
                .map(|(top, leading, line)| (top - shift, leading, line))
                .collect();
            if let Some((top, leading, _)) = rest.last() {
                rest_height = rest_height.max(top + leading);
            }
            if let Some((top, leading, _)) = cell.last() {
                kept_height = kept_height.max(top + leading);
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
        if kind == RowKind::Header {
            self.page().items.push(Item::Fill {
                x: MARGIN_LEFT,
                y: top,
                width,
                height: row.height,
                ink: Ink::Tint,
            });
        }
        for (cell, cell_width) in row.cells.into_iter().zip(widths) {
            for (offset, leading, line) in cell {
                let size = line.frags.iter().map(|f| f.style.size).fold(0.0, f32::max);
                let baseline = baseline(top + CELL_PAD_Y + offset, leading, size);
                for frag in line.frags {
                    self.page().items.push(Item::Text {
                        x: x + CELL_PAD_X + frag.x,
                        baseline,
                        style: frag.style,
                        text: frag.text,
                    });
                }
            }
            x += cell_width;
        }
        self.y += row.height;
        let (thickness, ink) = match kind {
            RowKind::Header => (0.8, Ink::Accent),
            RowKind::Group | RowKind::Body => (0.4, Ink::Rule),
        };
        let y = self.y - thickness;
        self.page().items.push(Item::Fill {
            x: MARGIN_LEFT,
            y,
            width,
            height: thickness,
            ink,
        });
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Header,
    Group,
    Body,
}

fn line_size(line: &Line, leading: f32) -> f32 {
    line.frags
        .iter()
        .map(|f| f.style.size)
        .fold(0.0, f32::max)
        .max(leading / LEADING)
}

/// The baseline of a line box starting at `top`, centring the capitals in the box.
fn baseline(top: f32, leading: f32, size: f32) -> f32 {
    top + leading / 2.0 + size * 0.36
}

fn is_spanning(cells: &[Cell], widths: &[f32]) -> bool {
    cells.len() == 1 && widths.len() > 1
}

/// The widths of a row's cells: a single cell spans the table.
fn row_widths(cells: &[Cell], widths: &[f32]) -> Vec<f32> {
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
fn column_widths(fonts: &Fonts, table: &Table, rows: &[Vec<Cell>], width: f32) -> Vec<f32> {
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

fn header_cells(table: &Table) -> Vec<Cell> {
    let style = Style::new(Face::Bold, TABLE_SIZE, Ink::Accent);
    table
        .columns
        .iter()
        .map(|c| vec![Para::plain(c.title.clone(), style)])
        .collect()
}

/// A heading's paragraph and the space above it.
fn heading_para(level: u8, text: &str) -> (Para, f32) {
    let (size, before, after) = match level {
        1 => (16.0, 0.0, 10.0),
        2 => (13.0, 12.0, 5.0),
        _ => (11.0, 8.0, 3.0),
    };
    let para = Para::plain(text, Style::new(Face::Bold, size, Ink::Accent)).after(after);
    (para, before)
}

/// The running footer of one page: left text (cut to fit) and the page label at the right.
pub fn add_footer(fonts: &Fonts, page: &mut Page, left: &str, right: &str) {
    let style = Style::new(Face::Regular, FOOTER_SIZE, Ink::Muted);
    let width = page.orientation.content_width();
    let baseline = page.orientation.height() - FOOTER_FROM_BOTTOM;
    let right = fonts.clean(style.face, right).into_owned();
    let right_width = fonts.width(style, &right);
    let left = left.replace('\n', " ");
    let left = fonts.truncate(
        style,
        &fonts.clean(style.face, &left),
        width - right_width - 12.0,
    );
    page.items.push(Item::Fill {
        x: MARGIN_LEFT,
        y: baseline - FOOTER_SIZE - 3.0,
        width,
        height: 0.4,
        ink: Ink::Rule,
    });
    page.items.push(Item::Text {
        x: MARGIN_LEFT,
        baseline,
        style,
        text: left,
    });
    page.items.push(Item::Text {
        x: MARGIN_LEFT + width - right_width,
        baseline,
        style,
        text: right,
    });
}

/// The draft mark in the top margin, at the right: a document with open
/// errors says so on every page, also when a page is printed alone.
pub fn add_draft_mark(fonts: &Fonts, page: &mut Page, mark: &str) {
    let style = Style::new(Face::Bold, 14.0, Ink::Accent);
    let mark = fonts.clean(style.face, mark).into_owned();
    let width = fonts.width(style, &mark);
    let x = MARGIN_LEFT + page.orientation.content_width() - width;
    let baseline = MARGIN_TOP - 7.0 * MM;
    page.items.push(Item::Fill {
        x: x - 3.0,
        y: baseline - 14.0,
        width: width + 6.0,
        height: 1.2,
        ink: Ink::Accent,
    });
    page.items.push(Item::Text {
        x,
        baseline,
        style,
        text: mark,
    });
}

/// The glyphs a document uses, per face: each glyph id with one character that maps to it.
#[derive(Debug, Default)]
pub struct UsedGlyphs {
    faces: [Vec<(u16, char)>; 2],
}

/// Collects the glyphs pages print, page by page; collections of two runs
/// of pages merge as if one had seen them all.
#[derive(Debug, Default)]
pub struct GlyphCollector {
    /// Per face, by glyph id: the first character seen that maps to it.
    seen: [Vec<Option<char>>; 2],
}

impl GlyphCollector {
    pub fn add_page(&mut self, fonts: &Fonts, page: &Page) {
        for item in &page.items {
            if let Item::Text { style, text, .. } = item {
                let data = fonts.face(style.face);
                let seen = &mut self.seen[style.face as usize];
                for c in text.chars() {
                    let gid = data.glyph(c);
                    if gid == 0 {
                        continue;
                    }
                    if seen.len() <= gid as usize {
                        seen.resize(gid as usize + 1, None);
                    }
                    seen[gid as usize].get_or_insert(c);
                }
            }
        }
    }

    /// This collection followed by `later`'s pages.
    pub fn merge(mut self, later: GlyphCollector) -> GlyphCollector {
        for (seen, later) in self.seen.iter_mut().zip(later.seen) {
            if seen.len() < later.len() {
                seen.resize(later.len(), None);
            }
            for (slot, c) in seen.iter_mut().zip(later) {
                if slot.is_none() {
                    *slot = c;
                }
            }
        }
        self
    }

    pub fn finish(self) -> UsedGlyphs {
        let faces = self.seen.map(|seen| {
            seen.into_iter()
                .enumerate()
                .filter_map(|(gid, c)| c.map(|c| (gid as u16, c)))
                .collect()
        });
        UsedGlyphs { faces }
    }
}

/// The operations of the probe: every used glyph once per face, in glyph order.
/// printpdf subsets and renumbers the fonts while it writes these; reading the
/// probe back ([`read_probe`]) tells which new number each glyph got.
pub fn probe_ops(fonts: &Fonts, used: &UsedGlyphs) -> Vec<Op> {
    let mut ops = Vec::new();
    for (face, glyphs) in [Face::Regular, Face::Bold].into_iter().zip(&used.faces) {
        if glyphs.is_empty() {
            continue;
        }
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(fonts.face(face).id.clone()),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(glyphs.iter().map(|(_, c)| *c).collect())],
        });
        ops.push(Op::EndTextSection);
    }
    ops
}

impl UsedGlyphs {
    /// The glyph numbers printpdf is expected to give the subset fonts: each
    /// used glyph its rank in glyph order, after .notdef (printpdf's
    /// `subset_font`). Only a prediction: [`read_probe`] tells for sure.
    pub fn expected_maps(&self) -> GlyphMaps {
        let mut maps = GlyphMaps::default();
        for (map, glyphs) in maps.faces.iter_mut().zip(&self.faces) {
            let size = glyphs.last().map_or(0, |(gid, _)| *gid as usize + 1);
            map.resize(size, 0);
            for (rank, (gid, _)) in glyphs.iter().enumerate() {
                map[*gid as usize] = u16::try_from(rank + 1).unwrap_or(0);
            }
        }
        maps
    }
}

/// Reads the probe's content stream as printpdf wrote it and returns, per face,
/// the subset glyph id of each original glyph id.
pub fn read_probe(content: &[u8], used: &UsedGlyphs) -> Result<GlyphMaps, String> {
    let mut strings = Vec::new();
    let mut rest = content;
    while let Some(start) = rest.iter().position(|b| *b == b'<') {
        let Some(end) = rest[start..].iter().position(|b| *b == b'>') else {
            break;
        };
        strings.push(&rest[start + 1..start + end]);
        rest = &rest[start + end + 1..];
    }
    let mut maps = GlyphMaps::default();
    let mut strings = strings.into_iter();
    for (face, glyphs) in used.faces.iter().enumerate() {
        if glyphs.is_empty() {
            continue;
        }
        let hex: Vec<u8> = strings
            .next()
            .ok_or("the font probe is missing from the PDF writer's output")?
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        if hex.len() != glyphs.len() * 4 {
            return Err(format!(
                "the font probe came back with {} hex digits for {} glyphs",
                hex.len(),
                glyphs.len()
            ));
        }
        let size = glyphs.last().map_or(0, |(gid, _)| *gid as usize + 1);
        let map = &mut maps.faces[face];
        map.resize(size, 0);
        for ((gid, _), digits) in glyphs.iter().zip(hex.chunks(4)) {
            let digits = std::str::from_utf8(digits).map_err(|e| e.to_string())?;
            let new = u16::from_str_radix(digits, 16).map_err(|e| e.to_string())?;
            if new == 0 {
                return Err(format!("glyph {gid} did not make it into the font subset"));
            }
            map[*gid as usize] = new;
        }
    }
    Ok(maps)
}

/// Per face: the subset glyph id of each original glyph id (0 where unused).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct GlyphMaps {
    faces: [Vec<u16>; 2],
}

/// The link annotations of a page, for printpdf to write.
pub fn link_ops(page: &Page) -> Vec<Op> {
    let height = page.orientation.height();
    page.items
        .iter()
        .filter_map(|item| match item {
            Item::Link {
                x,
                y,
                width,
                height: h,
                page,
            } => Some(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect {
                        x: Pt(*x),
                        y: Pt(height - y - h),
                        width: Pt(*width),
                        height: Pt(*h),
                        mode: None,
                        winding_order: None,
                    },
                    Actions::go_to(Destination::Xyz {
                        page: *page,
                        left: None,
                        top: None,
                        zoom: None,
                    }),
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    Some(HighlightingMode::None),
                ),
            }),
            _ => None,
        })
        .collect()
}

/// An empty printpdf page of the page's size.
pub fn blank_page(page: &Page, ops: Vec<Op>) -> PdfPage {
    let (width, height) = (page.orientation.width(), page.orientation.height());
    PdfPage::new(printpdf::Mm(width / MM), printpdf::Mm(height / MM), ops)
}

/// Writes a number with at most two decimals, from hundredths.
fn number(out: &mut Vec<u8>, hundredths: i64) {
    if hundredths < 0 {
        out.push(b'-');
    }
    let value = hundredths.unsigned_abs();
    let (mut whole, fraction) = (value / 100, value % 100);
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (whole % 10) as u8;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
    if fraction != 0 {
        out.push(b'.');
        out.push(b'0' + (fraction / 10) as u8);
        if fraction % 10 != 0 {
            out.push(b'0' + (fraction % 10) as u8);
        }
    }
}

fn hundredths(value: f32) -> i64 {
    (f64::from(value) * 100.0).round() as i64
}

fn colour(out: &mut Vec<u8>, ink: Ink) {
    let (r, g, b) = ink.rgb();
    for part in [r, g, b] {
        number(out, hundredths(part));
        out.push(b' ');
    }
    out.extend_from_slice(b"rg\n");
}

/// The content stream of one page, written directly: printpdf's own path
/// through its operation list costs most of an export's time on big documents
/// (see docs/performance.md), so text, colours and fills are encoded here, with
/// the glyph numbers printpdf gave the subset fonts. Every colour change sits
/// between `q` and `Q`, so no colour leaks into what follows.
pub fn content(fonts: &Fonts, page: &Page, maps: &GlyphMaps) -> Vec<u8> {
    let height = page.orientation.height();
    let mut out = Vec::with_capacity(page.items.len() * 40 + 64);
    // Fills first, so that text is drawn on top of table header tints.
    let mut current: Option<Ink> = None;
    for item in &page.items {
        if let Item::Fill {
            x,
            y,
            width,
            height: h,
            ink,
        } = item
        {
            if current != Some(*ink) {
                if current.is_some() {
                    out.extend_from_slice(b"Q\n");
                }
                out.extend_from_slice(b"q\n");
                colour(&mut out, *ink);
                current = Some(*ink);
            }
            for value in [*x, height - y - h, *width, *h] {
                number(&mut out, hundredths(value));
                out.push(b' ');
            }
            out.extend_from_slice(b"re f\n");
        }
    }
    if current.is_some() {
        out.extend_from_slice(b"Q\n");
    }
    // Text, one text object per run of the same colour; lines are placed with
    // moves relative to the previous one, in whole hundredths so nothing drifts.
    let mut current: Option<Ink> = None;
    let mut font: Option<(Face, i64)> = None;
    let mut at = (0i64, 0i64);
    for item in &page.items {
        let Item::Text {
            x,
            baseline,
            style,
            text,
        } = item
        else {
            continue;
        };
        if text.is_empty() {
            continue;
        }
        if current != Some(style.ink) {
            if current.is_some() {
                out.extend_from_slice(b"ET\nQ\n");
            }
            out.extend_from_slice(b"q\n");
            colour(&mut out, style.ink);
            out.extend_from_slice(b"BT\n");
            current = Some(style.ink);
            font = None;
            at = (0, 0);
        }
        let size = hundredths(style.size);
        if font != Some((style.face, size)) {
            out.push(b'/');
            out.extend_from_slice(fonts.face(style.face).id.0.as_bytes());
            out.push(b' ');
            number(&mut out, size);
            out.extend_from_slice(b" Tf\n");
            font = Some((style.face, size));
        }
        let target = (hundredths(*x), hundredths(height - baseline));
        number(&mut out, target.0 - at.0);
        out.push(b' ');
        number(&mut out, target.1 - at.1);
        out.extend_from_slice(b" Td\n(");
        at = target;
        let data = fonts.face(style.face);
        let map = &maps.faces[style.face as usize];
        // Two bytes per glyph (Identity-H) in a literal string, half the size of hex.
        for c in text.chars() {
            let gid = map.get(data.glyph(c) as usize).copied().unwrap_or(0);
            for byte in gid.to_be_bytes() {
                match byte {
                    b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    _ => out.push(byte),
                }
            }
        }
        out.extend_from_slice(b") Tj\n");
    }
    if current.is_some() {
        out.extend_from_slice(b"ET\nQ\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_and_urls_are_broken_to_fit() {
        let fonts = fonts().unwrap();
        let url = format!("https://example.com/{}", "a/b-c".repeat(400));
        let lines = wrap(fonts, &[Span::new(url.clone(), Style::BODY)], 200.0);
        assert!(lines.len() > 5);
        for line in &lines {
            assert!(line.width <= 200.0 + 0.01, "{}", line.width);
        }
        let joined: String = lines
            .iter()
            .flat_map(|l| l.frags.iter().map(|f| f.text.as_str()))
            .collect();
        assert_eq!(joined, url);
    }

    fn filler(n: usize) -> Vec<Block> {
        (0..n)
            .map(|i| Block::Para(Para::plain(format!("Filler paragraph {i}"), Style::BODY)))
            .collect()
    }

    fn table_of(rows: usize) -> Block {
        Block::Table(Table {
            columns: vec![
                Column {
                    title: "HeaderOne".into(),
                    share: 0.5,
                },
                Column {
                    title: "HeaderTwo".into(),
                    share: 0.5,
                },
            ],
            header: true,
            rows: (0..rows)
                .map(|i| {
                    vec![
                        vec![Para::plain(format!("row{i}"), Style::BODY)],
                        vec![Para::plain("value", Style::BODY)],
                    ]
                })
                .collect(),
        })
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_heading_never_stands_alone_at_the_foot_of_a_page() {
        let fonts = fonts().unwrap();
        // Fill the page to a little above its foot, for every few points of room left.
        for filler_count in 44..56 {
            let mut blocks = filler(filler_count);
            blocks.push(Block::Heading {
                level: 2,
                text: "TheHeading".into(),
                bookmark: false,
                anchor: None,
            });
            blocks.push(table_of(3));
            let mut composer = Composer::new(fonts);
            composer.place_all(blocks);
            let page = composer
                .pages
                .iter()
                .find(|p| texts(p).contains(&"TheHeading"))
                .unwrap();
            assert!(
                texts(page).contains(&"row0"),
                "{filler_count}: the heading is alone"
            );
        }
    }

    #[test]
    fn a_table_repeats_its_header_and_never_splits_a_row() {
        let fonts = fonts().unwrap();
        let mut composer = Composer::new(fonts);
        composer.place_all(vec![table_of(200)]);
        assert!(composer.pages.len() >= 3);
        let mut seen = 0;
        for page in &composer.pages {
            let texts = texts(page);
            assert_eq!(
                texts[0], "HeaderOne",
                "every page starts with the header row"
            );
            for (n, text) in texts.iter().enumerate() {
                if text.starts_with("row") {
                    assert_eq!(*text, format!("row{seen}"));
                    assert_eq!(texts[n + 1], "value", "a row split from its other cell");
                    seen += 1;
                }
            }
        }
        assert_eq!(seen, 200);
    }

    #[test]
    fn sections_laid_out_apart_and_appended_give_the_same_pages() {
        let fonts = fonts().unwrap();
        let section = |number: usize, anchor: usize| {
            let mut blocks = vec![
                Block::NewPage(if number % 3 == 2 {
                    Orientation::Landscape
                } else {
                    Orientation::Portrait
                }),
                Block::Heading {
                    level: 1,
                    text: format!("Section {number}"),
                    bookmark: true,
                    anchor: Some(anchor),
                },
            ];
            blocks.extend(filler(number * 4));
            blocks.push(table_of(number * 9));
            blocks
        };
        let mut whole = Composer::new(fonts);
        whole.place_all((0..7).flat_map(|n| section(n, n)).collect());
        let mut first = Composer::new(fonts);
        first.place_all((0..4).flat_map(|n| section(n, n)).collect());
        let mut second = Composer::new(fonts);
        second.place_all((4..7).flat_map(|n| section(n, n - 4)).collect());
        first.append(second, 4);
        assert!(whole.pages.len() > 7);
        assert_eq!(format!("{:?}", whole.pages), format!("{:?}", first.pages));
        assert_eq!(whole.bookmarks, first.bookmarks);
        assert_eq!(whole.anchors, first.anchors);
    }

    #[test]
    fn missing_glyphs_become_question_marks() {
        let fonts = fonts().unwrap();
        assert_eq!(fonts.clean(Face::Regular, "a😀b\u{0007}\tc"), "a?b c");
        assert_eq!(fonts.clean(Face::Bold, "Åäö ÅÄÖ"), "Åäö ÅÄÖ");
    }

    #[test]
    fn a_long_word_breaks_between_syllables_with_a_hyphen() {
        let fonts = fonts().unwrap();
        let style = Style::BODY;
        for word in [
            "suostumuksen",
            "ilmoitettu",
            "säilytysaika",
            "verkkosivustoomme.",
        ] {
            let max = fonts.width(style, word) * 0.7;
            let pieces = break_word(fonts, style, word, max);
            assert!(pieces.len() >= 2, "{word}: {pieces:?}");
            let last = pieces.last().unwrap();
            assert!(last.chars().count() >= 2, "{word}: {pieces:?}");
            let chars: Vec<char> = word.chars().collect();
            let mut offset = 0;
            for piece in &pieces[..pieces.len() - 1] {
                assert!(piece.ends_with('-'), "{word}: {pieces:?}");
                offset += piece.trim_end_matches('-').chars().count();
                // The next syllable starts with a consonant and a vowel.
                assert!(
                    !is_vowel(chars[offset]) && is_vowel(chars[offset + 1]),
                    "{word} broke inside a syllable: {pieces:?}"
                );
            }
            assert_eq!(pieces.concat().replace('-', ""), word);
        }
    }

    #[test]
    fn wrapped_lines_keep_every_word() {
        let fonts = fonts().unwrap();
        let text = "Ändamål och rättslig grund för behandlingen ".repeat(20);
        let lines = wrap(fonts, &[Span::new(text.clone(), Style::BODY)], 150.0);
        let joined: Vec<String> = lines
            .iter()
            .flat_map(|l| l.frags.iter().map(|f| f.text.clone()))
            .collect();
        assert_eq!(joined.join(" "), text.trim_end());
    }
}
