import type { Language } from './language';

export const language: Language = {
  code: 'de',
  dir: 'ltr',
  texts: {
    bannerTitle: 'Ihre Privatsphäre, Ihre Wahl',
    bannerDescription:
      'Wir verwenden Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Einwilligung verwenden wir außerdem Cookies, um {purposes}.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customize: 'Anpassen',
    privacyPolicy: 'Datenschutzerklärung',
    preferencesTitle: 'Cookie-Einstellungen',
    preferencesDescription: 'Wählen Sie, welche Cookies wir verwenden dürfen. Sie können das jederzeit über „Cookie-Einstellungen“ ändern.',
    saveChoices: 'Auswahl speichern',
    close: 'Schließen',
    alwaysOn: 'Immer aktiv',
    cookiesIn: 'Verwendete Cookies',
    noCookies: 'Keine Cookies dieser Art aufgeführt.',
    cookieName: 'Name',
    cookieProvider: 'Anbieter',
    cookieExpiry: 'Laufzeit',
    cookieDescription: 'Beschreibung',
    gpcHonoured: 'Ihr Browser sendet das Signal „Global Privacy Control“, daher bleibt Marketing ausgeschaltet, solange Sie es nicht selbst einschalten.',
    gpcAcceptAll: '„Alle akzeptieren“ schließt Marketing trotz dieses Signals ein.',
    saved: 'Ihre Cookie-Auswahl wurde gespeichert.',
    notRemembered: 'Ihr Browser lässt diese Website keine Cookies speichern, daher gilt Ihre Auswahl nur für diese Seite.',
    objectionNotice: 'Außerdem verwenden wir Cookies, um {purposes}, sofern Sie nicht widersprechen: Schalten Sie sie unter „Anpassen“ aus.',
    optOutDescription: 'Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten und zielgerichteter Werbung widersprechen (Opt-out): Schalten Sie aus, was Sie nicht möchten, und speichern Sie.',
  },
  purposes: {
    performance: 'Besuche zu messen',
    functionality: 'Einstellungen zu speichern',
    targeting: 'passende Werbung zu zeigen',
    unclassified: 'Dienste zu nutzen, die wir noch nicht eingeordnet haben',
  },
  categories: {
    'strictly-necessary': {
      title: 'Unbedingt erforderlich',
      description: 'Nötig, damit die Website funktioniert: Anmeldung, Sicherheit, Speichern dieser Auswahl.',
    },
    performance: {
      title: 'Leistung und Statistik',
      description: 'Zählen Besuche und Seitennutzung in zusammengefasster Form, damit wir die Website verbessern können.',
    },
    functionality: {
      title: 'Funktionalität',
      description: 'Speichern Einstellungen wie Ihre Sprache oder Region.',
    },
    targeting: {
      title: 'Marketing und Werbung',
      description: 'Erlauben uns und Werbepartnern, Kampagnen zu messen und Werbung passend zu Ihren Interessen zu zeigen.',
    },
    unclassified: {
      title: 'Nicht klassifiziert',
      description: 'Cookies, die wir noch nicht zugeordnet haben.',
    },
  },
};
