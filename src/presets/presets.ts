/*! Service presets: cookie names, prefixes, expiries, providers and domains from the Open Cookie Database
 * (https://github.com/jkwakman/Open-Cookie-Database), Apache License 2.0 (src/audit/open-cookie-database.LICENSE),
 * snapshot of 2026-01-21; the descriptions are consent-gate's own. */
/**
 * The service presets a catalogue names as `{ "preset": "google-analytics" }`
 * (README, "Service presets"): data only, checked by tests/presets/presets.test.ts
 * (each passes parseCatalog, speaks every built-in language, and its cookie
 * names are the database's). Only the consent-gate/presets entry and the
 * presets file (consent-gate.presets.js) carry it; the loader never does.
 *
 * Categories follow a strict EU reading (ePrivacy Directive Art. 5(3)): only
 * what the visitor's own request needs is strictly necessary; otherwise the
 * purpose that needs the most consent among what the tag does, without
 * claiming one the vendor's tool does not have. Comments say why where it is
 * not obvious. A site moves a service with `category` (its rows move too).
 *
 * Cookie rows: the main ones each vendor sets, as the database lists them.
 * `domain` only for a cookie the vendor sets on its own domain (third party);
 * a first-party cookie is set on the site's domain, which a preset cannot know
 * (the database writes the vendor's domain for some, e.g. _fbp, _clck). Row
 * descriptions are in English only: the database's are not copied.
 * `hosts`: where the tag or embed loads from, for the scanner; a host matches
 * an entry it equals or ends in after a dot.
 */
import type { ServicePreset } from '../core/service-presets';
import type { LanguageFile } from '../page/languages';

/** A built-in preset: a provider, a description in every built-in language, its hosts. */
export interface BuiltInPreset extends ServicePreset {
  provider: string;
  description: { readonly [code in 'en' | LanguageFile]: string };
  hosts: readonly string[];
}

