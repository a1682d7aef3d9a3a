/**
 * Reads the part of a catalogue that gating depends on (revision, categories,
 * options) from untrusted JSON. It is small enough for the loader, so a
 * returning visitor's granted tags start without the full validator; it is
 * strict: anything off in these fields yields null, and then nothing optional
 * runs. `parseCatalog` applies the same rules with messages, and a test keeps
 * the two in agreement.
 */
import { CATEGORY_IDS, type CategoryId, type GateConfig } from './types';
import { DEFAULT_COOKIE_NAME, DEFAULT_MAX_AGE_DAYS, MAX_AGE_DAYS_LIMIT } from './constants';
import { isRecord as isObject } from './validate';

export const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
/** Host names only: these go into `document.cookie`, where a ";" would add attributes. */
export const COOKIE_DOMAIN_PATTERN = /^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;

export function isWholeNumber(value: unknown, min: number, max = Infinity): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function readGateConfig(input: unknown): GateConfig | null {
  if (!isObject(input) || !isObject(input.categories) || !isObject(input.options ?? {})) return null;
  const listed = input.categories as Record<string, Record<string, unknown>>;
  for (const [id, settings] of Object.entries(listed)) {
    if (!CATEGORY_IDS.includes(id as CategoryId) || !isObject(settings) || ![undefined, true, false].includes(settings.enabled as never)) return null;
  }
  // strictly-necessary is implied; an optional category is in use when listed and not switched off.
  const enabled = CATEGORY_IDS.filter((id) => (listed[id] ?? { enabled: id === 'strictly-necessary' }).enabled !== false);
  const { cookieName = DEFAULT_COOKIE_NAME, cookieDomain, consentMaxAgeDays = DEFAULT_MAX_AGE_DAYS } = (input.options ?? {}) as Record<string, unknown>;
  return isWholeNumber(input.revision, 1) &&
    typeof cookieName === 'string' && COOKIE_NAME_PATTERN.test(cookieName) &&
    (cookieDomain === undefined || (typeof cookieDomain === 'string' && COOKIE_DOMAIN_PATTERN.test(cookieDomain))) &&
    isWholeNumber(consentMaxAgeDays, 1, MAX_AGE_DAYS_LIMIT)
    ? { revision: input.revision, enabled, options: { cookieName, consentMaxAgeDays, ...(cookieDomain !== undefined && { cookieDomain }) } }
    : null;
}

/** The categories shown to visitors, in display order. */
export function enabledCategories(config: GateConfig): CategoryId[] {
  return config.enabled;
}

/** Enabled categories that need consent; none means no banner is needed. */
export function optionalCategories(config: GateConfig): CategoryId[] {
  return enabledCategories(config).filter((id) => id !== 'strictly-necessary');
}
