/**
 * A visitor's consent against one catalogue: whether a choice is needed,
 * what is granted, and the actions that record a new choice.
 */
import type { Catalog, CategoryId, Consent, ConsentEvents } from './types';
import { CATEGORY_IDS } from './types';
import { RECORD_VERSION } from './constants';
import { enabledCategories, optionalCategories } from './catalog';
import { createEmitter } from './emitter';
import type { CookieStore } from './cookie-store';

export interface ConsentState {
  readonly catalog: Catalog;
  /** The valid choice for this catalogue revision, or null when none was made. */
  get(): Consent | null;
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
  catalog: Catalog;
  store: CookieStore;
  now?: () => number;
  randomId?: () => string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createConsent({ catalog, store, now = Date.now, randomId = defaultRandomId }: ConsentDeps): ConsentState {
  const emitter = createEmitter<ConsentEvents>();
  const enabled = enabledCategories(catalog);
  const optional = optionalCategories(catalog);
  // Kept in memory too: where cookies are blocked the choice still holds for this page view.
  let current = store.read();

  function isValid(consent: Consent | null): consent is Consent {
    if (!consent || consent.revision !== catalog.revision) return false;
    const age = now() - Date.parse(consent.decidedAt);
    return age < catalog.options.consentMaxAgeDays * DAY_MS;
  }

  function get(): Consent | null {
    if (!isValid(current)) return null;
    // A category switched off site-wide is never granted, even by an older choice.
    return { ...current, granted: current.granted.filter((id) => enabled.includes(id)) };
  }

  function decide(granted: CategoryId[]): Consent {
    const consent: Consent = {
      version: RECORD_VERSION,
      id: randomId(),
      revision: catalog.revision,
      decidedAt: new Date(now()).toISOString(),
      granted: enabled.filter((id) => id === 'strictly-necessary' || granted.includes(id)),
    };
    current = consent;
    store.write(consent);
    emitter.emit('change', { ...consent, granted: [...consent.granted] });
    return consent;
  }

  return {
    catalog,
    get,
    needsChoice: () => optional.length > 0 && get() === null,
    hasConsent(category) {
      if (!enabled.includes(category)) return false;
      return category === 'strictly-necessary' || (get()?.granted.includes(category) ?? false);
    },
    acceptAll: () => decide(optional),
    rejectAll: () => decide([]),
    acceptCategories(categories) {
      const unknown = categories.filter((id) => !optional.includes(id as CategoryId) && id !== 'strictly-necessary');
      if (unknown.length > 0) {
        console.warn(
          '[consent-gate] acceptCategories: ignored %s (expected any of %s)',
          unknown.map((id) => JSON.stringify(id)).join(', '),
          optional.join(', ') || 'no optional category in this catalogue',
        );
      }
      return decide(CATEGORY_IDS.filter((id) => categories.includes(id)));
    },
    on: emitter.on,
  };
}

function defaultRandomId(): string {
  // getRandomValues works on plain http too, where crypto.randomUUID does not exist.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
