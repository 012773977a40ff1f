// Generated from the Rust model (crates/model/src/ui_records.rs); do not edit.
// Regenerate: KIRJURI_WRITE_UI=1 cargo test -p kirjuri-model --test ui_records

/** @typedef {'organisation'|'person'|'data_subject_category'|'source'|'recipient'|'processor'|'storage_location'|'security_measure'|'cookie'|'register'|'data_item_group'|'data_item'|'purpose'|'system_link'|'disclosure'|'transfer'|'access_role'|'retention_rule'|'rights_procedure'|'dpia_screening'|'breach'|'data_subject_request'|'client_controller'} RecordKind */

/**
 * @typedef {Object} Organisation
 * @property {OrganisationId} id
 * @property {LocalizedText} name
 * @property {string} [business_id]
 * @property {string} [vat_number]
 * @property {LocalizedText} [address]
 * @property {string} [phone]
 * @property {string} [email]
 * @property {string} [website]
 * @property {string} [country]
 * @property {number|null} [staff_count]
 * @property {PersonId|null} [dpo]
 * @property {LocalizedText} [joint_controllers]
 * @property {LocalizedText} [representative]
 * @property {string} [version_label]
 * @property {SupervisoryAuthority|null} [supervisory_authority]
 * @property {IncidentRoutine} [incident_routine]
 * @property {string|null} [document_created]
 * @property {string|null} [document_updated]
 * @property {Array<FindingAnswer>} [finding_answers]
 * @property {'sv'|'fi'|'en'|null} [working_language]
 * @property {ImportedDescription|null} [imported_description]
 */
/** @typedef {string} OrganisationId The id (UUID) of a record. */
/**
 * @typedef {Object} LocalizedText
 * @property {string} [sv]
 * @property {string} [fi]
 * @property {string} [en]
 * @property {Array<'sv'|'fi'|'en'>} [suggested]
 * @property {Object} [translated_from]
 */
/** @typedef {string} PersonId The id (UUID) of a record. */
/**
 * @typedef {Object} SupervisoryAuthority
 * @property {LocalizedText} name
 * @property {LocalizedText} [address]
 * @property {string} [phone]
 * @property {string} [email]
 * @property {string} [website]
 */
/**
 * @typedef {Object} IncidentRoutine
 * @property {Array<LocalizedText>} [steps]
 * @property {LocalizedText} [decided_by]
 * @property {boolean} [notify_authority_within_72_hours]
 * @property {boolean} [inform_data_subjects_on_high_risk]
 * @property {LocalizedText} [breach_log]
 * @property {Array<LocalizedText>} [post_incident_review]
 */
/**
 * @typedef {Object} FindingAnswer
 * @property {'transfer_without_mechanism'|'special_category_without_condition'|'purpose_without_legal_basis'|'legitimate_interest_not_stated'|'no_retention_rule'|'processor_without_agreement'|'no_supervisory_authority'|'national_id_without_stated_need'|'free_text_field'|'mandatory_item_without_consequence'|'register_not_updated_for_a_year'|'text_missing_in_language'|'system_receives_unlisted_item'|'deletion_routine_overdue'|'processor_country_unknown'|'no_rights_procedures'|'answer_period_beyond_one_month'|'template_text_not_reviewed'|'breach_notification_missed'|'breach_open'|'request_overdue'|'request_extension_without_reason'|'dpia_required'|'question_not_answered'|'answered_request_old'|'controller_without_contact'|'right_without_contact'|'retention_without_limit'|'processor_record_without_controller'|'client_controller_incomplete'|'breach_risk_not_reasoned'|'breach_data_subjects_not_informed'|'provision_contradicts_mandatory_item'|'invalid_transfer_ground'|'us_adequacy_without_dpf'|'special_categories_contradicted'|'translation_out_of_date'} code
 * @property {'organisation'|'person'|'data_subject_category'|'source'|'recipient'|'processor'|'storage_location'|'security_measure'|'cookie'|'register'|'data_item_group'|'data_item'|'purpose'|'system_link'|'disclosure'|'transfer'|'access_role'|'retention_rule'|'rights_procedure'|'dpia_screening'|'breach'|'data_subject_request'|'client_controller'} kind
 * @property {string} id
 * @property {string} [field]
 * @property {Object} answer
 */
