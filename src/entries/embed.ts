/**
 * Script-tag entry, the loader (dist/consent-gate.iife.js): the only module
 * that reads the page and sets `window.ConsentGate`. It holds no Preact: it
 * reads the catalogue's gating part and the consent cookie, activates what is
 * granted and watches for gated elements; the UI's first layer (consent-gate.ui.js),
 * its preferences dialog (consent-gate.preferences.js) and the validator
 * (consent-gate.validate.js) are fetched from beside it only when needed.
 *
 *   <script src=".../consent-gate.iife.js" data-catalog="/catalog/site.json"></script>
 *   or the catalogue inline in <script type="application/json" id="consent-gate-config">.
 * Attributes: data-catalog, data-catalog-timeout, data-ui-src, data-language,
 * data-region, data-cookie-name, data-cookie-domain, data-consent-max-age-days. Whatever goes
 * wrong is reported on the console; gated scripts stay inert until the visitor
 * chooses in a fallback banner.
 */
import { DEFAULTS_ID, createConsentState } from '../core/consent';
import { pageCookies, readConsentCookie } from '../core/cookie-store';
import { readGateConfig } from '../core/gate-config';
import { CATALOG_TIMEOUT_MS, CONFIG_ELEMENT_ID, DEFAULT_COOKIE_NAME, EVENT_PREFIX } from '../core/constants';
import type { ConsentOptions, GateConfig } from '../core/types';
import { isRecord } from '../core/validate';
import { createGlobalApi, type ConsentGateGlobal } from '../page/embed-api';
import { loadPart, type Parts } from '../page/parts';
import { withOptions } from '../page/options';
import { startConsentGate } from '../page/start';
import { followLater } from '../page/follow-later';
import { holdMetaPixel } from '../integrations/meta-pixel';
import { denyFirst, startGoogleConsentMode } from '../integrations/google-consent-mode';
import { languageFile, uiLanguage } from '../page/languages';
import { missingFeature, unsupportedMessage } from '../page/supported';
import { gpcHonoured } from '../page/gpc';
import { regionHolder } from '../page/region';
import { installGppStub } from '../integrations/gpp-stub';

