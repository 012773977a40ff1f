### Kirjuri text catalogue: Swedish. The Swedish of Finland; `.sweden` gives the word of Sweden where it differs.


## The window


## The frame

app-name = Kirjuri
ui-language = Språk
undo = Ångra
undo-hint = Ångra senaste ändringen (Ctrl+Z)
nothing-to-undo = Inget att ångra.
undone = Ändringen ångrades.
redo = Gör om
redo-hint = Gör om det som ångrades (Ctrl+Skift+Z eller Ctrl+Y)
nothing-to-redo = Inget att göra om.
redone = Ändringen gjordes om.
undid-summary = Ångrat: { $what }
redid-summary = Gjort om: { $what }
summary-created = skapade { $kind } ”{ $name }”
summary-changed = ändrade { $kind } ”{ $name }”
summary-deleted = raderade { $kind } ”{ $name }”
summary-others = { $what } och { $n } poster till
summary-others-one = { $what } och 1 post till
read-only-banner = Filen är öppen skrivskyddad: ändringar sparas inte. Använd ”Spara kopia…” för att redigera en kopia.
open-read-only = Öppna skrivskyddat
break-lock = Bryt låset…
break-lock-title = Bryta låset?
break-lock-detail = Gör det bara om du vet att filen inte längre är öppen där (datorn kraschade eller nätverksenheten försvann). Om den ändå är öppen sparas ingen av dess ändringar längre.
reopen = Öppna på nytt
with-history = Med historik
without-history = Utan historik (för att skicka)
save-copy-detail = En kopia utan historik innehåller bara dokumentet som det är nu, inte tidigare versioner eller raderade uppgifter.
copy-saved = Kopian sparades.
findings = Brister
findings-count = { $n } brister
findings-count-one = 1 brist
findings-none = Inga brister hittades.
findings-hint = Klicka på en brist för att gå till fältet.
errors-count = { $n } fel
errors-count-one = 1 fel
warnings-count = { $n } varningar
warnings-count-one = 1 varning
severity-error = Fel
severity-warning = Varning
check-language = Språk att kontrollera
check-language-none = inget språk
export = Exportera
export-hint = Exportera PDF eller Excel
close-document = Stäng
close-document-hint = Stäng dokumentet och gå till startsidan
save-copy = Spara kopia…
saved-automatically = Alla ändringar sparas direkt.
last-changed = Senast ändrad { $d }
navigation = Navigering
settings = Inställningar
user-name = Ditt namn i historiken
user-name-hint = Tomt = inloggningsnamnet ({ $n }).
close = Stäng
cancel = Avbryt
ok = OK
delete = Ta bort
add = Lägg till
add-several = Lägg till { $n }
findings-more = Visa { $n } till (av { $total } som inte visas)
add-one-per-line = En per rad: klistra in en lista för att lägga till flera på en gång (Enter lägger till, Skift+Enter ger en ny rad).
none-selected = —
yes = Ja
no = Nej
untitled = (utan namn)
confirm-delete = Ta bort ”{ $n }”?
confirm-delete-detail = Det som hör till den tas också bort. Du kan ångra med Ctrl+Z.
empty-list = Inget ännu.
working = Arbetar…

## Start screen

start-title = Dataskyddsdokumentation
start-lead = Kirjuri håller företagets dataskyddsdokumentation i en enda fil som du kan spara, e-posta och öppna igen.
new-document = Nytt dokument…
new-document-title = Nytt dokument
open-document = Öppna…
open-document-title = Öppna ett dokument
open-by-path = Öppna en sökväg
open-example = Öppna exempelföretaget…
open-example-title = Exempelföretaget BTB Plaza
open-example-lead = En kopia av exemplet sparas som en ny fil som du kan ändra fritt.
example-file-name = BTB Plaza (exempel).sqlite
recent-documents = Senaste dokument
no-recent = Inga senaste dokument.
missing-file = (filen finns inte längre)
organisation-name = Organisationens namn
file-path = Fil
file-path-hint = Lämna tomt om du vill välja filen i en dialogruta.
create = Skapa
open = Öppna
new-file-name = Dataskydd.sqlite

## Screens

nav-organisation = Organisation
nav-people = Personer
nav-registers = Register
nav-processors = Biträden och system
nav-lists = Gemensamma listor
nav-cookies = Kakor
nav-incidents = Incidentrutin
nav-history = Historik

## Organisation

organisation-title = Organisation (personuppgiftsansvarig)
name = Namn
business-id = FO-nummer / organisationsnummer
vat-number = Momsregistreringsnummer
address = Adress
phone = Telefon
email = E-post
website = Webbplats
country = Land
staff-count = Antal anställda
dpo = Dataskyddsombud
joint-controllers = Gemensamt personuppgiftsansvariga
representative = Företrädare (art. 27)
version-label = Versionsbeteckning
authority-section = Tillsynsmyndighet
authority-default = Standard för landet: { $n }
authority-unknown = Ingen standard för landet; ange myndigheten nedan.
authority-override = Ange en annan tillsynsmyndighet
contact-details = Kontaktuppgifter
other-details = Övrigt

## People

people-title = Personer
people-lead = Kontaktpersoner, dataskyddsombud och de som har åtkomst till registren.
new-person = Ny person
title-field = Titel

## Registers

registers-title = Register (behandlingar)
registers-lead = Varje register är en behandling av personuppgifter.
new-register = Nytt register
new-register-name = Nytt register
col-name = Namn
col-role = Roll
col-purposes = Ändamål
col-findings = Brister
back-to-registers = ← Alla register
delete-register = Ta bort registret
tab-general = Allmänt
tab-data = Uppgifter
tab-purposes = Ändamål
tab-sources = Källor och mottagare
tab-systems = System
tab-security = Skydd
tab-access = Åtkomst
tab-retention = Lagringstid
tab-rights = Rättigheter
description = Beskrivning
role = Vår roll i behandlingen
business-function = Verksamhet / ägare
contact-person = Kontaktperson
created = Upprättad
last-updated = Senast uppdaterad
automated-decisions = Automatiserade beslut eller profilering förekommer
automated-decisions-description = Beskrivning av de automatiserade besluten
provision-requirement = Krav på att lämna uppgifterna
consequence-of-not-providing = Följd om uppgifterna inte lämnas
dpia = Konsekvensbedömning (DPIA)
transfers-outside-eea = Överförs uppgifter utanför EU/EES?
transfers-qualifier = Förbehåll eller undantag ("i regel inte, utom …")
regular-disclosures = Lämnas uppgifter regelmässigt ut?
disclosures-qualifier = Förbehåll eller undantag ("inte, utom med avtal, samtycke eller enligt lag")
disclosure-condition = Villkor eller rättslig grund för utlämnandet
register-law-reference = Lagrum för hela registret
not-answered = Inte besvarat
list-exhaustive = Fullständig förteckning
list-qualifier-items = Förteckningen över uppgifter är
list-qualifier-sources = Förteckningen över källor är
list-qualifier-recipients = Förteckningen över mottagare är
recipient-category = En kategori av mottagare, inte en namngiven mottagare
rights-fee = Avgift
rights-frequency = Hur ofta
rights-refusal-grounds = Grunder för att vägra
# The documents' heading or column for what the window asks with `created`, which explains or asks in the form's words.
document-created = Dokumentet skapat
document-updated = Dokumentet uppdaterat
export-draft = Dokumentet märks UTKAST på varje sida så länge dessa { $n } brister är öppna (åtgärda dem, eller markera dem som inte tillämpliga eller godtagna):
export-draft-one = Dokumentet märks UTKAST på varje sida så länge denna brist är öppen (åtgärda den, eller markera den som inte tillämplig eller godtagen):
export-draft-more = … och { $n } till
export-file-exists = Filen { $n } finns redan. Vill du ersätta den?
export-keep-file = Behåll den
export-replace-file = Ersätt
finding-answer = Besvara
finding-answer-title = Besvara bristen
finding-not-applicable = Inte tillämpligt, eftersom …
finding-accepted = Godtaget tills vidare
finding-reason = Skäl eller anteckning
finding-answered = Besvarad
finding-withdraw = Ta bort svaret
data-subject-categories = Kategorier av registrerade
data-item-groups = Grupper av uppgifter
new-group = Ny grupp
personal-data = Personuppgifter
data-items = Uppgifter
new-data-item = Ny uppgift
group = Grupp
requirement = Obligatorisk / frivillig
consequence-if-not-given = Följd om uppgiften inte lämnas
flags = Slag av uppgift
flag-national-id = Personbeteckning / personnummer
flag-financial = Ekonomiska uppgifter
flag-free-text = Fritext
flag-online-identifier = Onlineidentifikator (IP, IMEI)
flag-credentials = Inloggningsuppgifter
flag-consent = Samtyckesuppgift (t.ex. nyhetsbrev)
flag-criminal-offence = Uppgifter om lagöverträdelser (art. 10)
special-category = Särskild kategori (art. 9)
need-for-national-id = Varför personbeteckningen / personnumret behövs
purposes = Ändamål
new-purpose = Nytt ändamål
purpose-description = Ändamål
direct-marketing = Direktmarknadsföring (rätt att invända, art. 21.2)
legal-bases = Rättslig grund
new-legal-basis = Lägg till rättslig grund
basis = Rättslig grund (art. 6.1)
basis-applies-to = Gäller för (tomt = alla)
legitimate-interest = Det berättigade intresset
special-category-condition = Villkor för särskilda kategorier av personuppgifter (art. 9.2)
law-reference = Lagrum
sources = Uppgiftskällor
disclosures = Mottagare och utlämnanden
new-disclosure = Nytt utlämnande
recipient = Mottagare
disclosed-data = Vilka uppgifter
disclosure-purpose = Varför
disclosure-method = Hur
system-links = System och personuppgiftsbiträden
new-system-link = Koppla ett system
processor = System / biträde
link-data-items = Uppgifter som går dit
usage = Används till
outside-eea-warning = Utanför EU/EES: { $n }. Ange nedan en överföring och dess överföringsmekanism.
add-transfer-for = Lägg till överföring
transfers = Överföringar utanför EU/EES
new-transfer = Ny överföring
mechanism = Överföringsmekanism
documentation = Var skyddsåtgärderna finns dokumenterade
storage-locations = Var uppgifterna förvaras
security-measures = Säkerhetsåtgärder
access-roles = Roller med åtkomst
new-access-role = Ny roll
role-name = Roll
role-people = Personer i rollen
permissions = Får göra
new-permission = Ny behörighet
change-logging = Loggning av ändringar
granted-by = Vem beviljar åtkomst
retention-rules = Regler för lagringstid
new-retention-rule = Ny regel
applies-to-group = Gäller gruppen
whole-register = Hela registret
trigger = Vad startar lagringstiden
period = Tid eller kriterium
deletion-method = Hur raderas
routine = Raderingsrutin
responsible = Ansvarig
review-interval-months = Rutinen körs med … månaders mellanrum
last-reviewed = Senast körd
next-review = Nästa gång: { $d }
overdue = Försenad sedan { $d }
never-reviewed = Har aldrig körts: ska göras nu
rights-procedures = Hur den registrerade utövar sina rättigheter
new-rights-procedure = Nytt förfarande
right = Rättighet
channel = Hur man begär
identity-check = Identitetskontroll
deadline-days = Svarstid (dagar)
format = Format
notes = Villkor och övrigt

## Processors

