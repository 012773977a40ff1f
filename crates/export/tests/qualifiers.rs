//! A qualifier the user typed is printed in every case it is given (issue 21,
//! item 6): on transfers and on disclosures, with "yes" and records listed,
//! "yes" alone, "no", "no, as a rule" and "not answered" — once, in the
//! notice, the record and the workbook. "No" with a qualifier never prints the
//! absolute "no", and "as a rule not" needs no exception.

mod support;

use kirjuri_export::labels::Label;
use kirjuri_model::*;
use support::*;

const TRANSFERS_QUALIFIER: &str = "Supporten kan i undantagsfall se uppgifter från USA";
const DISCLOSURES_QUALIFIER: &str = "Uppgifter lämnas ut till myndigheter när lagen kräver det";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Case {
    /// "Yes", with a transfer or disclosure listed.
    YesWithRecords,
    /// "Yes", nothing listed.
    Yes,
    No,
    NoAsARule,
    NotAnswered,
}

const CASES: [Case; 5] = [
    Case::YesWithRecords,
    Case::Yes,
    Case::No,
    Case::NoAsARule,
    Case::NotAnswered,
];

fn answer(case: Case) -> Answer {
    match case {
        Case::YesWithRecords | Case::Yes => Answer::Yes,
        Case::No | Case::NoAsARule => Answer::No,
        Case::NotAnswered => Answer::NotAnswered,
    }
}

fn transfers(case: Case, qualified: bool) -> (Document, RegisterId) {
    let (mut document, id) = base();
    if case == Case::YesWithRecords {
        us_transfer(
            &mut document,
            id,
            TransferMechanism::StandardContractualClauses,
        );
    }
    let register = &mut document.registers[0];
    register.transfers_outside_eea = answer(case);
    register.transfers_as_a_rule = case == Case::NoAsARule;
    if qualified {
        register.transfers_qualifier = LocalizedText::same(TRANSFERS_QUALIFIER);
    }
    document.validate().unwrap();
    (document, id)
}

fn disclosures(case: Case, qualified: bool) -> (Document, RegisterId) {
    let (mut document, id) = base();
    if case == Case::YesWithRecords {
        disclosure(&mut document, id);
    }
    let register = &mut document.registers[0];
    register.regular_disclosures = answer(case);
    register.disclosures_as_a_rule = case == Case::NoAsARule;
    if qualified {
        register.disclosures_qualifier = LocalizedText::same(DISCLOSURES_QUALIFIER);
    }
    document.validate().unwrap();
    (document, id)
}

/// How many times `needle` is in `text`.
fn times(text: &str, needle: &str) -> usize {
    text.matches(&squeeze(needle)).count()
}

#[test]
fn each_qualifier_prints_once_in_every_case() {
    let mut failures = Vec::new();
    for case in CASES {
        for (what, (document, id), qualifier) in [
            ("transfers", transfers(case, true), TRANSFERS_QUALIFIER),
            (
                "disclosures",
                disclosures(case, true),
                DISCLOSURES_QUALIFIER,
            ),
        ] {
            for language in [Language::Sv, Language::Fi] {
                let printed = print(&document, id, language);
                for (output, text) in [
                    ("notice", &printed.notice),
                    ("record", &printed.record),
                    ("workbook", &printed.workbook),
                ] {
                    let n = times(text, qualifier);
                    if n != 1 {
                        failures.push(format!(
                            "{what} {case:?} {language:?}: the {output} prints the qualifier {n} times"
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn no_with_a_qualifier_is_not_the_absolute_no_and_invents_no_exception() {
    for language in Language::ALL {
        let absolute = Label::NoTransfers.get(language);
        let as_a_rule = Label::NoticeTransfersAsARule.get(language);
        // "No" and nothing else: the absolute sentence.
        let (document, id) = transfers(Case::No, false);
        let printed = print(&document, id, language);
        for text in [&printed.notice, &printed.record] {
            assert_eq!(times(text, absolute), 1, "{language:?}");
            assert_eq!(times(text, as_a_rule), 0, "{language:?}");
        }
        // "No" with a qualifier: as a rule, and the qualifier in the user's words.
        let (document, id) = transfers(Case::No, true);
        let printed = print(&document, id, language);
        for text in [&printed.notice, &printed.record] {
            assert_eq!(
                times(text, absolute),
                0,
                "{language:?}: stronger than the source"
            );
            assert_eq!(times(text, as_a_rule), 1, "{language:?}");
        }
        // "As a rule not" with nothing else: said, with no exception invented.
        let (document, id) = transfers(Case::NoAsARule, false);
        let printed = print(&document, id, language);
        let section = section(&printed.notice, 8);
        assert!(
            section.contains(&squeeze(as_a_rule)),
            "{language:?}: {section}"
        );
        assert!(!section.contains(&squeeze(absolute)));
        for exception in [
            "undantag",
            "poikkeuksin",
            "exception",
            "utom:",
            "paitsi:",
            "except:",
        ] {
            assert!(
                !section.to_lowercase().contains(exception),
                "{language:?}: an exception nobody named: {section}"
            );
        }
    }
}

#[test]
fn a_disclosure_qualifier_is_not_introduced_by_an_except_of_its_own() {
    let (document, id) = disclosures(Case::No, true);
    for language in Language::ALL {
        let printed = print(&document, id, language);
        let section = section(&printed.notice, 7);
        assert!(!section.contains(&squeeze(Label::NoticeNoDisclosures.get(language))));
        assert!(section.contains(&squeeze(Label::NoticeDisclosuresAsARule.get(language))));
        for except in ["utom:", "paitsi:", "except:"] {
            assert!(!section.contains(except), "{language:?}: {section}");
        }
    }
}
