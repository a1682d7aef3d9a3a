import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { createConsentGate, type ConsentGate } from '../../src/entries/consent-gate';
import { CatalogError } from '../../src/core/catalog';
import { sampleCatalog } from '../fixtures';
import { presets } from '../../src/entries/presets';

let gate: ConsentGate | undefined;
afterEach(() => {
  gate?.destroy();
  gate = undefined;
});

/** The UI lives in a shadow root; tests look inside it as a visitor's screen reader would. */
function ui(): ReturnType<typeof within> | null {
  const host = document.querySelector('[data-consent-gate-root]');
  const container = host?.shadowRoot?.lastElementChild as HTMLElement | null | undefined;
  return container ? within(container) : null;
}

/** The UI is a separate chunk: it appears once imported. */
function banner() {
  return waitFor(() => ui()!.getByRole('region', { name: 'Your privacy, your choice' }));
}

function pageWithTags() {
  (window as unknown as { ran: string[] }).ran = [];
  document.body.innerHTML = `
    <a href="#" data-consent-gate="preferences">Cookie settings</a>
    <script type="text/plain" data-category="performance">window.ran.push('analytics')</script>
    <script type="text/plain" data-category="targeting">window.ran.push('pixel')</script>`;
  return (window as unknown as { ran: string[] }).ran;
}

