import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { parseCatalog } from '../../src/core/catalog';
import { Preferences } from '../../src/ui/preferences';
import { createDraft } from '../../src/ui/draft';
import { createChoices, createConsentState } from '../../src/core/consent';
import type { CategoryId } from '../../src/core/types';
import { localize } from '../../src/ui/localize';
import { english } from '../../src/ui/i18n/en';
const { texts } = english;
import { sampleCatalog } from '../fixtures';

const result = parseCatalog(sampleCatalog());
if (!result.ok) throw new Error('fixture is invalid');
const parsed = result.catalog;
const catalog = localize(parsed, 'en');

/** The category switches (each service has one too, below its category). */
const categorySwitches = () =>
  (screen.getAllByRole('switch') as HTMLInputElement[]).filter((s) => s.getAttribute('aria-labelledby')!.startsWith('cg-cat-'));

/** The dialog opened on a visitor who chose `categories` and `services` before. */
function open(categories: CategoryId[] = [], services: string[] = [], gpc = false) {
  const state = createConsentState({ config: parsed, stored: null });
  if (categories.length || services.length) createChoices(state, { write: () => {}, services: parsed.services }).acceptCategories(categories, services);
  const draft = createDraft(state, gpc, parsed.services);
  const actions = { onSave: vi.fn(), onAcceptAll: vi.fn(), onRejectAll: vi.fn(), onClose: vi.fn() };
  render(<Preferences catalog={catalog} texts={texts} categoryTexts={(id) => english.categories[id]} draft={draft} showModal={(d) => d.showModal()} {...actions} />);
  return { ...actions, draft };
}

describe('Preferences', () => {
  it('shows one switch per enabled category; strictly necessary on and locked, the rest off', () => {
    open();
    expect(screen.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
    const switches = categorySwitches();
    expect(switches.map((s) => s.getAttribute('aria-labelledby'))).toEqual([
      'cg-cat-strictly-necessary',
      'cg-cat-performance',
      'cg-cat-targeting',
    ]);
    expect(switches.map((s) => [s.checked, s.disabled])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
    expect(screen.queryByText('Functionality')).toBeNull();
  });

  it('lists each category’s cookies with provider, expiry and description', () => {
    open();
    const performance = screen.getByRole('heading', { name: 'Performance and analytics' }).closest('section')!;
    const rows = within(performance).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.children, (c) => c.textContent))).toEqual([
      ['_ga', 'Google LLC · example.com', '1 year', 'Visitor id.'],
      ['_ga_*', 'Google LLC', '1 year', 'Session state.'],
    ]);
  });

  it('redraws each switch flipped, and saves what they show', async () => {
    const { onSave } = open(['targeting']);
    fireEvent.click(categorySwitches()[1]!);
    fireEvent.click(categorySwitches()[2]!);
    await waitFor(() => expect(categorySwitches().map((s) => s.checked)).toEqual([true, true, false]));
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    // The two categories flipped are no longer untouched: a grant by default among them would become a choice.
    expect(onSave).toHaveBeenCalledWith(['performance'], ['google-analytics'], ['strictly-necessary', 'functionality', 'unclassified']);
  });

  it('says Global Privacy Control is honoured until the visitor switches targeting on', async () => {
    open([], [], true);
    expect(screen.getByRole('dialog').textContent).toContain(texts.gpcHonoured);
    fireEvent.click(categorySwitches()[2]!);
    await waitFor(() => expect(screen.getByRole('dialog').textContent).not.toContain(texts.gpcHonoured));
  });

  it('shows the draft and saves exactly it, categories and services', () => {
    const { onSave } = open(['targeting'], ['meta-pixel']);
    expect(categorySwitches().map((s) => s.checked)).toEqual([true, false, true]);
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(onSave).toHaveBeenCalledWith(['targeting'], ['meta-pixel'], ['strictly-necessary', 'performance', 'functionality', 'targeting', 'unclassified']);
  });

  it('lists each service under its category with its own switch', async () => {
    const { draft } = open(['targeting'], ['meta-pixel']);
    const pixel = screen.getByRole('switch', { name: 'Meta Pixel' }) as HTMLInputElement;
    const analytics = screen.getByRole('switch', { name: 'Google Analytics' }) as HTMLInputElement;
    expect([analytics.checked, pixel.checked]).toEqual([false, true]);
    expect(pixel.closest('section')!.getAttribute('aria-labelledby')).toBe('cg-cat-targeting');
    fireEvent.click(pixel);
    // The last service of targeting switched off turns the category off.
    await waitFor(() => expect(categorySwitches()[2]!.checked).toBe(false));
    expect(draft.services.value).not.toContain('meta-pixel');
  });

  it('shows what each service does and who provides it, describing its switch', () => {
    const withAbout = parseCatalog(sampleCatalog({
      services: [
        { id: 'google-analytics', name: 'Google Analytics', category: 'performance', provider: 'Google', description: { en: 'Counts visits.', de: 'Zählt Besuche.' } },
        { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting' },
      ],
    }));
    if (!withAbout.ok) throw new Error('fixture is invalid');
    const state = createConsentState({ config: withAbout.catalog, stored: null });
    render(
      <Preferences catalog={localize(withAbout.catalog, 'de')} texts={{ ...texts, cookieProvider: 'Anbieter' }} categoryTexts={(id) => english.categories[id]}
        draft={createDraft(state, false, withAbout.catalog.services)} showModal={(d) => d.showModal()} onSave={vi.fn()} onAcceptAll={vi.fn()} onRejectAll={vi.fn()} onClose={vi.fn()} />,
    );
    const analytics = screen.getByRole('switch', { name: 'Google Analytics' });
    expect(document.getElementById(analytics.getAttribute('aria-describedby')!)!.textContent).toBe('Zählt Besuche. Anbieter: Google');
    // Nothing to say, nothing described.
    expect(screen.getByRole('switch', { name: 'Meta Pixel' }).hasAttribute('aria-describedby')).toBe(false);
  });

  it('closes without a choice from the close button', () => {
    const { onClose, onSave } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });
});
