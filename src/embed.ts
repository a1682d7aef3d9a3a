/**
 * Script-tag entry, the loader (dist/consent-gate.iife.js): the only module
 * that reads the page and sets `window.ConsentGate`. It holds no Preact: it
 * reads the catalogue's gating part and the consent cookie, activates what is
 * granted and watches for gated elements; the UI (consent-gate.ui.js) and the
 * validator (consent-gate.validate.js) are fetched from beside it only when needed.
 *
 *   <script src=".../consent-gate.iife.js" data-catalog="/catalog/site.json"></script>
 *   or the catalogue inline in <script type="application/json" id="consent-gate-config">.
 * Attributes: data-catalog, data-ui-src, data-cookie-name, data-cookie-domain,
 * data-consent-max-age-days. Whatever goes wrong is reported on the console;
 * gated scripts then stay inert.
 */
import { createConsentState } from './core/consent';
import { readConsentCookie } from './core/cookie-store';
import { readGateConfig } from './core/gate-config';
import { CONFIG_ELEMENT_ID, DEFAULT_COOKIE_NAME, EVENT_PREFIX } from './core/constants';
import type { ConsentOptions } from './core/types';
import { isRecord } from './core/validate';
import { createGlobalApi, type ConsentGateGlobal } from './embed-api';
import { loadPart, type Parts } from './parts';
import { withOptions } from './options';
import { startConsentGate } from './start';
import { languageFile, uiLanguage } from './languages';

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
/** Each part is fetched once; a failed fetch is forgotten, so the next need tries again. */
const part = <K extends keyof Parts>(name: K): Promise<Parts[K]> =>
  (parts[name] ??= loadPart(name, fileOf(name), nonce).catch((error) => {
    delete parts[name];
    throw error;
  }) as never) as Promise<Parts[K]>;

/** The UI, and in parallel the visitor's language when it is not English; without that file the UI speaks English. */
const ui = () => Promise.all([part('ui'), language && part('lang').catch(() => undefined)]);

const report = (catalog: unknown) =>
  part('validate').then(
    (validator) => validator.report(catalog),
    () => console.error('[consent-gate] invalid catalogue'),
  );

if (window.ConsentGate) {
  console.warn('[consent-gate] loaded twice');
} else {
  const overrides = pageOptions();
  // A first visit will need the banner: fetch the UI while the catalogue loads
  // (an inline catalogue starts at once, so there is nothing to overlap).
  if (attr('catalog') && !document.cookie.includes(`${overrides.cookieName ?? DEFAULT_COOKIE_NAME}=`)) void ui().catch(() => {});
  window.ConsentGate = createGlobalApi(
    loadCatalog().then(
      (input) => {
        const catalog = withOptions(input, overrides);
        const config = readGateConfig(catalog);
        if (!config || !isRecord(catalog)) return void report(catalog);
        const readStored = () => readConsentCookie(config.options.cookieName);
        const core = createConsentState({ config, stored: readStored(), events: document, eventPrefix: EVENT_PREFIX });
        const choose = () => part('ui').then((ui) => ui.choices(core, catalog, document));
        const gate = startConsentGate({
          core,
          doc: document,
          loadUi: (view) =>
            ui().then(([ui, texts]) => {
              const { handle, clean } = ui.mount(core, catalog, view, document, texts, wanted);
              if (!clean) void report(catalog);
              return handle;
            }),
          readStored,
          choose,
          nonce,
          coverEmbeds: (actions) => part('covers').then((covers) => covers.cover(document, wanted, actions)),
        });
        // Only sites that turn the floating button on fetch its small file; the loader just asks.
        if (isRecord(catalog.appearance) && catalog.appearance.settingsButton === true) {
          void part('button').then((button) => button.mount(document, wanted, gate.showPreferences), () => {});
        }
        return { ...gate, choose };
      },
      (error: unknown) => void console.error('[consent-gate] no catalogue:', error),
    ),
  );
}

/** Inline JSON starts at once; a URL is fetched. */
function loadCatalog(): Promise<unknown> {
  const inline = document.getElementById(CONFIG_ELEMENT_ID);
  if (inline) return new Promise((resolve) => resolve(JSON.parse(inline.textContent ?? '')));
  const url = attr('catalog');
  if (!url) return Promise.reject('no data-catalog');
  return fetch(url, { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw response.status;
    return response.json();
  });
}

/** Per-page overrides: data-cookie-name, data-cookie-domain, data-consent-max-age-days. */
function pageOptions(): Partial<ConsentOptions> {
  const cookieName = attr('cookie-name');
  const cookieDomain = attr('cookie-domain');
  const days = attr('consent-max-age-days');
  return { ...(cookieName && { cookieName }), ...(cookieDomain && { cookieDomain }), ...(days && { consentMaxAgeDays: Number(days) }) };
}
