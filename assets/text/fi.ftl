### Kirjuri text catalogue: Finnish.


## The window


## The frame

app-name = Kirjuri
ui-language = Kieli
undo = Kumoa
undo-hint = Kumoa viimeisin muutos (Ctrl+Z)
nothing-to-undo = Ei kumottavaa.
undone = Muutos kumottiin.
redo = Tee uudelleen
redo-hint = Tee kumottu muutos uudelleen (Ctrl+Vaihto+Z tai Ctrl+Y)
nothing-to-redo = Ei uudelleen tehtävää.
redone = Muutos tehtiin uudelleen.
undid-summary = Kumottu: { $what }
redid-summary = Tehty uudelleen: { $what }
summary-created = lisättiin { $kind } ”{ $name }”
summary-changed = muutettiin { $kind } ”{ $name }”
summary-deleted = poistettiin { $kind } ”{ $name }”
summary-others = { $what } ja { $n } muuta tietuetta
summary-others-one = { $what } ja 1 muu tietue
read-only-banner = Tiedosto on avattu vain luku -tilassa: muutoksia ei tallenneta. Muokkaa kopiota valitsemalla ”Tallenna kopio…”.
open-read-only = Avaa vain luku -tilassa
break-lock = Pura lukitus…
break-lock-title = Puretaanko lukitus?
break-lock-detail = Tee näin vain, jos tiedät, ettei tiedosto ole enää auki siellä (tietokone kaatui tai verkkolevy katosi). Jos se on silti auki, sen muutoksia ei enää tallenneta.
reopen = Avaa uudelleen
with-history = Historian kanssa
without-history = Ilman historiaa (lähetettäväksi)
save-copy-detail = Kopio ilman historiaa sisältää vain asiakirjan nykyisen sisällön, ei aiempia versioita eikä poistettuja tietoja.
copy-saved = Kopio tallennettiin.
findings = Puutteet
findings-count = { $n } puutetta
findings-count-one = 1 puute
findings-none = Puutteita ei löytynyt.
findings-hint = Napsauta puutetta, niin pääset sen kenttään.
errors-count = { $n } virhettä
errors-count-one = 1 virhe
warnings-count = { $n } varoitusta
warnings-count-one = 1 varoitus
severity-error = Virhe
severity-warning = Varoitus
check-language = Tarkistettava kieli
check-language-none = ei kieltä
export = Vie
export-hint = Vie PDF- tai Excel-tiedostoksi
close-document = Sulje
close-document-hint = Sulje asiakirja ja palaa aloitussivulle
save-copy = Tallenna kopio…
saved-automatically = Kaikki muutokset tallentuvat heti.
last-changed = Muutettu viimeksi { $d }
navigation = Navigointi
settings = Asetukset
user-name = Nimesi muutoshistoriassa
user-name-hint = Tyhjä = käyttäjätunnus ({ $n }).
close = Sulje
cancel = Peruuta
ok = OK
delete = Poista
add = Lisää
add-several = Lisää { $n }
findings-more = Näytä { $n } lisää ({ $total } näyttämättä)
add-one-per-line = Yksi riviä kohden: liitä luettelo, niin kaikki lisätään kerralla (Enter lisää, Vaihto+Enter aloittaa uuden rivin).
none-selected = —
yes = Kyllä
no = Ei
untitled = (nimetön)
confirm-delete = Poistetaanko ”{ $n }”?
confirm-delete-detail = Myös siihen kuuluvat tiedot poistetaan. Voit kumota poiston painamalla Ctrl+Z.
empty-list = Ei vielä mitään.
working = Käsitellään…

## Start screen

start-title = Tietosuojadokumentaatio
start-lead = Kirjuri pitää yrityksen tietosuojadokumentaation yhdessä tiedostossa, jonka voit tallentaa, lähettää sähköpostilla ja avata uudelleen.
new-document = Uusi asiakirja…
new-document-title = Uusi asiakirja
open-document = Avaa…
open-document-title = Avaa asiakirja
open-by-path = Avaa polku
open-example = Avaa esimerkkiyritys…
open-example-title = Esimerkkiyritys BTB Plaza
open-example-lead = Esimerkistä tallennetaan kopio uudeksi tiedostoksi, jota voit muokata vapaasti.
example-file-name = BTB Plaza (esimerkki).sqlite
recent-documents = Viimeisimmät asiakirjat
no-recent = Ei viimeisimpiä asiakirjoja.
missing-file = (tiedostoa ei enää ole)
organisation-name = Organisaation nimi
file-path = Tiedosto
file-path-hint = Jätä tyhjäksi, niin voit valita tiedoston ikkunassa.
create = Luo
open = Avaa
new-file-name = Tietosuoja.sqlite

## Screens

nav-organisation = Organisaatio
nav-people = Henkilöt
nav-registers = Rekisterit
nav-processors = Käsittelijät ja järjestelmät
nav-lists = Yhteiset luettelot
nav-cookies = Evästeet
nav-incidents = Loukkausten käsittelyohje
nav-history = Muutoshistoria

## Organisation

organisation-title = Organisaatio (rekisterinpitäjä)
name = Nimi
business-id = Y-tunnus
vat-number = ALV-tunniste
address = Osoite
phone = Puhelin
email = Sähköposti
website = Verkkosivusto
country = Maa
staff-count = Henkilöstön määrä
dpo = Tietosuojavastaava
joint-controllers = Yhteisrekisterinpitäjät
representative = Edustaja (27 art.)
version-label = Versiomerkintä
authority-section = Valvontaviranomainen
authority-default = Maan oletus: { $n }
authority-unknown = Maalle ei ole oletusta; anna viranomainen alla.
authority-override = Anna toinen valvontaviranomainen
contact-details = Yhteystiedot
other-details = Muut tiedot

## People

people-title = Henkilöt
people-lead = Yhteyshenkilöt, tietosuojavastaava ja rekistereihin pääsevät henkilöt.
new-person = Uusi henkilö
title-field = Tehtävänimike

## Registers

registers-title = Rekisterit (käsittelytoimet)
registers-lead = Kukin rekisteri on yksi henkilötietojen käsittelytoimi.
new-register = Uusi rekisteri
new-register-name = Uusi rekisteri
col-name = Nimi
col-role = Rooli
col-purposes = Tarkoitukset
col-findings = Puutteet
back-to-registers = ← Kaikki rekisterit
delete-register = Poista rekisteri
tab-general = Yleiset
tab-data = Tiedot
tab-purposes = Tarkoitukset
tab-sources = Lähteet ja vastaanottajat
tab-systems = Järjestelmät
tab-security = Suojaus
tab-access = Käyttöoikeudet
tab-retention = Säilytysaika
tab-rights = Oikeudet
description = Kuvaus
role = Roolimme käsittelyssä
business-function = Toiminto / omistaja
contact-person = Yhteyshenkilö
created = Laadittu
last-updated = Päivitetty
automated-decisions = Automatisoituja yksittäispäätöksiä tai profilointia käytetään
automated-decisions-description = Automatisoitujen yksittäispäätösten kuvaus
provision-requirement = Velvollisuus antaa tiedot
consequence-of-not-providing = Seuraus, jos tietoja ei anneta
dpia = Vaikutustenarviointi (DPIA)
transfers-outside-eea = Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle?
transfers-qualifier = Varauma tai poikkeus ("pääsääntöisesti ei, paitsi …")
regular-disclosures = Luovutetaanko tietoja säännönmukaisesti?
disclosures-qualifier = Varauma tai poikkeus ("ei, paitsi sopimuksen, suostumuksen tai lain perusteella")
disclosure-condition = Luovutuksen ehto tai oikeusperuste
register-law-reference = Koko rekisteriä koskeva lainkohta
not-answered = Ei vastattu
list-exhaustive = Täydellinen luettelo
list-qualifier-items = Tietoluettelo on
list-qualifier-sources = Lähdeluettelo on
list-qualifier-recipients = Vastaanottajaluettelo on
recipient-category = Vastaanottajaryhmä, ei nimetty vastaanottaja
rights-fee = Maksu
rights-frequency = Kuinka usein
rights-refusal-grounds = Epäämisen perusteet
# The documents' heading or column for what the window asks with `created`, which explains or asks in the form's words.
document-created = Asiakirja laadittu
document-updated = Asiakirja päivitetty
export-draft = Asiakirja merkitään jokaiselle sivulle LUONNOS niin kauan kuin nämä { $n } puutetta ovat avoinna (korjaa ne tai merkitse ne ei sovellu- tai hyväksytty-tilaan):
export-draft-one = Asiakirja merkitään jokaiselle sivulle LUONNOS niin kauan kuin tämä puute on avoinna (korjaa se tai merkitse se ei sovellu- tai hyväksytty-tilaan):
export-draft-more = … ja { $n } muuta
export-file-exists = Tiedosto { $n } on jo olemassa. Korvataanko se?
export-keep-file = Säilytä se
export-replace-file = Korvaa
finding-answer = Vastaa
finding-answer-title = Vastaa puutteeseen
finding-not-applicable = Ei sovellu, koska …
finding-accepted = Hyväksytty toistaiseksi
finding-reason = Peruste tai huomautus
finding-answered = Vastattu
finding-withdraw = Poista vastaus
data-subject-categories = Rekisteröityjen ryhmät
data-item-groups = Tietoryhmät
new-group = Uusi ryhmä
personal-data = Henkilötietoja
data-items = Tiedot
new-data-item = Uusi tieto
group = Ryhmä
requirement = Pakollinen / vapaaehtoinen
consequence-if-not-given = Seuraus, jos tietoa ei anneta
flags = Tiedon laatu
flag-national-id = Henkilötunnus
flag-financial = Taloudelliset tiedot
flag-free-text = Vapaa teksti
flag-online-identifier = Verkkotunniste (IP, IMEI)
flag-credentials = Tunnistautumistiedot
flag-consent = Suostumustieto (esim. uutiskirje)
flag-criminal-offence = Rikostuomioihin ja rikkomuksiin liittyvät tiedot (10 art.)
special-category = Erityinen henkilötietoryhmä (9 art.)
need-for-national-id = Miksi henkilötunnus tarvitaan
purposes = Käsittelyn tarkoitukset
new-purpose = Uusi tarkoitus
purpose-description = Tarkoitus
direct-marketing = Suoramarkkinointi (vastustamisoikeus, 21.2 art.)
legal-bases = Oikeusperuste
new-legal-basis = Lisää oikeusperuste
basis = Oikeusperuste (6.1 art.)
basis-applies-to = Koskee ryhmiä (tyhjä = kaikki)
legitimate-interest = Oikeutettu etu
special-category-condition = Erityisten henkilötietoryhmien käsittelyperuste (9.2 art.)
law-reference = Lainkohta
sources = Tietolähteet
disclosures = Vastaanottajat ja luovutukset
new-disclosure = Uusi luovutus
recipient = Vastaanottaja
disclosed-data = Mitkä tiedot
disclosure-purpose = Miksi
disclosure-method = Miten
system-links = Järjestelmät ja käsittelijät
new-system-link = Liitä järjestelmä
processor = Järjestelmä / käsittelijä
link-data-items = Sinne menevät tiedot
usage = Käyttötarkoitus
outside-eea-warning = EU:n tai ETA:n ulkopuolella: { $n }. Lisää alla siirto ja sen siirtoperuste.
add-transfer-for = Lisää siirto
transfers = Siirrot EU:n tai ETA:n ulkopuolelle
new-transfer = Uusi siirto
mechanism = Siirtoperuste
documentation = Missä suojatoimet on dokumentoitu
storage-locations = Missä tietoja säilytetään
security-measures = Turvatoimet
access-roles = Roolit ja käyttöoikeudet
new-access-role = Uusi rooli
role-name = Rooli
role-people = Roolin henkilöt
permissions = Oikeudet
new-permission = Uusi oikeus
change-logging = Muutosten kirjaus
granted-by = Kuka myöntää käyttöoikeuden
retention-rules = Säilytysaikasäännöt
new-retention-rule = Uusi sääntö
applies-to-group = Koskee ryhmää
whole-register = Koko rekisteri
trigger = Mistä säilytysaika alkaa
period = Aika tai peruste
deletion-method = Miten poistetaan
routine = Poistorutiini
responsible = Vastuuhenkilö
review-interval-months = Rutiini suoritetaan … kuukauden välein
last-reviewed = Suoritettu viimeksi
next-review = Seuraavan kerran: { $d }
overdue = Myöhässä { $d } alkaen
never-reviewed = Ei koskaan suoritettu: tehtävä nyt
rights-procedures = Miten rekisteröity voi käyttää oikeuksiaan
new-rights-procedure = Uusi menettely
right = Oikeus
channel = Miten pyydetään
identity-check = Henkilöllisyyden tarkistus
deadline-days = Vastausaika (päivää)
format = Muoto
notes = Ehdot ja muuta

