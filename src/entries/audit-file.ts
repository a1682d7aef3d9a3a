/** Script-tag part (dist/consent-gate.audit.js): fetched by the loader only where `options.audit` is true. */
import { registerPart } from '../page/parts';
import { startAudit } from '../audit/runtime';

registerPart('audit', { start: startAudit });
