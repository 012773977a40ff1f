//! Writes laid-out pages as a PDF file through krilla: the text with the
//! fonts' original glyph ids (krilla subsets the fonts and writes their
//! ToUnicode maps), fills, links (to pages of the contents, and `mailto:` and
//! web addresses found in the text), the outline, page labels, metadata and
//! language, and the tag tree built from the pages' [`Item::Open`] /
//! [`Item::Close`] in reading order. Every file declares PDF/UA-1 and
//! PDF/A-2a; krilla's validator checks what it can and a failure is an error,
//! never a file that claims what it is not. Fills, list bullets, repeated
//! table headers, footers and the repeated draft mark are artifacts. The file
//! is krilla's as it validated it: nothing rewrites it afterwards.

use super::fonts::Fonts;
use super::pages::{Element, Item, Page, Role};
use crate::content::Ink;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::{Destination, XyzDestination};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::paint::{Fill, FillRule};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope,
    Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::{GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use std::num::{NonZeroU16, NonZeroU32};
use std::ops::Range;

/// What the file says about itself.
#[derive(Debug)]
pub(super) struct Info<'a> {
    /// Shown as the window title (PDF/UA).
    pub title: &'a str,
    pub author: &'a str,
    pub subject: &'a str,
    pub keywords: &'a [String],
    /// BCP 47: "sv", "fi", "en".
    pub language: &'a str,
    /// (year, month, day): the printing date.
    pub date: (u16, u8, u8),
    /// Stable for equal input, so equal input gives equal bytes.
    pub document_id: String,
}

/// Why krilla would not write a file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the PDF settings do not fit together: {0}")]
    Configuration(String),
    #[error("the PDF could not be written: {0}")]
    Krilla(String),
}

/// A structure element of the tree being built, with its children in reading order.
struct StructNode {
    tag: TagKind,
    children: Vec<Child>,
}

enum Child {
    Element(usize),
    Leaf(Identifier),
}

/// The tag tree as it is read off the pages.
#[derive(Default)]
struct Structure {
    elements: Vec<StructNode>,
    /// The open elements, innermost last.
    open: Vec<usize>,
    /// The top level.
    roots: Vec<Child>,
    /// The draft mark of the first page, read before everything.
    lead: Vec<Child>,
}

impl Structure {
    fn open(&mut self, tag: TagKind) -> usize {
        let index = self.elements.len();
        self.elements.push(StructNode {
            tag,
            children: Vec::new(),
        });
        match self.open.last() {
            Some(parent) => self.elements[*parent].children.push(Child::Element(index)),
            None => self.roots.push(Child::Element(index)),
        }
        self.open.push(index);
        index
    }

    fn close(&mut self) {
        self.open.pop();
    }

    /// Where content read now belongs: the innermost open element, or a new
    /// paragraph when none is open (nothing is left out of the tree).
    fn current(&mut self) -> usize {
        match self.open.last() {
            Some(index) => *index,
            None => {
                let index = self.open(Tag::P.into());
                self.open.pop();
                index
            }
        }
    }

    fn into_tree(mut self, language: &str) -> TagTree {
        fn build(elements: &mut [Option<StructNode>], index: usize) -> Option<Node> {
            let element = elements[index].take()?;
            let mut group = TagGroup::new(element.tag);
            for child in element.children {
                match child {
                    Child::Element(child) => {
                        if let Some(node) = build(elements, child) {
                            group.push(node);
                        }
                    }
                    Child::Leaf(id) => group.push(id),
                }
            }
            // krilla drops a group without children; so do we, before it counts.
            (!group.children.is_empty()).then_some(Node::Group(group))
        }
        let mut elements: Vec<Option<StructNode>> = self.elements.drain(..).map(Some).collect();
        let mut tree = TagTree::new().with_lang(Some(language.to_string()));
        for child in self.lead.into_iter().chain(self.roots) {
            match child {
                Child::Element(index) => {
                    if let Some(node) = build(&mut elements, index) {
                        tree.push(node);
                    }
                }
                Child::Leaf(id) => {
                    tree.push(TagGroup::with_children(Tag::P, vec![Node::Leaf(id)]));
                }
            }
        }
        tree
    }
}

fn tag_of(element: &Element) -> TagKind {
    match element {
        Element::Heading { level, title } => Tag::Hn(
            NonZeroU16::new(u16::from(*level)).unwrap_or(NonZeroU16::MIN),
            Some(title.clone()),
        )
        .into(),
        Element::Paragraph => Tag::P.into(),
        Element::List => Tag::L(ListNumbering::Disc).into(),
        Element::ListItem => Tag::LI.into(),
        Element::ListBody => Tag::LBody.into(),
        Element::Table => Tag::Table.into(),
        Element::Row => Tag::TR.into(),
        Element::HeaderCell { row } => Tag::TH(if *row {
            TableHeaderScope::Row
        } else {
            TableHeaderScope::Column
        })
        .into(),
        Element::Cell { span } => Tag::TD
            .with_col_span(
                u32::try_from(*span)
                    .ok()
                    .filter(|s| *s > 1)
                    .and_then(NonZeroU32::new),
            )
            .into(),
        Element::Contents => Tag::TOC.into(),
        Element::ContentsEntry => Tag::TOCI.into(),
        Element::Link => Tag::Link.into(),
    }
}

