import { describe, expect, it, vi } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createConsentState } from '../../src/core/consent';
import type { Consent } from '../../src/core/types';
import { announceChoice, followOtherTabs } from '../../src/page/cross-tab';
import { sampleCatalog } from '../fixtures';

const consent = (id: string, granted: Consent['granted']): Consent =>
  ({ version: 1, id: id.padEnd(32, '0'), revision: 3, decidedAt: new Date().toISOString(), granted });

/** Another tab of the site: a window with focus events, BroadcastChannel (unless `channel` is false) and a reload spy. */
function tab(reloadOnRevoke = true, channel = true) {
  const result = parseCatalog(sampleCatalog({ options: { reloadOnRevoke } }));
  if (!result.ok) throw new Error('fixture is invalid');
  let cookie: Consent | null = null;
  const state = createConsentState({ config: result.catalog, stored: null });
  const reload = vi.fn();
  const win = Object.assign(new EventTarget(), { location: { reload }, BroadcastChannel: channel ? BroadcastChannel : undefined }) as unknown as Window;
  const stop = followOtherTabs(state, () => cookie, win);
  return { state, reload, win, stop, store: (c: Consent) => (cookie = c) };
}
const here = globalThis as unknown as Window;
/**
 * Resolves once a probe channel opened now has received one message posted after it: messages on a
 * BroadcastChannel arrive in order, so by then every earlier message has reached every open channel.
 */
function delivered(): Promise<void> {
  const probe = new BroadcastChannel('consent-gate');
  const marker = `probe-${Math.random()}`;
  return new Promise((resolve) => {
    probe.onmessage = (event) => {
      if (event.data !== marker) return;
      probe.close();
      resolve();
    };
    new BroadcastChannel('consent-gate').postMessage(marker);
  });
}

describe('followOtherTabs', () => {
  it('once the tab has lost focus, applies a choice from another tab at once, before its own cookie shows it', async () => {
    const other = tab();
    const seen: string[][] = [];
    other.state.on('change', (c) => seen.push(c.granted));
    other.win.dispatchEvent(new Event('blur'));
    announceChoice(consent('a', ['strictly-necessary', 'performance']), here);
    await vi.waitFor(() => expect(other.state.hasConsent('performance')).toBe(true));
    expect(seen).toEqual([['strictly-necessary', 'performance']]);
    expect(other.reload).not.toHaveBeenCalled();
    other.stop();
  });

  it('does not follow its own announcements: two choices in a row here end on the second, with no reload', async () => {
    const page = tab();
    page.win.dispatchEvent(new Event('blur'));
    // What recording a choice does (page/choices): announce, then set; twice before any message is delivered.
    const first = consent('a', ['strictly-necessary', 'performance']);
    const second = consent('b', ['strictly-necessary', 'performance', 'targeting']);
    for (const choice of [first, second]) {
      announceChoice(choice, page.win);
      page.state.set(choice);
    }
    await delivered();
    expect(page.state.hasConsent('targeting')).toBe(true);
    expect(page.reload).not.toHaveBeenCalled();
    page.stop();
  });

  it('opens no channel while it keeps focus (a returning view pays nothing), and ignores invalid messages', async () => {
    const focused = tab();
    announceChoice(consent('a', ['strictly-necessary', 'performance']), here);
    await delivered();
    expect(focused.state.getConsent()).toBeNull();
    focused.win.dispatchEvent(new Event('blur'));
    const channel = new BroadcastChannel('consent-gate');
    channel.postMessage('{"version":1,"granted":["targeting"]}');
    channel.postMessage(42);
    await delivered();
    expect(focused.state.getConsent()).toBeNull();
    channel.close();
    focused.stop();
  });

  it('without BroadcastChannel, reads the cookie when the tab gets focus; a revocation reloads it', () => {
    const other = tab(true, false);
    other.win.dispatchEvent(new Event('blur'));
    other.store(consent('a', ['strictly-necessary', 'targeting']));
    other.win.dispatchEvent(new Event('focus'));
    expect(other.state.hasConsent('targeting')).toBe(true);
    other.win.dispatchEvent(new Event('focus'));
    other.store(consent('b', ['strictly-necessary']));
    other.win.dispatchEvent(new Event('focus'));
    expect(other.state.hasConsent('targeting')).toBe(false);
    expect(other.reload).toHaveBeenCalledOnce();
    other.stop();
  });

  it('does not reload on a revocation with reloadOnRevoke false, nor react after stop', () => {
    const other = tab(false, false);
    other.store(consent('a', ['strictly-necessary', 'targeting']));
    other.win.dispatchEvent(new Event('focus'));
    other.store(consent('b', ['strictly-necessary']));
    other.win.dispatchEvent(new Event('focus'));
    expect(other.reload).not.toHaveBeenCalled();
    other.stop();
    other.store(consent('c', ['strictly-necessary', 'targeting']));
    other.win.dispatchEvent(new Event('focus'));
    expect(other.state.hasConsent('targeting')).toBe(false);
  });
});
