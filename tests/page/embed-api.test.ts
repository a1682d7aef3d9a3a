import { describe, expect, it, vi } from 'vitest';
import { createGlobalApi } from '../../src/page/embed-api';
import type { StartedGate } from '../../src/page/embed-api';

const consent = { version: 1, id: 'x', revision: 1, decidedAt: '', granted: ['strictly-necessary'] } as const;

function fakeGate(log: string[], acceptCategories = (c: readonly string[]) => (log.push(`accept:${c.join()}`), consent as never)): StartedGate {
  const listeners = new Set<(c: unknown) => void>();
  // The choices arrive with the UI file: a promise, as from the loader.
  const choices = {
    acceptAll: () => (log.push('acceptAll'), listeners.forEach((fn) => fn('all')), consent as never),
    rejectAll: () => (log.push('rejectAll'), consent as never),
    acceptCategories,
    grant: (c: string) => (log.push(`grant:${c}`), consent as never),
    save: () => consent as never,
    refuse: () => consent as never,
  };
  return {
    config: {} as never,
    choose: () => Promise.resolve(choices),
    getConsent: () => consent as never,
    hasConsent: (c) => c === 'strictly-necessary',
    hasService: () => true,
    needsChoice: () => false,
    getJurisdiction: () => null,
    on: (_, fn) => (listeners.add(fn as never), () => listeners.delete(fn as never)),
    showPreferences: () => void log.push('showPreferences'),
    settled: () => Promise.resolve(),
    destroy: () => {},
  };
}

describe('window.ConsentGate', () => {
  it('has needsChoice() as the npm API does: false until the gate runs and where none can, then the gate\'s answer', async () => {
    let start!: (gate: StartedGate | undefined) => void;
    const api = createGlobalApi(new Promise((resolve) => (start = resolve)));
    expect(api.needsChoice()).toBe(false);
    start({ ...fakeGate([]), needsChoice: () => true });
    await api.ready;
    expect(api.needsChoice()).toBe(true);
    const none = createGlobalApi(Promise.resolve(undefined));
    await none.ready;
    expect(none.needsChoice()).toBe(false);
  });

  it('answers "nothing granted" and queues actions, in order, until the gate runs', async () => {
    const log: string[] = [];
    let start!: (gate: StartedGate) => void;
    const api = createGlobalApi(new Promise((resolve) => (start = resolve)));
    expect(api.getConsent()).toBeNull();
    expect(api.hasConsent('strictly-necessary')).toBe(false);
    const heard: unknown[] = [];
    api.on('change', (c) => heard.push(c));
    const done = Promise.all([api.rejectAll(), api.acceptCategories(['performance']), api.acceptAll()]);
    expect(log).toEqual([]);
    start(fakeGate(log));
    await done;
    expect(log).toEqual(['rejectAll', 'accept:performance', 'acceptAll']);
    expect(heard).toEqual(['all']);
    expect(api.hasConsent('strictly-necessary')).toBe(true);
  });

  it('early subscriptions and unsubscriptions apply in the order they were made', async () => {
    const log: string[] = [];
    let start!: (gate: StartedGate) => void;
    const api = createGlobalApi(new Promise((resolve) => (start = resolve)));
    const heard: unknown[] = [];
    const off = api.on('change', (c) => heard.push(c));
    void api.acceptAll();
    off();
    void api.acceptAll();
    start(fakeGate(log));
    await api.ready;
    await api.rejectAll();
    // Subscribed for the first choice only, as if the calls had been made after start.
    expect(heard).toEqual(['all']);
    expect(log).toEqual(['acceptAll', 'acceptAll', 'rejectAll']);
  });

  it('never rejects or throws into the page, even when the gate could not start or a call fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = createGlobalApi(Promise.resolve(undefined));
    await expect(failed.acceptAll()).resolves.toBeUndefined();
    await expect(failed.ready).resolves.toBeUndefined();
    expect(failed.getConsent()).toBeNull();
    const log: string[] = [];
    const broken = createGlobalApi(Promise.resolve(fakeGate(log, () => { throw new TypeError('not an array'); })));
    await expect(broken.acceptCategories('performance' as never)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('[consent-gate]', expect.any(TypeError));
    error.mockRestore();
  });
});
