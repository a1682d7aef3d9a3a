import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSettingsButton } from '../../src/ui/settings-button';
import { createConsentGate, type ConsentGate } from '../../src/entries/consent-gate';
import { sampleCatalog } from '../fixtures';

const button = () => document.querySelector('[data-consent-gate-settings]')?.shadowRoot?.querySelector('button') ?? null;
let gate: ConsentGate | undefined;
afterEach(() => {
  gate?.destroy();
  gate = undefined;
  document.body.innerHTML = '';
});

describe('settings button', () => {
  it('is named in the language shown, English for one without a label, and opens the preferences', () => {
    const open = vi.fn();
    const remove = mountSettingsButton(document, 'de', open);
    expect(button()!.getAttribute('aria-label')).toBe('Cookie-Einstellungen');
    button()!.click();
    expect(open).toHaveBeenCalledOnce();
    remove();
    expect(button()).toBeNull();
    mountSettingsButton(document, 'ja', open);
    expect(button()!.getAttribute('aria-label')).toBe('Cookie settings');
  });

  it('npm: appears with appearance.settingsButton, and goes with destroy()', async () => {
    gate = createConsentGate({ catalog: { ...sampleCatalog(), appearance: { settingsButton: true } } });
    await vi.waitFor(() => expect(button()).not.toBeNull());
    gate.destroy();
    expect(button()).toBeNull();
  });

  it('npm: is not there unless asked for', async () => {
    gate = createConsentGate({ catalog: { ...sampleCatalog(), appearance: { settingsButton: false } } });
    // The banner comes from two chunks imported at start; the button's would have been asked for before them.
    await vi.waitFor(() => expect(document.querySelector('[data-consent-gate-root]')?.shadowRoot?.querySelector('button')).toBeTruthy());
    expect(button()).toBeNull();
  });
});
