/**
 * The vendor integrations (src/integrations/<vendor>.ts through vendor-consent.ts), table-driven: what each
 * vendor's queue holds when a page view starts, with and without the vendor's snippet first, and what each
 * choice sends. The real-browser order against the vendors' scripts is in tests/e2e/vendors.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, type ConsentApi } from '../../src/core/consent';
import { createCookieStore } from '../../src/core/cookie-writer';
import { parseCatalog } from '../../src/core/catalog';
import type { CatalogInput, Consent } from '../../src/core/types';
import { startVendorConsent, type VendorConsent } from '../../src/integrations/vendor-consent';
import { microsoftClarity } from '../../src/integrations/microsoft-clarity';
import { microsoftUet } from '../../src/integrations/microsoft-uet';
import { tiktokPixel } from '../../src/integrations/tiktok-pixel';
import { matomo } from '../../src/integrations/matomo';
import { posthog } from '../../src/integrations/posthog';
import { followOtherTabs } from '../../src/page/cross-tab';
import { sampleCatalog } from '../fixtures';

type Slots = Record<string, unknown>;
const w = window as unknown as Slots;
const SLOTS = ['clarity', 'uetq', 'ttq', '_paq', 'posthog'];
afterEach(() => {
  for (const slot of SLOTS) delete w[slot];
  vi.restoreAllMocks();
});

function consent(services?: CatalogInput['services']): ConsentApi {
  const sample = sampleCatalog();
  // Beside the sample's own services, which its cookie rows name.
  const result = parseCatalog(services ? { ...sample, services: [...(sample.services ?? []), ...services] } : sample);
  if (!result.ok) throw new Error('fixture is invalid');
  return createConsent({ config: result.catalog, store: createCookieStore(result.catalog.options, false), services: result.catalog.services });
}

/** What each queue holds, as plain arrays (Clarity's `arguments` objects too). */
const queued = (slot: string): unknown[] => {
  const value = w[slot] as (unknown[] & { q?: IArguments[] }) | ((...a: unknown[]) => void) & { q?: IArguments[] };
  return slot === 'clarity' ? ((value as { q?: IArguments[] }).q ?? []).map((args) => Array.from(args)) : [...(value as unknown[])];
};

interface Case {
  vendor: VendorConsent<never>;
  slot: string;
  settings?: object;
  /** The queue at the start of a page view, for a visitor who does not allow the vendor and for one who does. */
  held: unknown[];
  allowed: unknown[];
  /** What a grant and a revoke add to the queue. */
  grant: unknown[];
  revoke: unknown[];
  /** The queue keeps only the latest choice until the vendor's script has run (Matomo applies its commands out of order). */
  latestOnly?: true;
}

