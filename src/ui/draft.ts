/**
 * The open preferences' state: the choice being edited, in signals
 * (`@preact/signals`). The dialog's components read them directly and re-render
 * when they change; what derives from them is `computed`. Nothing is saved
 * until the visitor saves: the core holds the consent, this only the draft.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ConsentState } from '../core/consent';
import { CATEGORY_IDS, type CategoryId, type Service } from '../core/types';

export interface Draft {
  /** Optional categories switched on, not yet saved. */
  categories: Signal<readonly CategoryId[]>;
  /** Services switched on, not yet saved (those of strictly-necessary included). */
  services: Signal<readonly string[]>;
  /** What saving the draft grants: strictly-necessary and the optional categories switched on. */
  granted: ReadonlySignal<readonly CategoryId[]>;
  /** Whether the "Global Privacy Control honoured" note is true of the draft: GPC is honoured and targeting is off in it. */
  gpcNote: ReadonlySignal<boolean>;
  /** A category switch sets all its services. */
  toggle(category: CategoryId, on: boolean): void;
  /** A service switched on turns its category on; the last one switched off turns it off. */
  toggleService(service: Service, on: boolean): void;
  /** The categories whose switches (or services' switches) the visitor has not touched: a grant by default among them stays one. */
  untouched(): CategoryId[];
}

/**
 * The draft the dialog opens with: the current choice; asked again (a new
 * revision, an expired choice), what was granted before, which is the
 * visitor's own earlier act, except a category whose purpose changed since
 * (`revisedIn`) and targeting under GPC; on a first visit, nothing: never pre-ticked.
 * `gpc`: Global Privacy Control is on and honoured. `services`: the catalogue's.
 */
export function createDraft(
  core: ConsentState,
  gpc = false,
  services: readonly Service[] = [],
  revisedIn: (category: CategoryId) => number | undefined = () => undefined,
): Draft {
  const idsOf = (category: CategoryId) => services.filter((s) => s.category === category).map((s) => s.id);
  const previous = core.previous();
  const before = core.getConsent()
    ? core.getConsent()!.granted
    : (previous?.granted ?? []).filter((id) => !(gpc && id === 'targeting') && (revisedIn(id) ?? 0) <= previous!.revision);
  const categories = signal<readonly CategoryId[]>(before.filter((id) => id !== 'strictly-necessary'));
  // Services as chosen, or all of each category that is on (a choice made before services were listed).
  const chosen = (core.getConsent() ?? previous)?.services;
  const servicesOn = signal<readonly string[]>(
    (['strictly-necessary', ...categories.value] as CategoryId[]).flatMap(idsOf).filter((id) => !chosen || chosen.includes(id)),
  );
  const touched = new Set<CategoryId>();
  return {
    categories,
    services: servicesOn,
    untouched: () => CATEGORY_IDS.filter((id) => !touched.has(id)),
    granted: computed(() => ['strictly-necessary' as const, ...categories.value]),
    gpcNote: computed(() => gpc && !categories.value.includes('targeting')),
    toggle(category, on) {
      touched.add(category);
      categories.value = on ? [...categories.value, category] : categories.value.filter((id) => id !== category);
      const others = servicesOn.value.filter((id) => !idsOf(category).includes(id));
      servicesOn.value = on ? [...others, ...idsOf(category)] : others;
    },
    toggleService({ id, category }, on) {
      touched.add(category);
      servicesOn.value = on ? [...servicesOn.value, id] : servicesOn.value.filter((s) => s !== id);
      const anyOn = idsOf(category).some((s) => servicesOn.value.includes(s));
      if (anyOn !== categories.value.includes(category)) {
        categories.value = anyOn ? [...categories.value, category] : categories.value.filter((c) => c !== category);
      }
    },
  };
}
