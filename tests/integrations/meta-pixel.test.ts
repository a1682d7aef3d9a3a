import { afterEach, describe, expect, it } from 'vitest';
import { createConsent } from '../../src/core/consent';
import { createCookieStore } from '../../src/core/cookie-writer';
import { parseCatalog } from '../../src/core/catalog';
import { startMetaPixel } from '../../src/integrations/meta-pixel';
import type { CatalogInput } from '../../src/core/types';
import { sampleCatalog } from '../fixtures';

type Queue = ((...args: unknown[]) => void) & { queue: unknown[][]; loaded?: boolean };

function start(services?: CatalogInput['services']) {
  const result = parseCatalog(sampleCatalog(services ? { services } : {}));
  if (!result.ok) throw new Error('fixture is invalid');
  const consent = createConsent({ config: result.catalog, store: createCookieStore(result.catalog.options, false), services: result.catalog.services });
  startMetaPixel(consent, window);
  return consent;
}

/** What Meta's snippet does: `if (f.fbq) return; n = f.fbq = function…; n.queue = []; … fbq('init', …)`. */
function pixelSnippet(): Queue | undefined {
  const w = window as unknown as { fbq?: Queue };
  if (w.fbq) return undefined;
  const n = (w.fbq = function (...args: unknown[]) {
    n.queue.push(args);
  } as Queue);
  n.loaded = true;
  n.queue = [];
  w.fbq('init', '000');
  w.fbq('track', 'PageView');
  return n;
}

afterEach(() => {
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

  it('revokes at once a Pixel that started before consent-gate', () => {
    pixelSnippet();
    const n = (window as unknown as { fbq: Queue }).fbq;
    start();
    expect(n.queue.at(-1)).toEqual(['consent', 'revoke']);
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
