/**
 * Turns untrusted catalogue JSON (a fetched file, inline JSON, or an npm
 * user's object) into a `Catalog`, or into the full list of problems.
 * The same rules are written for editors in `catalog/schema.json`.
 */
import { CATEGORY_IDS, GPP_NOTICES, GPP_SECTIONS, LAYOUTS, MATOMO_MODES, THEMES, VENDOR_INTEGRATIONS, vendorService, type VendorIntegration, type Appearance, type Gpp, type GppNotice, type GppSection, type Catalog, type CategoryId, type CategorySettings, type CookieRule, type Integrations, type Jurisdictions, type LocalText, type Service, type Texts } from './types';
import {
  DEFAULT_APPEARANCE, DEFAULT_COOKIE_NAME, GPP_NOTICE_DEFAULTS, DEFAULT_MAX_AGE_DAYS, DEFAULT_WAIT_FOR_UPDATE_MS, GOOGLE_SERVICES, MAX_AGE_DAYS_LIMIT, MAX_WAIT_FOR_UPDATE_MS, MAX_SCRIPT_TIMEOUT_MS, SCRIPT_TIMEOUT_MS,
} from './constants';
import { OPTION_KEYS } from './option-keys';
import { CONSENT_MODES, COOKIE_DOMAIN_PATTERN, COOKIE_NAME_PATTERN, LANGUAGE_PATTERN, SERVICE_ID_PATTERN, isWholeNumber } from './gate-config';
import { MAX_COOKIE_SIZE } from './cookie-store';
import { COOKIE_PATH_PATTERN, largestRecord } from './catalog-limits';
import { RULE_KEYS, readJurisdictions, type JurisdictionFault } from './jurisdiction-rules';
import { Problems, describe, formatProblem, isRecord, isSafeUrl, readOneOf, readString, unknownKeys, type Problem } from './validate';
import { expandWith, type AddedRow, type PresetTable } from './service-presets';

export type CatalogResult =
  | { ok: true; catalog: Catalog; warnings: string[] }
  | { ok: false; problems: Problem[]; warnings: string[] };

