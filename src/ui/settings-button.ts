/**
 * The optional floating "Cookie settings" button (`appearance.settingsButton`):
 * a small round button in the bottom corner, on every page view, that opens
 * the preferences. Plain DOM, no Preact, in a shadow root of its own: the
 * script tag fetches it as a tiny file of its own (consent-gate.button.js)
 * only for sites that turn it on, so it costs nothing on the others.
 */
import { shadowHost } from './shadow-host';
import { PRIVACY_CHOICES, SETTINGS, inLanguage } from './widget-texts';

// The corner opposite the box layout's (inline-start), above page content but below the banner; themed like the banner.
const CSS = `:host{all:initial;position:fixed;inset-block-end:16px;inset-inline-start:16px;z-index:2147483645}
button{width:44px;height:44px;border:0;border-radius:50%;padding:10px;cursor:pointer;background:var(--cg-accent,#0b57d0);color:var(--cg-accent-fg,#fff);box-shadow:0 2px 8px #0004}
button:focus-visible{outline:3px solid var(--cg-fg,#1f2328);outline-offset:2px}
svg{display:block;width:100%;height:100%}
.choices{width:auto;height:auto;border-radius:22px;padding:10px 14px;display:flex;gap:8px;align-items:center;font:600 14px/1.2 system-ui,sans-serif}
.choices svg{width:30px;height:14px;flex:none}
p{margin:6px 0 0;padding:4px 8px;border-radius:6px;font:13px/1.3 system-ui,sans-serif;background:var(--cg-bg,#fff);color:var(--cg-fg,#1f2328);box-shadow:0 1px 4px #0003}`;

// The CCPA opt-out icon (11 CCR § 7015(b)): a pill, a check on its white half, a cross on its blue half.
const OPT_OUT_ICON =
  '<svg viewBox="0 0 30 14" aria-hidden="true"><path d="M7 .5h16a6.5 6.5 0 0 1 0 13H7a6.5 6.5 0 0 1 0-13z" fill="#fff" stroke="#06f"/><path d="M17.5.5H23a6.5 6.5 0 0 1 0 13h-9z" fill="#06f"/><path d="M4.5 7.2l2.6 2.6 4.6-5" fill="none" stroke="#06f" stroke-width="1.6"/><path d="M19.6 4.6l4.8 4.8m0-4.8l-4.8 4.8" stroke="#fff" stroke-width="1.6"/></svg>';

// A cookie: a round biscuit with a bite out of it and three chips.
const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm6 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-7 2a1 1 0 1 1 0 2 1 1 0 0 1 0-2z"/></svg>';

/** The opt-out jurisdictions' button: whether GPC's opt-out is honoured now, and how to hear that it may have changed. */
export interface PrivacyChoices {
  /** GPC is on and the visitor has not switched targeting on themselves. */
  honoured(): boolean;
  /** Subscribes to choices; returns the unsubscribe. */
  onChange(fn: () => void): () => void;
}

/**
 * Puts the button on the page, in the language `code`; returns what removes it. `privacyChoices`: the opt-out
 * jurisdictions' "Your Privacy Choices" button with the opt-out icon instead, and, while `honoured()`, the line
 * "Opt-out request honoured" beside it (a visitor who switched targeting on overrode the signal: then it is not shown).
 */
export function mountSettingsButton(doc: Document, code: string, open: () => void, privacyChoices?: PrivacyChoices): () => void {
  // Last in the body: after the page's own controls in Tab order.
  const { host, shadow } = shadowHost(doc, 'data-consent-gate-settings', CSS, (el) => doc.body.append(el));
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'settings-button');
  button.onclick = open;
  shadow.append(button);
  if (privacyChoices) {
    const [label, honoured] = inLanguage(PRIVACY_CHOICES, code);
    button.className = 'choices';
    // Fixed markup of our own, then the name as text: the visible words are the accessible name.
    button.innerHTML = OPT_OUT_ICON;
    button.append(label);
    button.setAttribute('aria-haspopup', 'dialog');
    const line = doc.createElement('p');
    line.id = 'cg-opt-out-honoured';
    line.setAttribute('part', 'opt-out-honoured');
    line.textContent = honoured;
    // Heard with the button's name by a screen reader, while it is true.
    const show = () => {
      line.hidden = !privacyChoices.honoured();
      if (line.hidden) button.removeAttribute('aria-describedby');
      else button.setAttribute('aria-describedby', line.id);
    };
    show();
    shadow.append(line);
    const off = privacyChoices.onChange(show);
    return () => {
      off();
      host.remove();
    };
  }
  const label = inLanguage(SETTINGS, code);
  button.setAttribute('aria-label', label);
  button.title = label;
  // Fixed markup of our own, never catalogue text.
  button.innerHTML = ICON;
  return () => host.remove();
}
