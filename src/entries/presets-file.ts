/** Script-tag part (dist/consent-gate.presets.js): fetched by the loader only for a catalogue whose services name a preset. */
import { registerPart } from '../page/parts';
import { expandPresets } from '../presets/expand';
import { PRESETS } from '../presets/presets';

registerPart('presets', { expand: (catalog) => expandPresets(catalog), presets: PRESETS });