/** Thrown by `createConsentGate` for an unusable catalogue; `problems` lists them all. */
export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`invalid consent-gate catalogue:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogError';
  }
}

const TEXT_KEYS: readonly (keyof Texts)[] = [
  'bannerTitle', 'bannerDescription', 'acceptAll', 'rejectAll', 'customize', 'privacyPolicy',
  'preferencesTitle', 'preferencesDescription', 'saveChoices', 'close', 'alwaysOn', 'cookiesIn',
  'noCookies', 'cookieName', 'cookieProvider', 'cookieExpiry', 'cookieDescription', 'gpcHonoured', 'gpcAcceptAll', 'saved', 'notRemembered',
  'objectionNotice', 'optOutDescription',
];
const TOP_KEYS = ['$schema', 'revision', 'site', 'language', 'privacyPolicyUrl', 'categories', 'services', 'cookies', 'texts', 'appearance', 'options', 'integrations', 'jurisdictions'];
const SERVICE_ID = SERVICE_ID_PATTERN;

/** What each fault of `jurisdictions` expected; `detail` fills in the specifics. */
const JURISDICTION_MESSAGES: Record<JurisdictionFault, (detail: string) => string> = {
  rules: () => 'an object of rules keyed by id, such as { "eu": { "regions": ["EEA"], "model": "opt-in" } }',
  ruleId: () => 'a rule id: lower-case letters, digits and dashes',
  rule: () => 'an object such as { "regions": ["US-CA"], "model": "opt-out" }',
  model: () => 'one of opt-in, opt-out',
  flag: () => 'true, or no such field',
  optOutDefault: () => 'an opt-in rule: a visitor of unknown region may be in the EU; add "allowOptOutDefault": true to mean it',
  regions: () => 'a list of regions such as ["DE", "US-CA", "EEA"]',
  region: () => 'an ISO 3166 code in upper case, such as "DE" or "US-CA", or "EEA"',
  regionTwice: (detail) => `each region once, in one rule: ${detail}`,
  categories: () => 'an object keyed by category id',
  categoryKey: () => 'an optional category id',
  basis: () => 'one of consent, objection',
  targetingObjection: () => '"consent": targeting needs consent in every jurisdiction',
  optOutObjection: () => '"consent" or no basis: in an opt-out rule every category runs until the visitor objects',
  noRules: () => 'at least one rule, one of them with "default": true, such as { "all": { "model": "opt-in", "default": true } }',
  noRegions: () => 'at least one region such as "DE", "US-CA" or "EEA": only the default rule may list none',
  notIso: (code) => `the ISO 3166 code ${code}`,
  eea: () => 'no region of the EEA in an opt-out rule or one with categories by objection: there nothing optional may run before consent (ePrivacy Directive Art. 5(3))',
  defaults: (found) => `exactly one rule with "default": true, for visitors whose region is unknown or in no rule (found ${found})`,
};

export interface ParseOptions {
  /**
   * The service presets that `services` entries may name (`{ "preset": "google-analytics" }`): consent-gate/presets'
   * `presets`. Without them an entry naming a preset is a problem.
   */
  presets?: PresetTable;
}

export function parseCatalog(catalog: unknown, { presets }: ParseOptions = {}): CatalogResult {
  const problems = new Problems();
  const warnings: string[] = [];
  const root = 'catalog';
  checkPresetEntries(problems, warnings, catalog, presets, `${root}.services`);
  // Presets become whole services and cookie rows first; everything below checks the result.
  const { catalog: input, added } = expandWith(catalog, presets ?? {});
  if (!isRecord(input)) {
    problems.add(root, 'a JSON object', input);
    return { ok: false, problems: problems.list, warnings };
  }
  warnings.push(...unknownKeys(input, TOP_KEYS, root));

  const revision = input.revision;
  if (!isWholeNumber(revision, 1)) {
    problems.add(`${root}.revision`, 'a whole number of at least 1', revision);
  }
  const site = readString(problems, input, 'site', root, false);
  const language = readString(problems, input, 'language', root, false) ?? 'en';
  if (!LANGUAGE_PATTERN.test(language)) problems.add(`${root}.language`, 'a language code in lower case, such as "en" or "de"', language);
  const privacyPolicyUrl = readString(problems, input, 'privacyPolicyUrl', root, true);
  if (privacyPolicyUrl !== undefined && !isSafeUrl(privacyPolicyUrl)) {
    problems.add(`${root}.privacyPolicyUrl`, 'an http(s) or relative URL', privacyPolicyUrl);
  }

  const listed = new Set<CategoryId>(['strictly-necessary']);
  const categories = readCategories(problems, warnings, input.categories, `${root}.categories`, listed, isWholeNumber(revision, 1) ? revision : Infinity);
  const services = readList(problems, input.services, `${root}.services`, (item, path) =>
    // A preset left unexpanded (unknown, or no table) was named by checkPresetEntries; its missing fields would only repeat that.
    isRecord(item) && item.preset !== undefined ? undefined : readService(problems, warnings, item, path),
  );
  const serviceById = new Map<string, Service>();
  services.forEach((service, i) => {
    if (serviceById.has(service.id)) problems.add(`${root}.services[${i}].id`, `a unique id, "${service.id}" is used twice`);
    else serviceById.set(service.id, service);
  });
  services.forEach((service, i) => checkDeclared(problems, listed, service.category, `${root}.services[${i}].category`));
  const cookies = readList(problems, input.cookies, `${root}.cookies`, (item, path) => {
    const cookie = readCookie(problems, warnings, item, path);
    if (!cookie) return undefined;
    checkDeclared(problems, listed, cookie.category, `${path}.category`);
    if (cookie.service !== undefined) {
      const owner = serviceById.get(cookie.service);
      if (!owner) problems.add(`${path}.service`, `the id of a service in catalog.services`, cookie.service);
      else if (owner.category !== cookie.category) {
        problems.add(`${path}.category`, `"${owner.category}", the category of service "${owner.id}"`, cookie.category);
      }
    }
    return cookie;
  });
  const texts = readTexts(problems, warnings, input.texts, `${root}.texts`);
  const options = readOptions(problems, warnings, input.options, `${root}.options`);
  const integrations = readIntegrations(problems, warnings, input.integrations, `${root}.integrations`);
  // A vendor integration follows its service by the fixed id (`matomo`, `tiktok-pixel`, …): a preset of that vendor
  // renamed with `id` is a service the integration does not see, so neither its switch nor its gated tags tie in.
  const written: unknown[] = isRecord(catalog) && Array.isArray(catalog.services) ? catalog.services : [];
  for (const key of VENDOR_INTEGRATIONS) {
    const service = vendorService(key);
    if (!integrations[key] || services.some((s) => s.id === service)) continue;
    written.forEach((entry: unknown, i) => {
      if (isRecord(entry) && entry.preset === service && entry.id !== undefined) {
        warnings.push(`${root}.services[${i}].id: "${String(entry.id)}" hides the service from integrations.${key}, which follows the id "${service}" (its tags' data-service and the visitor's switch): leave the preset's id`);
      }
    });
  }
  const appearance = readAppearance(problems, warnings, input.appearance, `${root}.appearance`);
  const jurisdictions = readJurisdictions(input.jurisdictions, (path, fault, got, detail = '') =>
    got === undefined ? problems.add(path, JURISDICTION_MESSAGES[fault](detail)) : problems.add(path, JURISDICTION_MESSAGES[fault](detail), got),
  );
  if (integrations.gpp && !Object.values(jurisdictions ?? {}).some((rule) => rule.model === 'opt-out')) {
    warnings.push(`${root}.integrations.gpp: no opt-out jurisdiction, so GPP applies to no visitor (every one gets applicableSections [-1])`);
  }
  if (isRecord(input.jurisdictions)) {
    for (const [id, rule] of Object.entries(input.jurisdictions)) {
      if (isRecord(rule) && rule.allowOptOutDefault === true && !(rule.default === true && rule.model === 'opt-out')) {
        warnings.push(`${root}.jurisdictions.${id}.allowOptOutDefault: only means something on the opt-out default rule, ignored`);
      }
    }
  }
  if (jurisdictions && options.honorGpc === false && Object.values(jurisdictions).some((rule) => rule.model === 'opt-out')) {
    warnings.push(`${root}.options.honorGpc: false with an opt-out jurisdiction, where the US state laws make Global Privacy Control a valid opt-out: its visitors' signal is ignored`);
  }
  if (isRecord(input.jurisdictions)) {
    for (const [id, rule] of Object.entries(input.jurisdictions)) {
      if (!isRecord(rule)) continue;
      warnings.push(...unknownKeys(rule, RULE_KEYS, `${root}.jurisdictions.${id}`));
      if (isRecord(rule.categories)) {
        for (const [key, setting] of Object.entries(rule.categories)) {
          if (isRecord(setting)) warnings.push(...unknownKeys(setting, ['basis'], `${root}.jurisdictions.${id}.categories.${key}`));
          if (setting && CATEGORY_IDS.includes(key as CategoryId) && !listed.has(key as CategoryId)) {
            warnings.push(`${root}.jurisdictions.${id}.categories.${key}: a category not listed in catalog.categories, ignored`);
          }
        }
      }
    }
  }
  if (isWholeNumber(revision, 1)) checkRecordFits(problems, `${root}.services`, revision, categories, services, options.cookieName, jurisdictions);

  relocate(problems.list, warnings, added);
  if (problems.list.length > 0) return { ok: false, problems: problems.list, warnings };
  return {
    ok: true,
    warnings,
    catalog: {
      revision: revision as number,
      ...(site !== undefined && { site }),
      language,
      privacyPolicyUrl: privacyPolicyUrl!,
      enabled: CATEGORY_IDS.filter((id) => categories[id].enabled),
      serviceCategories: Object.fromEntries(services.map((service) => [service.id, service.category])),
      categories: Object.fromEntries(
        CATEGORY_IDS.map((id) => {
          const { enabled: _inUse, ...text } = categories[id];
          return [id, text];
        }),
      ) as Catalog['categories'],
      services,
      cookies,
      texts,
      appearance,
      options,
      integrations,
      ...(jurisdictions && { jurisdictions }),
    },
  };
}

