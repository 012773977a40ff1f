//! The old form of the Finnish Personal Data Act (henkilötietolaki 10 §), as
//! countless small firms still publish it: an address block of short lines,
//! "the person who handles register matters", lists introduced by a sentence,
//! and the right to object under its old name. Written for this test, not
//! taken from a seed.

use kirjuri_import::{import_text, Options};
use kirjuri_model::*;

const FORM: &str = "REKISTERISELOSTE
Henkilötietolaki (523/1999) 10 §
Laatimispäivä 4.5.2015

1. Rekisterinpitäjä
Autokorjaamo Virtanen Oy
Teollisuustie 3, 33100 Tampere
puh. 03 555 0101
korjaamo@virtanen.example

2. Rekisteriasioista vastaava henkilö
Pekka Virtanen, toimitusjohtaja
pekka@virtanen.example, puh. 050 555 0102

3. Rekisterin nimi
Asiakasrekisteri

4. Henkilötietojen käsittelyn tarkoitus
Henkilötietoja käytetään
- huoltotöiden ajanvaraukseen
- laskutukseen

5. Rekisterin tietosisältö
Rekisteriin tallennetaan seuraavia tietoja:
- nimi
- puhelinnumero
- auton rekisterinumero

6. Tarkastusoikeus
Rekisteröidyllä on oikeus tarkastaa tietonsa ja vaatia virheellisen tiedon korjaamista.

7. Kielto-oikeus
Rekisteröidyllä on oikeus kieltää tietojensa käyttäminen suoramarkkinointiin.
";

#[test]
fn an_old_form_is_read_line_by_line_as_it_is_laid_out() {
    let imported = import_text(FORM, &Options::default()).expect("imported");
    let d = &imported.document;
    let o = &d.organisation;
    assert_eq!(o.name.fi, "Autokorjaamo Virtanen Oy");
    assert_eq!(o.address.fi, "Teollisuustie 3, 33100 Tampere");
    // The company's phone is the company's, not the contact person's.
    assert_eq!(o.phone, "03 555 0101");
    assert_eq!(o.email, "korjaamo@virtanen.example");

    let register = &d.registers[0];
    assert_eq!(
        register.created,
        chrono::NaiveDate::from_ymd_opt(2015, 5, 4)
    );
    let contact = register.contact_person.expect("the contact person");
    let person = d.people.iter().find(|p| p.id == contact).unwrap();
    assert_eq!(person.name, "Pekka Virtanen");
    assert_eq!(person.title.fi, "toimitusjohtaja");
    // The law's reference under the title is not the register's name.
    assert_eq!(register.name.fi, "Asiakasrekisteri");
    assert_eq!(person.email, "pekka@virtanen.example");
    assert_eq!(person.phone, "050 555 0102");

    // The sentences that introduce a list are neither purposes nor groups.
    let purposes: Vec<&str> = d
        .purposes
        .iter()
        .map(|p| p.description.fi.as_str())
        .collect();
    assert_eq!(purposes, ["huoltotöiden ajanvaraukseen", "laskutukseen"]);
    assert!(d.data_item_groups.is_empty(), "{:?}", d.data_item_groups);
    assert_eq!(d.data_items.len(), 3);

    // "Kielto-oikeus" is a heading, and its sentence is the right to object.
    let rights: Vec<DataSubjectRight> = d.rights_procedures.iter().map(|r| r.right).collect();
    assert_eq!(
        rights,
        [
            DataSubjectRight::Access,
            DataSubjectRight::Rectification,
            DataSubjectRight::Objection
        ]
    );
    // A passage naming two rights is kept once, with the first.
    let access = &d.rights_procedures[0];
    assert!(access.notes.fi.contains("korjaamista"));
    assert!(d.rights_procedures[1].notes.fi.is_empty());
    let not_placed: Vec<&str> = imported.not_placed().map(|p| p.text.as_str()).collect();
    assert!(
        !not_placed.iter().any(|t| t.contains("suoramarkkinointiin")),
        "{not_placed:?}"
    );
}
