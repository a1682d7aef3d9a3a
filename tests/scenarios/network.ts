/** The closed network every real-browser test runs in, shared by page.route (Playwright) and the WebKit proxy. */
import { readFileSync } from 'node:fs';

/** An https origin served from the local server, to see the cookie attributes a real site gets. */
export const HTTPS_ORIGIN = 'https://shop.consent-gate.test';
/**
 * Every http or https host under `.consent-gate.test` is served from the local
 * server, so that a page on `www.shop.consent-gate.test` has real parent domains
 * (`.shop.consent-gate.test`, `.consent-gate.test`) for the browser to decide on.
 */
export const LOCAL_SITE = /^(.+\.)?consent-gate\.test$/;
/**
 * A shop under a sub-path: any page under `/shop/` (`/shop/`, `/shop/cart/item.html`, …)
 * is `tests/e2e/pages/scopes.html`, so tests can see what the browser does with cookie paths.
 */
export const SHOP_PAGE = '/test/scopes.html';

/** Where the local server answers a URL of a LOCAL_SITE host: pages under /shop/ are the shop page. */
export function localPath(url: URL): string {
  return (url.pathname.startsWith('/shop/') ? SHOP_PAGE : url.pathname) + url.search;
}

const TRACKER_HOSTS =
  /(^|\.)(googletagmanager\.com|google-analytics\.com|connect\.facebook\.net|facebook\.com|clarity\.ms|bat\.bing\.com|analytics\.tiktok\.com|matomo\.cloud|posthog\.com)$/;

export const isTrackerHost = (hostname: string) => TRACKER_HOSTS.test(hostname);

const stub = (name: string) => readFileSync(new URL(`../e2e/stubs/${name}`, import.meta.url), 'utf8');

/** What a tracker host answers: gtag.js and fbevents.js stand-ins, an empty 204 for hits. */
export function answerTracker(url: URL): { status: number; contentType: string; body: string } {
  if (url.pathname.startsWith('/gtag/js')) return { status: 200, contentType: 'text/javascript', body: stub('gtag.js') };
  if (url.pathname.endsWith('/fbevents.js')) return { status: 200, contentType: 'text/javascript', body: stub('fbevents.js') };
  // The vendors with consent APIs of their own (tests/e2e/vendors.spec.ts): each stand-in runs its queue as the vendor's script does.
  const vendor =
    url.hostname === 'www.clarity.ms' && url.pathname.startsWith('/tag/') ? 'clarity.js'
    : url.hostname === 'bat.bing.com' && url.pathname === '/bat.js' ? 'bat.js'
    : url.hostname === 'analytics.tiktok.com' && url.pathname === '/i18n/pixel/events.js' ? 'tiktok.js'
    : url.hostname === 'cdn.matomo.cloud' && url.pathname.endsWith('/matomo.js') ? 'matomo.js'
    : url.hostname.endsWith('-assets.i.posthog.com') && url.pathname === '/static/array.js' ? 'posthog.js'
    : undefined;
  if (vendor) return { status: 200, contentType: 'text/javascript', body: stub('vendor-stub.js') + stub(vendor) };
  return { status: 204, contentType: 'text/plain', body: '' };
}
