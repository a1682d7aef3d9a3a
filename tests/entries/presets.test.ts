import { describe, expect, it } from 'vitest';
import * as entry from '../../src/entries/presets';
import { PRESETS } from '../../src/presets/presets';
import type { Parts } from '../../src/page/parts';

describe('consent-gate/presets', () => {
  it('exports the table and expandPresets, nothing else', () => {
    expect(Object.keys(entry).sort()).toEqual(['expandPresets', 'presets']);
    expect(entry.presets).toBe(PRESETS);
  });

  it('as the script tag\'s consent-gate.presets.js, hands the loader the expander and the table', async () => {
    const slot = Symbol.for('consent-gate.parts');
    let part: Parts['presets'] | undefined;
    (window as unknown as Record<symbol, unknown>)[slot] = { presets: (given: Parts['presets']) => (part = given) };
    try {
      await import('../../src/entries/presets-file');
      expect(part!.presets).toBe(PRESETS);
      const catalog = { revision: 1, privacyPolicyUrl: '/p', categories: { targeting: {} }, services: [{ preset: 'meta-pixel' }] };
      expect(part!.expand(catalog)).toMatchObject({ services: [{ id: 'meta-pixel', category: 'targeting' }], cookies: [{ name: '_fbp', service: 'meta-pixel' }, {}, {}] });
    } finally {
      delete (window as unknown as Record<symbol, unknown>)[slot];
    }
  });
});
