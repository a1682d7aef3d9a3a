import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createChoices, createConsentState } from '../../src/core/consent';
import type { Service } from '../../src/core/types';
import { createDraft } from '../../src/ui/draft';
import { sampleCatalog } from '../fixtures';

const SERVICES: Service[] = [
  { id: 'google-analytics', name: 'Google Analytics', category: 'performance' },
  { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting' },
  { id: 'google-ads', name: 'Google Ads', category: 'targeting' },
];

function start() {
  const result = parseCatalog(sampleCatalog({ services: SERVICES }));
  if (!result.ok) throw new Error('fixture is invalid');
  const state = createConsentState({ config: result.catalog, stored: null });
  const choices = createChoices(state, { write: () => {}, services: SERVICES });
  const draft = () => createDraft(state, false, SERVICES);
  return { state, choices, draft };
}

describe('the preferences draft: categories and their services', () => {
  it('a category switch sets all its services; the last service off turns its category off', () => {
    const ui = start().draft();
    expect([ui.categories.value, ui.services.value]).toEqual([[], []]);
    ui.toggle('targeting', true);
    expect(ui.services.value).toEqual(['meta-pixel', 'google-ads']);
    ui.toggleService(SERVICES[1]!, false);
    expect([ui.categories.value, ui.services.value]).toEqual([['targeting'], ['google-ads']]);
    ui.toggleService(SERVICES[2]!, false);
    expect([ui.categories.value, ui.services.value]).toEqual([[], []]);
    ui.toggleService(SERVICES[0]!, true);
    expect([ui.categories.value, ui.services.value]).toEqual([['performance'], ['google-analytics']]);
  });

  it('opens from the choice made, services included', () => {
    const { draft, choices, state } = start();
    const consent = choices.acceptCategories(['targeting'], ['google-ads']);
    expect(consent.services).toEqual(['google-ads']);
    expect([state.hasService('google-ads'), state.hasService('meta-pixel')]).toEqual([true, false]);
    const ui = draft();
    expect([ui.categories.value, ui.services.value]).toEqual([['targeting'], ['google-ads']]);
  });

  it('granting a category in place keeps the other services as chosen', () => {
    const { choices } = start();
    choices.acceptCategories(['targeting'], ['google-ads']);
    expect(choices.grant('performance').services).toEqual(['google-analytics', 'google-ads']);
    expect(choices.acceptAll().services).toEqual(['google-analytics', 'meta-pixel', 'google-ads']);
  });

  it('derives what saving grants, and whether the GPC note is still true, as the switches change', () => {
    const result = parseCatalog(sampleCatalog({ services: SERVICES }));
    if (!result.ok) throw new Error('fixture is invalid');
    const draft = createDraft(createConsentState({ config: result.catalog, stored: null }), true, SERVICES);
    expect([draft.granted.value, draft.gpcNote.value]).toEqual([['strictly-necessary'], true]);
    draft.toggle('targeting', true);
    // The visitor overrode the signal: "targeting stays off" would no longer be true.
    expect([draft.granted.value, draft.gpcNote.value]).toEqual([['strictly-necessary', 'targeting'], false]);
  });
});
