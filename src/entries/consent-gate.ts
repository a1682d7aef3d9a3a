/**
 * `createConsentGate`, the npm entry's way to start: validates the catalogue
 * in full (throwing a CatalogError that names every problem), then runs the
 * same wiring as the script tag. The UI is two separate chunks, the first
 * layer and the preferences dialog, each imported only when it must show.
 */
import { CatalogError, parseCatalog } from '../core/catalog';
import { describe } from '../core/validate';
import { DEFAULTS_ID, createConsentState } from '../core/consent';
import { EVENT_PREFIX } from '../core/constants';
import type { Catalog, CatalogInput, ConsentOptions, JsonCatalog, VendorService } from '../core/types';
import type { StartVendor } from '../integrations/vendor-consent';
import type { PresetTable } from '../core/service-presets';
import { startConsentGate, type ConsentGateApi } from '../page/start';
import { languageFile, uiLanguage } from '../page/languages';
import { createCodeGate, type CodeGate } from '../page/when-granted';
import { pickOptions, storeFor, withOptions } from '../page/options';
import { choicesFor } from '../page/choices';
import { followOtherTabs } from '../page/cross-tab';
import { holdMetaPixel } from '../integrations/meta-pixel';
import { missingFeature, unsupportedMessage } from '../page/supported';
import { gpcHonoured } from '../page/gpc';
import { installGppStub } from '../integrations/gpp-stub';
import { placeOf, regionalDefaults } from '../core/jurisdiction';

export interface ConsentGateConfig extends Partial<ConsentOptions> {
  /**
   * The catalogue object (the same JSON as `catalog/*.json`), e.g. imported from its JSON file. Options given here override its `options`.
   * Validated in full at start, so a JSON import (`JsonCatalog`, every name a `string`) is taken as it is.
   */
  catalog: CatalogInput | JsonCatalog;
  /** @default document */
  document?: Document;
  /** The UI's language code ("fr", "pt-BR"); by default the page's `<html lang>`, else the visitor's. */
  language?: string;
  /** Given to activated inline and external scripts that carry no nonce of their own, for a strict CSP. */
  nonce?: string;
  /**
   * The visitor's region as the site knows it (a CDN's country header): an ISO 3166-1 alpha-2 country ("DE") or
   * ISO 3166-2 subdivision ("US-CA"). It picks the catalogue's `jurisdictions` rule; absent or unknown: the default
   * rule. consent-gate never looks it up itself (README, "Jurisdictions").
   */
  region?: string;
  /**
   * The service presets the catalogue's services may name (`{ "preset": "google-analytics" }`), from their own entry so
   * that only sites using them bundle the table. Absent: an entry naming a preset is a problem of the catalogue.
   * @example
   * import { presets } from 'consent-gate/presets';
   * createConsentGate({ catalog, presets });
   */
  presets?: PresetTable;
}

export interface ConsentGate extends ConsentGateApi, CodeGate {
  readonly catalog: Catalog;
}

/** Each vendor integration a chunk of its own, imported only where the catalogue turns it on. */
const VENDOR_CHUNKS: Record<VendorService, () => Promise<StartVendor>> = {
  'microsoft-clarity': () => import('../integrations/microsoft-clarity').then((m) => m.start),
  'microsoft-uet': () => import('../integrations/microsoft-uet').then((m) => m.start),
  'tiktok-pixel': () => import('../integrations/tiktok-pixel').then((m) => m.start),
  matomo: () => import('../integrations/matomo').then((m) => m.start),
  posthog: () => import('../integrations/posthog').then((m) => m.start),
};

/** The preferences dialog (Preact and signals), a chunk of its own: imported when the visitor opens it, or prefetched once the banner shows. */
const loadPreferences = () => import('../ui/preferences-layer').then(({ openPreferences }) => ({ open: openPreferences }));

/**
 * Starts consent-gate on the page.
 * @throws CatalogError listing every problem of an invalid catalogue.
 * @throws Error in a browser older than the supported ones (Chrome/Edge 90, Firefox 98, Safari 15.4), naming the
 *   API it lacks (`HTMLDialogElement.showModal`, `MutationObserver`, …); nothing is started, so gated elements stay inert.
 * @example
 * const gate = createConsentGate({ catalog });
 * gate.on('change', (consent) => console.log(consent.granted));
 */
