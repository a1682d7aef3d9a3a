/**
 * Reads the catalogue's `jurisdictions` (README, "Jurisdictions"). One reader
 * for both the loader (which keeps the rules or, on any problem, nothing) and
 * the validator (which names every problem), so the two cannot disagree.
 *
 *   "jurisdictions": {
 *     "eu": { "regions": ["EEA"], "model": "opt-in" },
 *     "uk": { "regions": ["GB"], "model": "opt-in", "categories": { "performance": { "basis": "objection" } } },
 *     "us": { "regions": ["US-CA", "US-CO"], "model": "opt-out" },
 *     "elsewhere": { "model": "opt-in", "default": true }
 *   }
 *
 * Rules: ids like service ids; `regions` as in `REGION_PATTERN`, none listed
 * by two rules, at least one unless the rule is the default; exactly one
 * default, and an opt-out default only with `"allowOptOutDefault": true` (an
 * unknown visitor may be in the EU, where opt-out is unlawful); `objection`
 * only in opt-in rules, never for targeting (advertising needs consent
 * under every law this models).
 */
import { CATEGORY_IDS, LEGAL_BASES, PRIVACY_MODELS, type Jurisdictions, type OptionalCategoryId } from './types';
import { EEA, REGION_PATTERN } from './jurisdiction';
import { isRecord } from './validate';

/**
 * What is off, as a code: the validator words each (`JURISDICTION_MESSAGES` in `catalog.ts`), the loader
 * only needs to know that something is, so the words stay out of the file every page view loads.
 */
export type JurisdictionFault =
  | 'rules' | 'ruleId' | 'rule' | 'model' | 'flag' | 'optOutDefault' | 'regions' | 'region' | 'regionTwice'
  | 'categories' | 'categoryKey' | 'basis' | 'targetingObjection' | 'optOutObjection' | 'defaults'
  | 'noRules' | 'noRegions' | 'notIso' | 'eea';

/** Where a rule is off, what is off, the value found (when there is one to show) and a detail for the message. */
export type JurisdictionProblem = (path: string, fault: JurisdictionFault, got?: unknown, detail?: string) => void;

const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** The fields of a rule; others are the validator's warning. */
export const RULE_KEYS = ['regions', 'model', 'default', 'allowOptOutDefault', 'categories'];

/** The rules, or undefined when `value` is absent; `problem` hears every problem (the rules are then not to be used). */
export function readJurisdictions(value: unknown, problem: JurisdictionProblem, at = 'catalog.jurisdictions'): Jurisdictions | undefined {
  if (value === undefined) return undefined;
  const rules: Jurisdictions = {};
  if (!isRecord(value)) return problem(at, 'rules', value), rules;
  if (!Object.keys(value).length) return problem(at, 'noRules'), rules;
  const owner: Record<string, string> = {};
  const defaults: string[] = [];
  for (const id in value) {
    const rule = value[id];
    const path = `${at}.${id}`;
    if (!RULE_ID.test(id)) problem(`${at}.${id} key`, 'ruleId', id);
    if (!isRecord(rule)) {
      problem(path, 'rule', rule);
      continue;
    }
    const { regions = [], model, categories = {} } = rule;
    const isDefault = rule.default === true;
    if (!PRIVACY_MODELS.includes(model as never)) problem(`${path}.model`, 'model', model);
    for (const flag of ['default', 'allowOptOutDefault']) {
      if (rule[flag] !== undefined && rule[flag] !== true) problem(`${path}.${flag}`, 'flag', rule[flag]);
    }
    if (isDefault) defaults.push(id);
    if (isDefault && model === 'opt-out' && rule.allowOptOutDefault !== true) problem(`${path}.default`, 'optOutDefault', true);
    // Runs something before consent: unlawful in the EEA (ePrivacy Directive Art. 5(3)), whatever rule lists it.
    const lax = model === 'opt-out' || (isRecord(categories) && Object.values(categories).some((c) => isRecord(c) && c.basis === 'objection'));
    if (!Array.isArray(regions)) problem(`${path}.regions`, 'regions', rule.regions);
    else if (!regions.length && !isDefault) problem(`${path}.regions`, 'noRegions');
    else {
      regions.forEach((region: unknown, i) => {
        if (typeof region !== 'string' || !REGION_PATTERN.test(region)) problem(`${path}.regions[${i}]`, 'region', region);
        // The two usual slips: the UK's code is GB, and the group is the EEA (the EU's 27 and Iceland, Liechtenstein, Norway).
        else if (region === 'UK' || region === 'EU') problem(`${path}.regions[${i}]`, 'notIso', region, region === 'UK' ? '"GB"' : '"EEA"');
        else if (lax && (region === 'EEA' || EEA.includes(region.slice(0, 2)))) problem(`${path}.regions[${i}]`, 'eea', region);
        else if (owner[region] !== undefined) problem(`${path}.regions[${i}]`, 'regionTwice', undefined, owner[region] === id ? `"${region}" is listed twice here` : `"${region}" is also in "${owner[region]}"`);
        else owner[region] = id;
      });
    }
    const byObjection: OptionalCategoryId[] = [];
    if (!isRecord(categories)) problem(`${path}.categories`, 'categories', categories);
    else {
      for (const key in categories) {
        const where = `${path}.categories.${key}.basis`;
        const basis = isRecord(categories[key]) ? categories[key].basis : undefined;
        if (!CATEGORY_IDS.includes(key as never) || key === 'strictly-necessary') problem(`${path}.categories key`, 'categoryKey', key);
        else if (!LEGAL_BASES.includes(basis as never)) problem(where, 'basis', basis);
        else if (basis === 'objection' && key === 'targeting') problem(where, 'targetingObjection', basis);
        else if (basis === 'objection' && model === 'opt-out') problem(where, 'optOutObjection', basis);
        else if (basis === 'objection') byObjection.push(key as OptionalCategoryId);
      }
    }
    rules[id] = {
      regions: Array.isArray(regions) ? regions : [],
      model: model as Jurisdictions[string]['model'],
      default: isDefault,
      byObjection: CATEGORY_IDS.filter((c) => byObjection.includes(c as never)) as OptionalCategoryId[],
    };
  }
  if (defaults.length !== 1) problem(at, 'defaults', undefined, defaults.length ? defaults.join(', ') : 'none');
  return rules;
}

/** The loader's reading: the rules, undefined when absent, null when anything is off (then nothing optional runs). */
export function strictJurisdictions(value: unknown): Jurisdictions | undefined | null {
  let ok = true;
  const rules = readJurisdictions(value, () => (ok = false));
  return ok ? rules : null;
}
