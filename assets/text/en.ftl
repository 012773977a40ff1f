### Kirjuri text catalogue: English.


## The window


## The frame

app-name = Kirjuri
ui-language = Language
undo = Undo
undo-hint = Undo the last change (Ctrl+Z)
nothing-to-undo = Nothing to undo.
undone = The change was undone.
redo = Redo
redo-hint = Redo what was undone (Ctrl+Shift+Z or Ctrl+Y)
nothing-to-redo = Nothing to redo.
redone = The change was redone.
undid-summary = Undid: { $what }
redid-summary = Redid: { $what }
summary-created = created { $kind } “{ $name }”
summary-changed = changed { $kind } “{ $name }”
summary-deleted = deleted { $kind } “{ $name }”
summary-others = { $what } and { $n } other records
summary-others-one = { $what } and 1 other record
read-only-banner = The file is open read-only: changes are not saved. Use “Save a copy…” to edit a copy.
open-read-only = Open read-only
break-lock = Break the lock…
break-lock-title = Break the lock?
break-lock-detail = Do this only if you know the file is no longer open there (the computer crashed or the network drive went away). If it still is open, none of its changes will be saved any more.
reopen = Reopen
with-history = With history
without-history = Without history (to send)
save-copy-detail = A copy without history holds the document as it is now only, not earlier versions or deleted records.
copy-saved = The copy was saved.
findings = Findings
findings-count = { $n } findings
findings-count-one = 1 finding
findings-none = No findings.
findings-hint = Click a finding to go to its field.
errors-count = { $n } errors
errors-count-one = 1 error
warnings-count = { $n } warnings
warnings-count-one = 1 warning
severity-error = Error
severity-warning = Warning
check-language = Language to check
check-language-none = no language
export = Export
export-hint = Export PDF or Excel
close-document = Close
close-document-hint = Close the document and go to the start page
save-copy = Save a copy…
saved-automatically = Every change is saved at once.
last-changed = Last changed { $d }
navigation = Navigation
settings = Settings
user-name = Your name in the history
user-name-hint = Empty = your login name ({ $n }).
close = Close
cancel = Cancel
ok = OK
delete = Delete
add = Add
add-several = Add { $n }
findings-more = Show { $n } more (of { $total } not shown)
add-one-per-line = One per line: paste a list to add several at once (Enter adds, Shift+Enter starts a new line).
none-selected = —
yes = Yes
no = No
untitled = (untitled)
confirm-delete = Delete “{ $n }”?
confirm-delete-detail = What belongs to it goes too. You can undo with Ctrl+Z.
empty-list = Nothing yet.
working = Working…

## Start screen

start-title = Data protection documentation
start-lead = Kirjuri keeps your company's data protection documentation in one file you can save, e-mail and open again.
new-document = New document…
new-document-title = New document
open-document = Open…
open-document-title = Open a document
open-by-path = Open a path
open-example = Open the example company…
open-example-title = The example company BTB Plaza
open-example-lead = A copy of the example is saved as a new file you can change freely.
example-file-name = BTB Plaza (example).sqlite
recent-documents = Recent documents
no-recent = No recent documents.
missing-file = (the file is gone)
organisation-name = Name of the organisation
file-path = File
file-path-hint = Leave empty to choose the file in a dialog.
create = Create
open = Open
new-file-name = Data protection.sqlite

## Screens

nav-organisation = Organisation
nav-people = People
nav-registers = Registers
nav-processors = Processors and systems
nav-lists = Shared lists
nav-cookies = Cookies
nav-incidents = Incident routine
nav-history = History

## Organisation

organisation-title = Organisation (controller)
name = Name
business-id = Business ID
vat-number = VAT number
address = Address
phone = Phone
email = E-mail
website = Website
country = Country
staff-count = Number of staff
dpo = Data protection officer
joint-controllers = Joint controllers
representative = Representative (Art. 27)
version-label = Version label
authority-section = Supervisory authority
authority-default = Default for the country: { $n }
authority-unknown = No default for this country; give the authority below.
authority-override = Give another supervisory authority
contact-details = Contact details
other-details = Other details

## People

people-title = People
people-lead = Contact people, the data protection officer and those with access to the registers.
new-person = New person
title-field = Title

## Registers

registers-title = Registers (processing activities)
registers-lead = Each register is one processing activity.
new-register = New register
new-register-name = New register
col-name = Name
col-role = Role
col-purposes = Purposes
col-findings = Findings
back-to-registers = ← All registers
delete-register = Delete the register
tab-general = General
tab-data = Data
tab-purposes = Purposes
tab-sources = Sources, recipients
tab-systems = Systems
tab-security = Security
tab-access = Access
tab-retention = Retention
tab-rights = Rights
description = Description
role = Our role in the processing
business-function = Business function / owner
contact-person = Contact person
created = Created
last-updated = Last updated
automated-decisions = Automated decisions or profiling take place
automated-decisions-description = About the automated decisions
provision-requirement = Requirement to provide the data
consequence-of-not-providing = Consequence of not providing the data
dpia = Impact assessment (DPIA)
transfers-outside-eea = Are data transferred outside the EU/EEA?
transfers-qualifier = Qualifier or exception ("as a rule not, except …")
regular-disclosures = Are data disclosed regularly?
disclosures-qualifier = Qualifier or exception ("none, except by agreement, consent or law")
disclosure-condition = Condition or legal ground of the disclosure
register-law-reference = Law reference for the whole register
not-answered = Not answered
list-exhaustive = The list is complete
list-qualifier-items = The list of data items is
list-qualifier-sources = The list of sources is
list-qualifier-recipients = The list of recipients is
recipient-category = A category of recipients, not a named recipient
rights-fee = Fee
rights-frequency = How often
rights-refusal-grounds = Grounds for refusal
# The documents' heading or column for what the window asks with `created`, which explains or asks in the form's words.
document-created = Document created
document-updated = Document updated
export-draft = The document will be marked DRAFT on every page while these { $n } findings are open (fix them, or mark them not applicable or accepted):
export-draft-one = The document will be marked DRAFT on every page while this finding is open (fix it, or mark it not applicable or accepted):
export-draft-more = … and { $n } more
export-file-exists = The file { $n } already exists. Replace it?
export-keep-file = Keep it
export-replace-file = Replace
finding-answer = Answer
finding-answer-title = Answer the finding
finding-not-applicable = Not applicable, because …
finding-accepted = Accepted for now
finding-reason = Reason or note
finding-answered = Answered
finding-withdraw = Withdraw the answer
data-subject-categories = Categories of data subjects
data-item-groups = Groups of data items
new-group = New group
personal-data = Personal data
data-items = Data items
new-data-item = New data item
group = Group
requirement = Mandatory / optional
consequence-if-not-given = Consequence if not given
flags = Kind of data
flag-national-id = National identity number
flag-financial = Financial data
flag-free-text = Free text
flag-online-identifier = Online identifier (IP, IMEI)
flag-credentials = Credentials
flag-consent = Consent record (e.g. newsletter)
flag-criminal-offence = Data relating to criminal convictions and offences (Art. 10)
special-category = Special category (Art. 9)
need-for-national-id = Why the identity number is needed
purposes = Purposes
new-purpose = New purpose
purpose-description = Purpose
direct-marketing = Direct marketing (right to object, Art. 21(2))
legal-bases = Legal basis
new-legal-basis = Add a legal basis
basis = Legal basis (Art. 6(1))
basis-applies-to = Applies to (none = all)
legitimate-interest = The legitimate interest
special-category-condition = Condition for special categories of personal data (Art. 9(2))
law-reference = Law reference
sources = Sources of data
disclosures = Recipients and disclosures
new-disclosure = New disclosure
recipient = Recipient
disclosed-data = What data
disclosure-purpose = Why
disclosure-method = How
system-links = Systems and processors
new-system-link = Link a system
processor = System / processor
link-data-items = Data items that go there
usage = Used for
outside-eea-warning = Outside the EU/EEA: { $n }. Add a transfer with its mechanism below.
add-transfer-for = Add a transfer
transfers = Transfers outside the EU/EEA
new-transfer = New transfer
mechanism = Transfer mechanism
documentation = Where the safeguards are documented
storage-locations = Where the data are kept
security-measures = Security measures
access-roles = Roles with access
new-access-role = New role
role-name = Role
role-people = People in the role
permissions = May do
new-permission = New permission
change-logging = Logging of changes
granted-by = Who grants access
retention-rules = Retention rules
new-retention-rule = New rule
applies-to-group = Applies to group
whole-register = The whole register
trigger = What starts the period
period = Period or criterion
deletion-method = How deleted
routine = Deletion routine
responsible = Responsible
review-interval-months = Runs every … months
last-reviewed = Last run
next-review = Next: { $d }
overdue = Overdue since { $d }
never-reviewed = Never run: due now
rights-procedures = How data subjects exercise their rights
new-rights-procedure = New procedure
right = Right
channel = How to ask
identity-check = Identity check
deadline-days = Answer within (days)
format = Format
notes = Conditions and other notes

## Processors

processors-title = Processors and systems
processors-lead = Vendors and systems the registers use. Link them to a register on its Systems tab.
new-processor = New system
vendor = Vendor (legal name)
product = Product or service
hosting = Hosting
function = Function
data-location = Where the data are stored
data-location-country = Storage country (if different)
data-held = What data it holds
agreement = Agreement
has-agreement = There is an agreement
agreement-kind = Kind of agreement
signed = Signed
reference = Reference or file name
used-by = Used by
not-used = Not linked to a register.