## Processors

processors-title = Henkilötietojen käsittelijät ja järjestelmät
processors-lead = Toimittajat ja järjestelmät, joita rekisterit käyttävät. Liitä ne rekisteriin rekisterin välilehdellä Järjestelmät.
new-processor = Uusi järjestelmä
vendor = Toimittaja (virallinen nimi)
product = Tuote tai palvelu
hosting = Ylläpito
function = Toiminto
data-location = Missä tiedot säilytetään
data-location-country = Säilytysmaa (jos eri)
data-held = Mitä tietoja järjestelmässä on
agreement = Sopimus
has-agreement = Sopimus on tehty
agreement-kind = Sopimuksen laji
signed = Allekirjoitettu
reference = Viite tai tiedostonimi
used-by = Käytössä rekistereissä
not-used = Ei liitetty rekisteriin.

## Shared lists

lists-title = Yhteiset luettelot
lists-lead = Kohteet, joita useampi rekisteri voi valita.
kind = Laji
public-source = Julkinen lähde (14.2 f art.)
collection-procedure = Miten tiedot kerätään
paper = Paperilla
storage-system = Järjestelmä
new-entry = Uusi kohde
add-purposes = Uudet käyttötarkoitukset, yksi riviä kohden
add-data-items = Uudet tiedot, yksi riviä kohden
add-recipients = Uudet vastaanottajat, yksi riviä kohden
processor-categories = Henkilötietojen käsittelijöiden ryhmät
processor-categories-lead = Kun seloste nimeää ryhmän eikä jokaista toimittajaa: ”pilvipalvelujen tarjoajat”, ”konserniyhtiöt”. Ryhmä ei tarvitse tässä sopimusta eikä maata; nimetty toimittaja lisätään järjestelmänä yllä.
processor-category-does = Mitä he tekevät puolestamme
add-processor-categories = Uudet käsittelijäryhmät, yksi riviä kohden
move-up = Siirrä ylös
move-down = Siirrä alas
deleted-named = ”{ $n }” poistettiin.
source-kind = Lähteen laji
measure-kind = Turvatoimen laji
recipient-kind = Vastaanottajan laji
recipient-category-short = Ryhmä, ei nimetty vastaanottaja
kind-not-answered = Laji: ei vastattu – valitse
another-kind = toinen laji
remove = Poista
unpick = Poista tästä rekisteristä
shared-with = (myös { $n } muussa rekisterissä)
shared-with-one = (myös 1 muussa rekisterissä)
public-source-short = Julkinen
pick-shared = Valitse jo olemassa oleva
flag-short-national-id = Hetu
flag-short-financial = Talous
flag-short-free-text = Vapaa teksti
flag-short-online-identifier = Verkkotunniste
flag-short-credentials = Tunnukset
flag-short-consent = Suostumus
flag-short-criminal-offence = Rikos
new-entry-named = Uusi: { $n }
pick-from-list = Valitse luettelosta

## Cookies

cookies-title = Verkkosivuston evästeet
new-cookie = Uusi eväste
provider = Tarjoaja
cookie-class = Luokka
duration = Istunto / pysyvä
lifetime = Voimassaolo
cookie-purpose = Tarkoitus
requires-consent = Vaatii suostumuksen

## Incidents

incidents-title = Henkilötietojen tietoturvaloukkausten käsittely
steps = Vaiheet järjestyksessä
new-step = Uusi vaihe
decided-by = Kuka päättää ilmoituksista
notify-authority-within-72-hours = Valvontaviranomaiselle ilmoitetaan 72 tunnin kuluessa (33 art.)
inform-data-subjects-on-high-risk = Rekisteröidyille ilmoitetaan, jos riski on korkea (34 art.)
breach-log = Missä loukkaukset kirjataan (33.5 art.)
post-incident-review = Jälkiarviointi
new-review-question = Uusi kysymys

## History

history-title = Muutoshistoria
history-lead = Jokainen muutos: kuka ja milloin.
when = Milloin
who = Kuka
what = Mitä
redoes-edit = Tekee uudelleen muutoksen { $n } kumoaman
forgot-records = Poistetut tiedot unohdettiin: ne poistettiin historiasta.
undoes-edit = Kumoaa muutoksen { $n }
date-placeholder = VVVV-KK-PP
created-record = Uusi
deleted-record-label = Poistettu
kind-organisation = Organisaatio
kind-person = Henkilö
kind-data-subject-category = Rekisteröityjen ryhmä
kind-source = Lähde
kind-recipient = Vastaanottaja
kind-processor = Järjestelmä
kind-storage-location = Säilytyspaikka
kind-security-measure = Turvatoimi
kind-cookie = Eväste
kind-register = Rekisteri
kind-data-item-group = Tietoryhmä
kind-data-item = Tieto
kind-purpose = Tarkoitus
kind-system-link = Liitetty järjestelmä
kind-disclosure = Luovutus
kind-transfer = Siirto
kind-access-role = Rooli
kind-retention-rule = Säilytyssääntö
kind-rights-procedure = Oikeuksien menettely
kind-dpia-screening = Vaikutustenarvioinnin tarpeen arviointi
kind-breach = Henkilötietojen tietoturvaloukkaus
kind-data-subject-request = Rekisteröidyn pyyntö
kind-client-controller = Rekisterinpitäjä (me käsittelijänä)
history-empty = Ei muutoksia vielä.
deleted-record = (poistettu)

## Export

export-title = Vie tiedostoksi
document-type = Asiakirja
doc-record-pdf = Seloste käsittelytoimista (PDF)
doc-notice-pdf = Rekisterin tietosuojaseloste (PDF)
doc-notice-html = Tietosuojaseloste verkkosivuille (HTML)
doc-processor-record-pdf = Seloste käsittelytoimista käsittelijänä (PDF, 30.2 art.)
doc-xlsx = Seloste käsittelytoimista (Excel)
register = Rekisteri
document-language = Asiakirjan kieli
save-to = Tallenna nimellä
exported-to = Tallennettu: { $n }
open-file = Avaa tiedosto
processor-record-file-name = Seloste käsittelytoimista käsittelijänä
record-file-name = Seloste käsittelytoimista
notice-file-name = Tietosuojaseloste
export-missing-text = { $n } tekstiä puuttuu valitulla kielellä; ne tulostetaan toisella kielellä merkittyinä.
no-registers-for-notice = Luo ensin rekisteri.

## The new-document guide, templates and catalogues

country-fi = Suomi
country-se = Ruotsi
guide-country-hint = Maa määrää valvontaviranomaisen ja lait, joihin mallit viittaavat.

## One-line explanations of fields, shown under them (components.js `fieldHint`: help_KIND_PATH).

help-register-name = Nimi, jonka rekisteröidyt tunnistavat. Esimerkiksi: Asiakas- ja markkinointirekisteri.
help-register-description = Keiden tietoja ja miksi, omin sanoin. Esimerkiksi: asiakkaat ja potentiaaliset asiakkaat, joihin olemme yhteydessä palveluistamme.
help-register-role = Päätättekö itse, miksi ja miten tietoja käsitellään (rekisterinpitäjä), vai käsitteleekö yritys niitä asiakkaan lukuun (käsittelijä)?
help-register-contact-person = Henkilö, joka vastaa rekisteriä koskeviin kysymyksiin. Jos häntä ei ole listalla, valitse ”+ Uusi …” ja kirjoita nimi.
help-register-business-function = Yrityksen osa, joka käyttää rekisteriä. Esimerkiksi: myynti, talous.
help-register-provision-requirement = Onko rekisteröidyn pakko antaa tiedot, esimerkiksi lain tai sopimuksen vuoksi? Selosteessa on kerrottava se (13.2 e art.).
help-register-consequence-of-not-providing = Mitä tapahtuu, jos tietoja ei anneta. Esimerkiksi: emme voi toimittaa tilausta.
help-register-law-reference = Koko rekisteriä koskeva laki, jos sellainen on. Esimerkiksi: kirjanpitolaki.
help-register-automated-decisions = Tekeekö ohjelma henkilöitä koskevia päätöksiä ilman ihmisen harkintaa, tai profiloidaanko heitä? (22 art.)
help-purpose-description = Miksi tietoja käsitellään, yksi tarkoitus kerrallaan. Esimerkiksi: uutiskirjeen lähettäminen sen tilanneille.
help-purpose-legal-bases-legitimate-interest = Mikä etu teillä on ja miksi se painaa enemmän kuin rekisteröidyn etu. Esimerkiksi: asiakassuhteen hoitaminen.
help-purpose-legal-bases-law-reference = Laki, joka edellyttää tai sallii käsittelyn. Esimerkiksi: kirjanpitolaki.
help-data-item-name = Yksi henkilöä koskeva tieto. Esimerkiksi: nimi, sähköpostiosoite, puhelinnumero.
help-retention-rule-period = Kuinka kauan tiedot säilytetään tai mikä sen ratkaisee. Esimerkiksi: 6 vuotta tilikauden päättymisestä.
help-retention-rule-routine = Miten ja milloin tiedot käytännössä poistetaan. Esimerkiksi: talouspäällikkö poistaa vanhat tiedot joka tammikuu.
help-rights-procedure-channel = Miten henkilö esittää pyyntönsä. Esimerkiksi: sähköposti osoitteeseen tietosuoja@yritys.fi.
help-rights-procedure-identity-check = Miten varmistatte kysyjän henkilöllisyyden. Esimerkiksi: vastaus vain rekisterissä olevaan sähköpostiosoitteeseen.
help-system-link-usage = Mihin rekisteri käyttää järjestelmää. Esimerkiksi: uutiskirjeiden lähettäminen.
help-disclosure-data = Mitkä tiedot vastaanottaja saa. Esimerkiksi: nimi ja osoite.
help-processor-function = Mitä järjestelmä tekee yritykselle. Esimerkiksi: kirjanpito, sähköposti, asiakasrekisteri.
preview-toggle = Esikatselu
preview-title = Esikatselu
preview-hint = Tietosuojaseloste sellaisena kuin se viedään. Napsauta osiota siirtyäksesi sen kenttiin.
preview-failed = Esikatselua ei voitu näyttää
working-language = Dokumentaation kieli
working-language-hint = Lomakkeet näyttävät tekstit tällä kielellä. Muut kielet kirjoitetaan kohdassa Käännökset.
nav-translation = Käännökset
translation-title = Käännökset
translation-lead = Työkieli: { $from }. Jokainen teksti näkyy sen kielen vieressä, jolle käännät sen.
translation-other-language = Käännä kielelle
translation-missing = { $n } puuttuu
translation-only-missing = Näytä vain puuttuvat tekstit
translation-empty = Dokumentissa ei ole vielä tekstejä.
translation-source-missing = Puuttuu kieleltä { $l }
guide-working-language = Työkieli
guide-which = Mitä näistä teillä on?
guide-contact = Kuka vastaa henkilötietoja koskeviin kysymyksiin?
guide-contact-hint = Rekisterien yhteyshenkilö; sähköpostiosoite tulee myös yrityksen osoitteeksi tietosuojaselosteisiin, jotta rekisteröidyt tavoittavat teidät.
guide-template-answers = Ehdottaa (vahvistat kunkin vastauksen siellä, missä kysymys esitetään): { $n }
template-automated-decisions-no = ei automaattisia päätöksiä
template-automated-decisions-yes = automaattisia päätöksiä
template-transfers-outside-eea-no = ei siirtoja EU:n tai ETA:n ulkopuolelle
template-transfers-outside-eea-yes = siirtoja EU:n tai ETA:n ulkopuolelle
template-regular-disclosures-no = ei säännönmukaisia luovutuksia
template-regular-disclosures-yes = säännönmukaisia luovutuksia
guide-choose-country-first = Valitse ensin maa.
guide-templates-hint = Jokaisesta valinnasta tulee rekisteri tyypillisine käyttötarkoituksineen, tietoineen, säilytysaikoineen ja oikeuksineen. Teksti on mallia, kunnes olet lukenut ja vahvistanut sen.
guide-systems = Käyttämänne järjestelmät
guide-systems-search = Hae järjestelmää, toimittajaa tai käyttötarkoitusta
guide-systems-none = Luettelosta ei löydy vastaavaa järjestelmää.
add-from-catalogue = Lisää luettelosta…
catalogue-lead = Tiedot kopioidaan asiakirjaan, jossa voit muuttaa niitä. Onko toimittajan kanssa tehty sopimus, merkitset itse.
link-from-catalogue = Lisää järjestelmä luettelosta…
pick-statutory-period = Lakisääteinen aika…
template-text-unreviewed = Mallitekstiä, tarkistamatta:
imported-text-unreviewed = Omasta asiakirjastanne – tarkista:
template-text-hint = Lue se ja korjaa, mikä ei pidä paikkaansa teillä.
confirm-section = Olen lukenut sen – vahvista