processors-title = Personuppgiftsbiträden och system
processors-lead = Leverantörer och system som registren använder. Koppla dem till ett register under registrets flik System.
new-processor = Nytt system
vendor = Leverantör (juridiskt namn)
product = Produkt eller tjänst
hosting = Drift
function = Funktion
data-location = Var uppgifterna lagras
data-location-country = Lagringsland (om annat)
data-held = Vilka uppgifter systemet har
agreement = Avtal
has-agreement = Det finns ett avtal
agreement-kind = Slag av avtal
signed = Undertecknat
reference = Referens eller filnamn
used-by = Används av
not-used = Inte kopplat till något register.

## Shared lists

lists-title = Gemensamma listor
lists-lead = Poster som flera register kan välja ur.
kind = Typ
public-source = Offentlig källa (art. 14.2 f)
collection-procedure = Hur uppgifterna samlas in
paper = Papper
storage-system = System
new-entry = Ny post
add-purposes = Nya ändamål, ett per rad
add-data-items = Nya uppgifter, en per rad
add-recipients = Nya mottagare, en per rad
processor-categories = Kategorier av personuppgiftsbiträden
processor-categories-lead = När beskrivningen nämner en kategori i stället för varje leverantör: ”molntjänstleverantörer”, ”koncernbolag”. En kategori behöver inget avtal eller land här; en namngiven leverantör läggs till som system ovan.
processor-category-does = Vad de gör för oss
add-processor-categories = Nya kategorier av biträden, en per rad
move-up = Flytta upp
move-down = Flytta ned
deleted-named = ”{ $n }” raderades.
source-kind = Typ av källa
measure-kind = Typ av skyddsåtgärd
recipient-kind = Typ av mottagare
recipient-category-short = En kategori, inte en namngiven mottagare
kind-not-answered = Typ: inte besvarad – välj
another-kind = en typ till
remove = Ta bort
unpick = Ta bort från det här registret
shared-with = (även i { $n } register)
shared-with-one = (även i 1 register)
public-source-short = Offentlig
pick-shared = Välj en som redan finns
flag-short-national-id = Pers.nr
flag-short-financial = Ekonomi
flag-short-free-text = Fritext
flag-short-online-identifier = Online-id
flag-short-credentials = Inloggning
flag-short-consent = Samtycke
flag-short-criminal-offence = Brott
new-entry-named = Ny: { $n }
pick-from-list = Välj ur listan

## Cookies

cookies-title = Kakor på webbplatsen
new-cookie = Ny kaka
provider = Leverantör
cookie-class = Kategori
duration = Session / permanent
lifetime = Livslängd
cookie-purpose = Syfte
requires-consent = Kräver samtycke

## Incidents

incidents-title = Rutin vid personuppgiftsincidenter
steps = Steg i ordning
new-step = Nytt steg
decided-by = Vem beslutar om anmälan
notify-authority-within-72-hours = Tillsynsmyndigheten underrättas inom 72 timmar (art. 33)
inform-data-subjects-on-high-risk = De registrerade informeras vid hög risk (art. 34)
breach-log = Var incidenter dokumenteras (art. 33.5)
post-incident-review = Uppföljning efter incident
new-review-question = Ny fråga

## History

history-title = Ändringshistorik
history-lead = Varje ändring med vem och när.
when = När
who = Vem
what = Vad
redoes-edit = Gör om det som ångrades i ändring { $n }
forgot-records = Raderade uppgifter glömdes: de togs bort ur historiken.
undoes-edit = Ångrar ändring { $n }
date-placeholder = ÅÅÅÅ-MM-DD
created-record = Ny
deleted-record-label = Borttagen
kind-organisation = Organisation
kind-person = Person
kind-data-subject-category = Kategori av registrerade
kind-source = Källa
kind-recipient = Mottagare
kind-processor = System
kind-storage-location = Förvaringsplats
kind-security-measure = Säkerhetsåtgärd
kind-cookie = Kaka
kind-register = Register
kind-data-item-group = Grupp av uppgifter
kind-data-item = Uppgift
kind-purpose = Ändamål
kind-system-link = Kopplat system
kind-disclosure = Utlämnande
kind-transfer = Överföring
kind-access-role = Roll
kind-retention-rule = Lagringsregel
kind-rights-procedure = Rättighetsförfarande
kind-dpia-screening = Bedömning av behovet av konsekvensbedömning
kind-breach = Personuppgiftsincident
kind-data-subject-request = Begäran från den registrerade
kind-client-controller = Personuppgiftsansvarig (vi som biträde)
history-empty = Inga ändringar ännu.
deleted-record = (borttagen)

## Export

export-title = Exportera
document-type = Dokument
doc-record-pdf = Register över behandling (PDF)
doc-notice-pdf = Dataskyddsbeskrivning för ett register (PDF)
doc-notice-html = Dataskyddsbeskrivning för webbplatsen (HTML)
doc-processor-record-pdf = Register över behandling som personuppgiftsbiträde (PDF, art. 30.2)
doc-xlsx = Register över behandling (Excel)
register = Register
document-language = Dokumentets språk
save-to = Spara som
exported-to = Sparat: { $n }
open-file = Öppna filen
processor-record-file-name = Register över behandling som personuppgiftsbiträde
record-file-name = Register över behandling
notice-file-name = Dataskyddsbeskrivning
export-missing-text = { $n } texter saknas på det valda språket; de skrivs ut på ett annat språk och märks.
no-registers-for-notice = Skapa först ett register.

## The new-document guide, templates and catalogues

country-fi = Finland
country-se = Sverige
guide-country-hint = Landet bestämmer tillsynsmyndigheten och vilka lagar mallarna hänvisar till.

## One-line explanations of fields, shown under them (components.js `fieldHint`: help_KIND_PATH).

help-register-name = Ett namn som de registrerade känner igen. Till exempel: Kund- och marknadsföringsregister.
help-register-description = Vems uppgifter det gäller och varför, med egna ord. Till exempel: kunder och potentiella kunder som vi kontaktar om våra tjänster.
help-register-role = Bestämmer ni själva varför och hur uppgifterna behandlas (ansvarig), eller gör ni det för en kund (biträde)?
help-register-contact-person = Den som svarar på frågor om registret. Finns personen inte i listan, välj ”+ Ny …” och skriv namnet.
help-register-business-function = Den del av företaget som använder registret. Till exempel: försäljning, ekonomi.
help-register-provision-requirement = Måste den registrerade lämna uppgifterna, till exempel enligt lag eller avtal? Informationen ska säga det (art. 13.2 e).
help-register-consequence-of-not-providing = Vad som händer om uppgifterna inte lämnas. Till exempel: vi kan inte leverera beställningen.
help-register-law-reference = En lag som gäller hela registret, om någon. Till exempel: bokföringslagen.
help-register-automated-decisions = Fattar ett program beslut om personer utan att en människa prövar dem, eller profileras de? (art. 22)
help-purpose-description = Varför uppgifterna behandlas, ett ändamål i taget. Till exempel: att skicka nyhetsbrev till dem som beställt det.
help-purpose-legal-bases-legitimate-interest = Vilket intresse ni har och varför det väger tyngre än den registrerades. Till exempel: att sköta kundrelationen.
help-purpose-legal-bases-law-reference = Den lag som kräver eller tillåter behandlingen. Till exempel: bokföringslagen.
help-data-item-name = En uppgift om personen. Till exempel: namn, e-postadress, telefonnummer.
help-retention-rule-period = Hur länge uppgifterna sparas, eller vad som avgör det. Till exempel: 7 år från räkenskapsperiodens slut.
help-retention-rule-routine = Hur och när uppgifterna raderas i praktiken. Till exempel: ekonomichefen raderar gamla uppgifter varje januari.
help-rights-procedure-channel = Hur en person gör sin begäran. Till exempel: e-post till dataskydd@företaget.se.
help-rights-procedure-identity-check = Hur ni försäkrar er om vem som frågar. Till exempel: svar bara till den e-postadress som finns i registret.
help-system-link-usage = Vad registret använder systemet till. Till exempel: utskick av nyhetsbrev.
help-disclosure-data = Vilka uppgifter mottagaren får. Till exempel: namn och adress.
help-processor-function = Vad systemet gör för företaget. Till exempel: bokföring, e-post, kundregister.
preview-toggle = Förhandsgranska
preview-title = Förhandsgranskning
preview-hint = Dataskyddsinformationen som den exporteras. Klicka på ett avsnitt för att gå dit det skrivs.
preview-failed = Förhandsgranskningen kunde inte visas
working-language = Dokumentationens språk
working-language-hint = Formulären visar texterna på det här språket. De andra språken skriver du under Översättning.
nav-translation = Översättning
translation-title = Översättning
translation-lead = Arbetsspråk: { $from }. Varje text står bredvid språket du översätter den till.
translation-other-language = Översätt till
translation-missing = { $n } saknas
translation-only-missing = Visa bara texter som saknas
translation-empty = Dokumentet har inga texter ännu.
translation-source-missing = Saknas på { $l }
guide-working-language = Arbetsspråk
guide-which = Vilka av dessa har ni?
guide-contact = Vem svarar på frågor om personuppgifter?
guide-contact-hint = Kontaktperson för registren; e-postadressen blir också företagets i dataskyddsbeskrivningarna, så att de registrerade når er.
guide-template-answers = Föreslår (du bekräftar varje svar där frågan ställs): { $n }
template-automated-decisions-no = inga automatiserade beslut
template-automated-decisions-yes = automatiserade beslut
template-transfers-outside-eea-no = inga överföringar utanför EU/EES
template-transfers-outside-eea-yes = överföringar utanför EU/EES
template-regular-disclosures-no = inga regelmässiga utlämnanden
template-regular-disclosures-yes = regelmässiga utlämnanden
guide-choose-country-first = Välj först land.
guide-templates-hint = Varje val blir ett register med typiska ändamål, uppgifter, lagringstider och rättigheter. Texten är en mall tills du har läst och bekräftat den.
guide-systems = System ni använder
guide-systems-search = Sök system, leverantör eller funktion
guide-systems-none = Inget system i katalogen matchar.
add-from-catalogue = Lägg till från katalogen…
catalogue-lead = Uppgifterna kopieras till dokumentet, där du kan ändra dem. Om ni har ingått avtal med leverantören anger du själv.
link-from-catalogue = Lägg till ett system från katalogen…
pick-statutory-period = Lagstadgad tid…
template-text-unreviewed = Malltext, inte granskad:
imported-text-unreviewed = Från ert dokument – granska:
template-text-hint = Läs den och ändra det som inte stämmer för er.
confirm-section = Jag har läst den – bekräfta

## H4 (issue 21): suggested answers confirmed where asked; out-of-date translations

suggested-answer = Mallen föreslår:
suggested-answer-imported = Ert gamla dokument säger:
suggested-mechanism = Systemkatalogen anger:
suggested-answer-hint = Frågan är obesvarad tills du bekräftar svaret eller svarar själv.
confirm-answer = Stämmer – bekräfta
translation-only-open = Visa bara texter som saknas eller är inaktuella
translation-stale = { $n } inaktuella
translation-stale-note = Texten på { $l } har ändrats efter att den här översättningen gjordes.
translation-confirm = Översättningen stämmer – bekräfta

## The paperwork: breaches, requests and the review calendar

