import type { Texts } from '../core/types';

export interface BannerProps {
  texts: Texts;
  privacyPolicyUrl: string;
  onAcceptAll(): void;
  onRejectAll(): void;
  onCustomize(): void;
}

/**
 * The first layer. The three buttons share one style: refusing must be as
 * easy and as visible as accepting (EDPB cookie banner taskforce, 2023).
 */
export function Banner({ texts, privacyPolicyUrl, onAcceptAll, onRejectAll, onCustomize }: BannerProps) {
  return (
    <section class="cg-banner" part="banner" role="region" aria-labelledby="cg-banner-title">
      <div class="cg-banner-text">
        <h2 id="cg-banner-title" class="cg-title">{texts.bannerTitle}</h2>
        <p class="cg-description">
          {texts.bannerDescription}{' '}
          <a href={privacyPolicyUrl} class="cg-link">{texts.privacyPolicy}</a>
        </p>
      </div>
      <div class="cg-actions">
        <button type="button" class="cg-button" part="button" onClick={onAcceptAll}>{texts.acceptAll}</button>
        <button type="button" class="cg-button" part="button" onClick={onRejectAll}>{texts.rejectAll}</button>
        <button type="button" class="cg-button" part="button" onClick={onCustomize}>{texts.customize}</button>
      </div>
    </section>
  );
}