## Shared lists

lists-title = Shared lists
lists-lead = Entries several registers can pick from.
kind = Kind
public-source = Public source (Art. 14(2)(f))
collection-procedure = How the data are collected
paper = On paper
storage-system = System
new-entry = New entry
add-purposes = New purposes, one per line
add-data-items = New data items, one per line
add-recipients = New recipients, one per line
processor-categories = Categories of processors
processor-categories-lead = Where the description names a category rather than each provider: “cloud service providers”, “group companies”. A category needs no agreement or country here; a named provider is added as a system above.
processor-category-does = What they do for us
add-processor-categories = New categories of processors, one per line
move-up = Move up
move-down = Move down
deleted-named = “{ $n }” was deleted.
source-kind = Kind of source
measure-kind = Kind of measure
recipient-kind = Kind of recipient
recipient-category-short = A category, not a named recipient
kind-not-answered = Kind: not answered – choose
another-kind = another kind
remove = Remove
unpick = Take off this register
shared-with = (also in { $n } registers)
shared-with-one = (also in 1 register)
public-source-short = Public
pick-shared = Pick one that exists
flag-short-national-id = ID no.
flag-short-financial = Financial
flag-short-free-text = Free text
flag-short-online-identifier = Online ID
flag-short-credentials = Login
flag-short-consent = Consent
flag-short-criminal-offence = Offences
new-entry-named = New: { $n }
pick-from-list = Pick from the list

## Cookies

cookies-title = Cookies on the website
new-cookie = New cookie
provider = Provider
cookie-class = Class
duration = Session / persistent
lifetime = Lifetime
cookie-purpose = Purpose
requires-consent = Requires consent

## Incidents

incidents-title = Personal data breach routine
steps = Steps, in order
new-step = New step
decided-by = Who decides on notifications
notify-authority-within-72-hours = The authority is notified within 72 hours (Art. 33)
inform-data-subjects-on-high-risk = Data subjects are told when the risk is high (Art. 34)
breach-log = Where breaches are logged (Art. 33(5))
post-incident-review = Review after an incident
new-review-question = New question

## History

history-title = Change history
history-lead = Every change with who and when.
when = When
who = Who
what = What
redoes-edit = Redoes what change { $n } undid
forgot-records = Deleted records were forgotten: they were removed from the history.
undoes-edit = Undoes change { $n }
date-placeholder = YYYY-MM-DD
created-record = New
deleted-record-label = Deleted
kind-organisation = Organisation
kind-person = Person
kind-data-subject-category = Data subject category
kind-source = Source
kind-recipient = Recipient
kind-processor = System
kind-storage-location = Storage location
kind-security-measure = Security measure
kind-cookie = Cookie
kind-register = Register
kind-data-item-group = Group of data items
kind-data-item = Data item
kind-purpose = Purpose
kind-system-link = Linked system
kind-disclosure = Disclosure
kind-transfer = Transfer
kind-access-role = Role
kind-retention-rule = Retention rule
kind-rights-procedure = Rights procedure
kind-dpia-screening = DPIA screening
kind-breach = Personal data breach
kind-data-subject-request = Data subject request
kind-client-controller = Controller (we as processor)
history-empty = No changes yet.
deleted-record = (deleted)

## Export

export-title = Export
document-type = Document
doc-record-pdf = Record of processing activities (PDF)
doc-notice-pdf = Privacy notice of a register (PDF)
doc-notice-html = Privacy notice for the website (HTML)
doc-processor-record-pdf = Record of processing activities as processor (PDF, Art. 30(2))
doc-xlsx = Record of processing activities (Excel)
register = Register
document-language = Language of the document
save-to = Save as
exported-to = Saved: { $n }
open-file = Open the file
processor-record-file-name = Record of processing activities as processor
record-file-name = Record of processing activities
notice-file-name = Privacy notice
export-missing-text = { $n } texts are missing in this language; they are printed in another language and marked.
no-registers-for-notice = Create a register first.

## The new-document guide, templates and catalogues

country-fi = Finland
country-se = Sweden
guide-country-hint = The country sets the supervisory authority and the laws the templates cite.

## One-line explanations of fields, shown under them (components.js `fieldHint`: help_KIND_PATH).

help-register-name = A name the people concerned will recognise. For example: Customer and marketing register.
help-register-description = Whose data and why, in your own words. For example: customers and prospects we contact about our services.
help-register-role = Do you decide why and how the data are processed (controller), or do you process them for a client (processor)?
help-register-contact-person = Who answers questions about the register. Not in the list? Choose “+ New …” and type the name.
help-register-business-function = The part of the company that uses the register. For example: sales, finance.
help-register-provision-requirement = Must the person give the data, for example by law or contract? The notice has to say so (Art. 13(2)(e)).
help-register-consequence-of-not-providing = What happens if the data are not given. For example: we cannot deliver the order.
help-register-law-reference = A law that applies to the whole register, if any. For example: the Accounting Act.
help-register-automated-decisions = Does software decide about people without a person weighing it, or are they profiled? (Art. 22)
help-purpose-description = Why the data are processed, one purpose at a time. For example: sending the newsletter to those who subscribed.
help-purpose-legal-bases-legitimate-interest = What your interest is and why it outweighs the person's. For example: looking after the customer relationship.
help-purpose-legal-bases-law-reference = The law that requires or allows the processing. For example: the Accounting Act.
help-data-item-name = One piece of data about the person. For example: name, e-mail address, phone number.
help-retention-rule-period = How long the data are kept, or what decides it. For example: 7 years from the end of the financial year.
help-retention-rule-routine = How and when the data are deleted in practice. For example: the finance manager deletes old data every January.
help-rights-procedure-channel = How a person makes the request. For example: e-mail to privacy@company.com.
help-rights-procedure-identity-check = How you make sure who is asking. For example: answers only to the e-mail address in the register.
help-system-link-usage = What the register uses the system for. For example: sending the newsletter.
help-disclosure-data = Which data the recipient gets. For example: name and address.
help-processor-function = What the system does for the company. For example: bookkeeping, e-mail, customer records.
preview-toggle = Preview
preview-title = Preview
preview-hint = The privacy notice as it will be exported. Click a section to go where it is written.
preview-failed = The preview could not be shown
working-language = Language of the documentation
working-language-hint = The forms show the texts in this language. You write the other languages under Translation.
nav-translation = Translation
translation-title = Translation
translation-lead = Working language: { $from }. Each text is shown beside the language you translate it into.
translation-other-language = Translate into
translation-missing = { $n } missing
translation-only-missing = Show only missing texts
translation-empty = The document has no texts yet.
translation-source-missing = Missing in { $l }
guide-working-language = Working language
guide-which = Which of these do you have?
guide-contact = Who answers questions about personal data?
guide-contact-hint = The contact person of the registers; the e-mail also becomes the company's in the privacy notices, so that people can reach you.
guide-template-answers = Suggests (you confirm each answer where it is asked): { $n }
template-automated-decisions-no = no automated decisions
template-automated-decisions-yes = automated decisions
template-transfers-outside-eea-no = no transfers outside the EU/EEA
template-transfers-outside-eea-yes = transfers outside the EU/EEA
template-regular-disclosures-no = no regular disclosures
template-regular-disclosures-yes = regular disclosures
guide-choose-country-first = Choose the country first.
guide-templates-hint = Each choice becomes a register with typical purposes, data, retention and rights. The text is a template until you have read and confirmed it.
guide-systems = Systems you use
guide-systems-search = Search a system, vendor or function
guide-systems-none = No system in the catalogue matches.
add-from-catalogue = Add from the catalogue…
catalogue-lead = The entry is copied into the document, where you can change it. Whether you have signed an agreement with the vendor is yours to record.
link-from-catalogue = Add a system from the catalogue…
pick-statutory-period = Statutory period…
template-text-unreviewed = Template text, not yet reviewed:
imported-text-unreviewed = From your document — review:
template-text-hint = Read it and change what is not true for you.
confirm-section = I have read it – confirm

## H4 (issue 21): suggested answers confirmed where asked; out-of-date translations

suggested-answer = The template suggests:
suggested-answer-imported = Your old document says:
suggested-mechanism = The systems catalogue says:
suggested-answer-hint = The question stays unanswered until you confirm the answer or answer it yourself.
confirm-answer = True – confirm
translation-only-open = Show only missing and out-of-date texts
translation-stale = { $n } out of date
translation-stale-note = The text in { $l } has changed since this translation was made.
translation-confirm = The translation is right – confirm

## The paperwork: breaches, requests and the review calendar

