/**
 * Meta Pixel consent (../shared/STANDARDS.md): `fbq('consent', 'revoke')`
 * before the Pixel's first command on every page view without targeting,
 * `fbq('consent', 'grant')` once targeting is granted.
 *
 * The Pixel snippet creates `window.fbq` and calls `fbq('init', …)` in the
 * same breath, so there is no moment to call in between. Instead the first
 * assignment to `window.fbq` is caught and the function wrapped in a Proxy
 * (every property still reads and writes through to the Pixel's own queue
 * function) whose first call queues the revoke ahead of itself.
 */
import type { ConsentState } from '../core/consent';

type Fbq = (...args: unknown[]) => void;

/** The catalogue service id of the Pixel, as in `data-service="meta-pixel"`. */
export const PIXEL_SERVICE = 'meta-pixel';

declare global {
  interface Window {
    fbq?: Fbq;
  }
}

export function startMetaPixel(state: ConsentState, win: Window = window): void {
  // Targeting, and the Pixel itself unless the visitor switched it off (service "meta-pixel").
  const granted = () => state.hasConsent('targeting') && state.hasService(PIXEL_SERVICE);
  if (win.fbq) {
    // Started before us: the best that can be done is to revoke now.
    if (!granted()) win.fbq('consent', 'revoke');
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
  state.on('change', () => win.fbq?.('consent', granted() ? 'grant' : 'revoke'));
}