/**
 * @typedef {Object} ImportedDescription
 * @property {string} [file_name]
 * @property {'sv'|'fi'|'en'} language
 * @property {Array<string>} [registers]
 * @property {Array<ImportedSection>} [sections]
 */
/**
 * @typedef {Object} ImportedSection
 * @property {string} [heading]
 * @property {Array<'description'|'answers'|'data_subjects'|'purposes'|'data_items'|'sources'|'recipients'|'retention'|'rights'>} [marks]
 * @property {Array<ImportedPassage>} [passages]
 * @property {boolean} [confirmed]
 */
/**
 * @typedef {Object} ImportedPassage
 * @property {string} text
 * @property {string|null} [place]
 */
/**
 * @typedef {Object} Person
 * @property {PersonId} id
 * @property {string} name
 * @property {LocalizedText} [title]
 * @property {string} [phone]
 * @property {string} [email]
 */
/**
 * @typedef {Object} DataSubjectCategory
 * @property {DataSubjectCategoryId} id
 * @property {LocalizedText} name
 */
/** @typedef {string} DataSubjectCategoryId The id (UUID) of a record. */
/**
 * @typedef {Object} Source
 * @property {SourceId} id
 * @property {Array<'data_subject'|'public_register'|'credit_bureau'|'tax_authority'|'social_media_login'|'group_company'|'business_partner'|'other'>} [kinds]
 * @property {LocalizedText} name
 * @property {boolean} [public]
 * @property {LocalizedText} [collection_procedure]
 */
/** @typedef {string} SourceId The id (UUID) of a record. */
/**
 * @typedef {Object} Recipient
 * @property {RecipientId} id
 * @property {'processor'|'independent_controller'|'group_company'|'authority'|'customer_organisation'|'other'|null} [kind]
 * @property {LocalizedText} name
 * @property {boolean} [category]
 * @property {string} [country]
 * @property {Agreement|null} [agreement]
 * @property {DpfCertification} [dpf]
 */
/** @typedef {string} RecipientId The id (UUID) of a record. */
/**
 * @typedef {Object} Agreement
 * @property {'processor_agreement'|'joint_controller_arrangement'|'terms_of_service'|'contract'} kind
 * @property {string|null} [signed]
 * @property {string} [reference]
 */
/**
 * @typedef {Object} DpfCertification
 * @property {'not_answered'|'yes'|'no'} [certified]
 * @property {string|null} [checked_on]
 */
/**
 * @typedef {Object} Processor
 * @property {ProcessorId} id
 * @property {LocalizedText} vendor
 * @property {string} [product]
 * @property {'in_house'|'third_party'} hosting
 * @property {string} [country]
 * @property {LocalizedText} [address]
 * @property {LocalizedText} [function]
 * @property {LocalizedText} [data_location]
 * @property {string} [data_location_country]
 * @property {LocalizedText} [data_held]
 * @property {Agreement|null} [agreement]
 * @property {DpfCertification} [dpf]
 */
/** @typedef {string} ProcessorId The id (UUID) of a record. */
/**
 * @typedef {Object} StorageLocation
 * @property {StorageLocationId} id
 * @property {LocalizedText} description
 * @property {ProcessorId|null} [processor]
 * @property {boolean} [paper]
 */
/** @typedef {string} StorageLocationId The id (UUID) of a record. */
/**
 * @typedef {Object} SecurityMeasure
 * @property {SecurityMeasureId} id
 * @property {'technical'|'organisational'|'physical'|null} [kind]
 * @property {LocalizedText} description
 */
/** @typedef {string} SecurityMeasureId The id (UUID) of a record. */
/**
 * @typedef {Object} Cookie
 * @property {CookieId} id
 * @property {LocalizedText} name
 * @property {string} [provider]
 * @property {'necessary'|'functional'|'preference'|'statistics'|'marketing'} class
 * @property {'session'|'persistent'} duration
 * @property {LocalizedText} [lifetime]
 * @property {LocalizedText} [purpose]
 * @property {'not_answered'|'yes'|'no'} [requires_consent]
 */