const presets = {
  'google-analytics': {
    name: 'Google Analytics',
    category: 'performance',
    provider: 'Google',
    description: {
      en: 'Google’s web analytics: counts visits and measures how the site’s pages are used.',
      de: 'Webanalyse von Google: zählt Besuche und misst, wie die Seiten der Website genutzt werden.',
      fr: 'L’outil d’analyse d’audience de Google : compte les visites et mesure l’utilisation des pages du site.',
      es: 'La analítica web de Google: cuenta las visitas y mide cómo se usan las páginas del sitio.',
      it: 'L’analisi web di Google: conta le visite e misura come vengono usate le pagine del sito.',
      nl: 'Webanalyse van Google: telt bezoeken en meet hoe de pagina’s van de site worden gebruikt.',
      pt: 'A análise web do Google: conta as visitas e mede como as páginas do site são usadas.',
      ar: 'أداة Google لتحليلات الويب: تحصي الزيارات وتقيس كيفية استخدام صفحات الموقع.',
    },
    cookies: [
      { name: '_ga', provider: 'Google', expiry: { en: '2 years' }, description: { en: 'A random id that tells Google Analytics a returning browser from a new one.' } },
      { name: '_ga_', match: 'prefix', provider: 'Google', expiry: { en: '2 years' }, description: { en: 'Keeps the state of the current session, one cookie per Google Analytics property.' } },
    ],
    hosts: ['www.googletagmanager.com', 'google-analytics.com', 'analytics.google.com'],
  },
  'google-ads': {
    name: 'Google Ads',
    category: 'targeting',
    provider: 'Google',
    description: {
      en: 'Google’s advertising: measures which Google ads lead to visits and purchases, and lets us show our ads to people who visited the site.',
      de: 'Werbung von Google: misst, welche Google-Anzeigen zu Besuchen und Käufen führen, und ermöglicht es, Besuchern der Website unsere Anzeigen zu zeigen.',
      fr: 'La publicité de Google : mesure quelles annonces Google mènent à des visites et à des achats, et nous permet de montrer nos annonces aux personnes ayant visité le site.',
      es: 'La publicidad de Google: mide qué anuncios de Google llevan a visitas y compras, y nos permite mostrar nuestros anuncios a quienes visitaron el sitio.',
      it: 'La pubblicità di Google: misura quali annunci Google portano a visite e acquisti e ci permette di mostrare i nostri annunci a chi ha visitato il sito.',
      nl: 'Adverteren via Google: meet welke Google-advertenties tot bezoeken en aankopen leiden, en laat ons onze advertenties tonen aan mensen die de site bezochten.',
      pt: 'A publicidade do Google: mede quais anúncios do Google levam a visitas e compras e nos permite mostrar nossos anúncios a quem visitou o site.',
      ar: 'إعلانات Google: تقيس أي إعلانات Google تؤدي إلى زيارات ومشتريات، وتتيح لنا عرض إعلاناتنا على من زاروا الموقع.',
    },
    cookies: [
      { name: '_gcl_au', provider: 'Google', expiry: { en: '3 months' }, description: { en: 'Keeps ad-click information so that Google Ads can credit a later purchase or sign-up on this site to the ad.' } },
      { name: '_gcl_aw', provider: 'Google', expiry: { en: '90 days' }, description: { en: 'Holds the click id of the Google ad that brought the visitor here, to measure conversions.' } },
      { name: 'IDE', provider: 'Google', domain: 'doubleclick.net', expiry: { en: '2 years' }, description: { en: 'Set by Google on doubleclick.net: recognises the browser across sites to measure and target Google ads.' } },
    ],
    hosts: ['www.googletagmanager.com', 'googleadservices.com', 'doubleclick.net'],
  },
  // Tag Manager sets no cookie of its own; the tags it loads set theirs (list their presets). Loading it sends the
  // visitor's IP address to Google and the site works without it, so it is not strictly necessary; a container
  // usually loads measurement tags, hence performance. A container of ads tags only: "category": "targeting".
  'google-tag-manager': {
    name: 'Google Tag Manager',
    category: 'performance',
    provider: 'Google',
    description: {
      en: 'Google’s tag manager: loads the measurement tags set up for this site from Google’s servers.',
      de: 'Tag-Verwaltung von Google: lädt die für diese Website eingerichteten Mess-Tags von Googles Servern.',
      fr: 'Le gestionnaire de balises de Google : charge depuis les serveurs de Google les balises de mesure configurées pour ce site.',
      es: 'El gestor de etiquetas de Google: carga desde los servidores de Google las etiquetas de medición configuradas para este sitio.',
      it: 'Il gestore di tag di Google: carica dai server di Google i tag di misurazione configurati per questo sito.',
      nl: 'Tagbeheer van Google: laadt de meettags die voor deze site zijn ingesteld van de servers van Google.',
      pt: 'O gerenciador de tags do Google: carrega dos servidores do Google as tags de medição configuradas para este site.',
      ar: 'مدير العلامات من Google: يحمّل من خوادم Google علامات القياس المُعدّة لهذا الموقع.',
    },
    cookies: [],
    hosts: ['www.googletagmanager.com'],
  },
  'meta-pixel': {
    name: 'Meta Pixel',
    category: 'targeting',
    provider: 'Meta',
    description: {
      en: 'Meta’s pixel: measures which Facebook and Instagram ads lead to visits and purchases, and lets us show ads there to people who visited the site.',
      de: 'Das Pixel von Meta: misst, welche Anzeigen auf Facebook und Instagram zu Besuchen und Käufen führen, und ermöglicht es, Besuchern der Website dort Anzeigen zu zeigen.',
      fr: 'Le pixel de Meta : mesure quelles publicités Facebook et Instagram mènent à des visites et à des achats, et nous permet d’y montrer des publicités aux personnes ayant visité le site.',
      es: 'El píxel de Meta: mide qué anuncios de Facebook e Instagram llevan a visitas y compras, y nos permite mostrar allí anuncios a quienes visitaron el sitio.',
      it: 'Il pixel di Meta: misura quali inserzioni su Facebook e Instagram portano a visite e acquisti e ci permette di mostrarvi inserzioni a chi ha visitato il sito.',
      nl: 'De pixel van Meta: meet welke advertenties op Facebook en Instagram tot bezoeken en aankopen leiden, en laat ons daar advertenties tonen aan mensen die de site bezochten.',
      pt: 'O pixel da Meta: mede quais anúncios no Facebook e no Instagram levam a visitas e compras e nos permite mostrar anúncios lá a quem visitou o site.',
      ar: 'بكسل Meta: يقيس أي إعلانات على فيسبوك وإنستغرام تؤدي إلى زيارات ومشتريات، ويتيح لنا عرض إعلانات هناك على من زاروا الموقع.',
    },
    // The database names the controller "Facebook", Meta's name before 2021.
    cookies: [
      { name: '_fbp', provider: 'Meta', expiry: { en: '4 months' }, description: { en: 'A browser id the Meta Pixel uses to measure ads and to build audiences of the site’s visitors.' } },
      { name: '_fbc', provider: 'Meta', expiry: { en: '2 years' }, description: { en: 'Holds the click id of the Facebook or Instagram ad that brought the visitor here.' } },
      { name: 'fr', provider: 'Meta', domain: 'facebook.com', expiry: { en: '90 days' }, description: { en: 'Set by Meta on facebook.com: used to deliver and measure ads and to make them more relevant.' } },
    ],
    hosts: ['connect.facebook.net', 'facebook.com'],
  },
  'microsoft-clarity': {
    name: 'Microsoft Clarity',
    category: 'performance',
    provider: 'Microsoft',
    description: {
      en: 'Microsoft’s behaviour analytics: heatmaps and recordings of how visitors scroll and click on the pages, so we can improve them.',
      de: 'Verhaltensanalyse von Microsoft: Heatmaps und Aufzeichnungen davon, wie Besucher auf den Seiten scrollen und klicken, damit wir sie verbessern können.',
      fr: 'L’analyse comportementale de Microsoft : cartes de chaleur et enregistrements de la façon dont les visiteurs font défiler et cliquent sur les pages, pour que nous puissions les améliorer.',
      es: 'La analítica de comportamiento de Microsoft: mapas de calor y grabaciones de cómo los visitantes se desplazan y hacen clic en las páginas, para que podamos mejorarlas.',
      it: 'L’analisi del comportamento di Microsoft: mappe di calore e registrazioni di come i visitatori scorrono e cliccano sulle pagine, per permetterci di migliorarle.',
      nl: 'Gedragsanalyse van Microsoft: heatmaps en opnamen van hoe bezoekers op de pagina’s scrollen en klikken, zodat we ze kunnen verbeteren.',
      pt: 'A análise de comportamento da Microsoft: mapas de calor e gravações de como os visitantes rolam e clicam nas páginas, para podermos melhorá-las.',
      ar: 'تحليلات السلوك من Microsoft: خرائط حرارية وتسجيلات لكيفية تمرير الزوار ونقرهم في الصفحات، لنتمكن من تحسينها.',
    },
    cookies: [
      { name: '_clck', provider: 'Microsoft', expiry: { en: '1 year' }, description: { en: 'Keeps the Clarity user id and settings for this site.' } },
      { name: '_clsk', provider: 'Microsoft', expiry: { en: 'Session' }, description: { en: 'Joins the page views of one visit into one Clarity recording.' } },
      { name: 'CLID', provider: 'Microsoft', domain: 'clarity.ms', expiry: { en: '1 year' }, description: { en: 'Set by Microsoft on clarity.ms: tells Clarity when it first saw this browser on any site that uses it.' } },
    ],
    hosts: ['clarity.ms'],
  },
  'microsoft-uet': {
    name: 'Microsoft Advertising (UET)',
    category: 'targeting',
    provider: 'Microsoft',
    description: {
      en: 'Microsoft Advertising’s tag: measures which ads on Bing and Microsoft’s network lead to visits and purchases, and lets us show our ads to people who visited the site.',
      de: 'Das Tag von Microsoft Advertising: misst, welche Anzeigen auf Bing und im Microsoft-Netzwerk zu Besuchen und Käufen führen, und ermöglicht es, Besuchern der Website unsere Anzeigen zu zeigen.',
      fr: 'La balise de Microsoft Advertising : mesure quelles annonces sur Bing et le réseau de Microsoft mènent à des visites et à des achats, et nous permet de montrer nos annonces aux personnes ayant visité le site.',
      es: 'La etiqueta de Microsoft Advertising: mide qué anuncios en Bing y la red de Microsoft llevan a visitas y compras, y nos permite mostrar nuestros anuncios a quienes visitaron el sitio.',
      it: 'Il tag di Microsoft Advertising: misura quali annunci su Bing e sulla rete Microsoft portano a visite e acquisti e ci permette di mostrare i nostri annunci a chi ha visitato il sito.',
      nl: 'De tag van Microsoft Advertising: meet welke advertenties op Bing en het netwerk van Microsoft tot bezoeken en aankopen leiden, en laat ons onze advertenties tonen aan mensen die de site bezochten.',
      pt: 'A tag da Microsoft Advertising: mede quais anúncios no Bing e na rede da Microsoft levam a visitas e compras e nos permite mostrar nossos anúncios a quem visitou o site.',
      ar: 'علامة Microsoft Advertising: تقيس أي إعلانات على Bing وشبكة Microsoft تؤدي إلى زيارات ومشتريات، وتتيح لنا عرض إعلاناتنا على من زاروا الموقع.',
    },
    cookies: [
      { name: '_uetsid', provider: 'Microsoft', expiry: { en: '30 minutes' }, description: { en: 'A visit id Microsoft Advertising uses to link the pages of a visit to an ad click.' } },
      { name: '_uetvid', provider: 'Microsoft', expiry: { en: '16 days' }, description: { en: 'A visitor id Microsoft Advertising uses to measure conversions and to build audiences of the site’s visitors.' } },
      { name: 'MUID', provider: 'Microsoft', domain: 'bing.com', expiry: { en: '1 year' }, description: { en: 'Set by Microsoft on bing.com: recognises the browser across Microsoft’s services and the sites that use its tags.' } },
    ],
    hosts: ['bat.bing.com'],
  },
  'tiktok-pixel': {
    name: 'TikTok Pixel',
    category: 'targeting',
    provider: 'TikTok',
    description: {
      en: 'TikTok’s pixel: measures which TikTok ads lead to visits and purchases, and lets us show ads on TikTok to people who visited the site.',
      de: 'Das Pixel von TikTok: misst, welche TikTok-Anzeigen zu Besuchen und Käufen führen, und ermöglicht es, Besuchern der Website auf TikTok Anzeigen zu zeigen.',
      fr: 'Le pixel de TikTok : mesure quelles publicités TikTok mènent à des visites et à des achats, et nous permet de montrer des publicités sur TikTok aux personnes ayant visité le site.',
      es: 'El píxel de TikTok: mide qué anuncios de TikTok llevan a visitas y compras, y nos permite mostrar anuncios en TikTok a quienes visitaron el sitio.',
      it: 'Il pixel di TikTok: misura quali inserzioni TikTok portano a visite e acquisti e ci permette di mostrare inserzioni su TikTok a chi ha visitato il sito.',
      nl: 'De pixel van TikTok: meet welke TikTok-advertenties tot bezoeken en aankopen leiden, en laat ons op TikTok advertenties tonen aan mensen die de site bezochten.',
      pt: 'O pixel do TikTok: mede quais anúncios do TikTok levam a visitas e compras e nos permite mostrar anúncios no TikTok a quem visitou o site.',
      ar: 'بكسل TikTok: يقيس أي إعلانات TikTok تؤدي إلى زيارات ومشتريات، ويتيح لنا عرض إعلانات على TikTok لمن زاروا الموقع.',
    },
    cookies: [
      { name: '_ttp', provider: 'TikTok', expiry: { en: '389 days' }, description: { en: 'A browser id the TikTok Pixel uses to measure ads and to reach the site’s visitors on TikTok.' } },
      { name: '_tt_enable_cookie', provider: 'TikTok', expiry: { en: '389 days' }, description: { en: 'Tells the TikTok Pixel that the browser keeps its cookies.' } },
    ],
    hosts: ['analytics.tiktok.com'],
  },
  'linkedin-insight': {
    name: 'LinkedIn Insight Tag',
    category: 'targeting',
    provider: 'LinkedIn',
    description: {
      en: 'LinkedIn’s Insight Tag: measures which LinkedIn ads lead to visits and sign-ups, and lets us show ads on LinkedIn to people who visited the site.',
      de: 'Das Insight Tag von LinkedIn: misst, welche LinkedIn-Anzeigen zu Besuchen und Anmeldungen führen, und ermöglicht es, Besuchern der Website auf LinkedIn Anzeigen zu zeigen.',
      fr: 'L’Insight Tag de LinkedIn : mesure quelles publicités LinkedIn mènent à des visites et à des inscriptions, et nous permet de montrer des publicités sur LinkedIn aux personnes ayant visité le site.',
      es: 'El Insight Tag de LinkedIn: mide qué anuncios de LinkedIn llevan a visitas y registros, y nos permite mostrar anuncios en LinkedIn a quienes visitaron el sitio.',
      it: 'L’Insight Tag di LinkedIn: misura quali annunci LinkedIn portano a visite e iscrizioni e ci permette di mostrare annunci su LinkedIn a chi ha visitato il sito.',
      nl: 'De Insight Tag van LinkedIn: meet welke LinkedIn-advertenties tot bezoeken en aanmeldingen leiden, en laat ons op LinkedIn advertenties tonen aan mensen die de site bezochten.',
      pt: 'A Insight Tag do LinkedIn: mede quais anúncios do LinkedIn levam a visitas e cadastros e nos permite mostrar anúncios no LinkedIn a quem visitou o site.',
      ar: 'علامة Insight من LinkedIn: تقيس أي إعلانات LinkedIn تؤدي إلى زيارات وتسجيلات، وتتيح لنا عرض إعلانات على LinkedIn لمن زاروا الموقع.',
    },
    cookies: [
      { name: 'li_sugr', provider: 'LinkedIn', expiry: { en: '90 days' }, description: { en: 'A browser id LinkedIn uses to measure the ads it shows for this site.' } },
      { name: 'li_fat_id', provider: 'LinkedIn', expiry: { en: '30 days' }, description: { en: 'Holds the click id of the LinkedIn ad that brought the visitor here, to measure conversions.' } },
      { name: 'bcookie', provider: 'LinkedIn', domain: 'linkedin.com', expiry: { en: '1 year' }, description: { en: 'Set by LinkedIn on linkedin.com: its browser id, also used for its ads.' } },
      { name: 'UserMatchHistory', provider: 'LinkedIn', domain: 'linkedin.com', expiry: { en: 'Session' }, description: { en: 'Set by LinkedIn on linkedin.com: matches its ad ids with those of other ad platforms.' } },
    ],
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
  },
  // The database files Hotjar's session cookies under Functional; what they serve is Hotjar's analytics.
  hotjar: {
    name: 'Hotjar',
    category: 'performance',
    provider: 'Hotjar',
    description: {
      en: 'Hotjar’s analytics: heatmaps, recordings of visits and short surveys that show us how visitors use the pages.',
      de: 'Analyse von Hotjar: Heatmaps, Aufzeichnungen von Besuchen und kurze Umfragen, die uns zeigen, wie Besucher die Seiten nutzen.',
      fr: 'L’analyse de Hotjar : cartes de chaleur, enregistrements de visites et courts sondages qui nous montrent comment les visiteurs utilisent les pages.',
      es: 'La analítica de Hotjar: mapas de calor, grabaciones de visitas y breves encuestas que nos muestran cómo usan los visitantes las páginas.',
      it: 'L’analisi di Hotjar: mappe di calore, registrazioni delle visite e brevi sondaggi che ci mostrano come i visitatori usano le pagine.',
      nl: 'Analyse van Hotjar: heatmaps, opnamen van bezoeken en korte enquêtes die ons laten zien hoe bezoekers de pagina’s gebruiken.',
      pt: 'A análise do Hotjar: mapas de calor, gravações de visitas e pesquisas curtas que nos mostram como os visitantes usam as páginas.',
      ar: 'تحليلات Hotjar: خرائط حرارية وتسجيلات للزيارات واستطلاعات قصيرة تُظهر لنا كيف يستخدم الزوار الصفحات.',
    },
    cookies: [
      { name: '_hjSessionUser_', match: 'prefix', provider: 'Hotjar', expiry: { en: '365 days' }, description: { en: 'A random user id Hotjar keeps for this site, so that repeat visits count as one visitor.' } },
      { name: '_hjSession_', match: 'prefix', provider: 'Hotjar', expiry: { en: '30 minutes' }, description: { en: 'Holds the current Hotjar session, so that its recordings and heatmaps stay together.' } },
    ],
    hosts: ['hotjar.com', 'hotjar.io'],
  },
  // Matomo Cloud or the site's own server: a self-hosted Matomo shares nothing with a third party, so set
  // "provider" to the site. Its cookies still serve statistics, which need consent in the EU unless Matomo runs
  // cookieless (integrations.matomo, "mode": "cookies"), hence performance.
  matomo: {
    name: 'Matomo',
    category: 'performance',
    provider: 'Matomo',
    description: {
      en: 'Matomo’s web analytics: counts visits and measures how the site’s pages are used.',
      de: 'Webanalyse mit Matomo: zählt Besuche und misst, wie die Seiten der Website genutzt werden.',
      fr: 'L’analyse d’audience Matomo : compte les visites et mesure l’utilisation des pages du site.',
      es: 'La analítica web de Matomo: cuenta las visitas y mide cómo se usan las páginas del sitio.',
      it: 'L’analisi web di Matomo: conta le visite e misura come vengono usate le pagine del sito.',
      nl: 'Webanalyse met Matomo: telt bezoeken en meet hoe de pagina’s van de site worden gebruikt.',
      pt: 'A análise web do Matomo: conta as visitas e mede como as páginas do site são usadas.',
      ar: 'تحليلات الويب من Matomo: تحصي الزيارات وتقيس كيفية استخدام صفحات الموقع.',
    },
    cookies: [
      { name: '_pk_id', match: 'prefix', provider: 'Matomo', expiry: { en: '13 months' }, description: { en: 'A random visitor id Matomo keeps for this site.' } },
      { name: '_pk_ses', match: 'prefix', provider: 'Matomo', expiry: { en: '30 minutes' }, description: { en: 'Marks the current visit, so that its page views count as one visit.' } },
      { name: '_pk_ref', match: 'prefix', provider: 'Matomo', expiry: { en: '6 months' }, description: { en: 'Remembers the site or campaign that first brought the visitor here.' } },
    ],
    hosts: ['matomo.cloud'],
  },
  posthog: {
    name: 'PostHog',
    category: 'performance',
    provider: 'PostHog',
    description: {
      en: 'PostHog’s product analytics: measures how visitors use the site and its features, so we can improve them.',
      de: 'Produktanalyse von PostHog: misst, wie Besucher die Website und ihre Funktionen nutzen, damit wir sie verbessern können.',
      fr: 'L’analyse produit de PostHog : mesure comment les visiteurs utilisent le site et ses fonctionnalités, pour que nous puissions les améliorer.',
      es: 'La analítica de producto de PostHog: mide cómo usan los visitantes el sitio y sus funciones, para que podamos mejorarlos.',
      it: 'L’analisi di prodotto di PostHog: misura come i visitatori usano il sito e le sue funzioni, per permetterci di migliorarli.',
      nl: 'Productanalyse van PostHog: meet hoe bezoekers de site en de functies ervan gebruiken, zodat we ze kunnen verbeteren.',
      pt: 'A análise de produto do PostHog: mede como os visitantes usam o site e os seus recursos, para podermos melhorá-los.',
      ar: 'تحليلات المنتج من PostHog: تقيس كيفية استخدام الزوار للموقع وميزاته، لنتمكن من تحسينها.',
    },
    // Not in the database: PostHog's documentation names it ph_<project API key>_posthog, and project keys start
    // with "phc_"; posthog-js keeps it for 365 days (its cookie_expiration default).
    cookies: [
      { name: 'ph_phc_', match: 'prefix', provider: 'PostHog', expiry: { en: '1 year' }, description: { en: 'Holds PostHog’s random id for this browser and the state of the current visit.' } },
    ],
    hosts: ['posthog.com'],
  },
  // As the README's YouTube recipe: the embed lets YouTube (Google) set cookies the database counts as Marketing,
  // and YouTube serves ads in embedded videos. youtube-nocookie.com defers those cookies until play, not further.
  youtube: {
    name: 'YouTube',
    category: 'targeting',
    provider: 'Google',
    description: {
      en: 'Videos from YouTube (Google) in our pages: when one loads, YouTube receives your IP address and may set its own cookies.',
      de: 'Videos von YouTube (Google) auf unseren Seiten: Wird eines geladen, erhält YouTube Ihre IP-Adresse und kann eigene Cookies setzen.',
      fr: 'Des vidéos YouTube (Google) dans nos pages : au chargement de l’une d’elles, YouTube reçoit votre adresse IP et peut déposer ses propres cookies.',
      es: 'Vídeos de YouTube (Google) en nuestras páginas: al cargarse uno, YouTube recibe tu dirección IP y puede instalar sus propias cookies.',
      it: 'Video di YouTube (Google) nelle nostre pagine: quando uno si carica, YouTube riceve il tuo indirizzo IP e può impostare i propri cookie.',
      nl: 'Video’s van YouTube (Google) op onze pagina’s: zodra er een laadt, ontvangt YouTube je IP-adres en kan het eigen cookies plaatsen.',
      pt: 'Vídeos do YouTube (Google) em nossas páginas: quando um deles carrega, o YouTube recebe seu endereço IP e pode definir os próprios cookies.',
      ar: 'مقاطع فيديو من YouTube (Google) في صفحاتنا: عند تحميل أحدها يتلقى YouTube عنوان IP الخاص بك وقد يضع ملفات تعريف ارتباط خاصة به.',
    },
    cookies: [
      { name: 'VISITOR_INFO1_LIVE', provider: 'Google', domain: 'youtube.com', expiry: { en: '179 days' }, description: { en: 'Set by YouTube on youtube.com when a video loads: a browser id YouTube keeps, e.g. for its player settings and recommendations.' } },
      { name: 'YSC', provider: 'Google', domain: 'youtube.com', expiry: { en: 'Session' }, description: { en: 'Set by YouTube on youtube.com: a session id YouTube uses while videos play.' } },
    ],
    hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
  },
  // Vimeo's player serves no ads; its one cookie feeds the video owner's statistics, hence performance. With the
  // embed's dnt=1 Vimeo sets no cookie: then "category": "functionality" and "cookies": [].
  vimeo: {
    name: 'Vimeo',
    category: 'performance',
    provider: 'Vimeo',
    description: {
      en: 'Videos from Vimeo in our pages: when one loads, Vimeo receives your IP address and sets a cookie for its viewing statistics.',
      de: 'Videos von Vimeo auf unseren Seiten: Wird eines geladen, erhält Vimeo Ihre IP-Adresse und setzt ein Cookie für seine Abrufstatistik.',
      fr: 'Des vidéos Vimeo dans nos pages : au chargement de l’une d’elles, Vimeo reçoit votre adresse IP et dépose un cookie pour ses statistiques de visionnage.',
      es: 'Vídeos de Vimeo en nuestras páginas: al cargarse uno, Vimeo recibe tu dirección IP e instala una cookie para sus estadísticas de visualización.',
      it: 'Video di Vimeo nelle nostre pagine: quando uno si carica, Vimeo riceve il tuo indirizzo IP e imposta un cookie per le sue statistiche di visione.',
      nl: 'Video’s van Vimeo op onze pagina’s: zodra er een laadt, ontvangt Vimeo je IP-adres en plaatst het een cookie voor zijn kijkstatistieken.',
      pt: 'Vídeos do Vimeo em nossas páginas: quando um deles carrega, o Vimeo recebe seu endereço IP e define um cookie para suas estatísticas de visualização.',
      ar: 'مقاطع فيديو من Vimeo في صفحاتنا: عند تحميل أحدها يتلقى Vimeo عنوان IP الخاص بك ويضع ملف تعريف ارتباط لإحصاءات المشاهدة لديه.',
    },
    // The database gives vuid "1 minute"; Vimeo's help centre ("Vimeo's embeddable video player sets the following
    // cookies") gives 2 years.
    cookies: [
      { name: 'vuid', provider: 'Vimeo', domain: 'vimeo.com', expiry: { en: '2 years' }, description: { en: 'Set by Vimeo on vimeo.com: a viewer id behind the viewing statistics Vimeo gives the video’s owner.' } },
    ],
    hosts: ['vimeo.com', 'vimeocdn.com'],
  },
  // A map is a feature of the page, not advertising on it; loading one sends the visitor's IP address to Google,
  // so it is not strictly necessary. Its cookie lives on google.com, out of the site's reach. The embed itself is
  // served from www.google.com/maps/embed, a host too broad to list for the scanner.
  'google-maps': {
    name: 'Google Maps',
    category: 'functionality',
    provider: 'Google',
    description: {
      en: 'Maps from Google Maps in our pages: when one loads, Google receives your IP address and may set its own cookies.',
      de: 'Karten von Google Maps auf unseren Seiten: Wird eine geladen, erhält Google Ihre IP-Adresse und kann eigene Cookies setzen.',
      fr: 'Des cartes Google Maps dans nos pages : au chargement de l’une d’elles, Google reçoit votre adresse IP et peut déposer ses propres cookies.',
      es: 'Mapas de Google Maps en nuestras páginas: al cargarse uno, Google recibe tu dirección IP y puede instalar sus propias cookies.',
      it: 'Mappe di Google Maps nelle nostre pagine: quando una si carica, Google riceve il tuo indirizzo IP e può impostare i propri cookie.',
      nl: 'Kaarten van Google Maps op onze pagina’s: zodra er een laadt, ontvangt Google je IP-adres en kan het eigen cookies plaatsen.',
      pt: 'Mapas do Google Maps em nossas páginas: quando um deles carrega, o Google recebe seu endereço IP e pode definir os próprios cookies.',
      ar: 'خرائط من Google Maps في صفحاتنا: عند تحميل إحداها تتلقى Google عنوان IP الخاص بك وقد تضع ملفات تعريف ارتباط خاصة بها.',
    },
    cookies: [
      { name: 'NID', provider: 'Google', domain: 'google.com', expiry: { en: '1 year' }, description: { en: 'Set by Google on google.com when a map loads: Google’s browser id, which keeps settings such as the language for its services.' } },
    ],
    hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com'],
  },
  // Fonts from Google's CDN: no cookie, but every request hands the visitor's IP address to Google, which a
  // German court held needs consent (LG München I, 20 January 2022, 3 O 17493/20). Self-hosted fonts need no preset.
  'google-fonts': {
    name: 'Google Fonts',
    category: 'functionality',
    provider: 'Google',
    description: {
      en: 'Fonts loaded from Google’s servers: each request sends your IP address to Google. It sets no cookies.',
      de: 'Schriften, die von Googles Servern geladen werden: Jede Anfrage übermittelt Ihre IP-Adresse an Google. Es werden keine Cookies gesetzt.',
      fr: 'Des polices chargées depuis les serveurs de Google : chaque requête transmet votre adresse IP à Google. Aucun cookie n’est déposé.',
      es: 'Fuentes cargadas desde los servidores de Google: cada solicitud envía tu dirección IP a Google. No instala cookies.',
      it: 'Caratteri caricati dai server di Google: ogni richiesta invia il tuo indirizzo IP a Google. Non imposta cookie.',
      nl: 'Lettertypen die van de servers van Google worden geladen: elk verzoek stuurt je IP-adres naar Google. Er worden geen cookies geplaatst.',
      pt: 'Fontes carregadas dos servidores do Google: cada solicitação envia seu endereço IP ao Google. Nenhum cookie é definido.',
      ar: 'خطوط تُحمَّل من خوادم Google: يُرسل كل طلب عنوان IP الخاص بك إلى Google. لا تُوضع أي ملفات تعريف ارتباط.',
    },
    cookies: [],
    hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
  },
  // Stripe.js sets its cookies to detect fraud in the payment the visitor asked for: the security of a service
  // explicitly requested is exempt from consent (Art. 5(3); Article 29 Working Party, Opinion 04/2012, 3.3). That
  // holds where payments are made: a site loading Stripe.js on every page for its fraud signals stretches it.
  stripe: {
    name: 'Stripe',
    category: 'strictly-necessary',
    provider: 'Stripe',
    description: {
      en: 'Stripe processes our payments; its cookies help detect and prevent fraud, which a secure payment needs.',
      de: 'Stripe wickelt unsere Zahlungen ab; seine Cookies helfen, Betrug zu erkennen und zu verhindern, was eine sichere Zahlung erfordert.',
      fr: 'Stripe traite nos paiements ; ses cookies aident à détecter et à prévenir la fraude, ce qu’exige un paiement sécurisé.',
      es: 'Stripe procesa nuestros pagos; sus cookies ayudan a detectar y prevenir el fraude, algo que un pago seguro necesita.',
      it: 'Stripe elabora i nostri pagamenti; i suoi cookie aiutano a individuare e prevenire le frodi, come richiede un pagamento sicuro.',
      nl: 'Stripe verwerkt onze betalingen; de cookies ervan helpen fraude op te sporen en te voorkomen, wat een veilige betaling nodig heeft.',
      pt: 'O Stripe processa nossos pagamentos; seus cookies ajudam a detectar e evitar fraudes, algo de que um pagamento seguro precisa.',
      ar: 'تعالج Stripe مدفوعاتنا؛ وتساعد ملفات تعريف الارتباط الخاصة بها على كشف الاحتيال ومنعه، وهو ما يتطلبه الدفع الآمن.',
    },
    cookies: [
      { name: '__stripe_mid', provider: 'Stripe', expiry: { en: '1 year' }, description: { en: 'Fraud prevention: a browser id Stripe uses to recognise payments made from the same device.' } },
      { name: '__stripe_sid', provider: 'Stripe', expiry: { en: '30 minutes' }, description: { en: 'Fraud prevention: marks the current visit for Stripe’s fraud checks.' } },
      { name: 'm', provider: 'Stripe', domain: 'm.stripe.com', expiry: { en: '10 years' }, description: { en: 'Set by Stripe on m.stripe.com: a device id for fraud prevention.' } },
    ],
    hosts: ['stripe.com', 'stripe.network'],
  },
  // The messenger loads on every page, before the visitor asks to chat, so it is not strictly necessary; it is a
  // feature they use. A site that also uses Intercom's visitor tracking for sales moves it to targeting.
  intercom: {
    name: 'Intercom',
    category: 'functionality',
    provider: 'Intercom',
    description: {
      en: 'Intercom’s chat, for messages to our team: it recognises your browser so that a conversation carries on between visits.',
      de: 'Der Chat von Intercom für Nachrichten an unser Team: Er erkennt Ihren Browser wieder, damit ein Gespräch über Besuche hinweg weiterläuft.',
      fr: 'La messagerie d’Intercom, pour écrire à notre équipe : elle reconnaît votre navigateur pour qu’une conversation se poursuive d’une visite à l’autre.',
      es: 'El chat de Intercom, para escribir a nuestro equipo: reconoce tu navegador para que una conversación continúe entre visitas.',
      it: 'La chat di Intercom, per scrivere al nostro team: riconosce il tuo browser perché una conversazione prosegua da una visita all’altra.',
      nl: 'De chat van Intercom, voor berichten aan ons team: die herkent je browser, zodat een gesprek tussen bezoeken doorloopt.',
      pt: 'O chat do Intercom, para mensagens à nossa equipe: ele reconhece seu navegador para que uma conversa continue entre as visitas.',
      ar: 'دردشة Intercom لمراسلة فريقنا: تتعرّف على متصفحك لتستمر المحادثة بين الزيارات.',
    },
    cookies: [
      { name: 'intercom-id-', match: 'prefix', provider: 'Intercom', expiry: { en: '9 months' }, description: { en: 'An anonymous visitor id, so that Intercom can show the visitor’s earlier conversations.' } },
      { name: 'intercom-session-', match: 'prefix', provider: 'Intercom', expiry: { en: '1 week' }, description: { en: 'Keeps the chat session, so that a conversation continues on the next page.' } },
      { name: 'intercom-device-id-', match: 'prefix', provider: 'Intercom', expiry: { en: '9 months' }, description: { en: 'A device id Intercom uses to recognise the browser in its chat.' } },
    ],
    hosts: ['intercom.io', 'intercomcdn.com'],
  },
  hubspot: {
    name: 'HubSpot',
    category: 'targeting',
    provider: 'HubSpot',
    description: {
      en: 'HubSpot’s marketing tools: record visits to our pages and link them to the forms you send us, to measure our marketing and follow up on enquiries.',
      de: 'Marketing-Werkzeuge von HubSpot: erfassen Besuche auf unseren Seiten und verknüpfen sie mit den Formularen, die Sie uns senden, um unser Marketing zu messen und Anfragen nachzugehen.',
      fr: 'Les outils marketing de HubSpot : enregistrent les visites de nos pages et les relient aux formulaires que vous nous envoyez, pour mesurer notre marketing et donner suite aux demandes.',
      es: 'Las herramientas de marketing de HubSpot: registran las visitas a nuestras páginas y las vinculan a los formularios que nos envías, para medir nuestro marketing y dar seguimiento a las consultas.',
      it: 'Gli strumenti di marketing di HubSpot: registrano le visite alle nostre pagine e le collegano ai moduli che ci invii, per misurare il nostro marketing e dare seguito alle richieste.',
      nl: 'De marketingtools van HubSpot: leggen bezoeken aan onze pagina’s vast en koppelen ze aan de formulieren die je ons stuurt, om onze marketing te meten en aanvragen op te volgen.',
      pt: 'As ferramentas de marketing da HubSpot: registram as visitas às nossas páginas e as vinculam aos formulários que você nos envia, para medir nosso marketing e dar seguimento a solicitações.',
      ar: 'أدوات التسويق من HubSpot: تسجّل الزيارات لصفحاتنا وتربطها بالنماذج التي ترسلها إلينا، لقياس تسويقنا ومتابعة الاستفسارات.',
    },
    cookies: [
      { name: '__hstc', provider: 'HubSpot', expiry: { en: '13 months' }, description: { en: 'HubSpot’s visitor cookie: an id with the times of the first, previous and current visit.' } },
      { name: 'hubspotutk', provider: 'HubSpot', expiry: { en: '13 months' }, description: { en: 'The visitor’s HubSpot id, sent with forms so that earlier visits are linked to the contact.' } },
      { name: '__hssc', provider: 'HubSpot', expiry: { en: '30 minutes' }, description: { en: 'Counts the page views of the current visit, for HubSpot’s session figures.' } },
      { name: '__hssrc', provider: 'HubSpot', expiry: { en: 'Session' }, description: { en: 'Tells HubSpot whether the browser was restarted, to mark a new visit.' } },
    ],
    hosts: ['hs-scripts.com', 'hs-analytics.net', 'hubspot.com', 'hs-banner.com', 'hscollectedforms.net'],
  },
} as const satisfies Record<string, BuiltInPreset>;

/** The built-in presets, by id: each id is also the service's id unless the catalogue gives another. */
export type PresetId = keyof typeof presets;

export const PRESETS: { readonly [id in PresetId]: BuiltInPreset } = presets;