fn colour(ink: Ink) -> rgb::Color {
    let (r, g, b) = match ink {
        Ink::Body => (0.11, 0.11, 0.12),
        Ink::Muted => (0.45, 0.45, 0.47),
        Ink::Accent => (0.05, 0.29, 0.47),
        Ink::Tint => (0.90, 0.93, 0.96),
        Ink::Rule => (0.78, 0.80, 0.82),
    };
    let byte = |v: f32| (v * 255.0).round() as u8;
    rgb::Color::new(byte(r), byte(g), byte(b))
}

fn fill(ink: Ink) -> Fill {
    Fill {
        paint: colour(ink).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

/// What the open marked-content section of a page is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Section {
    None,
    Content,
    Artifact(ArtifactType),
}

/// Draws one page's items on its surface, adding to the structure; returns
/// the links to annotate, each with the element it belongs to.
struct PageWriter<'s, 'f> {
    fonts: &'f Fonts,
    structure: &'s mut Structure,
    section: Section,
    ink: Option<Ink>,
    glyphs: Vec<KrillaGlyph>,
    links: Vec<(Annotation, usize)>,
}

impl PageWriter<'_, '_> {
    fn end_section(&mut self, surface: &mut Surface<'_>) {
        if self.section != Section::None {
            surface.end_tagged();
            self.section = Section::None;
        }
    }

    /// Starts content of the current element, unless it runs already.
    fn content(&mut self, surface: &mut Surface<'_>) {
        if self.section != Section::Content {
            self.end_section(surface);
            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            let element = self.structure.current();
            self.structure.elements[element]
                .children
                .push(Child::Leaf(id));
            self.section = Section::Content;
        }
    }

    fn artifact(&mut self, surface: &mut Surface<'_>, kind: ArtifactType) {
        if self.section != Section::Artifact(kind) {
            self.end_section(surface);
            surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
            self.section = Section::Artifact(kind);
        }
    }

    fn draw(&mut self, surface: &mut Surface<'_>, x: f32, baseline: f32, item: TextRef<'_>) {
        if self.ink != Some(item.ink) {
            surface.set_fill(Some(fill(item.ink)));
            self.ink = Some(item.ink);
        }
        self.glyphs.clear();
        for (at, c) in item.text.char_indices() {
            let (glyph, advance) = self.fonts.glyph(item.face, c);
            self.glyphs.push(KrillaGlyph::new(
                GlyphId::new(u32::from(glyph)),
                advance,
                0.0,
                0.0,
                0.0,
                at..at + c.len_utf8(),
                None,
            ));
        }
        surface.draw_glyphs(
            Point::from_xy(x, baseline),
            &self.glyphs,
            self.fonts.krilla(item.face),
            item.text,
            item.size,
            false,
        );
    }

    fn item(&mut self, surface: &mut Surface<'_>, item: &Item) {
        match item {
            Item::Open(element) => {
                self.end_section(surface);
                self.structure.open(tag_of(element));
            }
            Item::Close => {
                self.end_section(surface);
                self.structure.close();
            }
            Item::Fill { .. } => {}
            Item::Link {
                x,
                y,
                width,
                height,
                page,
            } => {
                let target = Target::Destination(Destination::Xyz(XyzDestination::new(
                    page.saturating_sub(1),
                    Point::from_xy(0.0, 0.0),
                )));
                if let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) {
                    let element = self.structure.current();
                    let annotation = Annotation::new_link(
                        LinkAnnotation::new(rect, target),
                        Some(format!("→ {page}")),
                    );
                    self.links.push((annotation, element));
                }
            }
            Item::Text {
                x,
                baseline,
                style,
                text,
                role,
            } => {
                if text.is_empty() {
                    return;
                }
                let text_ref = TextRef {
                    text,
                    face: style.face,
                    size: style.size,
                    ink: style.ink,
                };
                match role {
                    Role::Content => self.content_text(surface, *x, *baseline, text_ref),
                    Role::Artifact => {
                        self.artifact(surface, ArtifactType::Other);
                        self.draw(surface, *x, *baseline, text_ref);
                    }
                    Role::Footer => {
                        self.artifact(surface, ArtifactType::Footer);
                        self.draw(surface, *x, *baseline, text_ref);
                    }
                    Role::Header => {
                        self.artifact(surface, ArtifactType::Header);
                        self.draw(surface, *x, *baseline, text_ref);
                    }
                    Role::Lead => {
                        self.end_section(surface);
                        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                        self.structure.lead.push(Child::Leaf(id));
                        self.draw(surface, *x, *baseline, text_ref);
                        surface.end_tagged();
                    }
                }
            }
        }
    }

    /// Text of the current element; an e-mail or web address in it becomes a
    /// link element of its own with an annotation over it.
    fn content_text(
        &mut self,
        surface: &mut Surface<'_>,
        x: f32,
        baseline: f32,
        item: TextRef<'_>,
    ) {
        let in_link = self
            .structure
            .open
            .last()
            .is_some_and(|e| matches!(self.structure.elements[*e].tag, TagKind::Link(_)));
        let links = if in_link {
            Vec::new()
        } else {
            find_links(item.text)
        };
        if links.is_empty() {
            self.content(surface);
            self.draw(surface, x, baseline, item);
            return;
        }
        let style = crate::content::Style::new(item.face, item.size, item.ink);
        let mut at = 0;
        for (range, uri) in links {
            if range.start > at {
                self.content(surface);
                let before = &item.text[at..range.start];
                let offset = self.fonts.width(style, &item.text[..at]);
                self.draw(surface, x + offset, baseline, item.with_text(before));
            }
            self.end_section(surface);
            let link = self.structure.open(Tag::Link.into());
            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            self.structure.elements[link].children.push(Child::Leaf(id));
            let offset = self.fonts.width(style, &item.text[..range.start]);
            let width = self.fonts.width(style, &item.text[range.clone()]);
            self.draw(
                surface,
                x + offset,
                baseline,
                item.with_text(&item.text[range.clone()]),
            );
            surface.end_tagged();
            self.structure.close();
            if let Some(rect) = Rect::from_xywh(
                x + offset,
                baseline - item.size * 0.95,
                width.max(1.0),
                item.size * 1.25,
            ) {
                let annotation = Annotation::new_link(
                    LinkAnnotation::new(
                        rect,
                        Target::Action(Action::Link(LinkAction::new(uri.clone()))),
                    ),
                    Some(uri),
                );
                self.links.push((annotation, link));
            }
            at = range.end;
        }
        if at < item.text.len() {
            self.content(surface);
            let offset = self.fonts.width(style, &item.text[..at]);
            self.draw(
                surface,
                x + offset,
                baseline,
                item.with_text(&item.text[at..]),
            );
        }
    }
}

