import type { Language } from './language';

export const language: Language = {
  code: 'nl',
  dir: 'ltr',
  texts: {
    bannerTitle: 'Jouw privacy, jouw keuze',
    bannerDescription:
      'We gebruiken de cookies die nodig zijn om de site te laten werken. Met je toestemming gebruiken we ook cookies om {purposes}.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customize: 'Aanpassen',
    privacyPolicy: 'Privacybeleid',
    preferencesTitle: 'Cookievoorkeuren',
    preferencesDescription: 'Kies welke cookies we mogen gebruiken. Je kunt dit altijd wijzigen via ‘Cookie-instellingen’.',
    saveChoices: 'Keuzes opslaan',
    close: 'Sluiten',
    alwaysOn: 'Altijd aan',
    cookiesIn: 'Gebruikte cookies',
    noCookies: 'Er staan geen cookies van deze soort in de lijst.',
    cookieName: 'Naam',
    cookieProvider: 'Aanbieder',
    cookieExpiry: 'Bewaartermijn',
    cookieDescription: 'Beschrijving',
    gpcHonoured: 'Je browser stuurt een Global Privacy Control-signaal, dus targeting blijft uit tenzij je het zelf aanzet.',
    gpcAcceptAll: '‘Alles accepteren’ omvat targeting, ondanks dat signaal.',
    saved: 'Je cookiekeuzes zijn opgeslagen.',
    notRemembered: 'Je browser laat deze site geen cookies bewaren, dus je keuze geldt alleen voor deze pagina.',
    objectionNotice: 'We gebruiken ook cookies om {purposes}, tenzij je bezwaar maakt: zet ze uit onder ‘Aanpassen’.',
    optOutDescription: 'Je kunt je afmelden voor de verkoop of het delen van je persoonsgegevens en voor gerichte advertenties: zet uit wat je niet wilt en sla op.',
  },
  purposes: {
    performance: 'bezoeken te meten',
    functionality: 'je instellingen te onthouden',
    targeting: 'relevante advertenties te tonen',
    unclassified: 'diensten te gebruiken die we nog niet hebben ingedeeld',
  },
  categories: {
    'strictly-necessary': {
      title: 'Strikt noodzakelijk',
      description: 'Nodig om de site te laten werken: inloggen, beveiliging, deze keuze onthouden.',
    },
    performance: {
      title: 'Prestaties en statistieken',
      description: 'Tellen bezoeken en paginagebruik, geanonimiseerd en samengevoegd, zodat we de site kunnen verbeteren.',
    },
    functionality: {
      title: 'Functionaliteit',
      description: 'Onthouden instellingen zoals je taal of regio.',
    },
    targeting: {
      title: 'Targeting en advertenties',
      description: 'Laten ons en advertentiepartners campagnes meten en advertenties tonen die passen bij je interesses.',
    },
    unclassified: {
      title: 'Niet ingedeeld',
      description: 'Cookies die we nog niet hebben ingedeeld.',
    },
  },
};
