/**
 * The UI's only state: signals bridged from the core. Components read these
 * and call the core's actions; they never keep consent state of their own.
 */
import { signal } from '@preact/signals';
import type { ConsentState } from '../core/consent';
import type { Consent } from '../core/types';

export type View = 'hidden' | 'banner' | 'preferences';

export interface UiState {
  consent: ReturnType<typeof signal<Consent | null>>;
  view: ReturnType<typeof signal<View>>;
  dispose(): void;
}

export function createUiState(core: ConsentState): UiState {
  const consent = signal(core.get());
  const view = signal<View>('hidden');
  const dispose = core.on('change', (next) => {
    consent.value = next;
    // Any choice, from the banner, the dialog or the site's own API call, ends the asking.
    view.value = 'hidden';
  });
  return { consent, view, dispose };
}

/** Where closing the dialog without a choice leads: back to the banner if we still must ask. */
export function closedView(core: ConsentState): View {
  return core.needsChoice() ? 'banner' : 'hidden';
}
