// Organisation-level screens: the controller itself, people, cookies and the
// incident routine.

import { html } from '../vendor/preact-htm.js';
import { useApp, Section, Card, Loc, Text, NumberField, Country, Pick, Check, Vocab, LocalizedList, CheckboxInput, AnswerField, DateField, SelectInput, workingLanguage } from '../components.js';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n.js';
import { newRecord, put, text } from '../model.js';

const ORG = 'organisation';

export function personOptions(app) {
  return app.doc.people.map((p) => ({ value: p.id, label: p.name || app.t('untitled') }));
}

export function OrganisationScreen() {
  const app = useApp();
  const org = app.doc.organisation;
  const authorityName = text((app.vocab.authority || {})[org.country], app.lang);
  const override = org.supervisory_authority;
  return html`<div class="screen" data-test="organisation-screen">
    <${Section} title=${app.t('organisation_title')}>
      <div class="grid">
        <${Loc} kind=${ORG} record=${org} path="name" label=${app.t('name')} test="org-name" />
        <div class="row3">
          <${Text} kind=${ORG} record=${org} path="business_id" label=${app.t('business_id')} />
          <${Text} kind=${ORG} record=${org} path="vat_number" label=${app.t('vat_number')} />
          <${Country} kind=${ORG} record=${org} path="country" label=${app.t('country')} test="org-country" />
        </div>
      </div>
    </${Section}>
    <${Section} title=${app.t('working_language')}>
      <${SelectInput}
        id=${`f:${org.id}:working_language`}
        name="working_language"
        label=${app.t('working_language')}
        value=${workingLanguage(app)}
        options=${LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        allowEmpty=${false}
        hint=${app.t('working_language_hint')}
        test="working-language"
        onCommit=${(value) => app.setField(ORG, org.id, 'working_language', value)}
      />
    </${Section}>
    <${Section} title=${app.t('contact_details')}>
      <${Loc} kind=${ORG} record=${org} path="address" label=${app.t('address')} multiline />
      <div class="row3">
        <${Text} kind=${ORG} record=${org} path="phone" label=${app.t('phone')} type="tel" />
        <${Text} kind=${ORG} record=${org} path="email" label=${app.t('email')} type="email" />
        <${Text} kind=${ORG} record=${org} path="website" label=${app.t('website')} />
      </div>
    </${Section}>
    <${Section} title=${app.t('other_details')}>
      <div class="row3">
        <${Pick} kind=${ORG} record=${org} path="dpo" label=${app.t('dpo')} options=${personOptions(app)} />
        <${NumberField} kind=${ORG} record=${org} path="staff_count" label=${app.t('staff_count')} />
        <${Text} kind=${ORG} record=${org} path="version_label" label=${app.t('version_label')} />
      </div>
      <div class="row2">
        <${DateField} kind=${ORG} record=${org} path="document_created" label=${app.t('document_created')} />
        <${DateField} kind=${ORG} record=${org} path="document_updated" label=${app.t('document_updated')} />
      </div>
      <${Loc} kind=${ORG} record=${org} path="joint_controllers" label=${app.t('joint_controllers')} />
      <${Loc} kind=${ORG} record=${org} path="representative" label=${app.t('representative')} />
    </${Section}>
    <${Section} title=${app.t('authority_section')}>
      <p class="muted">${authorityName ? app.t('authority_default', { n: authorityName }) : app.t('authority_unknown')}</p>
      <${CheckboxInput}
        id=${`f:${org.id}:supervisory_authority`}
        name="supervisory_authority"
        label=${app.t('authority_override')}
        checked=${!!override}
        onCommit=${(on) => app.setField(ORG, org.id, 'supervisory_authority', on ? { name: {}, address: {}, phone: '', email: '', website: '' } : null)}
      />
      ${override && html`<div class="nested">
        <${Loc} kind=${ORG} record=${org} path="supervisory_authority.name" label=${app.t('name')} />
        <${Loc} kind=${ORG} record=${org} path="supervisory_authority.address" label=${app.t('address')} />
        <div class="row3">
          <${Text} kind=${ORG} record=${org} path="supervisory_authority.phone" label=${app.t('phone')} />
          <${Text} kind=${ORG} record=${org} path="supervisory_authority.email" label=${app.t('email')} />
          <${Text} kind=${ORG} record=${org} path="supervisory_authority.website" label=${app.t('website')} />
        </div>
      </div>`}
    </${Section}>
  </div>`;
}

