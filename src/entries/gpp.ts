/** Script-tag part (dist/consent-gate.gpp.js): fetched by the loader only for opt-out visitors where `integrations.gpp` is on. */
import { registerPart } from '../page/parts';
import { startGpp } from '../integrations/gpp';

registerPart('gpp', { start: startGpp });
