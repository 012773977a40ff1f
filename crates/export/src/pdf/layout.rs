//! The layout layer of the PDFs, our own: what the builders (`record`,
//! `notice`, `processor_record`) need of it, in one place. The content model
//! is `crate::content`; fonts and metrics are in `fonts`, line breaking in
//! `lines`, pages and the [`Composer`] in `pages`, tables in `tables`; the
//! file is written by `writer`. Nothing here knows about GDPR; nothing here
//! reads the clock.

pub(crate) use super::fonts::{fonts, Fonts};
pub(crate) use super::pages::{add_draft_mark, add_footer, Composer, Page};
pub(crate) use crate::content::{Block, Orientation};
