/**
 * Puts the UI on the page: one host element with an open shadow root, so the
 * host page's CSS cannot restyle the banner and ours cannot leak out.
 * Rendering is one signals `effect`: it re-renders whenever a signal the
 * render read changes (the view, the draft), which is all the reactivity this
 * small tree needs (`./signals`, two primitives instead of a library).
 */
import { h, render } from 'preact';
import { effect } from './signals';
import type { ConsentState } from '../core/consent';
import type { Catalog, Texts } from '../core/types';
import type { CategoryTexts } from './preferences';
import type { UiHandle, View } from '../start';
import { english } from './i18n/en';
import type { Language } from './i18n/language';
import { pageLanguage } from '../languages';
import { gpcHonoured } from '../gpc';
import { choicesFor } from '../choices';
import { createUiState, type UiView } from './state';
import { App, type AppActions } from './app';
import css from './styles.css?inline';

/** `language`: the built-in language for the page's (`pageLanguage`), loaded by the caller; English by default. */
export function mountUi(core: ConsentState, catalog: Catalog, view: View, doc: Document = document, language: Language = english): UiHandle {
  const host = doc.createElement('div');
  host.setAttribute('data-consent-gate-root', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  // The catalogue's own words are in one language: the page's language if it is that, else the built-in texts.
  const wanted = pageLanguage(doc);
  const own = catalog.language === wanted;
  // The UI's own language and direction, whatever the page around it says.
  const code = own ? wanted : language.code;
  container.lang = code;
  // A built-in language knows its direction; a catalogue in another language follows the page's `dir`.
  container.dir = code === language.code ? language.dir : doc.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  shadow.append(style, container);
  // Started from <head> with an inline catalogue, the body is not parsed yet.
  const attach = () => doc.body.append(host);
  if (doc.body) attach();
  else doc.addEventListener('DOMContentLoaded', attach, { once: true });

  const texts: Texts = { ...language.texts, ...(own && catalog.texts) };
  const categoryTexts: CategoryTexts = (id) => ({ ...language.categories[id], ...(own && catalog.categories[id]) });
  // Global Privacy Control (GPC): the visitor's browser refuses sale and sharing for them.
  const gpc = gpcHonoured(doc, core.config.options.honorGpc);
  const ui = createUiState(core, gpc, catalog.services, (id) => catalog.categories[id].revisedIn);
  const choices = choicesFor(core, doc, catalog);
  const actions: AppActions = {
    acceptAll: choices.acceptAll,
    rejectAll: choices.rejectAll,
    customize: () => ui.open('preferences'),
    save: choices.acceptCategories,
    toggle: ui.toggle,
    toggleService: ui.toggleService,
    close: ui.close,
  };

  let shown: UiView = 'hidden';
  let opener: Element | null = null;
  ui.open(view);
  const stop = effect(() => {
    const current = ui.view.value;
    // Whatever opened the dialog (a footer link, say) gets focus back when it closes.
    if (current === 'preferences' && shown !== 'preferences') opener = doc.activeElement;
    render(<App view={current} draft={ui.draft.value} draftServices={ui.draftServices.value} catalog={catalog} texts={texts} categoryTexts={categoryTexts} gpc={gpc} actions={actions} />, container);
    if (shown === 'preferences' && current !== 'preferences' && opener instanceof HTMLElement && opener !== host) {
      opener.focus();
    }
    shown = current;
  });

  return {
    show: ui.open,
    destroy() {
      stop();
      ui.dispose();
      render(null, container);
      host.remove();
    },
  };
}
