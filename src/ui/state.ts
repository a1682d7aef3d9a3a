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

/** `gpc`: Global Privacy Control is on and honoured, so targeting starts switched off. */
export function createUiState(core: ConsentState, gpc = false): UiState {
  const view = signal<UiView>('hidden');
  const draft = signal<readonly CategoryId[]>([]);
  // Any choice, from the banner, the dialog or the site's own API call, ends the asking.
  const dispose = core.on('change', () => (view.value = 'hidden'));
  return {
    view,
    draft,
    open(next) {
      // The dialog starts from the current choice; asked again (new revision, expired), from what was
      // granted before, which is the visitor's own earlier act; on a first visit from nothing: never pre-ticked.
      if (next === 'preferences') {
        const before = core.getConsent() ? core.getConsent()!.granted : (core.previous()?.granted ?? []).filter((id) => !gpc || id !== 'targeting');
        draft.value = before.filter((id) => id !== 'strictly-necessary');
      }
      view.value = next;
    },
    close: () => (view.value = core.needsChoice() ? 'banner' : 'hidden'),
    toggle(category, on) {
      draft.value = on ? [...draft.value, category] : draft.value.filter((id) => id !== category);
    },
    dispose,
  };
}