declare global {
  interface Window {
    ConsentGate?: ConsentGateGlobal;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const attr = (name: string) => script?.getAttribute(`data-${name}`) || undefined;
const nonce = script?.nonce ?? '';
/** A file in the same folder as `url` (a plain string edit: the URL API costs time on first use). */
const beside = (url: string, file: string) => url.replace(/[^/?#]*([?#].*)?$/, file);
const uiSrc = attr('ui-src') ?? beside(script?.src ?? '', 'consent-gate.ui.js');
/** The UI's language: `data-language`, else the page's (see uiLanguage). */
const wanted = uiLanguage(document, attr('language'));
const language = languageFile(wanted);
/** ui → uiSrc; validate → consent-gate.validate.js and lang → consent-gate.lang.de.js beside it. */
const fileOf = (name: keyof Parts) => (name === 'ui' ? uiSrc : beside(uiSrc, `consent-gate.${name === 'lang' ? 'lang.' + language : name}.js`));
const parts: { [K in keyof Parts]?: Promise<Parts[K]> } = {};
/**
 * Each part is fetched once; a failed fetch is said on the console here, for every part (README, "Faults", row "a
 * file beside the loader fails to load", says what each one's absence leaves), and forgotten, so the next need tries
 * again. `low`: a prefetch.
 */
const part = <K extends keyof Parts>(name: K, low?: boolean): Promise<Parts[K]> =>
  (parts[name] ??= loadPart(name, fileOf(name), nonce, low).catch((src: string) => {
    delete parts[name];
    console.error(`[consent-gate] ${src} failed to load`);
    throw src;
  }) as never) as Promise<Parts[K]>;

/** The UI, and in parallel the visitor's language when it is not English; without that file the UI speaks English. */
const ui = () => Promise.all([part('ui'), language && part('lang').catch(() => undefined)]);

/** The service presets once consent-gate.presets.js has run: the validator names an unknown one against them. */
let presetTable: Parts['presets']['presets'] | undefined;
const report = (catalog: unknown) =>
  part('validate').then(
    (validator) => validator.report(catalog, presetTable),
    () => {},
  );

/** The visitor's region: `data-region`, else `ConsentGate.setRegion()` before the catalogue arrives. */
const region = regionHolder(attr('region'), window);
const missing = missingFeature(window);
if (window.ConsentGate) {
  console.warn('[consent-gate] loaded twice');
} else if (missing) {
  // Fail closed: no gate runs, so gated elements stay inert; the API answers "nothing granted".
  console.error(unsupportedMessage(missing));
  window.ConsentGate = createGlobalApi(holdForever(), region);
} else {
  const overrides = pageOptions();
  // `data-gpp`: a vendor may ask before a catalogue at a URL arrives; the stub answers it meanwhile.
  let gppStub = script?.hasAttribute('data-gpp') ? installGppStub(window) : undefined;
  // Before the catalogue is fetched: the Pixel's revoke must precede its first command (integrations.metaPixel defaults to on).
  const heldPixel = holdMetaPixel(window);
  // A first visit will need the banner: fetch the UI while the catalogue loads
  // (an inline catalogue starts at once, so there is nothing to overlap).
  if (attr('catalog') && !pageCookies().includes(`${overrides.cookieName ?? DEFAULT_COOKIE_NAME}=`)) void ui().catch(() => {});
  window.ConsentGate = createGlobalApi(
    loadCatalog().then(
      (input) => {
        const written = withOptions(input, overrides);
        // Parts a catalogue may need before it can be read, fetched side by side only then: the service presets
        // (consent-gate.presets.js) and everything of `jurisdictions` (consent-gate.regions.js). The gate waits for
        // them, with Consent Mode's denied default and the GPP stub in place meanwhile. Without either file the
        // catalogue cannot be used: the fallback banner, nothing optional.
        const rules = isRecord(written) && written.jurisdictions !== undefined;
        const named = namesPresets(written);
        if (rules || named) holdEarly(written);
        return Promise.all([named && part('presets'), rules && part('regions')]).then(
          ([presets, regions]) => {
            if (presets) presetTable = presets.presets;
            const catalog = presets ? presets.expand(written) : written;
            // A preset left unexpanded is an unknown one: the validator names it and lists the known ones.
            const config = !namesPresets(catalog) && readGateConfig(catalog, regions ? regions.read : undefined);
            if (config && isRecord(catalog)) return start(catalog, config, false, regions || undefined);
            // As written: the validator expands the presets itself, so a problem in a preset's entry is named there.
            void report(written);
            return fallback(catalog);
          },
          () => fallback(written),
        );
      },
      (error: unknown) => {
        console.error('[consent-gate] no catalogue:', error);
        return fallback(undefined);
      },
    ),
    region,
  );

  /**
   * A catalogue that cannot be used still leaves the visitor a choice, never the page un-gated: the fallback
   * catalogue (`page/fallback-catalog`, in the validator's file, which a broken catalogue fetches anyway).
   * Without that file no gate starts: gated elements stay inert and nothing optional runs.
   */
  function fallback(input: unknown) {
    return part('validate').then(
      (validator) => {
        const catalog = withOptions(validator.fallback(input, document), overrides) as Record<string, unknown>;
        // Only page options that are wrong themselves (data-cookie-name="a b") leave nothing to start: then nothing runs.
        const config = readGateConfig(catalog);
        return config ? start(catalog, config, true) : undefined;
      },
      () => void console.error('[consent-gate] no fallback banner: nothing optional runs'),
    );
  }

  /**
   * What must not wait for consent-gate.regions.js or consent-gate.presets.js: Consent Mode's default, everything
   * denied, in front of any Google command (a tag written without gating may run meanwhile), and the GPP stub for
   * vendors asking early.
   */
  function holdEarly(catalog: unknown) {
    const early = readGateConfig(catalog, () => undefined)?.integrations;
    if (early?.googleConsentMode) denyFirst(early.googleConsentMode, window);
    if (early?.gpp) gppStub ??= installGppStub(window, early.gpp.cmpId, early.gpp.sections);
  }

  /** `fallback`: the catalogue stands in for an unusable one; stored choices are not read and it is not reported again. */
  function start(catalog: Record<string, unknown>, config: GateConfig, fallback: boolean, regions?: Parts['regions']) {
    const readStored = () => (fallback ? null : readConsentCookie(config.options.cookieName));
    const gpc = gpcHonoured(document, config.options.honorGpc);
    const { jurisdictions } = config;
    const place = jurisdictions && regions?.place(jurisdictions, config.enabled, region.take(), gpc);
    const core = createConsentState({ config, stored: readStored(), events: document, eventPrefix: EVENT_PREFIX, place, gpc });
    const choose = () => part('ui').then((ui) => ui.choices(core, catalog, document));
    // Before the gate releases anything: a vendor tag it runs may ask __gpp at once.
    const { gpp } = config.integrations;
    if (gpp) {
      gppStub ??= installGppStub(window);
      if (!gppStub) console.warn('[consent-gate] window.__gpp belongs to another CMP: integrations.gpp leaves it alone');
      gppStub?.configure(gpp.cmpId, gpp.sections);
      // The CMP API and its encoder only where a US-style opt-out applies; elsewhere no section does.
      // Without that file the stub stays "not ready": no signal rather than a wrong one.
      if (core.place?.model !== 'opt-out') gppStub?.notApplicable();
      else if (gppStub) void part('gpp').then((api) => api.start(gpp, core, window), () => {});
    } else gppStub?.notApplicable();
    const gate = startConsentGate({
      core,
      doc: document,
      loadUi: (view) =>
        ui().then(([ui, texts]) => {
          const { handle, clean } = ui.mount(core, catalog, view, document, texts, wanted, (low) => part('preferences', low));
          if (!clean && !fallback) void report(catalog);
          return handle;
        }),
      loadPreferences: () => part('preferences'),
      follow: () => followLater(() => part('tabs'), core, readStored, window),
      choose,
      nonce,
      heldPixel,
      regional: jurisdictions && regions?.consentModeDefaults(jurisdictions, config.enabled, gpc),
      loadVendor: part,
      coverEmbeds: (actions) => part('covers').then((covers) => covers.cover(document, wanted, actions)),
    });
    // Only sites that turn the floating button on fetch its small file; the loader just asks. In an opt-out
    // jurisdiction it is the "Your Privacy Choices" button, on unless `appearance.privacyChoicesButton` is false.
    const choicesButton = core.place?.model === 'opt-out' && !isOff(catalog.appearance, 'privacyChoicesButton');
    // Categories by objection running with no banner to say so (nothing else optional): the settings button is
    // the "simple way to object" (UK Data (Use and Access) Act 2025), until the visitor has chosen.
    const objecting = core.place?.model === 'opt-in' && !core.needsChoice() && core.getConsent()?.id === DEFAULTS_ID;
    if (choicesButton || objecting || isOn(catalog.appearance, 'settingsButton')) {
      const privacy = { honoured: () => gpc && !core.hasConsent('targeting'), onChange: (fn: () => void) => core.on('change', fn) };
      void part('button').then((button) => button.mount(document, wanted, gate.showPreferences, choicesButton ? privacy : undefined), () => {});
    }
    // A development aid: the audit's file (with the known-cookie table) is fetched only where it is on.
    if (isOn(catalog.options, 'audit')) {
      void part('audit').then((audit) => audit.start(document, core, catalog.cookies), () => {});
    }
    return { ...gate, choose };
  }
}

/**
 * A browser the gate cannot run in still gets the holds, which need none of what it lacks: vendor snippets
 * above or below the tag stay refused for good. The Pixel's revoke goes first (its trap for a snippet still to
 * come needs Proxy); where the catalogue turns Consent Mode on, its default goes in, everything denied.
 */
function holdForever(): Promise<undefined> {
  if (window.fbq || 'Proxy' in window) holdMetaPixel(window);
  return loadCatalog()
    .then((input) => {
      // Rules or not, one denied default: read as if the catalogue had none.
      const config = readGateConfig(withOptions(input, pageOptions()), () => undefined);
      const settings = config?.integrations.googleConsentMode;
      // Fail closed in every region: one default, everything denied (jurisdictions are not read here at all).
      if (settings) startGoogleConsentMode(settings, createConsentState({ config, stored: null }), window);
    })
    .then(
      () => undefined,
      () => undefined,
    );
}

/** Whether a services entry names a preset (`{ "preset": "…" }`). */
const namesPresets = (catalog: unknown) => isRecord(catalog) && Array.isArray(catalog.services) && catalog.services.some((service) => isRecord(service) && service.preset !== undefined);

/** A switch of the catalogue the loader reads for itself (`true` only; a wrong value is the validator's to name). */
const isOn = (group: unknown, key: string) => isRecord(group) && group[key] === true;
const isOff = (group: unknown, key: string) => isRecord(group) && group[key] === false;

/**
 * Inline JSON starts at once; a URL is fetched, for at most
 * `data-catalog-timeout` ms (default 5 s): past that the fallback banner shows
 * and the late answer is ignored.
 */
function loadCatalog(): Promise<unknown> {
  const inline = document.getElementById(CONFIG_ELEMENT_ID);
  const url = attr('catalog');
  // In a promise, so that what would throw (JSON that does not parse; no fetch, in a browser holdForever is for) rejects.
  return new Promise((resolve) =>
    resolve(
      inline ? JSON.parse(inline.textContent ?? '')
      : url ? Promise.race([
          fetch(url, { credentials: 'same-origin' }).then((response) => {
            if (!response.ok) throw response.status;
            return response.json();
          }),
          new Promise((_, reject) => setTimeout(reject, Number(attr('catalog-timeout')) || CATALOG_TIMEOUT_MS, 'timed out')),
        ])
      : Promise.reject('no data-catalog'),
    ),
  );
}

/** Per-page overrides: data-cookie-name, data-cookie-domain, data-consent-max-age-days. */
function pageOptions(): Partial<ConsentOptions> {
  const cookieName = attr('cookie-name');
  const cookieDomain = attr('cookie-domain');
  const days = attr('consent-max-age-days');
  return { ...(cookieName && { cookieName }), ...(cookieDomain && { cookieDomain }), ...(days && { consentMaxAgeDays: Number(days) }) };
}
