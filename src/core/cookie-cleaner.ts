/**
 * Deletes the cookies a catalogue lists for refused categories, so that
 * revoking really removes what a tracker left behind (../shared/STANDARDS.md,
 * "Cookie clearing"). A cookie is deleted only by writing it again with the
 * same name, domain and path and no lifetime; trackers set theirs on the host
 * or on a parent domain (`_ga` on `.example.com` from `www.example.com`), so
 * each is expired host-only and on every parent domain, path `/`. A parent
 * that is a public suffix (`.com`) is refused by the browser, harmlessly.
 */
import type { CategoryId, CookieRule } from './types';
import { pageCookieNames, ruleCovers } from './cookie-store';

/** Expires every cookie on this page that a rule of `categories` covers, except `keep`; returns their names. */
export function clearCookies(rules: readonly CookieRule[], categories: readonly CategoryId[], doc: Document, keep: string): string[] {
  const covered = rules.filter((rule) => categories.includes(rule.category) && rule.category !== 'strictly-necessary');
  const names = pageCookieNames(doc).filter((name) => name !== keep && covered.some((rule) => ruleCovers(rule, name)));
  for (const name of names) {
    for (const domain of parentDomains(doc.location.hostname)) {
      // Max-Age below 0 rather than 0, which some cookie jars keep for the current millisecond.
      // Cookies readable but not writable here (rare) are left; the gate still keeps their tags from running.
      try {
        doc.cookie = `${name}=; Max-Age=-1; Path=/${domain ? `; Domain=${domain}` : ''}`;
      } catch {
        return names;
      }
    }
  }
  return names;
}

/** "" (host only), then the host and each parent with at least two labels: www.shop.example.com → …, shop.example.com, example.com. */
export function parentDomains(host: string): string[] {
  const labels = host.split('.');
  const domains = [''];
  for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}