## H4 (issue 21): suggested answers confirmed where asked; out-of-date translations

suggested-answer = Malli ehdottaa:
suggested-answer-imported = Vanha asiakirjanne sanoo:
suggested-mechanism = Järjestelmäluettelo kertoo:
suggested-answer-hint = Kysymykseen ei ole vastattu, ennen kuin vahvistat vastauksen tai vastaat itse.
confirm-answer = Pitää paikkansa – vahvista
translation-only-open = Näytä vain puuttuvat ja vanhentuneet tekstit
translation-stale = { $n } vanhentunutta
translation-stale-note = Teksti kielellä { $l } on muuttunut tämän käännöksen jälkeen.
translation-confirm = Käännös pitää paikkansa – vahvista

## The paperwork: breaches, requests and the review calendar

nav-breaches = Tietoturvaloukkaukset
nav-requests = Pyynnöt
nav-calendar = Kalenteri
datetime-placeholder = VVVV-KK-PP TT:MM
due-overdue = myöhässä
upcoming = tulossa
breaches-title = Henkilötietojen tietoturvaloukkaukset
breaches-lead = Kirjaa jokainen tietoturvaloukkaus, myös ne, joista ei ilmoiteta (33.5 art.). Valvontaviranomaiselle on ilmoitettava 72 tunnin kuluessa loukkauksen havaitsemisesta.
new-breach = Uusi loukkaus
notify-by = Ilmoitus valvontaviranomaiselle viimeistään
breach-description = Mitä tapahtui
breach-happened = Tapahtui
breach-discovered = Havaittiin
approximate-people = Arvioitu asianosaisten määrä
breach-data-items = Loukkauksen kohteena olevat tiedot
breach-pick-registers-first = Valitse ensin rekisterit, joita loukkaus koskee; niiden tiedot näkyvät tässä.
breach-registers-no-items = Valituissa rekistereissä ei ole vielä tietoja.
breach-consequences = Todennäköiset seuraukset
breach-measures = Toteutetut toimenpiteet
breach-risk = Riski rekisteröidyille
risk-assessment = Riskinarviointi
authority-notified = Ilmoitettu valvontaviranomaiselle
notification-reason = Syy viivästyneeseen tai tekemättä jätettyyn ilmoitukseen
data-subjects-informed = Rekisteröidyille ilmoitettiin
not-informed-reason = Syy olla ilmoittamatta rekisteröidyille
breach-closed = Suljettu
requests-title = Rekisteröityjen pyynnöt
requests-lead = Pyyntöön on vastattava kuukauden kuluessa; aikaa voi jatkaa kahdella kuukaudella, kun syyt kerrotaan (12.3 art.).
new-request = Uusi pyyntö
answer-by = Vastaus viimeistään
requester = Rekisteröity
request-received = Vastaanotettu
rights-procedure-beside = Rekisterin menettely tälle oikeudelle:
request-identity-check = Miten henkilöllisyys tarkistettiin
request-extended = Määräaikaa jatkettiin kahdella kuukaudella
extension-reason = Jatkamisen syy
request-actions = Mitä tehtiin
request-answered = Vastattu
old-requests = { $n } pyyntöön on vastattu yli { $y } vuotta sitten. Niissä on pyytäjän tiedot: poista ne ja unohda ne historiasta.
old-requests-one = Yhteen pyyntöön on vastattu yli { $y } vuotta sitten. Siinä on pyytäjän tiedot: poista se ja unohda se historiasta.
old-request = Vastattu yli { $y } vuotta sitten; pyynnössä on yhä pyytäjän tiedot.
delete-and-forget = Poista ja unohda
forget-old-requests-title = Poistetaanko ja unohdetaanko { $n } pyyntöä?
forget-old-requests-title-one = Poistetaanko ja unohdetaanko yksi pyyntö?
forget-old-requests-detail = Pyynnöt poistetaan, ja kaikki niiden aiemmat versiot poistetaan historiasta ja tiedostosta. Tätä ei voi perua. Historiaan jää vain tieto siitä, että jotain unohdettiin, kuka ja milloin.
old-requests-forgotten = Vanhat pyynnöt on poistettu ja unohdettu.
calendar-title = Kalenteri
calendar-lead = Erääntyvät tehtävät: poistorutiinit, rekisterien katselmoinnit, vastaukset pyyntöihin ja loukkausten ilmoitukset.
calendar-empty = Ei erääntyviä tehtäviä.
due-date = Viimeistään
due-what = Mitä
due-status = Tila
nav-clients = Käsittelijänä
clients-title = Rekisterinpitäjät, joiden lukuun käsittelemme
clients-lead = Seloste käsittelijänä (30.2 art.): kenen lukuun, mitkä käsittelytoimien ryhmät, siirrot, turvatoimet ja alikäsittelijät.
new-client = Uusi rekisterinpitäjä
client-security = Turvatoimet
sub-processors = Alikäsittelijät
categories-of-processing = Käsittelytoimien ryhmät
one-per-line = Yksi riviä kohden
tab-dpia = Vaikutustenarviointi
dpia-screening = Tarvitaanko vaikutustenarviointi?
dpia-lead = Kriteerit ovat Euroopan tietosuojaneuvoston ohjeista (WP248 rev.01); käsittelyt 35.3 artiklasta ja tietosuojavaltuutetun luettelosta. Kaksi kriteeriä tai luettelon käsittely edellyttää vaikutustenarviointia.
start-dpia-screening = Aloita arviointi
dpia-criteria = Kriteerit (WP248 rev.01)
dpia-listed = Käsittelyt, jotka edellyttävät aina vaikutustenarviointia
dpia-notes = Perustelut
dpia-screened = Arvioitu
dpia-done-title = Tehty vaikutustenarviointi
dpia-done = Päivämäärä
dpia-reference = Viite
dpia-outcome = Tulos
dpia-verdict-in-findings = Jos vaikutustenarviointi vaaditaan, se näkyy puutteissa oikealla, kunnes tehty arviointi on kirjattu.

## Errors, by code

error-title = Jotain meni vikaan
err-not-kirjuri = Tiedosto ei ole Kirjuri-asiakirja. Sitä ei muutettu.
err-newer-version = Tiedosto on tallennettu uudemmalla Kirjurilla. Voit avata sen, kun päivität Kirjurin; tiedostoa ei muutettu.
err-damaged = Tiedosto on vioittunut eikä sitä voi avata. Sitä ei muutettu; käytä varmuuskopiota.
err-unexpected-schema = Tiedostossa on jotain, mitä Kirjuri ei ole luonut, joten sitä ei avata turvallisuussyistä. Sitä ei muutettu.
err-file-exists = Tiedosto on jo olemassa. Valitse toinen nimi.
err-not-found = Tiedostoa ei ole.
err-busy = Tiedosto on auki toisessa ohjelmassa. Sulje se ensin.
err-in-use = Tiedosto on auki muokattavana toisessa Kirjuri-ikkunassa tällä tietokoneella. Sulje se siellä tai avaa vain luku -tilassa.
err-in-use-breakable = Tiedosto on auki muokattavana Kirjurissa toisella tietokoneella (tai oli, kun se lakkasi vastaamasta). Avaa vain luku -tilassa tai pura lukitus, jos se ei ole enää auki siellä.
err-not-writable = Tiedostoon ei voi kirjoittaa (kirjoitussuojattu tiedosto tai media).
err-changed-on-disk = Joku muu muutti tiedostoa sen avaamisen jälkeen. Muutosta ei tallennettu; avaa tiedosto uudelleen nähdäksesi heidän muutoksensa.
err-lock-lost = Joku purki lukituksen ja muokkaa tiedostoa nyt. Muutosta ei tallennettu; avaa tiedosto uudelleen.
err-unfinished-save = Tiedoston vieressä on keskeneräinen tallennus. Avaa tiedosto muokattavaksi viedäksesi palautuksen loppuun.
err-disk-full = Levy on täynnä. Muutosta ei tallennettu; tiedostossa on viimeksi tallennettu sisältö.
err-not-forgettable = Vain poistetut tietueet voi unohtaa.
err-read-only = Asiakirja on kirjoitussuojattu.
err-invalid-edit = Muutosta ei voitu tallentaa.
err-broken-history = Tiedoston muutoshistoriaa on muutettu Kirjurin ulkopuolella eikä siihen voi luottaa: asiakirjan voi avata, mutta historia, kumoaminen ja yhdistäminen eivät ole käytössä.
err-io = Tiedostoa ei voitu lukea tai kirjoittaa.
err-sqlite = Tietokantavirhe; muutosta ei tallennettu.
err-no-document = Asiakirjaa ei ole avattu.
err-export = Vienti epäonnistui.
err-unknown-register = Rekisteriä ei ole.
err-not-exported = Vain nyt viedyt tiedostot voi avata.
err-unknown-catalogue-entry = Kohdetta ei ole luettelossa.
err-no-name = Anna yrityksen nimi.

