/**
 * Puts the UI on the page: one host element with an open shadow root, so the
 * host page's CSS cannot restyle the banner and ours cannot leak out. The
 * banner is plain DOM (`./banner`); the preferences dialog is a file of its
 * own (Preact and signals, `./preferences-layer`), fetched through
 * `loadPreferences` when the visitor opens it, and prefetched in idle time
 * once the banner is on screen, so that "Customize" opens it at once.
 */
import type { ConsentState } from '../core/consent';
import type { Catalog, Texts } from '../core/types';
import type { UiHandle, View } from '../page/start';
import { englishBanner } from './i18n/en-banner';
import type { BannerLanguage, BannerTexts, Language } from './i18n/language';
import { gpcHonoured } from '../page/gpc';
import { choicesFor } from '../page/choices';
import { localize } from './localize';
import { describePurposes } from './purposes';
import { addStyles, shadowHost } from './shadow-host';
import { cookiesWork, isRemembered } from '../core/cookie-writer';
import { banner } from './banner';
import { el } from './dom';
import type { PreferencesContext } from './preferences-layer';
import css from './banner.css?inline';

/** The preferences file's module: draws the dialog, returns what removes it. */
export interface PreferencesLayer {
  open(context: PreferencesContext): () => void;
}

type Shown = View | 'hidden';

/**
 * `wanted`: the language code to speak (`uiLanguage`); `language`: the built-in
 * texts for it, loaded by the caller, English when there are none (the first
 * layer's English is built in; the preferences file brings the rest of it);
 * `loadPreferences`: the dialog's module (`prefetch`: at low priority); both entries hand in a loader that fetches the file once.
 */
