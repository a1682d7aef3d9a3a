/**
 * A visitor's consent against one catalogue. Split in two so that the
 * loader, on every page view, carries only the reading half:
 * - `createConsentState`: whether a choice is needed and what is granted;
 * - `createChoices`: the actions that record a new choice, which the script
 *   tag loads with the UI (a choice is made there, or by an API call that
 *   waits for that file).
 * `createConsent` joins them for npm users and tests.
 */
import type { CategoryId, Consent, ConsentEvents, GateConfig, PrivacyModel, ScriptError, Service } from './types';
import type { Place } from './jurisdiction';
import { CATEGORY_IDS } from './types';
import { RECORD_VERSION } from './constants';
import { optionalCategories } from './gate-config';
import { createEmitter } from './emitter';
import type { CookieStore } from './cookie-store';

export interface ConsentState {
  readonly config: GateConfig;
  /**
   * The visitor's jurisdiction (`config.jurisdictions`, from the region the site gave):
   * its rule id, model and what runs before a choice. Undefined without `jurisdictions`.
   */
  readonly place?: Place;
  /** Global Privacy Control is on and honoured (`options.honorGpc`) on this page view. */
  readonly gpc: boolean;
  /**
   * The rule that applies to the visitor now and its model; null for a catalogue without `jurisdictions`.
   * (`getConsent().jurisdiction` is the rule a stored choice was made under, which may be another.)
   */
  getJurisdiction(): { jurisdiction: string; model: PrivacyModel } | null;
  /**
   * The valid choice for this catalogue revision; where no choice holds but the
   * visitor's jurisdiction runs categories by default (opt-out, objection),
   * those defaults as a record that is not stored (id of 32 zeros, every grant
   * in `byDefault`); else null.
   */
  getConsent(): Consent | null;
  /**
   * True when the banner must ask: no valid choice, and optional categories
   * that need consent (never in an opt-out jurisdiction).
   */
  needsChoice(): boolean;
  hasConsent(category: CategoryId): boolean;
  /** Whether a valid choice leaves this service on (check its category too); any service, for a choice made without services. */
  hasService(service: string): boolean;
  on: ReturnType<typeof createEmitter<ConsentEvents>>['on'];
  /** Announces a gated script that failed (`on('error')`, `consent-gate:error`); the others run on regardless. */
  reportError(error: ScriptError): void;
  /** Makes `consent` the choice of this page view and announces it; storing it is the caller's job. */
  set(consent: Consent): void;
  /**
   * True while a choice made elsewhere is announced (another tab's, or one made while this page sat in the
   * back/forward cache; set by `page/cross-tab`): the vendors were told there, so a listener can tell a repeat
   * from a new decision (PostHog's `$opt_in` event). Unset otherwise.
   */
  following?: boolean;
  /**
   * The last choice even when it no longer holds (older revision, expired),
   * for pre-selecting what was granted before; null when there never was one.
   */
  previous(): Consent | null;
}

export interface Choices {
  acceptAll(): Consent;
  rejectAll(): Consent;
  /**
   * Grants exactly these optional categories (plus strictly-necessary); others are refused.
   * `services`: the services left on within them; default all of theirs.
   */
  acceptCategories(categories: readonly CategoryId[], services?: readonly string[]): Consent;
  /** Grants one more category, with all its services, keeping the rest of the choice as it is. */
  grant(category: CategoryId): Consent;
  /**
   * Refuses one category, keeping the rest of the choice as it is: an opt-out of just that (a site's own
   * "Do Not Sell or Share" link refuses `targeting`). Grants by default stay grants by default, so in an
   * opt-in jurisdiction they are no consent; taking back a category that ran is a revocation.
   */
  refuse(category: CategoryId): Consent;
  /**
   * The preferences dialog's save: like `acceptCategories`, but the categories
   * in `untouched` (switches the visitor left as they were) that were on by the
   * model's default stay grants by default (`Consent.byDefault`), not consent.
   */
  save(categories: readonly CategoryId[], services: readonly string[] | undefined, untouched: readonly CategoryId[]): Consent;
}

