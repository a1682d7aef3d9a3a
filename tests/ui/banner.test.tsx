import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Banner } from '../../src/ui/banner';
import { english } from '../../src/ui/i18n/en';
const { texts } = english;

describe('Banner', () => {
  it('offers accept, reject and customize with equal prominence and links the policy', () => {
    const actions = { onAcceptAll: vi.fn(), onRejectAll: vi.fn(), onCustomize: vi.fn() };
    render(<Banner texts={texts} privacyPolicyUrl="/privacy" gpc={false} layout="bar" {...actions} />);
    expect(screen.getByRole('region', { name: texts.bannerTitle })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Customize']);
    // Same class, same look: rejecting is as easy as accepting.
    expect(new Set(buttons.map((b) => b.className)).size).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(actions.onRejectAll).toHaveBeenCalledOnce();
    expect(actions.onAcceptAll).not.toHaveBeenCalled();
  });

  it('as a wall, is a modal dialog that Esc does not close', () => {
    const actions = { onAcceptAll: vi.fn(), onRejectAll: vi.fn(), onCustomize: vi.fn() };
    render(<Banner texts={texts} privacyPolicyUrl="/privacy" gpc={false} layout="wall" {...actions} />);
    const wall = screen.getByRole('dialog', { name: texts.bannerTitle }) as HTMLDialogElement;
    expect(wall.open).toBe(true);
    const cancel = new Event('cancel', { cancelable: true });
    wall.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('as a box, is a region like the bar, with the box look', () => {
    const actions = { onAcceptAll: vi.fn(), onRejectAll: vi.fn(), onCustomize: vi.fn() };
    render(<Banner texts={texts} privacyPolicyUrl="/privacy" gpc={false} layout="box" {...actions} />);
    expect(screen.getByRole('region', { name: texts.bannerTitle }).className).toBe('banner box');
  });
});
