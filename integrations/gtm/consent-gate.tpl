___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "consent-gate - Google Consent Mode",
  "categories": [
    "TAG_MANAGEMENT",
    "UTILITY"
  ],
  "brand": {
    "id": "brand_consent_gate",
    "displayName": "consent-gate"
  },
  "description": "Google Consent Mode v2 from consent-gate, for sites whose tags live in this container: everything denied by default, then the visitor's stored choice from the consent cookie, then every new choice. Fire it on Consent Initialization - All Pages, and on Window Loaded.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "LABEL",
    "name": "setUp",
    "displayName": "Triggers: Consent Initialization - All Pages, and Window Loaded. Load consent-gate from a Custom HTML tag on Consent Initialization - All Pages, and leave integrations.googleConsentMode out of its catalogue: this tag takes its place."
  },
  {
    "type": "GROUP",
    "name": "consentMode",
    "displayName": "Consent Mode (the catalogue's integrations.googleConsentMode)",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "TEXT",
        "name": "waitForUpdate",
        "displayName": "Wait for update (waitForUpdate)",
        "simpleValueType": true,
        "valueUnit": "ms",
        "defaultValue": "500",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^(10000|[0-9]{1,4})$"
            ],
            "errorMessage": "A whole number from 0 to 10000."
          }
        ],
        "help": "How long Google tags wait for an update after the default (wait_for_update), 0 to 10000 ms."
      },
      {
        "type": "CHECKBOX",
        "name": "adsDataRedaction",
        "checkboxText": "Redact ads data while ad_storage is denied (adsDataRedaction: ads_data_redaction)",
        "simpleValueType": true,
        "defaultValue": false
      },
      {
        "type": "CHECKBOX",
        "name": "urlPassthrough",
        "checkboxText": "Pass ad click information through URLs (urlPassthrough: url_passthrough)",
        "simpleValueType": true,
        "defaultValue": false
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "googleServices",
        "displayName": "Google services (services, with their category from the catalogue's services)",
        "simpleTableColumns": [
          {
            "defaultValue": "",
            "displayName": "Service id",
            "name": "service",
            "type": "TEXT",
            "isUnique": true,
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              },
              {
                "type": "REGEX",
                "args": [
                  "^[a-z0-9][a-z0-9-]*$"
                ],
                "errorMessage": "A service id: a-z, 0-9 and \"-\"."
              }
            ]
          },
          {
            "defaultValue": "performance",
            "displayName": "Category",
            "name": "category",
            "type": "SELECT",
            "selectItems": [
              {
                "value": "performance",
                "displayValue": "performance"
              },
              {
                "value": "functionality",
                "displayValue": "functionality"
              },
              {
                "value": "targeting",
                "displayValue": "targeting"
              }
            ]
          }
        ],
        "newRowButtonText": "Add service",
        "help": "Each id of integrations.googleConsentMode.services (default google-analytics, google-ads, google-tag-manager) that the catalogue's services list, with that service's category. A visitor who switches one off keeps its category's consent types denied, as consent-gate does."
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "catalogue",
    "displayName": "Catalogue (change these with the catalogue)",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "TEXT",
        "name": "revision",
        "displayName": "Catalogue revision (revision)",
        "simpleValueType": true,
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^[1-9][0-9]{0,14}$"
            ],
            "errorMessage": "A whole number of at least 1."
          }
        ],
        "help": "The catalogue's revision. A stored choice of another revision is no choice: everything stays denied until the visitor chooses again. Raise it in the same release as the catalogue."
      },
      {
        "type": "TEXT",
        "name": "cookieName",
        "displayName": "Consent cookie name (options.cookieName)",
        "simpleValueType": true,
        "defaultValue": "cg_consent",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^[A-Za-z0-9_-]+$"
            ],
            "errorMessage": "Letters, digits, \"_\" and \"-\"."
          }
        ],
        "help": "Another name needs the same name in this template's permission \"Reads cookie value(s)\"."
      },
      {
        "type": "TEXT",
        "name": "consentMaxAgeDays",
        "displayName": "Consent lifetime (options.consentMaxAgeDays)",
        "simpleValueType": true,
        "valueUnit": "days",
        "defaultValue": "182",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^([1-9][0-9]?|[12][0-9]{2}|3[0-8][0-9]|39[0-5])$"
            ],
            "errorMessage": "A whole number from 1 to 395."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "refusalMaxAgeDays",
        "displayName": "Refusal lifetime (options.refusalMaxAgeDays; empty: the consent lifetime)",
        "simpleValueType": true,
        "valueUnit": "days",
        "defaultValue": "",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(|[1-9][0-9]?|[12][0-9]{2}|3[0-8][0-9]|39[0-5])$"
            ],
            "errorMessage": "Empty, or a whole number from 1 to 395."
          }
        ]
      },
      {
        "type": "GROUP",
        "name": "categories",
        "displayName": "Categories in use (listed in categories, and not \"enabled\": false)",
        "groupStyle": "NO_ZIPPY",
        "subParams": [
          {
            "type": "CHECKBOX",
            "name": "categoryPerformance",
            "checkboxText": "performance",
            "simpleValueType": true,
            "defaultValue": true
          },
          {
            "type": "CHECKBOX",
            "name": "categoryFunctionality",
            "checkboxText": "functionality",
            "simpleValueType": true,
            "defaultValue": true
          },
          {
            "type": "CHECKBOX",
            "name": "categoryTargeting",
            "checkboxText": "targeting",
            "simpleValueType": true,
            "defaultValue": true
          }
        ]
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// consent-gate for Google Tag Manager (consent-gate README, "Google Tag Manager template").
// On Consent Initialization: Consent Mode's default (every type denied but security_storage, and
// wait_for_update), ads_data_redaction and url_passthrough, then an update from consent-gate's consent
// cookie when it holds a valid choice for this catalogue revision; then every later choice, through
// window.ConsentGate.on('change', ...). The record is read as consent-gate's loader reads it
// (src/core/cookie-store.ts, src/core/consent.ts in the package); what this code cannot read for sure
// grants nothing.
const setDefaultConsentState = require('setDefaultConsentState');
const updateConsentState = require('updateConsentState');
const gtagSet = require('gtagSet');
const getCookieValues = require('getCookieValues');
const decodeUriComponent = require('decodeUriComponent');
const JSON = require('JSON');
const Math = require('Math');
const getType = require('getType');
const makeInteger = require('makeInteger');
const getTimestampMillis = require('getTimestampMillis');
const callInWindow = require('callInWindow');
const addEventCallback = require('addEventCallback');
const templateStorage = require('templateStorage');
const queryPermission = require('queryPermission');
const logToConsole = require('logToConsole');

// Which category grants each consent type (CONSENT_TYPES, src/integrations/google-consent-mode.ts).
const CONSENT_TYPES = [
  {type: 'ad_storage', category: 'targeting'},
  {type: 'ad_user_data', category: 'targeting'},
  {type: 'ad_personalization', category: 'targeting'},
  {type: 'analytics_storage', category: 'performance'},
  {type: 'functionality_storage', category: 'functionality'},
  {type: 'personalization_storage', category: 'functionality'}
];
const CATEGORY_IDS = ['strictly-necessary', 'performance', 'functionality', 'targeting', 'unclassified'];
const RECORD_VERSION = 1;
const MAX_COOKIE_SIZE = 4096;
const DAY_MS = 86400000;
const FUTURE_SKEW_MS = DAY_MS;
const DEFAULT_WAIT_FOR_UPDATE_MS = 500;
const MAX_WAIT_FOR_UPDATE_MS = 10000;
const MAX_AGE_DAYS_LIMIT = 395;
const LARGEST_NUMBER = 1.7976931348623157e308;
// A record without services grants every service of its categories: it counts as the most.
const EVERY_SERVICE = 1000000;
const UNSURE = 'unsure';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const COOKIE_NAME_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

const log = (message) => {
  logToConsole('[consent-gate] ' + message);
};

const isWhole = (value, min, max) =>
  getType(value) === 'number' && Math.floor(value) === value && value >= min && value <= max;
const onlyOf = (text, chars, from) => {
  for (let i = from; i < text.length; i += 1) {
    if (chars.indexOf(text.charAt(i)) < 0) return false;
  }
  return true;
};
const isCategory = (value) => CATEGORY_IDS.indexOf(value) >= 0;
// SERVICE_ID_PATTERN: /^[a-z0-9][a-z0-9-]*$/
const isServiceId = (value) =>
  getType(value) === 'string' && value.length > 0 && ID_CHARS.indexOf(value.charAt(0)) >= 0 && onlyOf(value, ID_CHARS + '-', 1);
const isListOf = (value, test) => getType(value) === 'array' && value.every(test);

// A field's whole number from min to max (a text field holds digits), or undefined.
const wholeField = (value, min, max) => {
  if (getType(value) === 'number') return isWhole(value, min, max) ? value : undefined;
  if (getType(value) !== 'string' || value.length === 0 || value.length > 15 || !onlyOf(value, DIGITS, 0)) return undefined;
  const number = makeInteger(value);
  return isWhole(number, min, max) ? number : undefined;
};

// The tag's fields: the catalogue's settings, as consent-gate reads them (src/core/gate-config.ts).
const problems = [];
const waitField = wholeField(data.waitForUpdate, 0, MAX_WAIT_FOR_UPDATE_MS);
if (waitField === undefined) problems.push('"Wait for update" is not a whole number from 0 to 10000');
const waitForUpdate = waitField === undefined ? DEFAULT_WAIT_FOR_UPDATE_MS : waitField;
const revision = wholeField(data.revision, 1, LARGEST_NUMBER);
if (revision === undefined) problems.push('"Catalogue revision" is not a whole number of at least 1');
const consentDays = wholeField(data.consentMaxAgeDays, 1, MAX_AGE_DAYS_LIMIT);
if (consentDays === undefined) problems.push('"Consent lifetime" is not a whole number of days from 1 to 395');
const refusalDays = data.refusalMaxAgeDays === undefined || data.refusalMaxAgeDays === ''
  ? consentDays
  : wholeField(data.refusalMaxAgeDays, 1, MAX_AGE_DAYS_LIMIT);
if (refusalDays === undefined) problems.push('"Refusal lifetime" is neither empty nor a whole number of days from 1 to 395');
const cookieName = data.cookieName;
if (getType(cookieName) !== 'string' || cookieName.length === 0 || !onlyOf(cookieName, COOKIE_NAME_CHARS, 0)) {
  problems.push('"Consent cookie name" is not letters, digits, "_" and "-"');
}
const enabled = [];
if (data.categoryPerformance === true) enabled.push('performance');
if (data.categoryFunctionality === true) enabled.push('functionality');
if (data.categoryTargeting === true) enabled.push('targeting');
// The Google services of integrations.googleConsentMode.services that the catalogue's services list, by category.
const googleServices = getType(data.googleServices) === 'array' ? data.googleServices : [];
if (!googleServices.every((row) => getType(row) === 'object' && isServiceId(row.service) && isCategory(row.category))) {
  problems.push('a row of "Google services" is not a service id with its category');
}

// Each consent type, granted where its category is: in use, granted, and no Google service
// of it switched off (consentTypes in src/integrations/google-consent-mode.ts).
const typesFor = (granted, services) => {
  const grants = (category) =>
    enabled.indexOf(category) >= 0 &&
    granted.indexOf(category) >= 0 &&
    googleServices.every((row) => row.category !== category || services === undefined || services.indexOf(row.service) >= 0);
  const types = {};
  CONSENT_TYPES.forEach((entry) => {
    types[entry.type] = grants(entry.category) ? 'granted' : 'denied';
  });
  return types;
};

// The number in text at start, count digits long; -1 where one is not a digit.
const digitsAt = (text, start, count) => {
  let number = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = DIGITS.indexOf(text.charAt(i));
    if (digit < 0) return -1;
    number = number * 10 + digit;
  }
  return number;
};
const isLeap = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysInMonth = (year, month) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
const daysFromCivil = (year, month, day) => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};
// decidedAt as Date.parse reads the form consent-gate writes (toISOString: 2026-01-02T03:04:05.000Z):
// the time; null where no browser reads a date; UNSURE for any other text and for dates browsers
// may read apart (24:00, 31 April).
const timeOf = (text) => {
  if (text.length !== 24 || text.charAt(4) !== '-' || text.charAt(7) !== '-' || text.charAt(10) !== 'T' ||
      text.charAt(13) !== ':' || text.charAt(16) !== ':' || text.charAt(19) !== '.' || text.charAt(23) !== 'Z') {
    return UNSURE;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const millisecond = digitsAt(text, 20, 3);
  if ([year, month, day, hour, minute, second, millisecond].indexOf(-1) >= 0) return UNSURE;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return null;
  if (hour === 24) return minute === 0 && second === 0 && millisecond === 0 ? UNSURE : null;
  if (day > daysInMonth(year, month)) return UNSURE;
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3600000 + minute * 60000 + second * 1000 + millisecond;
};

// One value of the consent cookie, as parseRecord reads it: {record, time}; null (no choice); or UNSURE.
const readRecord = (raw, now) => {
  if (getType(raw) !== 'string' || raw.length > MAX_COOKIE_SIZE) return null;
  const text = decodeUriComponent(raw);
  if (getType(text) !== 'string') return null;
  const record = JSON.parse(text);
  if (getType(record) !== 'object') return null;
  const valid =
    record.version === RECORD_VERSION &&
    getType(record.id) === 'string' && record.id.length === 32 && onlyOf(record.id, HEX, 0) &&
    isWhole(record.revision, 1, LARGEST_NUMBER) &&
    getType(record.decidedAt) === 'string' &&
    isListOf(record.granted, isCategory) &&
    (record.services === undefined || isListOf(record.services, isServiceId)) &&
    (record.jurisdiction === undefined || isServiceId(record.jurisdiction)) &&
    (record.model === undefined || record.model === 'opt-in' || record.model === 'opt-out') &&
    (record.byDefault === undefined || isListOf(record.byDefault, (id) => record.granted.indexOf(id) >= 0));
  if (!valid) return null;
  const time = timeOf(record.decidedAt);
  if (time === UNSURE) return UNSURE;
  return time === null || time > now + FUTURE_SKEW_MS ? null : {record: record, time: time};
};

// Of two records, whether a wins: newer, or as new and granting less (pickRecord).
const serviceCount = (read) => (read.record.services === undefined ? EVERY_SERVICE : read.record.services.length);
const wins = (a, b) => {
  if (a.time !== b.time) return a.time > b.time;
  if (a.record.granted.length !== b.record.granted.length) return a.record.granted.length < b.record.granted.length;
  return serviceCount(a) < serviceCount(b);
};
const pick = (values, now) => {
  let best = null;
  for (let i = 0; i < values.length; i += 1) {
    const read = readRecord(values[i], now);
    if (read === UNSURE) return UNSURE;
    if (read !== null && (best === null || wins(read, best))) best = read;
  }
  return best;
};

// Made under the catalogue's jurisdictions: which rule applies now is consent-gate's to say, not this tag's.
const underJurisdictions = (record) =>
  record.jurisdiction !== undefined || record.model !== undefined || record.byDefault !== undefined;

// The stored choice while it holds: this revision, not expired (chosen, src/core/consent.ts).
const holds = (read, now) => {
  const refusal = read.record.granted.every((id) => id === 'strictly-necessary');
  return read.record.revision === revision && now - read.time < (refusal ? refusalDays : consentDays) * DAY_MS;
};

const applyStored = () => {
  if (!queryPermission('get_cookies', cookieName)) {
    log('this template may not read the cookie "' + cookieName + '": add it to the permission "Reads cookie value(s)"');
    return;
  }
  const now = getTimestampMillis();
  const read = pick(getCookieValues(cookieName, false), now);
  if (read === UNSURE) {
    log('a consent cookie this template cannot read for sure: everything stays denied until the visitor chooses');
  } else if (read !== null && underJurisdictions(read.record)) {
    log('a choice made under the catalogue\'s jurisdictions: this template keeps everything denied');
  } else if (read !== null && holds(read, now)) {
    updateConsentState(typesFor(read.record.granted, read.record.services));
  }
};

// A choice announced by consent-gate (ConsentGate.on('change')): the new record.
const onChange = (consent) => {
  if (getType(consent) !== 'object' || !isListOf(consent.granted, isCategory)) return;
  if (underJurisdictions(consent)) {
    log('a choice made under the catalogue\'s jurisdictions: this template keeps everything denied');
    return;
  }
  updateConsentState(typesFor(consent.granted, getType(consent.services) === 'array' ? consent.services : undefined));
};

// Follows consent-gate's choices once window.ConsentGate is there; late: it came after the stored
// choice was applied, so a choice made meanwhile is read from the cookie it wrote.
const follow = (late) => {
  if (templateStorage.getItem('following')) return true;
  if (callInWindow('ConsentGate.on', 'change', onChange) === undefined) return false;
  templateStorage.setItem('following', true);
  if (late) applyStored();
  return true;
};
const notLoaded = 'window.ConsentGate is not there yet: add the trigger Window Loaded to this tag, or load consent-gate earlier';

if (problems.length > 0) {
  log(problems.join('; ') + ': everything stays denied');
}
if (!templateStorage.getItem('defaulted')) {
  templateStorage.setItem('defaulted', true);
  const defaults = {};
  CONSENT_TYPES.forEach((entry) => {
    defaults[entry.type] = 'denied';
  });
  defaults.security_storage = 'granted';
  defaults.wait_for_update = waitForUpdate;
  setDefaultConsentState(defaults);
  if (data.adsDataRedaction === true) gtagSet('ads_data_redaction', true);
  if (data.urlPassthrough === true) gtagSet('url_passthrough', true);
  if (problems.length === 0) {
    applyStored();
    if (!follow(false)) {
      // At the end of this event: consent-gate's tag on the same trigger may have loaded it by then.
      addEventCallback(() => {
        if (!follow(true)) log(notLoaded);
      });
    }
  }
} else if (problems.length === 0 && !follow(true)) {
  log(notLoaded);
}
data.gtmOnSuccess();


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "write_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "ads_data_redaction"
              },
              {
                "type": 1,
                "string": "url_passthrough"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "cg_consent"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ConsentGate.on"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "read_event_metadata",
        "versionId": "1"
      },
      "param": []
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_template_storage",
        "versionId": "1"
      },
      "param": []
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: First visit - everything denied but security_storage, no update
  code: |-
    mock('getCookieValues', []);
    runCode(mockData);
    assertApi('setDefaultConsentState').wasCalledWith({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: 500
    });
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtagSet').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: Returning visitor who granted performance - analytics_storage granted
  code: |-
    mock('getCookieValues', [PERFORMANCE]);
    runCode(mockData);
    assertApi('updateConsentState').wasCalledWith({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied'
    });
    assertApi('gtmOnSuccess').wasCalled();
