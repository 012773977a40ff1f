//! Finds the localized texts of a record that lack one language, or whose
//! translation into it is out of date, or all of them, by walking the
//! record's serde serialization: every field is reached, and no JSON value is built.
//!
//! A path names the field as the JSON format does: `name`, `address.street`,
//! `steps[2]`. A text empty in every language is not missing anything.

use crate::text::{Language, LocalizedText};
use serde::ser::{self, Serialize};
use std::fmt;

/// The paths of the localized texts in `value` that are missing in `language`.
pub fn missing_in<T: Serialize + ?Sized>(value: &T, language: Language) -> Vec<String> {
    walk(value, Look::Missing(language))
        .into_iter()
        .map(|(path, _)| path)
        .collect()
}

/// The paths of the localized texts in `value` whose translation into
/// `language` is out of date ([`LocalizedText::is_out_of_date_in`]).
pub fn out_of_date_in<T: Serialize + ?Sized>(value: &T, language: Language) -> Vec<String> {
    walk(value, Look::OutOfDate(language))
        .into_iter()
        .map(|(path, _)| path)
        .collect()
}

/// Every localized text in `value` with its path, marks included.
pub fn texts_of<T: Serialize + ?Sized>(value: &T) -> Vec<(String, LocalizedText)> {
    walk(value, Look::All)
}

fn walk<T: Serialize + ?Sized>(value: &T, look: Look) -> Vec<(String, LocalizedText)> {
    let mut walker = Walker {
        path: String::new(),
        look,
        found: Vec::new(),
    };
    // The walker itself never fails; an error could only come from a value's
    // own Serialize impl (the model's are derived and do not fail), and then
    // what was found so far is still right.
    let walked = value.serialize(&mut walker);
    debug_assert!(walked.is_ok(), "a record failed to serialize: {walked:?}");
    walker.found
}

/// Which texts a walk collects.
#[derive(Debug, Clone, Copy)]
enum Look {
    Missing(Language),
    OutOfDate(Language),
    All,
}

/// The walk stops only when a value's own `Serialize` reports an error.
#[derive(Debug)]
pub struct WalkError(String);

impl fmt::Display for WalkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WalkError {}

impl ser::Error for WalkError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        WalkError(message.to_string())
    }
}

struct Walker {
    path: String,
    look: Look,
    found: Vec<(String, LocalizedText)>,
}

impl Walker {
    /// Walks `value` with `segment` added to the path, then takes it off again.
    fn under<T: Serialize + ?Sized>(
        &mut self,
        segment: Segment<'_>,
        value: &T,
    ) -> Result<(), WalkError> {
        let length = self.path.len();
        match segment {
            Segment::Field(name) => {
                if length > 0 {
                    self.path.push('.');
                }
                self.path.push_str(name);
            }
            Segment::Index(index) => {
                fmt::Write::write_fmt(&mut self.path, format_args!("[{index}]"))
                    .map_err(ser::Error::custom)?;
            }
        }
        let result = value.serialize(&mut *self);
        self.path.truncate(length);
        result
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), WalkError> {
        self.under(Segment::Field(name), value)
    }
}

/// One step of a path: a named field or a numbered element.
enum Segment<'a> {
    Field(&'a str),
    Index(usize),
}

/// A compound value being walked: its elements are numbered, its fields named.
struct Compound<'w> {
    walker: &'w mut Walker,
    next_index: usize,
    /// Set while walking a `LocalizedText`: its three strings are collected.
    text: Option<LocalizedText>,
    /// A map's key, waiting for its value.
    key: String,
    /// The path's length before a variant's name was added to it (JSON puts
    /// an enum's struct or tuple variant under its name), to restore at the end.
    restore_path: Option<usize>,
}

impl<'w> Compound<'w> {
    fn new(walker: &'w mut Walker) -> Self {
        Compound {
            walker,
            next_index: 0,
            text: None,
            key: String::new(),
            restore_path: None,
        }
    }

