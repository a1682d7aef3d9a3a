import { afterEach, describe, expect, it, vi } from 'vitest';
import { regionHolder } from '../../src/page/region';

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('the visitor region the site gives', () => {
  it('data-region wins over setRegion and over what a tab remembered', () => {
    sessionStorage.setItem('consent-gate.region', 'GB');
    const holder = regionHolder('DE', window);
    holder.set('US-CA');
    expect(holder.take()).toBe('DE');
  });

  it('setRegion before the gate starts applies to this page view', () => {
    const holder = regionHolder(undefined, window);
    holder.set('US-CA');
    expect(holder.take()).toBe('US-CA');
  });

  it('a later call says on the console that it applies from the next page view, and the next page view has it', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const holder = regionHolder(undefined, window);
    expect(holder.take()).toBeUndefined();
    holder.set('US-TX');
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/setRegion\("US-TX"\) came after the catalogue: it applies from the next page view/));
    expect(regionHolder(undefined, window).take()).toBe('US-TX');
  });

  it('a value that is no string is refused with an error naming what was expected; storage that throws keeps nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const holder = regionHolder(undefined, window);
    holder.set(42 as never);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/setRegion: expected a region code such as "US-CA"/), 42);
    // A sandboxed frame: reading sessionStorage throws.
    const sandboxed = { get sessionStorage(): Storage { throw new DOMException('denied', 'SecurityError'); } } as unknown as Window;
    const blocked = regionHolder(undefined, sandboxed);
    blocked.set('GB');
    expect(blocked.take()).toBe('GB');
    expect(regionHolder(undefined, sandboxed).take()).toBeUndefined();
  });
});
