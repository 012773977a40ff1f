### Kirjuri text catalogue, English: the menu bar and the user guide.


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