    /// A compound under a variant's name, as JSON writes `{"Variant": …}`.
    fn variant(walker: &'w mut Walker, variant: &str) -> Self {
        let length = walker.path.len();
        if length > 0 {
            walker.path.push('.');
        }
        walker.path.push_str(variant);
        Compound {
            restore_path: Some(length),
            ..Compound::new(walker)
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        let index = self.next_index;
        self.next_index += 1;
        self.walker.under(Segment::Index(index), value)
    }

    fn finish(self) -> Result<(), WalkError> {
        if let Some(text) = self.text {
            let wanted = match self.walker.look {
                Look::Missing(language) => text.is_missing_in(language),
                Look::OutOfDate(language) => text.is_out_of_date_in(language),
                Look::All => true,
            };
            if wanted {
                self.walker.found.push((self.walker.path.clone(), text));
            }
        }
        if let Some(length) = self.restore_path {
            self.walker.path.truncate(length);
        }
        Ok(())
    }
}

/// The number methods of a serializer: each maps the number with `$map`.
macro_rules! numbers {
    ($ok:ty, |$v:ident| $map:expr) => {
        numbers!(@each $ok, $v, $map; serialize_i8 i8, serialize_i16 i16, serialize_i32 i32,
            serialize_i64 i64, serialize_u8 u8, serialize_u16 u16, serialize_u32 u32,
            serialize_u64 u64, serialize_f32 f32, serialize_f64 f64);
    };
    (@each $ok:ty, $v:ident, $map:expr; $($method:ident $number:ty),+) => {
        $(fn $method(self, $v: $number) -> Result<$ok, WalkError> {
            Ok($map)
        })+
    };
}

/// Takes the string out of a value that serializes as one (a map key, a text).
struct StringOf;

impl ser::Serializer for StringOf {
    type Ok = Option<String>;
    type Error = WalkError;
    type SerializeSeq = ser::Impossible<Option<String>, WalkError>;
    type SerializeTuple = ser::Impossible<Option<String>, WalkError>;
    type SerializeTupleStruct = ser::Impossible<Option<String>, WalkError>;
    type SerializeTupleVariant = ser::Impossible<Option<String>, WalkError>;
    type SerializeMap = ser::Impossible<Option<String>, WalkError>;
    type SerializeStruct = ser::Impossible<Option<String>, WalkError>;
    type SerializeStructVariant = ser::Impossible<Option<String>, WalkError>;

