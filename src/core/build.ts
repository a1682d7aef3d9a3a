/**
 * Whether this build can be torn down: false only in the script tag's loader (vite.config.ts, `--mode loader`),
 * whose global API has no `destroy()` (README, "API"). Nothing there can ever stop the gate, so the code that
 * would (removing its listeners and observer, giving `document.write` back) is left out of the one file every
 * page view fetches (about 100 B gzipped). True everywhere else: the npm module's `destroy()`, the tests and the
 * script tag's other parts. Where it is false, those stops are `undefined` and nothing calls them.
 */
export const TEARDOWN: boolean = import.meta.env.MODE !== 'loader';