/**
 * What is written must read back: the record of "Accept all" (every category
 * in use, every one of its services) must fit in one cookie with its name, or
 * the browser drops it and the banner returns on every page view.
 */
function checkRecordFits(
  problems: Problems, path: string, revision: number, categories: Record<CategoryId, CategorySettings>, services: Service[], cookieName: string, jurisdictions?: Jurisdictions,
) {
  const size = cookieName.length + largestRecord(revision, CATEGORY_IDS.filter((id) => categories[id].enabled), services, jurisdictions).length;
  if (size > MAX_COOKIE_SIZE) {
    problems.add(
      path,
      `fewer services, or shorter ids: with all ${services.length} on, "${cookieName}" and its record take ${size} bytes, over the ${MAX_COOKIE_SIZE} a browser keeps for a cookie (name and value)`,
    );
  }
}

function readAppearance(problems: Problems, warnings: string[], value: unknown, path: string): Appearance {
  const appearance: Appearance = { ...DEFAULT_APPEARANCE };
  if (value === undefined) return appearance;
  if (!isRecord(value)) return problems.add(path, 'an object such as { "theme": "auto", "layout": "box" }', value), appearance;
  warnings.push(...unknownKeys(value, ['theme', 'layout', 'settingsButton', 'privacyChoicesButton'], path));
  const theme = value.theme === undefined ? appearance.theme : readOneOf(problems, value.theme, THEMES, `${path}.theme`);
  const layout = value.layout === undefined ? appearance.layout : readOneOf(problems, value.layout, LAYOUTS, `${path}.layout`);
  const { settingsButton = false, privacyChoicesButton = true } = value;
  if (typeof settingsButton !== 'boolean') problems.add(`${path}.settingsButton`, 'true or false', settingsButton);
  if (typeof privacyChoicesButton !== 'boolean') problems.add(`${path}.privacyChoicesButton`, 'true or false', privacyChoicesButton);
  return { theme: theme ?? appearance.theme, layout: layout ?? appearance.layout, settingsButton: settingsButton === true, privacyChoicesButton: privacyChoicesButton !== false };
}

