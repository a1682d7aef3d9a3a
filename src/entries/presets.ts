/**
 * consent-gate/presets: the service presets (`{ "preset": "google-analytics" }`
 * in a catalogue's services) with their cookie rows from the Open Cookie
 * Database. An entry of its own, so the table reaches only the bundles that
 * import it: `createConsentGate({ catalog, presets })`.
 */
export { PRESETS as presets, type BuiltInPreset, type PresetId } from '../presets/presets';
export { expandPresets } from '../presets/expand';
export type { PresetTable, ServicePreset } from '../core/service-presets';