nav-breaches = Personuppgiftsincidenter
nav-requests = Begäranden
nav-calendar = Kalender
datetime-placeholder = ÅÅÅÅ-MM-DD TT:MM
due-overdue = försenad
upcoming = kommande
breaches-title = Personuppgiftsincidenter
breaches-lead = Dokumentera varje personuppgiftsincident, även de som inte anmäls (art. 33.5). Tillsynsmyndigheten ska underrättas inom 72 timmar från att incidenten upptäcktes.
new-breach = Ny incident
notify-by = Anmälan till tillsynsmyndigheten senast
breach-description = Vad hände
breach-happened = Inträffade
breach-discovered = Upptäcktes
approximate-people = Ungefärligt antal berörda
breach-data-items = Berörda personuppgifter
breach-pick-registers-first = Välj först de berörda registren; deras personuppgifter visas här.
breach-registers-no-items = De valda registren har inga personuppgifter ännu.
breach-consequences = Sannolika konsekvenser
breach-measures = Vidtagna åtgärder
breach-risk = Risk för de registrerade
risk-assessment = Riskbedömning
authority-notified = Anmäld till tillsynsmyndigheten
notification-reason = Skäl till försenad eller utebliven anmälan
data-subjects-informed = De registrerade informerades
not-informed-reason = Skäl att inte informera de registrerade
breach-closed = Avslutad
requests-title = Begäranden från registrerade
requests-lead = En begäran ska besvaras inom en månad; tiden kan förlängas med två månader om skälen anges (art. 12.3).
new-request = Ny begäran
answer-by = Svar senast
requester = Den registrerade
request-received = Mottagen
rights-procedure-beside = Registrets rutin för rättigheten:
request-identity-check = Hur identiteten kontrollerades
request-extended = Tiden förlängdes med två månader
extension-reason = Skäl till förlängningen
request-actions = Vad som gjordes
request-answered = Besvarad
old-requests = { $n } besvarade begäranden är äldre än { $y } år. De innehåller vem som frågade: radera dem och glöm dem ur historiken.
old-requests-one = En besvarad begäran är äldre än { $y } år. Den innehåller vem som frågade: radera den och glöm den ur historiken.
old-request = Besvarad för mer än { $y } år sedan; begäran innehåller fortfarande vem som frågade.
delete-and-forget = Radera och glöm
forget-old-requests-title = Radera och glömma { $n } begäranden?
forget-old-requests-title-one = Radera och glömma en begäran?
forget-old-requests-detail = Begärandena raderas och alla deras tidigare versioner tas bort ur historiken och filen. Det går inte att ångra. Historiken visar bara att något glömdes, av vem och när.
old-requests-forgotten = De gamla begärandena har raderats och glömts.
calendar-title = Kalender
calendar-lead = Det som ska göras: gallringsrutiner, genomgång av register, svar på begäranden och anmälan av incidenter.
calendar-empty = Inget att göra.
due-date = Senast
due-what = Vad
due-status = Läge
nav-clients = Som biträde
clients-title = Personuppgiftsansvariga vi är biträde åt
clients-lead = Registret som personuppgiftsbiträde (art. 30.2): för vem, vilka kategorier av behandling, överföringar, säkerhetsåtgärder och underbiträden.
new-client = Ny personuppgiftsansvarig
client-security = Säkerhetsåtgärder
sub-processors = Underbiträden
categories-of-processing = Kategorier av behandling
one-per-line = En per rad
tab-dpia = Konsekvensbedömning
dpia-screening = Behövs en konsekvensbedömning?
dpia-lead = Kriterierna kommer från EDPB:s riktlinjer (WP248 rev.01) och IMY:s förteckning; behandlingarna från artikel 35.3 och Dataombudsmannens förteckning. Två kriterier eller en behandling på förteckningen kräver en konsekvensbedömning.
start-dpia-screening = Börja bedömningen
dpia-criteria = Kriterier (WP248 rev.01)
dpia-listed = Behandlingar som alltid kräver en konsekvensbedömning
dpia-notes = Motivering
dpia-screened = Bedömd
dpia-done-title = Gjord konsekvensbedömning
dpia-done = Datum
dpia-reference = Hänvisning
dpia-outcome = Resultat
dpia-verdict-in-findings = Om en konsekvensbedömning krävs visas bland bristerna till höger tills en gjord konsekvensbedömning har registrerats.

## Errors, by code

error-title = Något gick fel
err-not-kirjuri = Filen är inte ett Kirjuri-dokument. Den ändrades inte.
err-newer-version = Filen är sparad av en nyare Kirjuri. Uppdatera Kirjuri för att öppna den; filen ändrades inte.
err-damaged = Filen är skadad och kan inte öppnas. Den ändrades inte; använd en säkerhetskopia.
err-unexpected-schema = Filen innehåller något som Kirjuri inte skapat och öppnas inte av säkerhetsskäl. Den ändrades inte.
err-file-exists = Filen finns redan. Välj ett annat namn.
err-not-found = Filen finns inte.
err-busy = Filen är öppen i ett annat program. Stäng den där först.
err-in-use = Filen är öppen för redigering i ett annat Kirjuri-fönster på den här datorn. Stäng den där, eller öppna den skrivskyddat.
err-in-use-breakable = Filen är öppen för redigering i Kirjuri på en annan dator (eller var det när den datorn slutade svara). Öppna den skrivskyddat, eller bryt låset om den inte längre är öppen där.
err-not-writable = Filen kan inte skrivas (skrivskyddad fil eller media).
err-changed-on-disk = Filen ändrades av någon annan efter att den öppnades. Ändringen sparades inte; öppna filen på nytt för att se deras ändringar.
err-lock-lost = Någon bröt låset och redigerar filen nu. Ändringen sparades inte; öppna filen på nytt.
err-unfinished-save = Bredvid filen ligger en oavslutad sparning. Öppna filen för redigering för att slutföra återställningen.
err-disk-full = Disken är full. Ändringen sparades inte; filen har det senast sparade innehållet.
err-not-forgettable = Bara raderade poster kan glömmas.
err-read-only = Dokumentet är skrivskyddat.
err-invalid-edit = Ändringen kunde inte sparas.
err-broken-history = Ändringshistoriken i filen har ändrats utanför Kirjuri och kan inte litas på: dokumentet kan öppnas, men historik, ångra och sammanslagning är avstängda.
err-io = Filen kunde inte läsas eller skrivas.
err-sqlite = Databasfel; ändringen sparades inte.
err-no-document = Inget dokument är öppet.
err-export = Exporten misslyckades.
err-unknown-register = Registret finns inte.
err-not-exported = Bara filer som exporterats nu kan öppnas.
err-unknown-catalogue-entry = Posten finns inte i katalogen.
err-no-name = Ange företagets namn.

## Merging another copy (ui/app/screens/merge.js): error codes of the merge review

err-same-file = Det är filen som är öppen. Välj den andra kopian.
err-different-organisation = Kopian är ett dokument för en annan organisation; inget jämfördes.
err-internal = Ett internt fel i Kirjuri.
err-other = Ett oväntat fel.
details = Detaljer

## The menu bar's actions and Help (the menu's own labels are in src-tauri/src/menu.rs)

about-title = Om Kirjuri
about-lead = Dataskyddsdokumentation för små företag: registren, registret över behandling och dataskyddsbeskrivningarna i en fil, utan nätverk.
about-licence = Fri programvara under MIT-licensen.

## Import of an existing description and its review (screens/import.js).

guide-or-import = Har du redan en registerbeskrivning eller dataskyddsbeskrivning?
start-import = Utgå från min befintliga beskrivning
import-title = Utgå från en befintlig beskrivning
import-lead = Kirjuri läser din registerbeskrivning eller dataskyddsbeskrivning och placerar varje stycke i sitt fält. Inget hittas på: det texten inte säger förblir obesvarat, och allt är förslag tills du har granskat det avsnitt för avsnitt.
import-file = Fil (.docx, .odt, .pdf, .html, .txt, .md)
import-file-hint = Skriv sökvägen eller välj filen. En .doc- eller .rtf-fil sparar du först som .docx.
import-choose-file = Välj fil…
import-paste = … eller klistra in texten
import-as-the-text-says = Som texten säger
import-language = Beskrivningens språk
import-document-path = Det nya dokumentets fil
import-submit = Läs in
nav-import = Inläst beskrivning
import-none = Ingen inläst beskrivning väntar på granskning.
import-into-title = Läs in en beskrivning i det här dokumentet
import-into-lead = Som nya register, eller som registrens text på ett annat språk (samma beskrivning, översatt).
import-as = Läs in
import-as-new = som nya register
import-as-translation = som översättning av registren
import-imported = Beskrivningen är inläst; granska den avsnitt för avsnitt.
import-translated = Översättningen är inläst.
import-review-title = Granska den inlästa beskrivningen
import-review-lead = Till vänster står din gamla beskrivnings text, till höger vad Kirjuri gjorde av den. Läs ett avsnitt i taget och bekräfta det; dataskyddsbeskrivningen är ett utkast tills det är gjort. Den gamla texten sparas i filen tills granskningen är klar.
import-progress = { $n } av { $d } avsnitt bekräftade
import-not-placed-count = { $n } stycken inte placerade
import-not-placed-count-one = 1 stycke inte placerat
import-before-headings = Före första rubriken
import-confirmed = Bekräftat
import-fills = Fyller: { $n }
import-old-text = Din beskrivning
import-made = Blev till
import-not-placed = Inte placerat
import-confirm-leaves-out = Det som inte är placerat när du bekräftar lämnas bort; lägg det först där det hör hemma.
import-put-into = Lägg i…
import-target-description = registrets beskrivning
import-target-purpose = ett ändamål
import-target-data-item = en personuppgift
import-target-data-subjects = en grupp registrerade
import-target-source = en källa
import-target-security-measure = en skyddsåtgärd
import-target-left-out = Ingenstans – lämna bort
import-place-heading = avsnittets rubrik
import-place-contents = den gamla innehållsförteckningen
import-place-running-title = den gamla sidhuvudet
import-place-title = den gamla beskrivningens titel
import-place-register = ett eget register
import-place-register-part = registrets del av avsnittet
import-place-updated = datum då den uppdaterades
import-place-written = datum då den skrevs
import-place-organisation = Organisationen
import-place-contact = Kontaktpersonen
import-place-name = namn
import-place-data-subjects = registrerade
import-place-data-item = personuppgift
import-place-group = grupp av personuppgifter
import-place-purpose = ändamål
import-place-purpose-basis = ändamål med sin rättsliga grund
import-place-basis = ändamålens rättsliga grund
import-place-intro = inledning till listan
import-place-source = källa
import-place-recipient = mottagare
import-place-retention = lagringstid
import-place-rights = rättigheter
import-place-measure = skyddsåtgärd
import-place-description = beskrivning
import-place-no-automated = automatiserade beslut: nej
import-place-no-disclosures = regelbundna utlämnanden: nej, med dessa ord
import-place-no-transfers = överföringar utanför EU/EES: nej, med dessa ord
import-place-transfers = överföringar utanför EU/EES: vad texten säger, att besvara
import-place-cookie = en kaka (Kakor)
import-place-left-out = lämnat bort av dig
err-not-imported = Beskrivningen lästes inte in, och ingenting skapades.

## Merging another copy (ui/app/screens/merge.js)

