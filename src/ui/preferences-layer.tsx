/**
 * The preferences dialog, the UI's second layer, with Preact and
 * `@preact/signals`: the script tag fetches it as a file of its own
 * (consent-gate.preferences.js), prefetched once the banner shows and
 * fetched at once by a "Cookie settings" link; the npm build imports it.
 */
import { h, render } from 'preact';
import type { ConsentState } from '../core/consent';
import type { Catalog, CategoryId, Texts } from '../core/types';
import { createDraft } from './draft';
import { Preferences } from './preferences';
import { englishPreferences } from './i18n/en-preferences';
import type { BannerTexts } from './i18n/language';
import css from './preferences.css?inline';
import { PRIVACY_CHOICES, inLanguage } from './widget-texts';

/** What the first layer hands the dialog when it opens it. */
export interface PreferencesContext {
  core: ConsentState;
  /** The catalogue in the language shown. */
  catalog: Catalog<string>;
  /** The texts in the language shown; what is missing is English (the first layer builds in only its own). */
  texts: BannerTexts & Partial<Texts>;
  /** A category's title and description in the language shown, where there are any. */
  categoryTexts(category: CategoryId): Partial<{ title: string; description: string }>;
  /** Global Privacy Control is on and honoured: targeting starts off, and the dialog says why. */
  gpc: boolean;
  acceptAll(): void;
  rejectAll(): void;
  save(categories: CategoryId[], services: string[], untouched: CategoryId[]): void;
  /** Closing without a choice: the first layer decides what shows next. */
  close(): void;
  /** The element to draw in, inside the UI's shadow root. */
  container: HTMLElement;
  /** Adds a stylesheet to the UI's shadow root, once per text. */
  addStyles(css: string): void;
  showModal(dialog: HTMLDialogElement): void;
}

/** Draws the dialog from a fresh draft; returns what removes it. */
export function openPreferences(context: PreferencesContext): () => void {
  const { core, catalog, gpc, container } = context;
  context.addStyles(css);
  const draft = createDraft(core, gpc, catalog.services, (id) => catalog.categories[id].revisedIn);
  const optOut = core.place?.model === 'opt-out';
  render(
    <Preferences
      catalog={catalog}
      texts={{ ...englishPreferences.texts, ...context.texts }}
      categoryTexts={(id) => ({ ...englishPreferences.categories[id], ...context.categoryTexts(id) })}
      draft={draft}
      optOut={optOut}
      // Honoured while GPC is on and the visitor has not switched targeting on themselves; in the dialog's language.
      optOutHonoured={optOut && gpc && !core.hasConsent('targeting') ? inLanguage(PRIVACY_CHOICES, (container.closest('[lang]') as HTMLElement | null)?.lang ?? 'en')[1] : undefined}
      onSave={context.save}
      onAcceptAll={context.acceptAll}
      onRejectAll={context.rejectAll}
      onClose={context.close}
      showModal={context.showModal}
    />,
    container,
  );
  return () => render(null, container);
}
