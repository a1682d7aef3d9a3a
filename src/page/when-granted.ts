/**
 * For tags an SPA loads in code rather than in markup:
 *   await gate.whenGranted('performance');
 *   gate.load('targeting', () => import('./pixel'));
 * Both wait, without polling, for the category to be granted: now, by a
 * later choice in this tab, or by one made in another tab.
 */
import type { ConsentState } from '../core/consent';
import type { CategoryId } from '../core/types';

export interface CodeGate {
  /** Resolves once `category` is granted (at once if it is). Never rejects; a category never granted never resolves. */
  whenGranted(category: CategoryId): Promise<void>;
  /** Runs `load` once `category` is granted and resolves with its result, e.g. `() => import('./analytics')`. */
  load<T>(category: CategoryId, load: () => T | Promise<T>): Promise<T>;
}

export function createCodeGate(core: Pick<ConsentState, 'hasConsent' | 'on'>): CodeGate {
  const whenGranted = (category: CategoryId) =>
    new Promise<void>((resolve) => {
      if (core.hasConsent(category)) return resolve();
      const off = core.on('change', () => {
        if (!core.hasConsent(category)) return;
        off();
        resolve();
      });
    });
  return {
    whenGranted,
    load: (category, load) => whenGranted(category).then(load),
  };
}