## Merging another copy (ui/app/screens/merge.js): error codes of the merge review

err-same-file = Se on avoinna oleva tiedosto. Valitse toinen kopio.
err-different-organisation = Kopio on toisen organisaation asiakirja; mitään ei verrattu.
err-internal = Kirjurin sisäinen virhe.
err-other = Odottamaton virhe.
details = Lisätiedot

## The menu bar's actions and Help (the menu's own labels are in src-tauri/src/menu.rs)

about-title = Tietoja Kirjurista
about-lead = Tietosuojadokumentaatio pienille yrityksille: rekisterit, seloste käsittelytoimista ja tietosuojaselosteet yhdessä tiedostossa, ilman verkkoyhteyttä.
about-licence = Vapaa ohjelmisto MIT-lisenssillä.

## Import of an existing description and its review (screens/import.js).

guide-or-import = Onko sinulla jo rekisteri- tai tietosuojaseloste?
start-import = Aloita nykyisestä selosteestani
import-title = Aloita olemassa olevasta selosteesta
import-lead = Kirjuri lukee rekisteri- tai tietosuojaselosteesi ja sijoittaa jokaisen kappaleen omaan kenttäänsä. Mitään ei keksitä: mitä teksti ei sano, jää vastaamatta, ja kaikki on ehdotusta, kunnes olet tarkistanut sen kohta kohdalta.
import-file = Tiedosto (.docx, .odt, .pdf, .html, .txt, .md)
import-file-hint = Kirjoita polku tai valitse tiedosto. Tallenna .doc- tai .rtf-tiedosto ensin .docx-muotoon.
import-choose-file = Valitse tiedosto…
import-paste = … tai liitä teksti
import-as-the-text-says = Kuten tekstissä
import-language = Selosteen kieli
import-document-path = Uuden asiakirjan tiedosto
import-submit = Lue sisään
nav-import = Tuotu seloste
import-none = Yksikään tuotu seloste ei odota tarkistusta.
import-into-title = Tuo seloste tähän asiakirjaan
import-into-lead = Uusina rekistereinä tai rekisterien tekstinä toisella kielellä (sama seloste käännettynä).
import-as = Tuo
import-as-new = uusina rekistereinä
import-as-translation = rekisterien käännöksenä
import-imported = Seloste on tuotu; tarkista se kohta kohdalta.
import-translated = Käännös on tuotu.
import-review-title = Tarkista tuotu seloste
import-review-lead = Vasemmalla on vanhan selosteesi teksti, oikealla se, mitä Kirjuri siitä teki. Lue kohta kerrallaan ja vahvista se; tietosuojaseloste on luonnos siihen asti. Vanha teksti säilyy tiedostossa, kunnes tarkistus on valmis.
import-progress = { $n }/{ $d } kohtaa vahvistettu
import-not-placed-count = { $n } kappaletta sijoittamatta
import-not-placed-count-one = 1 kappale sijoittamatta
import-before-headings = Ennen ensimmäistä otsikkoa
import-confirmed = Vahvistettu
import-fills = Täyttää: { $n }
import-old-text = Selosteesi
import-made = Siitä tuli
import-not-placed = Ei sijoitettu
import-confirm-leaves-out = Mitä ei ole sijoitettu, jätetään pois, kun vahvistat; sijoita se ensin oikeaan paikkaan.
import-put-into = Sijoita…
import-target-description = rekisterin kuvaukseen
import-target-purpose = käyttötarkoitukseksi
import-target-data-item = henkilötiedoksi
import-target-data-subjects = rekisteröityjen ryhmäksi
import-target-source = tietolähteeksi
import-target-security-measure = suojaustoimeksi
import-target-left-out = Ei minnekään – jätä pois
import-place-heading = kohdan otsikko
import-place-contents = vanha sisällysluettelo
import-place-running-title = vanha ylätunniste
import-place-title = vanhan selosteen otsikko
import-place-register = oma rekisteri
import-place-register-part = rekisterin osa kohdasta
import-place-updated = päivityspäivä
import-place-written = laatimispäivä
import-place-organisation = Organisaatio
import-place-contact = Yhteyshenkilö
import-place-name = nimi
import-place-data-subjects = rekisteröidyt
import-place-data-item = henkilötieto
import-place-group = tietoryhmä
import-place-purpose = käyttötarkoitus
import-place-purpose-basis = käyttötarkoitus oikeusperusteineen
import-place-basis = käyttötarkoitusten oikeusperuste
import-place-intro = luettelon johdanto
import-place-source = tietolähde
import-place-recipient = vastaanottaja
import-place-retention = säilytysaika
import-place-rights = oikeudet
import-place-measure = suojaustoimi
import-place-description = kuvaus
import-place-no-automated = automaattiset päätökset: ei
import-place-no-disclosures = säännönmukaiset luovutukset: ei, näillä sanoilla
import-place-no-transfers = siirrot EU:n/ETA:n ulkopuolelle: ei, näillä sanoilla
import-place-transfers = siirrot EU:n/ETA:n ulkopuolelle: tekstin sanat, vastattavaksi
import-place-cookie = eväste (Evästeet)
import-place-left-out = jätit pois
err-not-imported = Selostetta ei tuotu, eikä mitään luotu.

## Merging another copy (ui/app/screens/merge.js)

merge-title = Vertaa ja yhdistä toiseen kopioon
merge-open-lead = Valitse takaisin tullut kopio (esimerkiksi kirjanpitäjältä). Sitä vain luetaan; mukaan ottamasi muutokset tulevat tähän tiedostoon yhtenä muutoksena, jonka voi kumota yhdellä kertaa.
merge-path = Toisen kopion polku
merge-choose = Valitse tiedosto…
merge-compare = Vertaa
merge-different-org-title = Toisen organisaation asiakirja
merge-different-org = { $n } on toisen organisaation asiakirja. Kopioita voi verrata vain tietue tietueelta: vain toisessa olevat tietueet säilyvät, mitään ei poisteta ja jokainen ero on ristiriita. Verrataanko silti?
merge-compare-anyway = Vertaa silti
merge-err-not-kirjuri = Tiedosto ei ole Kirjuri-asiakirja; mitään ei verrattu eikä kirjoitettu.
merge-err-same-file = Se on jo avoinna oleva tiedosto. Valitse toinen kopio.
merge-err-in-use = Toinen kopio on auki muokattavana toisessa Kirjurissa. Sulje se siellä ja vertaa uudelleen; mitään ei kirjoitettu.
merge-err-newer-version = Toinen kopio on tallennettu uudemmalla Kirjurilla. Päivitä Kirjuri yhdistääksesi sen; mitään ei kirjoitettu.
merge-err-not-found = Tiedostoa ei ole.
merge-shared = Kopioilla on yhteinen historia muutokseen { $d } ({ $u }) asti. Sen jälkeen toisessa kopiossa on { $n } muutosta ja tässä { $m }.
merge-unrelated = Kopioilla ei ole yhteistä historiaa: niitä verrataan tietue tietueelta. Vain toisessa olevat tietueet säilyvät, mitään ei poisteta.
merge-forgotten = { $n } toisessa kopiossa unohdettua tietuetta ei tuoda takaisin.
merge-nothing = Toisessa kopiossa ei ole muutoksia, joita tässä ei ole.
merge-shared-records = Organisaatio ja yhteiset tiedot
merge-take = Ota mukaan
merge-by = { $u }, { $d }
merge-conflict = Ristiriita
merge-whole-record = koko tietue
merge-reason-both-changed = molemmat muuttivat sitä
merge-reason-deleted-in-mine = tämä kopio poisti sen, toinen muutti sitä
merge-reason-deleted-in-theirs = toinen kopio poisti sen, tämä muutti sitä tai jotain siihen viittaavaa
merge-reason-differs = kopiot eroavat
merge-mine = Tämä kopio
merge-theirs = Toinen kopio
merge-own-text = Oma teksti
merge-empty = (tyhjä)
merge-not-merged = Ei voida ottaa mukaan: { $n }
merge-open-conflicts = { $n } ristiriitaa ratkaistava ennen yhdistämistä.
merge-do = Yhdistä
merge-done = Yhdistetty tiedostosta { $n }. Kumoa poistaa koko yhdistämisen.
merge-report = Muutosraportti
merge-back = Takaisin tarkasteluun
merge-print = Tulosta
merge-export-pdf = Vie PDF…
merge-report-saved = Raportti tallennettiin: { $n }
merge-report-path = PDF-tiedoston polku (tyhjä: valitse ikkunassa)
merge-preview = Tietosuojaseloste yhdistämisen jälkeen
merge-preview-register = Rekisteri
merge-conflicted-copy = Synkronoitu kansio jätti tiedoston viereen ristiriitakopion: { $n }.
merge-conflicted-open = Vertaa ja yhdistä…

## Issue 21 (H5): qualifiers, special categories, changes to the notice, rights procedures, DPF

special-categories = Erityiset henkilötietoryhmät
special-categories-question = Sisältääkö rekisteri erityisiä henkilötietoryhmiä (terveys, etninen alkuperä, ammattiliiton jäsenyys …, 9.1 art.)?
special-categories-which = Mitä?
transfers-as-a-rule = Pääsääntöisesti ei (poikkeuksia voi olla)
disclosures-as-a-rule = Pääsääntöisesti ei (poikkeuksia voi olla)
safeguard-copies = Annetaanko suojatoimista jäljennös pyynnöstä?
notice-changes = Muutokset tähän selosteeseen (vapaaehtoinen: ”Päivitämme selostetta, kun …”)
new-rights-procedure-which = Uusi menettely oikeudelle …
copy-contact-channel = Käytä yhteyshenkilön osoitetta { $n }
dpf = EU:n ja Yhdysvaltojen tietosuojakehys (DPF)
dpf-certified = Sertifioitu kehyksen mukaan
dpf-checked-on = Tarkistettu
dpf-suggested-yes = Luettelo: sertifioitu toimittajan sivujen mukaan, tarkistettu { $d }.
dpf-suggested-no = Luettelo: ei sertifioitu toimittajan sivujen mukaan, tarkistettu { $d }.
dpf-use-suggestion = Käytä vastauksena

## The documents


## The record of processing activities: cover and contents.

record-title = Seloste käsittelytoimista
record-subtitle = EU:n yleisen tietosuoja-asetuksen (GDPR) 30 artiklan mukainen
contents = Sisällys
# The documents' heading or column for what the window asks with `business-id`, which explains or asks in the form's words.
document-business-id = Y-tunnus
contact = Yhteystiedot
version = Versio
# The documents' heading or column for what the window asks with `last-changed`, which explains or asks in the form's words.
document-last-changed = Viimeksi muutettu
printed = Tulostettu
registers = Rekisterit
no-registers = Ei rekistereitä.

## The organisation section.

controller = Rekisterinpitäjä
title = Tehtävänimike
# The documents' heading or column for what the window asks with `representative`, which explains or asks in the form's words.
document-representative = Edustaja
supervisory-authority = Valvontaviranomainen
incident-routine = Henkilötietojen tietoturvaloukkausten käsittely
incident-steps = Vaiheet
incident-decided-by = Ilmoituksesta päättää
notify-within72-hours = Ilmoitus valvontaviranomaiselle 72 tunnin kuluessa (33 art.)
inform-on-high-risk = Tiedottaminen rekisteröidyille korkean riskin tilanteessa (34 art.)
# The documents' heading or column for what the window asks with `breach-log`, which explains or asks in the form's words.
document-breach-log = Loukkausloki (33.5 art.)
# The documents' heading or column for what the window asks with `post-incident-review`, which explains or asks in the form's words.
document-post-incident-review = Jälkiarviointi
cookies = Evästeet
no-cookies = Evästeitä ei ole ilmoitettu.

