/** Script-tag part (dist/consent-gate.audit.js): fetched by the loader only where `options.audit` is true. */
import { registerPart } from '../parts';
import { startAudit } from './runtime';

registerPart('audit', { start: startAudit });