merge-title = Jämför och slå ihop med en annan kopia
merge-open-lead = Välj kopian som kommit tillbaka (till exempel från bokföraren). Den läses bara; ändringarna du tar blir en ändring i den här filen, som kan ångras i ett steg.
merge-path = Den andra kopians sökväg
merge-choose = Välj fil…
merge-compare = Jämför
merge-different-org-title = En annan organisations dokument
merge-different-org = { $n } är ett dokument för en annan organisation. Kopiorna kan bara jämföras post för post: poster som bara finns i den ena behålls, inget raderas och varje skillnad blir en konflikt. Jämföra ändå?
merge-compare-anyway = Jämför ändå
merge-err-not-kirjuri = Filen är inte ett Kirjuri-dokument; inget jämfördes och inget skrevs.
merge-err-same-file = Det är filen som redan är öppen. Välj den andra kopian.
merge-err-in-use = Den andra kopian är öppen för redigering i en annan Kirjuri. Stäng den där och jämför igen; inget skrevs.
merge-err-newer-version = Den andra kopian är sparad av en nyare Kirjuri. Uppdatera Kirjuri för att slå ihop den; inget skrevs.
merge-err-not-found = Filen finns inte.
merge-shared = Kopiorna delar historiken fram till ändringen { $d } av { $u }. Sedan dess har den andra kopian { $n } ändring(ar) och den här { $m }.
merge-unrelated = Kopiorna har ingen gemensam historik: de jämförs post för post. Poster som bara finns i den ena behålls, inget raderas.
merge-forgotten = { $n } post(er) som glömts i en av kopiorna tas inte tillbaka.
merge-nothing = Den andra kopian har inga ändringar som saknas här.
merge-shared-records = Organisationen och gemensamma uppgifter
merge-take = Ta med
merge-by = { $u }, { $d }
merge-conflict = Konflikt
merge-whole-record = hela posten
merge-reason-both-changed = båda ändrade den
merge-reason-deleted-in-mine = den här kopian raderade den, den andra ändrade den
merge-reason-deleted-in-theirs = den andra kopian raderade den, den här ändrade den eller något som hänvisar till den
merge-reason-differs = kopiorna skiljer sig
merge-mine = Den här kopian
merge-theirs = Den andra kopian
merge-own-text = Egen text
merge-empty = (tom)
merge-not-merged = Kan inte tas med: { $n }
merge-open-conflicts = { $n } konflikt(er) att avgöra innan sammanslagningen.
merge-do = Slå ihop
merge-done = Sammanslaget från { $n }. Ångra tar bort hela sammanslagningen.
merge-report = Ändringsrapport
merge-back = Tillbaka till granskningen
merge-print = Skriv ut
merge-export-pdf = Exportera PDF…
merge-report-saved = Rapporten sparades: { $n }
merge-report-path = Sökväg för PDF-filen (tom: välj i en dialog)
merge-preview = Dataskyddsbeskrivningen efter sammanslagningen
merge-preview-register = Register
merge-conflicted-copy = En synkroniserad mapp lämnade en konfliktkopia bredvid filen: { $n }.
merge-conflicted-open = Jämför och slå ihop…

## Issue 21 (H5): qualifiers, special categories, changes to the notice, rights procedures, DPF

special-categories = Särskilda kategorier av personuppgifter
special-categories-question = Innehåller registret särskilda kategorier av personuppgifter (hälsa, etniskt ursprung, fackmedlemskap …, art. 9.1)?
special-categories-which = Vilka?
transfers-as-a-rule = I regel inte (undantag kan förekomma)
disclosures-as-a-rule = I regel inte (undantag kan förekomma)
safeguard-copies = Ges en kopia av skyddsåtgärderna på begäran?
notice-changes = Ändringar i denna information (valfritt: ”Vi uppdaterar informationen när …”)
new-rights-procedure-which = Ny rutin för rättigheten …
copy-contact-channel = Använd kontaktpersonens { $n }
dpf = EU–US Data Privacy Framework
dpf-certified = Certifierad enligt ramen
dpf-checked-on = Kontrollerat
dpf-suggested-yes = Katalogen: certifierad enligt leverantörens sidor, kontrollerat { $d }.
dpf-suggested-no = Katalogen: inte certifierad enligt leverantörens sidor, kontrollerat { $d }.
dpf-use-suggestion = Använd som svar

## The documents


## The record of processing activities: cover and contents.

record-title = Register över behandling
record-subtitle = enligt artikel 30 i dataskyddsförordningen (GDPR)
contents = Innehåll
# The documents' heading or column for what the window asks with `business-id`, which explains or asks in the form's words.
document-business-id = FO-nummer
    .sweden = Organisationsnummer
contact = Kontaktuppgifter
version = Version
# The documents' heading or column for what the window asks with `last-changed`, which explains or asks in the form's words.
document-last-changed = Senast ändrad
printed = Utskriven
registers = Register
no-registers = Inga register.

## The organisation section.

controller = Personuppgiftsansvarig
title = Titel
# The documents' heading or column for what the window asks with `representative`, which explains or asks in the form's words.
document-representative = Företrädare
supervisory-authority = Tillsynsmyndighet
incident-routine = Rutin vid personuppgiftsincidenter
incident-steps = Steg
incident-decided-by = Beslutar om anmälan
notify-within72-hours = Anmälan till tillsynsmyndigheten inom 72 timmar (art. 33)
inform-on-high-risk = Information till de registrerade vid hög risk (art. 34)
# The documents' heading or column for what the window asks with `breach-log`, which explains or asks in the form's words.
document-breach-log = Incidentlogg (art. 33.5)
# The documents' heading or column for what the window asks with `post-incident-review`, which explains or asks in the form's words.
document-post-incident-review = Uppföljning efter en incident
cookies = Kakor (cookies)
no-cookies = Inga kakor angivna.

## A register's short facts.

role-in-processing = Roll i behandlingen
data-subjects = Registrerade
legal-basis = Rättslig grund
retention = Lagringstid
# The documents' heading or column for what the window asks with `automated-decisions`, which explains or asks in the form's words.
document-automated-decisions = Automatiserade beslut eller profilering

## A register's long facts, in Art. 30(1) order.

# The documents' heading or column for what the window asks with `purposes`, which explains or asks in the form's words.
document-purposes = Ändamål och rättslig grund
# The documents' heading or column for what the window asks with `personal-data`, which explains or asks in the form's words.
document-personal-data = Kategorier av personuppgifter
# The documents' heading or column for what the window asks with `sources`, which explains or asks in the form's words.
document-sources = Regelmässiga uppgiftskällor
recipients = Mottagare och regelmässigt utlämnande av uppgifter
processors-and-systems = Personuppgiftsbiträden och system
# The documents' heading or column for what the window asks with `transfers`, which explains or asks in the form's words.
document-transfers = Överföring av uppgifter utanför EU/EES
retention-and-deletion = Lagring och radering
# The documents' heading or column for what the window asks with `security-measures`, which explains or asks in the form's words.
document-security-measures = Tekniska och organisatoriska säkerhetsåtgärder
roles-and-access = Roller och behörigheter
# The documents' heading or column for what the window asks with `rights-procedures`, which explains or asks in the form's words.
document-rights-procedures = Rutiner för de registrerades rättigheter

## Table columns and cell words.

purpose = Ändamål
interest = Intresse
art9-condition = Villkor för särskilda kategorier av personuppgifter (art. 9.2)
applies-to = Gäller
# The documents' heading or column for what the window asks with `direct-marketing`, which explains or asks in the form's words.
document-direct-marketing = Direktmarknadsföring
data-item = Uppgift
mandatory-or-optional = Obligatorisk / frivillig
# The documents' heading or column for what the window asks with `flags`, which explains or asks in the form's words.
document-flags = Kännetecken
not-personal-data = inte personuppgifter
other-items = Övriga uppgifter
if-not-given = Om uppgiften inte lämnas
# The documents' heading or column for what the window asks with `special-category`, which explains or asks in the form's words.
document-special-category = Särskild kategori
national-id = Personbeteckning
    .sweden = Personnummer
# The documents' heading or column for what the window asks with `need-for-national-id`, which explains or asks in the form's words.
document-need-for-national-id = Behov
need-for-national-id-number = Behov av personbeteckning
    .sweden = Behov av personnummer
criminal-offence = Uppgifter om lagöverträdelser (art. 10)
financial = Ekonomiska uppgifter
free-text = Fritext
online-identifier = Onlineidentifikator
credentials = Inloggningsuppgifter
consent-record = Samtyckesuppgift
source = Källa
# The documents' heading or column for what the window asks with `kind`, which explains or asks in the form's words.
document-kind = Typ
# The documents' heading or column for what the window asks with `collection-procedure`, which explains or asks in the form's words.
document-collection-procedure = Insamling
# The documents' heading or column for what the window asks with `public-source`, which explains or asks in the form's words.
document-public-source = offentlig källa
data = Uppgifter
method = Sätt
# The documents' heading or column for what the window asks with `vendor`, which explains or asks in the form's words.
document-vendor = Leverantör
# The documents' heading or column for what the window asks with `product`, which explains or asks in the form's words.
document-product = Produkt
vendor-and-product = Leverantör och produkt
# The documents' heading or column for what the window asks with `usage`, which explains or asks in the form's words.
document-usage = Användning
data-sent = Uppgifter som förs dit
# The documents' heading or column for what the window asks with `data-held`, which explains or asks in the form's words.
document-data-held = Lagrade uppgifter
# The documents' heading or column for what the window asks with `data-location`, which explains or asks in the form's words.
document-data-location = Lagringsplats
no-agreement = Inget avtal angivet
# The documents' heading or column for what the window asks with `signed`, which explains or asks in the form's words.
document-signed = undertecknat
transfer-mechanism = Överföringsmekanism
not-needed-in-eea = behövs inte (EU/EES)
recipient-or-system = Mottagare eller system
# The documents' heading or column for what the window asks with `mechanism`, which explains or asks in the form's words.
document-mechanism = Mekanism
# The documents' heading or column for what the window asks with `documentation`, which explains or asks in the form's words.
document-documentation = Dokumentation
no-transfers = Inga personuppgifter överförs till länder utanför EU/EES.
# The documents' heading or column for what the window asks with `whole-register`, which explains or asks in the form's words.
document-whole-register = Hela registret
# The documents' heading or column for what the window asks with `period`, which explains or asks in the form's words.
document-period = Lagringstid
# The documents' heading or column for what the window asks with `trigger`, which explains or asks in the form's words.
document-trigger = Räknas från
# The documents' heading or column for what the window asks with `routine`, which explains or asks in the form's words.
document-routine = Rutin
# The documents' heading or column for what the window asks with `next-review`, which explains or asks in the form's words.
document-next-review = Nästa översyn
# The documents' heading or column for what the window asks with `overdue`, which explains or asks in the form's words.
document-overdue = FÖRSENAD
last-done = senast
# The documents' heading or column for what the window asks with `storage-locations`, which explains or asks in the form's words.
document-storage-locations = Förvaringsplatser
# The documents' heading or column for what the window asks with `paper`, which explains or asks in the form's words.
document-paper = papper
technical-measures = Tekniska åtgärder
organisational-measures = Organisatoriska åtgärder
physical-measures = Fysiska åtgärder
# The documents' heading or column for what the window asks with `role`, which explains or asks in the form's words.
document-role = Roll
people = Personer
# The documents' heading or column for what the window asks with `permissions`, which explains or asks in the form's words.
document-permissions = Behörigheter
logging = Loggning
# The documents' heading or column for what the window asks with `granted-by`, which explains or asks in the form's words.
document-granted-by = Beviljas av
how-to = Så här gör man
deadline = Svarstid
# The documents' heading or column for what the window asks with `notes`, which explains or asks in the form's words.
document-notes = Anmärkningar

## Annexes.

