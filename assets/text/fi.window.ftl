### Kirjuri text catalogue, Finnish: the menu bar and the user guide.


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
