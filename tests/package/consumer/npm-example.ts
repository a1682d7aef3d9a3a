// The README's npm example, as written, with a shipped catalogue imported as JSON.
import { createConsentGate } from 'consent-gate';
import catalog from './catalog.json';

const gate = createConsentGate({ catalog });   // throws CatalogError listing every problem
gate.on('change', (consent) => console.log(consent.granted));

// Typed, not any: a category the SDK does not know is refused.
// @ts-expect-error "marketing" is not a category
gate.hasConsent('marketing');
