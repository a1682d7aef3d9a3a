/**
 * Wires a consent state to the page: the script gate, the preferences entry
 * points, the DOM event, and the UI, which is loaded only when something must
 * be shown. The npm entry and the script-tag loader both use it; they differ
 * only in how they load the UI (`import()` or a <script> beside the loader).
 */
import { TEARDOWN } from '../core/build';
import type { Choices, ConsentState } from '../core/consent';
import { createGate } from '../core/gate';
import { ACTION_ATTR, CATEGORY_ATTR, PLACEHOLDER_ATTR, SERVICE_ATTR } from '../core/constants';
import { VENDOR_INTEGRATIONS, vendorService, type CategoryId, type Consent, type ConsentEvents, type GateConfig, type PrivacyModel, type VendorService } from '../core/types';
import type { StartVendor } from '../integrations/vendor-consent';
import { startGoogleConsentMode, type RegionalDefault } from '../integrations/google-consent-mode';
import type { HeldPixel } from '../integrations/meta-pixel';
import type { CoverActions } from '../ui/embed-cover';

export type View = 'banner' | 'preferences';

export interface UiHandle {
  show(view: View): void;
  destroy(): void;
}

/** Loads and mounts the UI showing `view`; null when it cannot be shown. */
export type LoadUi = (view: View) => Promise<UiHandle | null>;

/** The running gate: what the loader itself carries. */
export interface RunningGate {
  /** The part of the catalogue gating depends on: revision, categories, options, integrations. */
  readonly config: GateConfig;
  /** The visitor's valid choice, or null while none is made (nothing optional is granted then). */
  getConsent(): Consent | null;
  hasConsent(category: CategoryId): boolean;
  /** Whether the choice leaves this service on (check its category with hasConsent too). */
  hasService(service: string): boolean;
  /** True while the visitor must be asked: optional categories exist and no valid choice does. */
  needsChoice(): boolean;
  /** The `jurisdictions` rule that applies to the visitor now, and its model; null without `jurisdictions`. */
  getJurisdiction(): { jurisdiction: string; model: PrivacyModel } | null;
  /** Subscribe to choices; returns the unsubscribe. */
  on<K extends keyof ConsentEvents>(event: K, fn: (payload: ConsentEvents[K]) => void): () => void;
  /** Opens the preferences dialog, e.g. from a "Cookie settings" link. */
  showPreferences(): void;
  /**
   * Resolves once every gated element released so far has been activated and
   * every activated external script has loaded, failed or timed out
   * (`scriptTimeout`): after `acceptAll()`, the tags it released have run.
   * Never rejects. Inline modules count as run once inserted.
   */
  settled(): Promise<void>;
  /** Removes the UI, listeners and observer; the stored choice stays. */
  destroy(): void;
}

/** The npm API: the running gate and the actions that record a choice. */
export interface ConsentGateApi extends RunningGate {
  acceptAll(): Consent;
  rejectAll(): Consent;
  /** Grants these optional categories and refuses the others. */
  acceptCategories(categories: readonly CategoryId[], services?: readonly string[]): Consent;
  /** Grants one more category with all its services, keeping the rest of the choice. */
  grant(category: CategoryId): Consent;
  /** Refuses one category, keeping the rest of the choice (grants by default stay so): an opt-out of just that. */
  refuse(category: CategoryId): Consent;
}

/** What the two entries give the gate; they differ in how they load the parts that are not always needed. */
export interface GateParts {
  core: ConsentState;
  doc: Document;
  loadUi: LoadUi;
  /** Fetches the preferences dialog's file (once; the UI asks for it again when it opens the dialog). */
  loadPreferences(): Promise<unknown>;
  /**
   * Starts following choices made in other tabs and restores from the back/forward cache (`followOtherTabs`, which
   * the loader fetches only when one may have happened: `page/follow-later`); returns the stop.
   */
  follow(): () => void;
  /** The actions that record a choice (the loader fetches them with the UI file). */
  choose(): Promise<Choices>;
  /** The nonce the SDK was loaded with (or configured), for activated scripts under a strict CSP. */
  nonce?: string;
  /** Covers blocked embeds (`ui/embed-cover`); called once, when the first blocked iframe is seen. */
  coverEmbeds(actions: CoverActions): Promise<() => void>;
  /** Consent Mode's defaults per rule of `jurisdictions` (`regionalDefaults`); absent without them. */
  regional?: RegionalDefault[];
  /** Fetches a vendor integration's file (`consent-gate.<service>.js`) or chunk, for each one the catalogue turns on; a failure is said on the console by the entry. */
  loadVendor(service: VendorService): Promise<StartVendor>;
  /** The Pixel as the entry held it (`holdMetaPixel`), the loader before its catalogue arrived; none when it is not consent-gate's to hold. */
  heldPixel?: HeldPixel;
}

