/**
 * A choice made in one tab applies to the site's other open tabs at once,
 * without reloading the tab that decided. The deciding tab posts the record
 * on a BroadcastChannel (the message carries it: another tab's view of the
 * cookie may lag behind the message); every tab also re-reads the consent
 * cookie whenever it gets focus.
 *
 * A tab opens its channel only once it loses focus (`blur`: the visitor went
 * to another tab or window, where a choice can be made). Constructing a
 * channel, or listening for `storage` events, costs several milliseconds of
 * script time on a page view at 4× CPU throttling; a returning visitor's
 * page that keeps focus pays nothing. A tab that learns of a revocation
 * reloads like the deciding one (unless `reloadOnRevoke` is false): its
 * running trackers cannot be unloaded either.
 *
 * A page restored from the back/forward cache runs none of its scripts again
 * (`pageshow` with `persisted`, HTML § "Navigation and session history"): what it read
 * at start may be stale, so it re-reads the cookie the same way, closing a
 * banner answered on another page, running what was granted meanwhile and
 * reloading after a revocation.
 *
 * The script tag's loader does not carry this module: it listens for the same
 * three events itself (`page/follow-later`) and fetches consent-gate.tabs.js on
 * the first, handing over what it heard meanwhile (`missed`).
 */
import { takesBack, type ConsentState } from '../core/consent';
import type { Consent } from '../core/types';
import { parseRecord, serializeRecord } from '../core/cookie-store';

export const CHANNEL = 'consent-gate';

const channelOf = (win: Window) => {
  const Channel = (win as Window & typeof globalThis).BroadcastChannel;
  return Channel && new Channel(CHANNEL);
};

/**
 * Follows choices made elsewhere; returns the stop. `missed`: `blur`, `focus` and `pageshow` events heard before
 * this ran (the loader's, while this file loaded), handled now as if heard here, in order.
 */
export function followOtherTabs(core: ConsentState, readStored: () => Consent | null, win: Window, missed: readonly Event[] = []): () => void {
  let channel: BroadcastChannel | undefined;
  // Every choice this tab has had, the one in use at start included, is no news: its own announcements reach its
  // channel too (a channel hears every other one of its name, the deciding tab's new one included), after what it
  // decided next. Exact where comparing times is not: two choices in one go share a millisecond.
  const had = new Set([core.previous()?.id]);
  const offChange = core.on('change', (consent) => had.add(consent.id));
  const sync = (stored: Consent | null) => {
    if (!stored || had.has(stored.id)) return;
    const before = core.getConsent()?.granted ?? [];
    // Announced as followed (a listener that throws is reported and does not reach here: see core/emitter).
    core.following = true;
    core.set(stored);
    core.following = false;
    if (core.config.options.reloadOnRevoke && takesBack(before, core.getConsent()?.granted ?? [])) win.location.reload();
  };
  const listen = () => {
    if (channel) return;
    channel = channelOf(win);
    // Messages are checked like the cookie.
    if (channel) channel.onmessage = (event) => sync(parseRecord(encodeURIComponent(event.data)));
  };
  const onFocus = () => sync(readStored());
  const onShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    const stored = readStored();
    // The choice is gone while the page sat in the cache (cookies cleared, the choice expired):
    // what it granted may still be running, so the page starts again and asks.
    if (!stored && core.previous()?.granted.some((id) => id !== 'strictly-necessary')) win.location.reload();
    else sync(stored);
  };
  const handlers = { blur: listen, focus: onFocus, pageshow: onShow } as unknown as Record<string, (event: Event) => void>;
  for (const type in handlers) win.addEventListener(type, handlers[type]!);
  for (const event of missed) handlers[event.type]?.(event);
  // A choice made elsewhere while this file loaded was announced before the channel existed: the cookie still has it.
  if (missed.length) onFocus();
  return () => {
    offChange();
    channel?.close();
    for (const type in handlers) win.removeEventListener(type, handlers[type]!);
  };
}

/** Tells the other tabs about a choice just stored. */
export function announceChoice(consent: Consent, win: Window = window): void {
  const channel = channelOf(win);
  channel?.postMessage(serializeRecord(consent));
  channel?.close();
}
