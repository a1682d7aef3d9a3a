/**
 * A visitor's consent against one catalogue: whether a choice is needed,
 * what is granted, and the actions that record a new choice.
 */
import type { CategoryId, Consent, ConsentEvents, GateConfig } from './types';
import { CATEGORY_IDS } from './types';
import { RECORD_VERSION } from './constants';
import { enabledCategories, optionalCategories } from './gate-config';
import { createEmitter } from './emitter';
import type { CookieStore } from './cookie-store';

export interface ConsentState {
  readonly config: GateConfig;
  /** The valid choice for this catalogue revision, or null when none was made. */
  getConsent(): Consent | null;
  /** True when the banner must ask: optional categories exist and no valid choice does. */
  needsChoice(): boolean;
  hasConsent(category: CategoryId): boolean;
  acceptAll(): Consent;
  rejectAll(): Consent;
  /** Grants exactly these optional categories (plus strictly-necessary); others are refused. */
  acceptCategories(categories: readonly string[]): Consent;
  on: ReturnType<typeof createEmitter<ConsentEvents>>['on'];
}

export interface ConsentDeps {
  config: GateConfig;
  store: CookieStore;
  /** Where change events are dispatched; the page passes `document` so they are DOM events too. */
  events?: EventTarget;
  /** Prefix of the event names on `events`, e.g. "consent-gate:". */
  eventPrefix?: string;
  now?: () => number;
  randomId?: () => string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createConsent({ config, store, events, eventPrefix, now = Date.now, randomId = defaultRandomId }: ConsentDeps): ConsentState {
  const emitter = createEmitter<ConsentEvents>(events, eventPrefix);
  const enabled = enabledCategories(config);
  const optional = optionalCategories(config);
  // Kept in memory too: where cookies are blocked the choice still holds for this page view.
  let current = store.read();

  function isValid(consent: Consent | null): consent is Consent {
    if (!consent || consent.revision !== config.revision) return false;
    const age = now() - Date.parse(consent.decidedAt);
    return age < config.options.consentMaxAgeDays * DAY_MS;
  }

  function getConsent(): Consent | null {
    if (!isValid(current)) return null;
    // A category switched off site-wide is never granted, even by an older choice.
    return { ...current, granted: current.granted.filter((id) => enabled.includes(id)) };
  }

  function decide(granted: CategoryId[]): Consent {
    const consent: Consent = {
      version: RECORD_VERSION,
      id: randomId(),
      revision: config.revision,
      decidedAt: new Date(now()).toISOString(),
      granted: enabled.filter((id) => id === 'strictly-necessary' || granted.includes(id)),
    };
    current = consent;
    store.write(consent);
    emitter.emit('change', { ...consent, granted: [...consent.granted] });
    return consent;
  }

  return {
    config,
    getConsent,
    needsChoice: () => optional.length > 0 && getConsent() === null,
    hasConsent(category) {
      if (!enabled.includes(category)) return false;
      return category === 'strictly-necessary' || (getConsent()?.granted.includes(category) ?? false);
    },
    acceptAll: () => decide(optional),
    rejectAll: () => decide([]),
    acceptCategories(categories) {
      const known = CATEGORY_IDS.filter((id) => categories.includes(id));
      // Names that are no category at all are a typo worth a warning; a category switched off is simply not granted.
      if (known.length < new Set(categories).size) console.warn('[consent-gate] unknown categories ignored:', categories);
      return decide(known);
    },
    on: emitter.on,
  };
}

function defaultRandomId(): string {
  // getRandomValues works on plain http too, where crypto.randomUUID does not exist.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