export function startConsentGate({ core, doc, loadUi, loadPreferences, follow, choose, coverEmbeds, nonce, heldPixel, regional, loadVendor }: GateParts): RunningGate & Pick<ConsentState, 'set' | 'previous'> {
  const { googleConsentMode, metaPixel } = core.config.integrations;
  const win = doc.defaultView ?? window;
  // Before the gate runs anything: Consent Mode's default must precede every Google tag,
  // and the Pixel's revoke its first command. Their change listeners also run before the gate's.
  if (googleConsentMode) startGoogleConsentMode(googleConsentMode, core, win, regional);
  heldPixel?.(core, metaPixel);
  // Advanced Consent Mode runs Google's gated tags at once; Consent Mode keeps them cookieless.
  const atOnce = googleConsentMode?.mode === 'advanced' ? googleConsentMode.services : [];
  let covering: Promise<(() => void) | void> | undefined;
  // Vendors whose consent part has not started yet: their tags wait for it, so its hold comes first.
  const waiting = new Set<string>();
  /** The vendors' choice listeners, told before the gate releases what a choice allows (emptied by destroy). */
  const vendorsFirst: (() => void)[] = [];
  const gate = createGate(
    doc,
    (el) => {
      const service = el.getAttribute(SERVICE_ATTR);
      if (waiting.has(service!)) return false;
      const runs = (core.hasConsent(el.getAttribute(CATEGORY_ATTR) as CategoryId) && (!service || core.hasService(service))) || atOnce.includes(service!);
      // A blocked embed gets a cover offering to allow it; the covers' code is fetched only then.
      if (!runs && el.nodeName === 'IFRAME') covering ??= coverEmbeds(coverActions).catch(() => {});
      return runs;
    },
    { nonce, onError: core.reportError, timeout: core.config.options.scriptTimeout },
  );
  let ui: Promise<UiHandle | null> | undefined;
  const show = (view: View) => {
    if (ui) return void ui.then((handle) => handle?.show(view));
    // A "Cookie settings" link before any UI: the dialog's file at once, beside the first layer's.
    if (view === 'preferences') void loadPreferences().catch(() => {});
    ui = loadUi(view).catch((error: unknown) => {
      // Without the UI the gate still holds: nothing optional runs until a choice is made by API.
      console.error('[consent-gate] no banner:', error);
      ui = undefined;
      return null;
    });
  };

  // Site-made placeholders for gated embeds (`data-consent-placeholder="targeting"`) hide once that category is granted.
  const placeholders = () => {
    for (const el of doc.querySelectorAll<HTMLElement>(`[${PLACEHOLDER_ATTR}]`)) el.hidden = core.hasConsent(el.getAttribute(PLACEHOLDER_ATTR) as CategoryId);
  };
  for (const key of VENDOR_INTEGRATIONS) {
    const settings = core.config.integrations[key];
    if (!settings) continue;
    const service = vendorService(key);
    waiting.add(service);
    loadVendor(service).then(
      (start) => {
        if (!waiting.delete(service)) return;
        start(core, settings as never, win, (fn) => vendorsFirst.push(fn));
        gate.activate();
      },
      // Fail closed: without its consent part the vendor's tags are never released (each entry says so on the console).
      () => {},
    );
  }
  const offChange = core.on('change', () => {
    for (const tell of vendorsFirst) tell();
    gate.activate();
    placeholders();
  });
  const unfollow = follow();
  /** Grants one more category in place (a placeholder's or a cover's button). */
  const grant = (category: CategoryId) => void choose().then((choices) => choices.grant(category));
  // data-consent-gate="preferences" opens the preferences; "accept" with data-category grants that category in place.
  // The composed path, not the target: a click inside a web component's shadow root reaches the document retargeted to its host.
  const onClick = (event: Event) => {
    const target = event.composedPath().find((node) => (node as Element).hasAttribute?.(ACTION_ATTR)) as Element | undefined;
    if (!target) return;
    const action = target.getAttribute(ACTION_ATTR);
    const category = target.getAttribute(CATEGORY_ATTR) as CategoryId;
    if (action === 'preferences') show('preferences');
    else if (action === 'accept' && category) grant(category);
    else return;
    event.preventDefault();
  };
  doc.addEventListener('click', onClick);
  const coverActions: CoverActions = { on: core.on, grant, showPreferences: () => show('preferences') };

  gate.activate();
  placeholders();
  const unobserve = gate.observe();
  // A catalogue with nothing optional needs no banner; its cookie list stays reachable via the entry points.
  if (core.needsChoice()) show('banner');

  // `core.set` comes along; neither entry passes it on (the global API lists its members, npm drops it).
  return {
    ...core,
    showPreferences: () => show('preferences'),
    settled: gate.settled,
    destroy: !TEARDOWN ? (undefined as never) : () => {
      waiting.clear();
      vendorsFirst.length = 0;
      offChange();
      unfollow();
      unobserve();
      doc.removeEventListener('click', onClick);
      void ui?.then((handle) => handle?.destroy());
      void covering?.then((uncover) => uncover?.());
      ui = undefined;
    },
  };
}
