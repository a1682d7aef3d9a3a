/**
 * The script tag's lazily loaded parts (the UI, the validator) are separate
 * IIFE files beside the loader. Each hands its module to the loader through
 * one registry slot on window, keyed by a global symbol so no page name is taken.
 */
import type { Choices, ConsentState } from '../core/consent';
import type { Gpp, VendorService } from '../core/types';
import type { StartVendor } from '../integrations/vendor-consent';
import type { placeOf, regionalDefaults } from '../core/jurisdiction';
import type { strictJurisdictions } from '../core/jurisdiction-rules';
import type { UiHandle, View } from './start';
import type { Language } from '../ui/i18n/language';
import type { CoverActions } from '../ui/embed-cover';
import type { PreferencesLayer } from '../ui/mount';
import type { PrivacyChoices } from '../ui/settings-button';
import type { PresetTable } from '../core/service-presets';
import type { followOtherTabs } from './cross-tab';

/** Each vendor integration (consent-gate.microsoft-clarity.js, …), only where the catalogue turns it on. */
type VendorParts = { [S in VendorService]: StartVendor };

export interface Parts extends VendorParts {
  ui: {
    mount(
      core: ConsentState, catalog: Record<string, unknown>, view: View, doc: Document, language: Language | undefined, wanted: string,
      loadPreferences: (prefetch?: boolean) => Promise<PreferencesLayer>,
    ): { handle: UiHandle; clean: boolean };
    /** Recording a choice lives here, not in the loader: only a choice needs it. */
    choices(core: ConsentState, catalog: Record<string, unknown>, doc: Document): Choices;
  };
  /** The preferences dialog with Preact and signals (consent-gate.preferences.js), fetched by the first layer. */
  preferences: PreferencesLayer;
  /** The validator (consent-gate.validate.js): names a catalogue's problems, and builds the fallback catalogue (`page/fallback-catalog`). */
  validate: { report(catalog: unknown, presets?: PresetTable): void; fallback(input: unknown, doc: Document): Record<string, unknown> };
  /** A built-in language other than English (consent-gate.lang.<code>.js). */
  lang: Language;
  /** Covers for blocked embeds (consent-gate.covers.js), for pages that have one. */
  covers: { cover(doc: Document, code: string, actions: CoverActions): () => void };
  /** The floating "Cookie settings" button (consent-gate.button.js), for sites that turn it on. */
  button: { mount(doc: Document, code: string, open: () => void, privacyChoices?: PrivacyChoices): () => void };
  /**
   * Everything of `jurisdictions` (consent-gate.regions.js), only for a catalogue that has them: the strict reader,
   * the resolver and Consent Mode's per-rule defaults. The gate waits for it; without it nothing optional runs.
   */
  regions: { read: typeof strictJurisdictions; place: typeof placeOf; consentModeDefaults: typeof regionalDefaults };
  /** IAB GPP's CMP API (consent-gate.gpp.js, `@iabgpp/cmpapi`), only for visitors in an opt-out jurisdiction where `integrations.gpp` is on. */
  gpp: { start(settings: Gpp, state: ConsentState, win: Window): () => void };
  /** The cookie audit with the Open Cookie Database table (consent-gate.audit.js), only where options.audit is on. */
  audit: { start(doc: Document, core: ConsentState, cookies: unknown): () => void };
  /**
   * The service presets with their cookie rows (consent-gate.presets.js), only for a catalogue whose services name one:
   * `expand` turns the catalogue as written into one without presets, for every reader after it; `presets` is the table
   * the validator takes (`parseCatalog(input, { presets })`).
   */
  presets: { expand(catalog: unknown): unknown; presets: PresetTable };
  /** Following choices made in other tabs and restores from the back/forward cache (consent-gate.tabs.js), fetched by `page/follow-later` on the first event that may mean one. */
  tabs: typeof followOtherTabs;
}

type Registry = { [K in keyof Parts]?: (part: Parts[K]) => void };
const KEY = Symbol.for('consent-gate.parts');
const registry = (): Registry => ((window as unknown as Record<symbol, Registry>)[KEY] ??= {});

/** Called by a part's file when it has run. */
export function registerPart<K extends keyof Parts>(name: K, part: Parts[K]): void {
  registry()[name]?.(part);
}

/**
 * Loads a part's file once, with the loader's nonce so a strict CSP allows it; `low`: a prefetch, behind the page's own
 * requests. Rejects with `src` when the file fails to load, or loads without registering the part.
 */
export function loadPart<K extends keyof Parts>(name: K, src: string, nonce: string, low?: boolean): Promise<Parts[K]> {
  return new Promise((resolve, reject) => {
    registry()[name] = resolve as Registry[K];
    const script = document.createElement('script');
    script.src = src;
    if (low) script.setAttribute('fetchpriority', 'low');
    if (nonce) script.nonce = nonce;
    // A part registers as it runs, before its load event: loaded without registering (a catch-all serving the
    // site's HTML for the missing file, an old copy) is a failure like a 404; after registering, the reject is a no-op.
    script.onload = script.onerror = () => reject(src);
    document.head.append(script);
  });
}
