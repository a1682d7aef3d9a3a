import type { Language } from './language';

export const language: Language = {
  code: 'fr',
  dir: 'ltr',
  texts: {
    bannerTitle: 'Votre vie privée, votre choix',
    bannerDescription:
      'Nous utilisons les cookies nécessaires au fonctionnement du site. Avec votre consentement, nous utilisons aussi des cookies pour {purposes}.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customize: 'Personnaliser',
    privacyPolicy: 'Politique de confidentialité',
    preferencesTitle: 'Préférences en matière de cookies',
    preferencesDescription: 'Choisissez les cookies que nous pouvons utiliser. Vous pouvez modifier ce choix à tout moment via « Paramètres des cookies ».',
    saveChoices: 'Enregistrer mes choix',
    close: 'Fermer',
    alwaysOn: 'Toujours actifs',
    cookiesIn: 'Cookies utilisés',
    noCookies: 'Aucun cookie de ce type n’est répertorié.',
    cookieName: 'Nom',
    cookieProvider: 'Fournisseur',
    cookieExpiry: 'Durée',
    cookieDescription: 'Description',
    gpcHonoured: 'Votre navigateur envoie le signal Global Privacy Control : le ciblage reste désactivé, sauf si vous l’activez vous-même.',
    gpcAcceptAll: '« Tout accepter » inclut le ciblage, malgré ce signal.',
    saved: 'Vos choix de cookies ont été enregistrés.',
    notRemembered: 'Votre navigateur ne permet pas à ce site de conserver des cookies : votre choix vaut pour cette page seulement.',
    objectionNotice: 'Nous utilisons aussi des cookies pour {purposes}, sauf si vous vous y opposez : désactivez-les sous « Personnaliser ».',
    optOutDescription: 'Vous pouvez refuser la vente ou le partage de vos informations personnelles et la publicité ciblée : désactivez ce que vous ne voulez pas, puis enregistrez.',
  },
  purposes: {
    performance: 'mesurer les visites',
    functionality: 'mémoriser vos réglages',
    targeting: 'afficher des publicités pertinentes',
    unclassified: 'faire fonctionner des services que nous n’avons pas encore classés',
  },
  categories: {
    'strictly-necessary': {
      title: 'Strictement nécessaires',
      description: 'Indispensables au fonctionnement du site : connexion, sécurité, mémorisation de ce choix.',
    },
    performance: {
      title: 'Performance et statistiques',
      description: 'Comptent les visites et l’usage des pages, de façon agrégée, pour améliorer le site.',
    },
    functionality: {
      title: 'Fonctionnalité',
      description: 'Mémorisent des réglages comme votre langue ou votre région.',
    },
    targeting: {
      title: 'Ciblage et publicité',
      description: 'Permettent à nous et à nos partenaires publicitaires de mesurer les campagnes et d’afficher des publicités adaptées à vos centres d’intérêt.',
    },
    unclassified: {
      title: 'Non classés',
      description: 'Cookies que nous n’avons pas encore classés.',
    },
  },
};
