/** Names shared by the core, the entries, the demo and the docs. */
import type { Appearance } from './types';

export const DEFAULT_COOKIE_NAME = 'cg_consent';
/** Six months: the CNIL's recommended lifetime for both acceptance and refusal. */
export const DEFAULT_MAX_AGE_DAYS = 182;
/** Trackers may live 13 months at most, so a choice may not outlive that. */
export const MAX_AGE_DAYS_LIMIT = 395;
export const RECORD_VERSION = 1;

/** Gated elements: `<script type="text/plain" data-category="…">`. */
export const GATED_TYPE = 'text/plain';
export const CATEGORY_ATTR = 'data-category';
export const SRC_ATTR = 'data-src';
/** A gated stylesheet's URL: `<link rel="stylesheet" data-category="…" data-href="…">` has no `href` until granted. */
export const HREF_ATTR = 'data-href';
/** Original `type` of a gated script, e.g. "module". */
export const TYPE_ATTR = 'data-type';
/** "preferences" opens the preferences; "accept" with data-category grants that category in place. */
export const ACTION_ATTR = 'data-consent-gate';
/** A site's placeholder for a gated embed, hidden once its category (the value) is granted. */
export const PLACEHOLDER_ATTR = 'data-consent-placeholder';
/** Choices are also dispatched on `document` as `consent-gate:change`. */
export const EVENT_PREFIX = 'consent-gate:';
export const CONFIG_ELEMENT_ID = 'consent-gate-config';
/** How long the script tag waits for a catalogue URL before it shows the fallback banner (`data-catalog-timeout`). */
export const CATALOG_TIMEOUT_MS = 5000;
/** How long an activated external script may take to load before the queue goes on without it (`options.scriptTimeout`). */
export const SCRIPT_TIMEOUT_MS = 10_000;
export const MAX_SCRIPT_TIMEOUT_MS = 120_000;

/** Google Consent Mode defaults (README, "Google Consent Mode"). */
export const DEFAULT_WAIT_FOR_UPDATE_MS = 500;
export const MAX_WAIT_FOR_UPDATE_MS = 10_000;
/** The `data-service` ids that advanced Consent Mode runs before consent unless the catalogue lists others. */
export const GOOGLE_SERVICES = ['google-analytics', 'google-ads', 'google-tag-manager'];
/** Gated elements may name their service: `data-service="google-analytics"`. */
export const SERVICE_ATTR = 'data-service';

/** A bar along the bottom in light colours, unless the catalogue's `appearance` says otherwise. */
export const DEFAULT_APPEARANCE: Appearance = { theme: 'light', layout: 'bar', settingsButton: false, privacyChoicesButton: true };

/** The GPP notice fields' defaults (`integrations.gpp.notices`): an opt-out jurisdiction's preferences give the opt-out notices. */
export const GPP_NOTICE_DEFAULTS = { SaleOptOutNotice: 1, SharingOptOutNotice: 1, TargetedAdvertisingOptOutNotice: 1 } as const;