/// A run of text to draw.
#[derive(Debug, Clone, Copy)]
struct TextRef<'t> {
    text: &'t str,
    face: crate::content::Face,
    size: f32,
    ink: Ink,
}

impl<'t> TextRef<'t> {
    fn with_text<'u>(self, text: &'u str) -> TextRef<'u> {
        TextRef {
            text,
            face: self.face,
            size: self.size,
            ink: self.ink,
        }
    }
}

/// The e-mail and web addresses in a line of text: each word's byte range
/// (without the punctuation around it) and where it leads.
pub(super) fn find_links(text: &str) -> Vec<(Range<usize>, String)> {
    let mut links = Vec::new();
    // Most lines have no address at all: say so without looking at each word.
    let bytes = text.as_bytes();
    if !bytes.contains(&b'@')
        && !bytes.windows(3).any(|w| w == b"://")
        && !bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
    {
        return links;
    }
    let mut start = 0;
    for word in text.split(' ') {
        let word_start = start;
        start += word.len() + 1;
        let lead = word.len() - word.trim_start_matches(['(', '<', '"', '[', '\'']).len();
        let trimmed =
            word[lead..].trim_end_matches(['.', ',', ';', ':', ')', '>', '"', ']', '\'', '!', '?']);
        if trimmed.len() < 5 {
            continue;
        }
        let starts = |prefix: &str| {
            trimmed
                .as_bytes()
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
        };
        let uri = if starts("https://") || starts("http://") {
            trimmed.to_string()
        } else if starts("www.") && trimmed[4..].contains('.') {
            format!("https://{trimmed}")
        } else if is_email(trimmed) {
            format!("mailto:{trimmed}")
        } else {
            continue;
        };
        let from = word_start + lead;
        links.push((from..from + trimmed.len(), uri));
    }
    links
}

