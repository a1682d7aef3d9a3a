/**
 * Proof of consent (GDPR Art. 7(1)): with `options.consentLog` set, each
 * choice is sent to that URL as JSON: the record itself (random id, time,
 * revision, granted categories) and whether Global Privacy Control was on;
 * nothing else about the visitor. Without it, no request is made.
 * `fetch` with `keepalive` survives the reload that follows a revocation;
 * a failed send is retried once through `sendBeacon`, which also survives it.
 */
import type { Consent } from '../core/types';

export function sendConsentLog(url: string, consent: Consent, gpc: boolean, win: Window = window): Promise<void> {
  const body = JSON.stringify({ ...consent, gpc });
  const retry = () => void win.navigator.sendBeacon?.(url, new Blob([body], { type: 'application/json' }));
  return win
    .fetch(url, { method: 'POST', body, keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'application/json' } })
    .then((response) => {
      if (!response.ok) retry();
    }, retry);
}