annex = Bilaga
annex-processors = Personuppgiftsbiträden och system
annex-access-matrix = Behörighetsmatris
annex-retention = Lagrings- och gallringsschema
annex-findings = Öppna brister
person-or-role = Person eller roll
no-roles = Inga roller angivna.
no-processors = Inga system angivna.
no-retention-rules = Inga lagringsregler angivna.
severity = Allvarlighet
where = Var
what-to-do = Vad som ska göras
no-findings = Inga öppna brister.
organisation = Organisationen
annex-dpia = Konsekvensbedömning och senaste genomgång per register
annex-breaches = Förteckning över personuppgiftsincidenter (art. 33.5)
annex-requests = Förteckning över begäranden från registrerade (art. 12.3)
no-breaches = Inga personuppgiftsincidenter har registrerats.
no-requests = Inga begäranden har registrerats.
names-left-out = De registrerades namn lämnas bort ur registret över behandling.
discovered = Upptäcktes
# The documents' heading or column for what the window asks with `notify-by`, which explains or asks in the form's words.
document-notify-by = Anmälan senast
# The documents' heading or column for what the window asks with `breach-risk`, which explains or asks in the form's words.
document-breach-risk = Risk
closed = Avslutad
# A log's empty cell: nothing was written down, which is not "no".
not-recorded = Inte antecknat
breach-data-concerned = Berörda register, personer och uppgifter
risk-and-reasoning = Risk och bedömning
# The documents' heading or column for what the window asks with `data-subjects-informed`, which explains or asks in the form's words.
document-data-subjects-informed = De registrerade informerade (art. 34)
not-informed-because = Informeras inte
item-consequence = Om uppgiften inte lämnas
received = Mottagen
answered = Besvarad
extended = Förlängd
last-review = Senaste genomgång
criteria-met = Uppfyllda kriterier (WP248)
listed-processing = Behandling på förteckningen
dpia-required = Konsekvensbedömning krävs
# The documents' heading or column for what the window asks with `dpia-done`, which explains or asks in the form's words.
document-dpia-done = Konsekvensbedömning gjord
not-screened = Inte bedömd
processor-record-title = Register över behandling som personuppgiftsbiträde
processor-record-subtitle = Enligt artikel 30.2 i dataskyddsförordningen
processor-heading = Personuppgiftsbiträdet
controllers-heading = Personuppgiftsansvariga som vi behandlar uppgifter för
no-client-controllers = Inga personuppgiftsansvariga angivna.
transfers-outside = Överföringar till tredjeland
general-security = Tekniska och organisatoriska säkerhetsåtgärder

## The privacy notice.

notice-title = Dataskyddsbeskrivning
    .sweden = Information om behandling av personuppgifter
notice1 = Personuppgiftsansvarig
notice2 = Kontaktperson i ärenden som gäller registret
notice3 = Registrets namn
notice4 = Ändamål och rättslig grund för behandlingen
notice5 = Registrets datainnehåll
    .sweden = Personuppgifter som behandlas
notice6 = Regelmässiga uppgiftskällor
    .sweden = Varifrån personuppgifterna kommer
notice7 = Mottagare och regelmässigt utlämnande av uppgifter
    .sweden = Mottagare av personuppgifterna
notice8 = Överföring av uppgifter utanför EU/EES
notice9 = Lagringstid
notice10 = Principerna för skydd av registret
    .sweden = Hur personuppgifterna skyddas
notice11 = Den registrerades rättigheter
notice12 = Automatiserat individuellt beslutsfattande, inbegripet profilering
notice13 = Rätt att lämna in klagomål till en tillsynsmyndighet
notice-controller-intro = Personuppgiftsansvarig är den som bestämmer varför och hur personuppgifterna behandlas.
notice-contact-intro = Frågor om registret och om dina rättigheter besvaras av:
notice-purpose-intro = Vi behandlar personuppgifterna för de ändamål som anges nedan. Under varje ändamål står den rättsliga grund i dataskyddsförordningen (artikel 6.1) som behandlingen vilar på.
notice-our-interest = Vårt berättigade intresse

## Art. 21(2)–(3): the one unconditional objection.

notice-direct-marketing = Du har rätt att när som helst invända mot att dina uppgifter behandlas för direktmarknadsföring, och då upphör vi med den behandlingen. Du behöver inte ange något skäl.
notice-subjects-intro = Registret innehåller uppgifter om följande grupper av personer (registrerade):
notice-items-intro = Vi behandlar följande uppgifter:
notice-special-explained = Till särskilda kategorier av personuppgifter hör till exempel uppgifter om hälsa. Dataskyddsförordningen ger dem ett särskilt skydd (artikel 9).
notice-not-required = Du är inte skyldig att lämna uppgifterna.
notice-statutory = Du är enligt lag skyldig att lämna uppgifterna.
notice-contractual = Du är enligt avtalet skyldig att lämna uppgifterna.
notice-needed-for-contract = Uppgifterna behövs för att vi ska kunna ingå avtal med dig.
notice-if-not-provided = Om uppgifterna inte lämnas
notice-sources-intro = Vi får uppgifterna från följande källor:
notice-disclosures-intro = Vi lämnar regelmässigt ut uppgifter till följande mottagare:
notice-processors-intro = Vi anlitar följande leverantörer (personuppgiftsbiträden), som behandlar uppgifterna för vår räkning och enligt våra instruktioner:
notice-transfers-intro = Uppgifter överförs till länder utanför EU/EES (tredjeländer). Så skyddas uppgifterna vid överföringen:

## Printed only where a transfer answers that copies are given (`Transfer::safeguard_copies`).

notice-transfers-copy = Kontakta oss om du vill ha en kopia av skyddsåtgärderna.
notice-retention-intro = Vi sparar uppgifterna så här länge:

## The intro when a measure's kind is not answered; otherwise `security_intro` names the kinds.

notice-security-intro = Vi skyddar uppgifterna med följande åtgärder:
notice-rights-intro = Du har följande rättigheter i fråga om behandlingen i detta register.
notice-how = Så här gör du
notice-identity-check = Identitetskontroll

## Art. 12(3): without undue delay, within one month, extendable by two further months.

notice-answer-period = Vi svarar på din begäran utan onödigt dröjsmål och senast en månad efter att vi har tagit emot den. Om begäran är komplicerad eller om vi har fått många begäranden kan tiden förlängas med högst två månader till. I så fall meddelar vi dig det inom en månad från det att vi tog emot begäran och förklarar varför svaret dröjer.
notice-format = Format
notice-complaint-pointer = Du har också rätt att lämna in klagomål till en tillsynsmyndighet, se avsnitt 13.
notice-no-automated = Vi fattar inga beslut som enbart grundas på automatiserad behandling, och vi använder inte profilering.
notice-automated = I registret förekommer automatiserat individuellt beslutsfattande eller profilering. Så här går det till och detta innebär det för dig:

## Art. 77(1): any supervisory authority, in particular where the person lives or works or where the infringement took place.

notice-complaint-intro = Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen har du rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i det EU- eller EES-land där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks.
notice-our-authority = Tillsynsmyndigheten i det land där vi är etablerade är:

## What a document prints for a question nobody has answered, and the draft mark.

not-stated = Inte angivet
draft = UTKAST
draft-notice = Utkast: dokumentationen har obesvarade frågor eller öppna fel. Det som inte är angivet är markerat ”Inte angivet”.

## "No" with "as a rule", a qualifier or listed transfers: no exception is invented.

notice-transfers-as-a-rule = Personuppgifter överförs i regel inte till länder utanför EU/EES.

## Before the transfers listed under a "no, as a rule".

notice-transfers-exceptions = Undantag, och hur uppgifterna skyddas vid dem:
notice-transfers-yes = Personuppgifter överförs till länder utanför EU/EES.
notice-no-disclosures = Vi lämnar inte regelmässigt ut personuppgifter.

## "No" with "as a rule" or a qualifier, which follows in the user's own words.

notice-disclosures-as-a-rule = Vi lämnar i regel inte ut personuppgifter.
notice-disclosures-yes = Vi lämnar regelmässigt ut personuppgifter.
# The documents' heading or column for what the window asks with `disclosure-condition`, which explains or asks in the form's words.
document-disclosure-condition = Villkor eller rättslig grund
notice-basis-explained-above = se ovan
fee = Avgift
frequency = Hur ofta
refusal-grounds = Grunder för att vägra
not-applicable = Inte tillämpligt
accepted-for-now = Godtaget tills vidare
answered-findings = Besvarade brister
# The documents' heading or column for what the window asks with `recipient-category`, which explains or asks in the form's words.
document-recipient-category = Mottagarkategori
processor-category = en kategori av personuppgiftsbiträden

## Special categories (Art. 9(1)), answered for the whole register.

notice-no-special-categories = Vi behandlar inga särskilda kategorier av personuppgifter (till exempel uppgifter om hälsa) i detta register.
notice-special-categories = Vi behandlar följande särskilda kategorier av personuppgifter (art. 9.1):
# The documents' heading or column for what the window asks with `notice-changes`, which explains or asks in the form's words.
document-notice-changes = Ändringar i denna information
as-a-rule = i regel
# The documents' heading or column for what the window asks with `dpf-certified`, which explains or asks in the form's words.
document-dpf-certified = Certifierad enligt EU–US Data Privacy Framework
checked-on = kontrollerat
# The documents' heading or column for what the window asks with `safeguard-copies`, which explains or asks in the form's words.
document-safeguard-copies = Kopia av skyddsåtgärderna ges på begäran

## The workbook


## The document's properties (its title is `crate::labels::Label::RecordTitle`, shared with the PDF).

subject = Register över behandling enligt artikel 30 i dataskyddsförordningen
keywords = GDPR, dataskyddsförordningen, artikel 30, register över behandling

## Sheet names: at most 31 characters, none of []:*?/\ (an Excel rule).

sheet-organisation = Organisation
sheet-registers = Register
sheet-data-items = Datainnehåll
sheet-processors = Biträden och system
sheet-transfers = Överföringar till tredjeland
sheet-access = Behörigheter
sheet-retention = Lagringstider och gallring
sheet-findings = Brister
sheet-sources = Uppgiftskällor
sheet-disclosures = Mottagare och utlämnanden
sheet-rights = Rättighetsrutiner
sheet-people = Personer
sheet-cookies = Kakor

## Organisation sheet.

field = Uppgift
value = Värde
printed-on = Utskriven
# The workbook's heading or column for what the window asks with `decided-by`, which explains or asks in the form's words.
workbook-decided-by = Beslutar om anmälan
notify-authority = Anmälan till tillsynsmyndigheten inom 72 timmar
inform-data-subjects = De registrerade informeras vid hög risk
# The workbook's heading or column for what the window asks with `breach-log`, which explains or asks in the form's words.
workbook-breach-log = Incidentlogg
# The workbook's heading or column for what the window asks with `post-incident-review`, which explains or asks in the form's words.
workbook-post-incident-review = Uppföljning efter incident

## Registers sheet.

# The workbook's heading or column for what the window asks with `legal-basis`, which explains or asks in the form's words.
workbook-legal-basis = Rättslig grund (art. 6)
# The workbook's heading or column for what the window asks with `legitimate-interest`, which explains or asks in the form's words.
workbook-legitimate-interest = Berättigat intresse
# The workbook's heading or column for what the window asks with `sources`, which explains or asks in the form's words.
workbook-sources = Uppgiftskällor
# The workbook's heading or column for what the window asks with `recipients`, which explains or asks in the form's words.
workbook-recipients = Mottagare
third-countries = Tredjeländer
# The workbook's heading or column for what the window asks with `security-measures`, which explains or asks in the form's words.
workbook-security-measures = Säkerhetsåtgärder
rights-procedure = De registrerades rättigheter
# The workbook's heading or column for what the window asks with `storage-locations`, which explains or asks in the form's words.
workbook-storage-locations = Förvaring
on-paper = i pappersform
# The workbook's heading or column for what the window asks with `no-transfers`, which explains or asks in the form's words.
workbook-no-transfers = Inga överföringar utanför EU/EES
# The workbook's heading or column for what the window asks with `dpf-checked-on`, which explains or asks in the form's words.
workbook-dpf-checked-on = DPF kontrollerat

## Data items sheet.

item = Uppgift
is-personal-data = Personuppgift

