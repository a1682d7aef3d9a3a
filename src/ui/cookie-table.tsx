import { h } from 'preact';
import type { CookieRule, Texts } from '../core/types';

export interface CookieTableProps {
  cookies: CookieRule<string>[];
  texts: Texts;
  caption: string;
}

/** The category's rows of the site's cookie table; a prefix rule shows as `_ga_*`. */
export function CookieTable({ cookies, texts, caption }: CookieTableProps) {
  if (cookies.length === 0) return <p class="muted">{texts.noCookies}</p>;
  return (
    <div class="scroll">
      <table>
        <caption class="hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.cookieName}</th>
            <th scope="col">{texts.cookieProvider}</th>
            <th scope="col">{texts.cookieExpiry}</th>
            <th scope="col">{texts.cookieDescription}</th>
          </tr>
        </thead>
        <tbody>
          {cookies.map((cookie) => (
            <tr key={cookie.name}>
              <th scope="row" class="name">{cookie.match === 'prefix' ? `${cookie.name}*` : cookie.name}</th>
              <td>{cookie.domain ? `${cookie.provider} · ${cookie.domain}` : cookie.provider}</td>
              <td>{cookie.expiry}</td>
              <td>{cookie.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