function readCategories(
  problems: Problems,
  warnings: string[],
  value: unknown,
  path: string,
  listed: Set<CategoryId>,
  revision: number,
): Record<CategoryId, CategorySettings> {
  // Only strictly-necessary is implied; an optional category is in use when listed.
  const result = Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, { enabled: id === 'strictly-necessary' }]),
  ) as Record<CategoryId, CategorySettings>;
  // Read once here; parseCatalog keeps `enabled` as the list and the rest as texts.
  if (!isRecord(value)) {
    problems.add(path, 'an object keyed by category id', value);
    return result;
  }
  for (const [key, settings] of Object.entries(value)) {
    const id = readOneOf(problems, key, CATEGORY_IDS, `${path} key`);
    if (!id) continue;
    const at = `${path}.${key}`;
    listed.add(id);
    if (!isRecord(settings)) {
      problems.add(at, 'an object such as { "enabled": true }', settings);
      continue;
    }
    warnings.push(...unknownKeys(settings, ['enabled', 'title', 'description', 'revisedIn'], at));
    if (settings.enabled !== undefined && typeof settings.enabled !== 'boolean') {
      problems.add(`${at}.enabled`, 'true or false', settings.enabled);
    }
    const title = readLocalText(problems, settings, 'title', at, false);
    const description = readLocalText(problems, settings, 'description', at, false);
    const { revisedIn } = settings;
    const revisedOk = revisedIn === undefined || isWholeNumber(revisedIn, 1, revision);
    if (!revisedOk) problems.add(`${at}.revisedIn`, 'a whole number from 1 to the catalogue\'s revision', revisedIn);
    result[id] = {
      enabled: settings.enabled !== false,
      ...(title !== undefined && { title }),
      ...(description !== undefined && { description }),
      ...(revisedOk && revisedIn !== undefined && { revisedIn: revisedIn as number }),
    };
  }
  return result;
}

