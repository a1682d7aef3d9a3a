// The README's server example (Proof of consent), as written.
import { parseConsentCookie } from 'consent-gate/server';   // also exported by 'consent-gate'

declare const req: { headers: { cookie?: string } };

const consent = parseConsentCookie(req.headers.cookie ?? '', { revision: 3, consentMaxAgeDays: 182 });
if (consent?.granted.includes('performance')) { /* render the analytics tag */ }

// @ts-expect-error "marketing" is not a category
consent?.granted.includes('marketing');
