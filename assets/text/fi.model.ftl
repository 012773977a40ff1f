### Kirjuri text catalogue, Finnish: the model's texts (crates/model): findings, the calendar, the names of record kinds.

## Findings (crates/model/src/checks.rs): one key per message; { $name } is the name of the record the finding is about.

## Words used inside messages.

# What a message calls a record without a name (or a request without a right): words, never a dash.
unnamed = nimetön
# The language a text is missing in, or whose translation is out of date.
in-swedish = ruotsiksi
in-finnish = suomeksi
in-english = englanniksi
# A moment: the date and the time in the language's form (2026-12-01 / 1.12.2026; 20.00 / 20:00).
date-and-time = { $date } klo { $time }

## The organisation.

finding-controller-without-contact = Organisaatioon ”{ $name }” ei saa yhteyttä: anna vähintään osoite, sähköpostiosoite tai puhelinnumero. Tietosuojaselosteessa ja selosteessa käsittelytoimista on kerrottava, miten rekisterinpitäjän tavoittaa (13.1 a, 14.1 a, 30.1 a art.).
finding-no-supervisory-authority = Valvontaviranomainen on tuntematon: anna organisaation maa (FI tai SE) tai viranomaisen yhteystiedot, muuten valitusoikeutta koskevasta kohdasta puuttuu valvontaviranomainen.

## A register, its purposes, data items, retention and rights.

finding-purpose-without-legal-basis = Käyttötarkoitukselta ”{ $name }” puuttuu oikeusperuste (6.1 art.).
finding-legitimate-interest-not-stated = Käyttötarkoitus ”{ $name }” perustuu oikeutettuun etuun, mutta etua ei ole kuvattu.
finding-special-category-without-condition = Tieto ”{ $name }” kuuluu erityisiin henkilötietoryhmiin, mutta yhdellekään käyttötarkoitukselle ei ole ilmoitettu 9.2 artiklan mukaista käsittelyperustetta.
finding-national-id-without-stated-need = Tieto ”{ $name }” on henkilötunnus, mutta sen tarvetta ei ole perusteltu.
finding-free-text-field = Tieto ”{ $name }” on vapaatekstikenttä: siihen voidaan kirjoittaa mitä tahansa, myös erityisiin henkilötietoryhmiin kuuluvia tietoja.
finding-mandatory-item-without-consequence = Tieto ”{ $name }” on pakollinen, mutta ei ole kerrottu, mitä seuraa, jos sitä ei anneta (13.2 e art.).
finding-no-retention-rule = Rekisterille ”{ $name }” ei ole määritetty säilytysaikaa (”kunnes joku poistaa” ei riitä).
finding-retention-without-limit = Rekisteri ”{ $register }”: säilytysaika ”{ $period }” ei kerro, milloin tiedot poistetaan. Anna aika (”3 vuotta asiakassuhteen päättymisestä”) tai tapahtuma, johon säilytys päättyy (5.1 e, 13.2 a art.).
finding-deletion-routine-overdue = Rekisterin ”{ $name }” poistorutiini on myöhässä.
finding-register-not-updated-for-a-year = Rekisteriä ”{ $name }” ei ole päivitetty yli 12 kuukauteen.
finding-right-without-contact = Rekisteri ”{ $register }”: oikeus ”{ $right }” ohjaa yhteyshenkilölle, jota ei ole. Anna rekisterin yhteyshenkilö sähköpostiosoitteineen tai puhelinnumeroineen tai kirjoita, miten pyyntö tehdään.
finding-right-channel-not-stated = Rekisteri ”{ $register }”: ei ole kerrottu, miten oikeutta ”{ $right }” pyydetään, joten tietosuojaseloste ei kerro, miten oikeutta käytetään.
finding-provision-contradicts-mandatory-item = Rekisterin mukaan tietoja ei tarvitse antaa, mutta tieto ”{ $name }” on pakollinen. Kerro, perustuuko vaatimus lakiin tai sopimukseen vai onko tieto sopimuksen tekemisen edellytys, ja mitä seuraa, jos tietoja ei anneta (13.2 e art.).
finding-answer-period-beyond-one-month = Rekisteri ”{ $register }”: oikeuden ”{ $right }” vastausaika on { $days } päivää. Tietosuoja-asetuksen mukaan pyyntöön on vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa (12.3 art.), joten tietosuojaselosteessa ilmoitetaan lakisääteinen määräaika.
finding-template-text-not-reviewed = Rekisteri ”{ $register }”: kohta ”{ $section }” on ehdotettua tekstiä (mallista tai omasta vanhasta asiakirjastanne), jota kukaan ei ole vielä tarkistanut. Lue se, korjaa mikä ei pidä paikkaansa ja vahvista se.
finding-system-receives-unlisted-item = Järjestelmä saa tietoja, joita rekisterin ”{ $name }” tietosisällössä ei mainita.

