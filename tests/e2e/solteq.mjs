// Seed 003 of ../shared/seeds (Solteq Oyj's Swedish register description of
// its customer and marketing register, 2016), as the answers a managing
// director types into Kirjuri: each list is the description's own bullet
// list, pasted as it stands (bullets included). Only what the description
// says is here; what it does not say (legal bases of most purposes,
// retention, rights) stays unanswered and is left to the findings.

export const SOLTEQ = {
  company: 'Solteq Oyj',
  vatNumber: 'FI04904840',
  address: 'Eteläpuisto 2 C, 33200 Tammerfors, Finland',
  phone: '+358 10 8208024',
  email: 'info@solteq.com',
  contact: { name: 'Mikko Sairanen', email: 'mikko.sairanen@solteq.com', phone: '+358 10 8208024' },
  register: 'Kund- och marknadsföringsregister',
  subjects: 'Kunder och potentiella kunder (användare av Solteqs produkter och tjänster)',
  purposes: [
    ' • Underhålla hanteringen av Solteqs kundservice och kundrelationer',
    ' • Distribution av nyhetsbrev',
    ' • Marknadsföring och direkt marknadsföring av Solteqs produkter och tjänster i enlighet med användarens medgivande och som är tillåtet enligt lag',
    ' • Används för personifiering av besök eller kommunikation',
    ' • För att underlätta leverans av Solteqs produkter och tjänster, för att underlätta verksamheten och pågående utveckling av Solteqs verksamhet, produkter och tjänster',
    ' • Utlämnande av information inom Solteq och mellan Solteq, Solteqs koncernbolag och dess underleverantörer för att möjliggöra leverans av Solteqs produkter och tjänster',
    ' • Uppfylla Solteqs lagstadgade skyldigheter gällande persondatahantering',
    ' • Svara på kontaktförfrågningar',
  ],
  /// Index in `purposes` → the legal basis the description names for it.
  bases: { 2: 'consent', 6: 'legal_obligation' },
  items: [
    ' • Användarens förnamn och efternamn',
    ' • Användarens e-postadress',
    ' • Användarens mobiltelefonnummer',
    ' • Användarens företag eller annan organisation och adressen till företaget eller annan organisation',
    ' • Användarens position i organisationen',
    ' • Information om användarens geografiska läge och hemort, erhållen med användarens medgivande',
    ' • Märke och typ på användarens webbläsare',
    ' • Märke och modell på användarens dator',
    ' • Operationssystem på användarens dator',
    ' • Märke och modell på användarens mobiltelefon eller annan mobil enhet',
    ' • Märke och typ på användarens mobila webbläsare',
    ' • Användarens aktuella IP-adress',
    ' • IMEI-kod eller annan liknande unik kod för användarens telefon eller mobila enhet',
    ' • Information om användning av och sessioner på Solteqs produkter och tjänster',
    ' • Användningsinformation om användarens Solteq produkter och tjänster, såsom information om användningsfrekvens, tid och längd',
    ' • Användarens användarnamn och lösenord för Solteqs produkter och tjänster',
    ' • Information om avtal som ingåtts av användarens företag eller annan organisation',
    ' • Information om e-postlistor',
    ' • Kundrespons, enkäter eller konkurrensresultat i anknytning till användaren',
  ],
  sources: [
    ' • Kundenkäter på Solteqs webbsida, via telefon eller annan kommunikation eller annan form av kontakt',
    ' • Via kontaktblanketter eller andra blanketter',
    ' • Information som samlats in via Twitter/LinkedIn/Facebook etc. då en användare loggar in eller som verifieras via tredjepartstjänster',
    ' • Prenumeration på nyhetsbrev',
    ' • Olika användarsvar på specifika frågor (intressen etc.)',
    ' • Från en kunds kontaktbegäran eller via chat-funktionen på Solteqs hemsida',
    ' • Information som användaren lämnar vid leverans av Solteqs produkter och tjänster och som uppkommer vid användningen av dem',
    ' • Solteqs underleverantörer och leverantörer som tillhandahåller produkter eller tjänster till användarens organisation',
  ],
  recipients: [
    'Kundföretag eller organisation som användaren representerar',
    'Solteqs underleverantörer och huvudmän (IT-tjänster, programvara, Solteqs koncernbolag)',
    'Solteqs koncernbolag, för marknadsföring',
  ],
  measures: [
    ' • Lås på de lokaler som används av Solteq och dess underleverantörer',
    ' • Elektronisk övervakning av utrustning och lokaler som används av Solteq och dess underleverantörer',
    ' • Brandväggar, antivirus- och skräppostfilter och andra program och utrustningar som skyddar datornätverket',
    ' • Personalens expertis',
    ' • Personalutbildning',
    ' • Registrets persondata lagras elektroniskt, med undantag för kortvariga undantagsfall',
    ' • Solteqs policy och förordningar gällande persondata',
  ],
};

/// A bullet list as the director pastes it: one entry per line.
export const plain = (line) => line.replace(/^\s*•\s*/, '');
