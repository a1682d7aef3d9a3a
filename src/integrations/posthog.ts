/**
 * PostHog consent (PostHog docs, "Controlling data collection": `posthog.opt_out_capturing()` and
 * `posthog.opt_in_capturing()`): opted out first in the snippet's queue on every page view of a visitor who
 * does not allow PostHog, opted in for one who does; after each choice one or the other. posthog-js runs the
 * queue right after `init`, before its first `$pageview` (which it defers and sends only when opted in).
 * The opt-in that repeats a standing one (a returning visitor's page view, a choice that keeps PostHog on, a
 * choice followed from another tab or after a back/forward-cache restore, where the tab that decided sent it)
 * sends no `$opt_in` event (`captureEventName: false`); only a new opt-in does, in the tab where it was made.
 */
import { toFront, type CommandQueue, type VendorConsent, starter } from './vendor-consent';

/** `posthog.<method>(…)` once the snippet or posthog-js defines it, else queued as the snippet queues calls. */
const call = (queue: CommandQueue, [method, ...args]: unknown[]) =>
  typeof queue[method as string] === 'function' ? (queue[method as string] as (...a: unknown[]) => void)(...args) : queue.push([method, ...args]);
const optIn = (repeat: boolean) => (repeat ? ['opt_in_capturing', { captureEventName: false }] : ['opt_in_capturing']);

export const posthog: VendorConsent = {
  service: 'posthog',
  category: 'performance',
  // posthog-js replaces the snippet's array with its instance, marked `__loaded`.
  start: (win, _, allows) => toFront(win, 'posthog', [allows() ? optIn(true) : ['opt_out_capturing']], (queue) => !!queue.__loaded, call),
  change: (win, _, allows, repeat) => call((win as unknown as { posthog: CommandQueue }).posthog, allows() ? optIn(repeat) : ['opt_out_capturing']),
};

/** Started by the gate (the script-tag file registers it, src/entries/vendor.ts; the npm chunk exports it). */
export const start = /* @__PURE__ */ starter(posthog);
