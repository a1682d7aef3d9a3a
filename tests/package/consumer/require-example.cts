// A CommonJS server written in TypeScript: compiles to require('consent-gate/server'), typed by server.d.cts.
import { parseConsentCookie } from 'consent-gate/server';

const consent = parseConsentCookie('cg_consent=…', { revision: 1 });
// @ts-expect-error "marketing" is not a category
consent?.granted.includes('marketing');
