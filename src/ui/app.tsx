import { h } from 'preact';
import type { Catalog, CategoryId, Texts } from '../core/types';
import type { UiView } from './state';
import { Banner } from './banner';
import { Preferences, type CategoryTexts } from './preferences';

export interface AppActions {
  acceptAll(): void;
  rejectAll(): void;
  customize(): void;
  save(granted: CategoryId[]): void;
  toggle(category: CategoryId, on: boolean): void;
  close(): void;
}

export interface AppProps {
  view: UiView;
  draft: readonly CategoryId[];
  catalog: Catalog;
  texts: Texts;
  categoryTexts: CategoryTexts;
  /** Global Privacy Control is on and honoured. */
  gpc: boolean;
  actions: AppActions;
}

/** Shows whichever layer `view` names; every button calls an action. */
export function App({ view, draft, catalog, texts, categoryTexts, gpc, actions }: AppProps) {
  if (view === 'banner') {
    return (
      <Banner
        texts={texts}
        privacyPolicyUrl={catalog.privacyPolicyUrl}
        gpc={gpc}
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
        onToggle={actions.toggle}
        onSave={actions.save}
        onAcceptAll={actions.acceptAll}
        onRejectAll={actions.rejectAll}
        onClose={actions.close}
      />
    );
  }
  return null;
}
