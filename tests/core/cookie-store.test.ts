import { describe, expect, it } from 'vitest';
import { createCookieStore, parseRecord, serializeRecord } from '../../src/core/cookie-store';
import { sampleConsent } from '../fixtures';

const consent = sampleConsent();

describe('consent cookie', () => {
  it('writes a first-party record that reads back the same', () => {
    const store = createCookieStore({ cookieName: 'cg_consent', consentMaxAgeDays: 182 }, false);
    expect(store.read()).toBeNull();
    store.write(consent);
    expect(document.cookie).toContain('cg_consent=');
    expect(store.read()).toEqual(consent);
  });

  it('stores JSON a server can read after URL-decoding', () => {
    const store = createCookieStore({ cookieName: 'cg_consent', consentMaxAgeDays: 182 }, false);
    store.write(consent);
    const raw = document.cookie.split('; ').find((c) => c.startsWith('cg_consent='))!.slice('cg_consent='.length);
    expect(JSON.parse(decodeURIComponent(raw))).toEqual(consent);
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"version":1,'],
    ['a broken escape', '%7B%E0%A4%A'],
    ['another version', serializeRecord(consent).replace('"version":1', '"version":2')],
    ['a bad id', serializeRecord({ ...consent, id: 'x' })],
    ['an unknown category', serializeRecord({ ...consent, granted: ['marketing' as never] })],
    ['a date in the future', serializeRecord({ ...consent, decidedAt: '2099-01-01T00:00:00.000Z' })],
    ['a date that is no date', serializeRecord({ ...consent, decidedAt: 'yesterday' })],
    ['an oversized value', serializeRecord(consent) + ' '.repeat(2000)],
    ['an array', '[1,2]'],
  ])('treats a record that is %s as no choice', (_, raw) => {
    expect(parseRecord(raw, Date.parse('2026-06-01T00:00:00Z'))).toBeNull();
  });

  it('keeps the services of a choice, and refuses a record whose services are malformed', () => {
    const withServices = sampleConsent({ services: ['google-analytics'] });
    expect(parseRecord(encodeURIComponent(serializeRecord(withServices)))).toEqual(withServices);
    for (const services of ['google-analytics', ['Google Analytics'], [42]]) {
      expect(parseRecord(encodeURIComponent(JSON.stringify({ ...withServices, services })))).toBeNull();
    }
  });
});
