/**
 * One host element with an open shadow root and our CSS in it, put in the
 * body (now, or once the body is parsed: started from <head> with an inline
 * catalogue, there is none yet). The page's CSS cannot restyle what is
 * inside, and ours cannot leak out. `first`: at the start of the body, so
 * Tab reaches it before the page's own controls; else at the end.
 */
export function shadowHost(doc: Document, attribute: string, css: string, first: boolean): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(attribute, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  const attach = () => (first ? doc.body.prepend(host) : doc.body.append(host));
  if (doc.body) attach();
  else doc.addEventListener('DOMContentLoaded', attach, { once: true });
  return { host, shadow };
}
