/**
 * `expandPresets`: a catalogue with each `{ "preset": "…" }` services entry
 * replaced by the whole service, the way `parseCatalog(input, { presets })`
 * reads it. Pure, no DOM; the rules live in core/service-presets.ts, which
 * carries no data, so that the validator and the npm core never hold the table.
 */
import { expandWith, type PresetTable } from '../core/service-presets';
import { PRESETS } from './presets';

/**
 * Each services entry naming a preset becomes the preset's service: its `id`
 * is the preset's id unless the entry gives one, and any field given beside
 * `preset` wins (a `category` moves the service and its rows). The preset's
 * cookie rows, or the entry's own `cookies` in their place, are appended to
 * the catalogue's `cookies` with `service` and `category` set to the
 * service's, unless the catalogue already lists that name for that service.
 * An entry naming an unknown preset is left as it is, for `parseCatalog` to
 * report; `input` is never changed.
 * @example
 * expandPresets({ revision: 1, privacyPolicyUrl: '/privacy', categories: { performance: {} }, services: [{ preset: 'google-analytics' }] });
 * // services: [{ id: 'google-analytics', name: 'Google Analytics', category: 'performance', … }], cookies: [{ name: '_ga', service: 'google-analytics', … }, …]
 */
export function expandPresets(input: unknown, presets: PresetTable = PRESETS): unknown {
  return expandWith(input, presets).catalog;
}