nav-breaches = Breaches
nav-requests = Requests
nav-calendar = Calendar
datetime-placeholder = YYYY-MM-DD HH:MM
due-overdue = overdue
upcoming = upcoming
breaches-title = Personal data breaches
breaches-lead = Log every personal data breach, notified or not (Art. 33(5)). The supervisory authority is notified within 72 hours of discovery.
new-breach = New breach
notify-by = Notify the supervisory authority by
breach-description = What happened
breach-happened = Happened
breach-discovered = Discovered
approximate-people = Approximate number of people
breach-data-items = Data items concerned
breach-pick-registers-first = Pick the registers concerned first; their data items are listed here.
breach-registers-no-items = The registers picked have no data items yet.
breach-consequences = Likely consequences
breach-measures = Measures taken
breach-risk = Risk to the people concerned
risk-assessment = Risk assessment
authority-notified = Authority notified
notification-reason = Reason for a late or no notification
data-subjects-informed = People told on
not-informed-reason = Why the people were not told
breach-closed = Closed
requests-title = Data subject requests
requests-lead = A request is answered within one month; the period may be extended by two months with reasons (Art. 12(3)).
new-request = New request
answer-by = Answer by
requester = Requester
request-received = Received
rights-procedure-beside = The register's procedure for this right:
request-identity-check = How the identity was checked
request-extended = Extended by two months
extension-reason = Reason for the extension
request-actions = What was done
request-answered = Answered
old-requests = { $n } answered requests are older than { $y } years. They hold who asked: delete them and forget them from the history.
old-requests-one = One answered request is older than { $y } years. It holds who asked: delete it and forget it from the history.
old-request = Answered more than { $y } years ago; it still holds who asked.
delete-and-forget = Delete and forget
forget-old-requests-title = Delete and forget { $n } requests?
forget-old-requests-title-one = Delete and forget one request?
forget-old-requests-detail = The requests are deleted and every earlier state of them is removed from the history and the file. This cannot be undone. The history keeps only that something was forgotten, by whom and when.
old-requests-forgotten = The old requests were deleted and forgotten.
calendar-title = Review calendar
calendar-lead = What falls due: deletion routines, register reviews, answers to requests and breach notifications.
calendar-empty = Nothing falls due.
due-date = Due
due-what = What
due-status = Status
nav-clients = As processor
clients-title = Controllers we process for
clients-lead = The record as processor (Art. 30(2)): for whom, which categories of processing, transfers, security measures and sub-processors.
new-client = New controller
client-security = Security measures
sub-processors = Sub-processors
categories-of-processing = Categories of processing
one-per-line = One per line
tab-dpia = DPIA
dpia-screening = Is a DPIA needed?
dpia-lead = The criteria come from the EDPB guidelines (WP248 rev.01) and IMY's list; the kinds of processing from Art. 35(3) and the Finnish Data Protection Ombudsman's list. Two criteria or one listed kind require a DPIA.
start-dpia-screening = Start the screening
dpia-criteria = Criteria (WP248 rev.01)
dpia-listed = Processing that always needs a DPIA
dpia-notes = Reasoning
dpia-screened = Screened on
dpia-done-title = DPIA done
dpia-done = Date
dpia-reference = Reference
dpia-outcome = Outcome
dpia-verdict-in-findings = Whether a DPIA is required is shown among the findings on the right until a DPIA done is recorded.

## Errors, by code

error-title = Something went wrong
err-not-kirjuri = The file is not a Kirjuri document. It was not changed.
err-newer-version = The file was saved by a newer Kirjuri. Update Kirjuri to open it; the file was not changed.
err-damaged = The file is damaged and cannot be opened. It was not changed; use a backup copy.
err-unexpected-schema = The file holds things Kirjuri did not create and is refused for safety. It was not changed.
err-file-exists = The file already exists. Choose another name.
err-not-found = The file does not exist.
err-busy = The file is open in another program. Close it there first.
err-in-use = The file is open for editing in another Kirjuri window on this computer. Close it there, or open it read-only.
err-in-use-breakable = The file is open for editing in Kirjuri on another computer (or was, when that computer stopped answering). Open it read-only, or break the lock if it is no longer open there.
err-not-writable = The file cannot be written (a read-only file or medium).
err-changed-on-disk = Someone else changed the file after it was opened. The change was not saved; reopen the file to see their changes.
err-lock-lost = Someone broke the lock and edits the file now. The change was not saved; reopen the file.
err-unfinished-save = An unfinished save lies beside the file; opening it for editing completes the recovery.
err-disk-full = The disk is full. The change was not saved; the file holds the last saved state.
err-not-forgettable = Only deleted records can be forgotten.
err-read-only = The document is read-only.
err-invalid-edit = The change could not be saved.
err-broken-history = The file's change history was altered outside Kirjuri and cannot be trusted: the document opens, but history, undo and merging are turned off.
err-io = The file could not be read or written.
err-sqlite = A database error; the change was not saved.
err-no-document = No document is open.
err-export = The export failed.
err-unknown-register = The register does not exist.
err-not-exported = Only files exported now can be opened.
err-unknown-catalogue-entry = The entry is not in the catalogue.
err-no-name = Give the company a name.

## Merging another copy (ui/app/screens/merge.js): error codes of the merge review

err-same-file = That is the file that is open. Choose the other copy.
err-different-organisation = The copy is a document of another organisation; nothing was compared.
err-internal = An internal error in Kirjuri.
err-other = An unexpected error.
details = Details

## The menu bar's actions and Help (the menu's own labels are in src-tauri/src/menu.rs)

about-title = About Kirjuri
about-lead = Data protection documentation for small companies: the registers, the record of processing activities and the privacy notices in one file, offline.
about-licence = Free software under the MIT licence.

## Import of an existing description and its review (screens/import.js).

guide-or-import = Already have a register description or privacy notice?
start-import = Start from my existing description
import-title = Start from an existing description
import-lead = Kirjuri reads your register description or privacy notice and puts each passage in its field. Nothing is invented: what the text does not say stays unanswered, and everything is a suggestion until you have reviewed it section by section.
import-file = File (.docx, .odt, .pdf, .html, .txt, .md)
import-file-hint = Type the path or choose the file. Save a .doc or .rtf file as .docx first.
import-choose-file = Choose file…
import-paste = … or paste the text
import-as-the-text-says = As the text says
import-language = The description's language
import-document-path = The new document's file
import-submit = Read it in
nav-import = Imported description
import-none = No imported description is waiting for review.
import-into-title = Import a description into this document
import-into-lead = As new registers, or as the registers' text in another language (the same description, translated).
import-as = Import
import-as-new = as new registers
import-as-translation = as the registers' translation
import-imported = The description is imported; review it section by section.
import-translated = The translation is imported.
import-review-title = Review the imported description
import-review-lead = On the left is the text of your old description, on the right what Kirjuri made of it. Read one section at a time and confirm it; the privacy notice is a draft until then. The old text stays in the file until the review is finished.
import-progress = { $n } of { $d } sections confirmed
import-not-placed-count = { $n } passages not placed
import-not-placed-count-one = 1 passage not placed
import-before-headings = Before the first heading
import-confirmed = Confirmed
import-fills = Fills: { $n }
import-old-text = Your description
import-made = Became
import-not-placed = Not placed
import-confirm-leaves-out = What is not placed when you confirm is left out; put it where it belongs first.
import-put-into = Put into…
import-target-description = the register's description
import-target-purpose = a purpose
import-target-data-item = a data item
import-target-data-subjects = a group of data subjects
import-target-source = a source
import-target-security-measure = a security measure
import-target-left-out = Nowhere – leave it out
import-place-heading = section heading
import-place-contents = the old document's table of contents
import-place-running-title = the old document's running title
import-place-title = the old document's title
import-place-register = a register of its own
import-place-register-part = the register's part of the section
import-place-updated = the date it was last updated
import-place-written = the date it was written
import-place-organisation = The organisation
import-place-contact = The contact person
import-place-name = name
import-place-data-subjects = data subjects
import-place-data-item = data item
import-place-group = group of data items
import-place-purpose = purpose
import-place-purpose-basis = purpose with its legal basis
import-place-basis = legal basis of its purposes
import-place-intro = the list's introduction
import-place-source = source
import-place-recipient = recipient
import-place-retention = retention
import-place-rights = rights
import-place-measure = security measure
import-place-description = description
import-place-no-automated = automated decisions: no
import-place-no-disclosures = regular disclosures: no, in these words
import-place-no-transfers = transfers outside the EU/EEA: no, in these words
import-place-transfers = transfers outside the EU/EEA: what the text says, to answer
import-place-cookie = a cookie (Cookies)
import-place-left-out = left out by you
err-not-imported = The description was not imported, and nothing was created.

## Merging another copy (ui/app/screens/merge.js)

merge-title = Compare and merge with another copy
merge-open-lead = Choose the copy that came back (from the accountant, say). It is only read; the changes you take become one edit of this file, undone in one step.
merge-path = Path of the other copy
merge-choose = Choose a file…
merge-compare = Compare
merge-different-org-title = Another organisation’s document
merge-different-org = { $n } is a document of another organisation. The copies can only be compared record by record: records in one only are kept, nothing is deleted and every difference is a conflict. Compare anyway?
merge-compare-anyway = Compare anyway
merge-err-not-kirjuri = The file is not a Kirjuri document; nothing was compared and nothing written.
merge-err-same-file = That is the file already open. Choose the other copy.
merge-err-in-use = The other copy is open for editing in another Kirjuri. Close it there and compare again; nothing was written.
merge-err-newer-version = The other copy was saved by a newer Kirjuri. Update Kirjuri to merge it; nothing was written.
merge-err-not-found = The file does not exist.
merge-shared = The copies share their history up to the edit of { $d } by { $u }. Since then the other copy has { $n } edit(s) and this one { $m }.
merge-unrelated = The copies have no common history: they are compared record by record. Records in one only are kept; nothing is deleted.
merge-forgotten = { $n } record(s) forgotten in one of the copies are not brought back.
merge-nothing = The other copy has no changes that this one lacks.
merge-shared-records = The organisation and shared records
merge-take = Take
merge-by = { $u }, { $d }
merge-conflict = Conflict
merge-whole-record = the whole record
merge-reason-both-changed = both changed it
merge-reason-deleted-in-mine = this copy deleted it, the other changed it
merge-reason-deleted-in-theirs = the other copy deleted it, this one changed it or something that refers to it
merge-reason-differs = the copies differ
merge-mine = This copy
merge-theirs = The other copy
merge-own-text = Own text
merge-empty = (empty)
merge-not-merged = Cannot be taken: { $n }
merge-open-conflicts = { $n } conflict(s) to decide before merging.
merge-do = Merge
merge-done = Merged from { $n }. Undo takes the whole merge back.
merge-report = Change report
merge-back = Back to the review
merge-print = Print
merge-export-pdf = Export PDF…
merge-report-saved = The report was saved: { $n }
merge-report-path = Path of the PDF (empty: choose in a dialog)
merge-preview = The privacy notice after the merge
merge-preview-register = Register
merge-conflicted-copy = A synced folder left a conflicted copy beside this file: { $n }.
merge-conflicted-open = Compare and merge…

