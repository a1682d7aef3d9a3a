/**
 * A choice made in one tab applies to the site's other open tabs at once,
 * without reloading the tab that decided: the deciding tab posts the record
 * on a BroadcastChannel (the message carries it because another tab's view of
 * the cookie may lag behind the message), and every tab also re-reads the
 * consent cookie whenever it gets focus (where BroadcastChannel is missing, or
 * a tab slept through the message). Messages are checked like the cookie. A tab that learns of a revocation reloads
 * like the deciding one (unless `reloadOnRevoke` is false): its running
 * trackers cannot be unloaded either.
 */
import type { ConsentState } from './core/consent';
import type { Consent } from './core/types';
import { parseRecord, serializeRecord } from './core/cookie-store';

export const CHANNEL = 'consent-gate';

/** Follows choices made elsewhere; returns the stop. */
export function followOtherTabs(core: ConsentState, readStored: () => Consent | null, win: Window): () => void {
  const sync = (event?: MessageEvent) => {
    const stored = event ? parseRecord(encodeURIComponent(event.data)) : readStored();
    if (!stored || stored.id === core.previous()?.id) return;
    const before = core.getConsent()?.granted ?? [];
    core.set(stored);
    if (core.config.options.reloadOnRevoke && before.some((id) => !core.hasConsent(id))) win.location.reload();
  };
  const Channel = (win as Window & typeof globalThis).BroadcastChannel;
  const channel = Channel && new Channel(CHANNEL);
  if (channel) channel.onmessage = sync;
  const onFocus = () => sync();
  win.addEventListener('focus', onFocus);
  return () => {
    channel?.close();
    win.removeEventListener('focus', onFocus);
  };
}

/** Tells the other tabs about a choice just stored. */
export function announceChoice(consent: Consent, win: Window = window): void {
  const Channel = (win as Window & typeof globalThis).BroadcastChannel;
  if (!Channel) return;
  const channel = new Channel(CHANNEL);
  channel.postMessage(serializeRecord(consent));
  channel.close();
}