export type ConsentApi = ConsentState & Choices;

export interface StateDeps {
  config: GateConfig;
  /** The stored record, as read from the consent cookie. */
  stored: Consent | null;
  /** Where change events are dispatched; the page passes `document` so they are DOM events too. */
  events?: EventTarget;
  /** Prefix of the event names on `events`, e.g. "consent-gate:". */
  eventPrefix?: string;
  /**
   * The visitor's place under `config.jurisdictions` (`placeOf`, from the region the site gave and GPC);
   * absent for a catalogue without them. The loader gets it from its regions part, so the loader stays without the resolver.
   */
  place?: Place;
  /** Global Privacy Control is on and honoured. */
  gpc?: boolean;
  now?: () => number;
}

export interface ChoiceDeps {
  /** Stores a new choice (the consent cookie). */
  write(consent: Consent): void;
  /** The catalogue's services; a choice records which of them are on. */
  services?: readonly Service[];
  /** Removes what refused categories left behind (their cookies). */
  clear?(refused: CategoryId[]): void;
  /** Called after a choice took back a category granted before, once the change is announced. */
  revoked?(): void;
  now?: () => number;
  randomId?: () => string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The id of the defaults record: no choice was made. */
export const DEFAULTS_ID = '0'.repeat(32);

export function createConsentState({ config, stored, events, eventPrefix, place, gpc = false, now = Date.now }: StateDeps): ConsentState {
  const emitter = createEmitter<ConsentEvents>(events, eventPrefix);
  const { enabled, options } = config;
  const runsByDefault = place?.runsByDefault ?? [];
  // Kept in memory too: where cookies are blocked the choice still holds for this page view.
  let current = stored;
  const start = now();

  // A category switched off site-wide is never granted, even by an older choice.
  const inUse = (consent: Consent) => ({ ...consent, granted: consent.granted.filter((id) => enabled.includes(id)) });

  /** The stored choice while it holds: this revision, not expired, and no grant by a default this jurisdiction does not have. */
  function chosen(): Consent | null {
    if (!current) return null;
    // Made under opt-out (or another rule's objection) without an explicit choice: no consent here.
    const defaulted = (current.byDefault ?? []).some((id) => enabled.includes(id) && !runsByDefault.includes(id));
    // In an opt-out jurisdiction a choice does not lapse: nobody would ask again, so an expired opt-out (or one
    // made under an older revision) would quietly turn the trackers back on (CCPA § 1798.135(c)(4) makes a site
    // wait 12 months before even asking to opt back in). It holds, grants by default of another rule aside.
    if (place?.model === 'opt-out') return defaulted ? null : inUse(current);
    if (current.revision !== config.revision) return null;
    const refusal = !current.granted.some((id) => id !== 'strictly-necessary');
    const days = refusal ? options.refusalMaxAgeDays ?? options.consentMaxAgeDays : options.consentMaxAgeDays;
    return defaulted || now() - Date.parse(current.decidedAt) >= days * DAY_MS ? null : inUse(current);
  }

  function getConsent(): Consent | null {
    const choice = chosen();
    // An objection does not lapse: a category the last choice refused stays off even once that choice is
    // too old or of another revision (nobody asks about what runs by objection).
    const defaults = runsByDefault.filter((id) => !current || current.granted.includes(id));
    if (choice || !place || !defaults.length) return choice;
    return {
      version: RECORD_VERSION,
      id: DEFAULTS_ID,
      revision: config.revision,
      decidedAt: new Date(start).toISOString(),
      granted: enabled.filter((id) => id === 'strictly-necessary' || defaults.includes(id)),
      jurisdiction: place.jurisdiction,
      model: place.model,
      byDefault: defaults,
    };
  }

  return {
    config,
    gpc,
    ...(place && { place }),
    getJurisdiction: () => (place ? { jurisdiction: place.jurisdiction, model: place.model } : null),
    getConsent,
    // An optional category (`optionalCategories`) that does not run by default.
    needsChoice: () => place?.model !== 'opt-out' && !chosen() && enabled.some((id) => id !== 'strictly-necessary' && !runsByDefault.includes(id)),
    hasConsent: (category) =>
      enabled.includes(category) && (category === 'strictly-necessary' || !!getConsent()?.granted.includes(category)),
    hasService: (service) => {
      const consent = getConsent();
      return !!consent && (!consent.services || !(service in config.serviceCategories) || consent.services.includes(service));
    },
    on: emitter.on,
    reportError: (error) => emitter.emit('error', error),
    previous: () => current && inUse(current),
    set(consent) {
      current = consent;
      emitter.emit('change', { ...consent, granted: [...consent.granted] });
    },
  };
}

export function createChoices(
  state: ConsentState,
  { write, services: listed = [], clear, revoked, now = Date.now, randomId = defaultRandomId }: ChoiceDeps,
): Choices {
  const { config } = state;
  /** `untouched`: categories the visitor left as they were; those on by default stay grants by default. */
  function decide(categories: readonly CategoryId[], chosen?: readonly string[], untouched: readonly CategoryId[] = []): Consent {
    const current = state.getConsent();
    const before = current?.granted ?? [];
    const granted = config.enabled.filter((id) => id === 'strictly-necessary' || categories.includes(id));
    // The services of granted categories; a category switched on brings all of its own unless some were chosen.
    const services = listed.filter((s) => granted.includes(s.category) && (!chosen || chosen.includes(s.id))).map((s) => s.id);
    const byDefault = granted.filter((id) => untouched.includes(id) && current?.byDefault?.includes(id));
    const { place } = state;
    const consent: Consent = {
      version: RECORD_VERSION,
      id: randomId(),
      revision: config.revision,
      decidedAt: new Date(now()).toISOString(),
      granted,
      ...(listed.length > 0 && { services }),
      ...(place && { jurisdiction: place.jurisdiction, model: place.model }),
      ...(byDefault.length > 0 && { byDefault }),
    };
    write(consent);
    // Every category not granted, switched-off ones too: their cookies may be left from when they were offered.
    clear?.(CATEGORY_IDS.filter((id) => !consent.granted.includes(id)));
    state.set(consent);
    if (takesBack(before, consent.granted)) revoked?.();
    return consent;
  }
  return {
    acceptAll: () => decide(optionalCategories(config)),
    rejectAll: () => decide([]),
    acceptCategories(categories, services) {
      const known = CATEGORY_IDS.filter((id) => categories.includes(id));
      // Names that are no category at all are a typo worth a warning; a category switched off is simply not granted.
      if (known.length < new Set(categories).size) console.warn('[consent-gate] unknown categories ignored:', categories);
      return decide(known, services);
    },
    grant(category) {
      const current = state.getConsent();
      const services = current?.services && [...current.services, ...listed.filter((s) => s.category === category).map((s) => s.id)];
      // The rest of the choice as it was: grants by default stay so.
      return decide([...(current?.granted ?? []), category], services, CATEGORY_IDS.filter((id) => id !== category));
    },
    refuse(category) {
      const current = state.getConsent();
      const services = current?.services?.filter((id) => !listed.some((s) => s.id === id && s.category === category));
      return decide((current?.granted ?? []).filter((id) => id !== category), services, CATEGORY_IDS.filter((id) => id !== category));
    },
    save: (categories, services, untouched) => decide(CATEGORY_IDS.filter((id) => categories.includes(id)), services, untouched),
  };
}

/** Whether going from `before` to `after` refuses a category that was granted: a revocation. */
export function takesBack(before: readonly CategoryId[], after: readonly CategoryId[]): boolean {
  return before.some((id) => !after.includes(id));
}

export interface ConsentDeps extends Omit<StateDeps, 'stored'>, Omit<ChoiceDeps, 'write'> {
  store: CookieStore;
}

/** State and choices over one cookie store. */
export function createConsent({ store, ...deps }: ConsentDeps): ConsentApi {
  const state = createConsentState({ ...deps, stored: store.read() });
  return { ...state, ...createChoices(state, { ...deps, write: store.write }) };
}

function defaultRandomId(): string {
  // getRandomValues works on plain http too, where crypto.randomUUID does not exist.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
