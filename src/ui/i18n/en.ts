import type { CategoryId, Texts } from '../../core/types';

/** Built-in English texts; a catalogue's `texts` override any of them. */
export const texts: Texts = {
  bannerTitle: 'Your privacy, your choice',
  bannerDescription:
    'We use cookies the site needs to work. With your consent we would also use cookies to measure visits, remember your settings and show relevant ads. Nothing optional is used unless you allow it.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  privacyPolicy: 'Privacy policy',
  preferencesTitle: 'Cookie preferences',
  preferencesDescription:
    'Choose which kinds of cookies we may use. You can change your choice at any time from the "Cookie settings" link.',
  saveChoices: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  cookiesIn: 'Cookies used',
  noCookies: 'No cookies of this kind are listed.',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookieExpiry: 'Expiry',
  cookieDescription: 'Description',
};

export const categoryTexts: Record<CategoryId, { title: string; description: string }> = {
  'strictly-necessary': {
    title: 'Strictly necessary',
    description: 'Needed for the site to work: signing in, security and remembering this choice. They cannot be switched off.',
  },
  performance: {
    title: 'Performance and analytics',
    description: 'Count visits and see which pages are used, so we can improve the site. The figures are looked at in aggregate.',
  },
  functionality: {
    title: 'Functionality',
    description: 'Remember settings such as your language or region, so you do not have to set them again.',
  },
  targeting: {
    title: 'Targeting and advertising',
    description: 'Used by us and advertising partners to measure campaigns and show ads that match your interests.',
  },
  unclassified: {
    title: 'Unclassified',
    description: 'Cookies we are still classifying with their providers.',
  },
};
