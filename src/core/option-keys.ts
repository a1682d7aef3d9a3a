/**
 * The options of `catalog.options`, also the names npm users may pass next to
 * `catalog`. A module of its own so that only the validator and the npm entry
 * carry the list (not the server helper, which shares the other constants).
 */
import type { ConsentOptions } from './types';

export const OPTION_KEYS = ['cookieName', 'cookieDomain', 'consentMaxAgeDays', 'refusalMaxAgeDays', 'reloadOnRevoke', 'honorGpc', 'scriptTimeout', 'consentLog', 'audit'] as const;

// Fails the build when ConsentOptions gains an option not listed above.
type Unlisted = Exclude<keyof ConsentOptions, (typeof OPTION_KEYS)[number]>;
const allListed: [Unlisted] extends [never] ? true : never = true;
void allListed;