## A register's short facts.

role-in-processing = Rooli käsittelyssä
data-subjects = Rekisteröidyt
legal-basis = Oikeusperuste
retention = Säilytysaika
# The documents' heading or column for what the window asks with `automated-decisions`, which explains or asks in the form's words.
document-automated-decisions = Automatisoidut yksittäispäätökset tai profilointi

## A register's long facts, in Art. 30(1) order.

# The documents' heading or column for what the window asks with `purposes`, which explains or asks in the form's words.
document-purposes = Käsittelyn tarkoitus ja oikeusperuste
# The documents' heading or column for what the window asks with `personal-data`, which explains or asks in the form's words.
document-personal-data = Henkilötietoryhmät
# The documents' heading or column for what the window asks with `sources`, which explains or asks in the form's words.
document-sources = Säännönmukaiset tietolähteet
recipients = Vastaanottajat ja tietojen säännönmukaiset luovutukset
processors-and-systems = Henkilötietojen käsittelijät ja järjestelmät
# The documents' heading or column for what the window asks with `transfers`, which explains or asks in the form's words.
document-transfers = Tietojen siirto EU:n tai ETA:n ulkopuolelle
retention-and-deletion = Säilytys ja poistaminen
# The documents' heading or column for what the window asks with `security-measures`, which explains or asks in the form's words.
document-security-measures = Tekniset ja organisatoriset turvatoimet
roles-and-access = Roolit ja käyttöoikeudet
# The documents' heading or column for what the window asks with `rights-procedures`, which explains or asks in the form's words.
document-rights-procedures = Rekisteröityjen oikeuksien toteuttaminen

## Table columns and cell words.

purpose = Käyttötarkoitus
interest = Etu
art9-condition = Erityisten henkilötietoryhmien käsittelyperuste (9.2 art.)
applies-to = Koskee
# The documents' heading or column for what the window asks with `direct-marketing`, which explains or asks in the form's words.
document-direct-marketing = Suoramarkkinointi
data-item = Tieto
mandatory-or-optional = Pakollinen / vapaaehtoinen
# The documents' heading or column for what the window asks with `flags`, which explains or asks in the form's words.
document-flags = Ominaisuudet
not-personal-data = ei henkilötietoja
other-items = Muut tiedot
if-not-given = Jos tietoa ei anneta
# The documents' heading or column for what the window asks with `special-category`, which explains or asks in the form's words.
document-special-category = Erityinen henkilötietoryhmä
national-id = Henkilötunnus
# The documents' heading or column for what the window asks with `need-for-national-id`, which explains or asks in the form's words.
document-need-for-national-id = Tarve
need-for-national-id-number = Henkilötunnuksen tarve
criminal-offence = Rikostuomioihin ja rikkomuksiin liittyvät tiedot (10 art.)
financial = Taloudelliset tiedot
free-text = Vapaa teksti
online-identifier = Verkkotunniste
credentials = Tunnistautumistiedot
consent-record = Suostumustieto
source = Lähde
# The documents' heading or column for what the window asks with `kind`, which explains or asks in the form's words.
document-kind = Tyyppi
# The documents' heading or column for what the window asks with `collection-procedure`, which explains or asks in the form's words.
document-collection-procedure = Keruutapa
# The documents' heading or column for what the window asks with `public-source`, which explains or asks in the form's words.
document-public-source = julkinen lähde
data = Tiedot
method = Tapa
# The documents' heading or column for what the window asks with `vendor`, which explains or asks in the form's words.
document-vendor = Toimittaja
# The documents' heading or column for what the window asks with `product`, which explains or asks in the form's words.
document-product = Tuote
vendor-and-product = Toimittaja ja tuote
# The documents' heading or column for what the window asks with `usage`, which explains or asks in the form's words.
document-usage = Käyttö
data-sent = Sinne siirrettävät tiedot
# The documents' heading or column for what the window asks with `data-held`, which explains or asks in the form's words.
document-data-held = Tallennetut tiedot
# The documents' heading or column for what the window asks with `data-location`, which explains or asks in the form's words.
document-data-location = Tallennuspaikka
no-agreement = Sopimusta ei ole ilmoitettu
# The documents' heading or column for what the window asks with `signed`, which explains or asks in the form's words.
document-signed = allekirjoitettu
transfer-mechanism = Siirtoperuste
not-needed-in-eea = ei tarpeen (EU/ETA)
recipient-or-system = Vastaanottaja tai järjestelmä
# The documents' heading or column for what the window asks with `mechanism`, which explains or asks in the form's words.
document-mechanism = Siirtoperuste
# The documents' heading or column for what the window asks with `documentation`, which explains or asks in the form's words.
document-documentation = Dokumentaatio
no-transfers = Henkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle.
# The documents' heading or column for what the window asks with `whole-register`, which explains or asks in the form's words.
document-whole-register = Koko rekisteri
# The documents' heading or column for what the window asks with `period`, which explains or asks in the form's words.
document-period = Säilytysaika
# The documents' heading or column for what the window asks with `trigger`, which explains or asks in the form's words.
document-trigger = Alkamisperuste
# The documents' heading or column for what the window asks with `routine`, which explains or asks in the form's words.
document-routine = Menettely
# The documents' heading or column for what the window asks with `next-review`, which explains or asks in the form's words.
document-next-review = Seuraava tarkistus
# The documents' heading or column for what the window asks with `overdue`, which explains or asks in the form's words.
document-overdue = MYÖHÄSSÄ
last-done = viimeksi
# The documents' heading or column for what the window asks with `storage-locations`, which explains or asks in the form's words.
document-storage-locations = Säilytyspaikat
# The documents' heading or column for what the window asks with `paper`, which explains or asks in the form's words.
document-paper = paperi
technical-measures = Tekniset toimet
organisational-measures = Organisatoriset toimet
physical-measures = Fyysiset toimet
# The documents' heading or column for what the window asks with `role`, which explains or asks in the form's words.
document-role = Rooli
people = Henkilöt
# The documents' heading or column for what the window asks with `permissions`, which explains or asks in the form's words.
document-permissions = Oikeudet
logging = Lokitus
# The documents' heading or column for what the window asks with `granted-by`, which explains or asks in the form's words.
document-granted-by = Myöntäjä
how-to = Näin toimitaan
deadline = Vastausaika
# The documents' heading or column for what the window asks with `notes`, which explains or asks in the form's words.
document-notes = Huomautukset

## Annexes.

annex = Liite
annex-processors = Henkilötietojen käsittelijät ja järjestelmät
annex-access-matrix = Käyttöoikeusmatriisi
annex-retention = Säilytys- ja poistoaikataulu
annex-findings = Avoimet puutteet
person-or-role = Henkilö tai rooli
no-roles = Rooleja ei ole ilmoitettu.
no-processors = Järjestelmiä ei ole ilmoitettu.
no-retention-rules = Säilytyssääntöjä ei ole ilmoitettu.
severity = Vakavuus
where = Kohde
what-to-do = Mitä pitää tehdä
no-findings = Ei avoimia puutteita.
organisation = Organisaatio
annex-dpia = Vaikutustenarvioinnin tarve ja viimeisin katselmointi rekistereittäin
annex-breaches = Tietoturvaloukkausten dokumentointi (33.5 art.)
annex-requests = Rekisteröityjen pyyntöjen kirjanpito (12.3 art.)
no-breaches = Tietoturvaloukkauksia ei ole kirjattu.
no-requests = Pyyntöjä ei ole kirjattu.
names-left-out = Rekisteröityjen nimet on jätetty pois selosteesta.
discovered = Havaittiin
# The documents' heading or column for what the window asks with `notify-by`, which explains or asks in the form's words.
document-notify-by = Ilmoitus viimeistään
# The documents' heading or column for what the window asks with `breach-risk`, which explains or asks in the form's words.
document-breach-risk = Riski
closed = Suljettu
# A log's empty cell: nothing was written down, which is not "no".
not-recorded = Ei merkitty
breach-data-concerned = Rekisterit, henkilöt ja tiedot
risk-and-reasoning = Riski ja arvio
# The documents' heading or column for what the window asks with `data-subjects-informed`, which explains or asks in the form's words.
document-data-subjects-informed = Ilmoitettu rekisteröidyille (34 art.)
not-informed-because = Ei ilmoiteta
item-consequence = Jos tietoa ei anneta
received = Vastaanotettu
answered = Vastattu
extended = Jatkettu
last-review = Viimeisin katselmointi
criteria-met = Täyttyvät kriteerit (WP248)
listed-processing = Luettelon mukainen käsittely
dpia-required = Vaikutustenarviointi vaaditaan
# The documents' heading or column for what the window asks with `dpia-done`, which explains or asks in the form's words.
document-dpia-done = Vaikutustenarviointi tehty
not-screened = Ei arvioitu
processor-record-title = Seloste käsittelytoimista henkilötietojen käsittelijänä
processor-record-subtitle = Tietosuoja-asetuksen 30 artiklan 2 kohdan mukaisesti
processor-heading = Henkilötietojen käsittelijä
controllers-heading = Rekisterinpitäjät, joiden lukuun käsittelemme tietoja
no-client-controllers = Rekisterinpitäjiä ei ole ilmoitettu.
transfers-outside = Siirrot kolmansiin maihin
general-security = Tekniset ja organisatoriset turvatoimet

## The privacy notice.

notice-title = Tietosuojaseloste
notice1 = Rekisterinpitäjä
notice2 = Yhteyshenkilö rekisteriä koskevissa asioissa
notice3 = Rekisterin nimi
notice4 = Henkilötietojen käsittelyn tarkoitus ja oikeusperuste
notice5 = Rekisterin tietosisältö
notice6 = Säännönmukaiset tietolähteet
notice7 = Vastaanottajat ja tietojen säännönmukaiset luovutukset
notice8 = Tietojen siirto EU:n tai ETA:n ulkopuolelle
notice9 = Säilytysaika
notice10 = Rekisterin suojauksen periaatteet
notice11 = Rekisteröidyn oikeudet
notice12 = Automatisoidut yksittäispäätökset, profilointi mukaan luettuna
notice13 = Oikeus tehdä valitus valvontaviranomaiselle
notice-controller-intro = Rekisterinpitäjä on se, joka päättää, miksi ja miten henkilötietoja käsitellään.
notice-contact-intro = Rekisteriä ja oikeuksiasi koskeviin kysymyksiin vastaa:
notice-purpose-intro = Käsittelemme henkilötietoja alla mainittuihin tarkoituksiin. Kunkin tarkoituksen kohdalla kerrotaan, mihin tietosuoja-asetuksen 6 artiklan 1 kohdan mukaiseen oikeusperusteeseen käsittely perustuu.
notice-our-interest = Oikeutettu etumme

## Art. 21(2)–(3): the one unconditional objection.