## Transfers: grounds that fell, the EU–US Data Privacy Framework, flows without a mechanism.

# Said after a ground the Court of Justice struck down.
-transfer-ground-instead = Käytä sen sijaan EU:n ja Yhdysvaltojen tietosuojakehystä (Data Privacy Framework, vain sertifioidut vastaanottajat) tai vakiosopimuslausekkeita
finding-privacy-shield = Rekisteri ”{ $register }”: EU:n ja Yhdysvaltojen välinen Privacy Shield -järjestely mitätöitiin EU-tuomioistuimessa 16.7.2020 (C-311/18, Schrems II). { -transfer-ground-instead }.
finding-safe-harbor = Rekisteri ”{ $register }”: Safe Harbor -järjestely mitätöitiin EU-tuomioistuimessa 6.10.2015 (C-362/14, Schrems I). { -transfer-ground-instead }.
finding-dpf-not-checked = { $name } on merkitty EU:n ja Yhdysvaltojen tietosuojakehyksen mukaisesti sertifioiduksi, mutta ei sitä, milloin luettelo tarkistettiin.
finding-us-adequacy-not-certified = Rekisteri ”{ $register }”: siirto Yhdysvaltoihin perustuu tietosuojan riittävyyttä koskevaan päätökseen, mutta { $who } ei ole sertifioitu EU:n ja Yhdysvaltojen tietosuojakehyksen (Data Privacy Framework) mukaisesti. Päätös koskee vain sertifioituja vastaanottajia: valitse toinen siirtoperuste, esimerkiksi vakiosopimuslausekkeet.
finding-us-adequacy-certification-not-stated = Rekisteri ”{ $register }”: siirto Yhdysvaltoihin perustuu tietosuojan riittävyyttä koskevaan päätökseen, mutta ei ole kerrottu, onko { $who } sertifioitu EU:n ja Yhdysvaltojen tietosuojakehyksen (Data Privacy Framework) mukaisesti. Tarkista luettelo ja merkitse sertifiointi päivämäärineen tai valitse toinen siirtoperuste.
finding-us-adequacy-no-recipient = Rekisteri ”{ $register }”: siirto Yhdysvaltoihin perustuu riittävyyspäätökseen, mutta vastaanottajaa ei ole nimetty. Päätös koskee vain EU:n ja Yhdysvaltojen tietosuojakehyksen mukaisesti sertifioituja vastaanottajia: nimeä järjestelmä tai vastaanottaja ja sen sertifiointi.
finding-transfer-without-mechanism = Rekisteri ”{ $register }”: tietoja siirretään EU:n tai ETA:n ulkopuolelle vastaanottajalle { $who } ({ $country }) ilman siirtoperustetta (44–49 art.).

## A register's questions not answered.

finding-role-not-stated = Rekisteri ”{ $name }”: ei ole kerrottu, onko organisaatio rekisterinpitäjä vai henkilötietojen käsittelijä.
finding-provision-requirement-not-stated = Rekisteri ”{ $name }”: ei ole kerrottu, onko rekisteröidyllä velvollisuus antaa tiedot (13.2 e art.).
finding-automated-decisions-not-stated = Rekisteri ”{ $name }”: ei ole kerrottu, käytetäänkö automaattista päätöksentekoa tai profilointia (13.2 f art.).
finding-transfers-outside-eea-not-stated = Rekisteri ”{ $name }”: ei ole kerrottu, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.
finding-regular-disclosures-not-stated = Rekisteri ”{ $name }”: ei ole kerrottu, luovutetaanko tietoja säännönmukaisesti.
finding-special-categories-not-stated = Rekisteri ”{ $name }”: ei ole kerrottu, sisältääkö rekisteri erityisiä henkilötietoryhmiä (9.1 art.).
finding-special-categories-contradicted = Rekisterin ”{ $name }” sanotaan olevan sisältämättä erityisiä henkilötietoryhmiä, mutta yksi sen tiedoista kuuluu niihin (9.1 art.).
finding-special-categories-which-not-stated = Rekisteri ”{ $name }”: ei ole kerrottu, mitä erityisiä henkilötietoryhmiä se sisältää.
finding-dpia-not-assessed = Rekisteri ”{ $name }”: ei ole arvioitu, tarvitaanko vaikutustenarviointi (35 art.).
finding-no-rights-procedures = Rekisteri ”{ $name }” ei kuvaa, miten rekisteröidyt käyttävät oikeuksiaan; tietosuojaseloste viittaa silloin vain yhteystietoihin.

## The kinds of shared records and cookies' consent, not answered.