/** A non-empty string, or one per language (`{ "en": "…", "de": "…" }`); `undefined` (with a problem) otherwise. */
function readLocalText(problems: Problems, obj: Record<string, unknown>, key: string, path: string, required: boolean): LocalText | undefined {
  const value = obj[key];
  if (!isRecord(value)) return readString(problems, obj, key, path, required);
  const entries = Object.entries(value);
  const bad = entries.find(([code, text]) => !LANGUAGE_PATTERN.test(code) || typeof text !== 'string' || text.trim() === '');
  if (entries.length > 0 && !bad) return value as LocalText;
  problems.add(`${path}.${key}`, 'a non-empty string, or one per language such as { "en": "…", "de": "…" }', value);
  return undefined;
}

function checkDeclared(problems: Problems, listed: Set<CategoryId>, id: CategoryId, path: string) {
  // Listing a category with "enabled": false is fine (its rows stay documented); not listing it is a typo.
  if (!listed.has(id)) problems.add(path, `a category listed in catalog.categories, "${id}" is not`);
}

function readList<T>(problems: Problems, value: unknown, path: string, read: (item: unknown, path: string) => T | undefined): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(path, 'an array', value);
    return [];
  }
  return value.flatMap((item, i) => {
    const parsed = read(item, `${path}[${i}]`);
    return parsed === undefined ? [] : [parsed];
  });
}

function readService(problems: Problems, warnings: string[], item: unknown, path: string): Service | undefined {
  if (!isRecord(item)) return void problems.add(path, 'an object', item);
  warnings.push(...unknownKeys(item, ['id', 'name', 'category', 'provider', 'description', 'preset', 'cookies'], path));
  const id = readString(problems, item, 'id', path, true);
  if (id !== undefined && !SERVICE_ID.test(id)) problems.add(`${path}.id`, 'lower-case letters, digits and dashes', id);
  const name = readString(problems, item, 'name', path, true);
  const category = readOneOf(problems, item.category, CATEGORY_IDS, `${path}.category`);
  const provider = readString(problems, item, 'provider', path, false);
  const description = readLocalText(problems, item, 'description', path, false);
  // Rows on the service replace a preset's; a service of the catalogue's own lists its rows in catalog.cookies.
  if (item.cookies !== undefined) problems.add(`${path}.cookies`, `"preset" beside "cookies" (they replace a preset's rows), or the rows in catalog.cookies with "service": "${id ?? '…'}"`);
  if (id === undefined || name === undefined || category === undefined) return undefined;
  return { id, name, category, ...(provider !== undefined && { provider }), ...(description !== undefined && { description }) };
}

/**
 * The `preset` of each services entry: one the table has, and a table at all. The rows written on a preset
 * service belong to it: a `service` or `category` of their own is ignored, with a warning.
 */
function checkPresetEntries(problems: Problems, warnings: string[], source: unknown, presets: PresetTable | undefined, path: string) {
  const entries = isRecord(source) && Array.isArray(source.services) ? source.services : [];
  entries.forEach((entry: unknown, i) => {
    if (!isRecord(entry) || entry.preset === undefined) return;
    const at = `${path}[${i}]`;
    if (!presets) {
      return problems.add(
        `${at}.preset`,
        `the presets module for preset ${describe(entry.preset)}: with the script tag, consent-gate.presets.js beside the loader (fetched automatically); ` +
          `with npm, import { presets } from 'consent-gate/presets' and pass createConsentGate({ catalog, presets })`,
      );
    }
    if (typeof entry.preset !== 'string' || !Object.prototype.hasOwnProperty.call(presets, entry.preset)) {
      problems.add(`${at}.preset`, `a known preset (${Object.keys(presets).join(', ')})`, entry.preset);
    }
    const { cookies } = entry;
    if (cookies === undefined) return;
    if (!Array.isArray(cookies)) return problems.add(`${at}.cookies`, 'an array of cookie rows (they replace the preset\'s)', cookies);
    cookies.forEach((row: unknown, j) => {
      for (const key of ['service', 'category']) {
        if (isRecord(row) && row[key] !== undefined) warnings.push(`${at}.cookies[${j}].${key}: ignored: a row written on its service belongs to that service and its category`);
      }
    });
  });
}

