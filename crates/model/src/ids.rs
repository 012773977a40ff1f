//! Typed record identifiers: every record has a stable UUID, and the type says what it names.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! record_ids {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        /// A UUID, named in the schema's definitions, so that a field's
        /// schema says which kind of record it refers to (`ui_records`).
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!("A record id (", stringify!($name), ")."),
                    "type": "string",
                    "format": "uuid",
                })
            }
        }

        impl $name {
            /// A fresh random id.
            pub fn new() -> Self {
                $name(Uuid::new_v4())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }
    )+};
}

record_ids! {
    OrganisationId,
    PersonId,
    DataSubjectCategoryId,
    SourceId,
    RecipientId,
    ProcessorId,
    StorageLocationId,
    SecurityMeasureId,
    RegisterId,
    DataItemGroupId,
    DataItemId,
    PurposeId,
    SystemLinkId,
    DisclosureId,
    TransferId,
    AccessRoleId,
    RetentionRuleId,
    RightsProcedureId,
    CookieId,
    BreachId,
    DataSubjectRequestId,
    DpiaScreeningId,
    ClientControllerId,
}
