import { describe, expect, it, vi } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createConsentState } from '../../src/core/consent';
import type { Consent } from '../../src/core/types';
import { followLater } from '../../src/page/follow-later';
import { followOtherTabs } from '../../src/page/cross-tab';
import type { Parts } from '../../src/page/parts';
import { sampleCatalog } from '../fixtures';

const consent = (id: string, granted: Consent['granted']): Consent =>
  ({ version: 1, id: id.padEnd(32, '0'), revision: 3, decidedAt: new Date().toISOString(), granted });
const restored = () => Object.assign(new Event('pageshow'), { persisted: true });
const ordinaryLoad = () => Object.assign(new Event('pageshow'), { persisted: false });

/** A tab whose consent-gate.tabs.js is loaded by hand (`arrive`, `fail`); the file's follower is the real one. */
function tab(startsFocused = true) {
  const result = parseCatalog(sampleCatalog());
  if (!result.ok) throw new Error('fixture is invalid');
  let cookie: Consent | null = null;
  const state = createConsentState({ config: result.catalog, stored: null });
  const reload = vi.fn();
  const win = Object.assign(new EventTarget(), { location: { reload }, BroadcastChannel: undefined, document: { hasFocus: () => startsFocused } }) as unknown as Window;
  const pending: { resolve: (follow: Parts['tabs']) => void; reject: (src: string) => void }[] = [];
  const load = vi.fn(() => new Promise<Parts['tabs']>((resolve, reject) => pending.push({ resolve, reject })));
  const follow = vi.fn(followOtherTabs);
  const stop = followLater(load, state, () => cookie, win);
  return {
    state, reload, win, load, follow, stop,
    store: (c: Consent | null) => (cookie = c),
    arrive: async () => (pending.shift()!.resolve(follow), await vi.waitFor(() => expect(follow).toHaveBeenCalled())),
    fail: async () => (pending.shift()!.reject('consent-gate.tabs.js'), await Promise.resolve(), await Promise.resolve()),
  };
}

describe('followLater (the loader, before consent-gate.tabs.js)', () => {
  it('fetches nothing while the tab keeps focus, nor on an ordinary load\'s pageshow', () => {
    const page = tab();
    page.win.dispatchEvent(ordinaryLoad());
    page.win.dispatchEvent(new Event('click'));
    expect(page.load).not.toHaveBeenCalled();
    page.stop();
  });

  it('a focus while it never lost focus (Firefox sends one as a page loads in front) fetches nothing; a tab started in the background fetches on its first', async () => {
    const front = tab();
    front.win.dispatchEvent(new Event('focus'));
    expect(front.load).not.toHaveBeenCalled();
    front.stop();
    const background = tab(false);
    background.store(consent('a', ['strictly-necessary', 'performance']));
    background.win.dispatchEvent(new Event('focus'));
    await background.arrive();
    expect(background.state.hasConsent('performance')).toBe(true);
    background.stop();
  });

  it('on the first blur fetches the file once, and hands it a focus heard while it loaded: a choice made meanwhile applies', async () => {
    const page = tab();
    page.win.dispatchEvent(new Event('blur'));
    page.store(consent('a', ['strictly-necessary', 'performance']));
    page.win.dispatchEvent(new Event('focus'));
    expect(page.load).toHaveBeenCalledOnce();
    expect(page.state.hasConsent('performance')).toBe(false);
    await page.arrive();
    expect(page.state.hasConsent('performance')).toBe(true);
    // From now on the file's own listeners follow; the loader's are gone (the file is not fetched again).
    page.store(consent('b', ['strictly-necessary', 'performance', 'targeting']));
    page.win.dispatchEvent(new Event('focus'));
    expect(page.state.hasConsent('targeting')).toBe(true);
    expect(page.load).toHaveBeenCalledOnce();
    expect(page.follow).toHaveBeenCalledOnce();
    page.stop();
  });

  it('a withdrawal made in another tab while the file loaded after a blur (no focus yet) is followed once it runs: the page reloads', async () => {
    const page = tab();
    page.state.set(consent('a', ['strictly-necessary', 'targeting']));
    page.win.dispatchEvent(new Event('blur'));
    // The other tab refuses and announces it before this tab's channel exists: the message is lost, the cookie is not.
    page.store(consent('b', ['strictly-necessary']));
    await page.arrive();
    expect(page.state.hasConsent('targeting')).toBe(false);
    expect(page.reload).toHaveBeenCalledOnce();
    page.stop();
  });

  it('a restore from the back/forward cache after a revocation elsewhere reloads the page once the file has run', async () => {
    const second = tab();
    second.state.set(consent('a', ['strictly-necessary', 'targeting']));
    second.store(consent('b', ['strictly-necessary']));
    second.win.dispatchEvent(restored());
    expect(second.reload).not.toHaveBeenCalled();
    await second.arrive();
    expect(second.reload).toHaveBeenCalledOnce();
    second.stop();
  });

  it('a file that fails to load is tried again on the next event, with every event heard so far', async () => {
    const page = tab();
    page.win.dispatchEvent(new Event('blur'));
    await page.fail();
    page.store(consent('a', ['strictly-necessary', 'performance']));
    page.win.dispatchEvent(new Event('focus'));
    expect(page.load).toHaveBeenCalledTimes(2);
    await page.arrive();
    expect(page.follow.mock.calls[0]![3]!.map((event) => event.type)).toEqual(['blur', 'focus']);
    expect(page.state.hasConsent('performance')).toBe(true);
    page.stop();
  });

  it('stopped (destroy) before the file arrives, nothing follows; stopped after, the file\'s follower stops too', async () => {
    const early = tab();
    early.win.dispatchEvent(new Event('blur'));
    early.stop();
    await early.arrive().catch(() => {});
    expect(early.follow).not.toHaveBeenCalled();
    early.store(consent('a', ['strictly-necessary', 'performance']));
    early.win.dispatchEvent(new Event('focus'));
    expect(early.state.hasConsent('performance')).toBe(false);

    const late = tab();
    late.win.dispatchEvent(new Event('blur'));
    await late.arrive();
    late.stop();
    late.store(consent('a', ['strictly-necessary', 'performance']));
    late.win.dispatchEvent(new Event('focus'));
    expect(late.state.hasConsent('performance')).toBe(false);
  });
});
