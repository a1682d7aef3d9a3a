import { describe, expect, it } from 'vitest';
import { parseConsentCookie } from '../src/server';
import { serializeRecord } from '../src/core/cookie-store';
import { sampleConsent } from './fixtures';

const consent = sampleConsent({ revision: 3, decidedAt: '2026-03-01T12:00:00.000Z' });
const value = encodeURIComponent(serializeRecord(consent));
const now = Date.parse('2026-03-02T00:00:00Z');

describe('parseConsentCookie', () => {
  it('reads the choice from a whole Cookie header or from the value alone', () => {
    expect(parseConsentCookie(`_ga=GA1.1.1; cg_consent=${value}; lang=de`, { now })).toEqual(consent);
    expect(parseConsentCookie(value, { now })).toEqual(consent);
    // Some servers hand over the value already decoded.
    expect(parseConsentCookie(serializeRecord(consent), { now })).toEqual(consent);
    expect(parseConsentCookie(`site_consent=${value}`, { cookieName: 'site_consent', now })).toEqual(consent);
  });

  it('returns null for no cookie, a malformed or tampered one, another revision or an expired choice', () => {
    expect(parseConsentCookie('', { now })).toBeNull();
    expect(parseConsentCookie('_ga=GA1.1.1', { now })).toBeNull();
    expect(parseConsentCookie(`cg_consent=${value.slice(0, 40)}`, { now })).toBeNull();
    expect(parseConsentCookie(`cg_consent=${value.replace('performance', 'marketing')}`, { now })).toBeNull();
    expect(parseConsentCookie(undefined as never)).toBeNull();
    expect(parseConsentCookie(value, { now, revision: 4 })).toBeNull();
    expect(parseConsentCookie(value, { now, revision: 3 })).toEqual(consent);
    expect(parseConsentCookie(value, { now: Date.parse('2026-04-01T00:00:00Z'), consentMaxAgeDays: 30 })).toBeNull();
  });
});
