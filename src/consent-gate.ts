/**
 * `createConsentGate`: wires the core (consent state, cookie store, script
 * gate) to the page and, only when something must be shown, to the UI.
 * Both entries use it: the npm module directly, the script tag through embed.ts.
 */
import { CatalogError, parseCatalog } from './core/catalog';
import { createConsent } from './core/consent';
import { isRecord } from './core/validate';
import { createCookieStore } from './core/cookie-store';
import { createGate } from './core/gate';
import { ACTION_ATTR, CHANGE_EVENT } from './core/constants';
import type { Catalog, CatalogInput, CategoryId, Consent, ConsentEvents, ConsentOptions } from './core/types';
import { mountUi, type MountedUi } from './ui/mount';

export interface ConsentGateConfig extends Partial<ConsentOptions> {
  /** The catalogue object (the same JSON as `catalog/*.json`). Options given here override its `options`. */
  catalog: CatalogInput;
  /** @default document */
  document?: Document;
}

export interface ConsentGate {
  readonly catalog: Catalog;
  acceptAll(): Consent;
  rejectAll(): Consent;
  /** Grants these optional categories and refuses the others. */
  acceptCategories(categories: readonly CategoryId[]): Consent;
  /** The visitor's valid choice, or null while none is made (nothing optional is granted then). */
  getConsent(): Consent | null;
  hasConsent(category: CategoryId): boolean;
  /** Subscribe to choices; returns the unsubscribe. */
  on<K extends keyof ConsentEvents>(event: K, fn: (payload: ConsentEvents[K]) => void): () => void;
  /** Opens the preferences dialog, e.g. from a "Cookie settings" link. */
  showPreferences(): void;
  /** Removes the UI, listeners and observer; stored consent stays. */
  destroy(): void;
}

/**
 * Starts consent-gate on the page.
 * @throws CatalogError listing every problem of an invalid catalogue.
 * @example
 * const gate = createConsentGate({ catalog });
 * gate.on('change', (consent) => console.log(consent.granted));
 */
export function createConsentGate(config: ConsentGateConfig): ConsentGate {
  const doc = config.document ?? document;
  const result = parseCatalog(withOptions(config.catalog, pickOptions(config)));
  for (const warning of result.warnings) console.warn('[consent-gate] %s', warning);
  if (!result.ok) throw new CatalogError(result.problems);
  const { catalog } = result;

  const core = createConsent({
    catalog,
    store: createCookieStore({
      name: catalog.options.cookieName,
      maxAgeDays: catalog.options.consentMaxAgeDays,
      secure: doc.location?.protocol === 'https:',
      ...(catalog.options.cookieDomain !== undefined && { domain: catalog.options.cookieDomain }),
    }),
  });
  const gate = createGate(doc, (category) => core.hasConsent(category as CategoryId));
  let ui: MountedUi | undefined;
  const showUi = (view: 'banner' | 'preferences') => {
    if (ui) ui.show(view);
    else ui = mountUi(core, view, doc);
  };

  const offChange = core.on('change', (consent) => {
    gate.activate();
    doc.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: consent }));
  });
  const onClick = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest(`[${ACTION_ATTR}="preferences"]`) : null;
    if (!target) return;
    event.preventDefault();
    showUi('preferences');
  };
  doc.addEventListener('click', onClick);

  gate.activate();
  gate.observe();
  // A catalogue with nothing optional needs no banner; its cookie list stays reachable via the entry points.
  if (core.needsChoice()) showUi('banner');

  return {
    catalog,
    acceptAll: core.acceptAll,
    rejectAll: core.rejectAll,
    acceptCategories: core.acceptCategories,
    getConsent: core.get,
    hasConsent: core.hasConsent,
    on: core.on,
    showPreferences: () => showUi('preferences'),
    destroy() {
      offChange();
      gate.disconnect();
      doc.removeEventListener('click', onClick);
      ui?.destroy();
      ui = undefined;
    },
  };
}

function pickOptions(config: Partial<ConsentOptions>): Partial<ConsentOptions> {
  const options: Partial<ConsentOptions> = {};
  if (config.cookieName !== undefined) options.cookieName = config.cookieName;
  if (config.cookieDomain !== undefined) options.cookieDomain = config.cookieDomain;
  if (config.consentMaxAgeDays !== undefined) options.consentMaxAgeDays = config.consentMaxAgeDays;
  return options;
}

/** Page-level overrides are validated with the catalogue, under `catalog.options`. */
function withOptions(catalog: unknown, overrides: Partial<ConsentOptions>): unknown {
  if (Object.keys(overrides).length === 0 || !isRecord(catalog)) return catalog;
  return { ...catalog, options: { ...(isRecord(catalog.options) ? catalog.options : {}), ...overrides } };
}
