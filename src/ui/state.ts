/**
 * The UI's only state: signals, derived from the core when a layer opens.
 * Components are pure functions of these values; they keep no consent state.
 */
import { signal, type Signal } from './signals';
import type { ConsentState } from '../core/consent';
import type { CategoryId } from '../core/types';
import type { View } from '../start';

export type UiView = View | 'hidden';

export interface UiState {
  view: Signal<UiView>;
  /** Optional categories switched on in the open preferences, not yet saved. */
  draft: Signal<readonly CategoryId[]>;
  open(view: View): void;
  /** Closing without a choice: back to the banner if we still must ask. */
  close(): void;
  toggle(category: CategoryId, on: boolean): void;
  dispose(): void;
}

export function createUiState(core: ConsentState): UiState {
  const view = signal<UiView>('hidden');
  const draft = signal<readonly CategoryId[]>([]);
  // Any choice, from the banner, the dialog or the site's own API call, ends the asking.
  const dispose = core.on('change', () => (view.value = 'hidden'));
  return {
    view,
    draft,
    open(next) {
      // The dialog starts from the current choice, or from nothing: never pre-ticked.
      if (next === 'preferences') draft.value = (core.getConsent()?.granted ?? []).filter((id) => id !== 'strictly-necessary');
      view.value = next;
    },
    close: () => (view.value = core.needsChoice() ? 'banner' : 'hidden'),
    toggle(category, on) {
      draft.value = on ? [...draft.value, category] : draft.value.filter((id) => id !== category);
    },
    dispose,
  };
}
