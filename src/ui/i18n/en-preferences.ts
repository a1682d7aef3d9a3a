import type { Language, PreferencesTexts } from './language';

/** English for the preferences dialog, in its file: the texts and category names the first layer does not show. */
export const englishPreferences: { texts: PreferencesTexts; categories: Language['categories'] } = {
  texts: {
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
    optOutDescription: 'You may opt out of the sale or sharing of your personal information and of targeted advertising: switch off what you do not want, then save.',
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
  }
};
