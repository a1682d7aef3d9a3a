// A CommonJS server: require('consent-gate/server') loads the package's CommonJS build.
const { parseConsentCookie } = require('consent-gate/server');

const record = { version: 1, id: '0123456789abcdef0123456789abcdef', revision: 1, decidedAt: new Date().toISOString(), granted: ['strictly-necessary', 'performance'] };
const consent = parseConsentCookie(`a=1; cg_consent=${encodeURIComponent(JSON.stringify(record))}`, { revision: 1 });
console.log(JSON.stringify({ granted: consent && consent.granted, resolved: require.resolve('consent-gate/server') }));
