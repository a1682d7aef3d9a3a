import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { banner, type BannerProps } from '../../src/ui/banner';
import { english } from '../../src/ui/i18n/en';
const { texts } = english;

afterEach(() => document.body.replaceChildren());

function show(props: Partial<BannerProps> = {}) {
  const actions = { onAcceptAll: vi.fn(), onRejectAll: vi.fn(), onCustomize: vi.fn() };
  const element = banner(document, { texts, privacyPolicyUrl: '/privacy', gpc: false, cookiesKept: true, layout: 'bar', ...actions, ...props });
  document.body.append(element);
  return { element, ...actions };
}

describe('banner', () => {
  it('offers accept, reject and customize with equal prominence and links the policy', () => {
    const actions = show();
    expect(screen.getByRole('region', { name: texts.bannerTitle })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Customize']);
    // Same class, same look: rejecting is as easy as accepting.
    expect(new Set(buttons.map((b) => b.className)).size).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(actions.onRejectAll).toHaveBeenCalledOnce();
    expect(actions.onAcceptAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Customize' }));
    expect(actions.onCustomize).toHaveBeenCalledOnce();
  });

  it('as a wall, is a dialog that Esc does not close', () => {
    const { element } = show({ layout: 'wall' });
    (element as HTMLDialogElement).showModal();
    const wall = screen.getByRole('dialog', { name: texts.bannerTitle }) as HTMLDialogElement;
    expect(wall.open).toBe(true);
    const cancel = new Event('cancel', { cancelable: true });
    wall.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('as a box, is a region like the bar, with the box look', () => {
    show({ layout: 'box' });
    expect(screen.getByRole('region', { name: texts.bannerTitle }).className).toBe('banner box');
  });

  it('leaves the policy link out without a URL, and says when cookies are not kept or GPC is honoured', () => {
    const { element } = show({ privacyPolicyUrl: '', cookiesKept: false, gpc: true });
    expect(screen.queryByRole('link')).toBeNull();
    expect(element.textContent).toContain(texts.notRemembered);
    expect(element.textContent).toContain(texts.gpcHonoured);
    const accept = screen.getByRole('button', { name: 'Accept all' });
    expect(document.getElementById(accept.getAttribute('aria-describedby')!)?.textContent).toBe(texts.gpcAcceptAll);
  });

  it('puts catalogue text in as text, never as markup', () => {
    const { element } = show({ texts: { ...texts, bannerTitle: '<img src=x onerror=alert(1)>' } });
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