## Processors sheet.

# The workbook's heading or column for what the window asks with `product`, which explains or asks in the form's words.
workbook-product = Produkt / tjänst
used-by-registers = Används av register
agreement-signed = Avtalet undertecknat
agreement-reference = Avtalsreferens

## Sources, disclosures, rights, people and cookies.

# The workbook's heading or column for what the window asks with `kind`, which explains or asks in the form's words.
workbook-kind = Typ
# The workbook's heading or column for what the window asks with `public-source`, which explains or asks in the form's words.
workbook-public-source = Offentlig källa
# The workbook's heading or column for what the window asks with `collection-procedure`, which explains or asks in the form's words.
workbook-collection-procedure = Insamlingsrutin
data-disclosed = Uppgifter som lämnas ut
why = Syfte
how = Sätt
# The workbook's heading or column for what the window asks with `deadline-days`, which explains or asks in the form's words.
workbook-deadline-days = Svarstid (dagar)
extract-format = Format
responsibilities = Uppdrag
responsible-for-deletion = Ansvarig för gallring
cookie-duration = Session / permanent

## Transfers sheet.

through = System eller mottagare
# The workbook's heading or column for what the window asks with `documentation`, which explains or asks in the form's words.
workbook-documentation = Dokumentation av skyddsåtgärder

## Access matrix.

access = Åtkomst

## Retention schedule.

data-group = Uppgiftsgrupp
# The workbook's heading or column for what the window asks with `trigger`, which explains or asks in the form's words.
workbook-trigger = Utgångspunkt
# The workbook's heading or column for what the window asks with `deletion-method`, which explains or asks in the form's words.
workbook-deletion-method = Raderingssätt
# The workbook's heading or column for what the window asks with `routine`, which explains or asks in the form's words.
workbook-routine = Gallringsrutin
interval-months = Intervall (månader)
# The workbook's heading or column for what the window asks with `last-reviewed`, which explains or asks in the form's words.
workbook-last-reviewed = Senast utförd
# The workbook's heading or column for what the window asks with `next-review`, which explains or asks in the form's words.
workbook-next-review = Nästa gång
# The workbook's heading or column for what the window asks with `overdue`, which explains or asks in the form's words.
workbook-overdue = Försenad

## Findings.

# The workbook's heading or column for what the window asks with `severity`, which explains or asks in the form's words.
workbook-severity = Allvarlighetsgrad
record = Gäller
# The workbook's heading or column for what the window asks with `finding-answer`, which explains or asks in the form's words.
workbook-finding-answer = Besvarad

## The breach log, the request log, the DPIA screening and the record kept as processor.

sheet-breaches = Personuppgiftsincidenter
sheet-requests = Begäranden från registrerade
sheet-dpia = Behov av konsekvensbedömning
sheet-processor-record = Register som biträde
happened = Inträffade
notification-deadline = Anmälan senast (72 h)
data-items-concerned = Berörda uppgifter
# The workbook's heading or column for what the window asks with `approximate-people`, which explains or asks in the form's words.
workbook-approximate-people = Ungefärligt antal berörda personer
consequences = Sannolika konsekvenser
measures-taken = Vidtagna åtgärder
risk = Risk
# The workbook's heading or column for what the window asks with `data-subjects-informed`, which explains or asks in the form's words.
workbook-data-subjects-informed = De registrerade informerade
# The workbook's heading or column for what the window asks with `not-informed-reason`, which explains or asks in the form's words.
workbook-not-informed-reason = Skäl att inte informera
review-answers = Utvärdering efter incidenten
# The workbook's heading or column for what the window asks with `extended`, which explains or asks in the form's words.
workbook-extended = Förlängd (art. 12.3)
actions = Åtgärder
screened = Bedömd
# The workbook's heading or column for what the window asks with `dpia-done`, which explains or asks in the form's words.
workbook-dpia-done = Konsekvensbedömning gjord
# The workbook's heading or column for what the window asks with `reference`, which explains or asks in the form's words.
workbook-reference = Hänvisning
outcome = Resultat
# The workbook's heading or column for what the window asks with `sub-processors`, which explains or asks in the form's words.
workbook-sub-processors = Underbiträden

## The fixed vocabularies (glossary.md)


## Art. 6(1): the lawful bases of processing.

legal-basis-consent = Samtycke
legal-basis-contract = Avtal
legal-basis-legal-obligation = Rättslig förpliktelse
legal-basis-vital-interests = Grundläggande intressen
legal-basis-public-task = Allmänt intresse eller myndighetsutövning
legal-basis-legitimate-interests = Berättigat intresse

## Art. 9(2): the conditions that allow processing of special categories.

special-category-condition-explicit-consent = Uttryckligt samtycke
special-category-condition-employment-law = Arbetsrätt, social trygghet och socialt skydd
special-category-condition-vital-interests = Grundläggande intressen
special-category-condition-not-for-profit-body = Ideell organisation
special-category-condition-made-public = Uppgifter som offentliggjorts av den registrerade
special-category-condition-legal-claims = Rättsliga anspråk
special-category-condition-substantial-public-interest = Viktigt allmänt intresse
special-category-condition-health-or-social-care = Hälso- och sjukvård, social omsorg, yrkesmedicin
special-category-condition-public-health = Folkhälsa
special-category-condition-archiving-research-statistics = Arkiv, forskning, statistik

## Art. 9(1): the special categories of personal data. (Not in the glossary; official GDPR wording.)

special-category-racial-or-ethnic-origin = Ras eller etniskt ursprung
special-category-political-opinions = Politiska åsikter
special-category-religious-beliefs = Religiös eller filosofisk övertygelse
special-category-trade-union-membership = Medlemskap i fackförening
special-category-genetic-data = Genetiska uppgifter
special-category-biometric-data = Biometriska uppgifter
special-category-health = Uppgifter om hälsa
special-category-sex-life-or-orientation = Sexualliv eller sexuell läggning

## Chapter III: the rights of the data subject.

data-subject-right-information = Rätt till information
data-subject-right-access = Rätt till tillgång (registerutdrag)
data-subject-right-rectification = Rätt till rättelse
data-subject-right-erasure = Rätt till radering (”rätten att bli bortglömd”)
data-subject-right-restriction = Rätt till begränsning av behandling
data-subject-right-portability = Rätt till dataportabilitet
data-subject-right-objection = Rätt att göra invändningar
data-subject-right-no-automated-decisions = Rätt att inte bli föremål för automatiserat individuellt beslutsfattande
data-subject-right-withdraw-consent = Rätt att återkalla samtycke
data-subject-right-prohibit-direct-marketing = Rätt att invända mot direktmarknadsföring
data-subject-right-complaint = Rätt att lämna in klagomål till en tillsynsmyndighet

## Chapter V: how a transfer outside the EU/EEA is made lawful.

transfer-mechanism-adequacy-decision = Beslut om adekvat skyddsnivå
transfer-mechanism-standard-contractual-clauses = Standardiserade dataskyddsbestämmelser
transfer-mechanism-binding-corporate-rules = Bindande företagsbestämmelser
transfer-mechanism-derogation = Undantag i särskilda situationer

## Art. 30(1)/(2): whether the organisation is the controller or a processor in a register.

processing-role-controller = Personuppgiftsansvarig
processing-role-joint-controller = Gemensamt personuppgiftsansvarig
processing-role-processor = Personuppgiftsbiträde

## Who receives disclosed data (seed 003 §7).

recipient-kind-processor = Personuppgiftsbiträde
recipient-kind-independent-controller = Självständigt personuppgiftsansvarig
recipient-kind-group-company = Koncernbolag
recipient-kind-authority = Myndighet
recipient-kind-customer-organisation = Kundorganisation
recipient-kind-other = Annan mottagare

## Where personal data come from (seeds 000 §8, 002, 003 §6).

source-kind-data-subject = Den registrerade själv
source-kind-public-register = Offentligt register
source-kind-credit-bureau = Kreditupplysningsföretag
source-kind-tax-authority = Skattemyndighet
source-kind-social-media-login = Inloggning via sociala medier
source-kind-group-company = Koncernbolag
source-kind-business-partner = Samarbetspartner eller leverantör
source-kind-other = Annan källa

## The type of a protection measure (Art. 32).

measure-kind-technical = Teknisk
measure-kind-organisational = Organisatorisk
measure-kind-physical = Fysisk

## How changes made by a role are logged (seed 000 §5).

change-logging-full = Alla ändringar loggas med vem och när
change-logging-history-only = Ingen loggning utöver historiken
change-logging-none = Ingen loggning

## What starts the retention period.

retention-trigger-inactivity = Inaktivitet
retention-trigger-end-of-customer-relationship = Kundförhållandets upphörande
retention-trigger-end-of-employment = Anställningens upphörande
retention-trigger-unsubscribe = Avregistrering
retention-trigger-no-consent = Samtycke ges inte
retention-trigger-request-of-data-subject = Den registrerades begäran
retention-trigger-manual-deletion = Radering för hand
retention-trigger-statutory-period = Lagstadgad tid
retention-trigger-other = Annat

## How a retention rule is carried out.

deletion-method-automatic = Automatiskt
deletion-method-manual = För hand

## Cookie classes as used in consent banners.

cookie-class-necessary = Nödvändiga
cookie-class-functional = Funktionella
cookie-class-preference = Inställningar
cookie-class-statistics = Statistik
cookie-class-marketing = Marknadsföring

## CookieDuration

cookie-duration-session = Sessionskaka
cookie-duration-persistent = Permanent kaka

## The agreement that governs a processor or system (Art. 26, 28).

agreement-kind-processor-agreement = Personuppgiftsbiträdesavtal
agreement-kind-joint-controller-arrangement = Avtal om gemensamt personuppgiftsansvar
agreement-kind-terms-of-service = Leverantörens standardvillkor
agreement-kind-contract = Avtal

## Who runs a system: the organisation itself or a third party.

hosting-in-house = Egen drift
hosting-third-party = Extern leverantör

## Data protection impact assessment (Art. 35).

dpia-status-not-assessed = Inte bedömt
dpia-status-not-needed = Behövs inte
dpia-status-needed = Behövs, inte gjord
dpia-status-done = Gjord

## Whether the data subject must give an item (Art. 13(2)(e)).

item-requirement-mandatory = Obligatorisk
item-requirement-optional = Frivillig

## Whether giving the data is a statutory or contractual requirement (Art. 13(2)(e)).

provision-requirement-no-requirement = Inget krav
provision-requirement-statutory = Lagstadgat krav
provision-requirement-contractual = Avtalsenligt krav
provision-requirement-needed-for-contract = Krav för att ingå avtal

## The risk a personal data breach poses to the people concerned (Art. 33(1),

breach-risk-unlikely = Medför sannolikt ingen risk
breach-risk-risk = Risk
breach-risk-high-risk = Hög risk

## The nine criteria of processing likely to result in a high risk, from the

dpia-criterion-evaluation-or-scoring = Utvärdering eller poängsättning, även profilering och förutsägelser
dpia-criterion-automated-decisions = Automatiserat beslutsfattande med rättsliga följder eller liknande betydande följder
dpia-criterion-systematic-monitoring = Systematisk övervakning
dpia-criterion-sensitive-data = Känsliga uppgifter eller uppgifter av mycket personlig karaktär
dpia-criterion-large-scale = Uppgifter som behandlas i stor omfattning
dpia-criterion-matching-or-combining = Matchning eller kombination av datamängder
dpia-criterion-vulnerable-data-subjects = Uppgifter som rör sårbara registrerade
dpia-criterion-innovative-technology = Innovativ användning eller tillämpning av nya tekniska eller organisatoriska lösningar
dpia-criterion-prevents-rights = Behandlingen hindrar de registrerade från att utöva en rättighet eller använda en tjänst eller ett avtal

