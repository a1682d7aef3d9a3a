import { describe, expect, it, vi } from 'vitest';
import { sendConsentLog } from '../../src/page/consent-log';
import type { Consent } from '../../src/core/types';

const consent: Consent = {
  version: 1, id: '0123456789abcdef0123456789abcdef', revision: 3, decidedAt: '2026-03-01T12:00:00.000Z', granted: ['strictly-necessary'],
};

function fakeWindow(fetchResult: () => Promise<Response>) {
  const fetch = vi.fn(fetchResult);
  const sendBeacon = vi.fn(() => true);
  return { win: { fetch, navigator: { sendBeacon } } as unknown as Window, fetch, sendBeacon };
}

describe('sendConsentLog', () => {
  it('posts the record and the GPC flag, nothing else, with keepalive', async () => {
    const { win, fetch, sendBeacon } = fakeWindow(() => Promise.resolve(new Response(null, { status: 204 })));
    await sendConsentLog('/consent-log', consent, true, win);
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/consent-log');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin' });
    expect(JSON.parse(init.body as string)).toEqual({ ...consent, gpc: true });
    expect(sendBeacon).not.toHaveBeenCalled();
  });

  it.each([
    ['a network error', () => Promise.reject(new TypeError('offline'))],
    ['an error status', () => Promise.resolve(new Response(null, { status: 503 }))],
  ])('retries once through sendBeacon after %s, and never rejects', async (_, result) => {
    const { win, sendBeacon } = fakeWindow(result);
    await expect(sendConsentLog('/consent-log', consent, false, win)).resolves.toBeUndefined();
    expect(sendBeacon).toHaveBeenCalledOnce();
  });
});
