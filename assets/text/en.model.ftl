### Kirjuri text catalogue, English: the model's texts (crates/model): findings, the calendar, the names of record kinds.

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