## Processing that needs a DPIA on its own: the cases of Art. 35(3) (the

dpia-listed-processing-extensive-evaluation = Systematisk och omfattande bedömning av personliga aspekter som grundar sig på automatisk behandling och som beslut med rättsliga följder grundar sig på (art. 35.3 a)
dpia-listed-processing-large-scale-special-categories = Behandling i stor omfattning av särskilda kategorier av personuppgifter eller uppgifter om lagöverträdelser (art. 35.3 b)
dpia-listed-processing-public-area-monitoring = Systematisk övervakning av en allmän plats i stor omfattning (art. 35.3 c)
dpia-listed-processing-biometric-identification = Biometriska uppgifter för entydig identifiering, och minst ett av kriterierna (Dataombudsmannens förteckning)
dpia-listed-processing-genetic-data = Genetiska uppgifter, och minst ett av kriterierna (Dataombudsmannens förteckning)
dpia-listed-processing-location-data = Lokaliseringsuppgifter, och minst ett av kriterierna (Dataombudsmannens förteckning)
dpia-listed-processing-not-informed = De registrerade informeras inte, med stöd av artikel 14.5 (Dataombudsmannens förteckning)
dpia-listed-processing-whistleblowing = Visselblåsarsystem (Dataombudsmannens förteckning)

## How far a list goes: a list that is not exhaustive says so ("among others", "mainly").

list-qualifier-among-others = bland annat
list-qualifier-mainly = huvudsakligen

## The parts of a register a template fills; each stays marked as template

template-section-description = Beskrivning
template-section-answers = Svar på registrets frågor
template-section-data-subjects = Registrerade
template-section-purposes = Ändamål och rättslig grund
template-section-data-items = Personuppgifter
template-section-sources = Källor
template-section-recipients = Mottagare
template-section-retention = Lagringstid
template-section-rights = De registrerades rättigheter

## What a legal basis means, in words a data subject understands

basis-explained-consent = du har gett ditt samtycke, och du kan när som helst återkalla det
basis-explained-contract = behandlingen är nödvändig för att fullgöra ett avtal med dig eller för att vidta åtgärder på din begäran innan ett avtal ingås
basis-explained-legal-obligation = behandlingen är nödvändig för att vi ska kunna fullgöra en rättslig förpliktelse
basis-explained-vital-interests = behandlingen är nödvändig för att skydda dina eller någon annans grundläggande intressen, till exempel liv eller hälsa
basis-explained-public-task = behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning
basis-explained-legitimate-interests = behandlingen är nödvändig för vårt eller en tredje parts berättigade intresse, och dina intressen eller grundläggande rättigheter och friheter väger inte tyngre än det intresset

## What a right lets the data subject do (the notice)

right-explained-information = Du har rätt att få information om hur vi behandlar dina personuppgifter. Den informationen får du här.
right-explained-access = Du kan få veta om vi behandlar uppgifter om dig och få en kopia av dem (registerutdrag).
right-explained-rectification = Du kan begära att felaktiga eller ofullständiga uppgifter rättas.
right-explained-erasure = Du kan begära att uppgifterna raderas när vi inte längre behöver dem eller inte längre har rätt att behandla dem.
right-explained-restriction = Du kan begära att behandlingen begränsas, till exempel medan en begäran om rättelse utreds.
right-explained-portability = Om behandlingen grundar sig på ditt samtycke eller på ett avtal med dig och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.
right-explained-objection = Du har rätt att, av skäl som hänför sig till din specifika situation, när som helst invända mot behandling som grundar sig på vårt berättigade intresse eller på en uppgift av allmänt intresse eller myndighetsutövning. Vi får då inte längre behandla uppgifterna, om vi inte kan visa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.
right-explained-no-automated-decisions = Du har rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling, inbegripet profilering, om beslutet har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.
right-explained-withdraw-consent = Du kan när som helst återkalla ditt samtycke. Återkallelsen påverkar inte lagligheten av den behandling som grundade sig på samtycket innan det återkallades.
right-explained-prohibit-direct-marketing = Du kan när som helst invända mot att dina uppgifter används för direktmarknadsföring, och då upphör vi med den behandlingen.
right-explained-complaint = Du kan lämna in klagomål till en tillsynsmyndighet, se avsnitt 13.

## Sentences and words of the documents

security-word-technical = tekniska
security-word-organisational = organisatoriska
security-word-physical = fysiska
list-and = och
security-intro-named = Vi skyddar uppgifterna med { $kinds } åtgärder:
portability-consent = Om behandlingen grundar sig på ditt samtycke och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.
portability-contract = Om behandlingen grundar sig på ett avtal med dig och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.
page-of = sida { $page } / { $pages }
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
article-point = art. { $reference }
days = { $count } dagar
days-one = 1 dag
answer-within-days = Vi svarar inom { $count } dagar.
answer-within-one-day = Vi svarar inom en dag.
every-month = varje månad
every-year = en gång per år
every-months = var { $months }:e månad
registers-part = Register { $first }–{ $last } av { $total }

## The change report of a merge

change-report-title = Ändringar i den andra kopian
change-report-compared = Jämförd med
change-report-shared = Kopiorna delar historiken fram till ändringen { $at } av { $who }; därefter har den andra kopian { $n } ändring(ar).
change-report-unrelated = Kopiorna har ingen gemensam historik: de jämförs post för post, och inget raderas.
change-report-forgotten = { $n } post(er) som glömts i en av kopiorna tas inte tillbaka.
change-report-nothing = Den andra kopian har inga ändringar som saknas här.
change-report-organisation = Organisationen och gemensamma uppgifter
change-report-register = Register
change-report-created = ny
change-report-changed = ändrad
change-report-deleted = raderad
change-report-by = av
change-report-field = Uppgift
change-report-before = Före
change-report-after = Efter
change-report-mine = Denna kopia
change-report-theirs = Den andra kopian
change-report-conflict = Konflikt
change-report-whole-record = hela posten
change-report-taken = tas med
change-report-left = lämnas
change-report-open = inte avgjord: denna kopias värde står kvar
change-report-kept-mine = denna kopias värde behålls
change-report-took-theirs = den andra kopians värde tas
change-report-wrote = egen text
change-report-not-merged = kan inte tas med
change-report-empty = (tom)



## The menu bar (src-tauri/src/menu.rs). An ampersand marks the key letter
## (Alt + that letter); each letter is used once per menu.

menu-file = &Arkiv
menu-new = &Nytt dokument…
menu-open = Ö&ppna…
menu-open-recent = Öppna &senaste
menu-no-recent = Inga senaste filer
menu-save-copy = Spara &kopia…
menu-compare-merge = &Jämför och slå ihop med en annan kopia…
menu-export = &Exportera…
menu-close = S&täng dokumentet
menu-quit = &Avsluta
menu-edit = &Redigera
menu-undo = &Ångra
menu-redo = &Gör om
menu-cut = Klipp &ut
menu-copy = &Kopiera
menu-paste = Klistra &in
menu-select-all = Markera &allt
menu-view = &Visa
menu-language = &Språk
menu-findings = &Bristpanelen
menu-help = &Hjälp
menu-guide = &Användarhandbok
menu-about = &Om Kirjuri


## The user guide (Help → User guide, F1; ui/app/guide.js).

user-guide-title = Användarhandbok
user-guide-file-heading = Ett dokument är en fil
user-guide-file-saved = Kirjuri håller företagets dataskyddsdokumentation i en enda .sqlite-fil. Varje ändring sparas direkt när du gör den, så det finns ingen spara-knapp och inget går förlorat när du stänger.
user-guide-file-undo = Ångra (Ctrl+Z) tar tillbaka den senaste ändringen, också efter att du har stängt och öppnat filen igen. Historiken visar vem som ändrade vad och när.
user-guide-register-heading = Vad är ett register?
user-guide-register-what = Ett register är en behandling av personuppgifter som har ett eget ändamål, till exempel kundregistret, personalregistret eller nyhetsbrevets prenumeranter.
user-guide-register-describe = För varje register beskriver du varför uppgifterna behandlas och med vilken rättslig grund, vilka uppgifter och vilka registrerade det gäller, varifrån uppgifterna kommer, vem som får dem, vilka system och personuppgiftsbiträden som används, överföringar utanför EU/EES och hur länge uppgifterna sparas.
user-guide-documents-heading = Registret över behandling och dataskyddsbeskrivningen
user-guide-documents-record = Registret över behandling (artikel 30 i dataskyddsförordningen) är företagets egen förteckning över alla register. Det visas för tillsynsmyndigheten om den ber om det. Exportera det som PDF eller Excel med Arkiv → Exportera (Ctrl+E).
user-guide-documents-notice = Dataskyddsbeskrivningen (artiklarna 13 och 14) berättar för de registrerade hur deras uppgifter behandlas. Den görs per register och publiceras till exempel på företagets webbplats. Den exporteras som PDF på svenska, finska eller engelska.
user-guide-documents-only-yours = Dokumenten innehåller bara det du själv har skrivit in. Det som saknas syns som brister, inte som färdiga meningar.
user-guide-import-heading = Utgå från en befintlig beskrivning
user-guide-import-choose = Har företaget redan en registerbeskrivning eller dataskyddsbeskrivning (.docx, .odt, .pdf, .html eller text)? Välj Utgå från min befintliga beskrivning på startsidan. Kirjuri placerar varje stycke i sitt fält och hittar inte på något: det texten inte säger förblir obesvarat.
user-guide-import-review = Granska sedan beskrivningen avsnitt för avsnitt under Inläst beskrivning: den gamla texten står bredvid det Kirjuri gjorde av den. Lägg det som inte placerades där det hör hemma och bekräfta varje avsnitt. Dataskyddsbeskrivningen är ett utkast tills allt är bekräftat, och den gamla texten tas bort ur filen när granskningen är klar. Ångra tar tillbaka hela inläsningen i ett steg.
user-guide-sharing-heading = Dela filen med bokföraren
user-guide-sharing-copy = Filen är hela dokumentet. Spara en kopia med Arkiv → Spara kopia (Ctrl+Skift+S) och skicka den per e-post; mottagaren öppnar den i Kirjuri på sin egen dator.
user-guide-sharing-without = Den som inte har Kirjuri får de exporterade PDF- eller Excel-filerna. Arbeta inte i samma fil från två datorer samtidigt; skicka hellre filen fram och tillbaka.
user-guide-findings-heading = Vad betyder bristerna?
user-guide-findings-panel = Panelen Brister visar vad som saknas eller inte hänger ihop, till exempel ett ändamål utan rättslig grund eller en överföring utanför EU/EES utan skyddsåtgärd. Klicka på en brist för att komma till fältet.
user-guide-findings-severity = Fel (●) ska åtgärdas innan dokumenten är fullständiga. Varningar (▲) är värda att kontrollera men kan vara i sin ordning. Bristerna hindrar aldrig att du sparar eller exporterar.
user-guide-keys-heading = Kortkommandon
# The name of the Shift key, in the shortcuts the guide lists.
user-guide-shift = Skift
user-guide-key-save-copy = Spara kopia
user-guide-key-close = Stäng dokumentet
user-guide-key-this-guide = Den här handboken


## Findings (crates/model/src/checks.rs): one key per message; { $name } is the name of the record the finding is about.

## Words used inside messages.

