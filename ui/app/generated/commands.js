// @ts-check
// Generated from the Rust declarations of the window's contract
// (src-tauri/src/contract.rs and the types it names, through ts-rs); do not edit.
// Regenerate: KIRJURI_WRITE_UI=1 cargo test -p kirjuri-desktop --lib contract

/**
 * Each command's arguments as the window passes them, and which of them it must pass.
 * @type {{ [K in keyof import('./contract').Commands]: { args: string[], required: string[] } }}
 */
export const COMMANDS = {
  new_document: { args: ['target', 'organisationName', 'businessId', 'workingLanguage'], required: ['target', 'organisationName'] },
  new_document_from_guide: { args: ['target', 'guide'], required: ['target', 'guide'] },
  open_document: { args: ['target'], required: ['target'] },
  open_refused: { args: ['breakLock'], required: ['breakLock'] },
  open_example: { args: ['target'], required: ['target'] },
  pick_description: { args: ['title'], required: [] },
  import_new_document: { args: ['target', 'description'], required: ['target', 'description'] },
  import_into_document: { args: ['description', 'translation'], required: ['description', 'translation'] },
  save_copy: { args: ['target', 'withHistory'], required: ['target', 'withHistory'] },
  close_document: { args: [], required: [] },
  startup_file: { args: [], required: [] },
  recent_documents: { args: [], required: [] },
  get_document: { args: [], required: [] },
  apply_edits: { args: ['edits'], required: ['edits'] },
  undo: { args: [], required: [] },
  redo: { args: [], required: [] },
  get_findings: { args: ['language'], required: [] },
  panel_findings: { args: ['language'], required: [] },
  get_calendar: { args: [], required: [] },
  get_history: { args: [], required: [] },
  delete_and_forget_requests: { args: ['ids'], required: ['ids'] },
  get_vocabularies: { args: [], required: [] },
  get_catalogue: { args: [], required: [] },
  catalogue_processor: { args: ['id'], required: ['id'] },
  catalogue_system_for_register: { args: ['id', 'register'], required: ['id', 'register'] },
  catalogue_retention_rule: { args: ['id', 'register'], required: ['id', 'register'] },
  get_settings: { args: [], required: [] },
  set_settings: { args: ['userName', 'language'], required: ['userName'] },
  export_record_pdf: { args: ['target', 'replace', 'language'], required: ['target', 'replace', 'language'] },
  export_processor_record_pdf: { args: ['target', 'replace', 'language'], required: ['target', 'replace', 'language'] },
  export_notice_pdf: { args: ['target', 'replace', 'language', 'register'], required: ['target', 'replace', 'language', 'register'] },
  export_notice_html: { args: ['target', 'replace', 'language', 'register'], required: ['target', 'replace', 'language', 'register'] },
  preview_notice: { args: ['register', 'language'], required: ['register', 'language'] },
  export_xlsx: { args: ['target', 'replace', 'language'], required: ['target', 'replace', 'language'] },
  open_path: { args: ['path'], required: ['path'] },
  export_draft_reasons: { args: ['register', 'language'], required: [] },
  update_menu: { args: ['language', 'documentOpen'], required: ['language', 'documentOpen'] },
  review_merge: { args: ['target', 'choices', 'differentOrganisation'], required: ['target', 'differentOrganisation'] },
  merge_preview_notice: { args: ['theirs', 'choices', 'differentOrganisation', 'register', 'language'], required: ['theirs', 'choices', 'differentOrganisation', 'register', 'language'] },
  merge_copy: { args: ['theirs', 'choices', 'differentOrganisation'], required: ['theirs', 'choices', 'differentOrganisation'] },
  change_report_page: { args: ['theirs', 'choices', 'differentOrganisation', 'language'], required: ['theirs', 'choices', 'differentOrganisation', 'language'] },
  export_change_report: { args: ['theirs', 'choices', 'differentOrganisation', 'language', 'target', 'replace'], required: ['theirs', 'choices', 'differentOrganisation', 'language', 'target', 'replace'] },
  conflicted_copies: { args: [], required: [] },
};
