/**
 * Microsoft Clarity consent (Microsoft Clarity, "Consent API v2", required for visits from the EEA, the UK
 * and Switzerland since 31 October 2025): `clarity('consentv2', { ad_Storage, analytics_Storage })` with both
 * denied before Clarity starts for a visitor who does not allow it; for one who does, `analytics_Storage`
 * granted and `ad_Storage` granted only with targeting too (Clarity shares data with Microsoft Advertising
 * under it). After each choice the same call with the new values. A denied call makes Clarity delete its
 * cookies and run without them, so an allowed visitor's page view starts with the grant, not a deny first.
 * The snippet adopts an existing `clarity` function; clarity.js runs its queue `clarity.q` in order.
 */
import { starter, type Allows, type VendorConsent } from './vendor-consent';

type Clarity = ((...args: unknown[]) => void) & { q?: IArguments[] };

const values = (allows: Allows) => ({
  ad_Storage: allows('targeting') ? 'granted' : 'denied',
  analytics_Storage: allows() ? 'granted' : 'denied',
});
/** As the snippet queues a call: its `arguments` object. */
function args(..._: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

export const microsoftClarity: VendorConsent = {
  service: 'microsoft-clarity',
  category: 'performance',
  start(win, _, allows) {
    const slot = win as unknown as { clarity?: Clarity };
    const command = args('consentv2', values(allows));
    // Commands already queued by a snippet above: ours goes first. No queue: a call is the first command
    // either way (the snippet's stub queues it, clarity.js runs it).
    if (slot.clarity?.q) slot.clarity.q.unshift(command);
    else if (slot.clarity) slot.clarity(...command);
    else {
      const clarity: Clarity = function () {
        // eslint-disable-next-line prefer-rest-params
        (clarity.q ??= []).push(arguments);
      };
      clarity.q = [command];
      slot.clarity = clarity;
    }
    return true;
  },
  change: (win, _, allows) => (win as unknown as { clarity: Clarity }).clarity('consentv2', values(allows)),
};

/** Started by the gate (the script-tag file registers it, src/entries/vendor.ts; the npm chunk exports it). */
export const start = /* @__PURE__ */ starter(microsoftClarity);