- name: A choice of another catalogue revision is no choice
  code: |-
    mock('getCookieValues', [PERFORMANCE]);
    mockData.revision = '3';
    runCode(mockData);
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: A garbled cookie is no choice
  code: |-
    mock('getCookieValues', ['{%22version%22:1%2C%22id%22']);
    runCode(mockData);
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: ads_data_redaction and url_passthrough
  code: |-
    mock('getCookieValues', []);
    mockData.adsDataRedaction = true;
    mockData.urlPassthrough = true;
    runCode(mockData);
    assertApi('gtagSet').wasCalledWith('ads_data_redaction', true);
    assertApi('gtagSet').wasCalledWith('url_passthrough', true);
- name: A later choice updates consent
  code: |-
    let listener;
    mock('getCookieValues', []);
    mock('callInWindow', (path, event, fn) => {
      if (path === 'ConsentGate.on' && event === 'change') listener = fn;
      return () => {};
    });
    runCode(mockData);
    assertThat(listener).isDefined();
    listener({
      version: 1,
      id: '0123456789abcdef0123456789abcdef',
      revision: 2,
      decidedAt: '2026-03-01T12:00:00.000Z',
      granted: ['strictly-necessary', 'targeting']
    });
    assertApi('updateConsentState').wasCalledWith({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied'
    });
