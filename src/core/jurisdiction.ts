/**
 * Which of the catalogue's `jurisdictions` rules applies to a visitor, from
 * the region the site tells us (`data-region`, `region`, `setRegion`): never
 * from a lookup of ours. Region codes are ISO 3166-1 alpha-2 countries
 * ("DE") and ISO 3166-2 subdivisions ("US-CA"), plus the group "EEA".
 *
 * Lookup order for "US-CA": a rule listing "US-CA", else one listing "US",
 * else (for a country of the European Economic Area) one listing "EEA", else
 * the default rule. An unknown or malformed region gets the default rule:
 * the validator makes sure that one is opt-in unless the site says otherwise
 * (`allowOptOutDefault`), because an unknown visitor may be in the EU.
 */
import type { CategoryId, Jurisdiction, Jurisdictions, OptionalCategoryId, PrivacyModel } from './types';

/**
 * The EEA: the 27 EU member states, Iceland, Liechtenstein and Norway (EEA Agreement, Art. 126), and the parts
 * of the EU with ISO 3166-1 codes of their own, which CDNs report as countries: the outermost regions where EU
 * law applies in full (TFEU Art. 349, 355(1): French Guiana, Guadeloupe, Martinique, Réunion, Mayotte,
 * Saint-Martin) and the Åland Islands (Finland).
 */
export const EEA = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX',
];

/** A country ("DE") or a subdivision ("US-CA", "GB-SCT", "FR-75C"), upper case, or "EEA". */
export const REGION_PATTERN = /^(EEA|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/;

/** The rule that applies to a visitor, and what it lets run before any choice. */
export interface Place {
  /** The rule's id in `jurisdictions`. */
  jurisdiction: string;
  model: PrivacyModel;
  /**
   * Optional categories in use that run without a choice: every one in an
   * opt-out rule (targeting not while the browser sends GPC), the categories
   * by objection in an opt-in rule.
   */
  runsByDefault: CategoryId[];
}

/** The rule id for `region` (any case); the default rule's when the region is unknown, malformed or in no rule. */
export function ruleFor(jurisdictions: Jurisdictions, region: string | undefined): string {
  const code = typeof region === 'string' ? region.trim().toUpperCase() : '';
  const ids = Object.keys(jurisdictions);
  const listing = (wanted: string) => ids.find((id) => jurisdictions[id]!.regions.includes(wanted));
  const country = code.slice(0, 2);
  const found = REGION_PATTERN.test(code) && code !== 'EEA'
    ? listing(code) ?? listing(country) ?? (EEA.includes(country) ? listing('EEA') : undefined)
    : undefined;
  return found ?? ids.find((id) => jurisdictions[id]!.default)!;
}

/** The visitor's place: the rule for `region` and what runs under it; undefined for a catalogue without `jurisdictions`. */
export function placeOf(
  jurisdictions: Jurisdictions | undefined,
  enabled: readonly CategoryId[],
  region: string | undefined,
  gpc: boolean,
): Place | undefined {
  if (!jurisdictions) return undefined;
  const jurisdiction = ruleFor(jurisdictions, region);
  const rule: Jurisdiction = jurisdictions[jurisdiction]!;
  const runsByDefault = enabled.filter((id): id is OptionalCategoryId => id !== 'strictly-necessary' && runsUnder(rule, gpc)(id));
  return { jurisdiction, model: rule.model, runsByDefault };
}

/** Whether a category runs before any choice under `rule`: every one under opt-out (targeting not with GPC), those by objection under opt-in. */
const runsUnder = (rule: Jurisdiction, gpc: boolean) => (category: OptionalCategoryId) =>
  rule.model === 'opt-out' ? !(gpc && category === 'targeting') : rule.byObjection.includes(category);

/**
 * Google Consent Mode's defaults for `jurisdictions` (README, "Jurisdictions"): one per rule that lists regions,
 * with that `region` list (the EEA expanded to its countries), then one without `region` from the default rule.
 * Opt-in rules grant only the types of categories by objection; opt-out rules grant every type of a category in
 * use, the ad types not while the browser sends GPC.
 */
export function regionalDefaults(
  jurisdictions: Jurisdictions,
  enabled: readonly CategoryId[],
  gpc: boolean,
): { runs(category: OptionalCategoryId): boolean; region?: string[] }[] {
  const runs = (rule: Jurisdiction) => (category: OptionalCategoryId) => enabled.includes(category) && runsUnder(rule, gpc)(category);
  const rules = Object.values(jurisdictions);
  return [
    ...rules.filter((rule) => rule.regions.length).map((rule) => ({ runs: runs(rule), region: rule.regions.flatMap((code) => (code === 'EEA' ? EEA : [code])) })),
    { runs: runs(rules.find((rule) => rule.default)!) },
  ];
}
