/**
 * TikTok Pixel consent (TikTok for Business, "Pixel consent mode": `ttq.holdConsent()` before events,
 * then `ttq.grantConsent()` or `ttq.revokeConsent()`): the hold on every page view, first in `ttq`'s queue,
 * and the grant with it for a visitor who allows the Pixel; after each choice the grant or the revoke.
 * TikTok's snippet adopts a queue that exists (`w[t] = w[t] || []`) and events.js runs it in order.
 */
import { toFront, type CommandQueue, type VendorConsent, starter } from './vendor-consent';

/** `ttq.<method>()` once the snippet has defined its methods, else queued as the snippet queues it. */
const call = (queue: CommandQueue, [method]: unknown[]) =>
  typeof queue[method as string] === 'function' ? (queue[method as string] as () => void)() : queue.push([method]);

export const tiktokPixel: VendorConsent = {
  service: 'tiktok-pixel',
  category: 'targeting',
  // events.js replaces the array with its own object once it has run.
  start: (win, _, allows) => toFront(win, 'ttq', allows() ? [['holdConsent'], ['grantConsent']] : [['holdConsent']], (queue) => !Array.isArray(queue), call),
  change: (win, _, allows) => call((win as unknown as { ttq: CommandQueue }).ttq, [allows() ? 'grantConsent' : 'revokeConsent']),
};

/** Started by the gate (the script-tag file registers it, src/entries/vendor.ts; the npm chunk exports it). */
export const start = /* @__PURE__ */ starter(tiktokPixel);
