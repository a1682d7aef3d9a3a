/**
 * Puts the UI on the page: one host element with an open shadow root, so the
 * host page's CSS cannot restyle the banner and ours cannot leak out.
 * Rendering is one signals `effect`: it re-renders whenever a signal the
 * render read changes (the view, the draft), which is all the reactivity this
 * small tree needs (`./signals`, two primitives instead of a library).
 */
import { Fragment, h, render } from 'preact';
import { effect, signal } from './signals';
import type { ConsentState } from '../core/consent';
import type { Catalog, Texts } from '../core/types';
import type { CategoryTexts } from './preferences';
import type { UiHandle, View } from '../start';
import { english } from './i18n/en';
import type { Language } from './i18n/language';
import { gpcHonoured } from '../gpc';
import { choicesFor } from '../choices';
import { localize } from './localize';
import { describePurposes } from './purposes';
import { shadowHost } from './shadow-host';
import { cookiesWork, isRemembered } from '../core/cookie-store';
import { createUiState, type UiView } from './state';
import { App, type AppActions } from './app';
import css from './styles.css?inline';

/**
 * `wanted`: the language code to speak (`uiLanguage`); `language`: the built-in
 * texts for it, loaded by the caller, English when there are none.
 */
export function mountUi(
  core: ConsentState,
  catalog: Catalog,
  view: View,
  doc: Document,
  language: Language | undefined,
  wanted: string,
): UiHandle {
  language ??= english;
  // First in the body: the first thing Tab reaches, without taking focus from the page (fixed position, so it moves nothing).
  const { host, shadow } = shadowHost(doc, 'data-consent-gate-root', css, (el) => doc.body.prepend(el));
  const container = doc.createElement('div');
  // The catalogue's texts in the language wanted, where it has them; the built-in texts fill the rest.
  const local = localize(catalog, wanted);
  // The UI speaks the wanted language if it is built in, or if the catalogue's banner copy is in it.
  const own = catalog.language === wanted || Object.values(catalog.texts).some((text) => typeof text === 'object' && wanted in text);
  // The UI's own language and direction, whatever the page around it says.
  const code = own ? wanted : language.code;
  container.lang = code;
  // A built-in language knows its direction; a catalogue in another language follows the page's `dir`.
  container.dir = code === language.code ? language.dir : doc.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  shadow.append(container);
  // The theme is an attribute of the host, so the site's CSS can restyle each one (`[data-theme="dark"]`).
  const { theme } = catalog.appearance;
  const dark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  const paint = () => host.setAttribute('data-theme', theme === 'auto' ? (dark?.matches ? 'dark' : 'light') : theme);
  paint();
  if (theme === 'auto') dark?.addEventListener('change', paint);

  // The built-in description names the purposes this catalogue has, and no others.
  const texts: Texts = { ...language.texts, bannerDescription: describePurposes(language, core.config.enabled), ...local.texts };
  const categoryTexts: CategoryTexts = (id) => ({ ...language.categories[id], ...local.categories[id] });
  // Global Privacy Control (GPC): the visitor's browser refuses sale and sharing for them.
  const gpc = gpcHonoured(doc, core.config.options.honorGpc);
  // Cookies blocked or ignored: a choice lasts for this page view only, and the banner says so.
  const kept = cookiesWork(doc);
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

  // Saying that a choice was saved, for screen readers: a live region that stays while the banner goes.
  const status = signal('');
  const announce = core.on('change', (consent) => {
    const said = isRemembered(core.config.options.cookieName, consent, doc) ? texts.saved : texts.notRemembered;
    status.value = '';
    // Emptied first and filled a moment later, so the same words are announced again for a second choice.
    setTimeout(() => (status.value = said), 100);
  });

  let shown: UiView = 'hidden';
  let opener: Element | null = null;
  ui.open(view);
  const stop = effect(() => {
    const current = ui.view.value;
    // Whatever opened the dialog (a footer link, say) gets focus back when it closes.
    if (current === 'preferences' && shown !== 'preferences') {
      // The focused element, inside shadow roots too (our banner, the settings button, a site's web component).
      opener = doc.activeElement;
      while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;
    }
    render(
      <>
        <App view={current} draft={ui.draft.value} draftServices={ui.draftServices.value} catalog={local} texts={texts} categoryTexts={categoryTexts} gpc={gpc} cookiesKept={kept} actions={actions} />
        <p role="status" class="hidden">{status.value}</p>
      </>,
      container,
    );
    if (shown === 'preferences' && current !== 'preferences') {
      // Focus goes back to what opened the dialog; the banner's "Customize" was drawn anew, so to its new self.
      const back = opener?.isConnected ? opener : container.querySelector<HTMLElement>('[data-opens-preferences]');
      if (back instanceof HTMLElement) back.focus();
    }
    shown = current;
  });

  return {
    show: ui.open,
    destroy() {
      stop();
      announce();
      dark?.removeEventListener('change', paint);
      ui.dispose();
      render(null, container);
      host.remove();
    },
  };
}
