// @ts-check
// Generated from the Rust model (crates/model/src/ui_records.rs); do not edit.
// Regenerate: KIRJURI_WRITE_UI=1 cargo test -p kirjuri-model --test ui_records

/** @typedef {import('./contract').RecordKind} RecordKind */

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

/** The document's list of each record kind. @type {Record<Exclude<RecordKind, 'organisation'>, keyof import('./contract').Document>} */
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

/** A purpose's new legal basis. @type {import('./contract').LegalBasisClaim} */
export const BLANK_LEGAL_BASIS = {
  "basis": null,
  "data_subject_categories": [],
  "legitimate_interest": {},
  "special_category_condition": null,
  "law_reference": {}
};
