/**
 * consent-gate/audit: the known-cookie classifier from the Open Cookie
 * Database, for development tools and the scanner. A separate entry, so the
 * table never reaches a bundle that does not import it.
 */
export { classifyCookie, type KnownCookie } from '../audit/classify';