/** @typedef {string} CookieId The id (UUID) of a record. */
/**
 * @typedef {Object} Register
 * @property {RegisterId} id
 * @property {LocalizedText} name
 * @property {LocalizedText} [description]
 * @property {'controller'|'joint_controller'|'processor'|null} [role]
 * @property {LocalizedText} [business_function]
 * @property {PersonId|null} [contact_person]
 * @property {Array<DataSubjectCategoryId>} [data_subject_categories]
 * @property {Array<SourceId>} [sources]
 * @property {Array<StorageLocationId>} [storage_locations]
 * @property {Array<SecurityMeasureId>} [security_measures]
 * @property {string|null} [created]
 * @property {string|null} [last_updated]
 * @property {string} [version_label]
 * @property {'not_answered'|'yes'|'no'} [automated_decisions]
 * @property {LocalizedText} [automated_decisions_description]
 * @property {'no_requirement'|'statutory'|'contractual'|'needed_for_contract'|null} [provision_requirement]
 * @property {LocalizedText} [consequence_of_not_providing]
 * @property {'not_assessed'|'not_needed'|'needed'|'done'} [dpia]
 * @property {'not_answered'|'yes'|'no'} [transfers_outside_eea]
 * @property {LocalizedText} [transfers_qualifier]
 * @property {boolean} [transfers_as_a_rule]
 * @property {'not_answered'|'yes'|'no'} [regular_disclosures]
 * @property {LocalizedText} [disclosures_qualifier]
 * @property {boolean} [disclosures_as_a_rule]
 * @property {'not_answered'|'yes'|'no'} [special_categories]
 * @property {Array<'racial_or_ethnic_origin'|'political_opinions'|'religious_beliefs'|'trade_union_membership'|'genetic_data'|'biometric_data'|'health'|'sex_life_or_orientation'>} [special_categories_which]
 * @property {LocalizedText} [notice_changes]
 * @property {LocalizedText} [law_reference]
 * @property {ListQualifiers} [list_qualifiers]
 * @property {Array<'description'|'answers'|'data_subjects'|'purposes'|'data_items'|'sources'|'recipients'|'retention'|'rights'>} [unreviewed_template_text]
 * @property {SuggestedAnswers} [suggested_answers]
 */
/** @typedef {string} RegisterId The id (UUID) of a record. */
/**
 * @typedef {Object} ListQualifiers
 * @property {'among_others'|'mainly'|null} [data_items]
 * @property {'among_others'|'mainly'|null} [sources]
 * @property {'among_others'|'mainly'|null} [recipients]
 */
/**
 * @typedef {Object} SuggestedAnswers
 * @property {'controller'|'joint_controller'|'processor'|null} [role]
 * @property {'no_requirement'|'statutory'|'contractual'|'needed_for_contract'|null} [provision_requirement]
 * @property {'not_answered'|'yes'|'no'|null} [automated_decisions]
 * @property {'not_answered'|'yes'|'no'|null} [transfers_outside_eea]
 * @property {'not_answered'|'yes'|'no'|null} [regular_disclosures]
 */
/**
 * @typedef {Object} DataItemGroup
 * @property {DataItemGroupId} id
 * @property {RegisterId} register
 * @property {LocalizedText} name
 * @property {boolean} [personal_data]
 */
/** @typedef {string} DataItemGroupId The id (UUID) of a record. */
/**
 * @typedef {Object} DataItem
 * @property {DataItemId} id
 * @property {RegisterId} register
 * @property {DataItemGroupId|null} [group]
 * @property {LocalizedText} name
 * @property {'mandatory'|'optional'|null} [requirement]
 * @property {LocalizedText} [consequence_if_not_given]
 * @property {DataItemFlags} [flags]
 * @property {'racial_or_ethnic_origin'|'political_opinions'|'religious_beliefs'|'trade_union_membership'|'genetic_data'|'biometric_data'|'health'|'sex_life_or_orientation'|null} [special_category]
 * @property {LocalizedText} [need_for_national_id]
 */
/** @typedef {string} DataItemId The id (UUID) of a record. */
/**
 * @typedef {Object} DataItemFlags
 * @property {boolean} [criminal_offence]
 * @property {boolean} [national_id]
 * @property {boolean} [financial]
 * @property {boolean} [free_text]
 * @property {boolean} [online_identifier]
 * @property {boolean} [credentials]
 * @property {boolean} [consent]
 */
/**
 * @typedef {Object} Purpose
 * @property {PurposeId} id
 * @property {RegisterId} register
 * @property {LocalizedText} description
 * @property {Array<LegalBasisClaim>} [legal_bases]
 * @property {boolean} [direct_marketing]
 */
