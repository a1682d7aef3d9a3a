import { useEffect, useRef } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import type { Catalog, CategoryId, Texts } from '../core/types';
import { cookiesOf, enabledCategories } from '../core/catalog';
import { categoryTexts } from './i18n/en';
import { Switch } from './switch';
import { CookieTable } from './cookie-table';

export interface PreferencesProps {
  catalog: Catalog;
  texts: Texts;
  /** Optional categories switched on when the dialog opens: the current choice, or none (never pre-ticked). */
  granted: readonly CategoryId[];
  onSave(granted: CategoryId[]): void;
  onAcceptAll(): void;
  onRejectAll(): void;
  onClose(): void;
}

/**
 * The second layer: one switch per enabled category with its cookie list.
 * A native modal <dialog> gives focus containment, Esc to close and an inert
 * page behind it without code of our own.
 */
export function Preferences({ catalog, texts, granted, onSave, onAcceptAll, onRejectAll, onClose }: PreferencesProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const draft = useSignal<readonly CategoryId[]>(granted);

  useEffect(() => {
    // Whatever opened the dialog (a footer link, say) gets focus back when it closes.
    const opener = document.activeElement;
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const toggle = (id: CategoryId, on: boolean) => {
    draft.value = on ? [...draft.value, id] : draft.value.filter((c) => c !== id);
  };

  return (
    <dialog
      ref={dialog}
      class="cg-dialog"
      part="dialog"
      aria-labelledby="cg-prefs-title"
      onCancel={(e) => {
        // Esc: leave the choice as it was; the app decides what shows next.
        e.preventDefault();
        onClose();
      }}
    >
      <div class="cg-dialog-head">
        <h2 id="cg-prefs-title" class="cg-title">{texts.preferencesTitle}</h2>
        <button type="button" class="cg-close" aria-label={texts.close} onClick={onClose}>×</button>
      </div>
      <p class="cg-description">
        {texts.preferencesDescription}{' '}
        <a href={catalog.privacyPolicyUrl} class="cg-link">{texts.privacyPolicy}</a>
      </p>
      {enabledCategories(catalog).map((id) => {
        const always = id === 'strictly-necessary';
        const title = catalog.categories[id].title ?? categoryTexts[id].title;
        return (
          <section class="cg-category" key={id} aria-labelledby={`cg-cat-${id}`}>
            <div class="cg-category-head">
              <h3 id={`cg-cat-${id}`} class="cg-category-title">{title}</h3>
              {always && <span id="cg-always-on" class="cg-muted">{texts.alwaysOn}</span>}
              <Switch
                labelledBy={`cg-cat-${id}`}
                checked={always || draft.value.includes(id)}
                disabled={always}
                describedBy={always ? 'cg-always-on' : undefined}
                onChange={(on) => toggle(id, on)}
              />
            </div>
            <p class="cg-description">{catalog.categories[id].description ?? categoryTexts[id].description}</p>
            <details class="cg-details">
              <summary>{texts.cookiesIn} ({cookiesOf(catalog, id).length})</summary>
              <CookieTable cookies={cookiesOf(catalog, id)} texts={texts} caption={title} />
            </details>
          </section>
        );
      })}
      <div class="cg-actions">
        <button type="button" class="cg-button" part="button" onClick={onAcceptAll}>{texts.acceptAll}</button>
        <button type="button" class="cg-button" part="button" onClick={onRejectAll}>{texts.rejectAll}</button>
        <button type="button" class="cg-button" part="button" onClick={() => onSave([...draft.value])}>{texts.saveChoices}</button>
      </div>
    </dialog>
  );
}