export function mountUi(
  core: ConsentState,
  catalog: Catalog,
  view: View,
  doc: Document,
  language: Language | undefined,
  wanted: string,
  loadPreferences: (prefetch?: boolean) => Promise<PreferencesLayer>,
): UiHandle {
  const base: BannerLanguage = language ?? englishBanner;
  const win = doc.defaultView ?? window;
  // First in the body: the first thing Tab reaches, without taking focus from the page (fixed position, so it moves nothing).
  const { host, shadow } = shadowHost(doc, 'data-consent-gate-root', css, (el) => doc.body.prepend(el));
  // The preferences' stylesheet, added once however often the dialog opens.
  const styled = new Set<string>();
  const container = doc.createElement('div');
  // The catalogue's texts in the language wanted, where it has them; the built-in texts fill the rest.
  const local = localize(catalog, wanted);
  // The UI speaks the wanted language if it is built in, or if the catalogue's banner copy is in it.
  const own = catalog.language === wanted || Object.values(catalog.texts).some((text) => typeof text === 'object' && wanted in text);
  // The UI's own language and direction, whatever the page around it says.
  const code = own ? wanted : base.code;
  container.lang = code;
  // A built-in language knows its direction; a catalogue in another language follows the page's `dir`.
  container.dir = code === base.code ? base.dir : doc.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  shadow.append(container);
  // The theme is an attribute of the host, so the site's CSS can restyle each one (`[data-theme="dark"]`).
  const { theme } = catalog.appearance;
  const dark = win.matchMedia?.('(prefers-color-scheme: dark)');
  const paint = () => host.setAttribute('data-theme', theme === 'auto' ? (dark?.matches ? 'dark' : 'light') : theme);
  paint();
  if (theme === 'auto') dark?.addEventListener('change', paint);
  /** Runs `fn` once the host is in the document (a modal dialog can only open there). */
  const placed = (fn: () => void) => (host.isConnected ? fn() : doc.addEventListener('DOMContentLoaded', fn, { once: true }));
  const showModal = (dialog: HTMLDialogElement) => placed(() => dialog.isConnected && !dialog.open && dialog.showModal());

  // The built-in description names the purposes this catalogue has, and no others.
  const byObjection = core.place?.model === 'opt-in' ? core.place.runsByDefault : [];
  const asked = core.config.enabled.filter((id) => !byObjection.includes(id));
  const texts: BannerTexts & Partial<Texts> = {
    ...base.texts,
    bannerDescription: describePurposes(base, asked),
    ...local.texts,
  };
  const categoryTexts: PreferencesContext['categoryTexts'] = (id) => ({ ...base.categories?.[id], ...local.categories[id] });
  // Global Privacy Control (GPC): the visitor's browser refuses sale and sharing for them.
  const gpc = gpcHonoured(doc, core.config.options.honorGpc);
  // Cookies blocked or ignored: a choice lasts for this page view only, and the banner says so.
  const kept = cookiesWork();
  const choices = choicesFor(core, doc, catalog);

  // Saying that a choice was saved, for screen readers: a live region that stays while the banner goes.
  const status = el(doc, 'p', { role: 'status', class: 'hidden' });
  container.append(status);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announce = core.on('change', (consent) => {
    show('hidden');
    const said = isRemembered(core.config.options.cookieName, consent, doc) ? texts.saved : texts.notRemembered;
    status.textContent = '';
    // Emptied first and filled a moment later, so the same words are announced again for a second choice.
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = said), 100);
  });

  let shown: Shown = 'hidden';
  let remove: (() => void) | undefined;
  let opener: Element | null = null;
  // Each show() supersedes the ones before it, also one still waiting for the preferences file.
  let latest = 0;

  const drawBanner = () => {
    const element = banner(doc, {
      texts, privacyPolicyUrl: local.privacyPolicyUrl, gpc, cookiesKept: kept, layout: local.appearance.layout,
      // A catalogue's own objectionNotice may hold {purposes} too.
      objection: byObjection.length ? describePurposes(base, byObjection, texts.objectionNotice) : undefined,
      onAcceptAll: choices.acceptAll,
      onRejectAll: choices.rejectAll,
      onCustomize: () => show('preferences'),
    });
    container.insertBefore(element, status);
    if (element instanceof win.HTMLDialogElement) {
      showModal(element);
      // Only a choice ends a wall: closed any other way while it is still shown, it opens again at once.
      element.addEventListener('close', () => shown === 'banner' && showModal(element));
    }
    // The dialog's file, in idle time after the banner's first frame: never before the banner is on screen.
    // (Both entries' `loadPreferences` fetch the file once, so a banner drawn again never fetches it twice.)
    placed(() => win.requestAnimationFrame(() => idle(win, () => void loadPreferences(true).catch(() => {}))));
    return () => element.remove();
  };

  const drawPreferences = (layer: PreferencesLayer) => {
    const box = el(doc, 'div');
    container.insertBefore(box, status);
    const stop = layer.open({
      core, catalog: local, texts, categoryTexts, gpc,
      acceptAll: choices.acceptAll,
      rejectAll: choices.rejectAll,
      save: choices.save,
      close: () => show(core.needsChoice() ? 'banner' : 'hidden'),
      container: box,
      addStyles: (text) => void (styled.has(text) || (styled.add(text), addStyles(doc, shadow, text))),
      showModal,
    });
    return () => {
      stop();
      box.remove();
    };
  };

  function swap(next: Shown, draw?: () => () => void) {
    const was = shown;
    remove?.();
    remove = draw?.();
    shown = next;
    if (was === 'preferences' && next !== 'preferences') {
      // Focus goes back to what opened the dialog; the banner's "Customize" was drawn anew, so to its new self.
      const back = opener?.isConnected ? opener : container.querySelector('[data-opens-preferences]');
      if (back instanceof win.HTMLElement) back.focus();
    }
  }

  function show(next: Shown) {
    const mine = ++latest;
    if (next !== 'preferences') return swap(next, next === 'banner' ? drawBanner : undefined);
    if (shown !== 'preferences') {
      // Whatever opened the dialog (a footer link, say) gets focus back when it closes: the focused
      // element, inside shadow roots too (our banner, the settings button, a site's web component).
      opener = doc.activeElement;
      while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;
    }
    loadPreferences().then(
      (layer) => mine === latest && swap('preferences', () => drawPreferences(layer)),
      (error: unknown) => console.error('[consent-gate] the preferences could not load:', error),
    );
  }

  show(view);
  return {
    show,
    destroy() {
      latest++;
      clearTimeout(timer);
      announce();
      dark?.removeEventListener('change', paint);
      remove?.();
      host.remove();
    },
  };
}

/** `fn` in idle time, within 2 s on a page that is never idle; a moment later where there is no `requestIdleCallback` (Safari). */
function idle(win: Window, fn: () => void) {
  if (win.requestIdleCallback) win.requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 50);
}
