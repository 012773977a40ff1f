### Kirjuri text catalogue, Swedish: the model's texts (crates/model): findings, the calendar, the names of record kinds.

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