/**
 * A problem or warning in a cookie row a preset added is reported where the row was written: on the service
 * (`services[i].cookies[j]`) or in the preset (`services[i].preset → cookies[j]`). Its `service` and `category`
 * are copies of the service's, so their problems are the service's own, already reported there.
 */
function relocate(list: Problem[], warnings: string[], added: AddedRow[]) {
  if (!added.length) return;
  const where = (text: string): string | null => {
    const match = /^catalog\.cookies\[(\d+)\]/.exec(text);
    const row = match && added.find((a) => a.at === Number(match[1]));
    if (!match || !row) return text;
    const rest = text.slice(match[0].length);
    if (/^\.(category|service)\b/.test(rest)) return null;
    return `catalog.services[${row.service}].${row.own ? 'cookies' : 'preset → cookies'}[${row.row}]${rest}`;
  };
  const kept = list.flatMap((problem) => {
    const path = where(problem.path);
    return path === null ? [] : [{ ...problem, path }];
  });
  list.splice(0, list.length, ...kept);
  const said = warnings.flatMap((warning) => {
    const text = where(warning);
    return text === null ? [] : [text];
  });
  warnings.splice(0, warnings.length, ...said);
}

function readCookie(problems: Problems, warnings: string[], item: unknown, path: string): CookieRule | undefined {
  if (!isRecord(item)) return void problems.add(path, 'an object', item);
  warnings.push(...unknownKeys(item, ['name', 'match', 'category', 'service', 'provider', 'domain', 'path', 'expiry', 'description'], path));
  const name = readString(problems, item, 'name', path, true);
  const match = item.match === undefined ? 'exact' : readOneOf(problems, item.match, ['exact', 'prefix'] as const, `${path}.match`);
  const category = readOneOf(problems, item.category, CATEGORY_IDS, `${path}.category`);
  const service = readString(problems, item, 'service', path, false);
  const provider = readString(problems, item, 'provider', path, true);
  const domain = readString(problems, item, 'domain', path, false);
  const cookiePath = item.path;
  const pathOk = cookiePath === undefined || (typeof cookiePath === 'string' && COOKIE_PATH_PATTERN.test(cookiePath));
  if (!pathOk) problems.add(`${path}.path`, 'a cookie path such as "/shop": "/" then at most 1023 printable ASCII characters without ";" or spaces', cookiePath);
  const expiry = readLocalText(problems, item, 'expiry', path, true);
  const description = readLocalText(problems, item, 'description', path, true);
  if (!name || !match || !category || !provider || !expiry || !description || !pathOk) return undefined;
  return {
    name, match, category, provider, expiry, description,
    ...(service !== undefined && { service }),
    ...(domain !== undefined && { domain }),
    ...(cookiePath !== undefined && { path: cookiePath as string }),
  };
}

function readTexts(problems: Problems, warnings: string[], value: unknown, path: string): Catalog['texts'] {
  if (value === undefined) return {};
  if (!isRecord(value)) return problems.add(path, 'an object of texts', value), {};
  warnings.push(...unknownKeys(value, TEXT_KEYS, path));
  const texts: Catalog['texts'] = {};
  for (const key of TEXT_KEYS) {
    const text = readLocalText(problems, value, key, path, false);
    if (text !== undefined) texts[key] = text;
  }
  return texts;
}

