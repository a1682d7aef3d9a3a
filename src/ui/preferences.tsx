import { h } from 'preact';
import type { Catalog, CategoryId, Texts } from '../core/types';
import { cookiesOf, enabledCategories } from '../core/catalog';
import type { Draft } from './draft';
import { Switch } from './switch';
import { CookieTable } from './cookie-table';

/** A category's title and description in the language shown. */
export type CategoryTexts = (category: CategoryId) => { title: string; description: string };

export interface PreferencesProps {
  catalog: Catalog<string>;
  texts: Texts;
  categoryTexts: CategoryTexts;
  /** The choice being edited; read here, so the dialog re-renders as it changes. */
  draft: Draft;
  /** The visitor's jurisdiction is opt-out: the description speaks of opting out (`texts.optOutDescription`). */
  optOut?: boolean;
  /** The status line atop the dialog where Global Privacy Control was honoured as an opt-out. */
  optOutHonoured?: string;
  /** Saves the draft: the optional categories on, the services on, and the categories left untouched (`Draft.untouched`). */
  onSave(categories: CategoryId[], services: string[], untouched: CategoryId[]): void;
  onAcceptAll(): void;
  onRejectAll(): void;
  onClose(): void;
  /** Opens the dialog once it is in the document (`showModal()`). */
  showModal(dialog: HTMLDialogElement): void;
}

/**
 * The second layer: one switch per enabled category with its cookie list.
 * A native modal <dialog> gives focus containment, Esc to close and an inert
 * page behind it without code of our own.
 */
export function Preferences({ catalog, texts, categoryTexts, draft, optOut, optOutHonoured, onSave, onAcceptAll, onRejectAll, onClose, showModal }: PreferencesProps) {
  const granted = draft.granted.value;
  const services = draft.services.value;
  return (
    <dialog
      ref={(el) => {
        if (el && !el.open) showModal(el);
      }}
      part="dialog"
      aria-labelledby="cg-prefs-title"
      onCancel={(e) => {
        // Esc: leave the choice as it was; the UI decides what shows next.
        e.preventDefault();
        onClose();
      }}
    >
      <div class="head">
        <h2 id="cg-prefs-title">{texts.preferencesTitle}</h2>
        <button type="button" class="close" aria-label={texts.close} onClick={onClose}>×</button>
      </div>
      {optOutHonoured && <p class="status-line" data-opt-out-honoured>{optOutHonoured}</p>}
      <p>
        {optOut ? texts.optOutDescription : texts.preferencesDescription} {catalog.privacyPolicyUrl && <a href={catalog.privacyPolicyUrl}>{texts.privacyPolicy}</a>}
      </p>
      {draft.gpcNote.value && !optOutHonoured && <p class="muted">{texts.gpcHonoured}</p>}
      {enabledCategories(catalog).map((id) => {
        const always = id === 'strictly-necessary';
        const { title, description } = categoryTexts(id);
        return (
          <section key={id} aria-labelledby={`cg-cat-${id}`}>
            <div class="head">
              <h3 id={`cg-cat-${id}`}>{title}</h3>
              {always && <span id="cg-always-on" class="muted">{texts.alwaysOn}</span>}
              <Switch
                labelledBy={`cg-cat-${id}`}
                checked={granted.includes(id)}
                disabled={always}
                describedBy={always ? 'cg-always-on' : undefined}
                onChange={(on) => draft.toggle(id, on)}
              />
            </div>
            <p>{description}</p>
            {catalog.services
              .filter((service) => service.category === id)
              .map((service) => {
                // What the service does and who provides it describe its switch; its name alone labels it.
                const about = [service.description, service.provider && `${texts.cookieProvider}: ${service.provider}`].filter(Boolean).join(' ');
                return (
                  <div key={service.id} class="head service">
                    <span>
                      <span id={`cg-svc-${service.id}`}>{service.name}</span>
                      {about && <small id={`cg-svc-${service.id}-about`} class="muted">{about}</small>}
                    </span>
                    <Switch
                      labelledBy={`cg-svc-${service.id}`}
                      checked={always || services.includes(service.id)}
                      disabled={always}
                      describedBy={about ? `cg-svc-${service.id}-about` : undefined}
                      onChange={(on) => draft.toggleService(service, on)}
                    />
                  </div>
                );
              })}
            <details>
              <summary>{texts.cookiesIn} ({cookiesOf(catalog, id).length})</summary>
              <CookieTable cookies={cookiesOf(catalog, id)} texts={texts} caption={title} />
            </details>
          </section>
        );
      })}
      <div class="actions">
        <button type="button" class="button" part="button" onClick={onAcceptAll}>{texts.acceptAll}</button>
        <button type="button" class="button" part="button" onClick={onRejectAll}>{texts.rejectAll}</button>
        <button type="button" class="button" part="button" onClick={() => onSave([...draft.categories.value], [...draft.services.value], draft.untouched())}>{texts.saveChoices}</button>
      </div>
    </dialog>
  );
}
