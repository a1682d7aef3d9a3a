/**
 * One host element with an open shadow root and our CSS in it, placed by
 * `place` (now, or once the body is parsed: started from <head> with an
 * inline catalogue, there is none yet). The page's CSS cannot restyle what is
 * inside, and ours cannot leak out.
 */
export function shadowHost(doc: Document, attribute: string, css: string, place: (host: HTMLElement) => void): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(attribute, '');
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(doc, shadow, css);
  if (doc.body) place(host);
  else doc.addEventListener('DOMContentLoaded', () => place(host), { once: true });
  return { host, shadow };
}

/**
 * Adds a stylesheet to `shadow`, after those it has (the preferences bring
 * their own to the first layer's). A constructed stylesheet is allowed by a
 * strict CSP (`style-src` without 'unsafe-inline'); a <style> element is not.
 * Browsers without them (Safari before 16.4) get the <style>.
 */
export function addStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  const win = doc.defaultView;
  if (win && 'adoptedStyleSheets' in shadow && 'replaceSync' in win.CSSStyleSheet.prototype) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
