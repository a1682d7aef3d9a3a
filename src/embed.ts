/**
 * Script-tag entry: the only module that reads the page and sets
 * `window.ConsentGate`. Configuration comes from
 *   <script type="application/json" id="consent-gate-config">{…}</script>  or
 *   <script src=".../consent-gate.iife.js" data-catalog="/catalog/site.json">
 * plus a few per-page overrides (data-cookie-name, data-cookie-domain,
 * data-consent-max-age-days). Whatever goes wrong is reported on the console;
 * gated scripts then simply stay inert.
 */
import { createConsentGate } from './consent-gate';
import { CONFIG_ELEMENT_ID } from './core/constants';
import type { ConsentOptions } from './core/types';
import { createDeferredApi, type ConsentGateGlobal } from './embed-api';

declare global {
  interface Window {
    ConsentGate?: ConsentGateGlobal;
  }
}

const script = document.currentScript as HTMLScriptElement | null;

if (window.ConsentGate) {
  console.warn('[consent-gate] loaded twice; keeping the first instance');
} else {
  const deferred = createDeferredApi();
  window.ConsentGate = deferred.api;
  const start = (catalog: unknown) => {
    try {
      deferred.start(createConsentGate({ catalog: catalog as never, ...pageOptions(script) }));
    } catch (error) {
      console.error('[consent-gate] not started, nothing optional will run.', error instanceof Error ? error.message : error);
      deferred.fail();
    }
  };
  loadCatalog(script).then(start, (error: unknown) => {
    console.error('[consent-gate] could not load the catalogue, nothing optional will run.', error instanceof Error ? error.message : error);
    deferred.fail();
  });
}

/** Inline JSON starts synchronously; a URL is fetched. */
function loadCatalog(tag: HTMLScriptElement | null): Promise<unknown> {
  const inline = document.getElementById(CONFIG_ELEMENT_ID);
  if (inline) {
    try {
      return Promise.resolve(JSON.parse(inline.textContent ?? ''));
    } catch (error) {
      return Promise.reject(new Error(`#${CONFIG_ELEMENT_ID} is not valid JSON: ${(error as Error).message}`));
    }
  }
  const url = tag?.getAttribute('data-catalog');
  if (!url) return Promise.reject(new Error(`expected a data-catalog attribute or a #${CONFIG_ELEMENT_ID} element`));
  return fetch(url, { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new Error(`data-catalog "${url}": HTTP ${response.status}`);
    return response.json();
  });
}

function pageOptions(tag: HTMLScriptElement | null): Partial<ConsentOptions> {
  const options: Partial<ConsentOptions> = {};
  const name = tag?.getAttribute('data-cookie-name');
  const domain = tag?.getAttribute('data-cookie-domain');
  const days = tag?.getAttribute('data-consent-max-age-days');
  if (name) options.cookieName = name;
  if (domain) options.cookieDomain = domain;
  if (days) options.consentMaxAgeDays = Number(days);
  return options;
}
