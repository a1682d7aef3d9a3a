/**
 * Reads the part of a catalogue that gating depends on (revision, categories,
 * options, integrations) from untrusted JSON. It is small enough for the loader, so a
 * returning visitor's granted tags start without the full validator; it is
 * strict: anything off in these fields yields null, and then nothing optional
 * runs. `parseCatalog` applies the same rules with messages, and a test keeps
 * the two in agreement.
 */
import { CATEGORY_IDS, GPP_NOTICES, GPP_SECTIONS, MATOMO_MODES, VENDOR_INTEGRATIONS, type CategoryId, type GateConfig, type Integrations } from './types';
import {
  DEFAULT_COOKIE_NAME, DEFAULT_MAX_AGE_DAYS, GPP_NOTICE_DEFAULTS, DEFAULT_WAIT_FOR_UPDATE_MS, GOOGLE_SERVICES, MAX_AGE_DAYS_LIMIT, MAX_WAIT_FOR_UPDATE_MS, MAX_SCRIPT_TIMEOUT_MS, SCRIPT_TIMEOUT_MS,
} from './constants';
import { isRecord as isObject } from './validate';
import type { Jurisdictions } from './types';

export const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
/** Host names only: these go into `document.cookie`, where a ";" would add attributes. */
export const COOKIE_DOMAIN_PATTERN = /^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;
export const SERVICE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** A catalogue's `language`, as in `<html lang>` without the region. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;
export const CONSENT_MODES = ['basic', 'advanced'] as const;

export function isWholeNumber(value: unknown, min: number, max = Infinity): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * A field reader: the value to keep, or null when it is invalid. The loader's
 * rules are written as tables of these, the smallest form that stays strict.
 */
type Read = (value: unknown) => unknown;
const bool: Read = (value) => (typeof value === 'boolean' ? value : null);
const whole = (min: number, max?: number): Read => (value) => (isWholeNumber(value, min, max) ? value : null);
const text = (pattern: RegExp): Read => (value) => (typeof value === 'string' && pattern.test(value) ? value : null);
/** An object of these fields, each `[default, read]`; unknown fields are the full validator's warning, not a failure. */
const record =
  (fields: Record<string, [unknown, Read]>): Read =>
  (input) => {
    if (!isObject(input)) return null;
    const out: Record<string, unknown> = {};
    for (const key in fields) {
      const [fallback, read] = fields[key]!;
      const value = input[key] === undefined ? fallback : read(input[key]);
      if (value === null) return null;
      if (value !== undefined) out[key] = value;
    }
    return out;
  };

const readOptions = /* @__PURE__ */ record({
  cookieName: [DEFAULT_COOKIE_NAME, text(COOKIE_NAME_PATTERN)],
  cookieDomain: [undefined, text(COOKIE_DOMAIN_PATTERN)],
  consentMaxAgeDays: [DEFAULT_MAX_AGE_DAYS, whole(1, MAX_AGE_DAYS_LIMIT)],
  refusalMaxAgeDays: [undefined, whole(1, MAX_AGE_DAYS_LIMIT)],
  reloadOnRevoke: [true, bool],
  honorGpc: [true, bool],
  scriptTimeout: [SCRIPT_TIMEOUT_MS, whole(100, MAX_SCRIPT_TIMEOUT_MS)],
});
/** A vendor integration: `true` is on with its defaults, `false` off, an object on with these options. */
const vendor =
  (options: Record<string, [unknown, Read]> = {}): Read =>
  (value) =>
    value === false ? undefined : record(options)(value === true ? {} : value);
const readIntegrations = /* @__PURE__ */ record({
  metaPixel: [true, bool],
  // Matomo's mode is the one vendor option; the others take `true` or `{}`.
  ...Object.fromEntries(VENDOR_INTEGRATIONS.map((key) => [key, [undefined, vendor(key === 'matomo' ? { mode: ['tracking', (value) => (MATOMO_MODES.includes(value as never) ? value : null)] } : {})]])),
  googleConsentMode: [
    undefined,
    /* @__PURE__ */ record({
      mode: ['basic', (value) => (CONSENT_MODES.includes(value as never) ? value : null)],
      waitForUpdate: [DEFAULT_WAIT_FOR_UPDATE_MS, whole(0, MAX_WAIT_FOR_UPDATE_MS)],
      adsDataRedaction: [false, bool],
      urlPassthrough: [false, bool],
      services: [GOOGLE_SERVICES, (value) => (Array.isArray(value) && value.every(text(SERVICE_ID_PATTERN)) ? value : null)],
    }),
  ],
  gpp: [
    undefined,
    /* @__PURE__ */ record({
      cmpId: [null, whole(1, 4095)],
      cmpVersion: [null, whole(0, 4095)],
      sections: [['usnat'], (value) => (Array.isArray(value) && value.length && value.every((s) => GPP_SECTIONS.includes(s)) && new Set(value).size === value.length ? value : null)],
      notices: [
        GPP_NOTICE_DEFAULTS,
        (value) => {
          const notices = isObject(value) && Object.keys(value).every((key) => GPP_NOTICES.includes(key as never) && isWholeNumber(value[key], 0, 2));
          return notices ? { ...GPP_NOTICE_DEFAULTS, ...(value as object) } : null;
        },
      ],
    }),
  ],
});

/** Absent means the default; null is a wrong value, as the full validator says. */
const orDefault = (value: unknown, fallback: unknown) => (value === undefined ? fallback : value);

/**
 * `readRules`: how `jurisdictions` is read (`strictJurisdictions`: the rules, undefined when absent, null when
 * anything is off). The loader passes it from its regions part, fetched only for a catalogue that has them;
 * without it a catalogue that has `jurisdictions` yields null (fail closed).
 */
export function readGateConfig(input: unknown, readRules?: (value: unknown) => Jurisdictions | undefined | null): GateConfig | null {
  if (!isObject(input) || !isObject(input.categories)) return null;
  const listed = input.categories as Record<string, Record<string, unknown>>;
  for (const id in listed) {
    if (!CATEGORY_IDS.includes(id as CategoryId) || !isObject(listed[id]) || bool(orDefault(listed[id]!.enabled, true)) === null) return null;
  }
  // strictly-necessary is implied; an optional category is in use when listed and not switched off.
  const enabled = CATEGORY_IDS.filter((id) => (listed[id] ?? { enabled: id === 'strictly-necessary' }).enabled !== false);
  const options = readOptions(orDefault(input.options, {}));
  const integrations = readIntegrations(orDefault(input.integrations, {}));
  // Read leniently: only which services exist matters here; the UI's reader and the validator check them.
  const serviceCategories: Record<string, unknown> = {};
  // Only text ids: an object as id would throw where it becomes a key ({ "toString": "" }), stopping the loader.
  for (const service of Array.isArray(input.services) ? input.services : []) if (isObject(service) && typeof service.id === 'string') serviceCategories[service.id] = service.category;
  const jurisdictions = input.jurisdictions === undefined ? undefined : readRules ? readRules(input.jurisdictions) : null;
  return options && integrations && jurisdictions !== null && isWholeNumber(input.revision, 1)
    ? ({ revision: input.revision, enabled, serviceCategories, options, integrations, ...(jurisdictions && { jurisdictions }) } as GateConfig)
    : null;
}

/** The categories shown to visitors, in display order. */
export function enabledCategories(config: GateConfig): CategoryId[] {
  return config.enabled;
}

/** Enabled categories that need consent; none means no banner is needed. */
export function optionalCategories(config: GateConfig): CategoryId[] {
  return config.enabled.filter((id) => id !== 'strictly-necessary');
}
