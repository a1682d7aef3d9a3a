// npm entry: re-exports only; nothing here runs on import.
export { createConsentGate } from './consent-gate';
export type { ConsentGate, ConsentGateConfig } from './consent-gate';
export type { CodeGate } from '../page/when-granted';
export { parseCatalog, CatalogError, enabledCategories, optionalCategories, cookiesOf } from '../core/catalog';
export type { CatalogResult, ParseOptions } from '../core/catalog';
export type { PresetTable, ServicePreset } from '../core/service-presets';
export { createConsent, createConsentState, createChoices } from '../core/consent';
export type { ConsentState, Choices, ConsentApi } from '../core/consent';
export { startGoogleConsentMode } from '../integrations/google-consent-mode';
export { startMetaPixel } from '../integrations/meta-pixel';
export { parseConsentCookie } from './server';
export type { ParseConsentCookieOptions } from './server';
export { parseRecord, serializeRecord } from '../core/cookie-store';
export { createCookieStore } from '../core/cookie-writer';
export type { CookieStore } from '../core/cookie-store';
export { createGate } from '../core/gate';
export type { Gate } from '../core/gate';
export { CATEGORY_IDS } from '../core/types';
export type {
  Catalog, CatalogInput, JsonCatalog, CategoryId, CategorySettings, CategoryText, Consent, ConsentEvents, ConsentOptions,
  CookieRule, GoogleConsentMode, Integrations, OptionalCategoryId, Service, ServiceInput, ServiceCookieInput, Texts, LocalText, Appearance, Theme, Layout,
} from '../core/types';
export { formatProblem } from '../core/validate';
export type { Problem } from '../core/validate';
