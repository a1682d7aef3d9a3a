/**
 * Reads what the banner shows (cookie table, services, texts, policy link)
 * from the catalogue, keeping only well-formed entries. It does not explain
 * problems, it only says whether there were any (`clean: false`); the loader
 * then fetches the full validator (`parseCatalog`) to name each one. Keeping
 * messages out of this file keeps them off every first visit's bytes.
 * A test checks that `clean` agrees with `parseCatalog(...).ok`.
 */
import { CATEGORY_IDS, LAYOUTS, THEMES, type Catalog, type CookieRule, type GateConfig, type Layout, type LocalText, type Service, type Texts, type Theme } from '../core/types';
import { DEFAULT_APPEARANCE } from '../core/constants';
import { isRecord, isSafeUrl } from '../core/validate';
import { LANGUAGE_PATTERN, SERVICE_ID_PATTERN, isWholeNumber } from '../core/gate-config';
import { fitsCookie } from '../core/cookie-store';
import { COOKIE_PATH_PATTERN, largestRecord } from '../core/catalog-limits';

export interface DisplayCatalog {
  catalog: Catalog;
  clean: boolean;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const optionalText = (value: unknown) => value === undefined || isText(value);
/** A text, or one per language: `{ "en": "…", "de": "…" }`. */
const isLocalText = (value: unknown): value is LocalText =>
  isText(value) ||
  (isRecord(value) && Object.keys(value).length > 0 && Object.entries(value).every(([code, text]) => LANGUAGE_PATTERN.test(code) && isText(text)));
const optionalLocalText = (value: unknown) => value === undefined || isLocalText(value);
/** Called once `readGateConfig` accepted the catalogue: every listed category id is a known one. */
export function readDisplayCatalog(input: Record<string, unknown>, config: GateConfig): DisplayCatalog {
  let clean = true;
  // The value is built only for a well-formed entry.
  const keep = <T>(ok: boolean, value: () => T): T[] => (ok ? [value()] : ((clean = false), []));
  const listed = new Set<unknown>(['strictly-necessary', ...Object.keys(isRecord(input.categories) ? input.categories : {})]);
  const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : ((clean = false), []));

  const categories = {} as Catalog['categories'];
  for (const id of CATEGORY_IDS) {
    const raw = isRecord(input.categories) ? input.categories[id] : undefined;
    const { title, description, revisedIn } = isRecord(raw) ? raw : {};
    const revisedOk = revisedIn === undefined || isWholeNumber(revisedIn, 1, config.revision);
    if (!optionalLocalText(title) || !optionalLocalText(description) || !revisedOk) clean = false;
    categories[id] = {
      ...(isLocalText(title) && { title }),
      ...(isLocalText(description) && { description }),
      // A wrong value counts as changed now: better to ask afresh than to carry a yes over.
      ...(revisedIn !== undefined && { revisedIn: revisedOk ? (revisedIn as number) : config.revision }),
    };
  }

  const services: Service[] = list(input.services).flatMap((s) =>
    keep(
      // A `preset` or `cookies` left on an entry is for the presets file to expand first; here it is not well-formed.
      isRecord(s) && isText(s.id) && SERVICE_ID_PATTERN.test(s.id) && isText(s.name) && listed.has(s.category) && optionalText(s.provider) &&
        optionalLocalText(s.description) && s.preset === undefined && s.cookies === undefined,
      () => s as unknown as Service,
    ),
  );
  const byId = new Map(services.map((s) => [s.id, s]));
  if (byId.size !== services.length) clean = false;
  // The validator's rule too: the record of "Accept all" must fit in the consent cookie (the writer refuses one that does not).
  if (!fitsCookie(config.options.cookieName, largestRecord(config.revision, config.enabled, services, config.jurisdictions))) clean = false;

  const cookies: CookieRule[] = list(input.cookies).flatMap((c) =>
    keep(
      isRecord(c) && isText(c.name) && (c.match === undefined || c.match === 'exact' || c.match === 'prefix') &&
        listed.has(c.category) && isText(c.provider) && isLocalText(c.expiry) &&
        isLocalText(c.description) && optionalText(c.domain) &&
        (c.service === undefined || byId.get(c.service as string)?.category === c.category),
      () => {
        // A wrong path is left out, not the row: its cookie is still deleted on the page's own paths.
        const { path, ...row } = c as unknown as CookieRule;
        const pathOk = path === undefined || (typeof path === 'string' && COOKIE_PATH_PATTERN.test(path));
        if (!pathOk) clean = false;
        return { ...row, match: row.match ?? 'exact', ...(pathOk && path !== undefined && { path }) };
      },
    ),
  );

  const texts: Catalog['texts'] = {};
  if (input.texts !== undefined && !isRecord(input.texts)) clean = false;
  for (const [key, value] of Object.entries(isRecord(input.texts) ? input.texts : {})) {
    if (isLocalText(value)) texts[key as keyof Texts] = value;
    else clean = false;
  }

  const url = input.privacyPolicyUrl;
  const privacyPolicyUrl = isText(url) && isSafeUrl(url) ? url : ((clean = false), '');
  const { site, language = 'en' } = input;
  if (!optionalText(site)) clean = false;
  const languageOk = typeof language === 'string' && LANGUAGE_PATTERN.test(language);
  if (!languageOk) clean = false;

  // Only a choice needs the consent log, so the loader leaves it to this reader.
  const log = isRecord(input.options) ? input.options.consentLog : undefined;
  const logOk = isText(log) && isSafeUrl(log);
  if (log !== undefined && !logOk) clean = false;
  // The loader reads options.audit itself (true or nothing); a wrong value is for the validator to name.
  const audit = isRecord(input.options) ? input.options.audit : undefined;
  if (audit !== undefined && typeof audit !== 'boolean') clean = false;
  const options = logOk ? { ...config.options, consentLog: log } : config.options;

  const { theme = DEFAULT_APPEARANCE.theme, layout = DEFAULT_APPEARANCE.layout, settingsButton = false, privacyChoicesButton = true } = isRecord(input.appearance) ? input.appearance : {};
  const themeOk = THEMES.includes(theme as never);
  const layoutOk = LAYOUTS.includes(layout as never);
  if ((input.appearance !== undefined && !isRecord(input.appearance)) || !themeOk || !layoutOk || typeof settingsButton !== 'boolean' || typeof privacyChoicesButton !== 'boolean') clean = false;
  const appearance = {
    theme: themeOk ? (theme as Theme) : DEFAULT_APPEARANCE.theme,
    layout: layoutOk ? (layout as Layout) : DEFAULT_APPEARANCE.layout,
    settingsButton: settingsButton === true,
    privacyChoicesButton: privacyChoicesButton !== false,
  };

  return {
    clean,
    catalog: { ...config, options, appearance, ...(isText(site) && { site }), language: languageOk ? language : 'en', categories, privacyPolicyUrl, services, cookies, texts },
  };
}
