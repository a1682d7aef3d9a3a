import type { BannerLanguage } from './language';

/**
 * English for the first layer, built into its file: the fallback for every
 * language without a file of its own. The preferences' English texts come
 * with the preferences file (`en-preferences.ts`), which only some visitors fetch.
 */
export const englishBanner = {
  code: 'en',
  dir: 'ltr',
  texts: {
    bannerTitle: 'Your privacy, your choice',
    bannerDescription:
      'We use cookies the site needs to work. With your consent, we also use cookies to {purposes}.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    privacyPolicy: 'Privacy policy',
    gpcHonoured: 'Your browser sends a Global Privacy Control signal, so targeting stays off unless you switch it on.',
    gpcAcceptAll: '“Accept all” includes targeting, despite that signal.',
    saved: 'Your cookie choices have been saved.',
    notRemembered: 'Your browser does not let this site keep cookies, so your choice applies to this page only.',
    objectionNotice: 'We also use cookies to {purposes} unless you object: switch them off under “Customize”.',
  },
  purposes: {
    performance: 'measure visits',
    functionality: 'remember settings',
    targeting: 'show relevant ads',
    unclassified: 'run services we have yet to classify',
  },
} satisfies BannerLanguage;
