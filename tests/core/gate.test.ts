import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGate, type Gate } from '../../src/core/gate';

declare global {
  interface Window {
    ran?: string[];
  }
}

let gate: Gate | undefined;
let unobserve: (() => void) | undefined;
afterEach(() => {
  unobserve?.();
  unobserve = undefined;
  delete window.ran;
});

function page(html: string) {
  window.ran = [];
  document.body.innerHTML = html;
}

describe('script gate', () => {
  it('leaves scripts of categories that are not granted inert', () => {
    page(`
      <script type="text/plain" data-category="targeting">window.ran.push('pixel')</script>
      <script type="text/plain" data-category="performance" data-src="https://www.googletagmanager.com/gtag/js?id=G-1" async></script>`);
    gate = createGate(document, () => false);
    gate.activate();
    expect(window.ran).toEqual([]);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(2);
    expect(document.querySelector('script[src]')).toBeNull();
  });

  it('activates granted scripts keeping their other attributes', () => {
    page(`<script type="text/plain" data-category="performance" data-src="https://www.googletagmanager.com/gtag/js?id=G-1" async id="ga" class="tag"></script>`);
    gate = createGate(document, (el) => el.getAttribute('data-category') === 'performance');
    gate.activate();
    const live = document.getElementById('ga') as HTMLScriptElement;
    expect(live.getAttribute('type')).toBeNull();
    expect(live.getAttribute('src')).toBe('https://www.googletagmanager.com/gtag/js?id=G-1');
    expect(live.hasAttribute('async')).toBe(true);
    expect(live.className).toBe('tag');
    expect(live.getAttribute('data-category')).toBe('performance');
    expect(live.hasAttribute('data-src')).toBe(false);
  });

  it('runs inline scripts of granted categories once, in document order', () => {
    page(`
      <script type="text/plain" data-category="performance">window.ran.push('a')</script>
      <script type="text/plain" data-category="targeting">window.ran.push('b')</script>
      <script type="text/plain" data-category="performance">window.ran.push('c')</script>`);
    const granted = new Set(['performance']);
    gate = createGate(document, (el) => granted.has(el.getAttribute('data-category')!));
    gate.activate();
    expect(window.ran).toEqual(['a', 'c']);
    granted.add('targeting');
    gate.activate();
    gate.activate();
    expect(window.ran).toEqual(['a', 'c', 'b']);
  });

  it('waits for a blocking external script before running the inline script after it', () => {
    page(`
      <script type="text/plain" data-category="performance" data-src="/lib.js" id="lib"></script>
      <script type="text/plain" data-category="performance">window.ran.push('after lib')</script>`);
    // happy-dom reports a script file "loaded" as it is inserted; a browser never does: hold that event back.
    const dispatch = HTMLScriptElement.prototype.dispatchEvent;
    const held = vi.spyOn(HTMLScriptElement.prototype, 'dispatchEvent').mockImplementation(function (this: EventTarget, event: Event) {
      return event.type === 'load' && (this as Element).id === 'lib' ? true : dispatch.call(this, event);
    });
    gate = createGate(document, () => true);
    gate.activate();
    held.mockRestore();
    expect(window.ran).toEqual([]);
    document.getElementById('lib')!.dispatchEvent(new Event('load'));
    expect(window.ran).toEqual(['after lib']);
  });

  it('restores the original type, e.g. a module', () => {
    page(`<script type="text/plain" data-type="module" data-category="performance" data-src="/m.js" id="m"></script>`);
    gate = createGate(document, () => true);
    gate.activate();
    expect((document.getElementById('m') as HTMLScriptElement).type).toBe('module');
  });

  it('activates gated scripts inserted later when observing', async () => {
    page('');
    gate = createGate(document, () => true);
    unobserve = gate.observe();
    const late = document.createElement('script');
    late.type = 'text/plain';
    late.setAttribute('data-category', 'performance');
    late.text = "window.ran.push('late')";
    document.body.append(late);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.ran).toEqual(['late']);
  });

  it('gives iframes and images their src only once granted, also when inserted later', async () => {
    page(`
      <iframe data-category="targeting" data-src="/embed.html" id="video" title="Video"></iframe>
      <img data-category="targeting" data-src="/pixel.gif" id="pixel" alt="">`);
    const granted = new Set<string>();
    gate = createGate(document, (el) => granted.has(el.getAttribute('data-category')!));
    unobserve = gate.observe();
    gate.activate();
    expect(document.getElementById('video')!.hasAttribute('src')).toBe(false);
    expect(document.getElementById('pixel')!.hasAttribute('src')).toBe(false);
    granted.add('targeting');
    gate.activate();
    expect(document.getElementById('video')!.getAttribute('src')).toBe('/embed.html');
    expect(document.getElementById('pixel')!.getAttribute('src')).toBe('/pixel.gif');
    expect(document.getElementById('video')!.hasAttribute('data-src')).toBe(false);
    const later = document.createElement('div');
    later.innerHTML = '<iframe data-category="targeting" data-src="/other.html" id="later"></iframe>';
    document.body.append(later);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.getElementById('later')!.getAttribute('src')).toBe('/other.html');
  });

  it('gives a gated stylesheet its href only once granted (a font CDN learns the visitor\'s address)', () => {
    page('');
    document.head.innerHTML = '<link rel="stylesheet" data-category="functionality" data-href="https://fonts.example/css" id="fonts">';
    const granted = new Set<string>();
    gate = createGate(document, (el) => granted.has(el.getAttribute('data-category')!));
    gate.activate();
    expect(document.getElementById('fonts')!.hasAttribute('href')).toBe(false);
    granted.add('functionality');
    gate.activate();
    expect(document.getElementById('fonts')!.getAttribute('href')).toBe('https://fonts.example/css');
  });

  it('follows a re-render: a new data-src on an activated iframe is the new source, under the same rules', async () => {
    page('<iframe data-category="targeting" data-src="/video-1.html" id="video"></iframe>');
    const granted = new Set(['targeting']);
    gate = createGate(document, (el) => granted.has(el.getAttribute('data-category')!));
    unobserve = gate.observe();
    gate.activate();
    const video = document.getElementById('video')!;
    expect(video.getAttribute('src')).toBe('/video-1.html');
    // The router shows another video: the framework sets the attribute it rendered.
    video.setAttribute('data-src', '/video-2.html');
    await expect.poll(() => video.getAttribute('src')).toBe('/video-2.html');
    // Revoked without a reload, the next re-render must not load anything.
    granted.clear();
    gate.activate();
    expect(video.getAttribute('src')).toBe('about:blank');
    video.setAttribute('data-src', '/video-3.html');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(video.getAttribute('src')).toBe('about:blank');
    granted.add('targeting');
    gate.activate();
    expect(video.getAttribute('src')).toBe('/video-3.html');
  });

  it('gates an activated image again when it comes back where its category is no longer granted', async () => {
    page('<div id="slot"><img data-category="targeting" data-src="/pixel.gif" id="pixel" alt=""></div>');
    const granted = new Set(['targeting']);
    gate = createGate(document, (el) => granted.has(el.getAttribute('data-category')!));
    unobserve = gate.observe();
    gate.activate();
    const pixel = document.getElementById('pixel')!;
    expect(pixel.getAttribute('src')).toBe('/pixel.gif');
    pixel.remove();
    granted.clear();
    document.getElementById('slot')!.append(pixel);
    await expect.poll(() => pixel.hasAttribute('src')).toBe(false);
    expect(pixel.getAttribute('data-src')).toBe('/pixel.gif');
  });

  it('holds nothing for scripts the browser would not run, and goes on past a script that never loads', async () => {
    vi.useFakeTimers();
    try {
      page(`
        <script type="text/plain" data-category="performance" data-type="text/x-template" data-src="/template.html"></script>
        <script type="text/plain" data-category="performance" data-src="/hangs.js" id="hangs"></script>
        <script type="text/plain" data-category="performance">window.ran.push('config')</script>`);
      const dispatch = HTMLScriptElement.prototype.dispatchEvent;
      // happy-dom reports script files loaded as they are inserted; this one must never answer.
      vi.spyOn(HTMLScriptElement.prototype, 'dispatchEvent').mockImplementation(function (this: EventTarget, event: Event) {
        return (this as Element).id === 'hangs' ? true : dispatch.call(this, event);
      });
      const errors: string[] = [];
      gate = createGate(document, () => true, { timeout: 3000, onError: (e) => errors.push(e.message) });
      gate.activate();
      let settled = false;
      void gate.settled().then(() => (settled = true));
      expect(window.ran).toEqual([]);
      await vi.advanceTimersByTimeAsync(2999);
      expect(window.ran).toEqual([]);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(window.ran).toEqual(['config']);
      expect(errors).toEqual(['did not load within 3000 ms']);
      expect(settled).toBe(true);
    } finally {
      vi.restoreAllMocks();
      vi.useRealTimers();
    }
  });
});
