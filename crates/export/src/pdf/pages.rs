//! Pages: A4 in portrait or landscape with the margins of `documents.md`,
//! and the [`Composer`] that places [`Block`]s on them — headings kept with
//! what follows, paragraphs that leave no line alone at a page's foot or
//! head, the contents with page numbers and links — and, once the page count
//! is known, the running footer and the draft mark. Each page is a list of
//! [`Item`]s in reading order: what is drawn (text, fills, links, positions
//! from the top-left corner, in points) and where structure elements open and
//! close, which the writer turns into the PDF's tags.

use super::fonts::Fonts;
use super::lines::{baseline, lay, line_size, Laid, BULLET_INDENT, LEADING};
use crate::content::{Block, Face, Ink, Orientation, Para, Style, BODY_SIZE};

pub(super) const MM: f32 = 72.0 / 25.4;
/// The short and long sides of A4, in points.
const A4_SHORT: f32 = 210.0 * MM;
const A4_LONG: f32 = 297.0 * MM;
pub(super) const MARGIN_LEFT: f32 = 20.0 * MM;
const MARGIN_RIGHT: f32 = 18.0 * MM;
const MARGIN_TOP: f32 = 22.0 * MM;
const MARGIN_BOTTOM: f32 = 20.0 * MM;
/// The footer's baseline, from the bottom of the page.
const FOOTER_FROM_BOTTOM: f32 = 11.0 * MM;
const FOOTER_SIZE: f32 = 8.0;

impl Orientation {
    pub(super) fn width(self) -> f32 {
        match self {
            Orientation::Portrait => A4_SHORT,
            Orientation::Landscape => A4_LONG,
        }
    }
    pub(super) fn height(self) -> f32 {
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

/// A structure element of the tagged PDF, opened by [`Item::Open`] and
/// closed by the next unmatched [`Item::Close`]; the text between belongs to it.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// A heading (the document's title is one of level 1).
    Heading {
        level: u8,
        title: String,
    },
    Paragraph,
    List,
    ListItem,
    /// A list item's text. Its bullet is an artifact, not a label (`Lbl`):
    /// the list's numbering (a disc) tells a reader the items are bulleted,
    /// and 31,000 fewer structure elements at 1000 registers.
    ListBody,
    Table,
    Row,
    /// A header cell: of its column, or (`row`) of its row in a key–value table.
    HeaderCell {
        row: bool,
    },
    /// A data cell spanning `span` columns.
    Cell {
        span: usize,
    },
    Contents,
    ContentsEntry,
    /// A link: its text and its annotation.
    Link,
}

/// What a piece of text is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Part of the structure element open where it stands.
    Content,
    /// Drawn, not read: a repeated table header, a dot leader.
    Artifact,
    /// The running footer with the page label.
    Footer,
    /// The draft mark where it repeats.
    Header,
    /// The draft mark of the first page: read first, before everything else.
    Lead,
}

/// Something on a page, in reading order; y is measured from the top of the page.
#[derive(Debug, Clone)]
pub enum Item {
    Text {
        x: f32,
        baseline: f32,
        style: Style,
        text: String,
        role: Role,
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
    Open(Element),
    Close,
}

/// One page's content before rendering.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub items: Vec<Item>,
    pub orientation: Orientation,
}

impl Page {
    /// Whether anything is drawn on the page (structure alone is not).
    fn is_blank(&self) -> bool {
        self.items
            .iter()
            .all(|item| matches!(item, Item::Open(_) | Item::Close))
    }
}

/// A group of blocks that stands open while blocks of its kind follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    List,
    Contents,
}

/// Places blocks on pages.
#[derive(Debug)]
pub struct Composer<'f> {
    pub(super) fonts: &'f Fonts,
    pub pages: Vec<Page>,
    /// Where the next block goes, from the top of the page.
    pub(super) y: f32,
    /// Outline entries: title and page index (0-based, in this composer's pages).
    pub bookmarks: Vec<(String, usize)>,
    /// Page index (0-based) of each anchor, by anchor number.
    pub anchors: Vec<Option<usize>>,
    /// The list or contents open at the top level.
    open: Option<Group>,
}

impl<'f> Composer<'f> {
    pub fn new(fonts: &'f Fonts) -> Composer<'f> {
        Composer {
            fonts,
            pages: vec![Page::default()],
            y: MARGIN_TOP,
            bookmarks: Vec::new(),
            anchors: Vec::new(),
            open: None,
        }
    }

    /// Adds an item to the current page.
    pub(super) fn push(&mut self, item: Item) {
        self.page().items.push(item);
    }

    pub(super) fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a composer always has a page")
    }

    fn orientation(&self) -> Orientation {
        self.pages
            .last()
            .map_or_else(Orientation::default, |p| p.orientation)
    }

    pub(super) fn width(&self) -> f32 {
        self.orientation().content_width()
    }

    pub(super) fn bottom(&self) -> f32 {
        self.orientation().content_bottom()
    }

    pub(super) fn full_height(&self) -> f32 {
        self.orientation().content_height()
    }

    pub(super) fn at_top(&self) -> bool {
        self.y <= MARGIN_TOP + 0.01
    }

    pub(super) fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    pub(super) fn new_page(&mut self) {
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
        self.close_group();
    }

