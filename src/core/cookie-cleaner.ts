/**
 * Deletes the cookies a catalogue lists for refused categories, so that
 * revoking really removes what a tracker left behind (../shared/STANDARDS.md,
 * "Cookie clearing"). Each is expired in every scope this page can reach
 * (`cookie-scopes.ts`: host and parent domains × the page's paths and the
 * row's declared `path`); a parent that is a public suffix (`.com`) is refused
 * by the browser, harmlessly. Then the page's cookies are read again: what is
 * still readable is named on the console, once per choice, and returned.
 */
import type { CategoryId, CookieRule } from './types';
import { pageCookieNames, ruleCovers } from './cookie-store';
import { expireCookie, pagePaths } from './cookie-scopes';

export { parentDomains } from './cookie-scopes';

export interface Cleared {
  /** The cookies that were expired in every scope: those this page could read, and exact names listed with a `path`. */
  cleared: string[];
  /** Of those this page could read, the ones still readable afterwards (a scope this page cannot write, a tracker that set them again). */
  left: string[];
}

/** Expires every cookie that a rule of `categories` covers, except `keep` (the consent cookie) and strictly-necessary ones. */
export function clearCookies(rules: readonly CookieRule[], categories: readonly CategoryId[], doc: Document, keep: string): Cleared {
  const covered = rules.filter((rule) => categories.includes(rule.category) && rule.category !== 'strictly-necessary');
  const coveredNames = () => pageCookieNames(doc).filter((name) => name !== keep && covered.some((rule) => ruleCovers(rule, name)));
  // A row that declares a path may name a cookie this page cannot see (set on /shop/checkout, revoked on /): try it all the same.
  const declared = covered.filter((rule) => rule.path && rule.match === 'exact' && rule.name !== keep).map((rule) => rule.name);
  const cleared = [...new Set([...coveredNames(), ...declared])];
  const here = pagePaths(doc.location.pathname);
  try {
    for (const name of cleared) {
      const paths = covered.flatMap((rule) => (rule.path && ruleCovers(rule, name) ? [rule.path] : []));
      expireCookie(doc, name, [...here, ...paths]);
    }
  } catch {
    // Cookies blocked (a sandboxed frame): what is left is reported below; the gate still keeps their tags from running.
  }
  const left = [...new Set(coveredNames())];
  if (left.length) console.warn('[consent-gate] still readable after deleting them on every domain and path:', left.join(', '));
  return { cleared, left };
}
