/**
 * The catalogue that stands in for one the loader cannot use (it failed to
 * load, or its gating part is broken): it still leaves the visitor a choice,
 * never the page un-gated. It names the categories the broken catalogue names
 * (or, when it names none, those the page's gated elements name), has no
 * services or cookies, and the loader starts it without any earlier choice,
 * which was made against a catalogue this page cannot read. Nothing optional
 * runs until the visitor chooses.
 *
 * It lives in the validator's file (consent-gate.validate.js), which a broken
 * catalogue fetches anyway: working catalogues never pay for it.
 */
import { CATEGORY_ATTR } from '../core/constants';
import { isWholeNumber } from '../core/gate-config';
import { CATEGORY_IDS } from '../core/types';
import { isRecord } from '../core/validate';

/** `input`: whatever arrived (undefined when nothing did). Returns a catalogue without page options: the loader adds them. */
export function fallbackCatalog(input: unknown, doc: Document): Record<string, unknown> {
  const known = (ids: (string | null)[]) => ids.filter((id): id is string => CATEGORY_IDS.includes(id as never));
  // A category the catalogue switches off (`enabled: false`) is never offered, even by the fallback.
  const listed = isRecord(input) && isRecord(input.categories) ? input.categories : {};
  let named = known(Object.keys(listed).filter((id) => !isRecord(listed[id]) || listed[id].enabled !== false));
  if (!named.length) named = known([...doc.querySelectorAll(`[${CATEGORY_ATTR}]`)].map((el) => el.getAttribute(CATEGORY_ATTR)));
  const categories: Record<string, object> = {};
  for (const id of named) categories[id] = {};
  const revision = isRecord(input) && isWholeNumber(input.revision, 1) ? input.revision : 1;
  return { revision, privacyPolicyUrl: '', categories };
}
