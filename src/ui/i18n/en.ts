import type { Language } from './language';

/** Built into the UI file: the fallback for every language without a file of its own. */
export const english: Language = {
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
    preferencesTitle: 'Cookie preferences',
    preferencesDescription: 'Choose which cookies we may use. You can change this at any time via "Cookie settings".',
    saveChoices: 'Save choices',
    close: 'Close',
    alwaysOn: 'Always on',
    cookiesIn: 'Cookies used',
    noCookies: 'No cookies of this kind are listed.',
    cookieName: 'Name',
    cookieProvider: 'Provider',
    cookieExpiry: 'Expiry',
    cookieDescription: 'Description',
    gpcHonoured: 'Your browser sends a Global Privacy Control signal, so targeting stays off unless you switch it on.',
    gpcAcceptAll: '“Accept all” includes targeting, despite that signal.',
    saved: 'Your cookie choices have been saved.',
    notRemembered: 'Your browser does not let this site keep cookies, so your choice applies to this page only.',
  },
  purposes: {
    performance: 'measure visits',
    functionality: 'remember settings',
    targeting: 'show relevant ads',
    unclassified: 'run services we have yet to classify',
  },
  categories: {
    'strictly-necessary': {
      title: 'Strictly necessary',
      description: 'Needed for the site to work: signing in, security, remembering this choice.',
    },
    performance: {
      title: 'Performance and analytics',
      description: 'Count visits and page use, in aggregate, so we can improve the site.',
    },
    functionality: {
      title: 'Functionality',
      description: 'Remember settings such as your language or region.',
    },
    targeting: {
      title: 'Targeting and advertising',
      description: 'Let us and ad partners measure campaigns and show ads matching your interests.',
    },
    unclassified: {
      title: 'Unclassified',
      description: 'Cookies we have yet to classify.',
    },
  },
};
