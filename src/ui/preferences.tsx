import { h } from 'preact';
import type { Catalog, CategoryId, Service, Texts } from '../core/types';
import { cookiesOf, enabledCategories } from '../core/catalog';
import { Switch } from './switch';
import { CookieTable } from './cookie-table';
import { PolicyLink } from './banner';

/** A category's title and description in the language shown. */
export type CategoryTexts = (category: CategoryId) => { title: string; description: string };

export interface PreferencesProps {
  catalog: Catalog<string>;
  texts: Texts;
  categoryTexts: CategoryTexts;
  gpc: boolean;
  /** Optional categories switched on: the current choice when it opened, or none (never pre-ticked), as edited. */
  draft: readonly CategoryId[];
  /** Services switched on, as edited. */
  services: readonly string[];
  onToggle(category: CategoryId, on: boolean): void;
  onToggleService(service: Service, on: boolean): void;
  onSave(granted: CategoryId[], services: string[]): void;
  onAcceptAll(): void;
  onRejectAll(): void;
  onClose(): void;
}

/**
 * The second layer: one switch per enabled category with its cookie list.
 * A native modal <dialog> gives focus containment, Esc to close and an inert
 * page behind it without code of our own.
 */
export function Preferences({ catalog, texts, categoryTexts, gpc, draft, services, onToggle, onToggleService, onSave, onAcceptAll, onRejectAll, onClose }: PreferencesProps) {
  return (
    <dialog
      ref={(el) => {
        if (el && !el.open) el.showModal();
      }}
      part="dialog"
      aria-labelledby="cg-prefs-title"
      onCancel={(e) => {
        // Esc: leave the choice as it was; the app decides what shows next.
        e.preventDefault();
        onClose();
      }}
    >
      <div class="head">
        <h2 id="cg-prefs-title">{texts.preferencesTitle}</h2>
        <button type="button" class="close" aria-label={texts.close} onClick={onClose}>×</button>
      </div>
      <p>
        {texts.preferencesDescription} <PolicyLink url={catalog.privacyPolicyUrl} texts={texts} />
      </p>
      {gpc && <p class="muted">{texts.gpcHonoured}</p>}
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
                checked={always || draft.includes(id)}
                disabled={always}
                describedBy={always ? 'cg-always-on' : undefined}
                onChange={(on) => onToggle(id, on)}
              />
            </div>
            <p>{description}</p>
            {catalog.services
              .filter((service) => service.category === id)
              .map((service) => (
                <div key={service.id} class="head service">
                  <span id={`cg-svc-${service.id}`}>{service.name}</span>
                  <Switch
                    labelledBy={`cg-svc-${service.id}`}
                    checked={always || services.includes(service.id)}
                    disabled={always}
                    onChange={(on) => onToggleService(service, on)}
                  />
                </div>
              ))}
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
        <button type="button" class="button" part="button" onClick={() => onSave([...draft], [...services])}>{texts.saveChoices}</button>
      </div>
    </dialog>
  );
}
