/**
 * The `window.ConsentGate` object of the script tag. It exists from the first
 * moment, while the catalogue may still be loading: actions and subscriptions
 * made early are queued and replayed, queries answer "nothing granted", and
 * no method ever throws into the host page.
 */
import type { ConsentGate } from './consent-gate';
import type { CategoryId, Consent, ConsentEvents } from './core/types';

export interface ConsentGateGlobal {
  /** Resolves once the catalogue is loaded and the gate runs; never rejects. */
  readonly ready: Promise<void>;
  acceptAll(): void;
  rejectAll(): void;
  acceptCategories(categories: readonly CategoryId[]): void;
  getConsent(): Consent | null;
  hasConsent(category: CategoryId): boolean;
  on<K extends keyof ConsentEvents>(event: K, fn: (payload: ConsentEvents[K]) => void): () => void;
  showPreferences(): void;
}

export interface DeferredApi {
  api: ConsentGateGlobal;
  start(gate: ConsentGate): void;
  /** The catalogue could not be used: queued calls are dropped, queries keep answering "nothing granted". */
  fail(): void;
}

export function createDeferredApi(): DeferredApi {
  let gate: ConsentGate | undefined;
  let queue: Array<(gate: ConsentGate) => void> | undefined = [];
  let settle!: () => void;
  const ready = new Promise<void>((resolve) => (settle = resolve));

  const guard = <T>(name: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      console.error('[consent-gate] ConsentGate.%s failed:', name, error);
      return fallback;
    }
  };
  const later = (name: string, fn: (gate: ConsentGate) => void) => () => {
    if (gate) guard(name, undefined, () => fn(gate!));
    else queue?.push((g) => guard(name, undefined, () => fn(g)));
  };

  const api: ConsentGateGlobal = {
    ready,
    acceptAll: later('acceptAll', (g) => g.acceptAll()),
    rejectAll: later('rejectAll', (g) => g.rejectAll()),
    acceptCategories: (categories) => later('acceptCategories', (g) => g.acceptCategories(categories))(),
    getConsent: () => guard('getConsent', null, () => gate?.getConsent() ?? null),
    hasConsent: (category) => guard('hasConsent', false, () => gate?.hasConsent(category) ?? false),
    on(event, fn) {
      let off: (() => void) | undefined;
      let cancelled = false;
      later('on', (g) => {
        if (!cancelled) off = g.on(event, fn);
      })();
      return () => {
        cancelled = true;
        off?.();
      };
    },
    showPreferences: later('showPreferences', (g) => g.showPreferences()),
  };

  return {
    api,
    start(started) {
      gate = started;
      const pending = queue ?? [];
      queue = undefined;
      for (const call of pending) call(started);
      settle();
    },
    fail() {
      queue = undefined;
      settle();
    },
  };
}