finding-source-kind-not-stated = Lähde ”{ $name }”: lähteen lajia ei ole kerrottu.
finding-recipient-kind-not-stated = Vastaanottaja ”{ $name }”: vastaanottajan lajia ei ole kerrottu.
finding-measure-kind-not-stated = Turvatoimi ”{ $name }”: ei ole kerrottu, onko se tekninen, organisatorinen vai fyysinen.
finding-cookie-consent-not-stated = Eväste ”{ $name }”: ei ole kerrottu, asetetaanko se vasta suostumuksen jälkeen.

## Processors, the record kept as processor (Art. 30(2)).

finding-processor-record-without-controller = Rekisteriä ”{ $name }” pidetään henkilötietojen käsittelijänä, mutta rekisterinpitäjää, jonka lukuun sitä pidetään, ei ole ilmoitettu. Lisää rekisterinpitäjä käsittelijän selosteeseen (30.2 a art.).
finding-client-agreement-not-stated = Rekisterinpitäjä ”{ $name }”: käsittelysopimusta ei ole ilmoitettu (28.3 art.).
finding-client-transfers-not-stated = Rekisterinpitäjä ”{ $name }”: ei ole kerrottu, siirretäänkö tietoja sen lukuun EU:n tai ETA:n ulkopuolelle (30.2 c art.).
finding-client-security-measures-not-stated = Rekisterinpitäjä ”{ $name }”: turvatoimia ei ole ilmoitettu (30.2 d, 32.1 art.).
finding-processor-country-unknown = Toimittajan { $name } maata ei ole ilmoitettu, joten ei voi nähdä, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.
finding-processor-without-agreement = Henkilötietojen käsittelijältä { $name } puuttuu sopimus (28 art.).

## The breach log, the request log, the DPIA screening.

finding-breach-notification-missed = Tietoturvaloukkaus "{ $what }" havaittiin { $discovered }; siitä olisi pitänyt ilmoittaa valvontaviranomaiselle viimeistään { $deadline } (72 tuntia, 33.1 art.). Ilmoita siitä tai kirjaa viivästyksen tai ilmoittamatta jättämisen syyt.
finding-breach-risk-not-reasoned = Tietoturvaloukkauksen ”{ $name }” ei arvioida todennäköisesti aiheuttavan riskiä, joten siitä ei tarvitse ilmoittaa (33.1 art.), mutta arvion perusteet on dokumentoitava (33.5 art.). Kirjaa ne.
finding-breach-data-subjects-not-informed = Tietoturvaloukkaus ”{ $name }” aiheuttaa korkean riskin: rekisteröidyille on ilmoitettava ilman aiheetonta viivytystä (34.1 art.). Kirjaa, milloin heille ilmoitettiin, tai miksi ei ilmoiteta (34.3 art.).
finding-breach-open = Tietoturvaloukkaus ”{ $name }” on avoin: sulje se, kun se on käsitelty ja arvioitu.
finding-request-extension-without-reason = Pyynnön ({ $right }) määräaikaa on jatkettu kertomatta syitä; ilman syitä määräaika on kuukausi (12.3 art.).
finding-request-overdue = Pyyntöön ({ $right }), joka vastaanotettiin { $received }, ei ole vastattu; siihen olisi pitänyt vastata viimeistään { $deadline } (12.3 art.).
finding-answered-request-old = Pyyntöön ({ $right }) vastattiin { $answered }, yli { $years } vuotta sitten, ja siinä on yhä pyytäjän tiedot. Poista se ja unohda se historiasta (sivu Pyynnöt).
finding-dpia-required = Rekisteri ”{ $name }” edellyttää tietosuojaa koskevaa vaikutustenarviointia (35 art.): vähintään kaksi kriteeriä tai luettelon mukainen käsittely. Kirjaa se, kun se on tehty.

## Texts of an export's language: { $language } is in-swedish…, { $kind } the record's kind (lower case in Finnish and English), { $field } the field's label in the form.

finding-translation-out-of-date = Käännös { $language } on vanhentunut: { $kind }, kenttä ”{ $field }”. Lähdeteksti on muuttunut käännöksen jälkeen; päivitä käännös tai vahvista se.
finding-text-missing = Teksti puuttuu { $language }: { $kind }, kenttä ”{ $field }”. Teksti tulostetaan toisella kielellä.

## The review calendar (crates/model/src/calendar.rs): what falls due.

calendar-deletion-routine = Poistorutiini: { $register }
calendar-register-review = Rekisterin { $register } katselmointi
calendar-request-answer = Vastaus pyyntöön: { $right }
calendar-request-received = vastaanotettu { $received }
calendar-breach-notification = Ilmoitus valvontaviranomaiselle: { $what }

## The names of record kinds (`RecordKind::label`): the window's `kind-*` keys, except these two.

# A processor record is a company bound by Art. 28 as well as its system; the window's kind-processor names only the system.
record-kind-processor = Henkilötietojen käsittelijä tai järjestelmä
