import { describe, expect, it, vi } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createChoices, createConsentState } from '../../src/core/consent';
import { createCodeGate } from '../../src/page/when-granted';
import { sampleCatalog } from '../fixtures';

function start() {
  const result = parseCatalog(sampleCatalog());
  if (!result.ok) throw new Error('fixture is invalid');
  const state = createConsentState({ config: result.catalog, stored: null });
  return { state, choices: createChoices(state, { write: () => {} }), gate: createCodeGate(state) };
}

describe('whenGranted and load', () => {
  it('wait for the category, run the loader once it is granted, and not before', async () => {
    const { choices, gate } = start();
    const load = vi.fn(() => Promise.resolve('analytics module'));
    const loaded = gate.load('performance', load);
    let granted = false;
    void gate.whenGranted('performance').then(() => (granted = true));
    choices.acceptCategories(['targeting']);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    expect(granted).toBe(false);
    choices.acceptCategories(['performance']);
    await expect(loaded).resolves.toBe('analytics module');
    expect(granted).toBe(true);
    expect(load).toHaveBeenCalledOnce();
  });

  it('resolve at once for a category granted already, and strictly-necessary always', async () => {
    const { choices, gate } = start();
    await expect(gate.whenGranted('strictly-necessary')).resolves.toBeUndefined();
    choices.acceptAll();
    await expect(gate.load('targeting', () => 42)).resolves.toBe(42);
  });
});