fn is_email(word: &str) -> bool {
    let Some((local, domain)) = word.split_once('@') else {
        return false;
    };
    let allowed = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    !local.is_empty()
        && local.chars().all(allowed)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// The PDF of `pages` (consumed), with `bookmarks` (title and 0-based page) as its outline.
pub(super) fn write(
    fonts: &Fonts,
    pages: Vec<Page>,
    bookmarks: &[(String, usize)],
    info: &Info<'_>,
) -> Result<Vec<u8>, WriteError> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .with_archival_validator(Archival::A2_A)
        .finish()
        .map_err(|e| WriteError::Configuration(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        xmp_metadata: true,
        compress_content_streams: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut structure = Structure::default();
    // Each laid-out page is dropped once krilla has it: the two need not be
    // in memory whole at the same time.
    for (index, page) in pages.into_iter().enumerate() {
        let (width, height) = (page.orientation.width(), page.orientation.height());
        let mut page_settings = PageSettings::from_wh(width, height)
            .ok_or_else(|| WriteError::Krilla("a page without size".to_string()))?;
        if index == 0 {
            // The labels are the page numbers the footers print.
            page_settings = page_settings.with_page_label(PageLabel::new(
                Some(NumberingStyle::Arabic),
                None,
                NonZeroU32::new(1),
            ));
        }
        let mut krilla_page = document.start_page_with(page_settings);
        let links = {
            let mut surface = krilla_page.surface();
            draw_fills(&mut surface, &page);
            let mut writer = PageWriter {
                fonts,
                structure: &mut structure,
                section: Section::None,
                ink: None,
                glyphs: Vec::with_capacity(128),
                links: Vec::new(),
            };
            for item in &page.items {
                writer.item(&mut surface, item);
            }
            writer.end_section(&mut surface);
            surface.finish();
            writer.links
        };
        for (annotation, element) in links {
            let id = krilla_page.add_tagged_annotation(annotation);
            structure.elements[element].children.push(Child::Leaf(id));
        }
        krilla_page.finish();
    }

    let mut outline = Outline::new();
    for (title, page) in bookmarks {
        outline.push_child(OutlineNode::new(
            title.clone(),
            XyzDestination::new(*page, Point::from_xy(0.0, 0.0)),
        ));
    }
    if bookmarks.is_empty() {
        // PDF/UA asks for an outline: a document without sections gets its title.
        outline.push_child(OutlineNode::new(
            info.title.to_string(),
            XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
        ));
    }
    document.set_outline(outline);
    document.set_tag_tree(structure.into_tree(info.language));
    let (year, month, day) = info.date;
    document.set_metadata(
        Metadata::new()
            .title(info.title.to_string())
            .authors(vec![info.author.to_string()])
            .description(info.subject.to_string())
            .keywords(info.keywords.to_vec())
            .language(info.language.to_string())
            .creator("Kirjuri".to_string())
            .creation_date(
                DateTime::new(year)
                    .month(month)
                    .day(day)
                    .hour(0)
                    .minute(0)
                    .second(0)
                    .utc_offset_hour(0)
                    .utc_offset_minute(0),
            )
            .document_id(info.document_id.clone()),
    );
    document
        .finish()
        .map_err(|e| WriteError::Krilla(format!("{e:?}")))
}

/// The page's fills (table tints, rules), drawn first so text lies on top:
/// decoration, an artifact. The rectangles of one colour make one path.
fn draw_fills(surface: &mut Surface<'_>, page: &Page) {
    let mut paths: Vec<(Ink, PathBuilder)> = Vec::new();
    for item in &page.items {
        let Item::Fill {
            x,
            y,
            width,
            height,
            ink,
        } = item
        else {
            continue;
        };
        let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) else {
            continue;
        };
        match paths.iter_mut().find(|(i, _)| i == ink) {
            Some((_, path)) => path.push_rect(rect),
            None => {
                let mut path = PathBuilder::new();
                path.push_rect(rect);
                paths.push((*ink, path));
            }
        }
    }
    if paths.is_empty() {
        return;
    }
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Other,
    )));
    for (ink, path) in paths {
        if let Some(path) = path.finish() {
            surface.set_fill(Some(fill(ink)));
            surface.draw_path(&path);
        }
    }
    surface.end_tagged();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_in_text_are_found_without_their_punctuation() {
        let text =
            "Skriv till info@example.fi, eller se (www.example.fi/dataskydd). https://a.b/c?d=1";
        let links: Vec<(String, String)> = find_links(text)
            .into_iter()
            .map(|(range, uri)| (text[range].to_string(), uri))
            .collect();
        assert_eq!(
            links,
            [
                (
                    "info@example.fi".to_string(),
                    "mailto:info@example.fi".to_string()
                ),
                (
                    "www.example.fi/dataskydd".to_string(),
                    "https://www.example.fi/dataskydd".to_string()
                ),
                (
                    "https://a.b/c?d=1".to_string(),
                    "https://a.b/c?d=1".to_string()
                ),
            ]
        );
        assert!(find_links("art. 6.1 a och 6.1 c, FO-nummer 1234567-8").is_empty());
        assert!(find_links("@handle och a@b").is_empty());
    }
}