/** @typedef {string} PurposeId The id (UUID) of a record. */
/**
 * @typedef {Object} LegalBasisClaim
 * @property {'consent'|'contract'|'legal_obligation'|'vital_interests'|'public_task'|'legitimate_interests'|null} [basis]
 * @property {Array<DataSubjectCategoryId>} [data_subject_categories]
 * @property {LocalizedText} [legitimate_interest]
 * @property {'explicit_consent'|'employment_law'|'vital_interests'|'not_for_profit_body'|'made_public'|'legal_claims'|'substantial_public_interest'|'health_or_social_care'|'public_health'|'archiving_research_statistics'|null} [special_category_condition]
 * @property {LocalizedText} [law_reference]
 */
/**
 * @typedef {Object} SystemLink
 * @property {SystemLinkId} id
 * @property {RegisterId} register
 * @property {ProcessorId} processor
 * @property {Array<DataItemId>} [data_items]
 * @property {LocalizedText} [usage]
 */
/** @typedef {string} SystemLinkId The id (UUID) of a record. */
/**
 * @typedef {Object} Disclosure
 * @property {DisclosureId} id
 * @property {RegisterId} register
 * @property {RecipientId} recipient
 * @property {LocalizedText} [data]
 * @property {LocalizedText} [purpose]
 * @property {LocalizedText} [method]
 * @property {LocalizedText} [condition]
 */
/** @typedef {string} DisclosureId The id (UUID) of a record. */
/**
 * @typedef {Object} Transfer
 * @property {TransferId} id
 * @property {RegisterId} register
 * @property {string} country
 * @property {ProcessorId|null} [processor]
 * @property {RecipientId|null} [recipient]
 * @property {'adequacy_decision'|'standard_contractual_clauses'|'binding_corporate_rules'|'derogation'|null} [mechanism]
 * @property {'adequacy_decision'|'standard_contractual_clauses'|'binding_corporate_rules'|'derogation'|null} [suggested_mechanism]
 * @property {LocalizedText} [documentation]
 * @property {'not_answered'|'yes'|'no'} [safeguard_copies]
 */
/** @typedef {string} TransferId The id (UUID) of a record. */
/**
 * @typedef {Object} AccessRole
 * @property {AccessRoleId} id
 * @property {RegisterId} register
 * @property {LocalizedText} name
 * @property {Array<PersonId>} [people]
 * @property {Array<LocalizedText>} [permissions]
 * @property {'full'|'history_only'|'none'|null} [change_logging]
 * @property {LocalizedText} [granted_by]
 */
/** @typedef {string} AccessRoleId The id (UUID) of a record. */
/**
 * @typedef {Object} RetentionRule
 * @property {RetentionRuleId} id
 * @property {RegisterId} register
 * @property {DataItemGroupId|null} [group]
 * @property {'inactivity'|'end_of_customer_relationship'|'end_of_employment'|'unsubscribe'|'no_consent'|'request_of_data_subject'|'manual_deletion'|'statutory_period'|'other'} trigger
 * @property {LocalizedText} [period]
 * @property {'automatic'|'manual'|null} [deletion_method]
 * @property {LocalizedText} [routine]
 * @property {PersonId|null} [responsible]
 * @property {number|null} [review_interval_months]
 * @property {string|null} [last_reviewed]
 */
/** @typedef {string} RetentionRuleId The id (UUID) of a record. */
/**
 * @typedef {Object} RightsProcedure
 * @property {RightsProcedureId} id
 * @property {RegisterId} register
 * @property {'information'|'access'|'rectification'|'erasure'|'restriction'|'portability'|'objection'|'no_automated_decisions'|'withdraw_consent'|'complaint'|'prohibit_direct_marketing'} right
 * @property {LocalizedText} [channel]
 * @property {LocalizedText} [identity_check]
 * @property {number|null} [deadline_days]
 * @property {LocalizedText} [format]
 * @property {LocalizedText} [notes]
 * @property {LocalizedText} [fee]
 * @property {LocalizedText} [frequency]
 * @property {LocalizedText} [refusal_grounds]
 * @property {LocalizedText} [law_reference]
 */
/** @typedef {string} RightsProcedureId The id (UUID) of a record. */
/**
 * @typedef {Object} DpiaScreening
 * @property {DpiaScreeningId} id
 * @property {RegisterId} register
 * @property {Object} [criteria]
 * @property {Object} [listed]
 * @property {LocalizedText} [notes]
 * @property {string|null} [screened]
 * @property {string|null} [dpia_done]
 * @property {string} [dpia_reference]
 * @property {LocalizedText} [dpia_outcome]
 */