notice-direct-marketing = Sinulla on oikeus milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten, jolloin lopetamme sen. Sinun ei tarvitse perustella vastustamistasi.
notice-subjects-intro = Rekisterissä on tietoja seuraavista henkilöryhmistä (rekisteröidyt):
notice-items-intro = Käsittelemme seuraavia tietoja:
notice-special-explained = Erityisiin henkilötietoryhmiin kuuluvat esimerkiksi terveyttä koskevat tiedot. Tietosuoja-asetus suojaa niitä erityisesti (9 artikla).
notice-not-required = Sinulla ei ole velvollisuutta antaa tietoja.
notice-statutory = Sinulla on lakisääteinen velvollisuus antaa tiedot.
notice-contractual = Sinun on annettava tiedot sopimuksen perusteella.
notice-needed-for-contract = Tarvitsemme tiedot voidaksemme tehdä kanssasi sopimuksen.
notice-if-not-provided = Jos tietoja ei anneta
notice-sources-intro = Saamme tiedot seuraavista lähteistä:
notice-disclosures-intro = Luovutamme tietoja säännönmukaisesti seuraaville vastaanottajille:
notice-processors-intro = Käytämme seuraavia palveluntarjoajia (henkilötietojen käsittelijöitä), jotka käsittelevät tietoja puolestamme ja ohjeidemme mukaan:
notice-transfers-intro = Tietoja siirretään EU:n tai ETA:n ulkopuolisiin maihin (kolmansiin maihin). Tiedot suojataan siirrossa näin:

## Printed only where a transfer answers that copies are given (`Transfer::safeguard_copies`).

notice-transfers-copy = Voit pyytää meiltä jäljennöksen suojatoimista.
notice-retention-intro = Säilytämme tietoja seuraavasti:

## The intro when a measure's kind is not answered; otherwise `security_intro` names the kinds.

notice-security-intro = Suojaamme tiedot seuraavin toimin:
notice-rights-intro = Sinulla on tämän rekisterin tietojen käsittelyssä seuraavat oikeudet.
notice-how = Näin toimit
notice-identity-check = Henkilöllisyyden tarkistus

## Art. 12(3): without undue delay, within one month, extendable by two further months.

notice-answer-period = Vastaamme pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa sen vastaanottamisesta. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa enintään kahdella kuukaudella. Ilmoitamme jatkamisesta ja viivästymisen syistä sinulle kuukauden kuluessa pyynnön vastaanottamisesta.
notice-format = Muoto
notice-complaint-pointer = Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle, ks. kohta 13.
notice-no-automated = Emme tee pelkästään automaattiseen käsittelyyn perustuvia päätöksiä emmekä käytä profilointia.
notice-automated = Rekisterin tietoja käytetään automatisoituihin yksittäispäätöksiin tai profilointiin. Näin se tapahtuu ja tätä se merkitsee sinulle:

## Art. 77(1): any supervisory authority, in particular where the person lives or works or where the infringement took place.

notice-complaint-intro = Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä EU- tai ETA-maassa, jossa on vakinainen asuinpaikkasi tai työpaikkasi tai jossa väitetty rikkominen on tapahtunut.
notice-our-authority = Sijoittautumismaamme valvontaviranomainen on:

## What a document prints for a question nobody has answered, and the draft mark.

not-stated = Ei ilmoitettu
draft = LUONNOS
draft-notice = Luonnos: dokumentaatiossa on vastaamattomia kysymyksiä tai avoimia virheitä. Puuttuvat tiedot on merkitty ”Ei ilmoitettu”.

## "No" with "as a rule", a qualifier or listed transfers: no exception is invented.

notice-transfers-as-a-rule = Henkilötietoja ei pääsääntöisesti siirretä EU:n tai ETA:n ulkopuolelle.

## Before the transfers listed under a "no, as a rule".

notice-transfers-exceptions = Poikkeukset ja tietojen suojaaminen niissä:
notice-transfers-yes = Henkilötietoja siirretään EU:n tai ETA:n ulkopuolelle.
notice-no-disclosures = Emme luovuta henkilötietoja säännönmukaisesti.

## "No" with "as a rule" or a qualifier, which follows in the user's own words.

notice-disclosures-as-a-rule = Emme pääsääntöisesti luovuta henkilötietoja.
notice-disclosures-yes = Luovutamme henkilötietoja säännönmukaisesti.
# The documents' heading or column for what the window asks with `disclosure-condition`, which explains or asks in the form's words.
document-disclosure-condition = Ehto tai oikeusperuste
notice-basis-explained-above = ks. edellä
fee = Maksu
frequency = Kuinka usein
refusal-grounds = Epäämisen perusteet
not-applicable = Ei sovellu
accepted-for-now = Hyväksytty toistaiseksi
answered-findings = Vastatut puutteet
# The documents' heading or column for what the window asks with `recipient-category`, which explains or asks in the form's words.
document-recipient-category = Vastaanottajaryhmä
processor-category = henkilötietojen käsittelijöiden ryhmä

## Special categories (Art. 9(1)), answered for the whole register.

notice-no-special-categories = Emme käsittele tässä rekisterissä erityisiä henkilötietoryhmiä (esimerkiksi terveystietoja).
notice-special-categories = Käsittelemme seuraavia erityisiä henkilötietoryhmiä (9.1 art.):
# The documents' heading or column for what the window asks with `notice-changes`, which explains or asks in the form's words.
document-notice-changes = Muutokset tähän selosteeseen
as-a-rule = pääsääntöisesti
# The documents' heading or column for what the window asks with `dpf-certified`, which explains or asks in the form's words.
document-dpf-certified = Sertifioitu EU:n ja Yhdysvaltojen tietosuojakehyksen mukaan
checked-on = tarkistettu
# The documents' heading or column for what the window asks with `safeguard-copies`, which explains or asks in the form's words.
document-safeguard-copies = Jäljennös suojatoimista annetaan pyynnöstä

## The workbook


## The document's properties (its title is `crate::labels::Label::RecordTitle`, shared with the PDF).

subject = Seloste käsittelytoimista tietosuoja-asetuksen 30 artiklan mukaisesti
keywords = GDPR, tietosuoja-asetus, 30 artikla, seloste käsittelytoimista

## Sheet names: at most 31 characters, none of []:*?/\ (an Excel rule).

sheet-organisation = Organisaatio
sheet-registers = Rekisterit
sheet-data-items = Tietosisältö
sheet-processors = Käsittelijät ja järjestelmät
sheet-transfers = Siirrot kolmansiin maihin
sheet-access = Käyttöoikeudet
sheet-retention = Säilytysajat ja poistaminen
sheet-findings = Puutteet
sheet-sources = Tietolähteet
sheet-disclosures = Vastaanottajat ja luovutukset
sheet-rights = Oikeuksien toteuttaminen
sheet-people = Henkilöt
sheet-cookies = Evästeet

## Organisation sheet.

field = Tieto
value = Arvo
printed-on = Tulostettu
# The workbook's heading or column for what the window asks with `decided-by`, which explains or asks in the form's words.
workbook-decided-by = Päättää ilmoituksista
notify-authority = Ilmoitus valvontaviranomaiselle 72 tunnin kuluessa
inform-data-subjects = Rekisteröidyille ilmoitetaan, jos riski on korkea
# The workbook's heading or column for what the window asks with `breach-log`, which explains or asks in the form's words.
workbook-breach-log = Loukkausloki
# The workbook's heading or column for what the window asks with `post-incident-review`, which explains or asks in the form's words.
workbook-post-incident-review = Jälkiarviointi

## Registers sheet.

# The workbook's heading or column for what the window asks with `legal-basis`, which explains or asks in the form's words.
workbook-legal-basis = Oikeusperuste (6 art.)
# The workbook's heading or column for what the window asks with `legitimate-interest`, which explains or asks in the form's words.
workbook-legitimate-interest = Oikeutettu etu
# The workbook's heading or column for what the window asks with `sources`, which explains or asks in the form's words.
workbook-sources = Tietolähteet
# The workbook's heading or column for what the window asks with `recipients`, which explains or asks in the form's words.
workbook-recipients = Vastaanottajat
third-countries = Kolmannet maat
# The workbook's heading or column for what the window asks with `security-measures`, which explains or asks in the form's words.
workbook-security-measures = Turvatoimet
rights-procedure = Rekisteröityjen oikeudet
# The workbook's heading or column for what the window asks with `storage-locations`, which explains or asks in the form's words.
workbook-storage-locations = Säilytyspaikat
on-paper = paperilla
# The workbook's heading or column for what the window asks with `no-transfers`, which explains or asks in the form's words.
workbook-no-transfers = Ei siirtoja EU:n tai ETA:n ulkopuolelle
# The workbook's heading or column for what the window asks with `dpf-checked-on`, which explains or asks in the form's words.
workbook-dpf-checked-on = DPF tarkistettu

## Data items sheet.

item = Tieto
is-personal-data = Henkilötieto

## Processors sheet.

# The workbook's heading or column for what the window asks with `product`, which explains or asks in the form's words.
workbook-product = Tuote / palvelu
used-by-registers = Käyttävät rekisterit
agreement-signed = Sopimus allekirjoitettu
agreement-reference = Sopimusviite

## Sources, disclosures, rights, people and cookies.

# The workbook's heading or column for what the window asks with `kind`, which explains or asks in the form's words.
workbook-kind = Tyyppi
# The workbook's heading or column for what the window asks with `public-source`, which explains or asks in the form's words.
workbook-public-source = Julkinen lähde
# The workbook's heading or column for what the window asks with `collection-procedure`, which explains or asks in the form's words.
workbook-collection-procedure = Keräystapa
data-disclosed = Luovutettavat tiedot
why = Tarkoitus
how = Tapa
# The workbook's heading or column for what the window asks with `deadline-days`, which explains or asks in the form's words.
workbook-deadline-days = Vastausaika (päivää)
extract-format = Muoto
responsibilities = Tehtävät
responsible-for-deletion = Vastuu poistamisesta
cookie-duration = Istunto / pysyvä

## Transfers sheet.

through = Järjestelmä tai vastaanottaja
# The workbook's heading or column for what the window asks with `documentation`, which explains or asks in the form's words.
workbook-documentation = Suojatoimien dokumentaatio

## Access matrix.

access = Pääsy

## Retention schedule.

data-group = Tietoryhmä
# The workbook's heading or column for what the window asks with `trigger`, which explains or asks in the form's words.
workbook-trigger = Alkamisperuste
# The workbook's heading or column for what the window asks with `deletion-method`, which explains or asks in the form's words.
workbook-deletion-method = Poistotapa
# The workbook's heading or column for what the window asks with `routine`, which explains or asks in the form's words.
workbook-routine = Poistorutiini
interval-months = Väli (kuukautta)
# The workbook's heading or column for what the window asks with `last-reviewed`, which explains or asks in the form's words.
workbook-last-reviewed = Viimeksi tehty
# The workbook's heading or column for what the window asks with `next-review`, which explains or asks in the form's words.
workbook-next-review = Seuraava kerta
# The workbook's heading or column for what the window asks with `overdue`, which explains or asks in the form's words.
workbook-overdue = Myöhässä

## Findings.

# The workbook's heading or column for what the window asks with `severity`, which explains or asks in the form's words.
workbook-severity = Vakavuus
record = Kohde
# The workbook's heading or column for what the window asks with `finding-answer`, which explains or asks in the form's words.
workbook-finding-answer = Vastattu

## The breach log, the request log, the DPIA screening and the record kept as processor.

