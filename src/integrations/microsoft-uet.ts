/**
 * Microsoft Advertising UET consent (Microsoft Advertising, "Consent mode": `uetq.push('consent', 'default',
 * { ad_storage: 'denied' })` before the UET tag, `uetq.push('consent', 'update', { ad_storage })` on a choice):
 * the default on every page view, first in `uetq`, with the update after it for a visitor who allows UET.
 * `uetq` is a flat array until bat.js turns it into its own object; the snippet adopts an existing array.
 */
import { toFront, type CommandQueue, type VendorConsent, starter } from './vendor-consent';

const consent = (kind: 'default' | 'update', granted: boolean) => ['consent', kind, { ad_storage: granted ? 'granted' : 'denied' }];
const push = (queue: CommandQueue, entry: unknown[]) => void (queue as unknown as { push(...items: unknown[]): void }).push(...entry);

export const microsoftUet: VendorConsent = {
  service: 'microsoft-uet',
  category: 'targeting',
  start(win, _, allows) {
    const entries = allows() ? [...consent('default', false), ...consent('update', true)] : consent('default', false);
    // Flat: each command is three entries of the array, as `uetq.push('consent', …)` leaves them.
    return toFront(win, 'uetq', entries as unknown as unknown[][], (queue) => !Array.isArray(queue), (queue) => push(queue, entries));
  },
  change: (win, _, allows) => push((win as unknown as { uetq: CommandQueue }).uetq, consent('update', allows())),
};

/** Started by the gate (the script-tag file registers it, src/entries/vendor.ts; the npm chunk exports it). */
export const start = /* @__PURE__ */ starter(microsoftUet);
