import type { Language } from './language';

export const language: Language = {
  code: 'it',
  dir: 'ltr',
  texts: {
    bannerTitle: 'La tua privacy, la tua scelta',
    bannerDescription:
      'Usiamo i cookie necessari al funzionamento del sito. Con il tuo consenso usiamo anche cookie per {purposes}.',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customize: 'Personalizza',
    privacyPolicy: 'Informativa sulla privacy',
    preferencesTitle: 'Preferenze sui cookie',
    preferencesDescription: 'Scegli quali cookie possiamo usare. Puoi cambiare idea in qualsiasi momento da «Impostazioni cookie».',
    saveChoices: 'Salva le scelte',
    close: 'Chiudi',
    alwaysOn: 'Sempre attivi',
    cookiesIn: 'Cookie usati',
    noCookies: 'Nessun cookie di questo tipo è elencato.',
    cookieName: 'Nome',
    cookieProvider: 'Fornitore',
    cookieExpiry: 'Durata',
    cookieDescription: 'Descrizione',
    gpcHonoured: 'Il tuo browser invia il segnale Global Privacy Control: la profilazione resta disattivata, a meno che tu non la attivi.',
    gpcAcceptAll: '«Accetta tutti» include la profilazione, nonostante quel segnale.',
    saved: 'Le tue scelte sui cookie sono state salvate.',
    notRemembered: 'Il tuo browser non consente a questo sito di conservare cookie, quindi la tua scelta vale solo per questa pagina.',
    objectionNotice: 'Usiamo anche cookie per {purposes}, salvo tua opposizione: disattivali in «Personalizza».',
    optOutDescription: 'Puoi opporti alla vendita o alla condivisione dei tuoi dati personali e alla pubblicità mirata: disattiva ciò che non vuoi e salva.',
  },
  purposes: {
    performance: 'misurare le visite',
    functionality: 'ricordare le tue impostazioni',
    targeting: 'mostrare annunci pertinenti',
    unclassified: 'usare servizi che non abbiamo ancora classificato',
  },
  categories: {
    'strictly-necessary': {
      title: 'Strettamente necessari',
      description: 'Servono al funzionamento del sito: accesso, sicurezza, memorizzazione di questa scelta.',
    },
    performance: {
      title: 'Prestazioni e statistiche',
      description: 'Contano le visite e l’uso delle pagine, in forma aggregata, per migliorare il sito.',
    },
    functionality: {
      title: 'Funzionalità',
      description: 'Ricordano impostazioni come la lingua o la regione.',
    },
    targeting: {
      title: 'Profilazione e pubblicità',
      description: 'Permettono a noi e ai partner pubblicitari di misurare le campagne e mostrare annunci in linea con i tuoi interessi.',
    },
    unclassified: {
      title: 'Non classificati',
      description: 'Cookie che non abbiamo ancora classificato.',
    },
  },
};