const DENIED = ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }];
const cases: Case[] = [
  {
    vendor: microsoftClarity, slot: 'clarity', held: [DENIED],
    // Performance only granted in `allowed`: analytics_Storage granted, ad_Storage waits for targeting.
    allowed: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]],
    grant: [['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]], revoke: [DENIED],
  },
  {
    vendor: microsoftUet, slot: 'uetq', held: ['consent', 'default', { ad_storage: 'denied' }],
    allowed: ['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }],
    grant: ['consent', 'update', { ad_storage: 'granted' }], revoke: ['consent', 'update', { ad_storage: 'denied' }],
  },
  { vendor: tiktokPixel, slot: 'ttq', held: [['holdConsent']], allowed: [['holdConsent'], ['grantConsent']], grant: [['grantConsent']], revoke: [['revokeConsent']] },
  { vendor: matomo as VendorConsent<never>, slot: '_paq', settings: { mode: 'tracking' }, held: [['requireConsent']], allowed: [['requireConsent'], ['setConsentGiven']], grant: [['setConsentGiven']], revoke: [['forgetConsentGiven']], latestOnly: true },
  {
    vendor: matomo as VendorConsent<never>, slot: '_paq', settings: { mode: 'cookies' }, held: [['requireCookieConsent']],
    allowed: [['requireCookieConsent'], ['setCookieConsentGiven']], grant: [['setCookieConsentGiven']], revoke: [['forgetCookieConsentGiven']], latestOnly: true,
  },
  { vendor: posthog, slot: 'posthog', held: [['opt_out_capturing']], allowed: [['opt_in_capturing', { captureEventName: false }]], grant: [['opt_in_capturing']], revoke: [['opt_out_capturing']] },
];
/** The category that grants each vendor in the tables above ('allowed' grants it alone). */
const grants = (vendor: VendorConsent<never>) => vendor.category;

describe('matomo before matomo.js has run', () => {
  /** What matomo.js does with the _paq it finds: its "apply first" commands, then the rest, in order (piwik.js). */
  const APPLY_FIRST = ['requireCookieConsent', 'forgetCookieConsentGiven', 'setCookieConsentGiven', 'requireConsent', 'setConsentGiven'];
  const consentGiven = (queue: unknown[][]) => {
    let given = false;
    const run = ([name]: unknown[]) => {
      if (name === 'setConsentGiven') given = true;
      if (name === 'forgetConsentGiven') given = false;
    };
    queue.filter(([name]) => APPLY_FIRST.includes(name as string)).forEach(run);
    queue.filter(([name]) => !APPLY_FIRST.includes(name as string)).forEach(run);
    return given;
  };

  it('a refusal, then a grant on the same page view: matomo.js ends with consent given', () => {
    const state = consent();
    startVendorConsent(matomo as VendorConsent<never>, { mode: 'tracking' } as never, state, window);
    state.rejectAll();
    state.acceptAll();
    expect(consentGiven(queued('_paq') as unknown[][])).toBe(true);
  });
});

describe.each(cases)('$vendor.service ($settings)', ({ vendor, slot, settings = {}, held, allowed, grant, revoke, latestOnly }) => {
  it('holds before anything is known: the queue it creates starts with the hold', () => {
    startVendorConsent(vendor, settings as never, consent(), window);
    expect(queued(slot)).toEqual(held);
  });

  it('a grant, then a refusal, each follow the hold in order', () => {
    const state = consent();
    startVendorConsent(vendor, settings as never, state, window);
    state.acceptAll();
    state.rejectAll();
    expect(queued(slot)).toEqual(latestOnly ? [...held, ...revoke] : [...held, ...grant, ...revoke]);
  });

  it('a first refusal sends the revoke', () => {
    const state = consent();
    startVendorConsent(vendor, settings as never, state, window);
    state.rejectAll();
    expect(queued(slot)).toEqual([...held, ...revoke]);
  });

  it('a returning visitor who allowed it starts with the grant', () => {
    const before = consent();
    before.acceptCategories([grants(vendor)]);
    for (const s of SLOTS) delete w[s];
    startVendorConsent(vendor, settings as never, consent(), window);
    expect(queued(slot)).toEqual(allowed);
  });

  it("a snippet that ran first: the hold goes in front of the snippet's own commands", () => {
    // The shape each vendor's snippet leaves before its script loads, with one command of its own.
    const own = slot === 'uetq' ? ['pageLoad'] : slot === 'clarity' ? undefined : [['page']];
    if (slot === 'clarity') {
      const clarity = function (...args: unknown[]) {
        (clarity.q ??= []).push(args as unknown as IArguments);
      } as ((...args: unknown[]) => void) & { q?: IArguments[] };
      w.clarity = clarity;
      clarity('set', 'page', 'home');
    } else w[slot] = [...own!];
    startVendorConsent(vendor, settings as never, consent(), window);
    expect(queued(slot)).toEqual([...held, ...(slot === 'clarity' ? [['set', 'page', 'home']] : own!)]);
  });
});

describe('a vendor script that has already run', () => {
  it.each([
    ['ttq', tiktokPixel, { holdConsent: vi.fn() }, 'holdConsent'],
    ['_paq', matomo, { push: vi.fn() }, 'push'],
    ['posthog', posthog, { __loaded: true, opt_out_capturing: vi.fn() }, 'opt_out_capturing'],
  ] as const)('%s: the hold is called on it at once, and the console names the service', (slot, vendor, loaded, method) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    w[slot] = loaded;
    startVendorConsent(vendor as VendorConsent<never>, { mode: 'tracking' } as never, consent(), window);
    expect((loaded as Record<string, ReturnType<typeof vi.fn>>)[method]).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${vendor.service} ran before its consent could be set`));
  });
});

describe('which choice allows a vendor', () => {
  it('the catalogue moves the service to another category: that category decides', () => {
    const state = consent([{ id: 'tiktok-pixel', name: 'TikTok Pixel', category: 'performance' }]);
    startVendorConsent(tiktokPixel, {} as never, state, window);
    state.acceptCategories(['performance']);
    expect(queued('ttq')).toEqual([['holdConsent'], ['grantConsent']]);
  });

  it('the visitor switched the service off within a granted category: revoked', () => {
    const state = consent([
      { id: 'posthog', name: 'PostHog', category: 'performance' },
      { id: 'matomo', name: 'Matomo', category: 'performance' },
    ]);
    startVendorConsent(posthog, {} as never, state, window);
    state.acceptCategories(['performance'], ['matomo']);
    expect(queued('posthog')).toEqual([['opt_out_capturing'], ['opt_out_capturing']]);
  });

  it('a choice that keeps PostHog on repeats the opt-in without a second $opt_in event', () => {
    const state = consent();
    startVendorConsent(posthog, {} as never, state, window);
    state.acceptAll();
    state.acceptAll();
    expect(queued('posthog')).toEqual([['opt_out_capturing'], ['opt_in_capturing'], ['opt_in_capturing', { captureEventName: false }]]);
  });

  it('a PostHog opt-in followed from another tab or after a back/forward-cache restore sends no second $opt_in; one made here does', () => {
    const state = consent();
    startVendorConsent(posthog, {} as never, state, window);
    let stored: Consent | null = null;
    const win = Object.assign(new EventTarget(), { location: { reload: vi.fn() } }) as unknown as Window;
    followOtherTabs(state, () => stored, win);
    const elsewhere = (id: string, granted: Consent['granted']) => ({ version: 1, id: id.padEnd(32, '0'), revision: state.config.revision, decidedAt: new Date().toISOString(), granted }) as Consent;
    // Accepted in another tab (which sent the $opt_in there), then this tab gets focus.
    stored = elsewhere('a', ['strictly-necessary', 'performance']);
    win.dispatchEvent(new Event('focus'));
    // Refused in another tab; accepted again while this page sat in the back/forward cache.
    stored = elsewhere('b', ['strictly-necessary']);
    win.dispatchEvent(new Event('focus'));
    stored = elsewhere('c', ['strictly-necessary', 'performance']);
    win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    // Refused and accepted again in this tab: that opt-in is new, here.
    state.rejectAll();
    state.acceptAll();
    expect(queued('posthog')).toEqual([
      ['opt_out_capturing'],
      ['opt_in_capturing', { captureEventName: false }],
      ['opt_out_capturing'],
      ['opt_in_capturing', { captureEventName: false }],
      ['opt_out_capturing'],
      ['opt_in_capturing'],
    ]);
  });
});
