/**
 * The scopes a cookie this page can see may live in. A cookie is a name, a
 * domain and a path, and is deleted only by writing it again with the same
 * three and a past expiry (../shared/STANDARDS.md, "Cookie clearing");
 * `document.cookie` shows names and values only, so every scope is tried:
 * host-only and each parent domain, each path that path-matches the page
 * (RFC 6265bis 5.1.4), with and without the trailing slash, plus paths a
 * catalogue declares. Used by the cleaner and the consent cookie's writer,
 * both in the UI file: the loader never deletes.
 */
import Cookies from 'js-cookie';

/** "" (host only), then the host and each parent with at least two labels: www.shop.example.com → …, shop.example.com, example.com. */
export function parentDomains(host: string): string[] {
  const labels = host.split('.');
  const domains = [''];
  // An IP address has no parent domains (RFC 6265 § 5.1.3): "0.0.1" would only be refused, with a console warning in Firefox.
  if (/^[\d.]+$/.test(host) || host.includes(':')) return domains;
  for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/**
 * Every cookie path a page at `pathname` sees, and each with or without its
 * trailing slash: "/shop/cart/item.html" → "/", "/shop", "/shop/",
 * "/shop/cart", "/shop/cart/", "/shop/cart/item.html", "/shop/cart/item.html/".
 * A cookie set without Path from that page has "/shop/cart" (the default-path
 * directory). Prefixes holding ";" are left out: they cannot be written as a Path.
 */
export function pagePaths(pathname: string): string[] {
  const paths = new Set(['/']);
  for (let i = 1; i <= pathname.length; i++) {
    if (i === pathname.length || pathname[i] === '/') {
      const path = pathname.slice(0, i);
      paths.add(path).add(path.endsWith('/') ? path.slice(0, -1) || '/' : `${path}/`);
    }
  }
  return [...paths].filter((path) => !path.includes(';'));
}

/**
 * Writes `name` expired in every scope: each parent domain of the page's host
 * (host-only included) on each of `paths`, through js-cookie's `remove` with
 * one `withAttributes` instance per scope (no global defaults; it writes an
 * `expires` a day in the past). On https, with `Secure`: browsers refuse to
 * touch a `__Secure-` or `__Host-` cookie without it, and it changes nothing
 * for the others. On https each scope is written a second time with
 * `Partitioned` (CHIPS, draft-cutler-httpbis-partitioned-cookies): a tracker's
 * partitioned cookie sits in a jar of its own, which Chromium and Firefox
 * change only through a write that says `Partitioned` (WebKit keeps no such
 * jar, and deletes it either way). js-cookie writes to the global `document`;
 * `doc` gives the page's location. Throws where the page may not write cookies.
 */
export function expireCookie(doc: Document, name: string, paths: readonly string[]): void {
  const secure = doc.location.protocol === 'https:';
  for (const domain of parentDomains(doc.location.hostname)) {
    // js-cookie leaves out an attribute whose value is empty: domain "" is the host-only scope.
    for (const path of paths) {
      Cookies.withAttributes({ path, domain, secure }).remove(name);
      if (secure) Cookies.withAttributes({ path, domain, secure, partitioned: true }).remove(name);
    }
  }
}