setup: |-
  // 2026-03-01T12:00:00.000Z
  mock('getTimestampMillis', 1772366400000);
  const mockData = {
    waitForUpdate: '500',
    adsDataRedaction: false,
    urlPassthrough: false,
    googleServices: [],
    revision: '2',
    cookieName: 'cg_consent',
    consentMaxAgeDays: '182',
    refusalMaxAgeDays: '',
    categoryPerformance: true,
    categoryFunctionality: true,
    categoryTargeting: true
  };
  // A choice of 2026-01-02 granting performance, as consent-gate stores it.
  const PERFORMANCE = '{%22version%22:1%2C%22id%22:%220123456789abcdef0123456789abcdef%22%2C%22revision%22:2%2C%22decidedAt%22:%222026-01-02T03:04:05.000Z%22%2C%22granted%22:[%22strictly-necessary%22%2C%22performance%22]}';


___NOTES___

consent-gate's Google Consent Mode for a Tag Manager set-up (consent-gate README,
"Google Tag Manager template"). The file is shipped in the consent-gate package as
integrations/gtm/consent-gate.tpl. Its code runs in consent-gate's tests against a stand-in of
the sandbox APIs it uses (tests/integrations/gtm-sandbox.ts, tests/integrations/gtm-template.test.ts),
and so do the scenarios of ___TESTS___.


