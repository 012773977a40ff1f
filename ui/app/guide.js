// The user guide shown by Help → User guide (F1), in Swedish, Finnish and
// English. Static text shipped with the app: nothing is fetched. Each language
// has the same sections in the same order (checked by ui/tests/guide.test.mjs);
// a section is a heading and paragraphs, and `keys` rows are shortcut + meaning.

export const GUIDE = {
  sv: {
    title: 'Användarhandbok',
    sections: [
      {
        id: 'file',
        heading: 'Ett dokument är en fil',
        paragraphs: [
          'Kirjuri håller företagets dataskyddsdokumentation i en enda .sqlite-fil. Varje ändring sparas direkt när du gör den, så det finns ingen spara-knapp och inget går förlorat när du stänger.',
          'Ångra (Ctrl+Z) tar tillbaka den senaste ändringen, också efter att du har stängt och öppnat filen igen. Historiken visar vem som ändrade vad och när.',
        ],
      },
      {
        id: 'register',
        heading: 'Vad är ett register?',
        paragraphs: [
          'Ett register är en behandling av personuppgifter som har ett eget ändamål, till exempel kundregistret, personalregistret eller nyhetsbrevets prenumeranter.',
          'För varje register beskriver du varför uppgifterna behandlas och med vilken rättslig grund, vilka uppgifter och vilka registrerade det gäller, varifrån uppgifterna kommer, vem som får dem, vilka system och personuppgiftsbiträden som används, överföringar utanför EU/EES och hur länge uppgifterna sparas.',
        ],
      },
      {
        id: 'documents',
        heading: 'Registret över behandling och dataskyddsbeskrivningen',
        paragraphs: [
          'Registret över behandling (artikel 30 i dataskyddsförordningen) är företagets egen förteckning över alla register. Det visas för tillsynsmyndigheten om den ber om det. Exportera det som PDF eller Excel med Arkiv → Exportera (Ctrl+E).',
          'Dataskyddsbeskrivningen (artiklarna 13 och 14) berättar för de registrerade hur deras uppgifter behandlas. Den görs per register och publiceras till exempel på företagets webbplats. Den exporteras som PDF på svenska, finska eller engelska.',
          'Dokumenten innehåller bara det du själv har skrivit in. Det som saknas syns som brister, inte som färdiga meningar.',
        ],
      },
      {
        id: 'import',
        heading: 'Utgå från en befintlig beskrivning',
        paragraphs: [
          'Har företaget redan en registerbeskrivning eller dataskyddsbeskrivning (.docx, .odt, .pdf, .html eller text)? Välj Utgå från min befintliga beskrivning på startsidan. Kirjuri placerar varje stycke i sitt fält och hittar inte på något: det texten inte säger förblir obesvarat.',
          'Granska sedan beskrivningen avsnitt för avsnitt under Inläst beskrivning: den gamla texten står bredvid det Kirjuri gjorde av den. Lägg det som inte placerades där det hör hemma och bekräfta varje avsnitt. Dataskyddsbeskrivningen är ett utkast tills allt är bekräftat, och den gamla texten tas bort ur filen när granskningen är klar. Ångra tar tillbaka hela inläsningen i ett steg.',
        ],
      },
      {
        id: 'sharing',
        heading: 'Dela filen med bokföraren',
        paragraphs: [
          'Filen är hela dokumentet. Spara en kopia med Arkiv → Spara kopia (Ctrl+Skift+S) och skicka den per e-post; mottagaren öppnar den i Kirjuri på sin egen dator.',
          'Den som inte har Kirjuri får de exporterade PDF- eller Excel-filerna. Arbeta inte i samma fil från två datorer samtidigt; skicka hellre filen fram och tillbaka.',
        ],
      },
      {
        id: 'findings',
        heading: 'Vad betyder bristerna?',
        paragraphs: [
          'Panelen Brister visar vad som saknas eller inte hänger ihop, till exempel ett ändamål utan rättslig grund eller en överföring utanför EU/EES utan skyddsåtgärd. Klicka på en brist för att komma till fältet.',
          'Fel (●) ska åtgärdas innan dokumenten är fullständiga. Varningar (▲) är värda att kontrollera men kan vara i sin ordning. Bristerna hindrar aldrig att du sparar eller exporterar.',
        ],
      },
      {
        id: 'keys',
        heading: 'Kortkommandon',
        keys: [
          ['Ctrl+N', 'Nytt dokument'],
          ['Ctrl+O', 'Öppna'],
          ['Ctrl+Skift+S', 'Spara kopia'],
          ['Ctrl+E', 'Exportera'],
          ['Ctrl+W', 'Stäng dokumentet'],
          ['Ctrl+Z', 'Ångra'],
          ['Ctrl+Skift+Z, Ctrl+Y', 'Gör om'],
          ['F1', 'Den här handboken'],
        ],
      },
    ],
  },
  fi: {
    title: 'Käyttöopas',
    sections: [
      {
        id: 'file',
        heading: 'Asiakirja on yksi tiedosto',
        paragraphs: [
          'Kirjuri pitää yrityksen tietosuojadokumentaation yhdessä .sqlite-tiedostossa. Jokainen muutos tallentuu heti, joten tallennuspainiketta ei ole eikä mitään katoa, kun suljet ohjelman.',
          'Kumoa (Ctrl+Z) peruu viimeisimmän muutoksen, myös kun tiedosto on välillä suljettu ja avattu. Muutoshistoria näyttää, kuka muutti mitä ja milloin.',
        ],
      },
      {
        id: 'register',
        heading: 'Mikä on rekisteri?',
        paragraphs: [
          'Rekisteri on henkilötietojen käsittely, jolla on oma tarkoituksensa, esimerkiksi asiakasrekisteri, henkilöstörekisteri tai uutiskirjeen tilaajat.',
          'Kuvaa kustakin rekisteristä, miksi tietoja käsitellään ja millä oikeusperusteella, mitä tietoja ja keitä rekisteröityjä se koskee, mistä tiedot saadaan, kenelle niitä luovutetaan, mitä järjestelmiä ja henkilötietojen käsittelijöitä käytetään, siirrot EU:n tai ETA:n ulkopuolelle ja kuinka kauan tietoja säilytetään.',
        ],
      },
      {
        id: 'documents',
        heading: 'Seloste käsittelytoimista ja tietosuojaseloste',
        paragraphs: [
          'Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla) on yrityksen oma luettelo kaikista rekistereistä. Se näytetään valvontaviranomaiselle pyynnöstä. Vie se PDF- tai Excel-tiedostoksi valikosta Tiedosto → Vie (Ctrl+E).',
          'Tietosuojaseloste (13 ja 14 artikla) kertoo rekisteröidyille, miten heidän tietojaan käsitellään. Se laaditaan rekisterikohtaisesti ja julkaistaan esimerkiksi yrityksen verkkosivuilla. Sen voi viedä PDF-tiedostoksi suomeksi, ruotsiksi tai englanniksi.',
          'Asiakirjoissa on vain se, minkä olet itse kirjoittanut. Puuttuvat tiedot näkyvät puutteina, eivät valmiina lauseina.',
        ],
      },
      {
        id: 'import',
        heading: 'Aloita olemassa olevasta selosteesta',
        paragraphs: [
          'Onko yrityksellä jo rekisteri- tai tietosuojaseloste (.docx, .odt, .pdf, .html tai teksti)? Valitse aloitussivulta Aloita nykyisestä selosteestani. Kirjuri sijoittaa jokaisen kappaleen omaan kenttäänsä eikä keksi mitään: mitä teksti ei sano, jää vastaamatta.',
          'Tarkista seloste sitten kohta kohdalta kohdassa Tuotu seloste: vanha teksti on sen vieressä, mitä Kirjuri siitä teki. Sijoita se, mitä ei sijoitettu, oikeaan paikkaan ja vahvista jokainen kohta. Tietosuojaseloste on luonnos, kunnes kaikki on vahvistettu, ja vanha teksti poistetaan tiedostosta, kun tarkistus on valmis. Kumoa peruu koko tuonnin yhdellä kertaa.',
        ],
      },
      {
        id: 'sharing',
        heading: 'Tiedoston jakaminen kirjanpitäjälle',
        paragraphs: [
          'Tiedosto on koko asiakirja. Tallenna kopio valikosta Tiedosto → Tallenna kopio (Ctrl+Vaihto+S) ja lähetä se sähköpostilla; vastaanottaja avaa sen Kirjurilla omalla koneellaan.',
          'Jos vastaanottajalla ei ole Kirjuria, lähetä viedyt PDF- tai Excel-tiedostot. Älä muokkaa samaa tiedostoa kahdelta koneelta yhtä aikaa; lähetä tiedosto mieluummin edestakaisin.',
        ],
      },
      {
        id: 'findings',
        heading: 'Mitä puutteet tarkoittavat?',
        paragraphs: [
          'Puutteet-paneeli näyttää, mitä puuttuu tai mikä ei täsmää, esimerkiksi käsittelyn tarkoitus ilman oikeusperustetta tai siirto EU:n tai ETA:n ulkopuolelle ilman suojatoimia. Napsauta puutetta siirtyäksesi kenttään.',
          'Virheet (●) on korjattava, ennen kuin asiakirjat ovat täydelliset. Varoitukset (▲) kannattaa tarkistaa, mutta ne voivat olla kunnossa. Puutteet eivät koskaan estä tallentamista tai vientiä.',
        ],
      },
      {
        id: 'keys',
        heading: 'Pikanäppäimet',
        keys: [
          ['Ctrl+N', 'Uusi asiakirja'],
          ['Ctrl+O', 'Avaa'],
          ['Ctrl+Vaihto+S', 'Tallenna kopio'],
          ['Ctrl+E', 'Vie'],
          ['Ctrl+W', 'Sulje asiakirja'],
          ['Ctrl+Z', 'Kumoa'],
          ['Ctrl+Vaihto+Z, Ctrl+Y', 'Tee uudelleen'],
          ['F1', 'Tämä käyttöopas'],
        ],
      },
    ],
  },
  en: {
    title: 'User guide',
    sections: [
      {
        id: 'file',
        heading: 'A document is one file',
        paragraphs: [
          "Kirjuri keeps your company's data protection documentation in one .sqlite file. Every change is saved the moment you make it: there is no save button, and closing loses nothing.",
          'Undo (Ctrl+Z) takes back the last change, even after the file was closed and opened again. The history shows who changed what, and when.',
        ],
      },
      {
        id: 'register',
        heading: 'What is a register?',
        paragraphs: [
          'A register is a processing of personal data with a purpose of its own, such as the customer register, the staff register or the newsletter subscribers.',
          'For each register you describe why the data are processed and on which legal basis, which data and which data subjects it concerns, where the data come from, who receives them, which systems and processors are used, transfers outside the EU/EEA and how long the data are kept.',
        ],
      },
      {
        id: 'documents',
        heading: 'The record of processing activities and the privacy notice',
        paragraphs: [
          "The record of processing activities (Article 30 GDPR) is the company's own list of all its registers. It is shown to the supervisory authority when the authority asks for it. Export it as PDF or Excel with File → Export (Ctrl+E).",
          'The privacy notice (Articles 13 and 14) tells the data subjects how their data are processed. There is one per register, published for example on the company website. It is exported as PDF in Swedish, Finnish or English.',
          'The documents contain only what you wrote. What is missing shows up as findings, never as ready-made sentences.',
        ],
      },
      {
        id: 'import',
        heading: 'Starting from an existing description',
        paragraphs: [
          'Does your company already have a register description or privacy notice (.docx, .odt, .pdf, .html or text)? Choose Start from my existing description on the start screen. Kirjuri puts each passage in its field and invents nothing: what the text does not say stays unanswered.',
          "Then review it section by section under Imported description: the old text stands beside what Kirjuri made of it. Put what was not placed where it belongs and confirm each section. The privacy notice is a draft until everything is confirmed, and the old text leaves the file when the review is finished. Undo takes back the whole import in one step.",
        ],
      },
      {
        id: 'sharing',
        heading: 'Sharing the file with your accountant',
        paragraphs: [
          'The file is the whole document. Save a copy with File → Save a copy (Ctrl+Shift+S) and send it by e-mail; the recipient opens it in Kirjuri on their own computer.',
          'Someone without Kirjuri gets the exported PDF or Excel files. Do not work in the same file from two computers at once; send the file back and forth instead.',
        ],
      },
      {
        id: 'findings',
        heading: 'What do the findings mean?',
        paragraphs: [
          'The Findings panel shows what is missing or does not fit together, such as a purpose without a legal basis or a transfer outside the EU/EEA without a safeguard. Click a finding to go to its field.',
          'Errors (●) need fixing before the documents are complete. Warnings (▲) are worth checking but may be in order. Findings never stop you from saving or exporting.',
        ],
      },
      {
        id: 'keys',
        heading: 'Keyboard shortcuts',
        keys: [
          ['Ctrl+N', 'New document'],
          ['Ctrl+O', 'Open'],
          ['Ctrl+Shift+S', 'Save a copy'],
          ['Ctrl+E', 'Export'],
          ['Ctrl+W', 'Close the document'],
          ['Ctrl+Z', 'Undo'],
          ['Ctrl+Shift+Z, Ctrl+Y', 'Redo'],
          ['F1', 'This guide'],
        ],
      },
    ],
  },
};
