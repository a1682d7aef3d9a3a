/**
 * The optional floating "Cookie settings" button (`appearance.settingsButton`):
 * a small round button in the bottom corner, on every page view, that opens
 * the preferences. Plain DOM, no Preact, in a shadow root of its own: the
 * script tag fetches it as a tiny file of its own (consent-gate.button.js)
 * only for sites that turn it on, so it costs nothing on the others.
 */
import { shadowHost } from './shadow-host';
import { SETTINGS, inLanguage } from './widget-texts';

// The corner opposite the box layout's (inline-start), above page content but below the banner; themed like the banner.
const CSS = `:host{all:initial;position:fixed;inset-block-end:16px;inset-inline-start:16px;z-index:2147483645}
button{width:44px;height:44px;border:0;border-radius:50%;padding:10px;cursor:pointer;background:var(--cg-accent,#0b57d0);color:var(--cg-accent-fg,#fff);box-shadow:0 2px 8px #0004}
button:focus-visible{outline:3px solid var(--cg-fg,#1f2328);outline-offset:2px}
svg{display:block;width:100%;height:100%}`;

// A cookie: a round biscuit with a bite out of it and three chips.
const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm6 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-7 2a1 1 0 1 1 0 2 1 1 0 0 1 0-2z"/></svg>';

/** Puts the button on the page, in the language `code`; returns what removes it. */
export function mountSettingsButton(doc: Document, code: string, open: () => void): () => void {
  // Last in the body: after the page's own controls in Tab order.
  const { host, shadow } = shadowHost(doc, 'data-consent-gate-settings', CSS, (el) => doc.body.append(el));
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'settings-button');
  const label = inLanguage(SETTINGS, code);
  button.setAttribute('aria-label', label);
  button.title = label;
  // Fixed markup of our own, never catalogue text.
  button.innerHTML = ICON;
  button.onclick = open;
  shadow.append(button);
  return () => host.remove();
}
