/**
 * Puts the UI on the page: one host element with an open shadow root, so the
 * host page's CSS cannot restyle the banner and ours cannot leak out.
 */
import { render } from 'preact';
import type { ConsentState } from '../core/consent';
import type { Texts } from '../core/types';
import { texts as englishTexts } from './i18n/en';
import { createUiState, type View } from './state';
import { App } from './app';
import css from './styles.css?inline';

export interface MountedUi {
  show(view: View): void;
  destroy(): void;
}

export function mountUi(core: ConsentState, view: View, doc: Document = document): MountedUi {
  const host = doc.createElement('div');
  host.setAttribute('data-consent-gate-root', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Started from <head> with an inline catalogue, the body is not parsed yet.
  const attach = () => doc.body.append(host);
  if (doc.body) attach();
  else doc.addEventListener('DOMContentLoaded', attach, { once: true });

  const texts: Texts = { ...englishTexts, ...core.catalog.texts };
  const ui = createUiState(core);
  // Set before the first render, so the banner is on screen when this returns.
  ui.view.value = view;
  render(<App core={core} ui={ui} texts={texts} />, container);

  return {
    show(view) {
      ui.view.value = view;
    },
    destroy() {
      ui.dispose();
      render(null, container);
      host.remove();
    },
  };
}
