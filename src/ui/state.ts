/**
 * The UI's only state: signals, derived from the core when a layer opens.
 * Components are pure functions of these values; they keep no consent state.
 */
import { signal, type Signal } from './signals';
import type { ConsentState } from '../core/consent';
import type { CategoryId, Service } from '../core/types';
import type { View } from '../start';

export type UiView = View | 'hidden';

export interface UiState {
  view: Signal<UiView>;
  /** Optional categories switched on in the open preferences, not yet saved. */
  draft: Signal<readonly CategoryId[]>;
  /** Services switched on in the open preferences, not yet saved. */
  draftServices: Signal<readonly string[]>;
  open(view: View): void;
  /** Closing without a choice: back to the banner if we still must ask. */
  close(): void;
  /** A category switch sets all its services. */
  toggle(category: CategoryId, on: boolean): void;
  /** A service switched on turns its category on; the last one switched off turns it off. */
  toggleService(service: Service, on: boolean): void;
  dispose(): void;
}

/**
 * `gpc`: Global Privacy Control is on and honoured, so targeting starts switched off.
 * `services`: the catalogue's, each with its own switch under its category.
 * `revisedIn`: the revision in which a category's purpose last changed (catalogue `revisedIn`).
 */
export function createUiState(
  core: ConsentState,
  gpc = false,
  services: readonly Service[] = [],
  revisedIn: (category: CategoryId) => number | undefined = () => undefined,
): UiState {
  const view = signal<UiView>('hidden');
  const draft = signal<readonly CategoryId[]>([]);
  const draftServices = signal<readonly string[]>([]);
  const idsOf = (category: CategoryId) => services.filter((s) => s.category === category).map((s) => s.id);
  // Any choice, from the banner, the dialog or the site's own API call, ends the asking.
  const dispose = core.on('change', () => (view.value = 'hidden'));
  return {
    view,
    draft,
    draftServices,
    open(next) {
      // The dialog starts from the current choice; asked again (new revision, expired), from what was
      // granted before, which is the visitor's own earlier act; on a first visit from nothing: never pre-ticked.
      if (next === 'preferences') {
        const previous = core.previous();
        const before = core.getConsent()
          ? core.getConsent()!.granted
          : (previous?.granted ?? []).filter((id) => !(gpc && id === 'targeting') && (revisedIn(id) ?? 0) <= previous!.revision);
        draft.value = before.filter((id) => id !== 'strictly-necessary');
        // Services as chosen, or all of each category that is on (a choice made before services were listed).
        const chosen = (core.getConsent() ?? core.previous())?.services;
        draftServices.value = (['strictly-necessary', ...draft.value] as CategoryId[]).flatMap(idsOf).filter((id) => !chosen || chosen.includes(id));
      }
      view.value = next;
    },
    close: () => (view.value = core.needsChoice() ? 'banner' : 'hidden'),
    toggle(category, on) {
      draft.value = on ? [...draft.value, category] : draft.value.filter((id) => id !== category);
      const others = draftServices.value.filter((id) => !idsOf(category).includes(id));
      draftServices.value = on ? [...others, ...idsOf(category)] : others;
    },
    toggleService({ id, category }, on) {
      draftServices.value = on ? [...draftServices.value, id] : draftServices.value.filter((s) => s !== id);
      const anyOn = idsOf(category).some((s) => draftServices.value.includes(s));
      if (anyOn !== draft.value.includes(category)) {
        draft.value = anyOn ? [...draft.value, category] : draft.value.filter((c) => c !== category);
      }
    },
    dispose,
  };
}
