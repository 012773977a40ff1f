// A register's Data tab: whom the register is about, the groups (categories
// of personal data) and the data items. A data item is one line — its name,
// its group and its kinds of data as small toggles — that opens for the
// rest (mandatory or optional, special category, and what each of those
// asks). Deleting one asks nothing: the line offers its undo where it was.

import { html, useState, useEffect } from '../vendor/preact-htm.js';
import { useApp, Section, Card, Loc, Pick, Check, Vocab, AddNew, AnswerField, MultiPick, fieldId, workingLanguage, withUndo } from '../components.js';
import { partsOf, text } from '../model.js';
import { addPart, addParts, named } from './register-edits.js';
import { RegisterMultiPick } from './register-shared.js';

/// The kinds of data a data item can be (its `flags`), in the order shown.
export const FLAGS = ['national_id', 'financial', 'free_text', 'online_identifier', 'credentials', 'consent', 'criminal_offence'];
/// The fields a data item's line keeps folded; a finding about one opens it.
const DETAILS = ['requirement', 'special_category', 'consequence_if_not_given', 'need_for_national_id'];

export function DataTab({ register: r }) {
  const app = useApp();
  const d = app.doc;
  const groups = partsOf(d, 'data_item_group', r.id);
  const items = partsOf(d, 'data_item', r.id);
  const groupOptions = groups.map((g) => ({ value: g.id, label: text(g.name, app.lang) || app.t('untitled') }));
  // How many open findings each item has, for the sign on its line.
  const open = new Map();
  for (const f of app.findings) if (f.kind === 'data_item' && !f.answer) open.set(f.id, (open.get(f.id) || 0) + 1);
  const list = `data_item:${r.id}`;
  return html`
    <${RegisterMultiPick}
      register=${r}
      field="data_subject_categories"
      test="data-subject-categories"
      kind="data_subject_category"
      label=${app.t('data_subject_categories')}
      list=${d.data_subject_categories}
      newFields=${(name) => ({ name: named(workingLanguage(app), name) })}
    />
    <${Section}
      title=${app.t('data_item_groups')}
      actions=${html`<button type="button" class="secondary" onClick=${() => addPart(app, 'data_item_group', r.id, {}, `name:${workingLanguage(app)}`)}>+ ${app.t('new_group')}</button>`}
    >
      <div class="cards compact">
        ${withUndo(app, `data_item_group:${r.id}`, groups, (g, index) => html`<${Card}
          key=${g.id}
          kind="data_item_group"
          record=${g}
          title=${text(g.name, app.lang)}
          onDelete=${() => app.removePart('data_item_group', g.id, text(g.name, app.lang), `data_item_group:${r.id}`, index)}
        >
          <${Loc} kind="data_item_group" record=${g} path="name" label=${app.t('name')} />
          <${Check} kind="data_item_group" record=${g} path="personal_data" label=${app.t('personal_data')} />
        </${Card}>`)}
      </div>
    </${Section}>
    <${Section}
      title=${app.t('data_items')}
      actions=${html`<button type="button" class="secondary" data-test="new-data-item" onClick=${() => addPart(app, 'data_item', r.id, { group: groups[0]?.id || null }, `name:${workingLanguage(app)}`)}>+ ${app.t('new_data_item')}</button>`}
    >
      <${Vocab} kind="register" record=${r} path="list_qualifiers.data_items" vocabulary="list_qualifier" label=${app.t('list_qualifier_items')} emptyLabel=${app.t('list_exhaustive')} />
      ${items.length === 0 && !app.deleted && html`<p class="muted">${app.t('empty_list')}</p>`}
      <ul class="item-rows" data-test="data-items">
        ${withUndo(app, list, items, (item, index) => html`<${DataItemRow}
          key=${item.id}
          item=${item}
          groupOptions=${groupOptions}
          findings=${open.get(item.id) || 0}
          onDelete=${() => app.removePart('data_item', item.id, text(item.name, app.lang), list, index)}
        />`)}
      </ul>
      <${AddNew}
        id=${`${r.id}-new-data-items`}
        label=${app.t('add_data_items')}
        test="add-data-items"
        onAdd=${(names) => addParts(app, 'data_item', r.id, names.map((name) => ({ name: named(workingLanguage(app), name), group: groups[0]?.id || null })))}
      />
    </${Section}>
    <${SpecialCategories} register=${r} />
  `;
}

