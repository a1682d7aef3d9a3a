/**
 * Covers for blocked embeds: an `<iframe data-category data-src>` (a video, a
 * map) whose category is not granted is hidden, and a box of the same size
 * takes its place, saying what is blocked, with "Allow and show" (grants that
 * category in place) and "Cookie settings". Once the category is granted, the
 * gate gives the iframe its `src` and the cover goes. A site that writes its
 * own placeholder for a category (`data-consent-placeholder`) gets none of
 * these for it. Plain DOM, no Preact: the script tag fetches this small file
 * only on a page that has a blocked embed.
 */
import { CATEGORY_ATTR, PLACEHOLDER_ATTR, SRC_ATTR } from '../core/constants';
import type { CategoryId } from '../core/types';
import { shadowHost } from './shadow-host';
import { COVER, SETTINGS, inLanguage } from './widget-texts';

/** What a cover needs of the running gate. */
export interface CoverActions {
  on(event: 'change', fn: () => void): () => void;
  /** Grants the category, keeping the rest of the choice. */
  grant(category: CategoryId): void;
  showPreferences(): void;
}

const BLOCKED = `iframe[${CATEGORY_ATTR}][${SRC_ATTR}]`;

const CSS = `:host{all:initial;box-sizing:border-box;max-width:100%;overflow:hidden}
div{box-sizing:border-box;height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;padding:16px;text-align:center;
font:14px/1.4 var(--cg-font,system-ui,sans-serif);color:var(--cg-fg,#1f2328);background:var(--cg-bg,#f6f8fa);border:1px solid var(--cg-border,#d0d7de);border-radius:var(--cg-radius,8px)}
p{margin:0}
span{display:flex;flex-wrap:wrap;gap:8px;justify-content:center}
button{font:inherit;font-weight:600;min-height:44px;padding:8px 16px;border:0;border-radius:var(--cg-radius,8px);background:var(--cg-accent,#0b57d0);color:var(--cg-accent-fg,#fff);cursor:pointer}
button:focus-visible{outline:3px solid var(--cg-fg,#1f2328);outline-offset:2px}`;

/** Covers every blocked embed now and as they come (SPAs); returns what removes the covers. */
export function coverEmbeds(doc: Document, code: string, gate: CoverActions): () => void {
  const [blocked, allowText] = inLanguage(COVER, code);
  const covers = new Map<HTMLIFrameElement, HTMLElement>();

  function cover(frame: HTMLIFrameElement): HTMLElement {
    const category = frame.getAttribute(CATEGORY_ATTR) as CategoryId;
    let host = '';
    try {
      host = new URL(frame.getAttribute(SRC_ATTR)!, doc.baseURI).hostname;
    } catch {
      // An unparsable data-src: the message names no host.
    }
    // The box the embed would have had (size, inline or block), so that showing it later moves nothing
    // (overflow: hidden, in the CSS, puts an inline box's baseline at its bottom edge, as for the iframe).
    const { width, height } = frame.getBoundingClientRect();
    const { display, verticalAlign } = getComputedStyle(frame);
    const { host: box, shadow } = shadowHost(doc, 'data-consent-gate-cover', CSS, (el) => frame.before(el));
    Object.assign(box.style, {
      width: `${width || Number(frame.getAttribute('width')) || 300}px`,
      height: `${height || Number(frame.getAttribute('height')) || 150}px`,
      display: display === 'inline' ? 'inline-block' : display,
      verticalAlign,
    });
    const panel = doc.createElement('div');
    panel.setAttribute('part', 'cover');
    const message = doc.createElement('p');
    // Text, never markup: the host name comes from the page.
    message.textContent = blocked.replace('{host}', host || '…');
    const actions = doc.createElement('span');
    const allow = doc.createElement('button');
    allow.type = 'button';
    allow.textContent = allowText;
    allow.onclick = () => gate.grant(category);
    const settings = doc.createElement('button');
    settings.type = 'button';
    settings.textContent = inLanguage(SETTINGS, code);
    settings.onclick = () => gate.showPreferences();
    actions.append(allow, settings);
    panel.append(message, actions);
    shadow.append(panel);
    frame.hidden = true;
    return box;
  }

  const refresh = () => {
    for (const [frame, box] of covers) {
      if (frame.isConnected && frame.hasAttribute(SRC_ATTR)) continue;
      box.remove();
      frame.hidden = false;
      covers.delete(frame);
    }
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>(BLOCKED)) {
      const own = doc.querySelector(`[${PLACEHOLDER_ATTR}="${frame.getAttribute(CATEGORY_ATTR)}"]`);
      if (!covers.has(frame) && !own) covers.set(frame, cover(frame));
    }
  };
  refresh();
  // After the gate's own change listener has given granted embeds their src.
  const off = gate.on('change', () => queueMicrotask(refresh));
  const observer = new MutationObserver(refresh);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    off();
    observer.disconnect();
    for (const frame of covers.keys()) frame.hidden = false;
    for (const box of covers.values()) box.remove();
    covers.clear();
  };
}