sheet-breaches = Tietoturvaloukkaukset
sheet-requests = Rekisteröityjen pyynnöt
sheet-dpia = Vaikutustenarvioinnin tarve
sheet-processor-record = Seloste käsittelijänä
happened = Tapahtui
notification-deadline = Ilmoitus viimeistään (72 h)
data-items-concerned = Koskee tietoja
# The workbook's heading or column for what the window asks with `approximate-people`, which explains or asks in the form's words.
workbook-approximate-people = Arvioitu asianosaisten määrä
consequences = Todennäköiset seuraukset
measures-taken = Toteutetut toimenpiteet
risk = Riski
# The workbook's heading or column for what the window asks with `data-subjects-informed`, which explains or asks in the form's words.
workbook-data-subjects-informed = Rekisteröidyille ilmoitettu
# The workbook's heading or column for what the window asks with `not-informed-reason`, which explains or asks in the form's words.
workbook-not-informed-reason = Syy olla ilmoittamatta
review-answers = Jälkiarviointi
# The workbook's heading or column for what the window asks with `extended`, which explains or asks in the form's words.
workbook-extended = Jatkettu (12.3 art.)
actions = Toimenpiteet
screened = Arvioitu
# The workbook's heading or column for what the window asks with `dpia-done`, which explains or asks in the form's words.
workbook-dpia-done = Vaikutustenarviointi tehty
# The workbook's heading or column for what the window asks with `reference`, which explains or asks in the form's words.
workbook-reference = Viite
outcome = Tulos
# The workbook's heading or column for what the window asks with `sub-processors`, which explains or asks in the form's words.
workbook-sub-processors = Alihankkijat (alikäsittelijät)

## The fixed vocabularies (glossary.md)


## Art. 6(1): the lawful bases of processing.

legal-basis-consent = Suostumus
legal-basis-contract = Sopimus
legal-basis-legal-obligation = Lakisääteinen velvoite
legal-basis-vital-interests = Elintärkeät edut
legal-basis-public-task = Yleistä etua koskeva tehtävä tai julkisen vallan käyttö
legal-basis-legitimate-interests = Oikeutettu etu

## Art. 9(2): the conditions that allow processing of special categories.

special-category-condition-explicit-consent = Nimenomainen suostumus
special-category-condition-employment-law = Työoikeus, sosiaaliturva ja sosiaalinen suojelu
special-category-condition-vital-interests = Elintärkeät edut
special-category-condition-not-for-profit-body = Voittoa tavoittelematon yhteisö
special-category-condition-made-public = Rekisteröidyn julkisiksi saattamat tiedot
special-category-condition-legal-claims = Oikeusvaateet
special-category-condition-substantial-public-interest = Tärkeä yleinen etu
special-category-condition-health-or-social-care = Terveydenhuolto, sosiaalihuolto, työterveyshuolto
special-category-condition-public-health = Kansanterveys
special-category-condition-archiving-research-statistics = Arkistointi, tutkimus, tilastointi

## Art. 9(1): the special categories of personal data. (Not in the glossary; official GDPR wording.)

special-category-racial-or-ethnic-origin = Rotu tai etninen alkuperä
special-category-political-opinions = Poliittiset mielipiteet
special-category-religious-beliefs = Uskonnollinen tai filosofinen vakaumus
special-category-trade-union-membership = Ammattiliiton jäsenyys
special-category-genetic-data = Geneettiset tiedot
special-category-biometric-data = Biometriset tiedot
special-category-health = Terveyttä koskevat tiedot
special-category-sex-life-or-orientation = Seksuaalinen käyttäytyminen tai suuntautuminen

## Chapter III: the rights of the data subject.

data-subject-right-information = Oikeus saada tietoa käsittelystä
data-subject-right-access = Oikeus saada pääsy tietoihin
data-subject-right-rectification = Oikeus tietojen oikaisemiseen
data-subject-right-erasure = Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”)
data-subject-right-restriction = Oikeus käsittelyn rajoittamiseen
data-subject-right-portability = Oikeus siirtää tiedot järjestelmästä toiseen
data-subject-right-objection = Vastustamisoikeus
data-subject-right-no-automated-decisions = Oikeus olla joutumatta automatisoidun yksittäispäätöksen kohteeksi
data-subject-right-withdraw-consent = Oikeus peruuttaa suostumus
data-subject-right-prohibit-direct-marketing = Oikeus vastustaa suoramarkkinointia
data-subject-right-complaint = Oikeus tehdä valitus valvontaviranomaiselle

## Chapter V: how a transfer outside the EU/EEA is made lawful.

transfer-mechanism-adequacy-decision = Tietosuojan riittävyyttä koskeva päätös
transfer-mechanism-standard-contractual-clauses = Tietosuojaa koskevat vakiolausekkeet
transfer-mechanism-binding-corporate-rules = Yritystä koskevat sitovat säännöt
transfer-mechanism-derogation = Poikkeukset erityistilanteissa

## Art. 30(1)/(2): whether the organisation is the controller or a processor in a register.

processing-role-controller = Rekisterinpitäjä
processing-role-joint-controller = Yhteisrekisterinpitäjä
processing-role-processor = Henkilötietojen käsittelijä

## Who receives disclosed data (seed 003 §7).

recipient-kind-processor = Henkilötietojen käsittelijä
recipient-kind-independent-controller = Itsenäinen rekisterinpitäjä
recipient-kind-group-company = Konserniyhtiö
recipient-kind-authority = Viranomainen
recipient-kind-customer-organisation = Asiakasorganisaatio
recipient-kind-other = Muu vastaanottaja

## Where personal data come from (seeds 000 §8, 002, 003 §6).

source-kind-data-subject = Rekisteröity itse
source-kind-public-register = Julkinen rekisteri
source-kind-credit-bureau = Luottotietoyhtiö
source-kind-tax-authority = Verohallinto
source-kind-social-media-login = Kirjautuminen sosiaalisen median kautta
source-kind-group-company = Konserniyhtiö
source-kind-business-partner = Yhteistyökumppani tai toimittaja
source-kind-other = Muu lähde

## The type of a protection measure (Art. 32).

measure-kind-technical = Tekninen
measure-kind-organisational = Organisatorinen
measure-kind-physical = Fyysinen

## How changes made by a role are logged (seed 000 §5).

change-logging-full = Kaikki muutokset kirjataan (kuka ja milloin)
change-logging-history-only = Ei lokia historian lisäksi
change-logging-none = Ei lokia

## What starts the retention period.

retention-trigger-inactivity = Käyttämättömyys
retention-trigger-end-of-customer-relationship = Asiakassuhteen päättyminen
retention-trigger-end-of-employment = Työsuhteen päättyminen
retention-trigger-unsubscribe = Tilauksen peruminen
retention-trigger-no-consent = Suostumusta ei anneta
retention-trigger-request-of-data-subject = Rekisteröidyn pyyntö
retention-trigger-manual-deletion = Käsin poistaminen
retention-trigger-statutory-period = Lakisääteinen aika
retention-trigger-other = Muu

## How a retention rule is carried out.

deletion-method-automatic = Automaattisesti
deletion-method-manual = Käsin

## Cookie classes as used in consent banners.

cookie-class-necessary = Välttämättömät
cookie-class-functional = Toiminnalliset
cookie-class-preference = Asetukset
cookie-class-statistics = Tilastointi
cookie-class-marketing = Markkinointi

## CookieDuration

cookie-duration-session = Istuntoeväste
cookie-duration-persistent = Pysyvä eväste

## The agreement that governs a processor or system (Art. 26, 28).

agreement-kind-processor-agreement = Käsittelysopimus
agreement-kind-joint-controller-arrangement = Yhteisrekisterinpitäjien järjestely
agreement-kind-terms-of-service = Toimittajan vakioehdot
agreement-kind-contract = Sopimus

## Who runs a system: the organisation itself or a third party.

hosting-in-house = Oma ylläpito
hosting-third-party = Ulkoinen toimittaja

## Data protection impact assessment (Art. 35).

dpia-status-not-assessed = Ei arvioitu
dpia-status-not-needed = Ei tarpeen
dpia-status-needed = Tarpeen, ei tehty
dpia-status-done = Tehty

## Whether the data subject must give an item (Art. 13(2)(e)).

item-requirement-mandatory = Pakollinen
item-requirement-optional = Vapaaehtoinen

## Whether giving the data is a statutory or contractual requirement (Art. 13(2)(e)).

provision-requirement-no-requirement = Ei vaatimusta
provision-requirement-statutory = Lakisääteinen vaatimus
provision-requirement-contractual = Sopimukseen perustuva vaatimus
provision-requirement-needed-for-contract = Edellytys sopimuksen tekemiselle

## The risk a personal data breach poses to the people concerned (Art. 33(1),

breach-risk-unlikely = Ei todennäköisesti aiheuta riskiä
breach-risk-risk = Riski
breach-risk-high-risk = Korkea riski

## The nine criteria of processing likely to result in a high risk, from the

dpia-criterion-evaluation-or-scoring = Arviointi tai pisteytys, myös profilointi ja ennakointi
dpia-criterion-automated-decisions = Automaattinen päätöksenteko, jolla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia
dpia-criterion-systematic-monitoring = Järjestelmällinen valvonta
dpia-criterion-sensitive-data = Arkaluonteiset tiedot tai erittäin henkilökohtaiset tiedot
dpia-criterion-large-scale = Laajamittaisesti käsiteltävät tiedot
dpia-criterion-matching-or-combining = Aineistojen yhteensovittaminen tai yhdistäminen
dpia-criterion-vulnerable-data-subjects = Haavoittuvassa asemassa olevia rekisteröityjä koskevat tiedot
dpia-criterion-innovative-technology = Innovatiivinen käyttö tai uusien teknologisten tai organisatoristen ratkaisujen soveltaminen
dpia-criterion-prevents-rights = Käsittely estää rekisteröityjä käyttämästä oikeuttaan tai palvelua tai sopimusta

## Processing that needs a DPIA on its own: the cases of Art. 35(3) (the

dpia-listed-processing-extensive-evaluation = Järjestelmällinen ja kattava henkilökohtaisten ominaisuuksien arviointi, joka perustuu automaattiseen käsittelyyn ja johon perustuu oikeusvaikutuksia tuottavia päätöksiä (35.3 a art.)
dpia-listed-processing-large-scale-special-categories = Erityisiin henkilötietoryhmiin kuuluvien tai rikostuomioita koskevien tietojen laajamittainen käsittely (35.3 b art.)
dpia-listed-processing-public-area-monitoring = Yleisölle avoimen alueen järjestelmällinen valvonta laajamittaisesti (35.3 c art.)
dpia-listed-processing-biometric-identification = Biometriset tiedot henkilön yksiselitteiseen tunnistamiseen, ja lisäksi vähintään yksi kriteereistä (tietosuojavaltuutetun luettelo)
dpia-listed-processing-genetic-data = Geneettiset tiedot, ja lisäksi vähintään yksi kriteereistä (tietosuojavaltuutetun luettelo)
dpia-listed-processing-location-data = Sijaintitiedot, ja lisäksi vähintään yksi kriteereistä (tietosuojavaltuutetun luettelo)
dpia-listed-processing-not-informed = Rekisteröityjä ei informoida 14 artiklan 5 kohdan nojalla (tietosuojavaltuutetun luettelo)
dpia-listed-processing-whistleblowing = Ilmiantojärjestelmä eli whistleblowing (tietosuojavaltuutetun luettelo)

## How far a list goes: a list that is not exhaustive says so ("among others", "mainly").

list-qualifier-among-others = muun muassa
list-qualifier-mainly = pääasiassa

## The parts of a register a template fills; each stays marked as template