    fn serialize_str(self, v: &str) -> Result<Option<String>, WalkError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_bool(self, _: bool) -> Result<Option<String>, WalkError> {
        Ok(None)
    }
    numbers!(Option<String>, |v| Some(v.to_string()));
    fn serialize_char(self, v: char) -> Result<Option<String>, WalkError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Option<String>, WalkError> {
        Ok(None)
    }
    fn serialize_none(self) -> Result<Option<String>, WalkError> {
        Ok(None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Option<String>, WalkError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Option<String>, WalkError> {
        Ok(None)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Option<String>, WalkError> {
        Ok(None)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Option<String>, WalkError> {
        Ok(Some(variant.to_string()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Option<String>, WalkError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Option<String>, WalkError> {
        Ok(None)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, WalkError> {
        Err(ser::Error::custom("not a string"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, WalkError> {
        Err(ser::Error::custom("not a string"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, WalkError> {
        Err(ser::Error::custom("not a string"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, WalkError> {
        Err(ser::Error::custom("not a string"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, WalkError> {
        Err(ser::Error::custom("not a string"))
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, WalkError> {
        Err(ser::Error::custom("not a string"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, WalkError> {
        Err(ser::Error::custom("not a string"))
    }
}

impl<'w> ser::Serializer for &'w mut Walker {
    type Ok = ();
    type Error = WalkError;
    type SerializeSeq = Compound<'w>;
    type SerializeTuple = Compound<'w>;
    type SerializeTupleStruct = Compound<'w>;
    type SerializeTupleVariant = Compound<'w>;
    type SerializeMap = Compound<'w>;
    type SerializeStruct = Compound<'w>;
    type SerializeStructVariant = Compound<'w>;

    fn serialize_bool(self, _: bool) -> Result<(), WalkError> {
        Ok(())
    }
    numbers!((), |_v| ());
    fn serialize_char(self, _: char) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_str(self, _: &str) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), WalkError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), WalkError> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), WalkError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WalkError> {
        self.field(variant, value)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w>, WalkError> {
        Ok(Compound::new(self))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'w>, WalkError> {
        Ok(Compound::new(self))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'w>, WalkError> {
        Ok(Compound::new(self))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w>, WalkError> {
        Ok(Compound::variant(self, variant))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'w>, WalkError> {
        Ok(Compound::new(self))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'w>, WalkError> {
        let mut compound = Compound::new(self);
        if name == "LocalizedText" {
            compound.text = Some(LocalizedText::default());
        }
        Ok(compound)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w>, WalkError> {
        Ok(Compound::variant(self, variant))
    }
}

/// The compounds whose parts are numbered elements: each part is walked
/// with its index added to the path.
macro_rules! numbered_parts {
    ($($trait:ident :: $method:ident),+) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = WalkError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
                self.element(value)
            }
            fn end(self) -> Result<(), WalkError> {
                self.finish()
            }
        }
    )+};
}

numbered_parts!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WalkError> {
        self.key = key.serialize(StringOf).ok().flatten().unwrap_or_default();
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WalkError> {
        let key = std::mem::take(&mut self.key);
        self.walker.field(&key, value)
    }
    fn end(self) -> Result<(), WalkError> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), WalkError> {
        if let Some(text) = &mut self.text {
            let language = match name {
                "sv" => Language::Sv,
                "fi" => Language::Fi,
                "en" => Language::En,
                "suggested" => {
                    text.suggested = serde_json::to_value(value)
                        .and_then(serde_json::from_value)
                        .map_err(ser::Error::custom)?;
                    return Ok(());
                }
                "translated_from" => {
                    text.translated_from = serde_json::to_value(value)
                        .and_then(serde_json::from_value)
                        .map_err(ser::Error::custom)?;
                    return Ok(());
                }
                _ => return Ok(()),
            };
            if let Some(string) = value.serialize(StringOf)? {
                text.set(language, string);
            }
            return Ok(());
        }
        self.walker.field(name, value)
    }
    fn end(self) -> Result<(), WalkError> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = WalkError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), WalkError> {
        self.walker.field(name, value)
    }
    fn end(self) -> Result<(), WalkError> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    struct Address {
        street: LocalizedText,
    }

    #[derive(Serialize)]
    enum Answer {
        Given { why: LocalizedText },
        Pair(u8, LocalizedText),
        Plain(LocalizedText),
    }

    #[derive(Serialize)]
    struct Sample {
        id: u32,
        name: LocalizedText,
        note: Option<LocalizedText>,
        address: Address,
        steps: Vec<LocalizedText>,
        answers: Vec<Answer>,
        code: String,
    }

    fn swedish_only(text: &str) -> LocalizedText {
        LocalizedText::new(text, "", "")
    }

    #[test]
    fn finds_every_text_missing_in_the_language_with_its_path() {
        let sample = Sample {
            id: 7,
            name: LocalizedText::new("Kunder", "Asiakkaat", ""),
            note: Some(swedish_only("Anteckning")),
            address: Address {
                street: swedish_only("Storgatan 1"),
            },
            steps: vec![
                LocalizedText::new("Ett", "Yksi", "One"),
                swedish_only("Två"),
                LocalizedText::default(),
            ],
            answers: vec![
                Answer::Given {
                    why: swedish_only("Därför"),
                },
                Answer::Pair(1, swedish_only("Par")),
                Answer::Plain(swedish_only("Enkel")),
            ],
            code: "x".to_string(),
        };
        // The paths JSON would give: a variant's content sits under its name.
        let answers = [
            "answers[0].Given.why",
            "answers[1].Pair[1]",
            "answers[2].Plain",
        ];
        let mut expected = vec!["note", "address.street", "steps[1]"];
        expected.extend(answers);
        assert_eq!(missing_in(&sample, Language::Fi), expected);
        let json = serde_json::to_value(&sample).unwrap();
        assert!(json["answers"][0]["Given"]["why"]["sv"].is_string());
        assert!(json["answers"][1]["Pair"][1]["sv"].is_string());
        assert!(json["answers"][2]["Plain"]["sv"].is_string());
        let mut expected = vec!["name", "note", "address.street", "steps[1]"];
        expected.extend(answers);
        assert_eq!(missing_in(&sample, Language::En), expected);
        assert!(missing_in(&sample, Language::Sv).is_empty());
    }

    #[test]
    fn a_text_empty_in_every_language_is_not_missing() {
        assert!(missing_in(&LocalizedText::default(), Language::En).is_empty());
        assert_eq!(missing_in(&swedish_only("Hej"), Language::En), [""]);
    }
}