## Issue 21 (H5): qualifiers, special categories, changes to the notice, rights procedures, DPF

special-categories = Special categories of personal data
special-categories-question = Does the register hold special categories of personal data (health, ethnic origin, trade union membership …, Art. 9(1))?
special-categories-which = Which?
transfers-as-a-rule = As a rule not (there may be exceptions)
disclosures-as-a-rule = As a rule not (there may be exceptions)
safeguard-copies = Is a copy of the safeguards given on request?
notice-changes = Changes to this notice (optional: “We update this notice when …”)
new-rights-procedure-which = New procedure for the right …
copy-contact-channel = Use the contact person’s { $n }
dpf = EU–US Data Privacy Framework
dpf-certified = Certified under the Framework
dpf-checked-on = Checked on
dpf-suggested-yes = Catalogue: certified according to the vendor’s pages, checked on { $d }.
dpf-suggested-no = Catalogue: not certified according to the vendor’s pages, checked on { $d }.
dpf-use-suggestion = Use as the answer

## The documents


## The record of processing activities: cover and contents.

record-title = Record of processing activities
record-subtitle = under Article 30 of the General Data Protection Regulation (GDPR)
contents = Contents
# The documents' heading or column for what the window asks with `business-id`, which explains or asks in the form's words.
document-business-id = Business ID
contact = Contact details
version = Version
# The documents' heading or column for what the window asks with `last-changed`, which explains or asks in the form's words.
document-last-changed = Last changed
printed = Printed
registers = Registers
no-registers = No registers.

## The organisation section.

controller = Controller
title = Title
# The documents' heading or column for what the window asks with `representative`, which explains or asks in the form's words.
document-representative = Representative
supervisory-authority = Supervisory authority
incident-routine = Personal data breach routine
incident-steps = Steps
incident-decided-by = Decides on notification
notify-within72-hours = Notification to the supervisory authority within 72 hours (Art. 33)
inform-on-high-risk = Informing the data subjects when the risk is high (Art. 34)
# The documents' heading or column for what the window asks with `breach-log`, which explains or asks in the form's words.
document-breach-log = Breach log (Art. 33(5))
# The documents' heading or column for what the window asks with `post-incident-review`, which explains or asks in the form's words.
document-post-incident-review = Review after an incident
cookies = Cookies
no-cookies = No cookies listed.

## A register's short facts.

role-in-processing = Role in the processing
data-subjects = Data subjects
legal-basis = Legal basis
retention = Retention
# The documents' heading or column for what the window asks with `automated-decisions`, which explains or asks in the form's words.
document-automated-decisions = Automated decisions or profiling

## A register's long facts, in Art. 30(1) order.

# The documents' heading or column for what the window asks with `purposes`, which explains or asks in the form's words.
document-purposes = Purposes and legal basis
# The documents' heading or column for what the window asks with `personal-data`, which explains or asks in the form's words.
document-personal-data = Categories of personal data
# The documents' heading or column for what the window asks with `sources`, which explains or asks in the form's words.
document-sources = Where the data come from
recipients = Recipients and regular disclosures
processors-and-systems = Processors and systems
# The documents' heading or column for what the window asks with `transfers`, which explains or asks in the form's words.
document-transfers = Transfers outside the EU/EEA
retention-and-deletion = Retention and deletion
# The documents' heading or column for what the window asks with `security-measures`, which explains or asks in the form's words.
document-security-measures = Technical and organisational measures
roles-and-access = Roles and access
# The documents' heading or column for what the window asks with `rights-procedures`, which explains or asks in the form's words.
document-rights-procedures = Procedures for the rights of data subjects

## Table columns and cell words.

purpose = Purpose
interest = Interest
art9-condition = Condition for special categories of personal data (Art. 9(2))
applies-to = Applies to
# The documents' heading or column for what the window asks with `direct-marketing`, which explains or asks in the form's words.
document-direct-marketing = Direct marketing
data-item = Data item
mandatory-or-optional = Mandatory / optional
# The documents' heading or column for what the window asks with `flags`, which explains or asks in the form's words.
document-flags = Flags
not-personal-data = not personal data
other-items = Other data items
if-not-given = If not given
# The documents' heading or column for what the window asks with `special-category`, which explains or asks in the form's words.
document-special-category = Special category
national-id = National identity number
# The documents' heading or column for what the window asks with `need-for-national-id`, which explains or asks in the form's words.
document-need-for-national-id = Need
need-for-national-id-number = Need for a national ID number
criminal-offence = Data relating to criminal convictions and offences (Art. 10)
financial = Financial data
free-text = Free text
online-identifier = Online identifier
credentials = Credentials
consent-record = Consent record
source = Source
# The documents' heading or column for what the window asks with `kind`, which explains or asks in the form's words.
document-kind = Type
# The documents' heading or column for what the window asks with `collection-procedure`, which explains or asks in the form's words.
document-collection-procedure = Collection
# The documents' heading or column for what the window asks with `public-source`, which explains or asks in the form's words.
document-public-source = public source
data = Data
method = Method
# The documents' heading or column for what the window asks with `vendor`, which explains or asks in the form's words.
document-vendor = Vendor
# The documents' heading or column for what the window asks with `product`, which explains or asks in the form's words.
document-product = Product
vendor-and-product = Vendor and product
# The documents' heading or column for what the window asks with `usage`, which explains or asks in the form's words.
document-usage = Use
data-sent = Data sent
# The documents' heading or column for what the window asks with `data-held`, which explains or asks in the form's words.
document-data-held = Data held
# The documents' heading or column for what the window asks with `data-location`, which explains or asks in the form's words.
document-data-location = Data location
no-agreement = No agreement listed
# The documents' heading or column for what the window asks with `signed`, which explains or asks in the form's words.
document-signed = signed
transfer-mechanism = Transfer mechanism
not-needed-in-eea = not needed (EU/EEA)
recipient-or-system = Recipient or system
# The documents' heading or column for what the window asks with `mechanism`, which explains or asks in the form's words.
document-mechanism = Mechanism
# The documents' heading or column for what the window asks with `documentation`, which explains or asks in the form's words.
document-documentation = Documentation
no-transfers = No personal data are transferred outside the EU/EEA.
# The documents' heading or column for what the window asks with `whole-register`, which explains or asks in the form's words.
document-whole-register = Whole register
# The documents' heading or column for what the window asks with `period`, which explains or asks in the form's words.
document-period = Period
# The documents' heading or column for what the window asks with `trigger`, which explains or asks in the form's words.
document-trigger = Counted from
# The documents' heading or column for what the window asks with `routine`, which explains or asks in the form's words.
document-routine = Routine
# The documents' heading or column for what the window asks with `next-review`, which explains or asks in the form's words.
document-next-review = Next review
# The documents' heading or column for what the window asks with `overdue`, which explains or asks in the form's words.
document-overdue = OVERDUE
last-done = last done
# The documents' heading or column for what the window asks with `storage-locations`, which explains or asks in the form's words.
document-storage-locations = Where the data are kept
# The documents' heading or column for what the window asks with `paper`, which explains or asks in the form's words.
document-paper = paper
technical-measures = Technical measures
organisational-measures = Organisational measures
physical-measures = Physical measures
# The documents' heading or column for what the window asks with `role`, which explains or asks in the form's words.
document-role = Role
people = People
# The documents' heading or column for what the window asks with `permissions`, which explains or asks in the form's words.
document-permissions = Permissions
logging = Logging
# The documents' heading or column for what the window asks with `granted-by`, which explains or asks in the form's words.
document-granted-by = Granted by
how-to = How
deadline = Deadline
# The documents' heading or column for what the window asks with `notes`, which explains or asks in the form's words.
document-notes = Notes

## Annexes.

