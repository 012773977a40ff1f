### Kirjuri text catalogue, Swedish: the menu bar and the user guide.


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
