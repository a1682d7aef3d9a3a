/**
 * The few words of the small widgets that work without the UI file (the
 * floating settings button, the cover of a blocked embed), in each built-in
 * language: those widgets must speak the page's language without fetching a
 * language file. Two tables, so each widget file carries only its own words.
 */

/** The settings button's name, also on each cover. */
export const SETTINGS: Record<string, string> = {
  en: 'Cookie settings',
  de: 'Cookie-Einstellungen',
  fr: 'Paramètres des cookies',
  es: 'Configuración de cookies',
  it: 'Impostazioni cookie',
  nl: 'Cookie-instellingen',
  pt: 'Configurações de cookies',
  ar: 'إعدادات ملفات تعريف الارتباط',
};

/**
 * The "Your Privacy Choices" button of opt-out jurisdictions (the CCPA regulations' name for the opt-out
 * link with its icon, 11 CCR § 7015), and the status line beside it and atop the preferences when the browser's
 * Global Privacy Control was honoured as an opt-out (11 CCR § 7025(c)(6)).
 */
export const PRIVACY_CHOICES: Record<string, [button: string, honoured: string]> = {
  en: ['Your Privacy Choices', 'Opt-out request honoured'],
  de: ['Ihre Datenschutzoptionen', 'Widerspruch (Opt-out) berücksichtigt'],
  fr: ['Vos choix en matière de confidentialité', 'Demande d’opposition (opt-out) respectée'],
  es: ['Tus opciones de privacidad', 'Solicitud de exclusión atendida'],
  it: ['Le tue scelte sulla privacy', 'Richiesta di opt-out rispettata'],
  nl: ['Jouw privacykeuzes', 'Afmeldverzoek (opt-out) gehonoreerd'],
  pt: ['Suas opções de privacidade', 'Pedido de exclusão atendido'],
  ar: ['خيارات الخصوصية الخاصة بك', 'تم احترام طلب إلغاء الاشتراك'],
};

/** A cover's message (`{host}` is the embed's host name) and its button that allows the embed. */
export const COVER: Record<string, [blocked: string, allow: string]> = {
  en: ['This content from {host} is blocked until you allow its cookies.', 'Allow and show'],
  de: ['Dieser Inhalt von {host} ist blockiert, bis Sie seine Cookies erlauben.', 'Erlauben und anzeigen'],
  fr: ['Ce contenu de {host} est bloqué tant que vous n’autorisez pas ses cookies.', 'Autoriser et afficher'],
  es: ['Este contenido de {host} está bloqueado hasta que permita sus cookies.', 'Permitir y mostrar'],
  it: ['Questo contenuto di {host} è bloccato finché non ne consenti i cookie.', 'Consenti e mostra'],
  nl: ['Deze inhoud van {host} is geblokkeerd tot je de cookies ervan toestaat.', 'Toestaan en tonen'],
  pt: ['Este conteúdo de {host} está bloqueado até você permitir os cookies dele.', 'Permitir e mostrar'],
  ar: ['هذا المحتوى من {host} محظور حتى تسمح بملفات تعريف الارتباط الخاصة به.', 'السماح والعرض'],
};

/** The entry for this language, English for one without. */
export const inLanguage = <T>(table: Record<string, T>, code: string): T => table[code] ?? table.en!;
