//! The .sqlite document.