export function createConsentGate(config: ConsentGateConfig): ConsentGate {
  const doc = config.document ?? document;
  const missing = missingFeature(doc.defaultView ?? window);
  if (missing) throw new Error(unsupportedMessage(missing));
  const result = parseCatalog(withOptions(config.catalog, pickOptions(config)), { presets: config.presets });
  for (const warning of result.warnings) console.warn('[consent-gate] %s', warning);
  if (!result.ok) throw new CatalogError(result.problems);
  const { catalog } = result;
  const store = storeFor(catalog.options, doc);
  const gpc = gpcHonoured(doc, catalog.options.honorGpc);
  // null or absent (a missing header passed through): no region, the default rule.
  if (config.region != null && typeof config.region !== 'string') {
    throw new TypeError(`consent-gate: region: expected a region code such as "US-CA" (ISO 3166), got ${describe(config.region)}`);
  }
  const { jurisdictions } = catalog;
  const place = placeOf(jurisdictions, catalog.enabled, config.region ?? undefined, gpc);
  const core = createConsentState({ config: catalog, stored: store.read(), events: doc, eventPrefix: EVENT_PREFIX, place, gpc });
  const choices = choicesFor(core, doc, catalog);
  const wanted = uiLanguage(doc, config.language);
  const file = languageFile(wanted);
  const api = startConsentGate({
    core,
    doc,
    loadUi: (view) =>
      Promise.all([import('../ui/mount'), import('../ui/i18n/load').then((i18n) => i18n.loadLanguage(file))]).then(([ui, language]) =>
        ui.mountUi(core, catalog, view, doc, language, wanted, loadPreferences),
      ),
    loadPreferences,
    follow: () => followOtherTabs(core, store.read, doc.defaultView ?? window),
    choose: () => Promise.resolve(choices),
    nonce: config.nonce,
    // The catalogue is known from the start here: the Pixel is held only where it turns the integration on.
    heldPixel: catalog.integrations.metaPixel ? holdMetaPixel(doc.defaultView ?? window) : undefined,
    regional: jurisdictions && regionalDefaults(jurisdictions, catalog.enabled, gpc),
    loadVendor: (service) =>
      VENDOR_CHUNKS[service]().catch((error: unknown) => {
        console.error(`[consent-gate] the ${service} integration failed to load: its tags stay blocked`, error);
        throw error;
      }),
    coverEmbeds: (actions) => import('../ui/embed-cover').then(({ coverEmbeds }) => coverEmbeds(doc, wanted, actions)),
  });
  // Extras in chunks of their own, imported only where the catalogue turns them on; each started one returns its stop.
  const stops: (() => void)[] = [];
  let destroyed = false;
  const extra = (started: Promise<() => void>) => void started.then((stop) => (destroyed ? stop() : stops.push(stop)));
  const choicesButton = core.place?.model === 'opt-out' && catalog.appearance.privacyChoicesButton;
  // Categories by objection running with no banner to say so: the settings button is the way to object.
  const objecting = core.place?.model === 'opt-in' && !core.needsChoice() && core.getConsent()?.id === DEFAULTS_ID;
  if (choicesButton || objecting || catalog.appearance.settingsButton) {
    extra(import('../ui/settings-button').then((m) => m.mountSettingsButton(doc, wanted, api.showPreferences, choicesButton ? { honoured: () => gpc && !core.hasConsent('targeting'), onChange: (fn) => core.on('change', fn) } : undefined)));
  }
  // IAB GPP: the stub at once; the CMP API (a chunk with IAB's encoder) only where a US-style opt-out applies.
  const { gpp } = catalog.integrations;
  const gppStub = gpp && installGppStub(doc.defaultView ?? window, gpp.cmpId, gpp.sections);
  if (gppStub) stops.push(gppStub.remove);
  if (gpp && gppStub && core.place?.model === 'opt-out') extra(import('../integrations/gpp').then((m) => m.startGpp(gpp, core, doc.defaultView ?? window)));
  else if (gppStub) gppStub.notApplicable();
  else if (gpp) console.warn('[consent-gate] window.__gpp belongs to another CMP: integrations.gpp leaves it alone');
  // A development aid: the known-cookie table never loads unless the audit is on.
  if (catalog.options.audit) extra(import('../audit/runtime').then((m) => m.startAudit(doc, core, catalog.cookies)));
  const { set: _set, previous: _previous, ...running } = api;
  const destroy = () => {
    destroyed = true;
    running.destroy();
    for (const stop of stops) stop();
  };
  return { catalog, ...running, destroy, ...choices, ...createCodeGate(core) };
}
