//! The one font family of the PDFs (DejaVu Sans, regular and bold, from
//! `assets/fonts`) and its metrics: each character's glyph id and advance,
//! read with skrifa (the font reader krilla itself uses), so that what the
//! layout measures is what krilla draws. No shaping and no kerning: one
//! character is one glyph, advanced by its own width. The faces are parsed
//! once per process; krilla subsets them when it writes a file.

use crate::content::{Face, Style};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::borrow::Cow;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

static REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");

/// The advance of a character the face has no glyph for.
const MISSING: u16 = u16::MAX;
const NOT_LOOKED_UP: u32 = u32::MAX;

struct FaceData {
    font: FontRef<'static>,
    /// The same face for krilla to draw with and subset.
    krilla: krilla::text::Font,
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

impl FaceData {
    fn parse(bytes: &'static [u8], name: &str) -> Result<FaceData, String> {
        let unreadable = || format!("the embedded font {name} could not be read");
        let font = FontRef::new(bytes).map_err(|_| unreadable())?;
        let krilla = krilla::text::Font::new(bytes.into(), 0).ok_or_else(unreadable)?;
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em
                .max(1),
        );
        let metrics = (0..0x1_0000)
            .map(|_| AtomicU32::new(NOT_LOOKED_UP))
            .collect();
        Ok(FaceData {
            font,
            krilla,
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
            let glyph = self
                .font
                .charmap()
                .map(c)
                .and_then(|g| u16::try_from(g.to_u32()).ok())
                .filter(|g| *g != 0);
            let (glyph, advance) = match glyph {
                Some(gid) => {
                    let advance = self
                        .font
                        .glyph_metrics(Size::unscaled(), LocationRef::default())
                        .advance_width(gid.into())
                        .unwrap_or(0.0);
                    (gid, (advance.round().max(0.0) as u16).min(MISSING - 1))
                }
                None => (0, MISSING),
            };
            packed = u32::from(glyph) << 16 | u32::from(advance);
            slot.store(packed, Ordering::Relaxed);
        }
        ((packed >> 16) as u16, packed as u16)
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
            Ok(Fonts {
                faces: [
                    FaceData::parse(REGULAR, "DejaVuSans")?,
                    FaceData::parse(BOLD, "DejaVuSans-Bold")?,
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

    /// The face as krilla draws it.
    pub fn krilla(&self, face: Face) -> krilla::text::Font {
        self.face(face).krilla.clone()
    }

    /// The face's glyph id of a character (0 when it has none) and its advance
    /// as a share of the font size.
    pub fn glyph(&self, face: Face, c: char) -> (u16, f32) {
        let data = self.face(face);
        let (glyph, advance) = data.metrics(c);
        let advance = if advance == MISSING { 0 } else { advance };
        (glyph, f32::from(advance) / data.units_per_em)
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

    pub fn char_width(&self, style: Style, c: char) -> f32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_glyphs_become_question_marks() {
        let fonts = fonts().unwrap();
        assert_eq!(fonts.clean(Face::Regular, "a😀b\u{0007}\tc"), "a?b c");
        assert_eq!(fonts.clean(Face::Bold, "Åäö ÅÄÖ"), "Åäö ÅÄÖ");
    }

    #[test]
    fn every_printed_character_has_a_glyph_and_a_width() {
        let fonts = fonts().unwrap();
        for c in "Aåäö–…•·€§".chars() {
            let (glyph, advance) = fonts.glyph(Face::Regular, c);
            assert!(
                glyph != 0 && advance > 0.2 && advance < 1.2,
                "{c}: {advance}"
            );
        }
        assert_eq!(fonts.glyph(Face::Regular, '😀').0, 0);
    }
}
