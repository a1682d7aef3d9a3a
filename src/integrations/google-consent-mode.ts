/**
 * Google Consent Mode v2 (../shared/STANDARDS.md): the `default` command is
 * pushed before any gated element can run, from the stored choice when there
 * is one, else denied; `update` follows for a stored choice and every new one,
 * with a `consent_gate_update` dataLayer event for Tag Manager triggers.
 *
 * Commands a page queued before consent-gate (a gtag snippet above it, or
 * below it while the catalogue was on its way) are still in the array while
 * gtag.js and Tag Manager have not loaded (they read it from the start and
 * then replace `push`): the default and its settings go in front of them.
 * Once one has loaded it has read consent without a default; that cannot be
 * repaired, and the console says what to move.
 */
import type { ConsentState } from '../core/consent';
import type { GoogleConsentMode, OptionalCategoryId } from '../core/types';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** Which category grants each consent type; security_storage is always granted. */
export const CONSENT_TYPES: Record<string, OptionalCategoryId> = {
  ad_storage: 'targeting',
  ad_user_data: 'targeting',
  ad_personalization: 'targeting',
  analytics_storage: 'performance',
  functionality_storage: 'functionality',
  personalization_storage: 'functionality',
};

export const UPDATE_EVENT = 'consent_gate_update';

/** A `default` command of a jurisdiction rule: which categories its types are granted for, and its `region` list (none: the default rule's). */
export interface RegionalDefault {
  runs(category: OptionalCategoryId): boolean;
  region?: string[];
}

/** Windows whose dataLayer got `denyFirst`'s default: a Google tag that took the array over since is no misplacement. */
const held = new WeakMap<Window, IArguments>();

/** As gtag() pushes a command: an `arguments` object (gtag.js and Tag Manager expect those, not arrays). */
function command(..._: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

/** Each consent type, granted where `runs` says of its category. */
const typesWhere = (runs: (category: OptionalCategoryId) => boolean) => {
  const types: Record<string, string> = {};
  for (const type in CONSENT_TYPES) types[type] = runs(CONSENT_TYPES[type]!) ? 'granted' : 'denied';
  return types;
};

/** A `default` command's settings: these types, security_storage always granted, for `region` (none: everywhere else). */
const defaultsOf = (settings: GoogleConsentMode, types: Record<string, string>, region?: string[]) =>
  ({ ...types, security_storage: 'granted', wait_for_update: settings.waitForUpdate, ...(region && { region }) });

/**
 * Everything denied, in front of whatever the page queued, at once: for a catalogue with `jurisdictions`,
 * whose per-rule defaults come with consent-gate.regions.js. A Google tag that runs before that file has
 * arrived reads this default, never none (the safe direction); the per-rule defaults and the update follow.
 */
export function denyFirst(settings: GoogleConsentMode, win: Window = window): void {
  const dataLayer = (win.dataLayer ??= []);
  if (dataLayer.push !== [].push) return;
  const queued = dataLayer.splice(0);
  const denied = command('consent', 'default', defaultsOf(settings, typesWhere(() => false)));
  dataLayer.push(denied, ...queued);
  held.set(win, denied);
}

/** `regional`: the defaults per rule of `jurisdictions` (`regionalDefaults` in `core/jurisdiction`); absent: one default from the visitor's state. */
export function startGoogleConsentMode(settings: GoogleConsentMode, state: ConsentState, win: Window = window, regional?: RegionalDefault[]): void {
  const dataLayer = (win.dataLayer ??= []);
  // Array.prototype.push until gtag.js or Tag Manager takes the array over.
  const taken = dataLayer.push !== [].push;
  if (taken && !held.has(win)) console.warn('[consent-gate] gtag.js or Tag Manager ran first: move it below consent-gate in <head>');
  // Still ours: the held default gives way to the real ones, which go first.
  const queued = taken ? [] : dataLayer.splice(0).filter((entry) => entry !== held.get(win));
  // The standard gtag stub.
  const gtag = (...args: unknown[]) => void dataLayer.push(command(...args));
  // A type is granted with its category, unless the visitor switched off a Google service the catalogue lists in it.
  const granted = (category: OptionalCategoryId) =>
    state.hasConsent(category) && settings.services.every((id) => state.config.serviceCategories[id] !== category || state.hasService(id));
  const consentTypes = () => typesWhere(granted);
  const update = () => {
    gtag('consent', 'update', consentTypes());
    dataLayer.push({ event: UPDATE_EVENT, consent_gate_granted: state.getConsent()?.granted ?? [] });
  };
  const defaults = (types: Record<string, string>, region?: string[]) => gtag('consent', 'default', defaultsOf(settings, types, region));
  // With jurisdictions, one default per rule for its regions, then the default rule's (`regionalDefaults`).
  if (regional) for (const { runs, region } of regional) defaults(typesWhere(runs), region);
  else defaults(consentTypes());
  if (settings.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (settings.urlPassthrough) gtag('set', 'url_passthrough', true);
  dataLayer.push(...queued);
  if (state.getConsent()) update();
  state.on('change', update);
}
