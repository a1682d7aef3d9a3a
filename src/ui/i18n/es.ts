import type { Language } from './language';

export const language: Language = {
  code: 'es',
  dir: 'ltr',
  texts: {
    bannerTitle: 'Tu privacidad, tu decisión',
    bannerDescription:
      'Usamos las cookies necesarias para que el sitio funcione. Con tu consentimiento, también usamos cookies para {purposes}.',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    customize: 'Personalizar',
    privacyPolicy: 'Política de privacidad',
    preferencesTitle: 'Preferencias de cookies',
    preferencesDescription: 'Elige qué cookies podemos usar. Puedes cambiarlo en cualquier momento en «Configuración de cookies».',
    saveChoices: 'Guardar selección',
    close: 'Cerrar',
    alwaysOn: 'Siempre activas',
    cookiesIn: 'Cookies utilizadas',
    noCookies: 'No hay cookies de este tipo en la lista.',
    cookieName: 'Nombre',
    cookieProvider: 'Proveedor',
    cookieExpiry: 'Duración',
    cookieDescription: 'Descripción',
    gpcHonoured: 'Tu navegador envía la señal Global Privacy Control, así que la segmentación sigue desactivada salvo que la actives tú.',
    gpcAcceptAll: '«Aceptar todas» incluye la segmentación, pese a esa señal.',
    saved: 'Se ha guardado su elección de cookies.',
    notRemembered: 'Su navegador no permite que este sitio guarde cookies, así que su elección solo se aplica a esta página.',
    objectionNotice: 'También usamos cookies para {purposes}, salvo que te opongas: desactívalas en «Personalizar».',
    optOutDescription: 'Puedes excluirte de la venta o el intercambio de tu información personal y de la publicidad dirigida: desactiva lo que no quieras y guarda.',
  },
  purposes: {
    performance: 'medir las visitas',
    functionality: 'recordar tus ajustes',
    targeting: 'mostrar anuncios relevantes',
    unclassified: 'usar servicios que aún no hemos clasificado',
  },
  categories: {
    'strictly-necessary': {
      title: 'Estrictamente necesarias',
      description: 'Imprescindibles para que el sitio funcione: inicio de sesión, seguridad, recordar esta decisión.',
    },
    performance: {
      title: 'Rendimiento y analítica',
      description: 'Cuentan las visitas y el uso de las páginas, de forma agregada, para mejorar el sitio.',
    },
    functionality: {
      title: 'Funcionalidad',
      description: 'Recuerdan ajustes como tu idioma o región.',
    },
    targeting: {
      title: 'Segmentación y publicidad',
      description: 'Nos permiten, a nosotros y a nuestros socios publicitarios, medir campañas y mostrar anuncios según tus intereses.',
    },
    unclassified: {
      title: 'Sin clasificar',
      description: 'Cookies que aún no hemos clasificado.',
    },
  },
};
