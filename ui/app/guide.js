// The user guide shown by Help → User guide (F1): its sections and their
// order, as keys of the text catalogue (assets/text/*.window.ftl, the
// `user-guide-…` keys), so each language says the same things. Static text
// shipped with the app: nothing is fetched. A section is a heading and
// paragraphs; `keys` rows are a shortcut and its meaning.
import { translate } from './i18n.js';

export const GUIDE = {
  title: 'user_guide_title',
  sections: [
    {
      id: 'file',
      heading: 'user_guide_file_heading',
      paragraphs: ['user_guide_file_saved', 'user_guide_file_undo'],
    },
    {
      id: 'register',
      heading: 'user_guide_register_heading',
      paragraphs: ['user_guide_register_what', 'user_guide_register_describe'],
    },
    {
      id: 'documents',
      heading: 'user_guide_documents_heading',
      paragraphs: ['user_guide_documents_record', 'user_guide_documents_notice', 'user_guide_documents_only_yours'],
    },
    {
      id: 'import',
      heading: 'user_guide_import_heading',
      paragraphs: ['user_guide_import_choose', 'user_guide_import_review'],
    },
    {
      id: 'sharing',
      heading: 'user_guide_sharing_heading',
      paragraphs: ['user_guide_sharing_copy', 'user_guide_sharing_without'],
    },
    {
      id: 'findings',
      heading: 'user_guide_findings_heading',
      paragraphs: ['user_guide_findings_panel', 'user_guide_findings_severity'],
    },
    {
      id: 'keys',
      heading: 'user_guide_keys_heading',
      // "Shift" is written in the reader's language (`user_guide_shift`).
      keys: [
        ['Ctrl+N', 'new_document_title'],
        ['Ctrl+O', 'open'],
        ['Ctrl+Shift+S', 'user_guide_key_save_copy'],
        ['Ctrl+E', 'export'],
        ['Ctrl+W', 'user_guide_key_close'],
        ['Ctrl+Z', 'undo'],
        ['Ctrl+Shift+Z, Ctrl+Y', 'redo'],
        ['F1', 'user_guide_key_this_guide'],
      ],
    },
  ],
};

/// The guide in `lang`: { title, sections: [{ id, heading, paragraphs, keys }] }
/// with every text read from the catalogue.
export function guideIn(lang) {
  const t = (key) => translate(lang, key);
  const shift = t('user_guide_shift');
  return {
    title: t(GUIDE.title),
    sections: GUIDE.sections.map((section) => ({
      id: section.id,
      heading: t(section.heading),
      paragraphs: (section.paragraphs || []).map(t),
      keys: section.keys && section.keys.map(([keys, meaning]) => [keys.replaceAll('Shift', shift), t(meaning)]),
    })),
  };
}
