import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createChoices, createConsentState } from '../../src/core/consent';
import type { Service } from '../../src/core/types';
import { createUiState } from '../../src/ui/state';
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
  const ui = createUiState(state, false, SERVICES);
  return { state, choices, ui };
}

describe('UI state: categories and their services', () => {
  it('a category switch sets all its services; the last service off turns its category off', () => {
    const { ui } = start();
    ui.open('preferences');
    expect([ui.draft.value, ui.draftServices.value]).toEqual([[], []]);
    ui.toggle('targeting', true);
    expect(ui.draftServices.value).toEqual(['meta-pixel', 'google-ads']);
    ui.toggleService(SERVICES[1]!, false);
    expect([ui.draft.value, ui.draftServices.value]).toEqual([['targeting'], ['google-ads']]);
    ui.toggleService(SERVICES[2]!, false);
    expect([ui.draft.value, ui.draftServices.value]).toEqual([[], []]);
    ui.toggleService(SERVICES[0]!, true);
    expect([ui.draft.value, ui.draftServices.value]).toEqual([['performance'], ['google-analytics']]);
  });

  it('opens from the choice made, services included', () => {
    const { ui, choices, state } = start();
    const consent = choices.acceptCategories(['targeting'], ['google-ads']);
    expect(consent.services).toEqual(['google-ads']);
    expect([state.hasService('google-ads'), state.hasService('meta-pixel')]).toEqual([true, false]);
    ui.open('preferences');
    expect([ui.draft.value, ui.draftServices.value]).toEqual([['targeting'], ['google-ads']]);
  });

  it('granting a category in place keeps the other services as chosen', () => {
    const { choices } = start();
    choices.acceptCategories(['targeting'], ['google-ads']);
    expect(choices.grant('performance').services).toEqual(['google-analytics', 'google-ads']);
    expect(choices.acceptAll().services).toEqual(['google-analytics', 'meta-pixel', 'google-ads']);
  });
});
