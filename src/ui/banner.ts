/**
 * The first layer, in plain DOM (`./dom`). The three buttons share one style:
 * refusing must be as easy and as visible as accepting (EDPB cookie banner
 * taskforce, 2023). A bar or a box leaves the page usable: a labelled region,
 * not a dialog, and it takes no focus. A wall blocks the page until the
 * visitor chooses: a modal `<dialog>` that Esc does not close (the caller
 * opens it with `showModal()` once it is in the document).
 */
import type { Layout } from '../core/types';
import type { BannerTexts } from './i18n/language';
import { el } from './dom';

export interface BannerProps {
  texts: BannerTexts;
  privacyPolicyUrl: string;
  /** The browser sends Global Privacy Control and the catalogue honours it. */
  gpc: boolean;
  /** False where the browser keeps no cookies: the banner says the choice lasts for this page only. */
  cookiesKept: boolean;
  /** What runs by objection in the visitor's jurisdiction and how to object (`texts.objectionNotice`, filled); absent where nothing does. */
  objection?: string;
  layout: Layout;
  onAcceptAll(): void;
  onRejectAll(): void;
  onCustomize(): void;
}

/** The banner's element: a `<section role="region">`, or a `<dialog class="wall">` for the wall layout. */
export function banner(doc: Document, { texts, privacyPolicyUrl, gpc, cookiesKept, objection, layout, onAcceptAll, onRejectAll, onCustomize }: BannerProps): HTMLElement {
  const button = (label: string, onclick: () => void, extra: Record<string, string | boolean | undefined> = {}) =>
    el(doc, 'button', { type: 'button', class: 'button', part: 'button', ...extra, onclick }, label);
  const muted = (text: string, id?: string) => el(doc, 'p', { id, class: 'muted' }, text);
  const content = [
    el(
      doc,
      'div',
      { class: 'text' },
      el(doc, 'h2', { id: 'cg-banner-title' }, texts.bannerTitle),
      el(doc, 'p', {}, texts.bannerDescription, ' ', privacyPolicyUrl && el(doc, 'a', { href: privacyPolicyUrl }, texts.privacyPolicy)),
      objection && el(doc, 'p', {}, objection),
      gpc && muted(texts.gpcHonoured),
      !cookiesKept && muted(texts.notRemembered),
    ),
    el(
      doc,
      'div',
      { class: 'actions' },
      button(texts.acceptAll, onAcceptAll, { 'aria-describedby': gpc ? 'cg-gpc-accept' : undefined }),
      button(texts.rejectAll, onRejectAll),
      button(texts.customize, onCustomize, { 'data-opens-preferences': true }),
      gpc && muted(texts.gpcAcceptAll, 'cg-gpc-accept'),
    ),
  ];
  if (layout === 'wall') {
    // closedby="none": no light dismiss and no Esc where browsers support it; `cancel` prevented where not. Chromium lets
    // a second Esc without a click in between close it regardless (its close-watcher rule): the caller opens it again.
    return el(doc, 'dialog', { class: 'wall', part: 'banner', 'aria-labelledby': 'cg-banner-title', closedby: 'none', oncancel: (e) => e.preventDefault() }, ...content);
  }
  return el(doc, 'section', { class: `banner ${layout}`, part: 'banner', role: 'region', 'aria-labelledby': 'cg-banner-title' }, ...content);
}