/** @typedef {string} DpiaScreeningId The id (UUID) of a record. */
/**
 * @typedef {Object} Breach
 * @property {BreachId} id
 * @property {LocalizedText} description
 * @property {string|null} [happened]
 * @property {string|null} [discovered]
 * @property {Array<RegisterId>} [registers]
 * @property {Array<DataItemId>} [data_items]
 * @property {number|null} [approximate_people]
 * @property {LocalizedText} [consequences]
 * @property {LocalizedText} [measures]
 * @property {'unlikely'|'risk'|'high_risk'|null} [risk]
 * @property {LocalizedText} [risk_assessment]
 * @property {string|null} [authority_notified]
 * @property {LocalizedText} [notification_reason]
 * @property {string|null} [data_subjects_informed]
 * @property {LocalizedText} [not_informed_reason]
 * @property {Array<LocalizedText>} [review_answers]
 * @property {string|null} [closed]
 */
/** @typedef {string} BreachId The id (UUID) of a record. */
/**
 * @typedef {Object} DataSubjectRequest
 * @property {DataSubjectRequestId} id
 * @property {'information'|'access'|'rectification'|'erasure'|'restriction'|'portability'|'objection'|'no_automated_decisions'|'withdraw_consent'|'complaint'|'prohibit_direct_marketing'|null} [right]
 * @property {string} [requester]
 * @property {RegisterId|null} [register]
 * @property {string|null} [received]
 * @property {LocalizedText} [identity_check]
 * @property {boolean} [extended]
 * @property {LocalizedText} [extension_reason]
 * @property {LocalizedText} [actions]
 * @property {string|null} [answered]
 */
/** @typedef {string} DataSubjectRequestId The id (UUID) of a record. */
/**
 * @typedef {Object} ClientController
 * @property {ClientControllerId} id
 * @property {LocalizedText} name
 * @property {string} [business_id]
 * @property {LocalizedText} [contact]
 * @property {LocalizedText} [representative]
 * @property {LocalizedText} [dpo]
 * @property {Agreement|null} [agreement]
 * @property {Array<LocalizedText>} [categories_of_processing]
 * @property {'not_answered'|'yes'|'no'} [transfers_outside_eea]
 * @property {Array<ProcessorTransfer>} [transfers]
 * @property {Array<SecurityMeasureId>} [security_measures]
 * @property {Array<ProcessorId>} [sub_processors]
 */
/** @typedef {string} ClientControllerId The id (UUID) of a record. */
/**
 * @typedef {Object} ProcessorTransfer
 * @property {string} country
 * @property {'adequacy_decision'|'standard_contractual_clauses'|'binding_corporate_rules'|'derogation'|null} [mechanism]
 * @property {LocalizedText} [documentation]
 */

/** The record kinds with a list in the document, in dependency order. @type {RecordKind[]} */
export const KINDS = [
  "person",
  "data_subject_category",
  "source",
  "recipient",
  "processor",
  "storage_location",
  "security_measure",
  "cookie",
  "register",
  "data_item_group",
  "data_item",
  "purpose",
  "system_link",
  "disclosure",
  "transfer",
  "access_role",
  "retention_rule",
  "rights_procedure",
  "dpia_screening",
  "breach",
  "data_subject_request",
  "client_controller"
];

/** The document's list of each record kind. @type {Object<RecordKind, string>} */
export const LIST_OF = {
  "person": "people",
  "data_subject_category": "data_subject_categories",
  "source": "sources",
  "recipient": "recipients",
  "processor": "processors",
  "storage_location": "storage_locations",
  "security_measure": "security_measures",
  "cookie": "cookies",
  "register": "registers",
  "data_item_group": "data_item_groups",
  "data_item": "data_items",
  "purpose": "purposes",
  "system_link": "system_links",
  "disclosure": "disclosures",
  "transfer": "transfers",
  "access_role": "access_roles",
  "retention_rule": "retention_rules",
  "rights_procedure": "rights_procedures",
  "dpia_screening": "dpia_screenings",
  "breach": "breaches",
  "data_subject_request": "data_subject_requests",
  "client_controller": "client_controllers"
};

/** The kinds that are parts of one register (a `register` field; deleting the register deletes them). */
export const REGISTER_PARTS = [
  "data_item_group",
  "data_item",
  "purpose",
  "system_link",
  "disclosure",
  "transfer",
  "access_role",
  "retention_rule",
  "rights_procedure",
  "dpia_screening"
];