annex = Annex
annex-processors = Processors and systems
annex-access-matrix = Access matrix
annex-retention = Retention schedule
annex-findings = Open findings
person-or-role = Person or role
no-roles = No roles listed.
no-processors = No systems listed.
no-retention-rules = No retention rules listed.
severity = Severity
where = Where
what-to-do = What to do
no-findings = No open findings.
organisation = Organisation
annex-dpia = DPIA screening and last review of each register
annex-breaches = Log of personal data breaches (Art. 33(5))
annex-requests = Log of data subject requests (Art. 12(3))
no-breaches = No personal data breaches are logged.
no-requests = No requests are logged.
names-left-out = The names of the people who asked are left out of the record.
discovered = Discovered
# The documents' heading or column for what the window asks with `notify-by`, which explains or asks in the form's words.
document-notify-by = Notify by
# The documents' heading or column for what the window asks with `breach-risk`, which explains or asks in the form's words.
document-breach-risk = Risk
closed = Closed
# A log's empty cell: nothing was written down, which is not "no".
not-recorded = Not recorded
breach-data-concerned = Registers, people and data concerned
risk-and-reasoning = Risk and its assessment
# The documents' heading or column for what the window asks with `data-subjects-informed`, which explains or asks in the form's words.
document-data-subjects-informed = People concerned told (Art. 34)
not-informed-because = Not told
item-consequence = If it is not provided
received = Received
answered = Answered
extended = Extended
last-review = Last review
criteria-met = Criteria met (WP248)
listed-processing = Listed processing
dpia-required = DPIA required
# The documents' heading or column for what the window asks with `dpia-done`, which explains or asks in the form's words.
document-dpia-done = DPIA done
not-screened = Not screened
processor-record-title = Record of processing activities as processor
processor-record-subtitle = Under Article 30(2) of the GDPR
processor-heading = The processor
controllers-heading = Controllers we process data for
no-client-controllers = No controllers listed.
transfers-outside = Transfers to third countries
general-security = Technical and organisational security measures

## The privacy notice.

notice-title = Privacy notice
notice1 = Controller
notice2 = Contact person for the register
notice3 = Processing activity
notice4 = Purposes and legal basis of the processing
notice5 = Personal data processed
notice6 = Where the data come from
notice7 = Recipients and regular disclosures
notice8 = Transfers outside the EU/EEA
notice9 = Retention period
notice10 = How the data are protected
notice11 = Rights of the data subject
notice12 = Automated individual decision-making, including profiling
notice13 = Right to lodge a complaint with a supervisory authority
notice-controller-intro = The controller is the organisation that decides why and how the personal data are processed.
notice-contact-intro = Questions about the register and your rights are answered by:
notice-purpose-intro = We process the personal data for the purposes below. Under each purpose is the legal basis in the General Data Protection Regulation (Article 6(1)) on which the processing rests.
notice-our-interest = Our legitimate interest

## Art. 21(2)–(3): the one unconditional objection.

notice-direct-marketing = You have the right to object at any time to the processing of your data for direct marketing, and we will then stop that processing. You need not give a reason.
notice-subjects-intro = The register holds data about these groups of people (data subjects):
notice-items-intro = We process the following data:
notice-special-explained = The special categories of personal data include, for example, data concerning health. The General Data Protection Regulation gives them special protection (Article 9).
notice-not-required = You are not obliged to provide the data.
notice-statutory = You are required by law to provide the data.
notice-contractual = You are required by the contract to provide the data.
notice-needed-for-contract = We need the data to enter into a contract with you.
notice-if-not-provided = If the data are not provided
notice-sources-intro = We obtain the data from the following sources:
notice-disclosures-intro = We regularly disclose data to the following recipients:
notice-processors-intro = We use these service providers (processors), which process the data on our behalf and on our instructions:
notice-transfers-intro = Data are transferred to countries outside the EU/EEA (third countries). This is how the data are protected in the transfer:

## Printed only where a transfer answers that copies are given (`Transfer::safeguard_copies`).

notice-transfers-copy = Contact us if you would like a copy of the safeguards.
notice-retention-intro = We keep the data as follows:

## The intro when a measure's kind is not answered; otherwise `security_intro` names the kinds.

notice-security-intro = We protect the data with these measures:
notice-rights-intro = You have the following rights regarding the processing in this register.
notice-how = How to ask
notice-identity-check = Identity check

## Art. 12(3): without undue delay, within one month, extendable by two further months.

notice-answer-period = We answer your request without undue delay and at the latest within one month of receiving it. If the request is complex or we have received many requests, the period may be extended by up to two further months; we will then tell you so, and why, within one month of receiving the request.
notice-format = Format
notice-complaint-pointer = You also have the right to lodge a complaint with a supervisory authority, see section 13.
notice-no-automated = We make no decisions based solely on automated processing, and we do not use profiling.
notice-automated = The register involves automated individual decision-making or profiling. This is how it works and what it means for you:

## Art. 77(1): any supervisory authority, in particular where the person lives or works or where the infringement took place.

notice-complaint-intro = If you consider that the processing of your personal data infringes the General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority, in particular in the EU or EEA country of your habitual residence or place of work or of the alleged infringement.
notice-our-authority = The supervisory authority of the country where we are established is:

## What a document prints for a question nobody has answered, and the draft mark.

not-stated = Not stated
draft = DRAFT
draft-notice = Draft: the documentation has unanswered questions or open errors. What is not stated is marked “Not stated”.

## "No" with "as a rule", a qualifier or listed transfers: no exception is invented.

notice-transfers-as-a-rule = As a rule, personal data are not transferred outside the EU/EEA.

## Before the transfers listed under a "no, as a rule".

notice-transfers-exceptions = The exceptions, and how the data are protected in them:
notice-transfers-yes = Personal data are transferred outside the EU/EEA.
notice-no-disclosures = We do not regularly disclose personal data.

## "No" with "as a rule" or a qualifier, which follows in the user's own words.

notice-disclosures-as-a-rule = As a rule, we do not disclose personal data.
notice-disclosures-yes = We regularly disclose personal data.
# The documents' heading or column for what the window asks with `disclosure-condition`, which explains or asks in the form's words.
document-disclosure-condition = Condition or legal ground
notice-basis-explained-above = see above
fee = Fee
frequency = How often
refusal-grounds = Grounds for refusal
not-applicable = Not applicable
accepted-for-now = Accepted for now
answered-findings = Answered findings
# The documents' heading or column for what the window asks with `recipient-category`, which explains or asks in the form's words.
document-recipient-category = Category of recipients
processor-category = a category of processors

## Special categories (Art. 9(1)), answered for the whole register.

notice-no-special-categories = We process no special categories of personal data (such as health data) in this register.
notice-special-categories = We process these special categories of personal data (Art. 9(1)):
# The documents' heading or column for what the window asks with `notice-changes`, which explains or asks in the form's words.
document-notice-changes = Changes to this notice
as-a-rule = as a rule
# The documents' heading or column for what the window asks with `dpf-certified`, which explains or asks in the form's words.
document-dpf-certified = Certified under the EU–US Data Privacy Framework
checked-on = checked on
# The documents' heading or column for what the window asks with `safeguard-copies`, which explains or asks in the form's words.
document-safeguard-copies = Copy of the safeguards given on request

## The workbook


## The document's properties (its title is `crate::labels::Label::RecordTitle`, shared with the PDF).

subject = Record of processing activities under Article 30 of the GDPR
keywords = GDPR, Article 30, record of processing activities

## Sheet names: at most 31 characters, none of []:*?/\ (an Excel rule).

sheet-organisation = Organisation
sheet-registers = Registers
sheet-data-items = Data items
sheet-processors = Processors and systems
sheet-transfers = Transfers to third countries
sheet-access = Access matrix
sheet-retention = Retention schedule
sheet-findings = Findings
sheet-sources = Sources
sheet-disclosures = Recipients and disclosures
sheet-rights = Rights procedures
sheet-people = People
sheet-cookies = Cookies

## Organisation sheet.

field = Field
value = Value
printed-on = Printed on
# The workbook's heading or column for what the window asks with `decided-by`, which explains or asks in the form's words.
workbook-decided-by = Decides on notifications
notify-authority = Authority notified within 72 hours
inform-data-subjects = Data subjects told when the risk is high
# The workbook's heading or column for what the window asks with `breach-log`, which explains or asks in the form's words.
workbook-breach-log = Breach log
# The workbook's heading or column for what the window asks with `post-incident-review`, which explains or asks in the form's words.
workbook-post-incident-review = Post-incident review

## Registers sheet.

# The workbook's heading or column for what the window asks with `legal-basis`, which explains or asks in the form's words.
workbook-legal-basis = Legal basis (Art. 6)
# The workbook's heading or column for what the window asks with `legitimate-interest`, which explains or asks in the form's words.
workbook-legitimate-interest = Legitimate interest
# The workbook's heading or column for what the window asks with `sources`, which explains or asks in the form's words.
workbook-sources = Sources
# The workbook's heading or column for what the window asks with `recipients`, which explains or asks in the form's words.
workbook-recipients = Recipients
third-countries = Third countries
# The workbook's heading or column for what the window asks with `security-measures`, which explains or asks in the form's words.
workbook-security-measures = Security measures
rights-procedure = Rights procedure
# The workbook's heading or column for what the window asks with `storage-locations`, which explains or asks in the form's words.
workbook-storage-locations = Storage locations
on-paper = on paper
# The workbook's heading or column for what the window asks with `no-transfers`, which explains or asks in the form's words.
workbook-no-transfers = No transfers outside the EU/EEA
# The workbook's heading or column for what the window asks with `dpf-checked-on`, which explains or asks in the form's words.
workbook-dpf-checked-on = DPF checked on

## Data items sheet.

item = Item
is-personal-data = Personal data

## Processors sheet.

# The workbook's heading or column for what the window asks with `product`, which explains or asks in the form's words.
workbook-product = Product / service
used-by-registers = Registers using it
agreement-signed = Agreement signed
agreement-reference = Agreement reference

## Sources, disclosures, rights, people and cookies.

