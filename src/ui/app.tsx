import type { ConsentState } from '../core/consent';
import type { Texts } from '../core/types';
import { closedView, type UiState } from './state';
import { Banner } from './banner';
import { Preferences } from './preferences';

export interface AppProps {
  core: ConsentState;
  ui: UiState;
  texts: Texts;
}

/** Shows whichever layer `ui.view` names; every button calls a core action. */
export function App({ core, ui, texts }: AppProps) {
  const { catalog } = core;
  const view = ui.view.value;
  if (view === 'banner') {
    return (
      <Banner
        texts={texts}
        privacyPolicyUrl={catalog.privacyPolicyUrl}
        onAcceptAll={core.acceptAll}
        onRejectAll={core.rejectAll}
        onCustomize={() => (ui.view.value = 'preferences')}
      />
    );
  }
  if (view === 'preferences') {
    return (
      <Preferences
        catalog={catalog}
        texts={texts}
        granted={(ui.consent.value?.granted ?? []).filter((id) => id !== 'strictly-necessary')}
        onSave={core.acceptCategories}
        onAcceptAll={core.acceptAll}
        onRejectAll={core.rejectAll}
        onClose={() => (ui.view.value = closedView(core))}
      />
    );
  }
  return null;
}
