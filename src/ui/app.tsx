import { h } from 'preact';
import type { Catalog, CategoryId, Service, Texts } from '../core/types';
import type { UiView } from './state';
import { Banner } from './banner';
import { Preferences, type CategoryTexts } from './preferences';

export interface AppActions {
  acceptAll(): void;
  rejectAll(): void;
  customize(): void;
  save(granted: CategoryId[], services: string[]): void;
  toggle(category: CategoryId, on: boolean): void;
  toggleService(service: Service, on: boolean): void;
  close(): void;
}

export interface AppProps {
  view: UiView;
  draft: readonly CategoryId[];
  draftServices: readonly string[];
  catalog: Catalog<string>;
  texts: Texts;
  categoryTexts: CategoryTexts;
  /** Global Privacy Control is on and honoured. */
  gpc: boolean;
  /** The browser keeps cookies here; when not, a choice lasts for this page view. */
  cookiesKept: boolean;
  actions: AppActions;
}

/** Shows whichever layer `view` names; every button calls an action. */
export function App({ view, draft, draftServices, catalog, texts, categoryTexts, gpc, cookiesKept, actions }: AppProps) {
  if (view === 'banner') {
    return (
      <Banner
        texts={texts}
        privacyPolicyUrl={catalog.privacyPolicyUrl}
        gpc={gpc}
        cookiesKept={cookiesKept}
        layout={catalog.appearance.layout}
        onAcceptAll={actions.acceptAll}
        onRejectAll={actions.rejectAll}
        onCustomize={actions.customize}
      />
    );
  }
  if (view === 'preferences') {
    return (
      <Preferences
        catalog={catalog}
        texts={texts}
        categoryTexts={categoryTexts}
        gpc={gpc}
        draft={draft}
        services={draftServices}
        onToggle={actions.toggle}
        onToggleService={actions.toggleService}
        onSave={actions.save}
        onAcceptAll={actions.acceptAll}
        onRejectAll={actions.rejectAll}
        onClose={actions.close}
      />
    );
  }
  return null;
}