# What a message calls a record without a name (or a request without a right): words, never a dash.
unnamed = utan namn
# The language a text is missing in, or whose translation is out of date.
in-swedish = på svenska
in-finnish = på finska
in-english = på engelska
# A moment: the date and the time in the language's form (2026-12-01 / 1.12.2026; 20.00 / 20:00).
date-and-time = { $date } kl. { $time }

## The organisation.

finding-controller-without-contact = Det går inte att kontakta ”{ $name }”: ange minst en adress, e-postadress eller ett telefonnummer. Dataskyddsbeskrivningen och registerförteckningen ska ange hur den personuppgiftsansvarige nås (art. 13.1 a, 14.1 a, 30.1 a).
finding-no-supervisory-authority = Tillsynsmyndigheten är okänd: ange organisationens land (FI eller SE) eller myndighetens kontaktuppgifter, annars saknas tillsynsmyndigheten i avsnittet om rätten att lämna in klagomål.

## A register, its purposes, data items, retention and rights.

finding-purpose-without-legal-basis = Ändamålet ”{ $name }” saknar rättslig grund (art. 6.1).
finding-legitimate-interest-not-stated = Ändamålet ”{ $name }” grundar sig på berättigat intresse, men intresset är inte beskrivet.
finding-special-category-without-condition = Uppgiften ”{ $name }” hör till särskilda kategorier av personuppgifter, men inget ändamål anger något villkor enligt art. 9.2.
finding-national-id-without-stated-need = Uppgiften ”{ $name }” är en personbeteckning (personnummer), men behovet av den är inte angivet.
finding-free-text-field = Uppgiften ”{ $name }” är ett fritextfält: där kan det skrivas vad som helst, även känsliga personuppgifter.
finding-mandatory-item-without-consequence = Uppgiften ”{ $name }” är obligatorisk, men följden av att den inte lämnas är inte angiven (art. 13.2 e).
finding-no-retention-rule = Registret ”{ $name }” har ingen lagringstid (”tills någon raderar” räcker inte).
finding-retention-without-limit = Registret ”{ $register }”: lagringstiden ”{ $period }” säger inte när uppgifterna raderas. Ange en tid (”3 år efter kundförhållandets slut”) eller en händelse som avslutar lagringen (art. 5.1 e, 13.2 a).
finding-deletion-routine-overdue = Raderingsrutinen i registret ”{ $name }” är försenad.
finding-register-not-updated-for-a-year = Registret ”{ $name }” har inte uppdaterats på över 12 månader.
finding-right-without-contact = Registret ”{ $register }”: ”{ $right }” hänvisar till en kontakt som inte finns. Ange registrets kontaktperson med e-post eller telefon, eller skriv hur begäran lämnas.
finding-right-channel-not-stated = Registret ”{ $register }”: hur man begär ”{ $right }” är inte angivet, så dataskyddsbeskrivningen säger inte hur rättigheten används.
finding-provision-contradicts-mandatory-item = Registret säger att uppgifterna inte behöver lämnas, men uppgiften ”{ $name }” är obligatorisk. Ange om kravet är lagstadgat, avtalsenligt eller en förutsättning för avtalet, och vad som följer om uppgifterna inte lämnas (art. 13.2 e).
finding-answer-period-beyond-one-month = Registret ”{ $register }”: svarstiden för ”{ $right }” är { $days } dagar. Dataskyddsförordningen kräver svar utan onödigt dröjsmål och senast inom en månad (art. 12.3), så dataskyddsbeskrivningen anger den lagstadgade tiden i stället.
finding-template-text-not-reviewed = Registret ”{ $register }”: avsnittet ”{ $section }” är föreslagen text (från en mall eller ert eget gamla dokument) som ingen har granskat ännu. Läs det, ändra det som inte stämmer och bekräfta det.
finding-system-receives-unlisted-item = Ett system får uppgifter som inte finns i registrets ”{ $name }” datainnehåll.

## Transfers: grounds that fell, the EU–US Data Privacy Framework, flows without a mechanism.

# Said after a ground the Court of Justice struck down.
-transfer-ground-instead = Ange i stället EU–US Data Privacy Framework (endast för certifierade mottagare) eller standardavtalsklausuler
finding-privacy-shield = Registret ”{ $register }”: EU–US Privacy Shield ogiltigförklarades av EU-domstolen den 16 juli 2020 (C-311/18, Schrems II). { -transfer-ground-instead }.
finding-safe-harbor = Registret ”{ $register }”: Safe Harbor ogiltigförklarades av EU-domstolen den 6 oktober 2015 (C-362/14, Schrems I). { -transfer-ground-instead }.
finding-dpf-not-checked = { $name } sägs vara certifierad enligt EU–US Data Privacy Framework, men inte när listan kontrollerades.
finding-us-adequacy-not-certified = Registret ”{ $register }”: överföringen till USA grundas på beslutet om adekvat skyddsnivå, men { $who } är inte certifierad enligt EU–US Data Privacy Framework. Beslutet gäller bara certifierade mottagare: välj en annan överföringsmekanism, till exempel standardavtalsklausuler.
finding-us-adequacy-certification-not-stated = Registret ”{ $register }”: överföringen till USA grundas på beslutet om adekvat skyddsnivå, men det är inte angivet att { $who } är certifierad enligt EU–US Data Privacy Framework. Kontrollera listan och ange certifieringen med datum, eller välj en annan överföringsmekanism.
finding-us-adequacy-no-recipient = Registret ”{ $register }”: en överföring till USA grundas på beslutet om adekvat skyddsnivå utan att ange mottagaren. Beslutet gäller bara mottagare som är certifierade enligt EU–US Data Privacy Framework: ange system eller mottagare och deras certifiering.
finding-transfer-without-mechanism = Registret ”{ $register }”: uppgifter överförs till { $who } ({ $country }) utanför EU/EES utan angiven överföringsmekanism (art. 44–49).

## A register's questions not answered.

finding-role-not-stated = Registret ”{ $name }”: det är inte angivet om organisationen är personuppgiftsansvarig eller personuppgiftsbiträde.
finding-provision-requirement-not-stated = Registret ”{ $name }”: det är inte angivet om den registrerade är skyldig att lämna uppgifterna (art. 13.2 e).
finding-automated-decisions-not-stated = Registret ”{ $name }”: det är inte angivet om automatiserat beslutsfattande eller profilering förekommer (art. 13.2 f).
finding-transfers-outside-eea-not-stated = Registret ”{ $name }”: det är inte angivet om uppgifter överförs utanför EU/EES.
finding-regular-disclosures-not-stated = Registret ”{ $name }”: det är inte angivet om uppgifter regelmässigt lämnas ut.
finding-special-categories-not-stated = Registret ”{ $name }”: det är inte angivet om registret innehåller särskilda kategorier av personuppgifter (art. 9.1).
finding-special-categories-contradicted = Registret ”{ $name }” sägs inte innehålla särskilda kategorier av personuppgifter, men en av dess uppgifter är en sådan (art. 9.1).
finding-special-categories-which-not-stated = Registret ”{ $name }”: vilka särskilda kategorier av personuppgifter det innehåller är inte angivet.
finding-dpia-not-assessed = Registret ”{ $name }”: det är inte bedömt om en konsekvensbedömning (art. 35) behövs.
finding-no-rights-procedures = Registret ”{ $name }” beskriver inte hur de registrerade använder sina rättigheter; dataskyddsbeskrivningen hänvisar då bara till kontaktuppgifterna.

## The kinds of shared records and cookies' consent, not answered.

finding-source-kind-not-stated = Källan ”{ $name }”: vilket slags källa den är är inte angivet.
finding-recipient-kind-not-stated = Mottagaren ”{ $name }”: vilket slags mottagare den är är inte angivet.
finding-measure-kind-not-stated = Skyddsåtgärden ”{ $name }”: om den är teknisk, organisatorisk eller fysisk är inte angivet.
finding-cookie-consent-not-stated = Kakan ”{ $name }”: om den sätts först efter samtycke är inte angivet.

## Processors, the record kept as processor (Art. 30(2)).

finding-processor-record-without-controller = Registret ”{ $name }” förs som personuppgiftsbiträde, men ingen personuppgiftsansvarig som det förs för är angiven. Lägg till den personuppgiftsansvarige i förteckningen som personuppgiftsbiträde (art. 30.2 a).
finding-client-agreement-not-stated = Personuppgiftsansvarige ”{ $name }”: biträdesavtalet är inte angivet (art. 28.3).
finding-client-transfers-not-stated = Personuppgiftsansvarige ”{ $name }”: det är inte angivet om uppgifter överförs utanför EU/EES för dess räkning (art. 30.2 c).
finding-client-security-measures-not-stated = Personuppgiftsansvarige ”{ $name }”: skyddsåtgärderna är inte angivna (art. 30.2 d, 32.1).
finding-processor-country-unknown = Landet för { $name } är inte angivet, så det går inte att se om uppgifter överförs utanför EU/EES.
finding-processor-without-agreement = Personuppgiftsbiträdet { $name } saknar avtal (art. 28).

## The breach log, the request log, the DPIA screening.

finding-breach-notification-missed = Personuppgiftsincidenten "{ $what }" upptäcktes { $discovered }; den skulle ha anmälts till tillsynsmyndigheten senast { $deadline } (72 timmar, art. 33.1). Anmäl den, eller ange skälen till förseningen eller till att den inte anmäls.
finding-breach-risk-not-reasoned = Personuppgiftsincidenten ”{ $name }” bedöms sannolikt inte medföra någon risk och behöver därför inte anmälas (art. 33.1), men skälen för bedömningen ska dokumenteras (art. 33.5). Skriv dem.
finding-breach-data-subjects-not-informed = Personuppgiftsincidenten ”{ $name }” medför en hög risk: de registrerade ska informeras utan onödigt dröjsmål (art. 34.1). Ange när de informerades, eller varför de inte informeras (art. 34.3).
finding-breach-open = Personuppgiftsincidenten ”{ $name }” är öppen: avsluta den när den är hanterad och utvärderad.
finding-request-extension-without-reason = Begäran ({ $right }) har förlängts utan angivna skäl; utan skäl gäller en månad (art. 12.3).
finding-request-overdue = Begäran ({ $right }) som togs emot { $received } är obesvarad; den skulle ha besvarats senast { $deadline } (art. 12.3).
finding-answered-request-old = Begäran ({ $right }) besvarades { $answered }, för mer än { $years } år sedan, och innehåller fortfarande vem som frågade. Radera den och glöm den ur historiken (sidan Begäranden).
finding-dpia-required = Registret ”{ $name }” kräver en konsekvensbedömning avseende dataskydd (art. 35): minst två kriterier eller en behandling på förteckningen. Registrera den när den är gjord.

## Texts of an export's language: { $language } is in-swedish…, { $kind } the record's kind (lower case in Finnish and English), { $field } the field's label in the form.

finding-translation-out-of-date = Översättningen { $language } är inaktuell: { $kind }, fältet ”{ $field }”. Källtexten har ändrats efter att den översattes; uppdatera översättningen eller bekräfta den.
finding-text-missing = Text saknas { $language }: { $kind }, fältet ”{ $field }”. Texten skrivs ut på ett annat språk.

## The review calendar (crates/model/src/calendar.rs): what falls due.

calendar-deletion-routine = Raderingsrutin: { $register }
calendar-register-review = Genomgång av registret { $register }
calendar-request-answer = Svar på begäran: { $right }
calendar-request-received = mottagen { $received }
calendar-breach-notification = Anmälan till tillsynsmyndigheten: { $what }

## The names of record kinds (`RecordKind::label`): the window's `kind-*` keys, except these two.

# A processor record is a company bound by Art. 28 as well as its system; the window's kind-processor names only the system.
record-kind-processor = Personuppgiftsbiträde eller system