/** Each kind's fields that refer to other records (`*`: every element of a list; required: deleting the target deletes the record). */
export const REFERENCES = {
  "organisation": [
    {
      "path": "dpo",
      "kind": "person",
      "required": false
    }
  ],
  "person": [],
  "data_subject_category": [],
  "source": [],
  "recipient": [],
  "processor": [],
  "storage_location": [
    {
      "path": "processor",
      "kind": "processor",
      "required": false
    }
  ],
  "security_measure": [],
  "cookie": [],
  "register": [
    {
      "path": "contact_person",
      "kind": "person",
      "required": false
    },
    {
      "path": "data_subject_categories.*",
      "kind": "data_subject_category",
      "required": false
    },
    {
      "path": "sources.*",
      "kind": "source",
      "required": false
    },
    {
      "path": "storage_locations.*",
      "kind": "storage_location",
      "required": false
    },
    {
      "path": "security_measures.*",
      "kind": "security_measure",
      "required": false
    }
  ],
  "data_item_group": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    }
  ],
  "data_item": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    },
    {
      "path": "group",
      "kind": "data_item_group",
      "required": false
    }
  ],
  "purpose": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    },
    {
      "path": "legal_bases.*.data_subject_categories.*",
      "kind": "data_subject_category",
      "required": false
    }
  ],
  "system_link": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    },
    {
      "path": "processor",
      "kind": "processor",
      "required": true
    },
    {
      "path": "data_items.*",
      "kind": "data_item",
      "required": false
    }
  ],
  "disclosure": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    },
    {
      "path": "recipient",
      "kind": "recipient",
      "required": true
    }
  ],
  "transfer": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    },
    {
      "path": "processor",
      "kind": "processor",
      "required": false
    },
    {
      "path": "recipient",
      "kind": "recipient",
      "required": false
    }
  ],
  "access_role": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    },
    {
      "path": "people.*",
      "kind": "person",
      "required": false
    }
  ],
  "retention_rule": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    },
    {
      "path": "group",
      "kind": "data_item_group",
      "required": false
    },
    {
      "path": "responsible",
      "kind": "person",
      "required": false
    }
  ],
  "rights_procedure": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    }
  ],
  "dpia_screening": [
    {
      "path": "register",
      "kind": "register",
      "required": true
    }
  ],
  "breach": [
    {
      "path": "registers.*",
      "kind": "register",
      "required": false
    },
    {
      "path": "data_items.*",
      "kind": "data_item",
      "required": false
    }
  ],
  "data_subject_request": [
    {
      "path": "register",
      "kind": "register",
      "required": false
    }
  ],
  "client_controller": [
    {
      "path": "security_measures.*",
      "kind": "security_measure",
      "required": false
    },
    {
      "path": "sub_processors.*",
      "kind": "processor",
      "required": false
    }
  ]
};