function readOptions(problems: Problems, warnings: string[], value: unknown, path: string): Catalog['options'] {
  const options: Catalog['options'] = { cookieName: DEFAULT_COOKIE_NAME, consentMaxAgeDays: DEFAULT_MAX_AGE_DAYS, reloadOnRevoke: true, honorGpc: true, scriptTimeout: SCRIPT_TIMEOUT_MS };
  if (value === undefined) return options;
  if (!isRecord(value)) return problems.add(path, 'an object of options', value), options;
  warnings.push(...unknownKeys(value, OPTION_KEYS, path));
  const consentLog = readString(problems, value, 'consentLog', path, false);
  if (consentLog !== undefined) {
    if (isSafeUrl(consentLog)) options.consentLog = consentLog;
    else problems.add(`${path}.consentLog`, 'an http(s) or relative URL', consentLog);
  }
  for (const key of ['reloadOnRevoke', 'honorGpc', 'audit'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] === 'boolean') options[key] = value[key];
    else problems.add(`${path}.${key}`, 'true or false', value[key]);
  }
  const cookieName = readString(problems, value, 'cookieName', path, false);
  if (cookieName !== undefined) {
    if (COOKIE_NAME_PATTERN.test(cookieName)) options.cookieName = cookieName;
    else problems.add(`${path}.cookieName`, 'letters, digits, "_" and "-" only', cookieName);
  }
  const cookieDomain = readString(problems, value, 'cookieDomain', path, false);
  if (cookieDomain !== undefined) {
    if (COOKIE_DOMAIN_PATTERN.test(cookieDomain)) options.cookieDomain = cookieDomain;
    else problems.add(`${path}.cookieDomain`, 'a domain such as ".example.com"', cookieDomain);
  }
  const scriptTimeout = value.scriptTimeout;
  if (scriptTimeout !== undefined) {
    if (isWholeNumber(scriptTimeout, 100, MAX_SCRIPT_TIMEOUT_MS)) options.scriptTimeout = scriptTimeout;
    else problems.add(`${path}.scriptTimeout`, `a whole number of milliseconds from 100 to ${MAX_SCRIPT_TIMEOUT_MS}`, scriptTimeout);
  }
  for (const key of ['consentMaxAgeDays', 'refusalMaxAgeDays'] as const) {
    const days = value[key];
    if (days === undefined) continue;
    if (isWholeNumber(days, 1, MAX_AGE_DAYS_LIMIT)) options[key] = days;
    else problems.add(`${path}.${key}`, `a whole number of days from 1 to ${MAX_AGE_DAYS_LIMIT}`, days);
  }
  return options;
}

function readIntegrations(problems: Problems, warnings: string[], value: unknown, path: string): Integrations {
  const integrations: Integrations = { metaPixel: true };
  if (value === undefined) return integrations;
  if (!isRecord(value)) return problems.add(path, 'an object of integrations', value), integrations;
  warnings.push(...unknownKeys(value, ['googleConsentMode', 'metaPixel', 'gpp', ...VENDOR_INTEGRATIONS], path));
  for (const key of VENDOR_INTEGRATIONS) {
    const settings = readVendor(problems, warnings, key, value[key], `${path}.${key}`);
    if (settings) integrations[key] = settings as never;
  }
  if (value.metaPixel !== undefined) {
    if (typeof value.metaPixel === 'boolean') integrations.metaPixel = value.metaPixel;
    else problems.add(`${path}.metaPixel`, 'true or false', value.metaPixel);
  }
  const gpp = readGpp(problems, warnings, value.gpp, `${path}.gpp`);
  if (gpp) integrations.gpp = gpp;
  const google = value.googleConsentMode;
  if (google === undefined) return integrations;
  const at = `${path}.googleConsentMode`;
  if (!isRecord(google)) return problems.add(at, 'an object of Consent Mode settings', google), integrations;
  warnings.push(...unknownKeys(google, ['mode', 'waitForUpdate', 'adsDataRedaction', 'urlPassthrough', 'services'], at));
  const { mode = 'basic', waitForUpdate = DEFAULT_WAIT_FOR_UPDATE_MS, adsDataRedaction = false, urlPassthrough = false, services = GOOGLE_SERVICES } = google;
  if (!CONSENT_MODES.includes(mode as never)) problems.add(`${at}.mode`, `one of ${CONSENT_MODES.join(', ')}`, mode);
  if (!isWholeNumber(waitForUpdate, 0, MAX_WAIT_FOR_UPDATE_MS)) {
    problems.add(`${at}.waitForUpdate`, `a whole number of milliseconds from 0 to ${MAX_WAIT_FOR_UPDATE_MS}`, waitForUpdate);
  }
  for (const [key, flag] of [['adsDataRedaction', adsDataRedaction], ['urlPassthrough', urlPassthrough]] as const) {
    if (typeof flag !== 'boolean') problems.add(`${at}.${key}`, 'true or false', flag);
  }
  if (!Array.isArray(services)) problems.add(`${at}.services`, 'a list of service ids', services);
  else {
    services.forEach((id: unknown, i) => {
      if (typeof id !== 'string' || !SERVICE_ID.test(id)) problems.add(`${at}.services[${i}]`, 'a service id: lower-case letters, digits and dashes', id);
    });
  }
  integrations.googleConsentMode = {
    mode: mode as 'basic',
    waitForUpdate: waitForUpdate as number,
    adsDataRedaction: adsDataRedaction as boolean,
    urlPassthrough: urlPassthrough as boolean,
    services: services as string[],
  };
  return integrations;
}