/// Adds a new record and moves focus to its first field.
export function addAndFocus(app, kind, fields, focusPath) {
  const record = newRecord(kind, fields);
  app.change(() => [put(kind, record)]).then(() => {
    setTimeout(() => document.getElementById(`f:${record.id}:${focusPath}`)?.focus(), 30);
  });
  return record;
}

export function PeopleScreen() {
  const app = useApp();
  const K = 'person';
  return html`<div class="screen" data-test="people-screen">
    <${Section}
      title=${app.t('people_title')}
      lead=${app.t('people_lead')}
      actions=${html`<button type="button" class="primary" data-test="new-person" onClick=${() => addAndFocus(app, K, {}, 'name')}>+ ${app.t('new_person')}</button>`}
    >
      ${app.doc.people.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
      ${app.doc.people.map((p) => html`<${Card} key=${p.id} kind=${K} record=${p} title=${p.name}>
        <div class="row2">
          <${Text} kind=${K} record=${p} path="name" label=${app.t('name')} />
          <${Loc} kind=${K} record=${p} path="title" label=${app.t('title_field')} />
        </div>
        <div class="row2">
          <${Text} kind=${K} record=${p} path="phone" label=${app.t('phone')} type="tel" />
          <${Text} kind=${K} record=${p} path="email" label=${app.t('email')} type="email" />
        </div>
      </${Card}>`)}
    </${Section}>
  </div>`;
}

export function CookiesScreen() {
  const app = useApp();
  const K = 'cookie';
  return html`<div class="screen" data-test="cookies-screen">
    <${Section}
      title=${app.t('cookies_title')}
      actions=${html`<button type="button" class="primary" onClick=${() => addAndFocus(app, K, {}, `name:${workingLanguage(app)}`)}>+ ${app.t('new_cookie')}</button>`}
    >
      ${app.doc.cookies.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
      ${app.doc.cookies.map((c) => html`<${Card} key=${c.id} kind=${K} record=${c} title=${text(c.name, app.lang)}>
        <${Loc} kind=${K} record=${c} path="name" label=${app.t('name')} />
        <div class="row3">
          <${Text} kind=${K} record=${c} path="provider" label=${app.t('provider')} />
          <${Vocab} kind=${K} record=${c} path="class" vocabulary="cookie_class" label=${app.t('cookie_class')} allowEmpty=${false} />
          <${Vocab} kind=${K} record=${c} path="duration" vocabulary="cookie_duration" label=${app.t('duration')} allowEmpty=${false} />
        </div>
        <${Loc} kind=${K} record=${c} path="lifetime" label=${app.t('lifetime')} />
        <${Loc} kind=${K} record=${c} path="purpose" label=${app.t('cookie_purpose')} multiline />
        <${AnswerField} kind=${K} record=${c} path="requires_consent" label=${app.t('requires_consent')} />
      </${Card}>`)}
    </${Section}>
  </div>`;
}

export function IncidentScreen() {
  const app = useApp();
  const org = app.doc.organisation;
  return html`<div class="screen" data-test="incidents-screen">
    <${Section} title=${app.t('incidents_title')}>
      <${LocalizedList} kind=${ORG} record=${org} path="incident_routine.steps" label=${app.t('steps')} addLabel=${app.t('new_step')} />
      <${Loc} kind=${ORG} record=${org} path="incident_routine.decided_by" label=${app.t('decided_by')} />
      <${Check} kind=${ORG} record=${org} path="incident_routine.notify_authority_within_72_hours" label=${app.t('notify_authority_within_72_hours')} />
      <${Check} kind=${ORG} record=${org} path="incident_routine.inform_data_subjects_on_high_risk" label=${app.t('inform_data_subjects_on_high_risk')} />
      <${Loc} kind=${ORG} record=${org} path="incident_routine.breach_log" label=${app.t('breach_log')} />
      <${LocalizedList} kind=${ORG} record=${org} path="incident_routine.post_incident_review" label=${app.t('post_incident_review')} addLabel=${app.t('new_review_question')} />
    </${Section}>
  </div>`;
}