# The workbook's heading or column for what the window asks with `kind`, which explains or asks in the form's words.
workbook-kind = Kind
# The workbook's heading or column for what the window asks with `public-source`, which explains or asks in the form's words.
workbook-public-source = Public source
# The workbook's heading or column for what the window asks with `collection-procedure`, which explains or asks in the form's words.
workbook-collection-procedure = Collection procedure
data-disclosed = Data disclosed
why = Why
how = How
# The workbook's heading or column for what the window asks with `deadline-days`, which explains or asks in the form's words.
workbook-deadline-days = Deadline (days)
extract-format = Format
responsibilities = Responsibilities
responsible-for-deletion = Responsible for deletion
cookie-duration = Session / persistent

## Transfers sheet.

through = System or recipient
# The workbook's heading or column for what the window asks with `documentation`, which explains or asks in the form's words.
workbook-documentation = Documentation of safeguards

## Access matrix.

access = Access

## Retention schedule.

data-group = Data group
# The workbook's heading or column for what the window asks with `trigger`, which explains or asks in the form's words.
workbook-trigger = Trigger
# The workbook's heading or column for what the window asks with `deletion-method`, which explains or asks in the form's words.
workbook-deletion-method = Deletion method
# The workbook's heading or column for what the window asks with `routine`, which explains or asks in the form's words.
workbook-routine = Deletion routine
interval-months = Interval (months)
# The workbook's heading or column for what the window asks with `last-reviewed`, which explains or asks in the form's words.
workbook-last-reviewed = Last reviewed
# The workbook's heading or column for what the window asks with `next-review`, which explains or asks in the form's words.
workbook-next-review = Next review
# The workbook's heading or column for what the window asks with `overdue`, which explains or asks in the form's words.
workbook-overdue = Overdue

## Findings.

# The workbook's heading or column for what the window asks with `severity`, which explains or asks in the form's words.
workbook-severity = Severity
record = Record
# The workbook's heading or column for what the window asks with `finding-answer`, which explains or asks in the form's words.
workbook-finding-answer = Answered

## The breach log, the request log, the DPIA screening and the record kept as processor.

sheet-breaches = Personal data breaches
sheet-requests = Data subject requests
sheet-dpia = DPIA screening
sheet-processor-record = Record as processor
happened = Happened
notification-deadline = Notify by (72 h)
data-items-concerned = Data items concerned
# The workbook's heading or column for what the window asks with `approximate-people`, which explains or asks in the form's words.
workbook-approximate-people = Approximate number of people
consequences = Likely consequences
measures-taken = Measures taken
risk = Risk
# The workbook's heading or column for what the window asks with `data-subjects-informed`, which explains or asks in the form's words.
workbook-data-subjects-informed = People told
# The workbook's heading or column for what the window asks with `not-informed-reason`, which explains or asks in the form's words.
workbook-not-informed-reason = Why people were not told
review-answers = Post-incident review
# The workbook's heading or column for what the window asks with `extended`, which explains or asks in the form's words.
workbook-extended = Extended (Art. 12(3))
actions = What was done
screened = Screened
# The workbook's heading or column for what the window asks with `dpia-done`, which explains or asks in the form's words.
workbook-dpia-done = DPIA done
# The workbook's heading or column for what the window asks with `reference`, which explains or asks in the form's words.
workbook-reference = Reference
outcome = Outcome
# The workbook's heading or column for what the window asks with `sub-processors`, which explains or asks in the form's words.
workbook-sub-processors = Sub-processors

## The fixed vocabularies (glossary.md)


## Art. 6(1): the lawful bases of processing.

legal-basis-consent = Consent
legal-basis-contract = Contract
legal-basis-legal-obligation = Legal obligation
legal-basis-vital-interests = Vital interests
legal-basis-public-task = Public task or official authority
legal-basis-legitimate-interests = Legitimate interests

## Art. 9(2): the conditions that allow processing of special categories.

special-category-condition-explicit-consent = Explicit consent
special-category-condition-employment-law = Employment and social security law
special-category-condition-vital-interests = Vital interests
special-category-condition-not-for-profit-body = Not-for-profit body
special-category-condition-made-public = Made public by the data subject
special-category-condition-legal-claims = Legal claims
special-category-condition-substantial-public-interest = Substantial public interest
special-category-condition-health-or-social-care = Health or social care, occupational medicine
special-category-condition-public-health = Public health
special-category-condition-archiving-research-statistics = Archiving, research, statistics

## Art. 9(1): the special categories of personal data. (Not in the glossary; official GDPR wording.)

special-category-racial-or-ethnic-origin = Racial or ethnic origin
special-category-political-opinions = Political opinions
special-category-religious-beliefs = Religious or philosophical beliefs
special-category-trade-union-membership = Trade union membership
special-category-genetic-data = Genetic data
special-category-biometric-data = Biometric data
special-category-health = Data concerning health
special-category-sex-life-or-orientation = Sex life or sexual orientation

## Chapter III: the rights of the data subject.

data-subject-right-information = Right to be informed
data-subject-right-access = Right of access
data-subject-right-rectification = Right to rectification
data-subject-right-erasure = Right to erasure (‘right to be forgotten’)
data-subject-right-restriction = Right to restriction
data-subject-right-portability = Right to data portability
data-subject-right-objection = Right to object
data-subject-right-no-automated-decisions = Right not to be subject to automated individual decisions
data-subject-right-withdraw-consent = Right to withdraw consent
data-subject-right-prohibit-direct-marketing = Right to object to direct marketing
data-subject-right-complaint = Right to lodge a complaint

## Chapter V: how a transfer outside the EU/EEA is made lawful.

transfer-mechanism-adequacy-decision = Adequacy decision
transfer-mechanism-standard-contractual-clauses = Standard contractual clauses
transfer-mechanism-binding-corporate-rules = Binding corporate rules
transfer-mechanism-derogation = Derogation for specific situations (Art. 49)

## Art. 30(1)/(2): whether the organisation is the controller or a processor in a register.

processing-role-controller = Controller
processing-role-joint-controller = Joint controller
processing-role-processor = Processor

## Who receives disclosed data (seed 003 §7).

recipient-kind-processor = Processor
recipient-kind-independent-controller = Independent controller
recipient-kind-group-company = Group company
recipient-kind-authority = Authority
recipient-kind-customer-organisation = Customer organisation
recipient-kind-other = Other recipient

## Where personal data come from (seeds 000 §8, 002, 003 §6).

source-kind-data-subject = The data subject
source-kind-public-register = Public register
source-kind-credit-bureau = Credit bureau
source-kind-tax-authority = Tax authority
source-kind-social-media-login = Social media login
source-kind-group-company = Group company
source-kind-business-partner = Business partner or supplier
source-kind-other = Other source

## The type of a protection measure (Art. 32).

measure-kind-technical = Technical
measure-kind-organisational = Organisational
measure-kind-physical = Physical

## How changes made by a role are logged (seed 000 §5).

change-logging-full = All changes logged with who and when
change-logging-history-only = No logging beyond the history
change-logging-none = No logging

## What starts the retention period.

retention-trigger-inactivity = Inactivity
retention-trigger-end-of-customer-relationship = End of the customer relationship
retention-trigger-end-of-employment = End of employment
retention-trigger-unsubscribe = Unsubscribing
retention-trigger-no-consent = No consent given
retention-trigger-request-of-data-subject = Request of the data subject
retention-trigger-manual-deletion = Deletion by hand
retention-trigger-statutory-period = Statutory period
retention-trigger-other = Other

## How a retention rule is carried out.

deletion-method-automatic = Automatically
deletion-method-manual = By hand

## Cookie classes as used in consent banners.

cookie-class-necessary = Necessary
cookie-class-functional = Functional
cookie-class-preference = Preferences
cookie-class-statistics = Statistics
cookie-class-marketing = Marketing

## CookieDuration

cookie-duration-session = Session cookie
cookie-duration-persistent = Persistent cookie

## The agreement that governs a processor or system (Art. 26, 28).

agreement-kind-processor-agreement = Processor agreement
agreement-kind-joint-controller-arrangement = Joint-controller arrangement
agreement-kind-terms-of-service = Vendor's standard terms
agreement-kind-contract = Contract

## Who runs a system: the organisation itself or a third party.

hosting-in-house = In house
hosting-third-party = Third party

## Data protection impact assessment (Art. 35).

dpia-status-not-assessed = Not assessed
dpia-status-not-needed = Not needed
dpia-status-needed = Needed, not done
dpia-status-done = Done

## Whether the data subject must give an item (Art. 13(2)(e)).

item-requirement-mandatory = Mandatory
item-requirement-optional = Optional

## Whether giving the data is a statutory or contractual requirement (Art. 13(2)(e)).

provision-requirement-no-requirement = Not required
provision-requirement-statutory = Statutory requirement
provision-requirement-contractual = Contractual requirement
provision-requirement-needed-for-contract = Needed to enter into a contract

## The risk a personal data breach poses to the people concerned (Art. 33(1),

breach-risk-unlikely = Unlikely to result in a risk
breach-risk-risk = Risk
breach-risk-high-risk = High risk

## The nine criteria of processing likely to result in a high risk, from the

