/**
 * The consent cookie's writer is js-cookie; its readers are our own (the
 * loader's one-line reader and the server helper, which must not carry
 * js-cookie). On every record the writer makes they must agree with each
 * other and with js-cookie's own `get`: a generated record is written into
 * happy-dom's cookie jar and read back every way.
 */
import fc from 'fast-check';
import Cookies from 'js-cookie';
import { afterEach, describe, expect, it } from 'vitest';
import { readConsentCookie, serializeRecord } from '../../src/core/cookie-store';
import { isRemembered, lifetimeDays, storedValue, writeConsentCookie } from '../../src/core/cookie-writer';
import { SERVICE_ID_PATTERN } from '../../src/core/gate-config';
import { CATEGORY_IDS, type Consent } from '../../src/core/types';
import { parseConsentCookie } from '../../src/entries/server';

const options = { cookieName: 'cg_consent', consentMaxAgeDays: 182 };

const record: fc.Arbitrary<Consent> = fc.record(
  {
    version: fc.constant(1 as const),
    id: fc.stringMatching(/^[0-9a-f]{32}$/),
    revision: fc.integer({ min: 1, max: 2 ** 31 }),
    decidedAt: fc.date({ min: new Date('2000-01-01'), max: new Date(), noInvalidDate: true }).map((d) => d.toISOString()),
    granted: fc.subarray([...CATEGORY_IDS]),
    services: fc.array(fc.stringMatching(SERVICE_ID_PATTERN), { maxLength: 12 }),
  },
  { requiredKeys: ['version', 'id', 'revision', 'decidedAt', 'granted'] },
);

afterEach(() => Cookies.remove('cg_consent'));

describe('the consent cookie, written by js-cookie and read by our readers', () => {
  it('reads back as written, by the loader, the server helper and js-cookie alike', () => {
    fc.assert(
      fc.property(record, (consent) => {
        writeConsentCookie(options, false, consent, document);
        expect(readConsentCookie('cg_consent')).toEqual(consent);
        expect(parseConsentCookie(document.cookie)).toEqual(consent);
        // The value alone, as stored and as a server that decodes cookie values hands it over.
        expect(parseConsentCookie(storedValue(consent))).toEqual(consent);
        expect(parseConsentCookie(serializeRecord(consent))).toEqual(consent);
        expect(Cookies.get('cg_consent')).toBe(serializeRecord(consent));
        expect(isRemembered('cg_consent', consent, document)).toBe(true);
        // What is stored is what `storedValue` says (the size check measures it), and no longer than full URI-encoding.
        expect(document.cookie).toContain(`cg_consent=${storedValue(consent)}`);
        expect(storedValue(consent).length).toBeLessThanOrEqual(encodeURIComponent(serializeRecord(consent)).length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps one consent cookie: a second choice replaces the first', () => {
    fc.assert(
      fc.property(record, record, (first, second) => {
        writeConsentCookie(options, false, first, document);
        writeConsentCookie(options, false, second, document);
        expect(document.cookie.split('; ').filter((pair) => pair.startsWith('cg_consent='))).toHaveLength(1);
        expect(readConsentCookie('cg_consent')).toEqual(second);
      }),
      { numRuns: 100 },
    );
  });
});

describe('how long the browser keeps the consent cookie', () => {
  const options = { cookieName: 'cg_consent', consentMaxAgeDays: 182, refusalMaxAgeDays: 30 };
  const record = (overrides: Partial<Consent>): Consent => ({ version: 1, id: 'a'.repeat(32), revision: 1, decidedAt: '2026-12-03T00:00:00.000Z', granted: ['strictly-necessary', 'performance'], ...overrides });
  it('a consent consentMaxAgeDays, a refusal refusalMaxAgeDays, a choice made under opt-out 395 days', () => {
    expect(lifetimeDays(options, record({}))).toBe(182);
    expect(lifetimeDays(options, record({ granted: ['strictly-necessary'] }))).toBe(30);
    expect(lifetimeDays({ ...options, refusalMaxAgeDays: undefined }, record({ granted: ['strictly-necessary'] }))).toBe(182);
    // An opt-out nobody would ask about again must not be dropped by the browser after consentMaxAgeDays.
    expect(lifetimeDays(options, record({ granted: ['strictly-necessary', 'performance'], model: 'opt-out', jurisdiction: 'us' }))).toBe(395);
  });
});
