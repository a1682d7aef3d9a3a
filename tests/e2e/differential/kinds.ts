/**
 * The kinds of script the differential test generates, and the generator.
 * What each kind does in the browser is not written here: the ungated page
 * is the oracle. `runs` is only the harness's own expectation, used to know
 * when the ungated page is done and to say so when the browser surprises it.
 */
import fc from 'fast-check';

export const KINDS = [
  /** <script>push(i)</script> */
  'inline',
  /** <script>push(i); throw</script>: runs (its push happens), then throws. */
  'inline-throws',
  /** <script defer>push(i)</script>: `defer` means nothing on an inline classic script. */
  'inline-defer',
  /** <script type="module">push(i)</script>: deferred like every module. */
  'inline-module',
  /** <script src>: blocking. */
  'external',
  /** <script src async>: runs whenever it arrives; compared only as a set. */
  'external-async',
  /** <script src defer>: after parsing, in order with modules. */
  'external-defer',
  /** <script type="module" src>: deferred. */
  'external-module',
  /** <script nomodule src>: a browser with modules does not run it (nor fetch it). */
  'external-nomodule',
  /** <script src> answered 404: blocking, fails, never runs. */
  'failing',
  /** <script src> answered after a server-side delay (SLOW_MS): blocking. */
  'slow',
] as const;
export type Kind = (typeof KINDS)[number];

/** The route handler holds a slow script's answer this long (a server delay, not a test sleep). */
export const SLOW_MS = { min: 300, max: 800 } as const;

export interface Script {
  kind: Kind;
  /** Only for `slow`: how long the server waits before answering. */
  delayMs: number;
}

export const isExternal = (kind: Kind) => kind.startsWith('external') || kind === 'failing' || kind === 'slow';
export const isAsync = (kind: Kind) => kind === 'external-async';
/** What the harness expects to run in a browser that supports modules. */
export const runs = (kind: Kind) => kind !== 'external-nomodule' && kind !== 'failing';

const script: fc.Arbitrary<Script> = fc
  .record({ kind: fc.constantFrom(...KINDS), delayMs: fc.integer(SLOW_MS) })
  // Only slow scripts have a delay; the others keep 0 so shrinking reports them plainly.
  .map(({ kind, delayMs }) => ({ kind, delayMs: kind === 'slow' ? delayMs : 0 }));

/** A page's scripts, in document order: 1 to 8 of them. */
export const scripts = fc.array(script, { minLength: 1, maxLength: 8 });