describe('createConsentGate', () => {
  it('takes the service presets its catalogue names; without them it refuses that catalogue, naming where presets come from', () => {
    const catalog = sampleCatalog({ services: [{ preset: 'google-analytics' }, { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting' }] });
    expect(() => createConsentGate({ catalog })).toThrow(CatalogError);
    expect(() => createConsentGate({ catalog })).toThrow(/catalog\.services\[0\]\.preset: .*consent-gate\/presets/);
    gate = createConsentGate({ catalog, presets });
    expect(gate.catalog.services[0]).toMatchObject({ id: 'google-analytics', name: 'Google Analytics', category: 'performance', provider: 'Google' });
    // The catalogue's own _ga and _ga_ rows for the service stand; the preset adds none of the same name.
    expect(gate.catalog.cookies.filter((c) => c.service === 'google-analytics').map((c) => c.provider)).toEqual(['Google LLC', 'Google LLC']);
  });

  it('in a browser without a modal <dialog> (Safari before 15.4), throws an error naming it and starts nothing', () => {
    const ran = pageWithTags();
    const showModal = Object.getOwnPropertyDescriptor(HTMLDialogElement.prototype, 'showModal')!;
    delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
    try {
      expect(() => createConsentGate({ catalog: sampleCatalog() })).toThrow('[consent-gate] unsupported browser (no HTMLDialogElement.showModal)');
    } finally {
      Object.defineProperty(HTMLDialogElement.prototype, 'showModal', showModal);
    }
    // Nothing was started: the tags are still inert, and no UI was mounted.
    expect(ran).toEqual([]);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(2);
    expect(document.querySelector('[data-consent-gate-root]')).toBeNull();
  });

  it('shows the banner on a first visit and runs nothing optional', async () => {
    const ran = pageWithTags();
    gate = createConsentGate({ catalog: sampleCatalog() });
    expect(ran).toEqual([]);
    expect(await banner()).toBeTruthy();
    expect(ran).toEqual([]);
  });

  it('accept all from the banner runs the gated scripts, hides the banner and tells the page', async () => {
    const ran = pageWithTags();
    const events: unknown[] = [];
    document.addEventListener('consent-gate:change', (e) => events.push((e as CustomEvent).detail.granted), { once: true });
    gate = createConsentGate({ catalog: sampleCatalog() });
    await banner();
    fireEvent.click(ui()!.getByRole('button', { name: 'Accept all' }));
    expect(ran).toEqual(['analytics', 'pixel']);
    expect(ui()!.queryByRole('region')).toBeNull();
    expect(events).toEqual([['strictly-necessary', 'performance', 'targeting']]);
    expect(document.cookie).toContain('cg_consent=');
  });

  it('reject all runs nothing optional and is remembered on the next page view', async () => {
    const ran = pageWithTags();
    gate = createConsentGate({ catalog: sampleCatalog() });
    await banner();
    fireEvent.click(ui()!.getByRole('button', { name: 'Reject all' }));
    gate.destroy();
    await waitFor(() => expect(document.querySelector('[data-consent-gate-root]')).toBeNull());
    gate = createConsentGate({ catalog: sampleCatalog() });
    expect(ui()).toBeNull();
    expect(gate.getConsent()?.granted).toEqual(['strictly-necessary']);
    expect(ran).toEqual([]);
  });

  it('a returning visitor gets no banner and their granted scripts run at once', () => {
    createConsentGate({ catalog: sampleCatalog() }).acceptCategories(['performance']);
    document.querySelector('[data-consent-gate-root]')?.remove();
    const ran = pageWithTags();
    gate = createConsentGate({ catalog: sampleCatalog() });
    expect(ui()).toBeNull();
    expect(ran).toEqual(['analytics']);
    expect(gate.hasConsent('targeting')).toBe(false);
  });

  it('opens the preferences from any data-consent-gate="preferences" element', async () => {
    pageWithTags();
    gate = createConsentGate({
      catalog: { revision: 1, privacyPolicyUrl: '/p', categories: { 'strictly-necessary': {} }, cookies: [
        { name: 'csrf', category: 'strictly-necessary', provider: 'Us', expiry: 'Session', description: 'Form protection.' },
      ] },
    });
    // Nothing optional: no banner to show.
    expect(ui()).toBeNull();
    fireEvent.click(document.querySelector('[data-consent-gate="preferences"]')!);
    await waitFor(() => expect(ui()!.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy());
    expect(ui()!.getByText('csrf')).toBeTruthy();
  });

  it('throws a CatalogError naming every problem for an invalid catalogue', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => createConsentGate({ catalog: { revision: -1 } as never })).toThrow(CatalogError);
    try {
      createConsentGate({ catalog: { revision: -1 } as never });
    } catch (error) {
      expect((error as CatalogError).problems.map((p) => p.path)).toEqual([
        'catalog.revision',
        'catalog.privacyPolicyUrl',
        'catalog.categories',
      ]);
    }
  });

  it('refuses a region that is no string with an error naming it; takes a region to pick the jurisdiction', () => {
    const jurisdictions = { us: { regions: ['US-CA'], model: 'opt-out' as const }, elsewhere: { model: 'opt-in' as const, default: true as const } };
    expect(() => createConsentGate({ catalog: sampleCatalog({ jurisdictions }), region: 42 as never })).toThrow(
      'consent-gate: region: expected a region code such as "US-CA" (ISO 3166), got number 42',
    );
    // A missing header passed straight through: no region, the default rule.
    const unknown = createConsentGate({ catalog: sampleCatalog({ jurisdictions }), region: null as never });
    expect(unknown.getJurisdiction()).toEqual({ jurisdiction: 'elsewhere', model: 'opt-in' });
    unknown.destroy();
    gate = createConsentGate({ catalog: sampleCatalog({ jurisdictions }), region: 'US-CA' });
    expect(gate.getJurisdiction()).toEqual({ jurisdiction: 'us', model: 'opt-out' });
    expect(gate.needsChoice()).toBe(false);
    expect(gate.hasConsent('targeting')).toBe(true);
  });

  it('a vendor integration comes as a chunk of its own: its tags wait for it, and its hold is queued before they run', async () => {
    const ran = pageWithTags();
    // A returning visitor who allowed targeting: everything else runs at once, TikTok's tag only after its part started.
    const stored = createConsentGate({ catalog: sampleCatalog(), document });
    stored.acceptAll();
    stored.destroy();
    document.body.querySelectorAll('script').forEach((el) => el.remove());
    ran.length = 0;
    document.body.insertAdjacentHTML(
      'beforeend',
      `<script type="text/plain" data-category="targeting">window.ran.push('pixel')</script>
      <script type="text/plain" data-category="targeting" data-service="tiktok-pixel">window.ttq.push(['page']); window.ran.push('tiktok')</script>`,
    );
    gate = createConsentGate({ catalog: sampleCatalog({ integrations: { tiktokPixel: true } }) });
    expect(ran).toEqual(['pixel']);
    await waitFor(() => expect(ran).toEqual(['pixel', 'tiktok']));
    expect([...(window as unknown as { ttq: unknown[] }).ttq]).toEqual([['holdConsent'], ['grantConsent'], ['page']]);
    delete (window as unknown as { ttq?: unknown }).ttq;
  });

  it('destroy() takes the GPP it installed away, so a gate created again (a remount) answers __gpp itself', async () => {
    const jurisdictions = { us: { regions: ['US-CA'], model: 'opt-out' as const }, elsewhere: { model: 'opt-in' as const, default: true as const } };
    const catalog = sampleCatalog({ jurisdictions, integrations: { gpp: { cmpId: 300, cmpVersion: 1 } }, options: { reloadOnRevoke: false } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const field = (name: string) => new Promise((resolve) => window.__gpp!('getField', (value) => resolve(value), name));
    const first = createConsentGate({ catalog, region: 'US-CA' });
    await waitFor(() => expect(typeof window.__gpp).toBe('function'));
    await waitFor(async () => expect(await field('usnat.SaleOptOut')).toBe(2));
    first.destroy();
    expect(window.__gpp).toBeUndefined();
    gate = createConsentGate({ catalog, region: 'US-CA' });
    gate.refuse('targeting');
    await waitFor(async () => expect(await field('usnat.TargetedAdvertisingOptOut')).toBe(1));
    expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/another CMP/));
  });

  it('validates page-level option overrides with the catalogue', () => {
    expect(() => createConsentGate({ catalog: sampleCatalog(), consentMaxAgeDays: 1000 })).toThrow(
      /catalog\.options\.consentMaxAgeDays: expected a whole number of days from 1 to 395, got number 1000/,
    );
  });

  it('takes every option given next to the catalogue, over the catalogue\'s own', () => {
    gate = createConsentGate({ catalog: sampleCatalog(), honorGpc: false, consentLog: '/api/consent', audit: true, reloadOnRevoke: false });
    expect(gate.catalog.options).toMatchObject({ honorGpc: false, consentLog: '/api/consent', audit: true, reloadOnRevoke: false });
    expect(() => createConsentGate({ catalog: sampleCatalog(), consentLog: 'javascript:alert(1)' })).toThrow(/catalog\.options\.consentLog: expected an http\(s\) or relative URL/);
  });
});
