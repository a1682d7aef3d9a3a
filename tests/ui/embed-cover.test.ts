import { afterEach, describe, expect, it, vi } from 'vitest';
import { coverEmbeds } from '../../src/ui/embed-cover';

afterEach(() => {
  document.body.innerHTML = '';
});

function gate() {
  const listeners: (() => void)[] = [];
  return {
    on: (_event: 'change', fn: () => void) => (listeners.push(fn), () => listeners.splice(listeners.indexOf(fn), 1)),
    grant: vi.fn(),
    showPreferences: vi.fn(),
    change: () => listeners.forEach((fn) => fn()),
  };
}

const coverOf = () => document.querySelector('[data-consent-gate-cover]')?.shadowRoot ?? null;

describe('coverEmbeds', () => {
  it('hides a blocked iframe behind a cover in the page language whose buttons allow it or open the settings', () => {
    document.body.innerHTML = '<iframe data-category="targeting" data-src="https://video.example.test/embed/1" width="320" height="180"></iframe>';
    const actions = gate();
    coverEmbeds(document, 'de', actions);
    const frame = document.querySelector('iframe')!;
    expect(frame.hidden).toBe(true);
    expect(coverOf()!.querySelector('p')!.textContent).toBe('Dieser Inhalt von video.example.test ist blockiert, bis Sie seine Cookies erlauben.');
    const [allow, settings] = coverOf()!.querySelectorAll('button');
    allow!.click();
    expect(actions.grant).toHaveBeenCalledWith('targeting');
    settings!.click();
    expect(actions.showPreferences).toHaveBeenCalledOnce();
  });

  it('goes once the gate has given the iframe its src', async () => {
    document.body.innerHTML = '<iframe data-category="targeting" data-src="/x"></iframe>';
    const actions = gate();
    const uncover = coverEmbeds(document, 'en', actions);
    const frame = document.querySelector('iframe')!;
    frame.src = '/x';
    frame.removeAttribute('data-src');
    actions.change();
    await Promise.resolve();
    expect(coverOf()).toBeNull();
    expect(frame.hidden).toBe(false);
    uncover();
  });

  it('leaves a category to the site\'s own placeholder', () => {
    document.body.innerHTML = '<iframe data-category="targeting" data-src="/x"></iframe><div data-consent-placeholder="targeting"></div>';
    coverEmbeds(document, 'en', gate());
    expect(coverOf()).toBeNull();
  });
});
