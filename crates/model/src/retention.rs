//! Whether a retention rule tells a reader when the data go (Art. 5(1)(e),
//! 13(2)(a)): a period, or an event that ends the keeping. "Until someone
//! deletes it", "as the law allows" or "not deleted unless asked" is neither.

use crate::document::RetentionRule;
use crate::terminology::RetentionTrigger;
use crate::text::{Language, LocalizedText};

/// Words that say the keeping has no end, in sv, fi and en, lower-case. A
/// period that contains one states no limit even when it names a number
/// ("as long as the law allows, at least 6 years" still has no end).
const NO_END: &[&str] = &[
    // fi
    "toistaiseksi",
    "lainsäädännön niin salliessa",
    "lainsäädännön salliessa",
    "lain sallimissa rajoissa",
    "lain salliman ajan",
    "ei pääsääntöisesti poisteta",
    "ei poisteta",
    "niin kauan kuin on tarpeen",
    "niin kauan kuin tarpeen",
    "niin pitkään kuin on tarpeen",
    "tarpeen mukaan",
    // sv
    "tills vidare",
    "så länge lagen tillåter",
    "så länge lagstiftningen tillåter",
    "i den mån lagen tillåter",
    "raderas inte",
    "raderas i regel inte",
    "så länge det behövs",
    "så länge det är nödvändigt",
    "vid behov",
    // en
    "indefinitely",
    "as long as the law allows",
    "as far as the law allows",
    "is not deleted",
    "are not deleted",
    "as long as necessary",
    "as long as needed",
    "until further notice",
];

/// Words that name an end by an event ("destroyed as soon as there is no
/// longer a ground", 759/2004 5 §): a criterion a reader can use.
const ENDS_WHEN: &[&str] = &["heti kun", "heti, kun", "så snart", "as soon as"];

/// Words that count a period: a number of years, months, weeks or days.
const UNITS: &[&str] = &[
    "år", "månad", "vecka", "veckor", "dag", "dygn", "timm", "vuo", "kuukau", "kk", "viiko",
    "päivä", "vrk", "tunti", "tuntia", "year", "month", "week", "day", "hour",
];

/// Number words up to twelve, for "två år", "kolme kuukautta", "six months".
const NUMBER_WORDS: &[&str] = &[
    "en ",
    "ett ",
    "två",
    "tre ",
    "fyra",
    "fem ",
    "sex ",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "yksi",
    "yhden",
    "kaksi",
    "kahden",
    "kolme",
    "kolmen",
    "neljä",
    "viisi",
    "viiden",
    "kuusi",
    "kuuden",
    "seitsemän",
    "kahdeksan",
    "yhdeksän",
    "kymmenen",
    "one ",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten ",
    "eleven",
    "twelve",
];

/// Whether `text` says the data are kept with no end.
pub fn says_no_end(text: &str) -> bool {
    let lower = text.to_lowercase();
    NO_END.iter().any(|phrase| lower.contains(phrase))
}

/// Whether `text` names a period: a number (in digits or words) with a unit of time.
pub fn names_a_period(text: &str) -> bool {
    let lower = format!("{} ", text.to_lowercase());
    let has_number = lower.chars().any(|c| c.is_ascii_digit())
        || NUMBER_WORDS.iter().any(|word| lower.contains(word));
    has_number && UNITS.iter().any(|unit| lower.contains(unit))
}

/// Whether the trigger is an event a period counts from (the end of
/// employment, unsubscribing): only then do the documents print "counted
/// from"; "statutory period", "other" or "deletion by hand" is no starting point.
pub fn counts_from_an_event(trigger: RetentionTrigger) -> bool {
    matches!(
        trigger,
        RetentionTrigger::Inactivity
            | RetentionTrigger::EndOfCustomerRelationship
            | RetentionTrigger::EndOfEmployment
            | RetentionTrigger::Unsubscribe
            | RetentionTrigger::NoConsent
    )
}

/// Each language's period text of a rule, as written.
fn period_texts(period: &LocalizedText) -> impl Iterator<Item = &str> {
    Language::ALL
        .iter()
        .map(|language| period.get(*language))
        .filter(|text| !text.trim().is_empty())
}

/// Whether the rule tells a reader when the data go: its period names a
/// length of time, or its trigger is an event that ends the keeping (the
/// end of employment, unsubscribing) — and no text of it says the keeping
/// has no end. A request of the data subject, "statutory" without a
/// length, "other" without one, or deleting by hand is no limit.
pub fn states_a_usable_limit(rule: &RetentionRule) -> bool {
    if period_texts(&rule.period).any(says_no_end) {
        return false;
    }
    period_texts(&rule.period).any(|text| {
        let lower = text.to_lowercase();
        names_a_period(text) || ENDS_WHEN.iter().any(|phrase| lower.contains(phrase))
    }) || counts_from_an_event(rule.trigger)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{RegisterId, RetentionRuleId};

    fn rule(trigger: RetentionTrigger, period: &str) -> RetentionRule {
        RetentionRule {
            id: RetentionRuleId::new(),
            register: RegisterId::new(),
            group: None,
            trigger,
            period: LocalizedText::same(period),
            deletion_method: None,
            routine: LocalizedText::default(),
            responsible: None,
            review_interval_months: None,
            last_reviewed: None,
        }
    }

    #[test]
    fn vague_texts_of_real_descriptions_state_no_limit() {
        for (trigger, text) in [
            (
                RetentionTrigger::RequestOfDataSubject,
                "Tietoja ei pääsääntöisesti poisteta, jos yhteyshenkilö ei sitä aktiivisesti pyydä",
            ),
            (
                RetentionTrigger::StatutoryPeriod,
                "Tietoja säilytetään voimassa olevan lainsäädännön niin salliessa",
            ),
            (RetentionTrigger::Other, "Uppgifterna sparas tills vidare"),
            (RetentionTrigger::Other, "As long as necessary"),
            (RetentionTrigger::StatutoryPeriod, "Lagstadgad tid"),
            (RetentionTrigger::ManualDeletion, ""),
            (RetentionTrigger::RequestOfDataSubject, ""),
        ] {
            assert!(
                !states_a_usable_limit(&rule(trigger, text)),
                "{trigger:?} {text:?} passed as a limit"
            );
        }
    }

    #[test]
    fn a_period_or_an_ending_event_is_a_limit() {
        for (trigger, text) in [
            (
                RetentionTrigger::StatutoryPeriod,
                "6 vuotta tilikauden päättymisestä, minkä jälkeen tiedot poistetaan",
            ),
            (RetentionTrigger::Other, "tre månader"),
            (RetentionTrigger::Inactivity, "kaksi vuotta"),
            (RetentionTrigger::EndOfEmployment, ""),
            (RetentionTrigger::Unsubscribe, ""),
            (RetentionTrigger::Other, "72 hours, then overwritten"),
            (
                RetentionTrigger::Other,
                "Hävitetään heti, kun niiden käsittelylle ei ole perustetta",
            ),
        ] {
            assert!(
                states_a_usable_limit(&rule(trigger, text)),
                "{trigger:?} {text:?} refused"
            );
        }
    }
}
