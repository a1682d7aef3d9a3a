/**
 * Meta Pixel consent (../shared/STANDARDS.md): `fbq('consent', 'revoke')`
 * before the Pixel's first command on every page view without targeting,
 * `fbq('consent', 'grant')` once targeting is granted.
 *
 * The hold comes first, before the catalogue is known (the loader holds the
 * Pixel before it fetches a catalogue; nothing is granted before it arrives):
 * - The Pixel snippet creates `window.fbq` and calls `fbq('init', …)` in the
 *   same breath, so there is no moment to call in between. Instead the first
 *   assignment to `window.fbq` is caught and the function wrapped in a Proxy
 *   (every property still reads and writes through to the Pixel's own queue
 *   function) whose first call queues the revoke ahead of itself.
 * - A snippet that ran above consent-gate left its commands in `fbq.queue`,
 *   which fbevents.js reads in order when it loads: until then (no
 *   `callMethod` yet) the revoke goes to the front of that queue. Once
 *   fbevents.js has run, its PageView is gone: revoke at once and say so.
 */
import type { ConsentState } from '../core/consent';

type Fbq = ((...args: unknown[]) => void) & { queue?: unknown[]; callMethod?: unknown };

/** The catalogue service id of the Pixel, as in `data-service="meta-pixel"`. */
export const PIXEL_SERVICE = 'meta-pixel';

declare global {
  interface Window {
    fbq?: Fbq;
  }
}

/** Starts a held Pixel with the consent state, and whether the catalogue turns the integration on (`integrations.metaPixel`). */
export type HeldPixel = (state: ConsentState, on: boolean) => void;

export function holdMetaPixel(win: Window = window): HeldPixel {
  // Until the consent state is known nothing is granted.
  let granted = () => false;
  const fbq = win.fbq;
  if (fbq) {
    if (fbq.queue && !fbq.callMethod) fbq.queue.unshift(['consent', 'revoke']);
    else fbq('consent', 'revoke'), console.warn('[consent-gate] The Meta Pixel ran first: move it below consent-gate in <head>');
  } else {
    Object.defineProperty(win, 'fbq', {
      configurable: true,
      set(fbq: Fbq) {
        let first = true;
        const value = new Proxy(fbq, {
          apply(target, self, args) {
            if (first && !granted()) target('consent', 'revoke');
            first = false;
            return Reflect.apply(target, self, args);
          },
        });
        Object.defineProperty(win, 'fbq', { configurable: true, writable: true, value });
      },
    });
  }
  return (state, on) => {
    // Turned off and no Pixel seen yet (only the trap, which reads undefined): let it be. A Pixel already held stays held until targeting is granted.
    if (!on && !win.fbq) return void delete win.fbq;
    // Targeting, and the Pixel itself unless the visitor switched it off (service "meta-pixel").
    granted = () => state.hasConsent('targeting') && state.hasService(PIXEL_SERVICE);
    const tell = () => win.fbq?.('consent', granted() ? 'grant' : 'revoke');
    // A Pixel held before the state was known is released at once for a visitor who granted.
    if (granted()) tell();
    state.on('change', tell);
  };
}

/**
 * Meta Pixel consent for a consent state known from the start: revoke before
 * the Pixel's first command (or at the front of the queue of a snippet that
 * ran before) while targeting is not granted, grant or revoke on each choice.
 */
export function startMetaPixel(state: ConsentState, win: Window = window): void {
  holdMetaPixel(win)(state, true);
}
