/** Script-tag part (dist/consent-gate.regions.js): fetched by the loader only for a catalogue with `jurisdictions`. */
import { registerPart } from '../page/parts';
import { placeOf, regionalDefaults } from '../core/jurisdiction';
import { strictJurisdictions } from '../core/jurisdiction-rules';

registerPart('regions', { read: strictJurisdictions, place: placeOf, consentModeDefaults: regionalDefaults });
