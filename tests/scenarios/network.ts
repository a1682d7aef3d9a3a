/** The closed network every real-browser test runs in, shared by page.route (Playwright) and the WebKit proxy. */
import { readFileSync } from 'node:fs';

/** An https origin served from the local server, to see the cookie attributes a real site gets. */
export const HTTPS_ORIGIN = 'https://shop.consent-gate.test';
const TRACKER_HOSTS = /(^|\.)(googletagmanager\.com|google-analytics\.com|connect\.facebook\.net|facebook\.com)$/;

export const isTrackerHost = (hostname: string) => TRACKER_HOSTS.test(hostname);

const stub = (name: string) => readFileSync(new URL(`../e2e/stubs/${name}`, import.meta.url), 'utf8');

/** What a tracker host answers: gtag.js and fbevents.js stand-ins, an empty 204 for hits. */
export function answerTracker(url: URL): { status: number; contentType: string; body: string } {
  if (url.pathname.startsWith('/gtag/js')) return { status: 200, contentType: 'text/javascript', body: stub('gtag.js') };
  if (url.pathname.endsWith('/fbevents.js')) return { status: 200, contentType: 'text/javascript', body: stub('fbevents.js') };
  return { status: 204, contentType: 'text/plain', body: '' };
}
