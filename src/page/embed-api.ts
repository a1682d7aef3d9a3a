/**
 * The `window.ConsentGate` object of the script tag. It exists from the first
 * moment, while the catalogue may still be loading. Actions return a promise
 * settled once they have been applied (calls made early wait, in order, for
 * the gate to run); queries answer "nothing granted" until then; nothing ever
 * throws into, or rejects in, the host page.
 */
import type { Choices } from '../core/consent';
import type { RunningGate } from './start';
import type { RegionHolder } from './region';

/** The loader's running gate, and how to get the actions that record a choice (they come with the UI file). */
export interface StartedGate extends RunningGate {
  choose(): Promise<Choices>;
}
import type { CategoryId, Consent, ConsentEvents } from '../core/types';

export interface ConsentGateGlobal {
  /** Resolves once the catalogue is loaded and the gate runs (or could not); never rejects. */
  readonly ready: Promise<void>;
  acceptAll(): Promise<void>;
  rejectAll(): Promise<void>;
  /** `services`: the services left on within these categories; default all of theirs. */
  acceptCategories(categories: readonly CategoryId[], services?: readonly string[]): Promise<void>;
  /** Refuses one category, keeping the rest of the choice: a site's own "Do Not Sell or Share" link calls `refuse('targeting')`. */
  refuse(category: CategoryId): Promise<void>;
  showPreferences(): Promise<void>;
  /**
   * Resolves once the actions called before it have been applied and every
   * gated element they released has run: each activated external script has
   * loaded, failed or timed out (`options.scriptTimeout`). Never rejects.
   * @example await ConsentGate.acceptAll(); await ConsentGate.settled();
   */
  settled(): Promise<void>;
  getConsent(): Consent | null;
  hasConsent(category: CategoryId): boolean;
  hasService(service: string): boolean;
  /** True while the visitor must be asked (optional categories and no valid choice); false until the gate runs, and where it cannot. */
  needsChoice(): boolean;
  /** The `jurisdictions` rule that applies to the visitor now and its model; null before the gate runs and without `jurisdictions`. */
  getJurisdiction(): { jurisdiction: string; model: 'opt-in' | 'opt-out' } | null;
  /** Subscribe to choices; the returned unsubscribe works even before the gate runs. */
  on<K extends keyof ConsentEvents>(event: K, fn: (payload: ConsentEvents[K]) => void): () => void;
  /**
   * The visitor's region (ISO 3166: "DE", "US-CA"), which picks the catalogue's `jurisdictions` rule, for a
   * page that knows it only from script. Applies when called before the catalogue arrives (`data-catalog`);
   * a later call applies from the tab's next page view, and the console says so. `data-region` wins over it.
   */
  setRegion(code: string): void;
}

/** `started` resolves with the running gate, or undefined when it could not start. */
/** `region`: where `setRegion` puts what it is given (the loader's `regionHolder`). */
export function createGlobalApi(started: Promise<StartedGate | undefined>, region?: Pick<RegionHolder, 'set'>): ConsentGateGlobal {
  let gate: StartedGate | undefined;
  // One ordered chain, settling with undefined: calls made before the gate runs apply later, in order.
  let queue: Promise<void> = started.then((g) => void (gate = g));
  const later = (fn: (g: StartedGate) => unknown) =>
    (queue = queue.then(() => gate && fn(gate)).then(
      () => {},
      (error) => console.error('[consent-gate]', error),
    ));
  const choice =
    (name: keyof Choices) =>
    (...args: unknown[]) =>
      later((g) => g.choose().then((choices) => (choices[name] as (...a: unknown[]) => unknown)(...args)));
  return {
    ready: queue,
    acceptAll: choice('acceptAll'),
    rejectAll: choice('rejectAll'),
    acceptCategories: choice('acceptCategories'),
    refuse: choice('refuse'),
    showPreferences: () => later((g) => g.showPreferences()),
    settled: () => later((g) => g.settled()),
    getConsent: () => gate?.getConsent() ?? null,
    hasConsent: (category) => !!gate?.hasConsent(category),
    hasService: (service) => !!gate?.hasService(service),
    needsChoice: () => !!gate?.needsChoice(),
    getJurisdiction: () => gate?.getJurisdiction() ?? null,
    setRegion: (code) => region?.set(code),
    on(event, fn) {
      let off: (() => void) | undefined;
      later((g) => (off = g.on(event, fn)));
      return () => void later(() => off?.());
    },
  };
}
