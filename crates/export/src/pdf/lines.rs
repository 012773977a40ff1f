//! Lines: a paragraph's styled runs broken into lines that fit a width —
//! greedy word wrap measured with the font's own advances, long words and
//! URLs broken too (after a slash or hyphen, or between syllables with a
//! hyphen) — and where a line's baseline falls in its line box.

use super::fonts::Fonts;
use crate::content::{Face, Para, Span, Style};

/// Line height as a multiple of the font size (10 pt on 13.5 pt).
pub(super) const LEADING: f32 = 1.35;
/// How far a bulleted paragraph's text stands from its bullet.
pub(super) const BULLET_INDENT: f32 = 11.0;

/// The line height of a paragraph: that of its largest run.
pub(super) fn leading(para: &Para) -> f32 {
    para.spans
        .iter()
        .map(|s| s.style.size)
        .fold(0.0, f32::max)
        .max(1.0)
        * LEADING
}

#[derive(Debug, Clone)]
pub(super) struct Frag {
    pub(super) x: f32,
    pub(super) style: Style,
    pub(super) text: String,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Line {
    pub(super) frags: Vec<Frag>,
    pub(super) width: f32,
}

impl Line {
    /// Appends a word of the given width, after a space when `space_width` is not 0.
    pub(super) fn push(&mut self, style: Style, text: &str, width: f32, space_width: f32) {
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
pub(super) struct Laid {
    pub(super) lines: Vec<Line>,
    pub(super) leading: f32,
    pub(super) indent: f32,
    pub(super) bullet: Option<Style>,
    pub(super) space_after: f32,
    pub(super) keep_together: bool,
}

impl Laid {
    pub(super) fn height(&self) -> f32 {
        self.lines.len() as f32 * self.leading + self.space_after
    }
}

const BREAK_AFTER: &[char] = &['/', '-', '_', '.', '?', '&', '=', ',', ';', ':', '@', '#'];

/// Greedy word wrap of styled runs into lines at most `max` points wide.
pub(super) fn wrap(fonts: &Fonts, spans: &[Span], max: f32) -> Vec<Line> {
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
pub(super) fn break_word(fonts: &Fonts, style: Style, word: &str, max: f32) -> Vec<String> {
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
pub(super) fn is_vowel(c: char) -> bool {
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

pub(super) fn lay(fonts: &Fonts, para: &Para, width: f32) -> Laid {
    let bullet = para.bullet.then(|| {
        para.spans
            .first()
            .map_or(Style::BODY, |s| s.style.with_face(Face::Regular))
    });
    let text_indent = para.indent + if para.bullet { BULLET_INDENT } else { 0.0 };
    Laid {
        lines: wrap(fonts, &para.spans, width - text_indent),
        leading: leading(para),
        indent: para.indent,
        bullet,
        space_after: para.space_after,
        keep_together: para.keep_together,
    }
}

pub(super) fn line_size(line: &Line, leading: f32) -> f32 {
    line.frags
        .iter()
        .map(|f| f.style.size)
        .fold(0.0, f32::max)
        .max(leading / LEADING)
}

/// The baseline of a line box starting at `top`, centring the capitals in the box.
pub(super) fn baseline(top: f32, leading: f32, size: f32) -> f32 {
    top + leading / 2.0 + size * 0.36
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::fonts;

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
