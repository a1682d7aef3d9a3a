/**
 * The `window.ConsentGate` object of the script tag. It exists from the first
 * moment, while the catalogue may still be loading. Actions return a promise
 * settled once they have been applied (calls made early wait, in order, for
 * the gate to run); queries answer "nothing granted" until then; nothing ever
 * throws into, or rejects in, the host page.
 */
import type { ConsentGateApi } from './start';
import type { CategoryId, Consent, ConsentEvents } from './core/types';

export interface ConsentGateGlobal {
  /** Resolves once the catalogue is loaded and the gate runs (or could not); never rejects. */
  readonly ready: Promise<void>;
  acceptAll(): Promise<void>;
  rejectAll(): Promise<void>;
  acceptCategories(categories: readonly CategoryId[]): Promise<void>;
  showPreferences(): Promise<void>;
  getConsent(): Consent | null;
  hasConsent(category: CategoryId): boolean;
  /** Subscribe to choices; the returned unsubscribe works even before the gate runs. */
  on<K extends keyof ConsentEvents>(event: K, fn: (payload: ConsentEvents[K]) => void): () => void;
}

/** `started` resolves with the running gate, or undefined when it could not start. */
export function createGlobalApi(started: Promise<ConsentGateApi | undefined>): ConsentGateGlobal {
  let gate: ConsentGateApi | undefined;
  let queue: Promise<unknown> = started.then((g) => void (gate = g));
  // Chained, so early calls apply in the order they were made.
  const action =
    (name: 'acceptAll' | 'rejectAll' | 'acceptCategories' | 'showPreferences') =>
    (...args: unknown[]) =>
      (queue = queue
        .then(() => void (gate?.[name] as ((...a: unknown[]) => unknown) | undefined)?.(...args))
        .catch((error) => console.error('[consent-gate]', name, error)));
  // The core's queries do not throw, whatever they are given.
  const query = <T>(fn: (g: ConsentGateApi) => T, fallback: T): T => (gate ? fn(gate) : fallback);
  return {
    ready: queue.then(() => {}),
    acceptAll: action('acceptAll'),
    rejectAll: action('rejectAll'),
    acceptCategories: action('acceptCategories'),
    showPreferences: action('showPreferences'),
    getConsent: () => query((g) => g.getConsent(), null),
    hasConsent: (category) => query((g) => g.hasConsent(category), false),
    on(event, fn) {
      let off: (() => void) | undefined;
      let cancelled = false;
      void queue.then(() => {
        if (!cancelled) off = gate?.on(event, fn);
      });
      return () => {
        cancelled = true;
        off?.();
      };
    },
  };
}
