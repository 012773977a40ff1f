//! `kirjuri new --country --template` and `kirjuri templates` as scripts use them.

use std::path::Path;
use std::process::{Command, Output};

fn kirjuri(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kirjuri"))
        .args(args)
        .env("USER", "tester")
        .output()
        .expect("kirjuri runs")
}

fn text(path: &Path) -> String {
    path.to_str().expect("a UTF-8 path").to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn templates_lists_ids_with_names_in_the_language_asked() {
    let finnish = kirjuri(&["templates", "--lang", "fi"]);
    assert!(finnish.status.success());
    let lines: Vec<String> = stdout(&finnish).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 10, "{lines:?}");
    assert!(lines.contains(&"newsletter\tUutiskirje".to_string()));
    let swedish = stdout(&kirjuri(&["templates", "--lang", "sv"]));
    assert!(swedish.contains("personnel\tPersonal"));
}

/// A company made from templates alone cannot be reached: no template knows
/// its address or who answers requests (Art. 13(1)(a)–(b)). Its other errors
/// are the questions the templates only suggest answers to: each stays open
/// until a person confirms it where it is asked (issue 21).
#[test]
fn new_with_templates_asks_only_for_contact_details_and_exports_their_notices() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("liten.sqlite");
    let created = kirjuri(&[
        "new",
        &text(&file),
        "--name",
        "Liten AB",
        "--country",
        "SE",
        "--business-id",
        "556000-0000",
        "--template",
        "newsletter",
        "--template",
        "personnel",
    ]);
    assert!(created.status.success(), "{created:?}");

    for lang in ["sv", "fi", "en"] {
        let check = kirjuri(&["check", &text(&file), "--lang", lang]);
        assert_eq!(check.status.code(), Some(1), "{}", stdout(&check));
        let errors: Vec<String> = stdout(&check)
            .lines()
            .filter(|l| {
                ["Fel\t", "Virhe\t", "Error\t"]
                    .iter()
                    .any(|p| l.starts_with(p))
            })
            .map(|l| l.split('\t').nth(2).unwrap_or_default().to_string())
            .collect();
        assert!(!errors.is_empty());
        // The organisation's contact channel, the rights sent to a contact
        // person, and the questions whose answers are suggestions.
        let suggested = [
            "role",
            "provision_requirement",
            "automated_decisions",
            "transfers_outside_eea",
            "regular_disclosures",
        ];
        assert!(
            errors.iter().all(|field| field == "email"
                || field == "channel"
                || suggested.contains(&field.as_str())),
            "{errors:?}"
        );
        for question in ["role", "transfers_outside_eea", "regular_disclosures"] {
            assert!(
                errors.iter().any(|f| f == question),
                "{question} is open: {errors:?}"
            );
        }
    }
    let draft = kirjuri(&[
        "export",
        "pdf",
        &text(&file),
        "--doc",
        "notice",
        "--register",
        "Nyhetsbrev",
        "--lang",
        "sv",
        "-o",
        &text(&dir.path().join("draft.pdf")),
    ]);
    assert!(draft.status.success(), "{draft:?}");
    assert!(
        String::from_utf8_lossy(&draft.stderr).contains("draft"),
        "a notice of a company that cannot be reached is a draft: {draft:?}"
    );
    let check = stdout(&kirjuri(&["check", &text(&file), "--lang", "en"]));
    assert!(
        check.contains("unreviewed_template_text.purposes"),
        "{check}"
    );

    let json = stdout(&kirjuri(&["export", "json", &text(&file)]));
    let document = kirjuri_model::exchange::from_json(&json).expect("valid JSON");
    assert_eq!(document.organisation.country, "SE");
    assert_eq!(document.organisation.business_id, "556000-0000");
    assert_eq!(document.registers.len(), 2);

    let notice = dir.path().join("nyhetsbrev.pdf");
    let exported = kirjuri(&[
        "export",
        "pdf",
        &text(&file),
        "--doc",
        "notice",
        "--register",
        "Uutiskirje",
        "--lang",
        "fi",
        "-o",
        &text(&notice),
    ]);
    assert!(exported.status.success(), "{exported:?}");
    assert!(std::fs::read(&notice)
        .expect("the notice")
        .starts_with(b"%PDF"));
}

#[test]
fn an_unknown_template_or_a_template_without_a_country_writes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("x.sqlite");
    for args in [
        vec!["--country", "FI", "--template", "nope"],
        vec!["--template", "newsletter"],
    ] {
        let mut all = vec!["new", file.to_str().expect("UTF-8"), "--name", "X"];
        all.extend(args);
        let output = kirjuri(&all);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(!file.exists());
    }
}
