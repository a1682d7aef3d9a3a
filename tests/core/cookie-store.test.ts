import { describe, expect, it } from 'vitest';
import { MAX_COOKIE_SIZE, cookieValues, parseRecord, pickRecord, readConsentCookie, serializeRecord } from '../../src/core/cookie-store';
import { createCookieStore } from '../../src/core/cookie-writer';
import type { Consent } from '../../src/core/types';
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
    ['an oversized value (over the 4,096-byte cookie limit)', serializeRecord(consent) + ' '.repeat(4096)],
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

describe('several consent cookies (one per domain or path)', () => {
  const at = (decidedAt: string, granted: Consent['granted'], services?: string[]) =>
    encodeURIComponent(serializeRecord(sampleConsent({ decidedAt, granted, ...(services && { services }) })));
  const all: Consent['granted'] = ['strictly-necessary', 'performance', 'targeting'];
  const now = Date.parse('2026-06-01T00:00:00Z');

  it('the reader takes the newest valid record, not the first listed', () => {
    document.cookie = `cg_consent=${at('2026-01-01T00:00:00.000Z', all)}; Path=/`;
    expect(readConsentCookie('cg_consent')?.granted).toEqual(all);
    // The browser lists the more specific path first: here the older grant.
    const older = at('2026-01-01T00:00:00.000Z', all);
    const newer = at('2026-02-01T00:00:00.000Z', ['strictly-necessary']);
    expect(pickRecord([older, newer], now)?.granted).toEqual(['strictly-necessary']);
    expect(pickRecord([newer, older], now)?.granted).toEqual(['strictly-necessary']);
    expect(pickRecord(['%7Bbroken', older], now)?.granted).toEqual(all);
    expect(pickRecord(['%7Bbroken'], now)).toBeNull();
    expect(pickRecord([], now)).toBeNull();
  });

  it('of two equally new, the one granting less: fewer categories, then fewer services (none listed counts as all)', () => {
    const time = '2026-02-01T00:00:00.000Z';
    expect(pickRecord([at(time, all), at(time, ['strictly-necessary', 'performance'])], now)?.granted).toEqual(['strictly-necessary', 'performance']);
    expect(pickRecord([at(time, all, ['a', 'b']), at(time, all, ['a'])], now)?.services).toEqual(['a']);
    expect(pickRecord([at(time, all), at(time, all, ['a', 'b'])], now)?.services).toEqual(['a', 'b']);
  });

  it('cookieValues finds every value of the name, and no cookie whose name only ends with it', () => {
    expect(cookieValues('a=1; cg_consent=x; xcg_consent=y;cg_consent=z', 'cg_consent')).toEqual(['x', 'z']);
  });
});

describe('one size limit for writer, reader and validator', () => {
  it('reads back a record over 2,048 characters (101 services, "Accept all") and refuses one over the 4,096-byte cookie limit', () => {
    const services = Array.from({ length: 101 }, (_, i) => `service-number-${i}`);
    const raw = encodeURIComponent(serializeRecord(sampleConsent({ services })));
    expect(raw.length).toBeGreaterThan(2048);
    expect(parseRecord(raw)?.services).toHaveLength(101);
    expect(MAX_COOKIE_SIZE).toBe(4096);
    expect(parseRecord(raw + '%20'.repeat(Math.ceil((MAX_COOKIE_SIZE - raw.length) / 3) + 1))).toBeNull();
  });
});