dpia-criterion-evaluation-or-scoring = Evaluation or scoring, including profiling and predicting
dpia-criterion-automated-decisions = Automated decision-making with legal or similarly significant effect
dpia-criterion-systematic-monitoring = Systematic monitoring
dpia-criterion-sensitive-data = Sensitive data or data of a highly personal nature
dpia-criterion-large-scale = Data processed on a large scale
dpia-criterion-matching-or-combining = Matching or combining datasets
dpia-criterion-vulnerable-data-subjects = Data concerning vulnerable data subjects
dpia-criterion-innovative-technology = Innovative use or applying new technological or organisational solutions
dpia-criterion-prevents-rights = The processing prevents data subjects from exercising a right or using a service or a contract

## Processing that needs a DPIA on its own: the cases of Art. 35(3) (the

dpia-listed-processing-extensive-evaluation = Systematic and extensive evaluation based on automated processing, with decisions that produce legal effects (Art. 35(3)(a))
dpia-listed-processing-large-scale-special-categories = Large-scale processing of special categories of data or criminal offence data (Art. 35(3)(b))
dpia-listed-processing-public-area-monitoring = Systematic monitoring of a publicly accessible area on a large scale (Art. 35(3)(c))
dpia-listed-processing-biometric-identification = Biometric data to identify a person uniquely, with at least one of the criteria (Finnish list)
dpia-listed-processing-genetic-data = Genetic data, with at least one of the criteria (Finnish list)
dpia-listed-processing-location-data = Location data, with at least one of the criteria (Finnish list)
dpia-listed-processing-not-informed = Data subjects are not informed, relying on Art. 14(5) (Finnish list)
dpia-listed-processing-whistleblowing = Whistleblowing system (Finnish list)

## How far a list goes: a list that is not exhaustive says so ("among others", "mainly").

list-qualifier-among-others = among others
list-qualifier-mainly = mainly

## The parts of a register a template fills; each stays marked as template

template-section-description = Description
template-section-answers = Answers to the register's questions
template-section-data-subjects = Data subjects
template-section-purposes = Purposes and legal bases
template-section-data-items = Data items
template-section-sources = Sources
template-section-recipients = Recipients
template-section-retention = Retention
template-section-rights = Rights of the data subject

## What a legal basis means, in words a data subject understands

basis-explained-consent = you have given your consent, and you may withdraw it at any time
basis-explained-contract = the processing is necessary to perform a contract with you or to take steps at your request before entering into one
basis-explained-legal-obligation = the processing is necessary for us to comply with a legal obligation
basis-explained-vital-interests = the processing is necessary to protect your or another person's vital interests, such as life or health
basis-explained-public-task = the processing is necessary for a task carried out in the public interest or in the exercise of official authority
basis-explained-legitimate-interests = the processing is necessary for our or a third party's legitimate interests, and your interests or fundamental rights and freedoms do not override them

## What a right lets the data subject do (the notice)

right-explained-information = You have the right to be informed about how we process your personal data. This notice gives you that information.
right-explained-access = You can find out whether we process data about you and get a copy of them.
right-explained-rectification = You can ask us to correct inaccurate or incomplete data.
right-explained-erasure = You can ask us to erase the data when we no longer need them or may no longer process them.
right-explained-restriction = You can ask us to restrict the processing, for example while a request for correction is checked.
right-explained-portability = Where the processing is based on your consent or on a contract with you and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.
right-explained-objection = You have the right to object at any time, on grounds relating to your particular situation, to processing based on our legitimate interests or on a task carried out in the public interest or in the exercise of official authority. We must then stop processing the data unless we can demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing is needed for the establishment, exercise or defence of legal claims.
right-explained-no-automated-decisions = You have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning you or similarly significantly affects you.
right-explained-withdraw-consent = You can withdraw your consent at any time. The withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.
right-explained-prohibit-direct-marketing = You can object at any time to the use of your data for direct marketing, and we will then stop it.
right-explained-complaint = You can lodge a complaint with a supervisory authority, see section 13.

## Sentences and words of the documents

security-word-technical = technical
security-word-organisational = organisational
security-word-physical = physical
list-and = and
security-intro-named = We protect the data with { $kinds } measures:
portability-consent = Where the processing is based on your consent and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.
portability-contract = Where the processing is based on a contract with you and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.
page-of = page { $page } / { $pages }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
article-point = Art. { $reference }
days = { $count } days
days-one = 1 day
answer-within-days = We answer within { $count } days.
answer-within-one-day = We answer within one day.
every-month = every month
every-year = once a year
every-months = every { $months } months
registers-part = Registers { $first }–{ $last } of { $total }

## The change report of a merge

change-report-title = Changes in the other copy
change-report-compared = Compared with
change-report-shared = The copies share their history up to the edit of { $at } by { $who }; since then the other copy has { $n } edit(s).
change-report-unrelated = The copies have no common history: they are compared record by record, and nothing is deleted.
change-report-forgotten = { $n } record(s) forgotten in one of the copies are not brought back.
change-report-nothing = The other copy has no changes that this one lacks.
change-report-organisation = The organisation and shared records
change-report-register = Register
change-report-created = new
change-report-changed = changed
change-report-deleted = deleted
change-report-by = by
change-report-field = Field
change-report-before = Before
change-report-after = After
change-report-mine = This copy
change-report-theirs = The other copy
change-report-conflict = Conflict
change-report-whole-record = the whole record
change-report-taken = taken
change-report-left = left
change-report-open = not decided: this copy's value stays
change-report-kept-mine = this copy's value is kept
change-report-took-theirs = the other copy's value is taken
change-report-wrote = own text
change-report-not-merged = cannot be taken
change-report-empty = (empty)



## The menu bar (src-tauri/src/menu.rs). An ampersand marks the key letter
## (Alt + that letter); each letter is used once per menu.

menu-file = &File
menu-new = &New document…
menu-open = &Open…
menu-open-recent = Open &recent
menu-no-recent = No recent files
menu-save-copy = &Save a copy…
menu-compare-merge = Co&mpare and merge with another copy…
menu-export = &Export…
menu-close = &Close document
menu-quit = &Quit
menu-edit = &Edit
menu-undo = &Undo
menu-redo = &Redo
menu-cut = Cu&t
menu-copy = &Copy
menu-paste = &Paste
menu-select-all = Select &all
menu-view = &View
menu-language = &Language
menu-findings = &Findings panel
menu-help = &Help
menu-guide = User &guide
menu-about = &About Kirjuri


## The user guide (Help → User guide, F1; ui/app/guide.js).

user-guide-title = User guide
user-guide-file-heading = A document is one file
user-guide-file-saved = Kirjuri keeps your company's data protection documentation in one .sqlite file. Every change is saved the moment you make it: there is no save button, and closing loses nothing.
user-guide-file-undo = Undo (Ctrl+Z) takes back the last change, even after the file was closed and opened again. The history shows who changed what, and when.
user-guide-register-heading = What is a register?
user-guide-register-what = A register is a processing of personal data with a purpose of its own, such as the customer register, the staff register or the newsletter subscribers.
user-guide-register-describe = For each register you describe why the data are processed and on which legal basis, which data and which data subjects it concerns, where the data come from, who receives them, which systems and processors are used, transfers outside the EU/EEA and how long the data are kept.
user-guide-documents-heading = The record of processing activities and the privacy notice
user-guide-documents-record = The record of processing activities (Article 30 GDPR) is the company's own list of all its registers. It is shown to the supervisory authority when the authority asks for it. Export it as PDF or Excel with File → Export (Ctrl+E).
user-guide-documents-notice = The privacy notice (Articles 13 and 14) tells the data subjects how their data are processed. There is one per register, published for example on the company website. It is exported as PDF in Swedish, Finnish or English.
user-guide-documents-only-yours = The documents contain only what you wrote. What is missing shows up as findings, never as ready-made sentences.
user-guide-import-heading = Starting from an existing description
user-guide-import-choose = Does your company already have a register description or privacy notice (.docx, .odt, .pdf, .html or text)? Choose Start from my existing description on the start screen. Kirjuri puts each passage in its field and invents nothing: what the text does not say stays unanswered.
user-guide-import-review = Then review it section by section under Imported description: the old text stands beside what Kirjuri made of it. Put what was not placed where it belongs and confirm each section. The privacy notice is a draft until everything is confirmed, and the old text leaves the file when the review is finished. Undo takes back the whole import in one step.
user-guide-sharing-heading = Sharing the file with your accountant
user-guide-sharing-copy = The file is the whole document. Save a copy with File → Save a copy (Ctrl+Shift+S) and send it by e-mail; the recipient opens it in Kirjuri on their own computer.
user-guide-sharing-without = Someone without Kirjuri gets the exported PDF or Excel files. Do not work in the same file from two computers at once; send the file back and forth instead.
user-guide-findings-heading = What do the findings mean?
user-guide-findings-panel = The Findings panel shows what is missing or does not fit together, such as a purpose without a legal basis or a transfer outside the EU/EEA without a safeguard. Click a finding to go to its field.
user-guide-findings-severity = Errors (●) need fixing before the documents are complete. Warnings (▲) are worth checking but may be in order. Findings never stop you from saving or exporting.
user-guide-keys-heading = Keyboard shortcuts
# The name of the Shift key, in the shortcuts the guide lists.
user-guide-shift = Shift
user-guide-key-save-copy = Save a copy
user-guide-key-close = Close the document
user-guide-key-this-guide = This guide


## Findings (crates/model/src/checks.rs): one key per message; { $name } is the name of the record the finding is about.

## Words used inside messages.

