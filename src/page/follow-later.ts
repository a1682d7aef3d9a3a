/**
 * The loader's stand-in for `followOtherTabs` (`page/cross-tab`, in
 * consent-gate.tabs.js): a returning visitor's page view that keeps focus
 * never needs it, so the loader carries only its three listeners. A choice
 * made elsewhere can reach a tab only after one of them: `blur` (the visitor
 * went to another tab or window), `focus` (back, or a tab opened in the
 * background seen for the first time) or `pageshow` with `persisted` (restored
 * from the back/forward cache; `pageshow` also fires on every ordinary load,
 * which is not one). A focus counts only once the tab was away (it lost focus,
 * or started without it): Firefox sends one to every page that loads in
 * front. On the first, the file is fetched and given every such event heard
 * until it ran, so a focus or a restore while it loads is not lost.
 *
 * If the file cannot load, the next of those events tries again; until then
 * choices made in other tabs apply on this tab's next page view.
 */
import { TEARDOWN } from '../core/build';
import type { ConsentState } from '../core/consent';
import type { Consent } from '../core/types';
import type { Parts } from './parts';

/** Starts listening; returns the stop (which also stops the file's follower once it runs). */
export function followLater(load: () => Promise<Parts['tabs']>, core: ConsentState, readStored: () => Consent | null, win: Window): () => void {
  const heard: Event[] = [];
  let loading: Promise<void> | undefined;
  let stop: (() => void) | undefined;
  let stopped = false;
  let away = !win.document.hasFocus();
  const listen = (method: 'addEventListener' | 'removeEventListener') => {
    for (const type of ['blur', 'focus', 'pageshow']) win[method](type, hear);
  };
  const hear = (event: Event) => {
    // An ordinary load's pageshow (persisted false) is no restore; blur and focus have no `persisted`.
    if ((event as PageTransitionEvent).persisted === false || (event.type === 'focus' && !away)) return;
    away = true;
    heard.push(event);
    loading ??= load().then(
      (follow) => {
        if (stopped) return;
        listen('removeEventListener');
        const stopFile = follow(core, readStored, win, heard);
        if (TEARDOWN) stop = stopFile;
      },
      // Said on the console by the loader (`part`).
      () => (loading = undefined),
    );
  };
  listen('addEventListener');
  return !TEARDOWN ? (undefined as never) : () => {
    stopped = true;
    listen('removeEventListener');
    stop?.();
  };
}