    /// Closes the list or contents open at the top level.
    fn close_group(&mut self) {
        if self.open.take().is_some() {
            self.push(Item::Close);
        }
    }

    /// Opens `group` unless it is open already, closing any other.
    fn open_group(&mut self, group: Group) {
        if self.open != Some(group) {
            self.close_group();
            self.push(Item::Open(match group {
                Group::List => Element::List,
                Group::Contents => Element::Contents,
            }));
            self.open = Some(group);
        }
    }

    /// Continues this composer's pages with `next`'s, which start with a page
    /// break, as if one composer had placed all their blocks: nothing crosses
    /// a page break (a heading looks ahead only as far as the next one).
    /// `next`'s anchors are numbered from `anchors_before` on.
    pub fn append(&mut self, next: Composer<'f>, anchors_before: usize) {
        let mut next = next;
        if self.at_top() && self.page().is_blank() {
            // What structure stands on the blank page goes on with the next one.
            if let (Some(blank), Some(first)) = (self.pages.pop(), next.pages.first_mut()) {
                first.items.splice(0..0, blank.items);
            }
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
                    return total + self.table_start_height(table, width);
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
            Block::Para(para) if para.bullet => self.open_group(Group::List),
            Block::ContentsEntry { .. } => self.open_group(Group::Contents),
            _ => self.close_group(),
        }
        match block {
            Block::NewPage(orientation) => {
                if self.at_top() && self.page().is_blank() {
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
                let element = if para.bullet {
                    Element::ListItem
                } else if para.title {
                    Element::Heading {
                        level: 1,
                        title: plain_title(para),
                    }
                } else {
                    Element::Paragraph
                };
                self.flow(&mut laid, MARGIN_LEFT, Some(element));
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
        let element = Element::Heading {
            level: level.clamp(1, 6),
            title: text.trim().to_string(),
        };
        self.flow(&mut laid, MARGIN_LEFT, Some(element));
        if level == 1 {
            // A thin accent rule under the main headings.
            let y = self.y - laid.space_after + 2.0;
            let width = self.width();
            self.push(Item::Fill {
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
    /// The lines go into `element` (a list item: its bullet the label, the
    /// rest its body); with `None`, into what the caller opened.
    fn flow(&mut self, laid: &mut Laid, left: f32, element: Option<Element>) {
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
                if let Some(element) = &element {
                    self.push(Item::Open(element.clone()));
                }
                if let Some(style) = laid.bullet {
                    // In a list item the bullet is drawn, not read: the list
                    // says its items are bulleted (see `Element::ListBody`).
                    let tagged = element == Some(Element::ListItem);
                    self.push(Item::Text {
                        x: left + laid.indent,
                        baseline,
                        style,
                        text: "•".to_string(),
                        role: if tagged {
                            Role::Artifact
                        } else {
                            Role::Content
                        },
                    });
                    if tagged {
                        self.push(Item::Open(Element::ListBody));
                    }
                }
            }
            for frag in &mut line.frags {
                let text = std::mem::take(&mut frag.text);
                self.push(Item::Text {
                    x: x + frag.x,
                    baseline,
                    style: frag.style,
                    text,
                    role: Role::Content,
                });
            }
            self.y += laid.leading;
        }
        if let Some(element) = &element {
            if !laid.lines.is_empty() {
                if *element == Element::ListItem && laid.bullet.is_some() {
                    self.push(Item::Close);
                }
                self.push(Item::Close);
            }
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
        self.push(Item::Open(Element::ContentsEntry));
        if page.is_some() {
            self.push(Item::Open(Element::Link));
        }
        self.flow(&mut laid, MARGIN_LEFT, None);
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
                self.push(Item::Text {
                    x,
                    baseline: baseline_y,
                    style: muted,
                    text: ". ".repeat(count).trim_end().to_string(),
                    role: Role::Artifact,
                });
            }
        }
        self.push(Item::Text {
            x: number_x,
            baseline: baseline_y,
            style,
            text: number,
            role: Role::Content,
        });
        if let Some(page) = page {
            let top = (self.y - laid.leading * laid.lines.len() as f32).max(MARGIN_TOP);
            let height = self.y - top;
            self.push(Item::Link {
                x: MARGIN_LEFT,
                y: top,
                width,
                height,
                page,
            });
            self.push(Item::Close);
        }
        self.push(Item::Close);
        self.y += 2.0;
    }
}

/// A heading's paragraph and the space above it.
pub(super) fn heading_para(level: u8, text: &str) -> (Para, f32) {
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
        role: Role::Footer,
    });
    page.items.push(Item::Text {
        x: MARGIN_LEFT + width - right_width,
        baseline,
        style,
        text: right,
        role: Role::Footer,
    });
}

/// The draft mark in the top margin, at the right: a document with open
/// errors says so on every page, also when a page is printed alone.
/// The first page's mark is read first; elsewhere it is a running header.
pub fn add_draft_mark(fonts: &Fonts, page: &mut Page, mark: &str, first: bool) {
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
        role: if first { Role::Lead } else { Role::Header },
    });
}

/// A title paragraph's text, for its heading tag.
fn plain_title(para: &Para) -> String {
    para.spans
        .iter()
        .map(|s| s.text.as_str())
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Column, Table};
    use crate::pdf::fonts::fonts;

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
}
