/**
 * The data model of consent-gate: what a catalogue holds after validation,
 * what a visitor's choice looks like, and the events the core emits.
 * Nothing here touches the DOM; `catalog.ts` turns untrusted JSON into these.
 */

/** Every category a catalogue may use, in the order they are shown. */
export const CATEGORY_IDS = [
  'strictly-necessary',
  'performance',
  'functionality',
  'targeting',
  'unclassified',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Colours of the banner: fixed, or following the visitor's `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Where the banner sits: a bar along the bottom, a box in the bottom corner,
 * or a modal wall that blocks the page until the visitor chooses.
 */
export const LAYOUTS = ['bar', 'box', 'wall'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** How the banner looks, chosen in the catalogue (`appearance`). */
export interface Appearance {
  /** @default "light" */
  theme: Theme;
  /** @default "bar" */
  layout: Layout;
  /** A small floating button in the bottom corner that opens the preferences, on every page. @default false */
  settingsButton: boolean;
  /**
   * In an opt-out jurisdiction, the floating "Your Privacy Choices" button with the CCPA opt-out icon
   * (11 CCR § 7015), which opens the preferences. false: the site links `data-consent-gate="preferences"` itself. @default true
   */
  privacyChoicesButton: boolean;
}

/** Categories a visitor may refuse; strictly-necessary needs no consent. */
export type OptionalCategoryId = Exclude<CategoryId, 'strictly-necessary'>;

/**
 * Catalogue text: a string in the catalogue's `language`, or one string per
 * language, keyed as in `<html lang>`: `{ "en": "Analytics", "de": "Statistik" }`.
 */
export type LocalText = string | { readonly [language: string]: string };

/**
 * One row of a site's cookie table. `match: 'prefix'` makes `_ga_` cover
 * `_ga_ABC123`; it is explicit so that a name is never guessed to be a pattern.
 */
export interface CookieRule<Text extends LocalText = LocalText> {
  name: string;
  match: 'exact' | 'prefix';
  category: CategoryId;
  /** Id of the service that sets it, if any. */
  service?: string;
  /** Who sets it, e.g. "Google LLC". */
  provider: string;
  /** Where it is set, e.g. "conekt.io". */
  domain?: string;
  /**
   * The path the tool sets it on, when not "/" (Matomo's `setCookiePath('/shop')`:
   * "/shop"). Revoking deletes it there too, also from pages outside that path
   * (an exact name only: a prefix's names are known only where the page sees them).
   * "/" then printable ASCII without ";" or spaces, at most 1024 characters.
   */
  path?: string;
  /** As written in the site's table: "Session", "1 year", "3 months". */
  expiry: Text;
  description: Text;
}

/** A third party (or first-party tool) that belongs to one category. */
export interface Service<Text extends LocalText = LocalText> {
  id: string;
  name: string;
  category: CategoryId;
  /** Who provides it, e.g. "Google"; shown beside its name in the preferences. */
  provider?: string;
  /** What it does, shown under its name in the preferences: a string in the catalogue's `language`, or one per language. */
  description?: Text;
}

/** A category's texts; absent ones fall back to the built-in texts. */
export interface CategoryText<Text extends LocalText = LocalText> {
  /** Overrides the built-in title. */
  title?: Text;
  /** Overrides the built-in description. */
  description?: Text;
  /**
   * The catalogue `revision` in which this category's purpose last changed.
   * Asked again, a visitor who granted it under an older revision finds it
   * switched off: their earlier yes was to something else.
   */
  revisedIn?: number;
}

/** A category as written in the catalogue. */
export interface CategorySettings extends CategoryText {
  /** false: not shown and never granted, site-wide. */
  enabled: boolean;
}

/** Every text the banner and preferences dialog show. */
export interface Texts {
  bannerTitle: string;
  bannerDescription: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  privacyPolicy: string;
  preferencesTitle: string;
  preferencesDescription: string;
  saveChoices: string;
  close: string;
  alwaysOn: string;
  cookiesIn: string;
  noCookies: string;
  cookieName: string;
  cookieProvider: string;
  cookieExpiry: string;
  cookieDescription: string;
  /** Shown while the browser sends Global Privacy Control and the visitor has not chosen targeting. */
  gpcHonoured: string;
  /** Beside "Accept all" under Global Privacy Control: that button grants targeting anyway. */
  gpcAcceptAll: string;
  /** Announced to screen readers once a choice is saved. */
  saved: string;
  /** Shown and announced where the browser keeps no cookies: the choice lasts for this page view only. */
  notRemembered: string;
  /**
   * In the banner where the visitor's jurisdiction runs categories by objection (`jurisdictions`), with
   * `{purposes}` as in `bannerDescription`: those purposes, and how to object.
   */
  objectionNotice: string;
  /** The preferences' description in an opt-out jurisdiction (CCPA: opting out of sale, sharing and targeted advertising). */
  optOutDescription: string;
}

/** Options of the consent record. Kept in the catalogue so marketing owns them. */
export interface ConsentOptions {
  /** @default "cg_consent" */
  cookieName: string;
  /** Set to share one choice across subdomains, e.g. ".example.com". */
  cookieDomain?: string;
  /** How long a choice holds before the visitor is asked again. @default 182 (6 months, CNIL) */
  consentMaxAgeDays: number;
  /**
   * How long a choice that grants no optional category ("Reject all", or
   * everything switched off) holds before the visitor is asked again, 1 to 395
   * days. @default consentMaxAgeDays
   */
  refusalMaxAgeDays?: number;
  /** Reload the page after a category is revoked: a tracker already running cannot be unloaded. @default true */
  reloadOnRevoke: boolean;
  /** With Global Privacy Control on, targeting starts switched off and the banner says so. @default true */
  honorGpc: boolean;
  /** Where each choice is sent as proof of consent (README, "Proof of consent"); absent: nothing is sent. */
  consentLog?: string;
  /**
   * Milliseconds an activated external script may take to load before the
   * gate runs the scripts after it without it, reporting it on `on('error')`
   * (README, "How the gate behaves like the parser"). From 100 to 120000. @default 10000
   */
  scriptTimeout: number;
  /** Development aid: list undeclared cookies and cookies of refused categories on the console (README, "Cookie audit"). @default false */
  audit?: boolean;
}

/**
 * Google Consent Mode v2 (`catalog.integrations.googleConsentMode`).
 * The loader pushes `gtag('consent', 'default', …)` before any gated element
 * runs and `gtag('consent', 'update', …)` for a stored choice and each new one.
 */
export interface GoogleConsentMode {
  /**
   * basic: Google tags stay gated until their category is granted.
   * advanced: gated elements of `services` run at once, with consent denied,
   * so Google's cookieless pings work.
   */
  mode: 'basic' | 'advanced';
  /** Milliseconds Google tags wait for an update after the default. @default 500 */
  waitForUpdate: number;
  /** `gtag('set', 'ads_data_redaction', true)`. @default false */
  adsDataRedaction: boolean;
  /** `gtag('set', 'url_passthrough', true)`. @default false */
  urlPassthrough: boolean;
  /** Ids in `data-service` that advanced mode runs at once. @default ["google-analytics", "google-ads", "google-tag-manager"] */
  services: string[];
}

/**
 * How a jurisdiction treats optional categories before a choice:
 * - "opt-in": nothing optional runs until the visitor consents (EU ePrivacy
 *   Directive Art. 5(3), GDPR); categories by objection excepted;
 * - "opt-out": optional categories run until the visitor opts out, and no
 *   banner is shown (CCPA/CPRA and the other US state laws); Global Privacy
 *   Control is an opt-out of targeting (11 CCR § 7025).
 */
export const PRIVACY_MODELS = ['opt-in', 'opt-out'] as const;
export type PrivacyModel = (typeof PRIVACY_MODELS)[number];

/**
 * The legal basis of a category in an opt-in rule: "consent" (asked first) or
 * "objection" (runs until the visitor objects, e.g. statistics under the UK's
 * Data (Use and Access) Act 2025; never targeting).
 */
export const LEGAL_BASES = ['consent', 'objection'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** One rule of the catalogue's `jurisdictions`, as validated. */
export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 countries and ISO 3166-2 subdivisions, upper case, and "EEA"; empty for a default rule that lists none. */
  regions: string[];
  model: PrivacyModel;
  /** The rule for visitors whose region is unknown or listed in no rule; exactly one rule has it. */
  default: boolean;
  /** Optional categories by objection (opt-in rules only; never targeting), in display order. */
  byObjection: OptionalCategoryId[];
}

/** `jurisdictions`, keyed by rule id (lower-case letters, digits and dashes, like service ids). */
export type Jurisdictions = Record<string, Jurisdiction>;

/**
 * IAB Global Privacy Platform sections consent-gate can fill: the US national
 * section and the state sections of IAB Tech Lab's `@iabgpp/cmpapi` 3.2.
 */
export const GPP_SECTIONS = [
  'usnat', 'usca', 'usva', 'usco', 'usut', 'usct', 'usfl', 'usmt', 'usor', 'ustx', 'usde',
  'usia', 'usne', 'usnh', 'usnj', 'ustn', 'usmn', 'usmd', 'usin', 'usky', 'usri',
] as const;
export type GppSection = (typeof GPP_SECTIONS)[number];

/**
 * IAB Global Privacy Platform (`catalog.integrations.gpp`, README, "IAB GPP"):
 * `window.__gpp` answers vendors. In opt-out jurisdictions the GPP part
 * (consent-gate.gpp.js, on `@iabgpp/cmpapi`) fills `sections` from the
 * visitor's choices and GPC; elsewhere `applicableSections` is `[-1]`.
 */
export interface Gpp {
  /** The site's CMP id, as IAB Tech Lab registered it (1 to 4095; registering is the site's business). */
  cmpId: number;
  /** The site's CMP version (0 to 4095). */
  cmpVersion: number;
  /** The sections kept, in order. @default ["usnat"] */
  sections: GppSection[];
  /**
   * The sections' notice fields, each 0 (not applicable), 1 (yes) or 2 (no). The three opt-out notices
   * default to 1: the preferences of an opt-out jurisdiction give that notice. The others default to 0;
   * set `SharingNotice` and the sensitive-data ones to what the site's privacy notice says.
   * @default { "SaleOptOutNotice": 1, "SharingOptOutNotice": 1, "TargetedAdvertisingOptOutNotice": 1 }
   */
  notices: Partial<Record<GppNotice, 0 | 1 | 2>>;
}

/** The notice fields of the US GPP sections. */
export const GPP_NOTICES = [
  'SharingNotice', 'SaleOptOutNotice', 'SharingOptOutNotice', 'TargetedAdvertisingOptOutNotice',
  'SensitiveDataProcessingOptOutNotice', 'SensitiveDataLimitUseNotice',
] as const;
export type GppNotice = (typeof GPP_NOTICES)[number];

/** Consent APIs of third-party tags that consent-gate drives. */
export interface Integrations {
  /** Absent: no dataLayer is created and nothing is pushed. */
  googleConsentMode?: GoogleConsentMode;
  /**
   * A Meta Pixel the page starts (gated or not) gets `fbq('consent', 'revoke')`
   * before its first command unless targeting is granted, and `grant` once it is.
   * @default true
   */
  metaPixel: boolean;
  /** Absent: no `window.__gpp`. */
  gpp?: Gpp;
  /** Microsoft Clarity's `clarity('consentv2', …)` (README, "Microsoft Clarity"); `true` in the catalogue reads as `{}`. Absent: off. */
  microsoftClarity?: VendorSettings;
  /** Microsoft Advertising UET's `uetq.push('consent', …)` (README, "Microsoft Advertising UET"). Absent: off. */
  microsoftUet?: VendorSettings;
  /** TikTok Pixel's `ttq.holdConsent()` / `grantConsent()` / `revokeConsent()` (README, "TikTok Pixel"). Absent: off. */
  tiktokPixel?: VendorSettings;
  /** Matomo's `requireConsent` or `requireCookieConsent` and what follows (README, "Matomo"). Absent: off. */
  matomo?: MatomoSettings;
  /** PostHog's `opt_out_capturing()` / `opt_in_capturing()` (README, "PostHog"). Absent: off. */
  posthog?: VendorSettings;
}

/**
 * The vendor integrations beyond Google and Meta, by catalogue key, each with the service id its tags carry in
 * `data-service` and its consent part's file (`consent-gate.<service>.js`): the key in kebab case.
 */
export const VENDOR_INTEGRATIONS = ['microsoftClarity', 'microsoftUet', 'tiktokPixel', 'matomo', 'posthog'] as const;
export type VendorIntegration = (typeof VENDOR_INTEGRATIONS)[number];
/** The service ids of VENDOR_INTEGRATIONS: `microsoft-clarity`, `microsoft-uet`, `tiktok-pixel`, `matomo`, `posthog`. */
export type VendorService = 'microsoft-clarity' | 'microsoft-uet' | 'tiktok-pixel' | 'matomo' | 'posthog';
/** A vendor integration's service id (and file name): its key in kebab case, microsoftClarity → microsoft-clarity. */
export const vendorService = (key: VendorIntegration) => key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) as VendorService;

/** A vendor integration turned on (`true` in the catalogue reads as `{}`): it has no options of its own. */
export type VendorSettings = Record<string, never>;

/**
 * Matomo (`catalog.integrations.matomo`): `true` or `{ "mode": … }`.
 * - "tracking": `requireConsent`; nothing is tracked until consent (`setConsentGiven`, `forgetConsentGiven`).
 * - "cookies": `requireCookieConsent`; Matomo tracks without cookies until consent (`setCookieConsentGiven`,
 *   `forgetCookieConsentGiven`), for sites that rely on Matomo's cookieless tracking being exempt.
 * Source: Matomo, "JavaScript Tracking Client: Asking for consent". @default { mode: "tracking" }
 */
export interface MatomoSettings {
  mode: 'tracking' | 'cookies';
}
export const MATOMO_MODES = ['tracking', 'cookies'] as const;

/**
 * What gating depends on: enough to decide what is granted without the
 * cookie table or texts, so the loader can start from it alone.
 */
export interface GateConfig {
  /** Bump to ask every visitor again. */
  revision: number;
  /** The categories in use, in display order; strictly-necessary first unless switched off. */
  enabled: CategoryId[];
  /**
   * The category of each service the catalogue lists, by id. A service it does
   * not list cannot have been switched off: its category alone decides.
   */
  serviceCategories: Record<string, CategoryId>;
  options: ConsentOptions;
  integrations: Integrations;
  /** Absent: one opt-in model for every visitor (README, "Jurisdictions"). */
  jurisdictions?: Jurisdictions;
}

/**
 * A validated catalogue. Which categories are in use is `enabled`; `categories` holds every category's texts.
 * `Catalog<string>` is one with every text in the language shown (see `localize`).
 */
export interface Catalog<Text extends LocalText = LocalText> extends GateConfig {
  categories: Record<CategoryId, CategoryText<Text>>;
  site?: string;
  /**
   * The language the catalogue's own texts (`texts`, category titles and
   * descriptions) are written in, as in `<html lang>`. They replace the
   * built-in texts only for visitors shown that language. @default "en"
   */
  language: string;
  privacyPolicyUrl: string;
  services: Service<Text>[];
  cookies: CookieRule<Text>[];
  /** Overrides of the built-in texts. */
  texts: Partial<Record<keyof Texts, Text>>;
  appearance: Appearance;
}

/**
 * A visitor's choice, as stored in the consent cookie (format version 1,
 * documented in the README) and as returned by `getConsent()`.
 */
export interface Consent {
  version: 1;
  /** Random, pseudonymous id of this choice (32 hex characters). */
  id: string;
  /** Catalogue revision the choice was made against. */
  revision: number;
  /** ISO 8601 time of the choice. */
  decidedAt: string;
  /** Granted categories, strictly-necessary included. */
  granted: CategoryId[];
  /**
   * Granted services (catalogue `services` ids) within the granted categories,
   * when the catalogue lists any: an element with `data-service` runs only if
   * its service is here. Absent in a choice made without services: then the
   * category alone decides.
   */
  services?: string[];
  /** The `jurisdictions` rule the choice was made under; absent in a catalogue without jurisdictions. */
  jurisdiction?: string;
  /** That rule's model. */
  model?: PrivacyModel;
  /**
   * Granted categories that came from the model's default (opt-out, or a
   * category by objection), not from an explicit choice of the visitor (a
   * click or an API call). Absent: every grant is explicit. An opt-in rule
   * counts only explicit grants, and those of its own defaults.
   */
  byDefault?: CategoryId[];
}

/** A gated script that was activated and then failed: its file did not load, or its code threw. */
export interface ScriptError {
  category: CategoryId;
  /** The script's URL; absent for an inline script. */
  src?: string;
  message: string;
}

export interface ConsentEvents {
  change: Consent;
  error: ScriptError;
}

/**
 * The catalogue as written in JSON (`catalog/*.json`, `catalog/schema.json`)
 * or passed by npm users; `parseCatalog` turns it into a `Catalog`.
 */
export interface CatalogInput {
  $schema?: string;
  revision: number;
  site?: string;
  language?: string;
  privacyPolicyUrl: string;
  /** Categories in use; strictly-necessary is always implied. */
  categories: Partial<Record<CategoryId, Partial<CategorySettings>>>;
  services?: ServiceInput[];
  cookies?: Array<Omit<CookieRule, 'match'> & { match?: CookieRule['match'] }>;
  texts?: Partial<Record<keyof Texts, LocalText>>;
  appearance?: Partial<Appearance>;
  options?: Partial<ConsentOptions>;
  integrations?: {
    googleConsentMode?: Partial<GoogleConsentMode>;
    metaPixel?: boolean;
    gpp?: Pick<Gpp, 'cmpId' | 'cmpVersion'> & Partial<Gpp>;
    microsoftClarity?: boolean | VendorSettings;
    microsoftUet?: boolean | VendorSettings;
    tiktokPixel?: boolean | VendorSettings;
    matomo?: boolean | Partial<MatomoSettings>;
    posthog?: boolean | VendorSettings;
  };
  jurisdictions?: Record<string, JurisdictionInput>;
}

/** A cookie row written on a preset service (`services[].cookies`): its `service` and `category` are the service's. */
export type ServiceCookieInput = Omit<CookieRule, 'match' | 'service' | 'category'> & { match?: CookieRule['match'] };

/**
 * A `services` entry as written: a whole service, or a preset named by id
 * (`{ "preset": "google-analytics" }`, consent-gate/presets) whose fields any
 * field given beside it replaces; its `cookies` replace the preset's rows.
 */
export type ServiceInput =
  | (Service & { preset?: undefined; cookies?: undefined })
  | (Partial<Service> & { preset: string; cookies?: ServiceCookieInput[] });

/** A `jurisdictions` rule as written (README, "Jurisdictions"). */
export interface JurisdictionInput {
  regions?: string[];
  model: PrivacyModel;
  default?: true;
  /** Required beside `"default": true` on an opt-out rule: an unknown visitor may be in the EU. */
  allowOptOutDefault?: true;
  categories?: Partial<Record<OptionalCategoryId, { basis: LegalBasis }>>;
}

/** `T` with every string literal widened to `string`, as TypeScript types a JSON import. */
type Widened<T> = T extends string ? string
  : T extends readonly (infer Item)[] ? Widened<Item>[]
  : T extends object ? { [K in keyof T]: Widened<T[K]> }
  : T;

/**
 * A catalogue imported from JSON (`import catalog from './catalog.json'` with
 * `resolveJsonModule`): the shape of `CatalogInput`, but with `string` where
 * it names a category, a match kind, a theme or a mode, since a JSON import
 * cannot keep literal types. `createConsentGate` validates every value at
 * start anyway; for literal checks in TypeScript, write the catalogue
 * `satisfies CatalogInput`.
 */
export interface JsonCatalog extends Widened<CatalogInput> {}
