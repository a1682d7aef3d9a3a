import { describe, expect, it } from 'vitest';
import { parseConsentCookie } from '../../src/entries/server';
import { cookieValues, pickRecord, serializeRecord } from '../../src/core/cookie-store';
import { sampleConsent } from '../fixtures';

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

describe('parseConsentCookie with the cookie twice in one header (two domains or paths)', () => {
  const older = encodeURIComponent(serializeRecord({ ...consent, decidedAt: '2026-03-01T10:00:00.000Z', granted: ['strictly-necessary', 'performance', 'targeting'] }));
  const newer = encodeURIComponent(serializeRecord({ ...consent, decidedAt: '2026-03-01T11:00:00.000Z', granted: ['strictly-necessary'] }));

  it('takes the newest valid record, wherever it stands, as the browser does', () => {
    expect(parseConsentCookie(`cg_consent=${older}; cg_consent=${newer}`, { now })?.granted).toEqual(['strictly-necessary']);
    expect(parseConsentCookie(`cg_consent=${newer}; _ga=1; cg_consent=${older}`, { now })?.granted).toEqual(['strictly-necessary']);
    expect(parseConsentCookie(`cg_consent=%7Bbroken; cg_consent=${older}`, { now })?.granted).toContain('targeting');
  });

  it('agrees with the loader\'s reader on any header holding two records', () => {
    const header = `cg_consent=${older}; cg_consent=${newer}`;
    expect(parseConsentCookie(header, { now })).toEqual(pickRecord(cookieValues(header, 'cg_consent'), now));
  });
});

describe('parseConsentCookie with jurisdictions', () => {
  const NOW = Date.parse('2026-12-03T12:00:00Z');
  const cookie = (consent: Parameters<typeof serializeRecord>[0]) => `cg_consent=${encodeURIComponent(serializeRecord(consent))}`;
  // A US visitor who opted out of targeting only: analytics left on by default.
  const optedOut = sampleConsent({ revision: 1, decidedAt: '2025-06-01T00:00:00.000Z', granted: ['strictly-necessary', 'performance'], jurisdiction: 'us', model: 'opt-out', byDefault: ['performance'] });

  it('for an opt-out visitor an opt-out holds whatever its age or revision', () => {
    expect(parseConsentCookie(cookie(optedOut), { revision: 2, consentMaxAgeDays: 182, model: 'opt-out', now: NOW })?.granted).toEqual(['strictly-necessary', 'performance']);
  });

  it('for an opt-in visitor (or no model given) a record with grants by default is no choice', () => {
    const fresh = { ...optedOut, decidedAt: '2026-12-01T00:00:00.000Z' };
    expect(parseConsentCookie(cookie(fresh), { revision: 1, model: 'opt-in', now: NOW })).toBeNull();
    expect(parseConsentCookie(cookie(fresh), { revision: 1, now: NOW })).toBeNull();
    const explicit = { ...fresh, byDefault: undefined };
    expect(parseConsentCookie(cookie(explicit), { revision: 1, now: NOW })?.granted).toContain('performance');
  });

  it('a refusal lasts refusalMaxAgeDays', () => {
    const refusal = sampleConsent({ revision: 1, decidedAt: '2026-10-01T00:00:00.000Z', granted: ['strictly-necessary'] });
    expect(parseConsentCookie(cookie(refusal), { consentMaxAgeDays: 365, refusalMaxAgeDays: 30, now: NOW })).toBeNull();
    expect(parseConsentCookie(cookie(refusal), { consentMaxAgeDays: 365, now: NOW })).not.toBeNull();
  });
});