/// "Special categories: none / yes (which)" for the whole register (Art. 9(1)).
/// Not answered is a warning; "none" prints a sentence in the notice.
function SpecialCategories({ register: r }) {
  const app = useApp();
  const options = (app.vocab.special_category || []).map((v) => ({ value: v.code, label: v[app.lang] }));
  return html`<${Section} title=${app.t('special_categories')}>
    <${AnswerField} kind="register" record=${r} path="special_categories" label=${app.t('special_categories_question')} test="special-categories" />
    ${r.special_categories === 'yes' && html`<${MultiPick}
      id=${fieldId(r.id, 'special_categories_which')}
      label=${app.t('special_categories_which')}
      options=${options}
      selected=${r.special_categories_which || []}
      test="special-categories-which"
      onCommit=${(next) => app.setField('register', r.id, 'special_categories_which', next)}
    />`}
  </${Section}>`;
}

/// One data item: a line that opens for its details.
function DataItemRow({ item, groupOptions, findings, onDelete }) {
  const app = useApp();
  const [open, setOpen] = useState(false);
  // A finding about a folded field opens the line before focus moves there.
  const target = app.focusing;
  useEffect(() => {
    if (target?.id === item.id && DETAILS.some((f) => (target.field || '').startsWith(f))) setOpen(true);
  }, [target]);
  const name = text(item.name, app.lang) || app.t('untitled');
  const flags = item.flags || {};
  const details = `${fieldId(item.id, 'details')}`;
  return html`<li class=${`item-row${open ? ' open' : ''}`} id=${`rec-${item.id}`} data-test="data-item">
    <div class=${`item-line${groupOptions.length ? '' : ' no-group'}`}>
      <button
        type="button"
        class="icon fold"
        aria-expanded=${open}
        aria-controls=${details}
        aria-label=${`${app.t('details')}: ${name}`}
        data-test="data-item-open"
        onClick=${() => setOpen(!open)}
      >${open ? '▾' : '▸'}</button>
      <${Loc} kind="data_item" record=${item} path="name" label=${app.t('name')} multiline rows=${1} compact />
      ${groupOptions.length > 0 && html`<${Pick} kind="data_item" record=${item} path="group" label=${app.t('group')} options=${groupOptions} compact />`}
      <span class="flag-toggles" role="group" id=${fieldId(item.id, 'flags')} aria-label=${`${app.t('flags')}: ${name}`}>
        ${FLAGS.map((flag) => html`<button
          type="button"
          key=${flag}
          class="toggle"
          id=${fieldId(item.id, `flags.${flag}`)}
          aria-pressed=${!!flags[flag]}
          title=${app.t(`flag_${flag}`)}
          aria-label=${app.t(`flag_${flag}`)}
          data-test=${`flag-${flag}`}
          onClick=${() => app.setField('data_item', item.id, `flags.${flag}`, !flags[flag])}
        >${app.t(`flag_short_${flag}`)}</button>`)}
      </span>
      <span class="item-tools">
        ${findings > 0 && html`<span class="count" title=${app.t('findings_count', { n: findings })} aria-label=${app.t('findings_count', { n: findings })}>${findings}</span>`}
        <button
          type="button"
          class="icon danger"
          data-test="delete"
          title=${app.t('delete')}
          aria-label=${`${app.t('delete')}: ${name}`}
          onClick=${onDelete}
        >✕</button>
      </span>
    </div>
    ${open && html`<div class="item-details" id=${details}>
      <div class="row2">
        <${Vocab} kind="data_item" record=${item} path="requirement" vocabulary="item_requirement" label=${app.t('requirement')} />
        <${Vocab} kind="data_item" record=${item} path="special_category" vocabulary="special_category" label=${app.t('special_category')} />
      </div>
      ${(item.requirement === 'mandatory' || text(item.consequence_if_not_given, app.lang)) &&
      html`<${Loc} kind="data_item" record=${item} path="consequence_if_not_given" label=${app.t('consequence_if_not_given')} />`}
      ${(flags.national_id || text(item.need_for_national_id, app.lang)) &&
      html`<${Loc} kind="data_item" record=${item} path="need_for_national_id" label=${app.t('need_for_national_id')} />`}
    </div>`}
  </li>`;
}