# What a message calls a record without a name (or a request without a right): words, never a dash.
unnamed = unnamed
# The language a text is missing in, or whose translation is out of date.
in-swedish = in Swedish
in-finnish = in Finnish
in-english = in English
# A moment: the date and the time in the language's form (2026-12-01 / 1.12.2026; 20.00 / 20:00).
date-and-time = { $date } { $time }

## The organisation.

finding-controller-without-contact = There is no way to contact "{ $name }": give at least an address, an e-mail address or a phone number. The privacy notice and the record must say how to reach the controller (Art. 13(1)(a), 14(1)(a), 30(1)(a)).
finding-no-supervisory-authority = The supervisory authority is unknown: give the organisation's country (FI or SE) or the authority's contact details, or the section on the right to lodge a complaint names no authority.

## A register, its purposes, data items, retention and rights.

finding-purpose-without-legal-basis = The purpose “{ $name }” has no legal basis (Art. 6(1)).
finding-legitimate-interest-not-stated = The purpose “{ $name }” relies on legitimate interests, but the interest is not stated.
finding-special-category-without-condition = The data item “{ $name }” belongs to the special categories of personal data, but no purpose states an Art. 9(2) condition.
finding-national-id-without-stated-need = The data item “{ $name }” is a national identity number, but the need for it is not stated.
finding-free-text-field = The data item “{ $name }” is a free-text field: people may write anything in it, special-category data included.
finding-mandatory-item-without-consequence = The data item “{ $name }” is mandatory, but the consequence of not giving it is not stated (Art. 13(2)(e)).
finding-no-retention-rule = The register “{ $name }” has no retention period (“until someone deletes it” is not one).
finding-retention-without-limit = Register "{ $register }": the retention "{ $period }" does not say when the data are deleted. Give a period ("3 years after the customer relationship ends") or an event that ends the keeping (Art. 5(1)(e), 13(2)(a)).
finding-deletion-routine-overdue = The deletion routine of the register “{ $name }” is overdue.
finding-register-not-updated-for-a-year = The register “{ $name }” has not been updated for more than 12 months.
finding-right-without-contact = Register "{ $register }": "{ $right }" points to a contact that does not exist. Give the register's contact person with an e-mail address or phone number, or write how to make the request.
finding-right-channel-not-stated = Register "{ $register }": how to ask for "{ $right }" is not stated, so the privacy notice does not say how the right is used.
finding-provision-contradicts-mandatory-item = The register says the data need not be provided, but the data item "{ $name }" is mandatory. Say whether the requirement is statutory, contractual or needed to enter into a contract, and what follows if the data are not provided (Art. 13(2)(e)).
finding-answer-period-beyond-one-month = Register “{ $register }”: the answer time for “{ $right }” is { $days } days. The GDPR requires an answer without undue delay and within one month at the latest (Art. 12(3)), so the privacy notice states the legal period instead.
finding-template-text-not-reviewed = Register "{ $register }": the section "{ $section }" is suggested text (from a template or your own old document) that no one has reviewed yet. Read it, change what is not true and confirm it.
finding-system-receives-unlisted-item = A system receives data items that the register “{ $name }” does not list.

## Transfers: grounds that fell, the EU–US Data Privacy Framework, flows without a mechanism.

# Said after a ground the Court of Justice struck down.
-transfer-ground-instead = Use the EU–US Data Privacy Framework instead (certified recipients only) or standard contractual clauses
finding-privacy-shield = Register ”{ $register }”: the EU–US Privacy Shield was invalidated by the Court of Justice on 16 July 2020 (C-311/18, Schrems II). { -transfer-ground-instead }.
finding-safe-harbor = Register ”{ $register }”: Safe Harbor was invalidated by the Court of Justice on 6 October 2015 (C-362/14, Schrems I). { -transfer-ground-instead }.
finding-dpf-not-checked = { $name } is marked certified under the EU–US Data Privacy Framework, but not when the list was checked.
finding-us-adequacy-not-certified = Register "{ $register }": the transfer to the United States relies on the adequacy decision, but { $who } is not certified under the EU–US Data Privacy Framework. The decision covers only certified recipients: choose another transfer mechanism, such as standard contractual clauses.
finding-us-adequacy-certification-not-stated = Register "{ $register }": the transfer to the United States relies on the adequacy decision, but it is not stated that { $who } is certified under the EU–US Data Privacy Framework. Check the Framework's list and record the certification with its date, or choose another transfer mechanism.
finding-us-adequacy-no-recipient = Register "{ $register }": a transfer to the United States relies on the adequacy decision without naming the recipient. The decision covers only recipients certified under the EU–US Data Privacy Framework: name the system or recipient and its certification.
finding-transfer-without-mechanism = Register “{ $register }”: data go to { $who } ({ $country }) outside the EU/EEA with no transfer mechanism stated (Art. 44–49).

## A register's questions not answered.

finding-role-not-stated = Register "{ $name }": it is not stated whether the organisation is the controller or a processor.
finding-provision-requirement-not-stated = Register "{ $name }": it is not stated whether the data subject is obliged to provide the data (Art. 13(2)(e)).
finding-automated-decisions-not-stated = Register "{ $name }": it is not stated whether automated decisions or profiling take place (Art. 13(2)(f)).
finding-transfers-outside-eea-not-stated = Register "{ $name }": it is not stated whether data are transferred outside the EU/EEA.
finding-regular-disclosures-not-stated = Register "{ $name }": it is not stated whether data are disclosed regularly.
finding-special-categories-not-stated = Register "{ $name }": it is not stated whether the register holds special categories of personal data (Art. 9(1)).
finding-special-categories-contradicted = The register "{ $name }" is said to hold no special categories of personal data, but one of its data items is one (Art. 9(1)).
finding-special-categories-which-not-stated = Register "{ $name }": which special categories of personal data it holds is not stated.
finding-dpia-not-assessed = Register "{ $name }": whether an impact assessment (Art. 35) is needed has not been assessed.
finding-no-rights-procedures = The register "{ $name }" does not say how data subjects use their rights; the privacy notice then only points to the contact details.

## The kinds of shared records and cookies' consent, not answered.

finding-source-kind-not-stated = Source "{ $name }": what kind of source it is is not stated.
finding-recipient-kind-not-stated = Recipient "{ $name }": what kind of recipient it is is not stated.
finding-measure-kind-not-stated = Security measure "{ $name }": whether it is technical, organisational or physical is not stated.
finding-cookie-consent-not-stated = Cookie "{ $name }": whether it is set only after consent is not stated.

## Processors, the record kept as processor (Art. 30(2)).

finding-processor-record-without-controller = The register "{ $name }" is kept as a processor, but no controller it is kept for is recorded. Add the controller to the processor's record (Art. 30(2)(a)).
finding-client-agreement-not-stated = Controller "{ $name }": the processing agreement is not recorded (Art. 28(3)).
finding-client-transfers-not-stated = Controller "{ $name }": it is not stated whether data are transferred outside the EU/EEA on its behalf (Art. 30(2)(c)).
finding-client-security-measures-not-stated = Controller "{ $name }": the security measures are not recorded (Art. 30(2)(d), 32(1)).
finding-processor-country-unknown = The country of { $name } is not given, so it cannot be seen whether data leave the EU/EEA.
finding-processor-without-agreement = The processor { $name } has no agreement (Art. 28).

## The breach log, the request log, the DPIA screening.

finding-breach-notification-missed = The personal data breach "{ $what }" was discovered { $discovered }; the supervisory authority should have been notified by { $deadline } (72 hours, Art. 33(1)). Notify it, or record the reasons for the delay or for not notifying.
finding-breach-risk-not-reasoned = The personal data breach "{ $name }" is assessed as unlikely to result in a risk, so it need not be notified (Art. 33(1)), but the reasoning must be documented (Art. 33(5)). Record it.
finding-breach-data-subjects-not-informed = The personal data breach "{ $name }" poses a high risk: the people concerned must be told without undue delay (Art. 34(1)). Record when they were told, or why they are not (Art. 34(3)).
finding-breach-open = The personal data breach "{ $name }" is open: close it once it is handled and reviewed.
finding-request-extension-without-reason = The request ({ $right }) was extended without reasons; without them the period is one month (Art. 12(3)).
finding-request-overdue = The request ({ $right }) received { $received } is unanswered; it should have been answered by { $deadline } (Art. 12(3)).
finding-answered-request-old = The request ({ $right }) was answered { $answered }, more than { $years } years ago, and still holds who asked. Delete it and forget it from the history (the Requests page).
finding-dpia-required = The register "{ $name }" needs a data protection impact assessment (Art. 35): two or more criteria, or processing on the list. Record it once done.

## Texts of an export's language: { $language } is in-swedish…, { $kind } the record's kind (lower case in Finnish and English), { $field } the field's label in the form.

finding-translation-out-of-date = The translation { $language } is out of date: { $kind }, field “{ $field }”. Its source text changed after it was translated; update the translation or confirm it.
finding-text-missing = Text missing { $language }: { $kind }, field “{ $field }”. It is printed in another language instead.

## The review calendar (crates/model/src/calendar.rs): what falls due.

calendar-deletion-routine = Deletion routine: { $register }
calendar-register-review = Review of the register { $register }
calendar-request-answer = Answer to a request: { $right }
calendar-request-received = received { $received }
calendar-breach-notification = Notification to the supervisory authority: { $what }

## The names of record kinds (`RecordKind::label`): the window's `kind-*` keys, except these two.

# A processor record is a company bound by Art. 28 as well as its system; the window's kind-processor names only the system.
record-kind-processor = Processor or system