/** The record a new one of each kind starts from (`Record::blank`): `id` and the required references are null until given. */
export const BLANK_RECORD = {
  "organisation": {
    "id": null,
    "name": {},
    "business_id": "",
    "vat_number": "",
    "address": {},
    "phone": "",
    "email": "",
    "website": "",
    "country": "",
    "staff_count": null,
    "dpo": null,
    "joint_controllers": {},
    "representative": {},
    "version_label": "",
    "supervisory_authority": null,
    "incident_routine": {
      "steps": [],
      "decided_by": {},
      "notify_authority_within_72_hours": false,
      "inform_data_subjects_on_high_risk": false,
      "breach_log": {},
      "post_incident_review": []
    },
    "document_created": null,
    "document_updated": null,
    "finding_answers": []
  },
  "person": {
    "id": null,
    "name": "",
    "title": {},
    "phone": "",
    "email": ""
  },
  "data_subject_category": {
    "id": null,
    "name": {}
  },
  "source": {
    "id": null,
    "kinds": [],
    "name": {},
    "public": false,
    "collection_procedure": {}
  },
  "recipient": {
    "id": null,
    "kind": null,
    "name": {},
    "category": false,
    "country": "",
    "agreement": null
  },
  "processor": {
    "id": null,
    "vendor": {},
    "product": "",
    "hosting": "third_party",
    "country": "",
    "address": {},
    "function": {},
    "data_location": {},
    "data_location_country": "",
    "data_held": {},
    "agreement": null
  },
  "storage_location": {
    "id": null,
    "description": {},
    "processor": null,
    "paper": false
  },
  "security_measure": {
    "id": null,
    "kind": null,
    "description": {}
  },
  "cookie": {
    "id": null,
    "name": {},
    "provider": "",
    "class": "necessary",
    "duration": "session",
    "lifetime": {},
    "purpose": {},
    "requires_consent": "not_answered"
  },
  "register": {
    "id": null,
    "name": {},
    "description": {},
    "role": null,
    "business_function": {},
    "contact_person": null,
    "data_subject_categories": [],
    "sources": [],
    "storage_locations": [],
    "security_measures": [],
    "created": null,
    "last_updated": null,
    "version_label": "",
    "automated_decisions": "not_answered",
    "automated_decisions_description": {},
    "provision_requirement": null,
    "consequence_of_not_providing": {},
    "dpia": "not_assessed",
    "transfers_outside_eea": "not_answered",
    "transfers_qualifier": {},
    "regular_disclosures": "not_answered",
    "disclosures_qualifier": {},
    "law_reference": {},
    "list_qualifiers": {}
  },
  "data_item_group": {
    "id": null,
    "register": null,
    "name": {},
    "personal_data": true
  },
  "data_item": {
    "id": null,
    "register": null,
    "group": null,
    "name": {},
    "requirement": null,
    "consequence_if_not_given": {},
    "flags": {},
    "special_category": null,
    "need_for_national_id": {}
  },
  "purpose": {
    "id": null,
    "register": null,
    "description": {},
    "legal_bases": [],
    "direct_marketing": false
  },
  "system_link": {
    "id": null,
    "register": null,
    "processor": null,
    "data_items": [],
    "usage": {}
  },
  "disclosure": {
    "id": null,
    "register": null,
    "recipient": null,
    "data": {},
    "purpose": {},
    "method": {},
    "condition": {}
  },
  "transfer": {
    "id": null,
    "register": null,
    "country": "",
    "processor": null,
    "recipient": null,
    "mechanism": null,
    "documentation": {}
  },
  "access_role": {
    "id": null,
    "register": null,
    "name": {},
    "people": [],
    "permissions": [],
    "change_logging": null,
    "granted_by": {}
  },
  "retention_rule": {
    "id": null,
    "register": null,
    "group": null,
    "trigger": "inactivity",
    "period": {},
    "deletion_method": null,
    "routine": {},
    "responsible": null,
    "review_interval_months": null,
    "last_reviewed": null
  },
  "rights_procedure": {
    "id": null,
    "register": null,
    "right": "access",
    "channel": {},
    "identity_check": {},
    "deadline_days": null,
    "format": {},
    "notes": {},
    "fee": {},
    "frequency": {},
    "refusal_grounds": {},
    "law_reference": {}
  },
  "dpia_screening": {
    "id": null,
    "register": null,
    "criteria": {},
    "listed": {},
    "notes": {},
    "screened": null,
    "dpia_done": null,
    "dpia_reference": "",
    "dpia_outcome": {}
  },
  "breach": {
    "id": null,
    "description": {},
    "happened": null,
    "discovered": null,
    "registers": [],
    "data_items": [],
    "approximate_people": null,
    "consequences": {},
    "measures": {},
    "risk": null,
    "risk_assessment": {},
    "authority_notified": null,
    "notification_reason": {},
    "data_subjects_informed": null,
    "not_informed_reason": {},
    "review_answers": [],
    "closed": null
  },
  "data_subject_request": {
    "id": null,
    "right": null,
    "requester": "",
    "register": null,
    "received": null,
    "identity_check": {},
    "extended": false,
    "extension_reason": {},
    "actions": {},
    "answered": null
  },
  "client_controller": {
    "id": null,
    "name": {},
    "business_id": "",
    "contact": {},
    "representative": {},
    "dpo": {},
    "agreement": null,
    "categories_of_processing": [],
    "transfers_outside_eea": "not_answered",
    "transfers": [],
    "security_measures": [],
    "sub_processors": []
  }
};

/** A purpose's new legal basis. @type {LegalBasisClaim} */
export const BLANK_LEGAL_BASIS = {
  "basis": null,
  "data_subject_categories": [],
  "legitimate_interest": {},
  "special_category_condition": null,
  "law_reference": {}
};
