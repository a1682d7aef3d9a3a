import type { Language } from './language';

/** Portuguese as written in Brazil (pt-BR); pages in pt-PT get it too. */
export const language: Language = {
  code: 'pt',
  dir: 'ltr',
  texts: {
    bannerTitle: 'Sua privacidade, sua escolha',
    bannerDescription:
      'Usamos os cookies necessários para o site funcionar. Com o seu consentimento, também usamos cookies para {purposes}.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    customize: 'Personalizar',
    privacyPolicy: 'Política de privacidade',
    preferencesTitle: 'Preferências de cookies',
    preferencesDescription: 'Escolha quais cookies podemos usar. Você pode mudar isso a qualquer momento em “Configurações de cookies”.',
    saveChoices: 'Salvar escolhas',
    close: 'Fechar',
    alwaysOn: 'Sempre ativos',
    cookiesIn: 'Cookies usados',
    noCookies: 'Nenhum cookie deste tipo está listado.',
    cookieName: 'Nome',
    cookieProvider: 'Fornecedor',
    cookieExpiry: 'Validade',
    cookieDescription: 'Descrição',
    gpcHonoured: 'Seu navegador envia o sinal Global Privacy Control, então a segmentação fica desativada, a menos que você a ative.',
    gpcAcceptAll: '“Aceitar todos” inclui a segmentação, apesar desse sinal.',
    saved: 'Suas escolhas de cookies foram salvas.',
    notRemembered: 'Seu navegador não permite que este site guarde cookies, então sua escolha vale apenas para esta página.',
    objectionNotice: 'Também usamos cookies para {purposes}, a menos que você se oponha: desative-os em “Personalizar”.',
    optOutDescription: 'Você pode recusar a venda ou o compartilhamento de suas informações pessoais e a publicidade direcionada: desative o que não quiser e salve.',
  },
  purposes: {
    performance: 'medir as visitas',
    functionality: 'lembrar suas configurações',
    targeting: 'mostrar anúncios relevantes',
    unclassified: 'usar serviços que ainda não classificamos',
  },
  categories: {
    'strictly-necessary': {
      title: 'Estritamente necessários',
      description: 'Necessários para o site funcionar: login, segurança, lembrar esta escolha.',
    },
    performance: {
      title: 'Desempenho e análise',
      description: 'Contam as visitas e o uso das páginas, de forma agregada, para melhorarmos o site.',
    },
    functionality: {
      title: 'Funcionalidade',
      description: 'Lembram configurações como seu idioma ou sua região.',
    },
    targeting: {
      title: 'Segmentação e publicidade',
      description: 'Permitem que nós e parceiros de anúncios meçamos campanhas e mostremos anúncios de acordo com seus interesses.',
    },
    unclassified: {
      title: 'Não classificados',
      description: 'Cookies que ainda não classificamos.',
    },
  },
};
