import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/core/consent';
import { createCookieStore } from '../../src/core/cookie-writer';
import { parseCatalog } from '../../src/core/catalog';
import { holdMetaPixel, startMetaPixel } from '../../src/integrations/meta-pixel';
import type { CatalogInput } from '../../src/core/types';
import { sampleCatalog } from '../fixtures';

type Queue = ((...args: unknown[]) => void) & { queue: unknown[][]; loaded?: boolean; callMethod?: (...args: unknown[]) => void };

function consentState(services?: CatalogInput['services']) {
  const result = parseCatalog(sampleCatalog(services ? { services } : {}));
  if (!result.ok) throw new Error('fixture is invalid');
  return createConsent({ config: result.catalog, store: createCookieStore(result.catalog.options, false), services: result.catalog.services });
}

function start(services?: CatalogInput['services']) {
  const consent = consentState(services);
  startMetaPixel(consent, window);
  return consent;
}

/** What Meta's snippet does: `if (f.fbq) return; n = f.fbq = function(){n.callMethod ? … : n.queue.push(arguments)}; n.queue = []; … fbq('init', …)`. */
function pixelSnippet(): Queue | undefined {
  const w = window as unknown as { fbq?: Queue };
  if (w.fbq) return undefined;
  const n = (w.fbq = function (...args: unknown[]) {
    if (n.callMethod) n.callMethod(...args);
    else n.queue.push(args);
  } as Queue);
  n.loaded = true;
  n.queue = [];
  w.fbq('init', '000');
  w.fbq('track', 'PageView');
  return n;
}

/** What fbevents.js does when it loads: it takes over the calls and runs the queue in order. */
function fbevents(n: Queue): unknown[][] {
  const seen: unknown[][] = [];
  n.callMethod = (...args: unknown[]) => void seen.push(args);
  for (const args of n.queue.splice(0)) n.callMethod(...[...(args as unknown[])]);
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (window as { fbq?: unknown }).fbq;
  document.cookie = 'cg_consent=; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Path=/';
});

describe('Meta Pixel consent', () => {
  it('queues revoke before init when targeting is not granted, and grant once it is', () => {
    const consent = start();
    const n = pixelSnippet()!;
    expect(n).toBeDefined();
    expect(n.queue).toEqual([['consent', 'revoke'], ['init', '000'], ['track', 'PageView']]);
    consent.acceptAll();
    expect(n.queue.at(-1)).toEqual(['consent', 'grant']);
    consent.rejectAll();
    expect(n.queue.at(-1)).toEqual(['consent', 'revoke']);
  });

  it('adds nothing when targeting is granted already, and the Pixel keeps its own properties', () => {
    start().acceptAll();
    const n = pixelSnippet()!;
    expect(n.queue).toEqual([['init', '000'], ['track', 'PageView']]);
    expect((window as unknown as { fbq: Queue }).fbq.loaded).toBe(true);
  });

  it('puts revoke at the front of the queue of a Pixel snippet that ran above consent-gate, before fbevents.js reads it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const n = pixelSnippet()!;
    const consent = start();
    const seen = fbevents(n);
    expect(seen).toEqual([['consent', 'revoke'], ['init', '000'], ['track', 'PageView']]);
    expect(warn).not.toHaveBeenCalled();
    consent.acceptAll();
    expect(seen.at(-1)).toEqual(['consent', 'grant']);
  });

  it('revokes at once a Pixel whose fbevents.js already ran, and says on one console line what to move', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const n = pixelSnippet()!;
    const seen = fbevents(n);
    start();
    expect(seen).toEqual([['init', '000'], ['track', 'PageView'], ['consent', 'revoke']]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]!.join(' ')).toMatch(/^\[consent-gate\] The Meta Pixel ran first: move it below consent-gate in <head>$/);
  });

  it('holds a Pixel that runs before the consent state is known, and grants it once a stored choice says targeting', () => {
    consentState().acceptAll();
    const started = holdMetaPixel(window);
    const n = pixelSnippet()!;
    expect(n.queue).toEqual([['consent', 'revoke'], ['init', '000'], ['track', 'PageView']]);
    started(consentState(), true);
    expect(n.queue.at(-1)).toEqual(['consent', 'grant']);
  });

  it('a held Pixel without a stored choice stays revoked when the state arrives, until targeting is granted', () => {
    const started = holdMetaPixel(window);
    const n = pixelSnippet()!;
    const consent = consentState();
    started(consent, true);
    expect(n.queue).toEqual([['consent', 'revoke'], ['init', '000'], ['track', 'PageView']]);
    consent.acceptAll();
    expect(n.queue.at(-1)).toEqual(['consent', 'grant']);
  });

  it('integrations.metaPixel false: a Pixel not seen yet is left alone; one already held stays held until targeting is granted', () => {
    holdMetaPixel(window)(consentState(), false);
    expect(pixelSnippet()!.queue).toEqual([['init', '000'], ['track', 'PageView']]);
    delete (window as { fbq?: unknown }).fbq;

    const started = holdMetaPixel(window);
    const n = pixelSnippet()!;
    const consent = consentState();
    started(consent, false);
    expect(n.queue).toEqual([['consent', 'revoke'], ['init', '000'], ['track', 'PageView']]);
    consent.acceptAll();
    expect(n.queue.at(-1)).toEqual(['consent', 'grant']);
  });

  it('revokes when targeting is granted but the visitor switched the Pixel off', () => {
    const consent = start([
      { id: 'google-analytics', name: 'Google Analytics', category: 'performance' },
      { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting' },
      { id: 'google-ads', name: 'Google Ads', category: 'targeting' },
    ]);
    const fbq = pixelSnippet()!;
    consent.acceptCategories(['targeting'], ['google-ads']);
    expect(fbq.queue.at(-1)).toEqual(['consent', 'revoke']);
    consent.acceptCategories(['targeting'], ['google-ads', 'meta-pixel']);
    expect(fbq.queue.at(-1)).toEqual(['consent', 'grant']);
  });
});
