import { Fragment, h } from 'preact';
import type { Layout, Texts } from '../core/types';

export interface BannerProps {
  texts: Texts;
  privacyPolicyUrl: string;
  /** The browser sends Global Privacy Control and the catalogue honours it. */
  gpc: boolean;
  /** False where the browser keeps no cookies: the banner says the choice lasts for this page only. */
  cookiesKept?: boolean;
  layout: Layout;
  onAcceptAll(): void;
  onRejectAll(): void;
  onCustomize(): void;
}

/**
 * The first layer. The three buttons share one style: refusing must be as
 * easy and as visible as accepting (EDPB cookie banner taskforce, 2023).
 */
export function Banner({ texts, privacyPolicyUrl, gpc, cookiesKept = true, layout, onAcceptAll, onRejectAll, onCustomize }: BannerProps) {
  const content = (
    <>
      <div class="text">
        <h2 id="cg-banner-title">{texts.bannerTitle}</h2>
        <p>
          {texts.bannerDescription} <PolicyLink url={privacyPolicyUrl} texts={texts} />
        </p>
        {gpc && <p class="muted">{texts.gpcHonoured}</p>}
        {!cookiesKept && <p class="muted">{texts.notRemembered}</p>}
      </div>
      <div class="actions">
        <button type="button" class="button" part="button" aria-describedby={gpc ? 'cg-gpc-accept' : undefined} onClick={onAcceptAll}>
          {texts.acceptAll}
        </button>
        <button type="button" class="button" part="button" onClick={onRejectAll}>{texts.rejectAll}</button>
        <button type="button" class="button" part="button" data-opens-preferences onClick={onCustomize}>{texts.customize}</button>
        {gpc && <p id="cg-gpc-accept" class="muted">{texts.gpcAcceptAll}</p>}
      </div>
    </>
  );
  // A wall blocks the page until the visitor chooses: a modal dialog that Esc does not close.
  if (layout === 'wall') {
    return (
      <dialog
        class="wall"
        part="banner"
        aria-labelledby="cg-banner-title"
        ref={(el) => {
          if (el && !el.open) el.showModal();
        }}
        onCancel={(e) => e.preventDefault()}
      >
        {content}
      </dialog>
    );
  }
  // A bar or a box leaves the page usable: a labelled region, not a dialog, and it takes no focus.
  return (
    <section class={`banner ${layout}`} part="banner" role="region" aria-labelledby="cg-banner-title">
      {content}
    </section>
  );
}

/** The privacy-policy link; left out when the catalogue gave no usable URL. */
export function PolicyLink({ url, texts }: { url: string; texts: Texts }) {
  return url ? <a href={url}>{texts.privacyPolicy}</a> : null;
}