/** A vendor integration: `true` (on, its defaults), `false` or absent (off), or an object of its options (Matomo's `mode`). */
function readVendor(problems: Problems, warnings: string[], key: VendorIntegration, value: unknown, path: string): object | undefined {
  if (value === undefined || value === false) return undefined;
  const options = key === 'matomo' ? ['mode'] : [];
  if (value !== true && !isRecord(value)) {
    return void problems.add(path, options.length ? 'true, false or an object such as { "mode": "cookies" }' : 'true or false (or {}: it has no options)', value);
  }
  const given = value === true ? {} : value;
  if (options.length) warnings.push(...unknownKeys(given, options, path));
  else for (const field in given) warnings.push(`${path}.${field}: unknown field, ignored (this integration has no options: write true)`);
  if (key !== 'matomo') return {};
  const { mode = 'tracking' } = given;
  if (!MATOMO_MODES.includes(mode as never)) problems.add(`${path}.mode`, `one of ${MATOMO_MODES.join(', ')}`, mode);
  return { mode };
}

function readGpp(problems: Problems, warnings: string[], value: unknown, path: string): Gpp | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return void problems.add(path, 'an object such as { "cmpId": 123, "cmpVersion": 1 }', value);
  warnings.push(...unknownKeys(value, ['cmpId', 'cmpVersion', 'sections', 'notices'], path));
  const { cmpId, cmpVersion, sections = ['usnat'], notices = {} } = value;
  if (!isRecord(notices)) problems.add(`${path}.notices`, 'an object such as { "SharingNotice": 1 }', notices);
  else {
    for (const [field, notice] of Object.entries(notices)) {
      if (!GPP_NOTICES.includes(field as GppNotice)) problems.add(`${path}.notices key`, `one of ${GPP_NOTICES.join(', ')}`, field);
      else if (!isWholeNumber(notice, 0, 2)) problems.add(`${path}.notices.${field}`, '0 (not applicable), 1 (yes) or 2 (no)', notice);
    }
  }
  if (!isWholeNumber(cmpId, 1, 4095)) problems.add(`${path}.cmpId`, 'the CMP id IAB Tech Lab registered for the site, a whole number from 1 to 4095', cmpId);
  if (!isWholeNumber(cmpVersion, 0, 4095)) problems.add(`${path}.cmpVersion`, 'a whole number from 0 to 4095', cmpVersion);
  if (!Array.isArray(sections)) problems.add(`${path}.sections`, 'a list of GPP sections such as ["usnat"]', sections);
  else if (!sections.length) problems.add(`${path}.sections`, 'at least one GPP section, such as "usnat"');
  else {
    sections.forEach((section: unknown, i) => {
      if (!GPP_SECTIONS.includes(section as GppSection)) problems.add(`${path}.sections[${i}]`, `one of ${GPP_SECTIONS.join(', ')}`, section);
      else if (sections.indexOf(section) !== i) problems.add(`${path}.sections[${i}]`, `each section once, "${section as string}" is listed twice`);
    });
  }
  return { cmpId: cmpId as number, cmpVersion: cmpVersion as number, sections: sections as GppSection[], notices: { ...GPP_NOTICE_DEFAULTS, ...(notices as Gpp['notices']) } };
}

export { enabledCategories, optionalCategories } from './gate-config';

export function cookiesOf<Text extends LocalText>(catalog: Pick<Catalog<Text>, 'cookies'>, category: CategoryId): CookieRule<Text>[] {
  return catalog.cookies.filter((cookie) => cookie.category === category);
}
