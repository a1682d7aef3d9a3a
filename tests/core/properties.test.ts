/**
 * Property-based tests (fast-check): the consent cookie parser, the server
 * helper and the catalogue readers get arbitrary input. Whatever arrives,
 * they return "no choice" / a list of problems, never throw, and never let a
 * malformed record grant anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createConsentState } from '../../src/core/consent';
import { parseRecord, serializeRecord } from '../../src/core/cookie-store';
import { readGateConfig } from '../../src/core/gate-config';
import { CATEGORY_IDS, type Consent } from '../../src/core/types';
import { parseConsentCookie } from '../../src/entries/server';
import { readDisplayCatalog } from '../../src/ui/display-catalog';
import { sampleCatalog } from '../fixtures';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const runs = { numRuns: 500 };

/** A record as the SDK writes one. */
const validRecord: fc.Arbitrary<Consent> = fc.record({
  version: fc.constant(1 as const),
  id: fc.stringMatching(/^[0-9a-f]{32}$/),
  revision: fc.integer({ min: 1, max: 1_000_000 }),
  decidedAt: fc.date({ min: new Date('2020-01-01'), max: new Date(NOW), noInvalidDate: true }).map((d) => d.toISOString()),
  granted: fc.subarray([...CATEGORY_IDS]),
});

/** What parseRecord may return: null, or a record with every field well-formed. */
function wellFormed(record: Consent | null): boolean {
  if (record === null) return true;
  return (
    record.version === 1 &&
    /^[0-9a-f]{32}$/.test(record.id) &&
    Number.isInteger(record.revision) && record.revision >= 1 &&
    Date.parse(record.decidedAt) <= NOW + 86_400_000 &&
    record.granted.every((c) => (CATEGORY_IDS as readonly string[]).includes(c)) &&
    (record.services === undefined || record.services.every((s) => /^[a-z0-9][a-z0-9-]*$/.test(s)))
  );
}

/** Any JSON value, deep enough to reach into records and catalogues. */
const json = fc.jsonValue({ maxDepth: 4 });

describe('the consent cookie under arbitrary input', () => {
  it('parseRecord never throws and returns null or a well-formed record, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (raw) => wellFormed(parseRecord(raw, NOW))), runs);
  });

  it('for any JSON, encoded as the cookie would be', () => {
    fc.assert(fc.property(json, (value) => wellFormed(parseRecord(encodeURIComponent(JSON.stringify(value)), NOW))), runs);
  });

  it('a record with any one field replaced by any value is refused unless that value is itself valid', () => {
    const fields = ['version', 'id', 'revision', 'decidedAt', 'granted', 'services'] as const;
    fc.assert(
      fc.property(validRecord, fc.constantFrom(...fields), json, (record, field, value) => {
        const raw = encodeURIComponent(JSON.stringify({ ...record, [field]: value }));
        return wellFormed(parseRecord(raw, NOW));
      }),
      runs,
    );
  });

  it('a valid record survives the round trip; a truncated one is never taken for a choice', () => {
    fc.assert(
      fc.property(validRecord, fc.nat(), (record, cut) => {
        const raw = encodeURIComponent(serializeRecord(record));
        expect(parseRecord(raw, NOW)).toEqual(record);
        const truncated = raw.slice(0, cut % raw.length);
        expect(parseRecord(truncated, NOW)).toBeNull();
      }),
      runs,
    );
  });

  it('a stored record never grants a category the catalogue does not use', () => {
    const input = sampleCatalog();
    const config = readGateConfig(input)!;
    fc.assert(
      fc.property(validRecord, (record) => {
        const state = createConsentState({ config, stored: { ...record, revision: input.revision }, now: () => NOW });
        return CATEGORY_IDS.every((id) => !state.hasConsent(id) || config.enabled.includes(id));
      }),
      runs,
    );
  });

  it('parseConsentCookie (server) never throws, for any header or value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), validRecord.map((r) => `a=1; cg_consent=${encodeURIComponent(serializeRecord(r))}`)), (header) =>
        wellFormed(parseConsentCookie(header, { now: NOW })),
      ),
      runs,
    );
  });
});

describe('the catalogue under arbitrary input', () => {
  it('parseCatalog never throws: a catalogue or problems that each name a path under "catalog"', () => {
    fc.assert(
      fc.property(fc.oneof(json, fc.anything()), (input) => {
        const result = parseCatalog(input);
        return result.ok || (result.problems.length > 0 && result.problems.every((p) => p.path.startsWith('catalog')));
      }),
      runs,
    );
  });

  it('with any field of a valid catalogue set to any value, the script tag\'s readers notice whatever the validator refuses', () => {
    const base = sampleCatalog({ texts: { acceptAll: 'OK' }, appearance: { theme: 'auto' }, integrations: { googleConsentMode: { mode: 'basic' } } });
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, prefix: (string | number)[]) => {
      if (prefix.length > 0) paths.push(prefix);
      if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, [...prefix, Array.isArray(value) ? Number(key) : key]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), json, (path, value) => {
        const input = structuredClone(base) as unknown as Record<string | number, unknown>;
        let node = input;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path.at(-1)!] = value;
        const config = readGateConfig(input);
        const noticed = config === null || !readDisplayCatalog(input as Record<string, unknown>, config).clean;
        return parseCatalog(input).ok || noticed;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('what is written reads back', () => {
  it('for any catalogue the validator accepts, "Accept all" writes a record the reader keeps (or no catalogue is accepted at all)', async () => {
    const { createConsentState, createChoices } = await import('../../src/core/consent');
    const { fitsCookie } = await import('../../src/core/cookie-store');
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/);
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 220 }), fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/), (ids, cookieName) => {
        const input = sampleCatalog({ services: ids.map((s) => ({ id: s, name: s, category: 'performance' as const })), cookies: [], options: { cookieName } });
        const result = parseCatalog(input);
        if (!result.ok) return result.problems.some((p) => p.path === 'catalog.services');
        let written = '';
        const state = createConsentState({ config: result.catalog, stored: null, now: () => NOW });
        createChoices(state, { services: result.catalog.services, write: (c) => (written = encodeURIComponent(serializeRecord(c))), now: () => NOW }).acceptAll();
        return fitsCookie(cookieName, written) && parseRecord(written, NOW) !== null;
      }),
      { numRuns: 300 },
    );
  });
});