template-section-description = Kuvaus
template-section-answers = Vastaukset rekisterin kysymyksiin
template-section-data-subjects = Rekisteröidyt
template-section-purposes = Käyttötarkoitukset ja oikeusperusteet
template-section-data-items = Henkilötiedot
template-section-sources = Tietolähteet
template-section-recipients = Vastaanottajat
template-section-retention = Säilytysaika
template-section-rights = Rekisteröidyn oikeudet

## What a legal basis means, in words a data subject understands

basis-explained-consent = olet antanut suostumuksesi, ja voit peruuttaa sen milloin tahansa
basis-explained-contract = käsittely on tarpeen kanssasi tehdyn sopimuksen täytäntöön panemiseksi tai pyynnöstäsi ennen sopimuksen tekemistä
basis-explained-legal-obligation = käsittely on tarpeen meitä koskevan lakisääteisen velvoitteen noudattamiseksi
basis-explained-vital-interests = käsittely on tarpeen sinun tai jonkun toisen elintärkeiden etujen, kuten hengen tai terveyden, suojaamiseksi
basis-explained-public-task = käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi
basis-explained-legitimate-interests = käsittely on tarpeen meidän tai kolmannen osapuolen oikeutetun edun toteuttamiseksi, eivätkä etusi tai perusoikeutesi ja -vapautesi syrjäytä tätä etua

## What a right lets the data subject do (the notice)

right-explained-information = Sinulla on oikeus saada tietoa siitä, miten käsittelemme henkilötietojasi. Tämä seloste antaa sinulle nämä tiedot.
right-explained-access = Voit saada tietää, käsittelemmekö tietojasi, ja saada niistä jäljennöksen.
right-explained-rectification = Voit pyytää virheellisten tai puutteellisten tietojen oikaisemista.
right-explained-erasure = Voit pyytää tietojen poistamista, kun emme enää tarvitse niitä tai meillä ei enää ole oikeutta käsitellä niitä.
right-explained-restriction = Voit pyytää käsittelyn rajoittamista esimerkiksi sen ajan, kun oikaisupyyntöä selvitetään.
right-explained-portability = Jos käsittely perustuu suostumukseesi tai kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.
right-explained-objection = Sinulla on oikeus henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella milloin tahansa vastustaa käsittelyä, joka perustuu oikeutettuun etuumme tai yleistä etua koskevan tehtävän suorittamiseen tai julkisen vallan käyttämiseen. Emme tällöin saa enää käsitellä tietoja, paitsi jos voimme osoittaa, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai jos käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.
right-explained-no-automated-decisions = Sinulla on oikeus olla joutumatta sellaisen päätöksen kohteeksi, joka perustuu pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja jolla on sinua koskevia oikeusvaikutuksia tai joka vaikuttaa sinuun vastaavalla tavalla merkittävästi.
right-explained-withdraw-consent = Voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta suostumuksen perusteella ennen peruuttamista tehdyn käsittelyn lainmukaisuuteen.
right-explained-prohibit-direct-marketing = Voit milloin tahansa vastustaa tietojesi käyttöä suoramarkkinointiin, jolloin lopetamme sen.
right-explained-complaint = Voit tehdä valituksen valvontaviranomaiselle, ks. kohta 13.

## Sentences and words of the documents

security-word-technical = teknisin
security-word-organisational = organisatorisin
security-word-physical = fyysisin
list-and = ja
security-intro-named = Suojaamme tiedot { $kinds } toimin:
portability-consent = Jos käsittely perustuu suostumukseesi ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.
portability-contract = Jos käsittely perustuu kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.
page-of = sivu { $page } / { $pages }
month-1 = tammikuu
month-2 = helmikuu
month-3 = maaliskuu
month-4 = huhtikuu
month-5 = toukokuu
month-6 = kesäkuu
month-7 = heinäkuu
month-8 = elokuu
month-9 = syyskuu
month-10 = lokakuu
month-11 = marraskuu
month-12 = joulukuu
article-point = { $reference } art.
days = { $count } päivää
days-one = 1 päivä
answer-within-days = Vastaamme { $count } päivän kuluessa.
answer-within-one-day = Vastaamme vuorokauden kuluessa.
every-month = kuukausittain
every-year = kerran vuodessa
every-months = { $months } kuukauden välein
registers-part = Rekisterit { $first }–{ $last } / { $total }

## The change report of a merge

change-report-title = Toisen kopion muutokset
change-report-compared = Verrattu tiedostoon
change-report-shared = Kopioilla on yhteinen historia muutokseen { $at } ({ $who }) asti; sen jälkeen toisessa kopiossa on { $n } muutosta.
change-report-unrelated = Kopioilla ei ole yhteistä historiaa: ne verrataan tietue tietueelta, eikä mitään poisteta.
change-report-forgotten = { $n } toisessa kopiossa unohdettua tietuetta ei tuoda takaisin.
change-report-nothing = Toisessa kopiossa ei ole muutoksia, joita tässä ei ole.
change-report-organisation = Organisaatio ja yhteiset tiedot
change-report-register = Rekisteri
change-report-created = uusi
change-report-changed = muutettu
change-report-deleted = poistettu
change-report-by = tekijä
change-report-field = Tieto
change-report-before = Ennen
change-report-after = Jälkeen
change-report-mine = Tämä kopio
change-report-theirs = Toinen kopio
change-report-conflict = Ristiriita
change-report-whole-record = koko tietue
change-report-taken = otetaan mukaan
change-report-left = jätetään pois
change-report-open = ratkaisematta: tämän kopion arvo jää
change-report-kept-mine = tämän kopion arvo säilytetään
change-report-took-theirs = toisen kopion arvo otetaan
change-report-wrote = oma teksti
change-report-not-merged = ei voida ottaa mukaan
change-report-empty = (tyhjä)



## The menu bar (src-tauri/src/menu.rs). An ampersand marks the key letter
## (Alt + that letter); each letter is used once per menu.

menu-file = &Tiedosto
menu-new = &Uusi asiakirja…
menu-open = &Avaa…
menu-open-recent = Avaa &viimeisin
menu-no-recent = Ei viimeisimpiä tiedostoja
menu-save-copy = Tallenna &kopio…
menu-compare-merge = Ve&rtaa ja yhdistä toiseen kopioon…
menu-export = Vi&e…
menu-close = &Sulje asiakirja
menu-quit = &Lopeta
menu-edit = &Muokkaa
menu-undo = &Kumoa
menu-redo = &Tee uudelleen
menu-cut = &Leikkaa
menu-copy = K&opioi
menu-paste = L&iitä
menu-select-all = Valitse k&aikki
menu-view = &Näytä
menu-language = &Kieli
menu-findings = &Puutepaneeli
menu-help = &Ohje
menu-guide = &Käyttöopas
menu-about = &Tietoja Kirjurista


## The user guide (Help → User guide, F1; ui/app/guide.js).

user-guide-title = Käyttöopas
user-guide-file-heading = Asiakirja on yksi tiedosto
user-guide-file-saved = Kirjuri pitää yrityksen tietosuojadokumentaation yhdessä .sqlite-tiedostossa. Jokainen muutos tallentuu heti, joten tallennuspainiketta ei ole eikä mitään katoa, kun suljet ohjelman.
user-guide-file-undo = Kumoa (Ctrl+Z) peruu viimeisimmän muutoksen, myös kun tiedosto on välillä suljettu ja avattu. Muutoshistoria näyttää, kuka muutti mitä ja milloin.
user-guide-register-heading = Mikä on rekisteri?
user-guide-register-what = Rekisteri on henkilötietojen käsittely, jolla on oma tarkoituksensa, esimerkiksi asiakasrekisteri, henkilöstörekisteri tai uutiskirjeen tilaajat.
user-guide-register-describe = Kuvaa kustakin rekisteristä, miksi tietoja käsitellään ja millä oikeusperusteella, mitä tietoja ja keitä rekisteröityjä se koskee, mistä tiedot saadaan, kenelle niitä luovutetaan, mitä järjestelmiä ja henkilötietojen käsittelijöitä käytetään, siirrot EU:n tai ETA:n ulkopuolelle ja kuinka kauan tietoja säilytetään.
user-guide-documents-heading = Seloste käsittelytoimista ja tietosuojaseloste
user-guide-documents-record = Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla) on yrityksen oma luettelo kaikista rekistereistä. Se näytetään valvontaviranomaiselle pyynnöstä. Vie se PDF- tai Excel-tiedostoksi valikosta Tiedosto → Vie (Ctrl+E).
user-guide-documents-notice = Tietosuojaseloste (13 ja 14 artikla) kertoo rekisteröidyille, miten heidän tietojaan käsitellään. Se laaditaan rekisterikohtaisesti ja julkaistaan esimerkiksi yrityksen verkkosivuilla. Sen voi viedä PDF-tiedostoksi suomeksi, ruotsiksi tai englanniksi.
user-guide-documents-only-yours = Asiakirjoissa on vain se, minkä olet itse kirjoittanut. Puuttuvat tiedot näkyvät puutteina, eivät valmiina lauseina.
user-guide-import-heading = Aloita olemassa olevasta selosteesta
user-guide-import-choose = Onko yrityksellä jo rekisteri- tai tietosuojaseloste (.docx, .odt, .pdf, .html tai teksti)? Valitse aloitussivulta Aloita nykyisestä selosteestani. Kirjuri sijoittaa jokaisen kappaleen omaan kenttäänsä eikä keksi mitään: mitä teksti ei sano, jää vastaamatta.
user-guide-import-review = Tarkista seloste sitten kohta kohdalta kohdassa Tuotu seloste: vanha teksti on sen vieressä, mitä Kirjuri siitä teki. Sijoita se, mitä ei sijoitettu, oikeaan paikkaan ja vahvista jokainen kohta. Tietosuojaseloste on luonnos, kunnes kaikki on vahvistettu, ja vanha teksti poistetaan tiedostosta, kun tarkistus on valmis. Kumoa peruu koko tuonnin yhdellä kertaa.
user-guide-sharing-heading = Tiedoston jakaminen kirjanpitäjälle
user-guide-sharing-copy = Tiedosto on koko asiakirja. Tallenna kopio valikosta Tiedosto → Tallenna kopio (Ctrl+Vaihto+S) ja lähetä se sähköpostilla; vastaanottaja avaa sen Kirjurilla omalla koneellaan.
user-guide-sharing-without = Jos vastaanottajalla ei ole Kirjuria, lähetä viedyt PDF- tai Excel-tiedostot. Älä muokkaa samaa tiedostoa kahdelta koneelta yhtä aikaa; lähetä tiedosto mieluummin edestakaisin.
user-guide-findings-heading = Mitä puutteet tarkoittavat?
user-guide-findings-panel = Puutteet-paneeli näyttää, mitä puuttuu tai mikä ei täsmää, esimerkiksi käsittelyn tarkoitus ilman oikeusperustetta tai siirto EU:n tai ETA:n ulkopuolelle ilman suojatoimia. Napsauta puutetta siirtyäksesi kenttään.
user-guide-findings-severity = Virheet (●) on korjattava, ennen kuin asiakirjat ovat täydelliset. Varoitukset (▲) kannattaa tarkistaa, mutta ne voivat olla kunnossa. Puutteet eivät koskaan estä tallentamista tai vientiä.
user-guide-keys-heading = Pikanäppäimet
# The name of the Shift key, in the shortcuts the guide lists.
user-guide-shift = Vaihto
user-guide-key-save-copy = Tallenna kopio
user-guide-key-close = Sulje asiakirja
user-guide-key-this-guide = Tämä käyttöopas


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
